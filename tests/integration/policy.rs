//! IT's machine policy: `rutineveileder policy` on the real binary with a policy file
//! (the debug build's test variable), the window under a policy (a locked routine file
//! on the settings screen, Revisjon hidden, the start screen, a broken policy as a
//! notice), and the group policy template and the installer writing the keys the program
//! reads.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;
use rutineveileder::i18n::{Language, fill};
use rutineveileder::policy::{Key, Policy, REGISTRY_KEY, StartScreen, machine};

fn write(path: &Path, text: &str) -> PathBuf {
    std::fs::write(path, text).unwrap();
    path.to_owned()
}

/// A valid routine for a (fictional) municipality, named so the window's title shows
/// which routine it opened.
fn routine_for(dir: &Path, municipality: &str) -> PathBuf {
    let mut doc = crate::support::minimal();
    doc["metadata"]["municipality"] = municipality.into();
    let path = dir.join(format!("{}.json", municipality.replace(' ', "-")));
    write(&path, &serde_json::to_string_pretty(&doc).unwrap())
}

fn policy_file(dir: &Path, json: &serde_json::Value) -> PathBuf {
    write(&dir.join("policy.json"), &json.to_string())
}

fn policy_command(file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .arg("policy")
        .env(machine::TEST_FILE_VARIABLE, file)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_policy_command_prints_each_value_and_where_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let routine = dir.path().join("testvik.json");
    let file = policy_file(
        dir.path(),
        &serde_json::json!({
            "RoutinePath": routine,
            "LockRoutine": true,
            "StartScreen": "opplaering",
            "HideRevision": 1,
        }),
    );
    let output = policy_command(&file);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    let file = file.display();
    for expected in [
        format!("Lest fra (det første vinner): {file}\n"),
        format!(
            "Rutinefil (RoutinePath): {} – fra {file}: RoutinePath\n",
            routine.display()
        ),
        format!("Låst rutinefil (LockRoutine): ja – fra {file}: LockRoutine\n"),
        format!("Startskjerm (StartScreen): opplaering – fra {file}: StartScreen\n"),
        format!("Skjul Revisjon (HideRevision): ja – fra {file}: HideRevision\n"),
        "Klarerte godkjennere (AllowedSigners): ikke satt\n".to_owned(),
        format!(
            "Rutinen: {} er låst; verken --routine eller brukerens innstilling kan endre den.\n",
            routine.display()
        ),
    ] {
        assert!(out.contains(&expected), "«{expected}» not in:\n{out}");
    }
}

#[test]
fn a_broken_policy_is_reported_with_its_place_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = policy_file(
        dir.path(),
        &serde_json::json!({
            "RoutinePath": "relativ.json",
            "StartScreen": "forside",
            "Ukjent": 1,
            "HideRevision": true,
        }),
    );
    let output = policy_command(&file);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    let file = file.display();
    for expected in [
        format!("{file}: RoutinePath: advarsel: «relativ.json» er ikke en fullstendig sti"),
        format!(
            "{file}: StartScreen: advarsel: «forside» er ikke en startskjerm; bruk samtale, opplaering, revisjon, utskrifter, innstillinger"
        ),
        format!("{file}: Ukjent: advarsel: ukjent nøkkel; policyen har RoutinePath, LockRoutine"),
        format!("Skjul Revisjon (HideRevision): ja – fra {file}: HideRevision"),
        "Rutinefil (RoutinePath): ikke satt".to_owned(),
        "3 verdier i policyen kan ikke brukes; programmet ser bort fra dem.".to_owned(),
    ] {
        assert!(out.contains(&expected), "«{expected}» not in:\n{out}");
    }

    let not_json = write(&dir.path().join("policy.json"), "{ \"RoutinePath\": ");
    let output = policy_command(&not_json);
    assert_eq!(output.status.code(), Some(1));
    let expected = format!("{}: advarsel: ugyldig JSON: ", not_json.display());
    assert!(stdout(&output).contains(&expected), "{}", stdout(&output));
}

#[test]
fn without_a_policy_file_nothing_is_set() {
    let dir = tempfile::tempdir().unwrap();
    let output = policy_command(&dir.path().join("finnes-ikke.json"));
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    for key in Key::ALL {
        assert!(
            out.contains(&format!("({}): ikke satt\n", key.name())),
            "{out}"
        );
    }
    assert!(out.contains("Rutinen: ikke satt av IT;"), "{out}");
}

