//! The conversation guide, driven through AccessKit with egui_kittest: the real app, the
//! real routine, an injected clock.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, NaiveDateTime};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rutineveileder::app::App;
use rutineveileder::checks::check_embedded;
use rutineveileder::routine::{Level, Routine};

use crate::support::{fixture, launch};

struct Guide {
    harness: Harness<'static, App>,
    clock: Arc<Mutex<NaiveDateTime>>,
    _settings_dir: tempfile::TempDir,
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

/// Thursday 26 November 2026, 10:00: an ordinary working day.
fn working_day() -> NaiveDateTime {
    at(2026, 11, 26, 10, 0)
}

fn start(routine_file: Option<PathBuf>, now: NaiveDateTime) -> Guide {
    let settings_dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(Mutex::new(now));
    let app_clock = clock.clone();
    let harness = launch(
        [1000.0, 4000.0],
        &settings_dir.path().join("innstillinger.json"),
    )
    .routine_file(routine_file)
    .clock(Arc::new(move || *app_clock.lock().unwrap()))
    .start();
    Guide {
        harness,
        clock,
        _settings_dir: settings_dir,
    }
}

fn routine() -> Routine {
    check_embedded(working_day().date()).routine.unwrap()
}

impl Guide {
    fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    fn next(&mut self) {
        self.click("Neste");
    }

    /// Replaces the text of the field with this name.
    fn type_into(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).focus();
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.get_by_label(label).type_text(text);
        self.harness.run();
    }

    fn shows(&self, label: &str) -> bool {
        self.harness.query_by_label(label).is_some()
    }

    fn shows_containing(&self, text: &str) -> bool {
        self.harness.query_by_label_contains(text).is_some()
    }

    fn is_checked(&self, label: &str) -> bool {
        self.harness.get_by_label(label).accesskit_node().toggled()
            == Some(egui::accesskit::Toggled::True)
    }

    /// From the first step to "Er det akutt?", choosing an audience on the way.
    fn walk_to_acute_step(&mut self, audience: &str) {
        self.click(audience);
        for _ in 0..3 {
            self.next();
        }
        assert!(self.shows("Kryss av det som stemmer. Ved tvil, velg høyere nivå."));
    }
}

fn criterion(routine: &Routine, level: Level) -> String {
    routine.level(level).unwrap().criteria[0].text.clone()
}

fn only_for(routine: &Routine, level: Level) -> Vec<String> {
    routine
        .checklist
        .iter()
        .filter(|c| c.levels == [level])
        .map(|c| c.item.text.clone())
        .collect()
}

#[test]
fn acute_path_reaches_113_and_the_red_checklist() {
    let routine = routine();
    let mut guide = start(None, working_day());
    assert!(guide.shows("Ring 113"), "113 is on the first screen");
    guide.walk_to_acute_step("Voksne");
    guide.click(&criterion(&routine, Level::Red));
    assert!(guide.shows_containing("Handlingsnivå: RØD"));
    guide.next();
    assert!(
        guide.harness.get_all_by_label("Ring 113").count() >= 2,
        "113 in the bar and as a contact"
    );
    let red = routine.level(Level::Red).unwrap();
    assert!(guide.shows(&format!("1. {}", red.actions[0].text)));
    guide.next();
    let red_only = only_for(&routine, Level::Red);
    assert!(!red_only.is_empty());
    for item in red_only {
        assert!(guide.shows(&item), "red checklist item missing: {item}");
    }
}

#[test]
fn same_day_path_for_a_young_person_shows_the_youth_contacts() {
    let routine = routine();
    let youth_contacts: Vec<String> = routine
        .level(Level::Yellow)
        .unwrap()
        .contacts
        .iter()
        .filter_map(|id| routine.contact(id))
        .filter(|c| c.audiences == ["barn-unge"])
        .map(|c| c.name.clone())
        .collect();
    assert!(
        !youth_contacts.is_empty(),
        "the yellow level has contacts for young people"
    );

    let mut guide = start(None, working_day());
    guide.walk_to_acute_step("Barn og unge (under 18 år)");
    guide.click(&criterion(&routine, Level::Yellow));
    assert!(guide.shows_containing("Handlingsnivå: GUL"));
    guide.next();
    for name in &youth_contacts {
        assert!(
            guide
                .harness
                .query_all_by_label_contains(name)
                .next()
                .is_some(),
            "youth contact missing: {name}"
        );
    }

    let mut adult = start(None, working_day());
    adult.walk_to_acute_step("Voksne");
    adult.click(&criterion(&routine, Level::Yellow));
    adult.next();
    for name in &youth_contacts {
        assert!(
            adult
                .harness
                .query_all_by_label_contains(name)
                .next()
                .is_none(),
            "youth-only contact shown for an adult: {name}"
        );
    }
}

