//! Loads a routine: the embedded default or a file, from bytes to a validated `Routine`
//! with every problem found, each with its place in the file.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::{Path as FsPath, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use sha2::{Digest as _, Sha256};

use super::model::Routine;
use super::problems::{IoProblem, JsonSyntax, Location, Message, Problem, Problems, Severity};
use super::read::read_routine;
use super::validate::validate;

/// A check measured on a floor above the routine and handed to its validation, which
/// runs it once the routine is otherwise sound. The program hands `export::check_fit`
/// (through `crate::checks`): whether the pocket card and the posters hold what the
/// routine puts on them in type large enough to read.
pub type Fit = fn(&Routine, &mut Problems);

/// The default routine, built into the program so it always has one to show.
pub const EMBEDDED_ROUTINE: &str = include_str!("../../routines/lier.json");

/// The largest routine file accepted. A full routine is well under 200 KB; anything near
/// this is not a routine, and is refused rather than read for minutes.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The outcome of checking a routine: the routine, when it has no errors, and every
/// problem found (errors and warnings).
#[derive(Debug)]
pub struct Checked {
    pub routine: Option<Routine>,
    pub problems: Vec<Problem>,
}

impl Checked {
    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The errors.
    pub fn errors(&self) -> Vec<Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .cloned()
            .collect()
    }

    /// How many problems of a kind there are.
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    fn refused(message: Message) -> Checked {
        Checked {
            routine: None,
            problems: vec![Problem {
                severity: Severity::Error,
                location: Location::File,
                message,
            }],
        }
    }
}

/// A routine file that could not be read at all (missing, a folder, no permission).
#[derive(Debug)]
pub struct Unreadable {
    pub path: PathBuf,
    pub source: io::Error,
}

impl Unreadable {
    /// Why, as data.
    pub fn problem(&self) -> IoProblem {
        match self.source.kind() {
            io::ErrorKind::NotFound => IoProblem::NotFound,
            io::ErrorKind::PermissionDenied => IoProblem::PermissionDenied,
            io::ErrorKind::IsADirectory => IoProblem::IsADirectory,
            _ => IoProblem::Other(self.source.to_string()),
        }
    }

    /// The same as a problem with the file as a whole.
    pub fn as_problem(&self) -> Problem {
        Problem {
            severity: Severity::Error,
            location: Location::File,
            message: Message::Unreadable(self.problem()),
        }
    }
}

/// Checks the embedded routine.
pub fn check_embedded(today: NaiveDate, fit: Fit) -> Checked {
    check_bytes(EMBEDDED_ROUTINE.as_bytes(), today, fit)
}

/// Reads and checks a routine file. Only a file that cannot be read at all is an `Err`;
/// anything wrong with its content is in the problems.
pub fn check_file(path: &FsPath, today: NaiveDate, fit: Fit) -> Result<Checked, Unreadable> {
    read_file(path, today, fit).map(|read| read.checked)
}

/// A routine file as read: its bytes and their check.
#[derive(Debug)]
pub struct FileRead {
    /// The bytes read; none from a file larger than [`MAX_FILE_BYTES`], which is refused
    /// unread.
    pub bytes: Vec<u8>,
    pub checked: Checked,
}

/// Reads and checks a routine file as `check_file` does, keeping the bytes read.
pub fn read_file(path: &FsPath, today: NaiveDate, fit: Fit) -> Result<FileRead, Unreadable> {
    let unreadable = |source| Unreadable {
        path: path.to_owned(),
        source,
    };
    let file = File::open(path).map_err(unreadable)?;
    let metadata = file.metadata().map_err(unreadable)?;
    if metadata.is_dir() {
        return Err(unreadable(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Ok(FileRead {
            bytes: Vec::new(),
            checked: too_large(metadata.len()),
        });
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let checked = check_bytes(&bytes, today, fit);
    Ok(FileRead { bytes, checked })
}

/// The SHA-256 digest of a file's bytes. Saving compares the file on disk with the
/// digest taken when it was loaded, to know it is still that file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileDigest([u8; 32]);

impl FileDigest {
    pub fn of(bytes: &[u8]) -> FileDigest {
        FileDigest(Sha256::digest(bytes).into())
    }
}

/// In hexadecimal, as `sha256sum` prints it.
impl std::fmt::Display for FileDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|byte| write!(f, "{byte:02x}"))
    }
}

fn too_large(len: u64) -> Checked {
    Checked::refused(Message::TooLarge {
        bytes: len,
        limit_mb: MAX_FILE_BYTES / (1024 * 1024),
    })
}

/// Checks a routine from the bytes of a file: UTF-8 (a byte-order mark is accepted),
/// JSON syntax, shape, then content, then `fit`.
pub fn check_bytes(bytes: &[u8], today: NaiveDate, fit: Fit) -> Checked {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return too_large(bytes.len() as u64);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => return not_utf8(bytes, error.valid_up_to()),
    };
    let value = match super::strict_json::parse(text) {
        Ok(value) => value,
        Err(error) => return syntax_error(&error),
    };
    let mut problems = Problems::default();
    let read = read_routine(&value, &mut problems);
    if let Some(routine) = &read.routine {
        validate(routine, &read.ids_in_file, today, &mut problems);
        // Whether the card and posters hold what the routine puts on them is measured
        // with their own layout, once the routine is otherwise sound.
        if !problems.has_errors() {
            fit(routine, &mut problems);
        }
    }
    let routine = read.routine.filter(|_| !problems.has_errors());
    Checked {
        routine,
        problems: problems.into_vec(),
    }
}

