//! The revision screen through AccessKit: edits with undo and redo, "verified today",
//! saving a new version that reads back as edited, asking before changes are lost, and
//! two revisers of one file, neither losing the other's version.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;
use rutineveileder::checks::check_file;
use rutineveileder::routine::Routine;
use rutineveileder::routine::write::bump;

use crate::support::Stand;

/// The version of Lier's routine file in this repository.
fn lier_version() -> String {
    check_file(&crate::support::lier_file(), crate::support::today())
        .unwrap()
        .routine
        .unwrap()
        .metadata
        .version
}

struct Revision {
    harness: Harness<'static, App>,
    dir: Rc<tempfile::TempDir>,
}

fn start() -> Revision {
    let dir = Rc::new(tempfile::tempdir().unwrap());
    let routine_file = crate::support::lier_copy(dir.path());
    open_revision(dir, routine_file, "innstillinger.json", Stand::default())
}

/// One reviser's window on `routine_file`, with a settings file of its own named
/// `settings` in `dir`, open on the revision screen.
fn open_revision(
    dir: Rc<tempfile::TempDir>,
    routine_file: PathBuf,
    settings: &str,
    desktop: Stand,
) -> Revision {
    let mut harness = crate::support::launch([1200.0, 8000.0], &dir.path().join(settings))
        .routine_file(Some(routine_file))
        .desktop(desktop)
        .start();
    harness.get_by_label("Revisjon").click();
    harness.run();
    Revision { harness, dir }
}

impl Revision {
    fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    fn shows(&self, label: &str) -> bool {
        self.harness.query_by_label(label).is_some()
    }

    fn shows_containing(&self, part: &str) -> bool {
        self.harness
            .query_all_by_label_contains(part)
            .next()
            .is_some()
    }

    fn type_into(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).focus();
        self.harness.run();
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.get_by_label(label).type_text(text);
        self.harness.run();
    }

    /// Saves the draft as a new version with this change summary and author.
    fn save_new_version(&mut self, summary: &str, by: &str) {
        self.click("Lagre ny versjon");
        self.type_into("Hva er endret (til revisjonsloggen)", summary);
        self.type_into("Endret av (rolle)", by);
        // The tab and the form's button share the name; the button comes last.
        self.harness
            .get_all_by_label("Lagre ny versjon")
            .last()
            .unwrap()
            .click();
        self.harness.run();
    }

    /// Opens the editor on Kirkens SOS and changes what it is for.
    fn edit_kirkens_sos(&mut self) {
        self.click("Rediger");
        self.click("Kontakter");
        self.harness
            .get_all_by_label("Kirkens SOS")
            .next()
            .unwrap()
            .click();
        self.harness.run();
        self.type_into("Hva den er for", "Alle som trenger noen å snakke med.");
    }
}

