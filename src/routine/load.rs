//! Loads a routine: the embedded default or a file, from bytes to a validated `Routine`
//! with every problem found, each with its place in the file.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::{Path as FsPath, PathBuf};

use chrono::NaiveDate;

use super::model::Routine;
use super::problems::{Location, Problem, Problems, Severity};
use super::read::read_routine;
use super::validate::validate;

/// Lier kommune's routine, built into the program so it always has one to show.
pub const EMBEDDED_ROUTINE: &str = include_str!("../../routines/lier.json");

/// The largest routine file accepted. Lier's is well under 200 KB; anything near this
/// is not a routine, and is refused rather than read for minutes.
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

    /// The errors, each as "where: what".
    pub fn errors(&self) -> Vec<String> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| format!("{}: {}", p.location, p.message))
            .collect()
    }

    /// How many problems of a kind there are.
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }

    fn refused(message: String) -> Checked {
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
#[derive(Debug, thiserror::Error)]
#[error("kan ikke lese {}: {}", path.display(), describe_io(source))]
pub struct Unreadable {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "filen finnes ikke".to_owned(),
        io::ErrorKind::PermissionDenied => "mangler tilgang til filen".to_owned(),
        io::ErrorKind::IsADirectory => "dette er en mappe, ikke en fil".to_owned(),
        _ => error.to_string(),
    }
}

/// Checks the embedded routine.
pub fn check_embedded(today: NaiveDate) -> Checked {
    check_bytes(EMBEDDED_ROUTINE.as_bytes(), today)
}

/// Reads and checks a routine file. Only a file that cannot be read at all is an `Err`;
/// anything wrong with its content is in the problems.
pub fn check_file(path: &FsPath, today: NaiveDate) -> Result<Checked, Unreadable> {
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
        return Ok(too_large(metadata.len()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    Ok(check_bytes(&bytes, today))
}

fn too_large(len: u64) -> Checked {
    let limit = MAX_FILE_BYTES / (1024 * 1024);
    Checked::refused(format!(
        "filen er {len} byte, større enn de høyst {limit} MB en rutinefil kan være. Er dette riktig fil?"
    ))
}

/// Checks a routine from the bytes of a file: UTF-8 (a byte-order mark is accepted),
/// JSON syntax, shape, then content.
pub fn check_bytes(bytes: &[u8], today: NaiveDate) -> Checked {
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
            message: "filen er ikke lagret som UTF-8 (her står et tegn i en annen koding, \
                      for eksempel Windows-1252). Lagre filen som UTF-8; i Notisblokk: \
                      «Lagre som» og velg koding «UTF-8»."
                .to_owned(),
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
            message: format!("ugyldig JSON: {}", describe_syntax(error)),
        }],
    }
}

/// serde_json's message in Norwegian where we know it, without its own position.
fn describe_syntax(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let message = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(message, _)| message);
    const KNOWN: [(&str, &str); 11] = [
        (
            "EOF while parsing",
            "filen slutter før JSON-strukturen er lukket; mangler det en «}» eller «]»?",
        ),
        (
            "expected `,` or `}`",
            "forventet «,» eller «}»; mangler det et komma mellom to felt?",
        ),
        (
            "expected `,` or `]`",
            "forventet «,» eller «]»; mangler det et komma mellom to elementer?",
        ),
        ("trailing comma", "komma for mye rett før «}» eller «]»"),
        (
            "key must be a string",
            "feltnavn må stå i doble anførselstegn",
        ),
        ("expected `:`", "forventet «:» etter feltnavnet"),
        (
            "expected value",
            "forventet en verdi (tekst i \"…\", tall, true/false, null, [ … ] eller { … })",
        ),
        (
            "control character",
            "tekst inneholder et ugyldig kontrolltegn; linjeskift i tekst skrives \\n",
        ),
        ("invalid escape", "ugyldig escape-sekvens med \\ i en tekst"),
        ("recursion limit exceeded", "strukturen er nestet for dypt"),
        (
            "trailing characters",
            "det står noe etter slutten av JSON-dokumentet",
        ),
    ];
    KNOWN
        .iter()
        .find(|(english, _)| message.starts_with(english))
        .map_or_else(
            || message.to_owned(),
            |(_, norwegian)| (*norwegian).to_owned(),
        )
}

/// The routine the program runs with, and what the user must be told about it.
#[derive(Debug)]
pub struct Chosen {
    /// `None` only if the embedded routine itself is broken (a build error that the
    /// test suite catches); the program then shows the problems instead.
    pub routine: Option<Routine>,
    /// Problems with the chosen file (when it was replaced by the embedded routine)
    /// or warnings about the routine in use.
    pub notices: Vec<Notice>,
}

/// Something the user is told about the routine in use.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The chosen file could not be used; the embedded routine is shown instead.
    Replaced { file: PathBuf, reasons: Vec<String> },
    /// A warning about the routine in use.
    Warning(Problem),
}

/// Chooses the routine to run with: the file, if given and free of errors, else the
/// embedded one, with notices saying why.
pub fn choose_routine(file: Option<&FsPath>, today: NaiveDate) -> Chosen {
    let mut notices = Vec::new();
    if let Some(file) = file {
        let reasons = match check_file(file, today) {
            Ok(Checked {
                routine: Some(routine),
                problems,
            }) => return with_warnings(routine, problems, notices),
            Ok(checked) => checked.errors(),
            Err(unreadable) => vec![unreadable.to_string()],
        };
        notices.push(Notice::Replaced {
            file: file.to_owned(),
            reasons,
        });
    }
    let embedded = check_embedded(today);
    match embedded.routine {
        Some(routine) => with_warnings(routine, embedded.problems, notices),
        None => {
            notices.extend(embedded.problems.into_iter().map(Notice::Warning));
            Chosen {
                routine: None,
                notices,
            }
        }
    }
}

fn with_warnings(routine: Routine, problems: Vec<Problem>, mut notices: Vec<Notice>) -> Chosen {
    notices.extend(problems.into_iter().map(Notice::Warning));
    Chosen {
        routine: Some(routine),
        notices,
    }
}
