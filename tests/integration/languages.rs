//! The program's own texts in bokmål, nynorsk and English: chosen in the settings,
//! remembered, and used on every screen, while the routine's content keeps its language.

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;
use rutineveileder::settings::SettingsStore;

fn start(settings_file: &Path) -> Harness<'static, App> {
    let store = SettingsStore::at(settings_file.to_owned());
    let now = NaiveDate::from_ymd_opt(2026, 11, 26)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    Harness::builder()
        .with_size([1200.0, 9000.0])
        .build_eframe(move |cc| App::new(&cc.egui_ctx, None, store, Arc::new(move || now)))
}

fn shows(harness: &Harness<'static, App>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_all_by_label(label).next().unwrap().click();
    harness.run();
}

#[test]
fn a_language_chosen_in_the_settings_is_used_at_once_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("innstillinger.json");
    let mut harness = start(&file);
    assert!(shows(&harness, "Ring 113"), "bokmål first");

    click(&mut harness, "Innstillinger");
    click(&mut harness, "English");
    for label in [
        "Call 113",
        "Conversation",
        "Training",
        "Settings",
        "Language",
    ] {
        assert!(shows(&harness, label), "{label} in English");
    }
    assert!(!shows(&harness, "Ring 113"));
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("\"language\": \"en\""), "{saved}");

    let mut restarted = start(&file);
    assert!(shows(&restarted, "Call 113"), "remembered");
    click(&mut restarted, "Settings");
    click(&mut restarted, "Nynorsk");
    assert!(shows(&restarted, "Innstillingar"));
    click(&mut restarted, "Bokmål");
    assert!(shows(&restarted, "Innstillinger"));
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("\"language\": \"nb\""), "{saved}");
}
