//! Fuzzes the settings loader: any text must give settings or a warning, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (settings, _warning) = rutineveileder::settings::Settings::from_text(text);
        assert!(rutineveileder::settings::TEXT_SCALE_RANGE.contains(&settings.text_scale_percent));
    }
});
