//! Plain language where people read under stress: the LIX figures of the routine files
//! as they were at 0.2 and as they are now, and `check`'s warnings for long and hard
//! items and for sections above the limit, each at its field.

use rutineveileder::checks::check_bytes;
use rutineveileder::i18n::{Language, readability_figures};
use rutineveileder::routine::readability::{Lix, conversation_texts, readability};
use rutineveileder::routine::{Location, Message, Routine, Severity};

use crate::support::today;

fn routine(path: &str) -> Routine {
    let bytes = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    check_bytes(&bytes, today()).routine.unwrap()
}

/// Items over 200 characters, the whole's LIX, and long items (15 words or more) at
/// LIX 55 or above.
fn figures(routine: &Routine) -> (usize, Lix, usize) {
    let texts = conversation_texts(routine);
    let long = texts.iter().filter(|t| t.characters() > 200).count();
    let hard = texts
        .iter()
        .filter(|t| rutineveileder::routine::readability::hard_item(t.text).is_some())
        .count();
    (long, readability(routine).overall.lix().unwrap(), hard)
}

/// The figures the language read measured on version 0.2 (issue 30), reproduced on the
/// files as they were (kept in tests/fixtures/v0.2).
#[test]
fn lix_reproduces_the_figures_of_0_2() {
    for (file, expected) in [
        ("lier.json", (23, Lix(298), 4)),
        ("mal-nb.json", (24, Lix(299), 5)),
        ("mal-nn.json", (27, Lix(290), 6)),
    ] {
        let old = routine(&format!("tests/fixtures/v0.2/{file}"));
        assert_eq!(figures(&old), expected, "{file}");
        let longest = conversation_texts(&old)
            .iter()
            .map(|t| t.characters())
            .max();
        if file == "lier.json" {
            assert_eq!(longest, Some(447), "checklist[9]");
        }
        let over: Vec<String> = readability(&old)
            .sections
            .iter()
            .filter(|(_, counts)| counts.lix().unwrap() > Lix(350))
            .map(|(section, counts)| format!("{} {:?}", section.path(), counts.lix().unwrap()))
            .collect();
        match file {
            "lier.json" => assert_eq!(over, ["checklist[] Lix(351)"]),
            "mal-nn.json" => assert_eq!(over, ["checklist[] Lix(353)"]),
            _ => assert_eq!(over, ["checklist[] Lix(357)"]),
        }
    }
}

/// At 0.3 none of the three files has an item over 200 characters, a hard long item, or
/// a section above LIX 35, and `check` warns of none of them.
#[test]
fn the_routine_files_read_plainly_now() {
    for file in ["lier.json", "mal-nb.json", "mal-nn.json"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("routines")
            .join(file);
        let checked = check_bytes(&std::fs::read(path).unwrap(), today());
        let routine = checked.routine.as_ref().unwrap();
        let (long, lix, hard) = figures(routine);
        assert_eq!((long, hard), (0, 0), "{file}");
        assert!(lix <= Lix(350), "{file}: {lix:?}");
        for (section, counts) in readability(routine).sections {
            assert!(
                counts.lix().unwrap() <= Lix(350),
                "{file}: {}",
                section.path()
            );
        }
        let warned: Vec<_> = checked
            .problems
            .iter()
            .filter(|p| {
                matches!(
                    p.message,
                    Message::TooLongToRead { .. }
                        | Message::HardToRead { .. }
                        | Message::LixTooHigh { .. }
                )
            })
            .collect();
        assert!(warned.is_empty(), "{file}: {warned:#?}");
    }
}

/// A hard item is warned of where it stands, and a section pushed over the limit where
/// the section is; the figures name every section in the language's own decimals.
#[test]
fn hard_items_and_sections_are_warned_of_at_their_place() {
    let text = std::fs::read_to_string(crate::support::lier_file()).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let hard = "Vurderingsgrunnlaget forutsetter helhetlige opplysninger om funksjonsnivå, \
                behandlingshistorikk, medikamentbruk, rusmiddelproblematikk og eksisterende \
                oppfølgingstiltak fra spesialisthelsetjenesten og kommunen.";
    doc["levels"][2]["actions"][0]["text"] = hard.into();
    for question in doc["ask"]["follow_up"].as_array_mut().unwrap() {
        question["text"] = hard.into();
    }
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    let at = |path: &str| Location::Path(path.to_owned());
    let hard_at: Vec<_> = checked
        .problems
        .iter()
        .filter(|p| matches!(p.message, Message::HardToRead { .. }))
        .map(|p| p.location.clone())
        .collect();
    assert_eq!(
        hard_at,
        [
            at("ask.follow_up[0].text"),
            at("ask.follow_up[1].text"),
            at("levels[2].actions[0].text")
        ]
    );
    let section = checked
        .problems
        .iter()
        .find(|p| {
            matches!(
                p.message,
                Message::LixTooHigh {
                    section: Some(_),
                    ..
                }
            )
        })
        .unwrap();
    assert_eq!(section.severity, Severity::Warning);
    assert_eq!(section.location, at("ask.follow_up[]"));
    let words = section.message.to_string();
    assert!(
        words.contains("tekstene i ask.follow_up[] har LIX"),
        "{words}"
    );
    let figures = readability(checked.routine.as_ref().unwrap());
    let (whole, tenth) = figures.overall.lix().unwrap().parts();
    let line = readability_figures(&figures, Language::Bokmal.texts());
    assert!(line.starts_with(&format!("LIX {whole},{tenth} ")), "{line}");
    assert!(line.contains("ask.follow_up[] "), "{line}");
    let english = readability_figures(&figures, Language::English.texts());
    assert!(
        english.starts_with(&format!("LIX {whole}.{tenth} ")),
        "{english}"
    );
}