fn not_utf8(bytes: &[u8], valid_up_to: usize) -> Checked {
    let before = &bytes[..valid_up_to];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Checked {
        routine: None,
        problems: vec![Problem {
            severity: Severity::Error,
            location: Location::Position { line, column },
            message: Message::NotUtf8,
        }],
    }
}

fn syntax_error(error: &serde_json::Error) -> Checked {
    Checked {
        routine: None,
        problems: vec![Problem {
            severity: Severity::Error,
            location: Location::Position {
                line: error.line(),
                column: error.column(),
            },
            message: Message::Syntax(syntax(error)),
        }],
    }
}

/// What serde_json's message says, as data, without its own position.
fn syntax(error: &serde_json::Error) -> JsonSyntax {
    let full = error.to_string();
    let message = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(message, _)| message);
    if let Some(key) = message.strip_prefix(super::strict_json::DUPLICATE_KEY) {
        return JsonSyntax::DuplicateKey(key.to_owned());
    }
    const KNOWN: [(&str, JsonSyntax); 11] = [
        ("EOF while parsing", JsonSyntax::EndOfFile),
        ("expected `,` or `}`", JsonSyntax::ExpectedCommaOrBrace),
        ("expected `,` or `]`", JsonSyntax::ExpectedCommaOrBracket),
        ("trailing comma", JsonSyntax::TrailingComma),
        ("key must be a string", JsonSyntax::KeyNotString),
        ("expected `:`", JsonSyntax::ExpectedColon),
        ("expected value", JsonSyntax::ExpectedValue),
        ("control character", JsonSyntax::ControlCharacter),
        ("invalid escape", JsonSyntax::InvalidEscape),
        ("recursion limit exceeded", JsonSyntax::TooDeep),
        ("trailing characters", JsonSyntax::TrailingCharacters),
    ];
    KNOWN
        .into_iter()
        .find(|(english, _)| message.starts_with(english))
        .map_or_else(|| JsonSyntax::Other(message.to_owned()), |(_, known)| known)
}

/// The routine the program runs with, and what the user must be told about it.
#[derive(Debug)]
pub struct Chosen {
    /// `None` only if the embedded routine itself is broken (a build error that the
    /// test suite catches); the program then shows the problems instead.
    pub routine: Option<Routine>,
    /// Problems with the chosen file (when something else is shown instead) or warnings
    /// about the routine in use.
    pub notices: Vec<Notice>,
    /// The chosen file, when the routine in use is that file as read, or its copy: with
    /// the digest of the bytes the routine was read from, so that saving over the file
    /// goes ahead only while the file still holds them.
    pub file: Option<LoadedFile>,
}

/// The file a routine was loaded from, and the digest of its bytes as read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    pub path: PathBuf,
    pub digest: FileDigest,
}

/// Something the user is told about the routine in use.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The chosen file could not be used, for these reasons; `by` is shown instead.
    Replaced {
        file: PathBuf,
        reasons: Vec<Problem>,
        by: Replacement,
    },
    /// A warning about the routine in use.
    Warning(Problem),
}

/// What is shown in place of a chosen file that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum Replacement {
    /// The copy of the file this computer kept when it last read it without errors, at
    /// `read` (its local time).
    KeptCopy { read: NaiveDateTime },
    /// The embedded routine: another municipality's, as an example.
    Embedded,
}

/// A copy of a routine file kept on this computer, and when the file was read for it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptCopy {
    pub bytes: Vec<u8>,
    pub read: NaiveDateTime,
}

/// Chooses the routine to run with: the chosen file as read, if free of errors; else the
/// copy of it this computer kept (`kept_copy`, asked only then), if that is free of
/// errors; else the embedded routine. With no file chosen, the embedded routine. The
/// notices say which and why; `Chosen::file` is the file, with the digest of the file's
/// or the copy's bytes.
pub fn choose_routine(
    file: Option<(&FsPath, Result<FileRead, Unreadable>)>,
    kept_copy: impl FnOnce() -> Option<KeptCopy>,
    today: NaiveDate,
    fit: Fit,
) -> Chosen {
    let Some((file, read)) = file else {
        return embedded(Vec::new(), today, fit);
    };
    let reasons = match read {
        Ok(FileRead {
            bytes,
            checked:
                Checked {
                    routine: Some(routine),
                    problems,
                },
        }) => {
            let mut chosen = with_warnings(routine, problems, Vec::new());
            chosen.file = Some(LoadedFile {
                path: file.to_owned(),
                digest: FileDigest::of(&bytes),
            });
            return chosen;
        }
        Ok(read) => read.checked.errors(),
        Err(unreadable) => vec![unreadable.as_problem()],
    };
    let replaced = |by| Notice::Replaced {
        file: file.to_owned(),
        reasons: reasons.clone(),
        by,
    };
    if let Some(copy) = kept_copy() {
        let checked = check_bytes(&copy.bytes, today, fit);
        if let Some(routine) = checked.routine {
            let notice = replaced(Replacement::KeptCopy { read: copy.read });
            let mut chosen = with_warnings(routine, checked.problems, vec![notice]);
            chosen.file = Some(LoadedFile {
                path: file.to_owned(),
                digest: FileDigest::of(&copy.bytes),
            });
            return chosen;
        }
    }
    embedded(vec![replaced(Replacement::Embedded)], today, fit)
}

