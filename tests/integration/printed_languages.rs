//! Printables in the routine's language: the same routine marked bokmål, nynorsk or
//! English prints every word of the program's own (headings, labels, tick-box fields,
//! version line, page numbers, the gap for a missing number) in that language, read
//! back from the PDF bytes, and no word of the other two.

use rutineveileder::checks::check_bytes;
use rutineveileder::export::{self, Kind};
use rutineveileder::i18n::{Language, version_line};
use rutineveileder::routine::{Phone, Routine};

use crate::languages::only_in;
use crate::support::{lier_file, today};

/// Lier's routine with `metadata.language` set to the language's code. The content
/// stays bokmål: only the program's words may change.
fn lier_in(language: Language) -> Routine {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(lier_file()).unwrap()).unwrap();
    doc["metadata"]["language"] = language.code().into();
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    checked.routine.expect("still valid")
}

/// The PDF's text with every run of white space as one space, so that a label broken
/// over two lines still reads as one.
fn text_of(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text can be extracted");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every printable of the routine, the revision report against a version with another
/// phone number so that its change list has something to say.
fn printables(routine: &Routine) -> Vec<(Kind, String)> {
    let mut printed: Vec<(Kind, String)> = Kind::ALL
        .iter()
        .map(|kind| {
            let exported = export::render(*kind, routine).unwrap();
            (*kind, text_of(&exported.bytes))
        })
        .collect();
    let mut older = routine.clone();
    older.metadata.version = "0.1".into();
    if let Some(contact) = older.contacts.iter_mut().find(|c| c.phone.is_some()) {
        contact.phone = Phone::parse("22 22 22 22");
    }
    let report = export::revision_report(routine, Some(&older), today()).unwrap();
    printed.push((Kind::RevisionReport, text_of(&report.bytes)));
    printed
}

#[test]
fn every_printable_speaks_the_routines_language_and_no_other() {
    for language in Language::ALL {
        let routine = lier_in(language);
        let t = language.texts();
        let version = version_line(&routine, t);
        let foreign: Vec<(Language, Vec<String>)> = Language::ALL
            .into_iter()
            .filter(|other| *other != language)
            .map(|other| (other, only_in(other, language)))
            .collect();
        for (_, words) in &foreign {
            assert!(words.len() > 100, "{language:?}: {}", words.len());
        }
        for (kind, text) in printables(&routine) {
            let flat = version.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                text.contains(&flat),
                "{language:?} {kind:?}: lacks its version line «{flat}»"
            );
            for (other, words) in &foreign {
                for word in words {
                    assert!(
                        !text.contains(word.as_str()),
                        "{language:?} {kind:?}: prints {other:?} «{word}»"
                    );
                }
            }
        }
    }
}

/// The words that differ most between the languages, looked for where they belong.
#[test]
fn page_numbers_gaps_and_drafts_follow_the_routine() {
    let expected = [
        (
            Language::Bokmal,
            "Side 1 av",
            "(nummer mangler)",
            "utkast, ikke godkjent",
        ),
        (
            Language::Nynorsk,
            "Side 1 av",
            "(nummer manglar)",
            "utkast, ikkje godkjend",
        ),
        (
            Language::English,
            "Page 1 of",
            "(number missing)",
            "draft, not approved",
        ),
    ];
    for (language, page, gap, draft) in expected {
        let routine = lier_in(language);
        let handout = text_of(&export::render(Kind::Handout, &routine).unwrap().bytes);
        assert!(handout.contains(page), "{language:?}: «{page}»");
        assert!(handout.contains(draft), "{language:?}: «{draft}»");
        let checklist = export::render(Kind::Checklist, &routine).unwrap();
        assert!(
            text_of(&checklist.bytes).contains(gap),
            "{language:?}: «{gap}»"
        );
        assert!(!checklist.placeholders.is_empty());
    }
}