#[test]
fn concern_path_keeps_answers_when_going_back_and_forth() {
    let routine = routine();
    let sign = routine.warning_signs.groups[0].signs[0].text.clone();
    let mut guide = start(None, working_day());
    guide.click("Voksne");
    guide.next();
    guide.click(&sign);
    assert!(guide.is_checked(&sign));
    guide.next();
    guide.next();
    guide.click(&criterion(&routine, Level::Green));
    assert!(guide.shows_containing("Handlingsnivå: GRØNN"));
    // The employee can go up but not down.
    guide.click("Velg GUL");
    assert!(guide.shows_containing("Handlingsnivå: GUL"));
    guide.click("Velg GRØNN");
    assert!(guide.shows_containing("Handlingsnivå: GRØNN"));
    guide.click("Tilbake");
    guide.click("Tilbake");
    assert!(guide.is_checked(&sign), "going back keeps the answers");
    guide.click("7. Oppsummering");
    assert!(guide.shows_containing("Handlingsnivå: GRØNN"));
    assert!(guide.shows_containing(&sign));
}

#[test]
fn a_closed_service_says_when_it_opens_and_what_to_use_instead() {
    // The fixture's "Hjelpetelefon" is open on weekdays 08:00–15:30 and names the
    // emergency number to use while it is closed.
    for (now, closed) in [
        (
            at(2026, 11, 26, 23, 0),
            "Stengt nå. Åpner i morgen kl. 08:00",
        ),
        (
            at(2027, 5, 17, 10, 0),
            "Stengt nå (Grunnlovsdag). Åpner i morgen kl. 08:00",
        ),
    ] {
        let mut guide = start(Some(fixture("minimal.json")), now);
        guide.walk_to_acute_step("Alle");
        guide.click("Tanker uten planer");
        guide.next();
        assert!(guide.shows(closed), "{now}: expected «{closed}»");
        assert!(guide.shows("Bruk i stedet: Medisinsk nødtelefon"), "{now}");
    }
    let mut open = start(Some(fixture("minimal.json")), working_day());
    open.walk_to_acute_step("Alle");
    open.click("Tanker uten planer");
    open.next();
    assert!(open.shows("Åpen nå, til kl. 15:30"));
    assert!(!open.shows("Bruk i stedet: Medisinsk nødtelefon"));
}

#[test]
fn reset_and_idle_timeout_clear_the_conversation() {
    let routine = routine();
    let sign = routine.warning_signs.groups[0].signs[0].text.clone();
    let mut guide = start(None, working_day());
    guide.click("Voksne");
    guide.next();
    guide.click(&sign);
    guide.click("Nullstill");
    assert!(guide.harness.state().session().is_blank());
    assert!(guide.shows("Hvem gjelder det?"));
    guide.next();
    assert!(!guide.is_checked(&sign));

    guide.click(&sign);
    assert!(!guide.harness.state().session().is_blank());
    // While idle, the app sleeps until the timeout instead of repainting.
    let delay = guide.harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert!(
        delay > std::time::Duration::from_secs(60),
        "repaint delay {delay:?}"
    );
    *guide.clock.lock().unwrap() =
        working_day() + chrono::TimeDelta::minutes(routine.idle_reset_minutes.into());
    guide.harness.run();
    assert!(
        guide.harness.state().session().is_blank(),
        "the idle timeout cleared it"
    );
    assert!(guide.shows("Hvem gjelder det?"));
}

