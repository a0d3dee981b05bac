//! Saving a routine as a new version: round trip, backup, refusal of errors, and a save
//! that fails part-way leaving the old file intact.

use std::io::Write as _;

use chrono::NaiveDate;
use rutineveileder::checks::{check_embedded, check_file, save, save_with};
use rutineveileder::routine::write::{
    Expected, NewVersion, SaveError, backup_path, bump, next_version,
};
use rutineveileder::routine::{Approval, Phone, Routine};

use crate::support::today;

fn lier() -> Routine {
    check_embedded(today()).routine.unwrap()
}

fn new_version(routine: &Routine) -> Routine {
    next_version(
        routine,
        &NewVersion {
            summary: "Nummer til Psykisk helse og rus fylt inn.".into(),
            by: "Virksomhet Psykisk helse og rus".into(),
            date: today(),
            approval: Some(Approval {
                role: "Kommuneoverlege".into(),
                name: None,
                date: today(),
                seal: None,
                signature: None,
                trust: Default::default(),
            }),
            next_revision: NaiveDate::from_ymd_opt(2027, 11, 26).unwrap(),
        },
    )
}

fn edited() -> Routine {
    let mut routine = lier();
    let contact = routine
        .contacts
        .iter_mut()
        .find(|c| c.id == "kirkens-sos-telefon")
        .unwrap();
    contact.what_for = "Alle som trenger noen å snakke med, døgnet rundt.".into();
    contact.phone = Phone::parse("22 40 00 40");
    contact.last_verified = Some(today());
    routine.warning_signs.groups[0].signs[0].text = "Sier at hen vil dø".into();
    new_version(&routine)
}

#[test]
fn a_saved_version_reads_back_as_edited_and_keeps_the_previous_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::support::lier_copy(dir.path());
    let routine = edited();
    let previous_version = lier().metadata.version;
    let saved = save(
        &routine,
        &path,
        Expected::Anything,
        &previous_version,
        today(),
    )
    .unwrap();
    assert!(!saved.checked.has_errors());
    assert_eq!(saved.backup, Some(backup_path(&path, &previous_version)));
    let read_back = check_file(&path, today()).unwrap();
    assert_eq!(
        read_back.routine.as_ref(),
        Some(&routine),
        "what was saved is what was edited"
    );
    assert_eq!(
        read_back.routine.unwrap().metadata.version,
        bump(&previous_version)
    );
    let backup = backup_path(&path, &previous_version);
    assert_eq!(
        backup.file_name().unwrap().to_string_lossy(),
        format!("lier.v{previous_version}.json")
    );
    let previous = check_file(&backup, today()).unwrap().routine.unwrap();
    assert_eq!(previous, lier(), "the previous version still exists");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
    // The saved file passes the checker too.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .args(["check", &path.display().to_string()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_routine_with_errors_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lier.json");
    std::fs::write(&path, b"old").unwrap();
    let mut routine = edited();
    routine.levels[1].title = "  ".into();
    routine.contacts[0].id = "kirkens-sos-telefon".into();
    match save(
        &routine,
        &path,
        Expected::Anything,
        &lier().metadata.version,
        today(),
    ) {
        Err(SaveError::Invalid(errors)) => assert!(errors >= 2, "{errors}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), b"old");
    assert!(!backup_path(&path, &lier().metadata.version).exists());
}

#[test]
fn a_save_that_fails_part_way_leaves_the_old_file_intact_and_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::support::lier_copy(dir.path());
    let before = std::fs::read(&path).unwrap();
    // Half the file is written, then the disk "fills up".
    let version = lier().metadata.version;
    let anything = Expected::Anything;
    let result = save_with(
        &edited(),
        &path,
        anything,
        &version,
        today(),
        |temporary, bytes| {
            let mut file = std::fs::File::create(temporary)?;
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(std::io::Error::other("disken er full"))
        },
    );
    assert!(matches!(result, Err(SaveError::Io { .. })), "{result:?}");
    assert!(result.unwrap_err().to_string().contains("disken er full"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the old file is untouched"
    );
    assert!(
        check_file(&path, today()).unwrap().routine.is_some(),
        "and still readable"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