/// The embedded routine, after `notices`.
fn embedded(mut notices: Vec<Notice>, today: NaiveDate, fit: Fit) -> Chosen {
    let embedded = check_embedded(today, fit);
    match embedded.routine {
        Some(routine) => with_warnings(routine, embedded.problems, notices),
        None => {
            notices.extend(embedded.problems.into_iter().map(Notice::Warning));
            Chosen {
                routine: None,
                notices,
                file: None,
            }
        }
    }
}

fn with_warnings(routine: Routine, problems: Vec<Problem>, mut notices: Vec<Notice>) -> Chosen {
    notices.extend(problems.into_iter().map(Notice::Warning));
    Chosen {
        routine: Some(routine),
        notices,
        file: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::check_fit;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    /// A routine of another municipality than the embedded one, as the bytes of its file.
    fn testvik() -> Vec<u8> {
        EMBEDDED_ROUTINE
            .replace("Lier kommune", "Testvik kommune")
            .into_bytes()
    }

    fn chosen(read: Result<FileRead, Unreadable>, copy: Option<KeptCopy>) -> Chosen {
        let file = FsPath::new("/mnt/rutiner/testvik.json");
        choose_routine(Some((file, read)), || copy, today(), check_fit)
    }

    fn away() -> Result<FileRead, Unreadable> {
        Err(Unreadable {
            path: "/mnt/rutiner/testvik.json".into(),
            source: io::ErrorKind::NotFound.into(),
        })
    }

    fn municipality(chosen: &Chosen) -> &str {
        &chosen.routine.as_ref().unwrap().metadata.municipality
    }

    fn replacement(chosen: &Chosen) -> Option<&Replacement> {
        chosen.notices.iter().find_map(|n| match n {
            Notice::Replaced { by, .. } => Some(by),
            Notice::Warning(_) => None,
        })
    }

    fn copy() -> KeptCopy {
        KeptCopy {
            bytes: testvik(),
            read: today().and_hms_opt(8, 15, 0).unwrap(),
        }
    }

    #[test]
    fn a_sound_file_is_used_with_the_digest_of_its_bytes() {
        let bytes = testvik();
        let read = FileRead {
            checked: check_bytes(&bytes, today(), check_fit),
            bytes: bytes.clone(),
        };
        let chosen = choose_routine(
            Some((FsPath::new("testvik.json"), Ok(read))),
            || panic!("the copy is not read when the file is sound"),
            today(),
            check_fit,
        );
        assert_eq!(municipality(&chosen), "Testvik kommune");
        let file = chosen.file.as_ref().unwrap();
        assert_eq!(file.digest, FileDigest::of(&bytes));
        assert_eq!(replacement(&chosen), None);
    }

    #[test]
    fn a_file_away_is_replaced_by_its_copy_and_without_one_by_the_example() {
        let with_copy = chosen(away(), Some(copy()));
        assert_eq!(municipality(&with_copy), "Testvik kommune");
        assert_eq!(
            replacement(&with_copy),
            Some(&Replacement::KeptCopy { read: copy().read })
        );
        let saved_over = LoadedFile {
            path: "/mnt/rutiner/testvik.json".into(),
            digest: FileDigest::of(&testvik()),
        };
        assert_eq!(
            with_copy.file,
            Some(saved_over),
            "saving goes to the file only while it still holds what was copied"
        );
        let without = chosen(away(), None);
        assert_eq!(municipality(&without), "Lier kommune");
        assert_eq!(replacement(&without), Some(&Replacement::Embedded));
    }

    #[test]
    fn a_file_with_errors_is_replaced_and_a_broken_copy_is_passed_over() {
        let broken = b"{ \"format\": 1, ";
        let read = FileRead {
            checked: check_bytes(broken, today(), check_fit),
            bytes: broken.to_vec(),
        };
        let broken_copy = KeptCopy {
            bytes: broken.to_vec(),
            ..copy()
        };
        let chosen = chosen(Ok(read), Some(broken_copy));
        assert_eq!(municipality(&chosen), "Lier kommune");
        let Some(Notice::Replaced { reasons, by, .. }) = chosen.notices.first() else {
            panic!("{:?}", chosen.notices);
        };
        assert_eq!(by, &Replacement::Embedded);
        assert!(
            matches!(reasons[0].message, Message::Syntax(_)),
            "{reasons:?}"
        );
    }
}