/// The window under a policy read from a real file, with a settings file of its own.
fn start(policy: Policy, routine_file: Option<PathBuf>, settings: &Path) -> Harness<'static, App> {
    crate::support::launch([1200.0, 6000.0], settings)
        .routine_file(routine_file)
        .policy(policy)
        .start()
}

fn shows(harness: &Harness<'static, App>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn shows_part(harness: &Harness<'static, App>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_all_by_label(label).next().unwrap().click();
    harness.run();
}

#[test]
fn a_locked_routine_file_wins_and_the_settings_screen_says_it_is_locked() {
    let dir = tempfile::tempdir().unwrap();
    let testvik = routine_for(dir.path(), "Testvik kommune");
    let own = routine_for(dir.path(), "Egenvik kommune");
    let given = routine_for(dir.path(), "Kommandovik kommune");
    let settings = write(
        &dir.path().join("innstillinger.json"),
        &serde_json::json!({ "routine_path": own }).to_string(),
    );
    let file = policy_file(
        dir.path(),
        &serde_json::json!({ "RoutinePath": testvik, "LockRoutine": true }),
    );
    let mut harness = start(machine::read_file(&file), Some(given), &settings);
    assert_eq!(harness.state().title(), "Rutineveileder – Testvik kommune");

    let t = Language::Bokmal.texts();
    click(&mut harness, t.common.menu_settings);
    let locked = fill(t.policy.routine_locked, &[("file", &testvik.display())]);
    assert!(shows(&harness, &locked), "{locked}");
    for offered in [
        t.common.use_routine_file,
        t.common.choose_file,
        t.common.use_embedded_routine,
    ] {
        assert!(
            !shows(&harness, offered),
            "«{offered}» offered under a lock"
        );
    }
    assert!(shows(&harness, t.policy.heading));
    let line = format!(
        "Rutinefil (RoutinePath): {} – fra {}: RoutinePath",
        testvik.display(),
        file.display()
    );
    assert!(shows(&harness, &line), "{line}");
    assert!(shows_part(
        &harness,
        "Låst rutinefil (LockRoutine): ja – fra"
    ));
}

/// Without the lock, IT's routine file is the default: the user's own choice wins over
/// it, and `--routine` over both.
#[test]
fn an_unlocked_routine_file_is_used_until_someone_chooses_another() {
    let dir = tempfile::tempdir().unwrap();
    let testvik = routine_for(dir.path(), "Testvik kommune");
    let own = routine_for(dir.path(), "Egenvik kommune");
    let given = routine_for(dir.path(), "Kommandovik kommune");
    let file = policy_file(dir.path(), &serde_json::json!({ "RoutinePath": testvik }));
    let policy = || machine::read_file(&file);
    let fresh = dir.path().join("ny/innstillinger.json");
    let mut harness = start(policy(), None, &fresh);
    assert_eq!(harness.state().title(), "Rutineveileder – Testvik kommune");
    let t = Language::Bokmal.texts();
    click(&mut harness, t.common.menu_settings);
    let from_it = fill(
        t.policy.routine_from_policy,
        &[("file", &testvik.display())],
    );
    assert!(shows(&harness, &from_it), "{from_it}");
    assert!(shows(&harness, t.common.use_routine_file));
    assert!(shows(&harness, t.policy.use_policy_routine));
    assert!(!shows(&harness, t.common.use_embedded_routine));

    let settings = write(
        &dir.path().join("innstillinger.json"),
        &serde_json::json!({ "routine_path": own }).to_string(),
    );
    let harness = start(policy(), None, &settings);
    assert_eq!(harness.state().title(), "Rutineveileder – Egenvik kommune");
    let harness = start(policy(), Some(given), &settings);
    assert_eq!(
        harness.state().title(),
        "Rutineveileder – Kommandovik kommune"
    );
}