#[test]
fn edits_can_be_undone_and_redone() {
    let mut r = start();
    assert!(!r.shows("Endringer som ikke er lagret"));
    r.edit_kirkens_sos();
    // Undo waits until the edit has settled.
    for _ in 0..3 {
        r.harness.step();
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    r.harness.run();
    assert!(r.shows("Endringer som ikke er lagret"));
    r.harness.get_by_label("Hva den er for").focus();
    r.harness.run();
    r.click("Angre (Ctrl+Z)");
    assert!(
        !r.shows("Endringer som ikke er lagret"),
        "undo brings back the loaded routine"
    );
    r.click("Gjør om (Ctrl+Shift+Z)");
    assert!(
        r.shows("Endringer som ikke er lagret"),
        "redo brings the edit back"
    );
}

#[test]
fn a_new_version_is_saved_and_reads_back_as_edited() {
    let mut r = start();
    r.edit_kirkens_sos();
    r.click("Oversikt");
    r.click("Verifisert i dag: Lier kommune, Psykisk helse og rus");
    r.save_new_version(
        "Ny tekst for Kirkens SOS.",
        "Virksomhet Psykisk helse og rus",
    );
    let path = r.dir.path().join("lier.json");
    let (before, after) = (lier_version(), bump(&lier_version()));
    assert!(
        r.harness
            .query_by_label_contains(&format!("Versjon {after} er lagret"))
            .is_some()
    );
    let saved = check_file(&path, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()).unwrap();
    let routine = saved.routine.expect("the saved routine is valid");
    assert_eq!(routine.metadata.version, after);
    let sos = routine
        .contacts
        .iter()
        .find(|c| c.id == "kirkens-sos-telefon")
        .unwrap();
    assert_eq!(sos.what_for, "Alle som trenger noen å snakke med.");
    let log = routine.metadata.revision_log.last().unwrap();
    assert_eq!(log.summary, "Ny tekst for Kirkens SOS.");
    assert!(
        r.dir.path().join(format!("lier.v{before}.json")).exists(),
        "the previous version is kept"
    );
    assert!(!r.shows("Endringer som ikke er lagret"));
}

#[test]
fn leaving_with_unsaved_changes_asks_first() {
    let mut r = start();
    r.edit_kirkens_sos();
    r.click("Samtale");
    let question = "Rutinen har endringer som ikke er lagret som ny versjon. Vil du forkaste dem?";
    assert!(r.shows(question), "the question is asked");
    r.click("Avbryt");
    assert!(!r.shows(question));
    assert!(r.shows("Rediger"), "still in the revision");
    r.click("Samtale");
    r.click("Forkast endringene");
    assert!(r.shows("Hvem gjelder det?"), "left for the guide");
    r.click("Revisjon");
    assert!(
        !r.shows("Endringer som ikke er lagret"),
        "the changes are gone"
    );
}

#[test]
fn opening_hours_are_edited_and_saved() {
    let mut r = start();
    r.click("Rediger");
    r.click("Kontakter");
    r.click("Lier kommune, Psykisk helse og rus");
    r.click("Faste tider");
    assert!(r.shows("Åpningstid: man–fre 08:00–15:30; stengt på helligdager"));
    r.type_into("Til", "16:00");
    r.click("fre (periode 1)");
    assert!(r.shows("Åpningstid: man–tor 08:00–16:00; stengt på helligdager"));
    r.save_new_version(
        "Åpningstid for Psykisk helse og rus.",
        "Virksomhet Psykisk helse og rus",
    );
    let saved = check_file(
        &r.dir.path().join("lier.json"),
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    )
    .unwrap();
    let routine = saved.routine.expect("valid");
    let contact = routine
        .contacts
        .iter()
        .find(|c| c.id == "psykisk-helse-rus")
        .unwrap();
    let hours = contact.hours.as_ref().expect("hours saved");
    assert_eq!(
        rutineveileder::i18n::schedule(&hours.schedule, &rutineveileder::i18n::Time::NB),
        "man–tor 08:00–16:00; stengt på helligdager"
    );
}

#[test]
fn an_added_item_gets_a_fresh_id_and_is_saved() {
    let mut r = start();
    r.click("Rediger");
    r.click("Varselsignaler: Det personen sier");
    r.click("Legg til");
    r.type_into("Tekst 8", "Sier at ingen vil savne hen");
    r.save_new_version("Nytt varselsignal.", "Virksomhet Psykisk helse og rus");
    let saved = check_file(
        &r.dir.path().join("lier.json"),
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    )
    .unwrap();
    let routine = saved.routine.expect("valid");
    let sign = routine.warning_signs.groups[0].signs.last().unwrap();
    assert_eq!(sign.text, "Sier at ingen vil savne hen");
    assert_eq!(sign.id, "tegn-1");
}

#[test]
fn the_revision_report_is_made_from_the_overview() {
    let mut r = start();
    r.click("Lag revisjonsrapport (PDF)");
    let report = r
        .dir
        .path()
        .join(format!("revisjonsrapport-v{}.pdf", lier_version()));
    assert!(std::fs::read(&report).unwrap().starts_with(b"%PDF-"));
    assert!(
        r.harness
            .query_by_label_contains("Revisjonsrapporten er lagret")
            .is_some()
    );
}

/// The language of the routine's content is edited with the rest of the metadata, and a
/// blank one is an error shown beside the field that stops the save.
#[test]
fn the_content_language_is_edited_and_saved() {
    let mut r = start();
    r.click("Rediger");
    let field = "Språket i rutinens innhold (språkkode: nb, nn, en …)";
    let errors = |r: &Revision| r.harness.query_all_by_label_contains("feil: ").count();
    assert_eq!(errors(&r), 0, "Lier's routine has no errors");
    r.type_into(field, " ");
    assert!(
        errors(&r) > 0,
        "a blank language is an error beside the field"
    );
    r.type_into(field, "nn");
    r.save_new_version("Rutinen på nynorsk.", "Kommuneoverlege");
    let path = r.dir.path().join("lier.json");
    let saved = check_file(&path, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()).unwrap();
    assert_eq!(saved.routine.unwrap().metadata.language, "nn");
}

/// The web site's address is offered in the editor: an http address is an error beside
/// the field, an https one is saved, and its warning (no address) is gone.
#[test]
fn the_web_sites_address_is_edited_checked_and_saved() {
    let mut r = start();
    r.click("Rediger");
    let field = "Nettstedets adresse (https://…, mappen der nettstedet er publisert)";
    let errors = |r: &Revision| r.harness.query_all_by_label_contains("feil: ").count();
    let missing = "rutinen sier ikke hvor nettstedet er publisert";
    assert_eq!(errors(&r), 0, "Lier's routine has no errors");
    assert!(r.harness.query_all_by_label_contains(missing).count() > 0);
    r.type_into(field, "http://www.lier.kommune.no/rutineveileder/");
    assert_eq!(
        errors(&r),
        1,
        "an address without https is an error beside the field"
    );
    r.type_into(field, "https://www.lier.kommune.no/rutineveileder/");
    assert_eq!(errors(&r), 0);
    assert_eq!(r.harness.query_all_by_label_contains(missing).count(), 0);
    r.save_new_version("Nettstedet er publisert.", "Kommuneoverlege");
    let path = r.dir.path().join("lier.json");
    let saved = check_file(&path, crate::support::today()).unwrap();
    assert_eq!(
        saved.routine.unwrap().metadata.web_address.as_deref(),
        Some("https://www.lier.kommune.no/rutineveileder/")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(
        "\"document_id\": null,\n    \"web_address\": \"https://www.lier.kommune.no/rutineveileder/\",\n    \"owner\""
    ));
}

/// Whom readers tell about the web pages' accessibility, and the municipality's own
/// statement, are edited with the rest of the metadata: a name that is no address is an
/// error beside the field; an e-mail address and an https address are saved, and the
/// warning that no one is named is gone.
#[test]
fn the_accessibility_contact_and_statement_are_edited_checked_and_saved() {
    let mut r = start();
    r.click("Rediger");
    let contact = "Beskjed om feil i tilgjengeligheten på nettsidene (e-postadresse eller https://… til et skjema)";
    let statement = "Kommunens tilgjengelighetserklæring (https://… på uustatus.no)";
    let errors = |r: &Revision| r.harness.query_all_by_label_contains("feil: ").count();
    let missing = "rutinen sier ikke hvem leserne skal gi beskjed til";
    assert_eq!(errors(&r), 0, "Lier's routine has no errors");
    assert!(r.harness.query_all_by_label_contains(missing).count() > 0);
    r.type_into(contact, "Servicetorget");
    assert_eq!(
        errors(&r),
        1,
        "a name is no address: an error beside the field"
    );
    r.type_into(contact, "postmottak@lier.kommune.no");
    r.type_into(statement, "uustatus.no/nb/erklaringer/publisert/1");
    assert_eq!(errors(&r), 1, "an address without https is an error");
    let address = "https://uustatus.no/nb/erklaringer/publisert/0f4c9d2e";
    r.type_into(statement, address);
    assert_eq!(errors(&r), 0);
    assert_eq!(r.harness.query_all_by_label_contains(missing).count(), 0);
    r.save_new_version("Kontakt for tilgjengelighet.", "Kommuneoverlege");
    let path = r.dir.path().join("lier.json");
    let saved = check_file(&path, crate::support::today()).unwrap();
    let meta = saved.routine.unwrap().metadata;
    assert_eq!(
        meta.feedback_contact.as_deref(),
        Some("postmottak@lier.kommune.no")
    );
    assert_eq!(meta.accessibility_statement.as_deref(), Some(address));
}

#[test]
fn the_overview_lists_every_derived_line_for_the_kommuneoverlege() {
    let mut revision = start();
    let raw = std::fs::read_to_string(crate::support::lier_file()).unwrap();
    let marked = raw.matches("\"derived\": true").count();
    assert!(marked > 0);
    revision.click(&format!(
        "Punkter kommuneoverlegen må ta stilling til ({marked})"
    ));
    let routine = check_file(&crate::support::lier_file(), crate::support::today())
        .unwrap()
        .routine
        .unwrap();
    let t = rutineveileder::i18n::Language::Bokmal.texts();
    let derived = routine.derived_items();
    assert_eq!(derived.len(), marked);
    for located in derived {
        let place = rutineveileder::i18n::place_name(located.place, &routine, t);
        let line = format!("{place}: {}", located.item.text);
        assert!(revision.shows(&line), "the overview lacks «{line}»");
    }
}

/// With the earlier version chosen under «Endringer», the overview marks the derived
/// lines that are new since it, and shows each line's note for the approver and the
/// readability of what is read in a conversation.
#[test]
fn the_overview_marks_new_derived_lines_and_shows_their_notes() {
    let mut r = start();
    let earlier_file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v0.2/lier.json");
    r.click("Endringer");
    r.type_into(
        "Sammenlign med en tidligere fil",
        &earlier_file.display().to_string(),
    );
    r.harness.key_press(egui::Key::Enter);
    r.harness.run();
    r.click("Oversikt");
    let today = crate::support::today();
    let routine = check_file(&crate::support::lier_file(), today)
        .unwrap()
        .routine
        .unwrap();
    let earlier = check_file(&earlier_file, today).unwrap().routine.unwrap();
    let t = rutineveileder::i18n::Language::Bokmal.texts();
    let derived = routine.derived_items();
    r.click(&format!(
        "Punkter kommuneoverlegen må ta stilling til ({})",
        derived.len()
    ));
    let new = derived
        .iter()
        .find(|w| w.item.id == "red-c-fare-for-andre")
        .unwrap();
    let line = rutineveileder::i18n::derived_line(new, &routine, Some(&earlier), t);
    assert!(line.contains("(ny siden versjon 0.2)"), "{line}");
    assert!(r.shows(&line), "the overview lacks «{line}»");
    let noted = derived.iter().find(|w| w.item.note.is_some()).unwrap();
    let note = format!("Merknad: {}", noted.item.note.as_ref().unwrap());
    assert!(r.shows(&note), "the overview lacks «{note}»");
    let figures = rutineveileder::i18n::readability_figures(
        &rutineveileder::routine::readability::readability(&routine),
        t,
    );
    assert!(r.shows(&figures), "{figures}");
}

#[test]
fn the_file_to_compare_is_read_once_when_confirmed_not_while_drawing() {
    let mut r = start();
    let earlier = r.dir.path().join("tidligere.json");
    std::fs::copy(crate::support::lier_file(), &earlier).unwrap();
    r.click("Endringer");
    r.type_into(
        "Sammenlign med en tidligere fil",
        &earlier.display().to_string(),
    );
    r.harness.key_press(egui::Key::Enter);
    r.harness.run();
    let compared = format!("Fra versjon {} til den redigerte rutinen:", lier_version());
    assert!(r.shows(&compared), "the earlier file is compared");
    // Gone from the disk: drawing reads nothing, so the result stays.
    std::fs::remove_file(&earlier).unwrap();
    for _ in 0..3 {
        r.harness.run();
    }
    assert!(r.shows(&compared), "the kept result is shown");
    // Confirming the path again reads it again, and says it cannot be read.
    r.harness
        .get_by_label("Sammenlign med en tidligere fil")
        .focus();
    r.harness.run();
    r.harness.key_press(egui::Key::Enter);
    r.harness.run();
    assert!(!r.shows(&compared));
    assert!(
        r.harness
            .query_by_label_contains(&earlier.display().to_string())
            .is_some(),
        "the message names the file"
    );
}

/// The change list against an older version shows each changed value, drawn with the
/// window's font: «Versjon» from the old number to the new, with no empty box for the
/// arrow Noto Sans lacks.
#[test]
fn the_change_list_shows_old_and_new_values_in_the_windows_font() {
    let mut r = start();
    let earlier = r.dir.path().join("eldre.json");
    let text = std::fs::read_to_string(crate::support::lier_file()).unwrap();
    let version = format!("\"version\": \"{}\"", lier_version());
    std::fs::write(&earlier, text.replacen(&version, "\"version\": \"0.1\"", 1)).unwrap();
    r.click("Endringer");
    r.type_into(
        "Sammenlign med en tidligere fil",
        &earlier.display().to_string(),
    );
    r.harness.key_press(egui::Key::Enter);
    r.harness.run();
    assert!(r.shows("Om rutinen – Endret: Versjon"));
    // The arrow is the change list's own: the window's fallback font draws it.
    let values = format!("    0.1 → {}", lier_version());
    assert!(r.shows(&values), "{values}");
    let body = egui::FontId::proportional(17.0);
    assert!(r.harness.ctx.fonts_mut(|f| f.has_glyph(&body, '→')));
}

/// The pocket card in the editor: how full each side is, in lines of 7.5 pt, and its
/// lists to add to, reorder and remove from; what is saved is what was chosen.
#[test]
fn the_pocket_cards_fill_shows_and_its_lists_are_edited_and_saved() {
    let mut r = start();
    r.click("Rediger");
    r.click("Lommekortet");
    let fill_text = |routine: &rutineveileder::routine::Routine| {
        let (front, back) = rutineveileder::export::card_fill(routine).unwrap();
        format!(
            "Forsiden: {} av {} linjer · baksiden: {} av {} linjer (skrift på 7,5 pkt)",
            front.used, front.available, back.used, back.available
        )
    };
    let lier = check_file(&crate::support::lier_file(), crate::support::today())
        .unwrap()
        .routine
        .unwrap();
    let before = fill_text(&lier);
    assert!(r.shows(&before), "{before}");

    r.click("Legg til under «Kveld, natt og helg (høyst 5)»");
    r.click("Legg til: Kirkens SOS");
    r.click("Fjern: Mental Helse Hjelpetelefonen");
    r.click("Flytt opp: Kirkens SOS");
    let mut chosen = lier.clone();
    if let Some(card) = &mut chosen.pocket_card {
        card.out_of_hours = vec!["kirkens-sos-telefon".into(), "legevakt-116117".into()];
    }
    let after = fill_text(&chosen);
    assert!(r.shows(&after), "the fill follows the edit: {after}");

    r.save_new_version("Kirkens SOS på lommekortet.", "Kommuneoverlege");
    let saved = check_file(&r.dir.path().join("lier.json"), crate::support::today())
        .unwrap()
        .routine
        .unwrap();
    assert_eq!(
        saved.pocket_card.unwrap().out_of_hours,
        ["kirkens-sos-telefon", "legevakt-116117"]
    );
}

/// The course in the editor: the pass mark and each module's questions, a module left
/// without questions shown as `check` words it, and the choice saved as made.
#[test]
fn the_courses_questions_are_edited_with_their_problems_and_saved() {
    let mut r = start();
    r.click("Rediger");
    r.click("Kurset");
    assert!(r.shows("Grense for bestått"));
    assert!(r.shows("Hvorfor rutinen finnes (ett til 3 spørsmål)"));
    r.click("Fjern: Hvem vurderer selvmordsrisiko?");
    assert!(
        r.harness
            .query_by_label_contains("modulen slutter uten spørsmål")
            .is_some(),
        "the empty module is shown with check's words"
    );
    r.click("Legg til under «Hvorfor rutinen finnes (ett til 3 spørsmål)»");
    r.click("Legg til: Case: Vaktmesteren er usikker");
    assert!(
        r.harness
            .query_by_label_contains("modulen slutter uten spørsmål")
            .is_none()
    );
    r.save_new_version("Kurset spør om en case i første del.", "Kommuneoverlege");
    let saved = check_file(&r.dir.path().join("lier.json"), crate::support::today())
        .unwrap()
        .routine
        .unwrap();
    let course = saved.course.unwrap();
    assert_eq!(course.questions.why, ["case-ved-tvil"]);
    assert_eq!(course.pass_mark, 80);
}

/// The routine in a file as it is on disk now.
fn on_disk(path: &Path) -> Routine {
    check_file(path, crate::support::today())
        .unwrap()
        .routine
        .unwrap()
}

fn last_summary(routine: &Routine) -> &str {
    &routine.metadata.revision_log.last().unwrap().summary
}

/// Two revisers open the same file. The first saves; the second, saving after, is told
/// who saved what, nothing is overwritten, and the second's version is saved under
/// another name: the version both opened, the first's and the second's are all on disk.
#[test]
fn the_second_of_two_revisers_is_told_and_saves_under_another_name() {
    let dir = Rc::new(tempfile::tempdir().unwrap());
    let file = crate::support::lier_copy(dir.path());
    let opened = std::fs::read(&file).unwrap();
    let elsewhere = dir.path().join("lier-mine-endringer.json");
    let desktop = Stand::default();
    desktop.answers(Some(elsewhere.clone()));
    let mut first = open_revision(dir.clone(), file.clone(), "forste.json", Stand::default());
    let mut second = open_revision(dir.clone(), file.clone(), "andre.json", desktop.clone());
    first.edit_kirkens_sos();
    first.save_new_version(
        "Ny tekst for Kirkens SOS.",
        "Virksomhet Psykisk helse og rus",
    );
    let (before, after) = (lier_version(), bump(&lier_version()));
    assert!(first.shows_containing(&format!("Versjon {after} er lagret")));

    second.click("Oversikt");
    second.click("Verifisert i dag: Lier kommune, Psykisk helse og rus");
    second.save_new_version("Psykisk helse og rus verifisert.", "Kommuneoverlege");
    assert!(second.shows("Noen andre har lagret rutinen mens du arbeidet"));
    assert!(second.shows_containing(
        "er lagret på nytt etter at du åpnet den. Ingenting er lagret eller skrevet over"
    ));
    assert!(second.shows(&format!(
        "Filen er nå versjon {after}, lagret 26.11.2026 av Virksomhet Psykisk helse og rus: «Ny tekst for Kirkens SOS.»"
    )));
    assert!(second.shows("Dette endret de, sammenlignet med versjonen du åpnet:"));
    assert!(
        second.shows_containing("Alle som trenger noen å snakke med."),
        "the first reviser's change, in the change list"
    );
    assert_eq!(
        last_summary(&on_disk(&file)),
        "Ny tekst for Kirkens SOS.",
        "not overwritten"
    );

    second.click("Lagre under et annet navn…");
    assert_eq!(
        desktop.asked(),
        [format!(
            "save routine lier-mine-endringer.json in {}",
            dir.path().display()
        )]
    );
    assert!(second.shows_containing(&format!(
        "Versjon {after} er lagret i {}. {} er ikke endret",
        elsewhere.display(),
        file.display()
    )));
    assert!(!second.shows("Noen andre har lagret rutinen mens du arbeidet"));

    let backup = dir.path().join(format!("lier.v{before}.json"));
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        opened,
        "the version both opened"
    );
    assert_eq!(last_summary(&on_disk(&file)), "Ny tekst for Kirkens SOS.");
    let mine = on_disk(&elsewhere);
    assert_eq!(last_summary(&mine), "Psykisk helse og rus verifisert.");
    assert_eq!(mine.metadata.version, after);
    let files = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    assert_eq!(files, 3, "the three versions; no settings were saved");
}

