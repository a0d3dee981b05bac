//! The program's own texts in bokmål, nynorsk and English: chosen in the settings,
//! remembered, and used on every screen (the routine file's checks included), while the
//! routine's content keeps its language.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rutineveileder::app::App;
use rutineveileder::i18n::{Language, fill, tables};

fn start(settings_file: &Path) -> Harness<'static, App> {
    crate::support::launch([1200.0, 9000.0], settings_file).start()
}

/// Replaces the text of the field with this name.
fn type_into(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
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
        "Language / Språk",
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

/// Texts of the bokmål tables that a screen in `language` must not show.
fn bokmal_only(language: Language) -> Vec<String> {
    only_in(Language::Bokmal, language)
}

/// Texts of `other`'s tables that a screen or printable in `language` must not show:
/// those that differ from every text of `language` and are not words of the routine
/// itself (Lier's content is bokmål). A template counts by its longest fixed part.
pub(crate) fn only_in(other: Language, language: Language) -> Vec<String> {
    let routine = std::fs::read_to_string(crate::support::lier_file()).unwrap();
    let column = |l: Language| Language::ALL.iter().position(|a| *a == l).unwrap();
    let tables = tables();
    let theirs: Vec<&str> = tables
        .iter()
        .flat_map(|(_, table)| table.iter().map(|(_, texts)| texts[column(language)]))
        .collect();
    let mut words: Vec<String> = tables
        .iter()
        .flat_map(|(_, table)| table.iter().map(|(_, texts)| texts[column(other)]))
        .filter(|text| !theirs.contains(text))
        .map(|text| {
            text.split(['{', '}'])
                .step_by(2)
                .max_by_key(|part| part.chars().count())
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
        .filter(|fixed| fixed.chars().count() >= 4 && !routine.contains(fixed.as_str()))
        .filter(|fixed| !theirs.iter().any(|t| t.contains(fixed.as_str())))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Every text now on screen, as screen readers get it: the names of controls and the
/// values of text (AccessKit gives a plain label's words as its value).
fn labels(harness: &Harness<'static, App>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
                .into_iter()
                .flatten()
                .map(|text| text.to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Walks all screens in nynorsk and in English: the steps, training's parts, the
/// revision's tabs with the editor open, printables and settings. None shows a bokmål
/// text of the program, and every control has a name for screen readers.
#[test]
fn every_screen_speaks_nynorsk_and_english_with_no_bokmal_left() {
    for language in [Language::Nynorsk, Language::English] {
        let t = language.texts();
        let forbidden = bokmal_only(language);
        assert!(forbidden.len() > 100, "{language:?}: {}", forbidden.len());
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("innstillinger.json");
        let code = serde_json::to_string(&language).unwrap();
        std::fs::write(&file, format!("{{\"language\": {code}}}")).unwrap();
        let mut harness = start(&file);
        let mut seen = Vec::new();
        let mut look = |harness: &Harness<'static, App>, screen: &str| {
            let missing = crate::accessibility::unnamed(harness);
            assert!(
                missing.is_empty(),
                "{language:?}, {screen}: unnamed {missing:?}"
            );
            let shown = labels(harness);
            // The routine file's checks too are in the window's language (README, Språk).
            for text in &forbidden {
                let found = shown.iter().find(|label| label.contains(text.as_str()));
                assert!(
                    found.is_none(),
                    "{language:?}, {screen}: bokmål «{text}» in {found:?}"
                );
            }
            seen.extend(shown);
        };
        let guide = &t.guide;
        let steps = [
            guide.step_who,
            guide.step_notice,
            guide.step_ask,
            guide.step_acute,
            guide.step_act,
            guide.step_checklist,
            guide.step_summary,
        ];
        for (i, step) in steps.iter().enumerate() {
            if i == 4 {
                // Choose a level, so "what to do now" shows its contacts and actions.
                let red = fill(guide.choose_level, &[("level", &"RØD")]);
                click(&mut harness, &red);
            }
            click(&mut harness, &format!("{}. {step}", i + 1));
            look(&harness, step);
        }
        click(&mut harness, t.common.menu_training);
        for part in [
            t.training.presentation,
            t.training.cases,
            t.training.self_check,
        ] {
            click(&mut harness, part);
            look(&harness, part);
        }
        click(&mut harness, t.common.menu_revision);
        for tab in [
            t.revision.overview,
            t.revision.changes,
            t.revision.save_new_version,
            t.revision.new_from_template,
        ] {
            click(&mut harness, tab);
            look(&harness, tab);
        }
        click(&mut harness, t.revision.edit);
        for section in [t.editor.contacts, t.editor.levels, t.editor.audiences] {
            click(&mut harness, section);
        }
        look(&harness, t.revision.edit);
        click(&mut harness, t.common.menu_print);
        look(&harness, t.common.menu_print);
        click(&mut harness, t.common.menu_settings);
        look(&harness, t.common.menu_settings);
        for text in [
            t.common.emergency_call,
            t.training.new_round,
            t.print.title,
            t.print.in_routine_language,
        ] {
            assert!(
                seen.iter().any(|l| l == text),
                "{language:?}: {text} never shown"
            );
        }
        let warning = format!("{}: ", t.checks.warning);
        assert!(
            seen.iter().any(|l| l.starts_with(&warning)),
            "{language:?}: the routine's warnings are worded in the window's language"
        );
    }
}

/// The language is reached and changed by keyboard alone: Tab to the menu item and the
/// language, Space to choose.
#[test]
fn the_language_is_chosen_by_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = start(&dir.path().join("innstillinger.json"));
    let mut press_on = |label: &str| {
        for _ in 0..100 {
            if harness.get_all_by_label(label).any(|n| n.is_focused()) {
                harness.key_press(egui::Key::Space);
                harness.run();
                return;
            }
            harness.key_press(egui::Key::Tab);
            harness.run();
        }
        panic!("Tab never reached «{label}»");
    };
    press_on("Innstillinger");
    press_on("English");
    assert!(shows(&harness, "Call 113"));
}

/// Saving a printable from the English window: the outcome, the warning about numbers
/// printed as gaps and a failure are in English; the PDF keeps the routine's language.
#[test]
fn an_export_from_the_english_window_reports_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("innstillinger.json");
    std::fs::write(&file, r#"{"language": "en"}"#).unwrap();
    let mut harness = start(&file);
    click(&mut harness, "Printables");
    // The checklist prints Lier's local placeholders as gaps (the card never does).
    click(&mut harness, "Referral checklist (A4)");
    type_into(&mut harness, "Folder", &dir.path().display().to_string());
    click(&mut harness, "Save PDF");
    let version = rutineveileder::checks::check_embedded(crate::support::today())
        .routine
        .unwrap()
        .metadata
        .version;
    let name = format!("sjekkliste-v{version}.pdf");
    let saved = dir.path().join(&name);
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF-"));
    let reported = harness
        .query_all_by_label_contains("has no number and is printed as “(nummer mangler)”")
        .count();
    assert!(reported > 0, "the gaps are reported in English");
    let bokmal = labels(&harness)
        .into_iter()
        .find(|l| l.contains("mangler nummer og står som"));
    assert_eq!(bokmal, None);

    type_into(&mut harness, "Folder", "/finnes/ikke");
    click(&mut harness, "Save PDF");
    let failed = format!("The printable was not saved: could not write /finnes/ikke/{name}");
    assert!(harness.query_by_label_contains(&failed).is_some());
}
