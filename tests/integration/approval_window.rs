//! The seal in the window, through AccessKit: an approved file changed in a text editor
//! is shown, marked «Endret etter godkjenning» on every screen, and «Lagre ny versjon»
//! with approval seals the version it saves.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable as _;
use rutineveileder::checks::check_file;
use rutineveileder::routine::seal::seal_approval;
use rutineveileder::routine::write::{bump, to_bytes};
use rutineveileder::routine::{Approval, SealVerdict};

use crate::support::{launch, lier_copy, on_every_screen, today};

/// A copy of Lier's routine, approved and sealed on 20 November, then one phone number
/// changed in a text editor.
fn approved_then_edited(dir: &Path) -> PathBuf {
    let path = lier_copy(dir);
    let mut routine = check_file(&path, today()).unwrap().routine.unwrap();
    routine.metadata.approval = Some(Approval {
        role: "Kommuneoverlege".into(),
        name: Some("Kari Nordmann".into()),
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        seal: None,
        signature: None,
        trust: Default::default(),
    });
    seal_approval(&mut routine);
    let text = String::from_utf8(to_bytes(&routine)).unwrap();
    assert!(text.contains("\"22 40 00 40\""));
    std::fs::write(
        &path,
        text.replacen("\"22 40 00 40\"", "\"22 40 00 41\"", 1),
    )
    .unwrap();
    path
}

#[test]
fn an_approved_file_changed_by_hand_is_shown_and_marked_on_every_screen() {
    let dir = tempfile::tempdir().unwrap();
    let file = approved_then_edited(dir.path());
    let mut harness = launch([1200.0, 1600.0], &dir.path().join("innstillinger.json"))
        .routine_file(Some(file))
        .start();
    let banner = "OBS: Endret etter godkjenning: kontakter. Rutinen er ikke godkjent slik den står nå. Si fra til Virksomhet Psykisk helse og rus.";
    on_every_screen(&mut harness, |harness, screen| {
        assert!(harness.query_by_label(banner).is_some(), "{screen}");
    });
    harness.get_by_label("Revisjon").click();
    harness.run();
    // The routine in the file is shown, with where its approval stands.
    assert!(
        harness
            .query_by_label(
                "Ikke godkjent – endret etter godkjenningen 20.11.2026 av Kommuneoverlege (Kari Nordmann). Endret: kontakter (contacts). Si fra til Virksomhet Psykisk helse og rus."
            )
            .is_some()
    );
}

#[test]
fn a_new_version_saved_with_approval_is_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let file = lier_copy(dir.path());
    let version = check_file(&file, today())
        .unwrap()
        .routine
        .unwrap()
        .metadata
        .version;
    let mut harness = launch([1200.0, 8000.0], &dir.path().join("innstillinger.json"))
        .routine_file(Some(file.clone()))
        .start();
    let type_into = |harness: &mut egui_kittest::Harness<'_, _>, label: &str, text: &str| {
        harness.get_by_label(label).focus();
        harness.run();
        harness.get_by_label(label).type_text(text);
        harness.run();
    };
    harness.get_by_label("Revisjon").click();
    harness.run();
    harness.get_by_label("Lagre ny versjon").click();
    harness.run();
    type_into(
        &mut harness,
        "Hva er endret (til revisjonsloggen)",
        "Godkjent.",
    );
    type_into(
        &mut harness,
        "Endret av (rolle)",
        "Virksomhet Psykisk helse og rus",
    );
    harness
        .get_by_label("Rutinen godkjennes med denne versjonen")
        .click();
    harness.run();
    type_into(&mut harness, "Godkjent av (rolle)", "Kommuneoverlege");
    // The tab and the form's button share the name; the button comes last.
    harness
        .get_all_by_label("Lagre ny versjon")
        .last()
        .unwrap()
        .click();
    harness.run();

    let saved = check_file(&file, today()).unwrap().routine.unwrap();
    assert_eq!(saved.metadata.version, bump(&version));
    let approval = saved.metadata.approval.clone().expect("approved");
    assert_eq!(approval.role, "Kommuneoverlege");
    assert!(approval.seal.is_some());
    assert_eq!(saved.seal_verdict(), SealVerdict::Intact);
}

#[test]
fn the_mark_is_in_the_windows_language() {
    for (code, banner) in [
        (
            "nn",
            "OBS: Endra etter godkjenning: kontaktar. Rutinen er ikkje godkjend slik han står no. Sei frå til Virksomhet Psykisk helse og rus.",
        ),
        (
            "en",
            "Note: Changed after approval: contacts. The routine is not approved as it stands. Tell Virksomhet Psykisk helse og rus.",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = approved_then_edited(dir.path());
        let settings = dir.path().join("innstillinger.json");
        std::fs::write(&settings, format!("{{\"language\": \"{code}\"}}")).unwrap();
        let harness = launch([1200.0, 1600.0], &settings)
            .routine_file(Some(file))
            .start();
        assert!(harness.query_by_label(banner).is_some(), "{code}");
    }
}
