//! A routine checked in full, for every floor above the printables: the routine's own
//! reading and validation (`routine::load`) with the printables' fit handed in
//! (`export::check_fit`: whether the pocket card and the posters hold what the routine
//! puts on them in type large enough to read). Loading, saving and the templates go
//! through here, so the fit is checked wherever a routine is.

use std::path::Path;

use chrono::NaiveDate;

use crate::export::check_fit;
use crate::routine::load::{self, Chosen, FileRead, KeptCopy};
use crate::routine::write::{self, Expected, SaveError, Saved};
use crate::routine::{Checked, Routine, Unreadable, template as templates};

/// Checks a routine from the bytes of a file (`routine::load::check_bytes`).
pub fn check_bytes(bytes: &[u8], today: NaiveDate) -> Checked {
    load::check_bytes(bytes, today, check_fit)
}

/// Reads and checks a routine file (`routine::load::check_file`).
pub fn check_file(path: &Path, today: NaiveDate) -> Result<Checked, Unreadable> {
    load::check_file(path, today, check_fit)
}

/// Reads and checks a routine file, keeping its bytes (`routine::load::read_file`).
pub fn read_file(path: &Path, today: NaiveDate) -> Result<FileRead, Unreadable> {
    load::read_file(path, today, check_fit)
}

/// Checks the embedded routine.
pub fn check_embedded(today: NaiveDate) -> Checked {
    load::check_embedded(today, check_fit)
}

/// The routine the program runs with (`routine::load::choose_routine`).
pub fn choose_routine(
    file: Option<(&Path, Result<FileRead, Unreadable>)>,
    kept_copy: impl FnOnce() -> Option<KeptCopy>,
    today: NaiveDate,
) -> Chosen {
    load::choose_routine(file, kept_copy, today, check_fit)
}

/// Saves a routine, never one with errors and never over a file other than `expected`
/// (`routine::write::save`).
pub fn save(
    routine: &Routine,
    path: &Path,
    expected: Expected,
    previous_version: &str,
    today: NaiveDate,
) -> Result<Saved, SaveError> {
    write::save(routine, path, expected, previous_version, today, check_fit)
}

/// `save`, with the writing of the temporary file given, so tests can make it fail.
pub fn save_with(
    routine: &Routine,
    path: &Path,
    expected: Expected,
    previous_version: &str,
    today: NaiveDate,
    write_temporary: impl FnOnce(&Path, &[u8]) -> std::io::Result<()>,
) -> Result<Saved, SaveError> {
    write::save_with(
        routine,
        path,
        expected,
        previous_version,
        today,
        check_fit,
        write_temporary,
    )
}

/// The national template in this language, read and checked
/// (`routine::template::template`).
pub fn template(code: &str, today: NaiveDate) -> Option<Routine> {
    templates::template(code, today, check_fit)
}
