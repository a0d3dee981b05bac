//! The system's dialogs and file viewer, through a stand-in desktop: «Velg fil…» in the
//! settings and in Revisjon, «Lagre som…» for a printable with the folder remembered in
//! memory, the presentation saved as a PDF from Opplæring, «Åpne filen» and «Vis i mappe», and what a cancelled or failing desktop does.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rutineveileder::app::App;

use crate::support::Stand;

fn start(stand: &Stand, dir: &Path) -> Harness<'static, App> {
    crate::support::launch([1200.0, 4000.0], &dir.join("innstillinger.json"))
        .desktop(stand.clone())
        .start()
}

fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_all_by_label(label).last().unwrap().click();
    harness.run();
}

fn field_value(harness: &Harness<'static, App>, label: &str) -> String {
    harness
        .get_by_label(label)
        .accesskit_node()
        .value()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_routine_file_is_chosen_in_the_systems_dialog_and_checked_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::support::lier_copy(dir.path());
    let stand = Stand::default();
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Innstillinger");

    stand.answers(None);
    click(&mut harness, "Velg fil…");
    assert_eq!(
        field_value(&harness, "Rutinefil"),
        "",
        "a cancelled dialog changes nothing"
    );
    assert!(
        harness
            .query_by_label("Den innebygde rutinen brukes.")
            .is_some()
    );

    stand.answers(Some(file.clone()));
    click(&mut harness, "Velg fil…");
    assert!(
        harness
            .query_by_label_contains("Rutinefilen kan brukes: «Rutine for kartlegging")
            .is_some()
    );
    assert_eq!(
        field_value(&harness, "Rutinefil"),
        file.display().to_string()
    );
    let saved = std::fs::read_to_string(dir.path().join("innstillinger.json")).unwrap();
    assert!(saved.contains("lier.json"), "{saved}");
}

#[test]
fn the_presentation_is_saved_as_a_pdf_from_training_with_or_without_notes() {
    let dir = tempfile::tempdir().unwrap();
    let stand = Stand::default();
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Opplæring");
    let routine = rutineveileder::checks::check_embedded(crate::support::today())
        .routine
        .unwrap();
    let fonts = rutineveileder::export::layout::Fonts::embedded().unwrap();
    let texts = rutineveileder::i18n::Language::Bokmal.texts();
    let slides = rutineveileder::training::slides::deck(&routine, texts, &fonts).len();
    for (entry, name, pages) in [
        ("Lysbildene (16:9)…", "lysbilder.pdf", slides),
        ("Lysbildene med notater (A4)…", "notater.pdf", slides),
    ] {
        let chosen = dir.path().join(name);
        stand.answers(Some(chosen.clone()));
        click(&mut harness, "Lagre som PDF");
        click(&mut harness, entry);
        let pdf = lopdf::Document::load_mem(&std::fs::read(&chosen).unwrap()).unwrap();
        assert!(pdf.get_pages().len() >= pages, "{entry}");
        assert!(
            harness
                .query_by_label(&format!("Lagret: {}", chosen.display()))
                .is_some(),
            "Opplæring says where it is"
        );
    }
    let asked = stand.asked();
    assert!(asked[0].starts_with("save lysbilder-v"), "{asked:?}");
    assert!(
        asked[1].starts_with("save lysbilder-notater-v"),
        "{asked:?}"
    );
    click(&mut harness, "Utskrifter");
    assert!(
        harness.query_by_label_contains("Lagret:").is_none(),
        "the printables screen tells of its own exports"
    );
}

#[test]
fn a_printable_is_saved_where_the_dialog_says_and_its_folder_is_remembered_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("utskrifter");
    std::fs::create_dir(&out).unwrap();
    let stand = Stand::default();
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Utskrifter");
    let folder_before = field_value(&harness, "Mappe");

    stand.answers(None);
    click(&mut harness, "Lagre som…");
    assert_eq!(
        field_value(&harness, "Mappe"),
        folder_before,
        "cancelled: unchanged"
    );
    assert!(harness.query_by_label_contains("Lagret:").is_none());

    let chosen = out.join("kort.pdf");
    stand.answers(Some(chosen.clone()));
    click(&mut harness, "Lagre som…");
    assert!(std::fs::read(&chosen).unwrap().starts_with(b"%PDF-"));
    assert!(
        harness
            .query_by_label(&format!("Lagret: {}", chosen.display()))
            .is_some()
    );
    assert_eq!(field_value(&harness, "Mappe"), out.display().to_string());
    let asked = stand.asked();
    assert!(
        asked.last().unwrap().starts_with("save lommekort-v"),
        "the dialog offers the printable's own name: {asked:?}"
    );

    // The next «Lagre som…» starts in the folder chosen last, also after «Nullstill».
    click(&mut harness, "Samtale");
    click(&mut harness, "Nullstill");
    click(&mut harness, "Utskrifter");
    click(&mut harness, "Lagre som…");
    assert!(
        stand
            .asked()
            .last()
            .unwrap()
            .ends_with(&out.display().to_string()),
        "{:?}",
        stand.asked()
    );
    let settings =
        std::fs::read_to_string(dir.path().join("innstillinger.json")).unwrap_or_default();
    assert!(
        !settings.contains("utskrifter"),
        "never on disk: {settings}"
    );

    click(&mut harness, "Åpne filen");
    click(&mut harness, "Vis i mappe");
    let asked = stand.asked();
    assert!(
        asked.contains(&format!("open {}", chosen.display())),
        "{asked:?}"
    );
    assert!(
        asked.contains(&format!("folder of {}", chosen.display())),
        "{asked:?}"
    );
}

