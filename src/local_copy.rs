//! The municipality's own copy of its routine on this computer, for when the shared drive
//! is away: kept in the window's local data folder each time the chosen routine file is
//! read without errors, and shown when that file cannot be read or has errors. It holds
//! the routine file's bytes and, beside them, which file they came from and when: never
//! anything else (a routine holds no personal data).

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::checks;
use crate::routine::Checked;
use crate::routine::load::{Chosen, FileDigest, KeptCopy};
use crate::routine::seal::SealVerdict;

/// The copies' folder in the local data folder.
const FOLDER: &str = "rutinekopier";

/// How the time a file was read is written beside its copy (the computer's local time).
const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// Where the copies are kept. `None` when the platform has no local data folder; then
/// none is kept.
#[derive(Debug, Clone)]
pub struct LocalCopies {
    folder: Option<PathBuf>,
}

/// What is written beside a copy: the routine file it is a copy of, when that file was
/// read, and the SHA-256 digest of the copy's bytes (a copy that does not match it, half
/// written or changed by hand, is not used).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct About {
    file: String,
    read: String,
    sha256: String,
}

impl LocalCopies {
    /// In the platform's local data folder: on Windows
    /// `%LOCALAPPDATA%\Rutineveileder\Rutineveileder\data\rutinekopier`, on Linux
    /// `~/.local/share/rutineveileder/rutinekopier`.
    pub fn platform() -> Self {
        let folder = directories::ProjectDirs::from("no", "Rutineveileder", "Rutineveileder")
            .map(|dirs| dirs.data_local_dir().join(FOLDER));
        LocalCopies { folder }
    }

    /// In `rutinekopier` under a local data folder given (tests).
    pub fn in_data_folder(data: &Path) -> Self {
        LocalCopies {
            folder: Some(data.join(FOLDER)),
        }
    }

    /// The folder the copies are in.
    pub fn folder(&self) -> Option<&Path> {
        self.folder.as_deref()
    }

    /// The copy of `file` and the file about it: named by the SHA-256 digest of the path
    /// as chosen, so each chosen path has one copy, and no name is too long or has
    /// characters a folder cannot hold.
    fn names(&self, file: &Path) -> Option<(PathBuf, PathBuf)> {
        let folder = self.folder.as_ref()?;
        let digest = Sha256::digest(file.as_os_str().as_encoded_bytes());
        let name: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        Some((
            folder.join(format!("{name}.json")),
            folder.join(format!("{name}.om.json")),
        ))
    }

    /// Keeps `bytes`, read from `file` at `read`, as its copy, with the file about it;
    /// each written to a temporary file first and renamed into place.
    pub fn keep(&self, file: &Path, bytes: &[u8], read: NaiveDateTime) -> std::io::Result<()> {
        let Some((copy, about_file)) = self.names(file) else {
            return Ok(());
        };
        let about = About {
            file: file.display().to_string(),
            read: read.format(TIME_FORMAT).to_string(),
            sha256: FileDigest::of(bytes).to_string(),
        };
        if let Some(folder) = copy.parent() {
            fs::create_dir_all(folder)?;
        }
        write_atomically(&copy, bytes)?;
        write_atomically(&about_file, &serde_json::to_vec_pretty(&about)?)
    }

    /// The copy kept of `file`, if there is one and its bytes are those recorded beside it.
    pub fn kept(&self, file: &Path) -> Option<KeptCopy> {
        let (copy, about_file) = self.names(file)?;
        let about: About = serde_json::from_slice(&fs::read(about_file).ok()?).ok()?;
        let bytes = fs::read(copy).ok()?;
        let read = NaiveDateTime::parse_from_str(&about.read, TIME_FORMAT).ok()?;
        (FileDigest::of(&bytes).to_string() == about.sha256).then_some(KeptCopy { bytes, read })
    }
}

/// Writes a temporary file beside `path`, flushes it to disk and renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.tmp"));
    let written = fs::File::create(&temporary)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()))
        .and_then(|()| fs::rename(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// Whether a routine file as read may become this computer's copy: only a routine without
/// errors whose seal holds, or that was never approved. A file changed after its approval
/// never replaces the copy of the approved one. (Whether IT trusts the approval's
/// signature is judged on whichever is shown, the file or the copy, after this choice.)
fn may_become_copy(checked: &Checked) -> bool {
    !checked.has_errors()
        && checked
            .routine
            .as_ref()
            .is_some_and(|routine| !matches!(routine.seal_verdict(), SealVerdict::Broken { .. }))
}

/// The routine the window runs with (`checks::choose_routine`): the chosen file, kept as
/// this computer's copy when it may become one; else the copy kept of it; else the
/// embedded routine. `now` is when the file is read. The copy is written while the window
/// opens, not before: the disk is waited for when the returned `Keeping` is dropped.
pub fn choose_routine(
    file: Option<&Path>,
    copies: &LocalCopies,
    now: NaiveDateTime,
) -> (Chosen, Keeping) {
    let today = now.date();
    let mut keeping = Keeping(None);
    let read = file.map(|path| {
        let read = checks::read_file(path, today);
        if let Ok(read) = &read
            && may_become_copy(&read.checked)
        {
            keeping = keep_in_background(copies.clone(), path.to_owned(), read.bytes.clone(), now);
        }
        (path, read)
    });
    let kept = || file.and_then(|path| copies.kept(path));
    (checks::choose_routine(read, kept, today), keeping)
}

/// A copy being written beside the window's start; dropping it waits until it is written.
#[derive(Debug)]
pub struct Keeping(Option<std::thread::JoinHandle<()>>);

impl Drop for Keeping {
    fn drop(&mut self) {
        if let Some(writing) = self.0.take() {
            let _ = writing.join();
        }
    }
}

fn keep_in_background(
    copies: LocalCopies,
    file: PathBuf,
    bytes: Vec<u8>,
    read: NaiveDateTime,
) -> Keeping {
    let writing = std::thread::spawn(move || {
        if let Err(error) = copies.keep(&file, &bytes, read) {
            eprintln!(
                "kopien av {} ble ikke lagret på denne maskinen: {error}",
                file.display()
            );
        }
    });
    Keeping(Some(writing))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    #[test]
    fn a_kept_copy_reads_back_with_the_time_its_file_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let copies = LocalCopies::in_data_folder(dir.path());
        let file = Path::new(r"\\server\rutiner\testvik.json");
        assert_eq!(copies.kept(file), None);
        copies.keep(file, b"{}", at(8)).unwrap();
        copies.keep(file, b"{ }", at(10)).unwrap();
        let kept = copies.kept(file).unwrap();
        assert_eq!((kept.bytes.as_slice(), kept.read), (&b"{ }"[..], at(10)));
        assert_eq!(copies.kept(Path::new("annen.json")), None, "one per path");
        let names: Vec<String> = fs::read_dir(copies.folder().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "the copy and its note, nothing left over");
    }

    #[test]
    fn a_copy_that_does_not_match_its_note_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let copies = LocalCopies::in_data_folder(dir.path());
        let file = Path::new("/mnt/rutiner/testvik.json");
        copies.keep(file, b"{}", at(8)).unwrap();
        let (copy, _) = copies.names(file).unwrap();
        fs::write(copy, b"{\"endret\": true}").unwrap();
        assert_eq!(copies.kept(file), None);
    }
}
