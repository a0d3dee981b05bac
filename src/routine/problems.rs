//! Problems found in a routine file: errors that make it unusable and warnings that do not.

use std::collections::HashMap;
use std::fmt;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be used until this is fixed.
    Error,
    /// The file can be used, but someone should look at this.
    Warning,
}

impl Severity {
    /// The Norwegian word shown before the message.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "feil",
            Severity::Warning => "advarsel",
        }
    }
}

/// Where in the file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole (unreadable, too large, not UTF-8 …).
    File,
    /// A line and column (1-based), for problems found before the JSON could be parsed.
    Position { line: usize, column: usize },
    /// A readable path to a value, such as `contacts[3].phone`.
    Path(String),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File => f.write_str("filen"),
            Location::Position { line, column } => write!(f, "linje {line}, kolonne {column}"),
            Location::Path(path) if path.is_empty() => f.write_str("rotnivået"),
            Location::Path(path) => f.write_str(path),
        }
    }
}

/// One problem: how serious, where, and what is wrong (with what to do, where that helps).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.severity.label(),
            self.location,
            self.message
        )
    }
}

/// A path into the JSON document, built while reading (`metadata.title`, `contacts[3].phone`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(String);

impl Path {
    /// The path of a field of the object at this path.
    pub fn field(&self, name: &str) -> Path {
        if self.0.is_empty() {
            Path(name.to_owned())
        } else {
            Path(format!("{}.{name}", self.0))
        }
    }

    /// The path of an element of the list at this path.
    pub fn index(&self, index: usize) -> Path {
        Path(format!("{}[{index}]", self.0))
    }

    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Every problem found so far, in the order found; at most one error for each location.
///
/// It also remembers, for each list that lost broken elements while being read, which
/// element of the file each kept element was, so later checks name the right index.
#[derive(Debug, Default)]
pub struct Problems {
    found: Vec<Problem>,
    kept_elements: HashMap<String, Vec<usize>>,
}

impl Problems {
    /// Records an error at a path, unless that path already has one (a missing field
    /// should not also be reported as empty text).
    pub fn error(&mut self, at: &Path, message: impl Into<String>) {
        self.push(
            Severity::Error,
            Location::Path(at.0.clone()),
            message.into(),
        );
    }

    /// Records a warning at a path.
    pub fn warning(&mut self, at: &Path, message: impl Into<String>) {
        self.push(
            Severity::Warning,
            Location::Path(at.0.clone()),
            message.into(),
        );
    }

    /// Records a problem at any location.
    pub fn push(&mut self, severity: Severity, location: Location, message: String) {
        let already_an_error_here = severity == Severity::Error
            && self
                .found
                .iter()
                .any(|p| p.severity == Severity::Error && p.location == location);
        if !already_an_error_here {
            self.found.push(Problem {
                severity,
                location,
                message,
            });
        }
    }

    /// Whether an error was already recorded at this path.
    pub fn has_error_at(&self, at: &Path) -> bool {
        let location = Location::Path(at.0.clone());
        self.found
            .iter()
            .any(|p| p.severity == Severity::Error && p.location == location)
    }

    /// Whether any error (not only warnings) was found.
    pub fn has_errors(&self) -> bool {
        self.found.iter().any(|p| p.severity == Severity::Error)
    }

    /// The problems, in the order found.
    pub fn into_vec(self) -> Vec<Problem> {
        self.found
    }

    /// Remembers that the list at `list` kept only the file's elements `kept`.
    pub(crate) fn record_kept_elements(&mut self, list: &Path, kept: Vec<usize>) {
        self.kept_elements.insert(list.0.clone(), kept);
    }

    /// Whether the list at `list` lost elements that could not be read.
    pub fn lost_elements(&self, list: &Path) -> bool {
        self.kept_elements.contains_key(&list.0)
    }

    /// The path of the `i`th element the program kept of the list at `list`, numbered
    /// as in the file.
    pub fn element(&self, list: &Path, i: usize) -> Path {
        let in_file = self
            .kept_elements
            .get(&list.0)
            .and_then(|kept| kept.get(i).copied())
            .unwrap_or(i);
        list.index(in_file)
    }
}