#[test]
fn a_broken_routine_file_starts_on_the_embedded_routine_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{ \"format\": 1, ").unwrap();
    let mut guide = start(Some(broken.clone()), working_day());
    crate::support::open_notices(&mut guide.harness);
    assert!(guide.shows_containing(&format!(
        "Rutinefilen {} kunne ikke brukes",
        broken.display()
    )));
    assert!(guide.shows_containing("linje 1"), "says where");
    assert!(guide.shows("Voksne"), "the embedded routine is shown");
    assert!(guide.shows("Ring 113"));
}

#[test]
fn a_whole_flow_by_keyboard_alone() {
    let routine = routine();
    let mut guide = start(None, working_day());
    let press_on = |guide: &mut Guide, label: &str, key: egui::Key| {
        for _ in 0..300 {
            if guide.harness.get_by_label(label).is_focused() {
                guide.harness.key_press(key);
                guide.harness.run();
                return;
            }
            guide.harness.key_press(egui::Key::Tab);
            guide.harness.run();
        }
        panic!("Tab never reached «{label}»");
    };
    press_on(&mut guide, "Voksne", egui::Key::Space);
    for _ in 0..3 {
        press_on(&mut guide, "Neste", egui::Key::Enter);
    }
    press_on(
        &mut guide,
        &criterion(&routine, Level::Red),
        egui::Key::Space,
    );
    assert!(guide.shows_containing("Handlingsnivå: RØD"));
    press_on(&mut guide, "Neste", egui::Key::Enter);
    let red = routine.level(Level::Red).unwrap();
    assert!(guide.shows(&format!("1. {}", red.actions[0].text)));
    press_on(&mut guide, "Neste", egui::Key::Enter);
    let first_item = only_for(&routine, Level::Red).remove(0);
    press_on(&mut guide, &first_item, egui::Key::Space);
    assert!(guide.is_checked(&first_item));
}

#[test]
fn the_113_bar_stays_visible_at_200_percent_in_a_small_window() {
    let settings_dir = tempfile::tempdir().unwrap();
    let path = settings_dir.path().join("innstillinger.json");
    std::fs::write(&path, r#"{ "text_scale_percent": 200 }"#).unwrap();
    // A 320 × 260 pixel window at 200 % text size leaves 160 × 130 points for the UI;
    // the harness gives its size in points.
    let size = egui::vec2(160.0, 130.0);
    let mut harness = launch(size, &path).start();
    harness.run();
    assert_eq!(
        harness.ctx.zoom_factor(),
        2.0,
        "the saved text size is in effect"
    );
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    for label in ["Akutt fare?", "Ring 113"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            screen.contains_rect(rect),
            "{label} at {rect:?} is outside {screen:?}"
        );
    }
}

#[test]
fn a_broken_settings_file_gives_defaults_and_a_visible_warning() {
    let settings_dir = tempfile::tempdir().unwrap();
    let path = settings_dir.path().join("innstillinger.json");
    std::fs::write(&path, "{ ødelagt").unwrap();
    let mut harness = launch([1000.0, 4000.0], &path).start();
    crate::support::open_notices(&mut harness);
    assert!(
        harness
            .query_by_label_contains("Standardinnstillingene brukes")
            .is_some()
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{ ødelagt",
        "nothing overwritten"
    );
}

#[test]
fn settings_are_saved_and_nothing_else_is_written() {
    let mut guide = start(None, working_day());
    guide.click("Innstillinger");
    guide.click("Mørkt");
    guide.click("150 %");
    guide.click("NAV");
    let dir = guide._settings_dir.path().to_owned();
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files, ["innstillinger.json"]);
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("innstillinger.json")).unwrap())
            .unwrap();
    assert_eq!(saved["theme"], "dark");
    assert_eq!(saved["text_scale_percent"], 150);
    assert_eq!(saved["sector"], "nav");
}

