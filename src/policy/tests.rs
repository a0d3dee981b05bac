//! Reading a policy from its sources, combining them, and the decisions taken with it.

use std::path::{Path, PathBuf};

use super::*;

fn text(value: &str) -> Raw {
    Raw::Text(value.to_owned())
}

fn registry(values: &[(&str, Raw)]) -> Policy {
    let values = values.iter().map(|(k, v)| ((*k).to_owned(), v.clone()));
    Policy::from_values(Source::Registry, values)
}

fn file(json: &str) -> Policy {
    Policy::from_file_bytes(
        Path::new("/etc/rutineveileder/policy.json"),
        json.as_bytes(),
    )
}

fn file_source() -> Source {
    Source::File(PathBuf::from("/etc/rutineveileder/policy.json"))
}

#[test]
fn a_file_with_every_key_is_read_with_its_source() {
    let policy = file(
        r#"{
            "RoutinePath": "/srv/rutiner/lier.json",
            "LockRoutine": true,
            "StartScreen": "opplaering",
            "HideRevision": 1,
            "AllowedSigners": "/srv/rutiner/allowed_signers"
        }"#,
    );
    assert_eq!(policy.problems, vec![]);
    let set = |value| Set {
        value,
        source: file_source(),
    };
    assert_eq!(
        policy.routine_path,
        Some(set(PathBuf::from("/srv/rutiner/lier.json")))
    );
    assert_eq!(policy.lock_routine.map(|s| s.value), Some(true));
    assert_eq!(
        policy.start_screen.map(|s| s.value),
        Some(StartScreen::Training)
    );
    assert_eq!(policy.hide_revision.map(|s| s.value), Some(true));
    assert_eq!(
        policy.allowed_signers.map(|s| s.value),
        Some(PathBuf::from("/srv/rutiner/allowed_signers"))
    );
    assert_eq!(policy.looked_in, vec![file_source()]);
}

/// The registry's names are case-blind, and group policy writes yes/no as a DWORD while
/// the MSI writes a text: both are read.
#[test]
fn registry_values_in_any_case_as_numbers_or_texts() {
    let policy = registry(&[
        ("routinepath", text("/srv/rutiner/lier.json")),
        ("LOCKROUTINE", Raw::Number(1)),
        ("HideRevision", text("0")),
        ("StartScreen", text(" Utskrifter ")),
    ]);
    assert_eq!(policy.problems, vec![]);
    assert!(policy.locked_routine().is_some());
    assert!(!policy.hides_revision());
    assert_eq!(
        policy.start_screen.map(|s| s.value),
        Some(StartScreen::Print)
    );
    assert_eq!(policy.routine_path.unwrap().source, Source::Registry);
}

/// An MSI run without a property writes nothing; an empty text counts as not set, not
/// as a mistake.
#[test]
fn empty_texts_are_not_set() {
    let policy = registry(&[
        ("RoutinePath", text("")),
        ("LockRoutine", text(" ")),
        ("StartScreen", text("")),
    ]);
    assert!(policy.is_empty(), "{policy:?}");
}

#[test]
fn each_wrong_value_is_left_out_with_its_key_and_what_was_there() {
    let policy = file(
        r#"{
            "RoutinePath": "rutiner/lier.json",
            "LockRoutine": "kanskje",
            "StartScreen": "forsiden",
            "HideRevision": [1],
            "AllowedSigners": 7,
            "RutinePath": "/srv/x.json"
        }"#,
    );
    assert!(policy.routine_path.is_none());
    assert!(policy.lock_routine.is_none());
    assert!(policy.start_screen.is_none());
    assert!(policy.hide_revision.is_none());
    assert!(policy.allowed_signers.is_none());
    let found: Vec<(Option<&str>, &Fault)> = policy
        .problems
        .iter()
        .map(|p| (p.key.as_deref(), &p.fault))
        .collect();
    let expected = [
        (
            Some("RoutinePath"),
            Fault::NotAPath(text("rutiner/lier.json")),
        ),
        (Some("LockRoutine"), Fault::NotYesNo(text("kanskje"))),
        (Some("StartScreen"), Fault::NotAScreen(text("forsiden"))),
        (Some("HideRevision"), Fault::NotYesNo(Raw::Other)),
        (Some("AllowedSigners"), Fault::NotAPath(Raw::Number(7))),
        (Some("RutinePath"), Fault::UnknownKey),
    ];
    for (key, fault) in &expected {
        assert!(
            found.contains(&(*key, fault)),
            "{key:?} {fault:?} not in {found:?}"
        );
    }
    assert_eq!(found.len(), expected.len());
    assert!(policy.problems.iter().all(|p| p.source == file_source()));
}