#[test]
fn when_the_system_cannot_open_the_file_the_program_says_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let chosen = dir.path().join("plakat.pdf");
    let stand = Stand::without_viewer();
    stand.answers(Some(chosen.clone()));
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Utskrifter");
    click(&mut harness, "Lagre som…");
    click(&mut harness, "Åpne filen");
    let said = format!(
        "Programmet kunne ikke åpne den for deg. Filen ligger her: {}",
        chosen.display()
    );
    assert!(harness.query_by_label(&said).is_some());
}

#[test]
fn the_file_to_compare_is_chosen_in_the_systems_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = crate::support::lier_copy(dir.path());
    let stand = Stand::default();
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Revisjon");
    click(&mut harness, "Endringer");
    stand.answers(Some(earlier.clone()));
    click(&mut harness, "Velg fil…");
    assert_eq!(
        field_value(&harness, "Sammenlign med en tidligere fil"),
        earlier.display().to_string()
    );
    assert!(
        harness
            .query_by_label_contains("til den redigerte rutinen:")
            .is_some()
    );
}

#[test]
fn the_web_site_is_written_in_the_folder_the_dialog_says() {
    let dir = tempfile::tempdir().unwrap();
    let stand = Stand::default();
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Utskrifter");
    stand.answers(None);
    click(&mut harness, "Lag nettsted i mappe…");
    assert!(harness.query_by_label_contains("Lagret:").is_none());

    let chosen = dir.path().join("intranett");
    stand.answers(Some(chosen.clone()));
    click(&mut harness, "Lag nettsted i mappe…");
    let index = chosen.join("index.html");
    assert!(index.is_file());
    assert!(chosen.join("bekymret-for-noen/index.html").is_file());
    assert!(
        harness
            .query_by_label(&format!("Lagret: {}", index.display()))
            .is_some()
    );
    click(&mut harness, "Åpne filen");
    assert!(
        stand.asked().contains(&format!("open {}", index.display())),
        "the start page opens in the browser: {:?}",
        stand.asked()
    );
}

#[test]
fn a_new_routine_from_the_template_is_saved_where_the_dialog_says() {
    let dir = tempfile::tempdir().unwrap();
    let stand = Stand::default();
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Revisjon");
    click(&mut harness, "Ny rutine fra mal");
    click(&mut harness, "Lagre ny rutine som…");
    assert!(
        harness
            .query_by_label_contains("Skriv kommunens navn først")
            .is_some()
    );
    assert!(stand.asked().is_empty(), "no dialog without a name");

    harness.get_by_label("Kommunens navn").focus();
    harness
        .get_by_label("Kommunens navn")
        .type_text("Askvoll kommune");
    harness.run();
    click(&mut harness, "Nynorsk");
    let file = dir.path().join("askvoll.json");
    stand.answers(Some(file.clone()));
    click(&mut harness, "Lagre ny rutine som…");
    assert_eq!(
        stand.asked().last().unwrap(),
        "save routine askvoll-kommune-selvmordsrisiko.json in ",
        "the dialog offers a name made from the municipality"
    );
    let checked = rutineveileder::checks::check_file(&file, crate::support::today()).unwrap();
    let routine = checked.routine.expect("the new routine has no errors");
    assert_eq!(routine.metadata.municipality, "Askvoll kommune");
    assert_eq!(routine.metadata.language, "nn");
    assert!(
        harness
            .query_by_label_contains(&format!("Ny rutine lagret: {}", file.display()))
            .is_some()
    );
}

#[test]
fn the_course_is_saved_from_training_as_a_package_where_the_dialog_says() {
    let dir = tempfile::tempdir().unwrap();
    let stand = Stand::default();
    let mut harness = start(&stand, dir.path());
    click(&mut harness, "Opplæring");
    let button = "Lagre kurset for læringsplattformen (SCORM)…";

    stand.answers(None);
    click(&mut harness, button);
    assert!(
        harness.query_by_label_contains("Lagret:").is_none(),
        "cancelled: nothing"
    );

    let chosen = dir.path().join("kurs.zip");
    stand.answers(Some(chosen.clone()));
    click(&mut harness, button);
    let asked = stand.asked();
    assert!(
        asked.last().unwrap().starts_with("save package kurs-lier-"),
        "the dialog offers the package's own name: {asked:?}"
    );
    let bytes = std::fs::read(&chosen).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        zip.by_index(0).unwrap().name().unwrap(),
        "imsmanifest.xml",
        "a SCORM package"
    );
    assert!(
        harness
            .query_by_label(&format!("Lagret: {}", chosen.display()))
            .is_some()
    );
    // The package is written where the dialog said, and nothing else about it is kept.
    let settings =
        std::fs::read_to_string(dir.path().join("innstillinger.json")).unwrap_or_default();
    assert!(!settings.contains("kurs.zip"));
}