#[test]
fn printables_are_saved_from_the_program_with_a_clear_message() {
    let out_dir = tempfile::tempdir().unwrap();
    let name = format!("sjekkliste-v{}.pdf", routine().metadata.version);
    let mut guide = start(None, working_day());
    guide.click("Utskrifter");
    guide.click("Henvisningssjekkliste (A4)");
    guide.type_into("Mappe", &out_dir.path().display().to_string());
    guide.click("Lagre PDF");
    let saved = out_dir.path().join(&name);
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF-"));
    assert!(guide.shows(&format!("Lagret: {}", saved.display())));
    assert!(
        guide
            .harness
            .query_all_by_label_contains("(nummer mangler)")
            .count()
            > 0,
        "the export warns about gaps"
    );
    assert!(guide.shows("Åpne filen"));
    assert!(guide.shows("Ring 113"), "113 on this screen too");

    // A folder that does not exist: a clear message, and nothing written.
    guide.type_into("Mappe", "/finnes/ikke");
    guide.click("Lagre PDF");
    assert!(guide.shows_containing(&format!(
        "Utskriften ble ikke lagret: kunne ikke skrive /finnes/ikke/{name}"
    )));
}

#[test]
fn an_unwritable_config_folder_still_lets_the_program_run_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the config folder should be: nothing can be written below it.
    let blocker = dir.path().join("config");
    std::fs::write(&blocker, b"").unwrap();
    let mut harness = launch([1000.0, 4000.0], &blocker.join("innstillinger.json")).start();
    harness.get_by_label("Innstillinger").click();
    harness.run();
    harness.get_by_label("Mørkt").click();
    harness.run();
    crate::support::open_notices(&mut harness);
    assert!(
        harness
            .query_by_label_contains("kunne ikke lagre innstillingene")
            .is_some()
    );
    harness.get_by_label("Samtale").click();
    harness.run();
    assert!(
        harness.query_by_label("Voksne").is_some(),
        "the guide still works"
    );
    assert!(harness.query_by_label("Ring 113").is_some());
}

/// IT chooses a routine file in the settings and learns at once whether it will be used:
/// a valid file, a file with errors (listed), and a path that cannot be read.
#[test]
fn a_routine_file_chosen_in_the_settings_is_checked_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("ødelagt.json");
    let mut minimal = crate::support::minimal();
    minimal["contacts"] = serde_json::json!([]);
    std::fs::write(&broken, minimal.to_string()).unwrap();
    let valid = crate::support::lier_file();
    let missing = dir.path().join("finnes-ikke.json");

    let mut guide = start(None, working_day());
    guide.click("Innstillinger");
    let choose = |guide: &mut Guide, path: &std::path::Path| {
        guide.type_into("Rutinefil", &path.display().to_string());
        guide.click("Bruk denne rutinefilen");
    };
    choose(&mut guide, &valid);
    assert!(guide.shows_containing("Rutinefilen kan brukes: «Rutine for kartlegging"));
    assert!(guide.shows(&format!("I bruk fra neste oppstart: {}", valid.display())));

    choose(&mut guide, &broken);
    assert!(guide.shows_containing("Rutinefilen har"));
    assert!(guide.shows_containing("og blir ikke brukt"));
    let listed = guide
        .harness
        .query_all_by_label_contains("• levels")
        .count();
    assert!(listed > 0, "the errors are listed");

    choose(&mut guide, &missing);
    assert!(guide.shows_containing("Rutinefilen kan ikke leses"));
    assert!(guide.shows_containing("filen finnes ikke"));

    guide.click("Bruk den innebygde rutinen");
    assert!(guide.shows("Den innebygde rutinen brukes."));
    assert!(!guide.shows_containing("Rutinefilen kan ikke leses"));
}

/// The heading step 5 shows for a level: "RØD – Akutt fare – handle nå".
fn level_heading(routine: &Routine, level: Level) -> String {
    let l = routine.level(level).unwrap();
    format!("{} – {}", l.name, l.title)
}

/// Asserts step 5 ("Hva gjør du nå?") shows `level` and no other.
fn assert_act_step_shows(guide: &Guide, routine: &Routine, level: Level, case: &str) {
    for other in Level::ALL {
        assert_eq!(
            guide.shows(&level_heading(routine, other)),
            other == level,
            "«{case}»: step 5 should show {level:?}, checked {other:?}"
        );
    }
}

