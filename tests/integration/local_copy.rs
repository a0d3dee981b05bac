//! The municipality's own copy when the shared drive is away: a Testvik routine made by
//! `rutineveileder new`, read once, is shown from this PC's copy once its file is gone or
//! broken, with a banner on every screen saying which version, from when and why; with
//! no copy, the built-in routine says plainly that it is another municipality's example.
//! The command line never uses the copy.

use std::path::{Path, PathBuf};
use std::process::Command;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;
use rutineveileder::checks::check_embedded;
use rutineveileder::local_copy::LocalCopies;

use crate::support::{launch, on_every_screen, today};

/// Testvik's routine, made by the real `new` command at `path`.
fn new_testvik(path: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .args(["new", "--municipality", "Testvik kommune", "--out"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

/// A window on `routine_file`, with its settings and its local data folder in `dir`.
fn window(dir: &Path, routine_file: &Path) -> Harness<'static, App> {
    launch([1200.0, 3000.0], &dir.join("innstillinger.json"))
        .copies(LocalCopies::in_data_folder(&dir.join("data")))
        .routine_file(Some(routine_file.to_owned()))
        .start()
}

fn shows_containing(harness: &Harness<'static, App>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

/// The share with Testvik's routine, read once by a window on this PC.
struct Testvik {
    dir: tempfile::TempDir,
    file: PathBuf,
}

fn testvik_read_once() -> Testvik {
    let dir = tempfile::tempdir().unwrap();
    let share = dir.path().join("share");
    std::fs::create_dir(&share).unwrap();
    let file = share.join("testvik.json");
    new_testvik(&file);
    let harness = window(dir.path(), &file);
    assert_eq!(harness.state().title(), "Rutineveileder – Testvik kommune");
    assert!(!shows_containing(&harness, "kunne ikke brukes"));
    Testvik { dir, file }
}

/// The copy's line: the file, and the version as it was in the file at the harness's
/// ten o'clock on 26 November 2026.
fn copy_line(file: &Path) -> String {
    format!(
        "Rutinefilen {} kunne ikke brukes. Du ser kommunens rutine slik den var i filen 26.11.2026 kl. 10:00: versjon 0.1, kopien denne PC-en tok vare på da.",
        file.display()
    )
}

#[test]
fn with_the_share_away_a_new_window_shows_testviks_copy_on_every_screen() {
    let testvik = testvik_read_once();
    let copies = testvik.dir.path().join("data/rutinekopier");
    let kept: Vec<PathBuf> = std::fs::read_dir(&copies)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(kept.len(), 2, "the copy and the note beside it: {kept:?}");
    let copy = kept
        .iter()
        .find(|p| !p.to_string_lossy().ends_with(".om.json"))
        .unwrap();
    assert_eq!(
        std::fs::read(copy).unwrap(),
        std::fs::read(&testvik.file).unwrap()
    );
    std::fs::remove_dir_all(testvik.file.parent().unwrap()).unwrap();

    let mut harness = window(testvik.dir.path(), &testvik.file);
    assert_eq!(harness.state().title(), "Rutineveileder – Testvik kommune");
    on_every_screen(&mut harness, |harness, screen| {
        assert!(
            shows_containing(harness, &copy_line(&testvik.file)),
            "{screen}: which version and from when"
        );
        assert!(
            shows_containing(harness, "Hvorfor: kan ikke lese filen: filen finnes ikke"),
            "{screen}: why"
        );
    });
}

#[test]
fn a_broken_file_shows_the_copy_and_never_replaces_it() {
    let testvik = testvik_read_once();
    let sound = std::fs::read(&testvik.file).unwrap();
    std::fs::write(&testvik.file, "{ \"format\": 1, ").unwrap();
    let harness = window(testvik.dir.path(), &testvik.file);
    assert_eq!(harness.state().title(), "Rutineveileder – Testvik kommune");
    assert!(shows_containing(&harness, &copy_line(&testvik.file)));
    assert!(shows_containing(&harness, "Hvorfor: linje 1"));
    let copies = LocalCopies::in_data_folder(&testvik.dir.path().join("data"));
    let kept = copies.kept(&testvik.file).unwrap();
    assert_eq!(kept.bytes, sound, "the broken file did not become the copy");
}

/// Approves `file` as it stands, with the real `approve` command (which seals it).
fn approve(file: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .arg("approve")
        .arg(file)
        .args(["--role", "Kommuneoverlege", "--name", "Kari Nordmann"])
        .args(["--date", "2026-11-20"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn a_file_changed_after_its_approval_is_shown_marked_and_never_replaces_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("testvik.json");
    new_testvik(&file);
    approve(&file);
    let approved = std::fs::read(&file).unwrap();
    drop(window(dir.path(), &file));
    // Someone changes the routine's owner in a text editor: the seal no longer holds.
    let text = String::from_utf8(approved.clone()).unwrap();
    let changed = text.replacen("\"owner\": \"", "\"owner\": \"Ola ", 1);
    assert_ne!(changed, text);
    std::fs::write(&file, &changed).unwrap();
    let harness = window(dir.path(), &file);
    assert!(
        shows_containing(&harness, "Endret etter godkjenning"),
        "the changed file is shown, marked"
    );
    let copies = LocalCopies::in_data_folder(&dir.path().join("data"));
    let kept = copies.kept(&file).unwrap();
    assert_eq!(kept.bytes, approved, "the copy is still the approved file");
}

#[test]
fn with_no_copy_the_built_in_routine_says_it_is_another_municipalitys_example() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("share/testvik.json");
    let harness = window(dir.path(), &file);
    let built_in = check_embedded(today()).routine.unwrap();
    let meta = &built_in.metadata;
    assert_eq!(
        harness.state().title(),
        format!("Rutineveileder – {}", meta.municipality)
    );
    let line = format!(
        "Rutinefilen {} kunne ikke brukes, og denne PC-en har ingen kopi av den. Du ser et eksempel: rutinen til {}, versjon {}, som er bygd inn i programmet. Det er ikke din kommunes rutine, og de lokale kontaktene i den er ikke dine.",
        file.display(),
        meta.municipality,
        meta.version
    );
    assert!(shows_containing(&harness, &line), "{line}");
    assert!(!dir.path().join("data").exists(), "nothing was kept");
}

/// Fills in the revision screen's form for a new version, saved to the file it offers.
fn fill_in_new_version(harness: &mut Harness<'static, App>) {
    harness.get_by_label("Revisjon").click();
    harness.run();
    harness.get_by_label("Lagre ny versjon").click();
    harness.run();
    for (field, text) in [
        ("Hva er endret (til revisjonsloggen)", "Kontakter fylt inn."),
        ("Endret av (rolle)", "Kommuneoverlege"),
    ] {
        harness.get_by_label(field).focus();
        harness.run();
        harness.get_by_label(field).type_text(text);
        harness.run();
    }
}

/// Presses «Lagre ny versjon» (the button, after the tab of the same name).
fn save_new_version(harness: &mut Harness<'static, App>) {
    harness
        .get_all_by_label("Lagre ny versjon")
        .last()
        .unwrap()
        .click();
    harness.run();
}

/// A reviser working on the copy saves over the file only while it holds what was
/// copied: with the share away nothing is made there, with a newer file back on the share
/// they are told someone else saved it, and with the copied version back it is saved over.
#[test]
fn a_reviser_on_the_copy_saves_over_the_file_only_while_it_holds_what_was_copied() {
    let testvik = testvik_read_once();
    let copied = std::fs::read(&testvik.file).unwrap();
    std::fs::remove_file(&testvik.file).unwrap();
    let mut harness = window(testvik.dir.path(), &testvik.file);
    fill_in_new_version(&mut harness);
    save_new_version(&mut harness);
    assert!(shows_containing(&harness, "Rutinefilen er borte"));
    assert!(!testvik.file.exists(), "not made on the share");

    let mut newer: serde_json::Value = serde_json::from_slice(&copied).unwrap();
    newer["metadata"]["owner"] = "Noen andre".into();
    let newer = serde_json::to_vec_pretty(&newer).unwrap();
    std::fs::write(&testvik.file, &newer).unwrap();
    save_new_version(&mut harness);
    assert!(shows_containing(
        &harness,
        "Noen andre har lagret rutinen mens du arbeidet"
    ));
    assert_eq!(
        std::fs::read(&testvik.file).unwrap(),
        newer,
        "not overwritten"
    );

    std::fs::write(&testvik.file, &copied).unwrap();
    save_new_version(&mut harness);
    assert!(shows_containing(&harness, "Versjon 0.2 er lagret"));
    let backup = testvik.file.with_file_name("testvik.v0.1.json");
    assert_eq!(std::fs::read(backup).unwrap(), copied);
}

/// The copy is for the window only: `check` and `export --routine` on a path that cannot
/// be read exit 2, though this PC has a copy of it (planted where the binary's platform
/// keeps them: on Linux under `$XDG_DATA_HOME/rutineveileder`).
#[cfg(target_os = "linux")]
#[test]
fn the_command_line_never_uses_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("testvik.json");
    new_testvik(&file);
    let data = dir.path().join("data");
    LocalCopies::in_data_folder(&data.join("rutineveileder"))
        .keep(
            &file,
            &std::fs::read(&file).unwrap(),
            crate::support::ten_on_a_working_day(),
        )
        .unwrap();
    std::fs::remove_file(&file).unwrap();
    let out = dir.path().join("kort.pdf");
    for args in [
        vec!["check".into(), file.clone().into_os_string()],
        vec![
            "export".into(),
            "pocket-card".into(),
            "--routine".into(),
            file.clone().into_os_string(),
            "--out".into(),
            out.clone().into_os_string(),
        ],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
            .args(&args)
            .env("XDG_DATA_HOME", &data)
            .env("HOME", dir.path())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("filen finnes ikke"),
            "{output:?}"
        );
    }
    assert!(!out.exists());
}

/// In a 320 × 260 pixel window at 200 % text, the banner, below the menu, leaves the 113
/// bar and the menu in view.
#[test]
fn the_banner_leaves_the_113_bar_and_the_menu_in_a_small_window_at_large_text() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("innstillinger.json");
    std::fs::write(&settings, r#"{ "text_scale_percent": 200 }"#).unwrap();
    let size = egui::vec2(160.0, 130.0);
    let mut harness = launch(size, &settings)
        .routine_file(Some(dir.path().join("borte.json")))
        .start();
    harness.run();
    assert!(shows_containing(
        &harness,
        "og denne PC-en har ingen kopi av den"
    ));
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    for label in ["Ring 113", "Meny: Samtale"] {
        let rect = harness.get_by_label(label).rect();
        assert!(screen.contains_rect(rect), "{label} at {rect:?}");
    }
}