#[test]
fn a_broken_file_is_one_problem_and_no_values() {
    for (json, fault) in [
        ("{ \"RoutinePath\": ", None),
        ("[\"RoutinePath\"]", Some(Fault::NotAnObject)),
        ("\"/srv/lier.json\"", Some(Fault::NotAnObject)),
        ("", None),
    ] {
        let policy = file(json);
        assert_eq!(policy.problems.len(), 1, "{json}");
        let problem = &policy.problems[0];
        assert_eq!(problem.key, None);
        match fault {
            Some(fault) => assert_eq!(problem.fault, fault),
            None => assert!(matches!(problem.fault, Fault::NotJson(_)), "{json}"),
        }
        assert!(policy.routine_path.is_none());
        assert_eq!(problem.place(), "/etc/rutineveileder/policy.json");
    }
    let with_bom = file("\u{feff}{\"HideRevision\": true}");
    assert!(with_bom.problems.is_empty());
    assert!(with_bom.hides_revision());
}

/// The registry wins over the file key by key: the file still sets what the registry
/// does not, and a broken registry value leaves the file's in force.
#[test]
fn the_registry_wins_over_the_file_key_by_key() {
    let from_registry = registry(&[
        ("RoutinePath", text("/srv/gpo/lier.json")),
        ("StartScreen", text("ukjent")),
    ]);
    let from_file = file(
        r#"{"RoutinePath": "/srv/fil/lier.json", "StartScreen": "opplaering", "HideRevision": true}"#,
    );
    let policy = Policy::combined([from_registry, from_file]);
    let routine = policy.routine_path.as_ref().unwrap();
    assert_eq!(routine.value, PathBuf::from("/srv/gpo/lier.json"));
    assert_eq!(routine.source, Source::Registry);
    assert_eq!(
        routine.place(Key::RoutinePath).to_string(),
        r"HKLM\SOFTWARE\Policies\Rutineveileder\RoutinePath"
    );
    let screen = policy.start_screen.as_ref().unwrap();
    assert_eq!(
        (screen.value, &screen.source),
        (StartScreen::Training, &file_source())
    );
    assert_eq!(
        screen.place(Key::StartScreen).to_string(),
        "/etc/rutineveileder/policy.json: StartScreen"
    );
    assert!(policy.hides_revision());
    assert_eq!(policy.looked_in, vec![Source::Registry, file_source()]);
    assert_eq!(policy.problems.len(), 1);
    assert_eq!(
        policy.problems[0].place(),
        r"HKLM\SOFTWARE\Policies\Rutineveileder\StartScreen"
    );
}

#[test]
fn a_lock_with_no_path_locks_nothing_and_says_so() {
    let policy = Policy::combined([registry(&[("LockRoutine", Raw::Number(1))])]);
    assert!(policy.lock_routine.is_none());
    assert_eq!(policy.problems.len(), 1);
    assert_eq!(policy.problems[0].fault, Fault::LockWithoutPath);
    let choice = policy.routine_file(None, Some(Path::new("/home/a/egen.json")));
    assert_eq!(choice.from, RoutineFrom::UserSetting);
}