#[test]
fn every_practice_case_reaches_its_level_through_the_guide() {
    let routine = routine();
    assert!(
        routine.cases.len() >= 17,
        "the nine cases and §11.9's eight"
    );
    for case in &routine.cases {
        assert!(!case.criteria.is_empty(), "«{}» names criteria", case.title);
        let audience = routine
            .audiences
            .iter()
            .find(|a| a.id == case.audience)
            .unwrap();
        let mut guide = start(None, working_day());
        guide.walk_to_acute_step(&audience.label);
        for id in &case.criteria {
            let (_, criterion) = routine.criterion(id).unwrap();
            guide.click(&criterion.text);
            assert!(guide.is_checked(&criterion.text), "«{}»: {id}", case.title);
        }
        let decided = routine.level_of_criteria(case).unwrap();
        assert_eq!(
            decided == case.level,
            !case.ved_tvil,
            "«{}»: only a «ved tvil» case is above its criteria",
            case.title
        );
        guide.next();
        assert_act_step_shows(&guide, &routine, decided, &case.title);
        if case.ved_tvil {
            // «Ved tvil, velg høyere nivå»: the employee goes up to the case's level.
            guide.click("Tilbake");
            let name = &routine.level(case.level).unwrap().name;
            guide.click(&format!("Velg {name}"));
            guide.next();
            assert_act_step_shows(&guide, &routine, case.level, &case.title);
        }
    }
}

#[test]
fn the_graphics_backend_in_use_is_shown_to_it_and_never_saved() {
    let settings_dir = tempfile::tempdir().unwrap();
    let file = settings_dir.path().join("innstillinger.json");
    let in_use = rutineveileder::graphics::InUse {
        backend: "Vulkan".into(),
        adapter: "llvmpipe".into(),
    };
    let mut harness = launch([1000.0, 4000.0], &file).graphics(in_use).start();
    harness.get_by_label("Innstillinger").click();
    harness.run();
    harness.get_by_label("Mørkt").click();
    harness.run();
    let line = "Grafikk (for IT): Vulkan på llvmpipe. Vises bare her og lagres ikke.";
    assert!(harness.query_by_label(line).is_some());
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        !saved.contains("Vulkan") && !saved.contains("llvmpipe"),
        "{saved}"
    );
}

#[test]
fn the_idle_reset_counts_down_politely_and_says_afterwards_what_happened() {
    let routine = routine();
    let limit = chrono::TimeDelta::minutes(routine.idle_reset_minutes.into());
    let sign = routine.warning_signs.groups[0].signs[0].text.clone();
    let mut guide = start(None, working_day());
    guide.click("Voksne");
    guide.next();
    guide.click(&sign);
    let countdown = |seconds: i64| {
        format!("Samtalen nullstilles om {seconds} s – trykk hvor som helst for å fortsette")
    };
    let at = |guide: &mut Guide, before_reset: i64| {
        *guide.clock.lock().unwrap() =
            working_day() + limit - chrono::TimeDelta::seconds(before_reset);
        guide.harness.run();
    };
    at(&mut guide, 61);
    assert!(
        !guide.shows_containing("Samtalen nullstilles"),
        "quiet until the last minute"
    );
    at(&mut guide, 45);
    assert!(guide.shows(&countdown(45)));
    let label = countdown(45);
    let node = guide.harness.get_by_label(&label);
    assert_eq!(
        node.accesskit_node().live(),
        egui::accesskit::Live::Polite,
        "screen readers hear it as a polite live region"
    );
    at(&mut guide, 38);
    assert!(
        guide.shows(&countdown(45)),
        "it changes in steps of 15 s, so it is not read every second"
    );
    at(&mut guide, 29);
    assert!(guide.shows(&countdown(30)));
    assert!(
        !guide.harness.state().session().is_blank(),
        "not yet cleared"
    );
    at(&mut guide, 0);
    assert!(
        guide.harness.state().session().is_blank(),
        "cleared at the limit"
    );
    let said = format!(
        "Samtalen ble nullstilt fordi ingen hadde brukt programmet på {} minutter. Ingenting fra den er lagret.",
        routine.idle_reset_minutes
    );
    assert!(guide.shows(&said));
    guide.harness.run();
    assert!(guide.shows(&said), "it stays until the next input");
    guide.harness.key_press(egui::Key::Tab);
    guide.harness.run();
    assert!(!guide.shows(&said), "the next input takes it away");
}
