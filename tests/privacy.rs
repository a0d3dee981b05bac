//! Proof that the program stores no personal data: complete conversations are driven
//! through every step, every box is ticked and a marker is typed into every text field
//! there is, with HOME, the XDG folders and APPDATA pointed at a temporary folder. Then
//! the window is closed, and no file but the settings file and the copy of the routine
//! file in use may exist, and none may hold the marker.
//!
//! A test binary of its own, with one test, so pointing the environment at the temporary
//! folder affects nothing else.

// A test that unwraps fails where it should; the test harness's own setup (the
// environment, a fresh HOME) needs unsafe in this edition.
#![allow(clippy::unwrap_used, clippy::expect_used, unsafe_code)]

// The harness is built in one place for every test; this crate uses only that part.
#[allow(dead_code)]
#[path = "integration/support.rs"]
mod support;

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;
use rutineveileder::local_copy::LocalCopies;
use rutineveileder::settings::SettingsStore;

const MARKER: &str = "PERSONVERN-MARKOR-7f3c";

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found
}

fn click_all(harness: &mut Harness<'static, App>, role: Role) -> usize {
    let count = harness.query_all_by_role(role).count();
    for i in 0..count {
        if let Some(node) = harness.query_all_by_role(role).nth(i) {
            node.click();
        }
        harness.run();
    }
    count
}

fn type_everywhere(harness: &mut Harness<'static, App>) -> usize {
    let mut typed = 0;
    for role in [Role::TextInput, Role::MultilineTextInput] {
        let count = harness.query_all_by_role(role).count();
        for i in 0..count {
            let Some(node) = harness.query_all_by_role(role).nth(i) else {
                continue;
            };
            node.focus();
            harness.run();
            if let Some(node) = harness.query_all_by_role(role).nth(i) {
                node.type_text(MARKER);
                typed += 1;
            }
            harness.run();
        }
    }
    typed
}

fn go(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_all_by_label(label).next().unwrap().click();
    harness.run();
}

#[test]
fn nothing_from_a_conversation_is_written_anywhere() {
    let home = tempfile::tempdir().unwrap();
    for (var, sub) in [
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("APPDATA", "AppData/Roaming"),
        ("LOCALAPPDATA", "AppData/Local"),
    ] {
        let dir = home.path().join(sub);
        std::fs::create_dir_all(&dir).unwrap();
        // SAFETY: this test binary has this one test, and sets the environment before it
        // starts any thread of its own.
        unsafe { std::env::set_var(var, &dir) };
    }
    let store = SettingsStore::platform();
    let settings_file = store.path().expect("a config folder").to_owned();
    assert!(settings_file.starts_with(home.path()), "{settings_file:?}");

    // The routine file in use, on a "share" outside HOME; its copy is kept in the
    // platform's local data folder.
    let share = tempfile::tempdir().unwrap();
    let routine_file = support::lier_copy(share.path());
    let copies = LocalCopies::platform();
    let copy_folder = copies.folder().expect("a local data folder").to_owned();
    assert!(copy_folder.starts_with(home.path()), "{copy_folder:?}");

    // The program's own settings file, where the platform puts it under this HOME.
    let mut harness = support::launch([1200.0, 12000.0], &settings_file)
        .copies(copies)
        .routine_file(Some(routine_file.clone()))
        .start();

    // A setting changed, so the settings file is written (the one file allowed).
    go(&mut harness, "Innstillinger");
    go(&mut harness, "Mørkt");
    let typed_in_settings = type_everywhere(&mut harness);

    let mut ticked = 0;
    let mut typed = typed_in_settings;
    for audience in [
        "Barn og unge (under 18 år)",
        "Voksne",
        "Eldre",
        "Etterlatte og berørte etter selvmord",
    ] {
        go(&mut harness, "Samtale");
        go(&mut harness, "1. Hvem gjelder det?");
        go(&mut harness, audience);
        for step in [
            "2. Hva merker du?",
            "3. Spør direkte",
            "4. Er det akutt?",
            "5. Hva gjør du nå?",
            "6. Før dere skilles",
            "7. Oppsummering",
        ] {
            go(&mut harness, step);
            for header in [
                "Risikofaktorer",
                "Situasjoner som bør skjerpe oppmerksomheten",
                "Beskyttelsesfaktorer – hva gir personen styrke?",
            ] {
                if harness.query_by_label(header).is_some() && step == "2. Hva merker du?" {
                    go(&mut harness, header);
                }
            }
            ticked += click_all(&mut harness, Role::CheckBox);
            typed += type_everywhere(&mut harness);
        }
        go(&mut harness, "Kopier oppsummering");
        go(&mut harness, "Nullstill");
    }
    go(&mut harness, "Utskrifter");
    typed += type_everywhere(&mut harness);
    go(&mut harness, "Opplæring");
    go(&mut harness, "Egenkontroll");
    ticked += click_all(&mut harness, Role::Button);
    go(&mut harness, "Revisjon");
    go(&mut harness, "Rediger");
    typed += type_everywhere(&mut harness);
    go(&mut harness, "Samtale");
    if harness.query_by_label("Forkast endringene").is_some() {
        go(&mut harness, "Forkast endringene");
    }
    assert!(ticked > 100, "only {ticked} boxes ticked");
    assert!(typed >= 5, "only {typed} fields typed into");

    // Close the window the way a user does.
    harness.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    harness.run();
    drop(harness);

    let mut files = files_under(home.path());
    files.sort();
    let mut copy = files_under(&copy_folder);
    copy.sort();
    let mut expected = [vec![settings_file.clone()], copy.clone()].concat();
    expected.sort();
    assert_eq!(
        files, expected,
        "only the settings file and the routine's copy may be written"
    );
    // The copy: the routine file's bytes, and beside them which file and when.
    let [kept, about] = copy.as_slice() else {
        panic!("the copy and its note: {copy:?}");
    };
    assert_eq!(
        std::fs::read(kept).unwrap(),
        std::fs::read(&routine_file).unwrap()
    );
    let about = std::fs::read_to_string(about).unwrap();
    assert!(!about.contains(MARKER), "the marker is beside the copy");
    let keys: Vec<String> =
        serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&about)
            .unwrap()
            .keys()
            .cloned()
            .collect();
    assert_eq!(keys, ["file", "read", "sha256"]);
    let settings = std::fs::read_to_string(&settings_file).unwrap();
    assert!(
        !settings.contains(MARKER),
        "the marker is in the settings file"
    );
    let keys: Vec<String> =
        serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&settings)
            .unwrap()
            .keys()
            .cloned()
            .collect();
    assert_eq!(
        keys,
        [
            "language",
            "routine_path",
            "sector",
            "text_scale_percent",
            "theme"
        ]
    );
    let routine = rutineveileder::checks::check_embedded(support::today())
        .routine
        .unwrap();
    for item in routine.all_items() {
        assert!(
            !settings.contains(&item.id) && !settings.contains(&item.text),
            "a choice is in the settings file"
        );
    }
}