/// The second reviser loads the first's version instead, after confirming that their own
/// unsaved edits are lost, and saves on top of it: the first's version becomes the backup.
#[test]
fn the_second_reviser_loads_their_version_after_confirming_and_saves_on_top() {
    let dir = Rc::new(tempfile::tempdir().unwrap());
    let file = crate::support::lier_copy(dir.path());
    let opened = std::fs::read(&file).unwrap();
    let mut first = open_revision(dir.clone(), file.clone(), "forste.json", Stand::default());
    let mut second = open_revision(dir.clone(), file.clone(), "andre.json", Stand::default());
    first.edit_kirkens_sos();
    first.save_new_version(
        "Ny tekst for Kirkens SOS.",
        "Virksomhet Psykisk helse og rus",
    );
    let (before, after) = (lier_version(), bump(&lier_version()));
    second.click("Oversikt");
    second.click("Verifisert i dag: Lier kommune, Psykisk helse og rus");
    second.save_new_version("Psykisk helse og rus verifisert.", "Kommuneoverlege");
    second.click("Last inn deres versjon");
    let question = format!(
        "Endringene du ikke har lagret, går tapt, og du arbeider videre fra deres versjon {after}. Vil du det?"
    );
    assert!(second.shows(&question), "asked first");
    second.click("Avbryt");
    assert!(!second.shows(&question));
    assert!(
        second.shows("Endringer som ikke er lagret"),
        "still the second's edits"
    );
    second.click("Last inn deres versjon");
    second.click("Ja, forkast endringene mine og last inn deres versjon");
    assert!(second.shows(&format!(
        "Versjon {after} er lastet inn fra filen. Endringene du ikke hadde lagret, er forkastet."
    )));
    assert!(!second.shows("Endringer som ikke er lagret"));
    second.click("Oversikt");
    assert!(second.shows_containing(&format!("Versjon {after} · eier:")));
    second.click("Verifisert i dag: Lier kommune, Psykisk helse og rus");
    second.save_new_version("Psykisk helse og rus verifisert.", "Kommuneoverlege");
    let newest = bump(&after);
    assert!(second.shows_containing(&format!("Versjon {newest} er lagret")));
    let saved = on_disk(&file);
    assert_eq!(saved.metadata.version, newest);
    let sos = saved
        .contacts
        .iter()
        .find(|c| c.id == "kirkens-sos-telefon")
        .unwrap();
    assert_eq!(
        sos.what_for, "Alle som trenger noen å snakke med.",
        "the first's edit kept"
    );
    let firsts = dir.path().join(format!("lier.v{after}.json"));
    assert_eq!(last_summary(&on_disk(&firsts)), "Ny tekst for Kirkens SOS.");
    let backup = dir.path().join(format!("lier.v{before}.json"));
    assert_eq!(std::fs::read(backup).unwrap(), opened);
}

/// A file moved away after it was opened is not made again by saving: the reviser is told,
/// and can save under another name.
#[test]
fn a_file_moved_away_before_saving_is_a_conflict_not_a_new_file() {
    let mut r = start();
    let file = r.dir.path().join("lier.json");
    r.edit_kirkens_sos();
    std::fs::rename(&file, r.dir.path().join("flyttet.json")).unwrap();
    r.save_new_version(
        "Ny tekst for Kirkens SOS.",
        "Virksomhet Psykisk helse og rus",
    );
    assert!(r.shows("Rutinefilen er borte"));
    assert!(r.shows_containing(&format!("{} finnes ikke lenger", file.display())));
    assert!(r.shows("Lagre under et annet navn…"));
    assert!(!file.exists(), "not made again");
    assert!(
        r.shows("Endringer som ikke er lagret"),
        "the edits are still there"
    );
}
