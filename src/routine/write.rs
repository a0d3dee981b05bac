//! Writes a routine back to JSON in the file format `read.rs` reads, field order as in
//! `routines/lier.json`, and saves it as a new version: atomically, keeping the previous
//! file under a name no other file has, never when the result has errors, and never over
//! a file that is no longer the one loaded.

use std::collections::HashSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use super::format::{FORMAT_VERSION, WEEKDAYS, key};
use super::hours::{Schedule, TimeOfDay, TimeRange, WeeklyPeriod};
use super::load::{Checked, FileDigest, Fit, check_bytes};
use super::model::{Approval, OpeningHours, Phone, RetiredId, Revision, Routine};

impl Serialize for Phone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.display)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for TimeRange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("from", &self.from)?;
        map.serialize_entry("to", &self.to)?;
        map.end()
    }
}

impl Serialize for WeeklyPeriod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let days: Vec<&str> = self.days.iter().map(|d| key(&WEEKDAYS, d)).collect();
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("days", &days)?;
        map.serialize_entry("from", &self.range.from)?;
        map.serialize_entry("to", &self.range.to)?;
        map.end()
    }
}

impl Serialize for OpeningHours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        match &self.schedule {
            Schedule::AlwaysOpen => map.serialize_entry("always_open", &true)?,
            Schedule::Weekly {
                periods,
                public_holidays,
            } => {
                map.serialize_entry("weekly", periods)?;
                if !public_holidays.is_empty() {
                    map.serialize_entry("public_holidays", public_holidays)?;
                }
            }
        }
        if let Some(note) = &self.note {
            map.serialize_entry("note", note)?;
        }
        map.end()
    }
}

/// The whole file: the format version, then the routine.
struct File<'a>(&'a Routine);

impl Serialize for File<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let mut file = s.serialize_struct("Routine", 25)?;
        file.serialize_field("format", &FORMAT_VERSION)?;
        file.serialize_field("metadata", &r.metadata)?;
        file.serialize_field("idle_reset_minutes", &r.idle_reset_minutes)?;
        file.serialize_field("sources", &r.sources)?;
        file.serialize_field("audiences", &r.audiences)?;
        file.serialize_field("sectors", &r.sectors)?;
        file.serialize_field("purpose", &r.purpose)?;
        file.serialize_field("key_messages", &r.key_messages)?;
        file.serialize_field("warning_signs", &r.warning_signs)?;
        file.serialize_field("risk_factors", &r.risk_factors)?;
        file.serialize_field("protective_factors", &r.protective_factors)?;
        file.serialize_field("triggering_situations", &r.triggering_situations)?;
        file.serialize_field("ask", &r.ask)?;
        if let Some(rule) = &r.level_rule {
            file.serialize_field("level_rule", rule)?;
        }
        file.serialize_field("levels", &r.levels)?;
        file.serialize_field("contacts", &r.contacts)?;
        file.serialize_field("checklist", &r.checklist)?;
        file.serialize_field("guidance", &r.guidance)?;
        file.serialize_field("aftercare", &r.aftercare)?;
        file.serialize_field("cases", &r.cases)?;
        file.serialize_field("self_check", &r.self_check)?;
        if let Some(course) = &r.course {
            file.serialize_field("course", course)?;
        }
        if !r.poster_messages.is_empty() {
            file.serialize_field("poster_messages", &r.poster_messages)?;
        }
        file.serialize_field("poster_contacts", &r.poster_contacts)?;
        if let Some(card) = &r.pocket_card {
            file.serialize_field("pocket_card", card)?;
        }
        if !r.retired_ids.is_empty() {
            file.serialize_field("retired_ids", &r.retired_ids)?;
        }
        file.end()
    }
}

/// The routine as the bytes of a routine file (pretty JSON, UTF-8, a final newline).
pub fn to_bytes(routine: &Routine) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(&File(routine)).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// What the person saving a new version records.
#[derive(Debug, Clone, PartialEq)]
pub struct NewVersion {
    pub summary: String,
    pub by: String,
    pub date: NaiveDate,
    /// Set when the routine is approved with this version.
    pub approval: Option<Approval>,
    pub next_revision: NaiveDate,
}

