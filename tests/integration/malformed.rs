//! A corpus of malformed routine files: each gives a clear error (or is accepted), and
//! none makes the loader panic or hang.

use std::time::{Duration, Instant};

use rutineveileder::checks::check_bytes;
use rutineveileder::routine::Severity;

use crate::support::{minimal, today};

fn corpus() -> Vec<(&'static str, Vec<u8>)> {
    let valid = serde_json::to_string_pretty(&minimal()).unwrap();
    let mut duplicate = minimal();
    duplicate["contacts"][1]["id"] = "amk".into();
    let mut dangling = minimal();
    dangling["levels"][0]["contacts"][1] = "finnes-ikke".into();
    let mut wrong_types = minimal();
    wrong_types["contacts"] = serde_json::json!({ "amk": true });
    wrong_types["idle_reset_minutes"] = "ti".into();
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(valid.as_bytes());
    vec![
        (
            "truncated",
            valid.as_bytes()[..valid.len() * 2 / 3].to_vec(),
        ),
        ("wrong types", serde_json::to_vec(&wrong_types).unwrap()),
        (
            "deep nesting",
            format!(
                "{{\"format\": {}{}}}",
                "[".repeat(50_000),
                "]".repeat(50_000)
            )
            .into_bytes(),
        ),
        (
            "deep objects",
            format!("{}{}", "{\"a\":".repeat(20_000), "}".repeat(20_000)).into_bytes(),
        ),
        ("huge", vec![b'['; 5_000_000]),
        (
            "invalid UTF-8",
            b"{\"format\": 1, \"metadata\": {\"title\": \"\xC3\x28\"}}".to_vec(),
        ),
        ("NUL bytes", valid.replacen(':', ":\0", 3).into_bytes()),
        ("duplicate ids", serde_json::to_vec(&duplicate).unwrap()),
        (
            "dangling references",
            serde_json::to_vec(&dangling).unwrap(),
        ),
        ("byte-order mark", with_bom),
        ("empty", Vec::new()),
        ("only whitespace", b" \r\n\t ".to_vec()),
        ("a string", b"\"rutine\"".to_vec()),
        ("huge number", b"{\"format\": 1e999999}".to_vec()),
        (
            "long string",
            format!("{{\"format\": \"{}\"}}", "x".repeat(3_000_000)).into_bytes(),
        ),
    ]
}

#[test]
fn every_malformed_file_gives_a_clear_error_or_is_accepted_quickly() {
    for (name, bytes) in corpus() {
        let start = Instant::now();
        let checked = check_bytes(&bytes, today());
        let took = start.elapsed();
        assert!(took < Duration::from_secs(5), "{name}: took {took:?}");
        if name == "byte-order mark" {
            assert!(
                checked.routine.is_some() && !checked.has_errors(),
                "{name}: {:?}",
                checked.problems
            );
            continue;
        }
        assert!(checked.routine.is_none(), "{name}: accepted a broken file");
        let errors: Vec<_> = checked
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(!errors.is_empty(), "{name}: no error");
        for error in errors {
            assert!(
                error.message.to_string().len() > 10,
                "{name}: unclear message {:?}",
                error.message
            );
        }
    }
}
