//! Shared helpers: the fixed "today" of the tests and the minimal valid fixture.

use chrono::NaiveDate;
use serde_json::Value;

/// The date the tests run "on", so warnings about age do not change with the calendar.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a valid date")
}

pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Lier's routine file in this repository.
pub fn lier_file() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routines/lier.json")
}

/// A copy of Lier's routine file as `lier.json` in `dir`, for tests that write to it.
pub fn lier_copy(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("lier.json");
    std::fs::copy(lier_file(), &path).expect("routines/lier.json copied");
    path
}

/// The smallest routine that passes every check, as JSON to change in a test.
pub fn minimal() -> Value {
    let text = std::fs::read_to_string(fixture("minimal.json")).expect("fixture readable");
    serde_json::from_str(&text).expect("fixture is JSON")
}