/// The next version number: "0.1" → "0.2", "1" → "1.1".
pub fn bump(version: &str) -> String {
    let mut parts: Vec<u64> = version.split('.').filter_map(|p| p.parse().ok()).collect();
    match parts.len() {
        0 => "1.0".to_owned(),
        1 => format!("{}.1", parts[0]),
        _ => {
            if let Some(last) = parts.last_mut() {
                *last += 1;
            }
            parts
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(".")
        }
    }
}

/// The routine as the next version: bumped version, revision log entry, approval and
/// next revision date. The approval of an earlier version does not carry over: a new
/// version is approved only when it is approved with it.
pub fn next_version(routine: &Routine, change: &NewVersion) -> Routine {
    let mut next = routine.clone();
    let meta = &mut next.metadata;
    meta.version = bump(&meta.version);
    meta.revision_log.push(Revision {
        version: meta.version.clone(),
        date: change.date,
        by: change.by.clone(),
        summary: change.summary.clone(),
    });
    meta.approval = change.approval.clone();
    meta.next_revision = change.next_revision;
    next
}

/// Retires the id of every content item, contact, case and self-check question that
/// `before` had and `after` has not, in `after`'s version, so a deleted or merged id is
/// never used again for something else. Ids already retired are not listed twice.
pub fn retire_removed(before: &Routine, after: &mut Routine) {
    let kept: HashSet<&str> = after.removable_ids().collect();
    let retired: HashSet<&str> = after.retired_ids.iter().map(|r| r.id.as_str()).collect();
    let gone: Vec<RetiredId> = before
        .removable_ids()
        .filter(|id| !kept.contains(id) && !retired.contains(id))
        .map(|id| RetiredId {
            id: id.to_owned(),
            version: after.metadata.version.clone(),
        })
        .collect();
    after.retired_ids.extend(gone);
}

/// Why a routine was not saved (`i18n` words it).
#[derive(Debug)]
pub enum SaveError {
    /// The routine has this many errors.
    Invalid(usize),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file at `path` is no longer the one loaded: someone saved over it since, or it
    /// was moved or deleted (`on_disk` is then `None`). Nothing was written.
    Conflict {
        path: PathBuf,
        on_disk: Option<Vec<u8>>,
    },
}

/// What must be at the path for a save to go ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// The file loaded or last saved there, unchanged: bytes with this digest. Anything
    /// else there, or nothing, is a conflict.
    Unchanged(FileDigest),
    /// Whatever is there, or nothing: a place the user chose. A file there is kept as a
    /// backup.
    Anything,
}

/// A version saved: its check, the digest of the bytes written (the file as it now is),
/// and the backup the file it replaced is kept as, when there was one.
#[derive(Debug)]
pub struct Saved {
    pub checked: Checked,
    pub digest: FileDigest,
    pub backup: Option<PathBuf>,
}

/// The file the previous version is kept in: `lier.json` → `lier.v0.1.json`.
pub fn backup_path(path: &Path, previous_version: &str) -> PathBuf {
    numbered_backup_path(path, previous_version, 1)
}

/// The `n`th name for a backup of a version: `lier.v0.1.json`, then `lier.v0.1-2.json`,
/// `lier.v0.1-3.json` …
fn numbered_backup_path(path: &Path, previous_version: &str, n: u32) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let number = if n > 1 {
        format!("-{n}")
    } else {
        String::new()
    };
    path.with_file_name(format!("{stem}.v{previous_version}{number}.json"))
}

/// How many names a backup of one version may try before saving gives up.
const MOST_BACKUPS_OF_A_VERSION: u32 = 999;

/// Keeps `bytes`, the file at `path` about to be replaced, as a backup of
/// `previous_version` under the first of its names no file has, and says which. It never
/// replaces a file: a name taken is passed over, unless the file there holds these very
/// bytes and so already is this backup.
pub fn keep_backup(path: &Path, previous_version: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    for n in 1..=MOST_BACKUPS_OF_A_VERSION {
        let candidate = numbered_backup_path(path, previous_version, n);
        let created = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate);
        match created {
            Ok(mut file) => {
                let written = file.write_all(bytes).and_then(|()| file.sync_all());
                return match written {
                    Ok(()) => Ok(candidate),
                    Err(error) => {
                        drop(file);
                        let _ = fs::remove_file(&candidate);
                        Err(error)
                    }
                };
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                if fs::read(&candidate).is_ok_and(|there| there == bytes) {
                    return Ok(candidate);
                }
            }
            Err(error) => return Err(error),
        }
    }
    Err(std::io::ErrorKind::AlreadyExists.into())
}

