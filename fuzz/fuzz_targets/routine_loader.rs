//! Fuzzes the routine loader: any bytes must give a routine or problems, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
    let checked = rutineveileder::checks::check_bytes(data, today);
    // A routine is only ever handed out without errors.
    assert!(checked.routine.is_none() || !checked.has_errors());
});