#[test]
fn hide_revision_keeps_the_revision_screen_away_even_as_start_screen() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("innstillinger.json");
    let t = Language::Bokmal.texts();
    let without = start(Policy::default(), None, &settings);
    assert!(
        shows(&without, t.common.menu_revision),
        "Revisjon is there by default"
    );

    let file = policy_file(
        dir.path(),
        &serde_json::json!({ "HideRevision": true, "StartScreen": "revisjon" }),
    );
    let mut harness = start(machine::read_file(&file), None, &settings);
    assert!(!shows(&harness, t.common.menu_revision));
    assert!(
        !shows(&harness, t.revision.overview),
        "not opened as the start screen"
    );
    assert!(shows(&harness, t.common.menu_training));
    click(&mut harness, t.common.menu_settings);
    assert!(shows_part(
        &harness,
        "Skjul Revisjon (HideRevision): ja – fra"
    ));
    assert!(!shows(&harness, t.common.menu_revision));
}

#[test]
fn the_policy_start_screen_opens_first() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("innstillinger.json");
    let t = Language::Bokmal.texts();
    let file = policy_file(
        dir.path(),
        &serde_json::json!({ "StartScreen": "innstillinger" }),
    );
    let harness = start(machine::read_file(&file), None, &settings);
    assert!(shows(&harness, t.common.settings_intro));

    let file = policy_file(
        dir.path(),
        &serde_json::json!({ "StartScreen": "opplaering" }),
    );
    let harness = start(machine::read_file(&file), None, &settings);
    assert!(shows(&harness, t.training.presentation));
    assert!(!shows(&harness, t.common.settings_intro));

    let harness = start(Policy::default(), None, &settings);
    assert!(
        !shows(&harness, t.training.presentation),
        "the guide without a policy"
    );
}

#[test]
fn a_broken_policy_is_a_notice_on_every_screen_and_the_program_runs_on() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("innstillinger.json");
    let file = write(&dir.path().join("policy.json"), "{\"HideRevision\": ja}");
    let mut harness = start(machine::read_file(&file), None, &settings);
    let notice = format!(
        "OBS: IT-policyen kunne ikke brukes helt: {}: ugyldig JSON: ",
        file.display()
    );
    assert!(shows_part(&harness, "merknad"), "folded into one line");
    crate::support::open_notices(&mut harness);
    assert!(shows_part(&harness, &notice), "{notice}");
    let t = Language::Bokmal.texts();
    assert!(shows(&harness, t.common.emergency_call));
    click(&mut harness, t.common.menu_revision);
    assert!(
        shows(&harness, t.revision.overview),
        "defaults: Revisjon is there"
    );
    assert!(shows_part(&harness, &notice));
}

/// The ADMX template, its bokmål texts and the MSI write exactly the keys the program
/// reads, under the key it reads them from.
#[test]
fn the_group_policy_template_and_the_installer_write_the_keys_the_program_reads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("installer");
    let admx = std::fs::read_to_string(root.join("admx/rutineveileder.admx")).unwrap();
    let adml = std::fs::read_to_string(root.join("admx/nb-NO/rutineveileder.adml")).unwrap();
    let wxs = std::fs::read_to_string(root.join("rutineveileder.wxs")).unwrap();
    let mut value_names: Vec<&str> = admx
        .split("valueName=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    value_names.sort_unstable();
    value_names.dedup();
    let mut keys: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
    keys.sort_unstable();
    assert_eq!(value_names, keys);
    assert_eq!(
        admx.matches(&format!("key=\"{REGISTRY_KEY}\"")).count(),
        Key::ALL.len()
    );
    for screen in StartScreen::ALL {
        let item = format!("<string>{}</string>", screen.name());
        assert!(admx.contains(&item), "{item}");
    }
    for (reference, definition) in [
        ("$(string.", "<string id=\""),
        ("$(presentation.", "<presentation id=\""),
    ] {
        for id in admx
            .split(reference)
            .skip(1)
            .filter_map(|r| r.split(')').next())
        {
            assert!(
                adml.contains(&format!("{definition}{id}\"")),
                "{reference}{id}) has no text in the .adml"
            );
        }
    }
    for key in [
        Key::RoutinePath,
        Key::LockRoutine,
        Key::StartScreen,
        Key::HideRevision,
    ] {
        let written = format!("Key=\"{REGISTRY_KEY}\" Name=\"{}\"", key.name());
        assert_eq!(
            wxs.matches(&written).count(),
            2,
            "written and searched: {written}"
        );
    }
}