/// The routine's precedence: a locked policy path > `--routine` > the user's setting > an
/// unlocked policy path > the built-in routine.
#[test]
fn the_routine_file_follows_the_precedence() {
    let it = "/srv/it/lier.json";
    let locked = Policy::combined([registry(&[
        ("RoutinePath", text(it)),
        ("LockRoutine", Raw::Number(1)),
    ])]);
    let unlocked = Policy::combined([registry(&[
        ("RoutinePath", text(it)),
        ("LockRoutine", Raw::Number(0)),
    ])]);
    let none = Policy::default();
    let command_line = Some(Path::new("/tmp/kommandolinje.json"));
    let setting = Some(Path::new("/home/a/egen.json"));
    let cases = [
        (
            &locked,
            command_line,
            setting,
            Some(it),
            RoutineFrom::LockedPolicy,
        ),
        (&locked, None, None, Some(it), RoutineFrom::LockedPolicy),
        (
            &unlocked,
            command_line,
            setting,
            command_line.and_then(Path::to_str),
            RoutineFrom::CommandLine,
        ),
        (
            &unlocked,
            None,
            setting,
            setting.and_then(Path::to_str),
            RoutineFrom::UserSetting,
        ),
        (&unlocked, None, None, Some(it), RoutineFrom::Policy),
        (
            &none,
            command_line,
            setting,
            command_line.and_then(Path::to_str),
            RoutineFrom::CommandLine,
        ),
        (
            &none,
            None,
            setting,
            setting.and_then(Path::to_str),
            RoutineFrom::UserSetting,
        ),
        (&none, None, None, None, RoutineFrom::BuiltIn),
    ];
    for (policy, command_line, setting, path, from) in cases {
        let choice = policy.routine_file(command_line, setting);
        assert_eq!(
            choice,
            RoutineChoice {
                path: path.map(PathBuf::from),
                from
            },
            "{command_line:?} {setting:?}"
        );
    }
}

/// The environment variable wins (training rooms); the revision screen is never the
/// start screen where the policy hides it.
#[test]
fn the_start_screen_takes_the_environment_first_and_respects_a_hidden_revision() {
    let policy = file(r#"{"StartScreen": "utskrifter"}"#);
    assert_eq!(policy.start_screen(None), Some(StartScreen::Print));
    assert_eq!(
        policy.start_screen(Some("opplaering")),
        Some(StartScreen::Training)
    );
    assert_eq!(
        policy.start_screen(Some("tull")),
        Some(StartScreen::Print),
        "an unknown name in the environment leaves the policy's"
    );
    assert_eq!(Policy::default().start_screen(None), None);

    let hidden = file(r#"{"StartScreen": "revisjon", "HideRevision": true}"#);
    assert_eq!(hidden.start_screen(None), None);
    assert_eq!(hidden.start_screen(Some("revisjon")), None);
    assert_eq!(
        hidden.start_screen(Some("samtale")),
        Some(StartScreen::Guide)
    );
}

#[test]
fn every_start_screen_name_reads_back() {
    for screen in StartScreen::ALL {
        assert_eq!(StartScreen::from_name(screen.name()), Some(screen));
    }
    for key in Key::ALL {
        assert_eq!(Key::from_name(key.name()), Some(key));
    }
}

#[test]
fn a_missing_file_is_no_policy_and_an_unreadable_one_is_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("policy.json");
    let policy = machine::read_file(&missing);
    assert!(policy.is_empty());
    assert_eq!(policy.looked_in, vec![Source::File(missing.clone())]);

    let folder = machine::read_file(dir.path());
    assert!(
        matches!(
            folder.problems[..],
            [Problem {
                fault: Fault::Unreadable(_),
                ..
            }]
        ),
        "{folder:?}"
    );

    std::fs::write(&missing, vec![b' '; MAX_FILE_BYTES as usize + 1]).unwrap();
    let large = machine::read_file(&missing);
    assert_eq!(large.problems[0].fault, Fault::TooLarge);

    std::fs::write(&missing, br#"{"HideRevision": "1"}"#).unwrap();
    assert!(machine::read_file(&missing).hides_revision());
}