/// Saves `routine` to `path`: checks the bytes it would write, with `fit` (nothing with
/// errors is written), checks that the file there is what `expected` says (else nothing is
/// written), keeps that file as a backup (`keep_backup`), writes a temporary file beside
/// the target, flushes it to disk and renames it over the target. A failure at any point
/// leaves the old file as it was.
pub fn save(
    routine: &Routine,
    path: &Path,
    expected: Expected,
    previous_version: &str,
    today: NaiveDate,
    fit: Fit,
) -> Result<Saved, SaveError> {
    save_with(
        routine,
        path,
        expected,
        previous_version,
        today,
        fit,
        |temporary, bytes| {
            let mut file = fs::File::create(temporary)?;
            file.write_all(bytes)?;
            file.sync_all()
        },
    )
}

/// `save`, with the writing of the temporary file given, so tests can make it fail.
pub fn save_with(
    routine: &Routine,
    path: &Path,
    expected: Expected,
    previous_version: &str,
    today: NaiveDate,
    fit: Fit,
    write_temporary: impl FnOnce(&Path, &[u8]) -> std::io::Result<()>,
) -> Result<Saved, SaveError> {
    let bytes = to_bytes(routine);
    let checked = check_bytes(&bytes, today, fit);
    if checked.has_errors() {
        return Err(SaveError::Invalid(checked.count(super::Severity::Error)));
    }
    let io = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let on_disk = match fs::read(path) {
        Ok(old) => Some(old),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(io(error)),
    };
    if let Expected::Unchanged(loaded) = expected
        && on_disk.as_deref().map(FileDigest::of) != Some(loaded)
    {
        return Err(SaveError::Conflict {
            path: path.to_owned(),
            on_disk,
        });
    }
    let backup = match &on_disk {
        Some(old) => Some(keep_backup(path, previous_version, old).map_err(io)?),
        None => None,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.tmp"));
    let result = write_temporary(&temporary, &bytes).and_then(|()| fs::rename(&temporary, path));
    if let Err(error) = result {
        let _ = fs::remove_file(&temporary);
        return Err(io(error));
    }
    Ok(Saved {
        checked,
        digest: FileDigest::of(&bytes),
        backup,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{check_bytes, check_embedded};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn lier() -> Routine {
        check_embedded(today()).routine.unwrap()
    }

    #[test]
    fn writing_and_reading_back_gives_the_same_routine() {
        let routine = lier();
        let checked = check_bytes(&to_bytes(&routine), today());
        assert!(!checked.has_errors(), "{:#?}", checked.problems);
        assert_eq!(checked.routine.unwrap(), routine);
    }

    #[test]
    fn a_backup_takes_the_next_free_name_and_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lier.json");
        let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
        let first = keep_backup(&path, "0.3", b"den godkjente").unwrap();
        assert_eq!(name(&first), "lier.v0.3.json");
        let second = keep_backup(&path, "0.3", b"en annen 0.3").unwrap();
        assert_eq!(name(&second), "lier.v0.3-2.json");
        let third = keep_backup(&path, "0.3", b"en tredje").unwrap();
        assert_eq!(name(&third), "lier.v0.3-3.json");
        assert_eq!(
            fs::read(&first).unwrap(),
            b"den godkjente",
            "never replaced"
        );
        assert_eq!(fs::read(&second).unwrap(), b"en annen 0.3");
        let again = keep_backup(&path, "0.3", b"en annen 0.3").unwrap();
        assert_eq!(again, second, "the same bytes are already kept there");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 3);
    }

    fn save_over(path: &Path, expected: Expected) -> Result<Saved, SaveError> {
        let routine = lier();
        let version = routine.metadata.version.clone();
        save(
            &routine,
            path,
            expected,
            &version,
            today(),
            crate::export::check_fit,
        )
    }

    #[test]
    fn a_file_saved_over_since_it_was_loaded_is_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lier.json");
        fs::write(&path, b"lastet inn").unwrap();
        let loaded = FileDigest::of(b"lastet inn");
        let saved = save_over(&path, Expected::Unchanged(loaded)).unwrap();
        assert_eq!(saved.digest, FileDigest::of(&fs::read(&path).unwrap()));
        let backup = saved.backup.unwrap();
        assert_eq!(fs::read(&backup).unwrap(), b"lastet inn");
        // Someone else saves; a save still expecting the file first loaded is refused.
        fs::write(&path, b"deres versjon").unwrap();
        match save_over(&path, Expected::Unchanged(loaded)) {
            Err(SaveError::Conflict { on_disk, .. }) => {
                assert_eq!(on_disk.as_deref(), Some(&b"deres versjon"[..]));
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(
            fs::read(&path).unwrap(),
            b"deres versjon",
            "not overwritten"
        );
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            2,
            "no new backup"
        );
        // The file saved last is the one expected next time.
        let theirs = FileDigest::of(b"deres versjon");
        assert!(save_over(&path, Expected::Unchanged(theirs)).is_ok());
    }

    #[test]
    fn a_file_gone_since_it_was_loaded_is_a_conflict_not_a_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lier.json");
        let loaded = FileDigest::of(b"lastet inn");
        match save_over(&path, Expected::Unchanged(loaded)) {
            Err(SaveError::Conflict { on_disk: None, .. }) => {}
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert!(!path.exists());
        let saved = save_over(&path, Expected::Anything).unwrap();
        assert_eq!(saved.backup, None, "nothing was there to keep");
        assert!(path.exists());
    }

    #[test]
    fn versions_bump_their_last_number() {
        assert_eq!(bump("0.1"), "0.2");
        assert_eq!(bump("1.9"), "1.10");
        assert_eq!(bump("2"), "2.1");
        assert_eq!(bump("2026.1.3"), "2026.1.4");
    }

    #[test]
    fn a_new_version_records_itself_in_the_log() {
        let routine = lier();
        let next = next_version(
            &routine,
            &NewVersion {
                summary: "Nytt nummer til Psykisk helse og rus.".into(),
                by: "Kommuneoverlege".into(),
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
        );
        let expected = bump(&routine.metadata.version);
        assert_eq!(next.metadata.version, expected);
        let last = next.metadata.revision_log.last().unwrap();
        assert_eq!(
            (last.version.as_str(), last.summary.as_str()),
            (expected.as_str(), "Nytt nummer til Psykisk helse og rus.")
        );
        assert_eq!(
            next.metadata.approval.as_ref().unwrap().role,
            "Kommuneoverlege"
        );
    }

    #[test]
    fn a_deleted_id_is_retired_in_the_new_version_and_refused_when_it_comes_back() {
        let before = lier();
        let mut after = before.clone();
        let criterion = after.levels[2].criteria.pop().unwrap();
        let case = after.cases.pop().unwrap();
        for c in &mut after.cases {
            c.criteria.retain(|id| *id != criterion.id);
        }
        after.metadata.version = bump(&before.metadata.version);
        let earlier = after.retired_ids.len();
        retire_removed(&before, &mut after);
        let added: Vec<(&str, &str)> = after.retired_ids[earlier..]
            .iter()
            .map(|r| (r.id.as_str(), r.version.as_str()))
            .collect();
        let version = after.metadata.version.as_str();
        assert_eq!(
            added,
            [
                (criterion.id.as_str(), version),
                (case.id.as_str(), version)
            ]
        );
        retire_removed(&before, &mut after);
        assert_eq!(after.retired_ids.len(), earlier + 2, "never listed twice");
        let saved = check_bytes(&to_bytes(&after), today());
        assert!(!saved.has_errors(), "{:#?}", saved.errors());
        after.levels[2].criteria.push(criterion);
        let refused = check_bytes(&to_bytes(&after), today());
        assert!(
            refused
                .errors()
                .iter()
                .any(|p| matches!(&p.message, crate::routine::Message::RetiredIdReused { .. }))
        );
    }
}
