//! Printed type large enough to read, measured on the real PDFs: the size of every piece
//! of text shown (the font size in force at each text operator; the printables never
//! scale text otherwise). A4 documents 9 pt or more, the pocket card 7.5 pt, the posters
//! 18 pt on A3, the slides 18 pt on their 254 mm page and their A4 notes pages 11 pt;
//! for Lier's routine, the nynorsk template and a routine with the longest texts `check`
//! accepts.

use lopdf::Document;
use lopdf::content::Content;
use rutineveileder::export::{self, Kind};
use rutineveileder::routine::Routine;

use crate::support::today;

/// The smallest font size any text of the PDF is shown in.
pub fn smallest_type(bytes: &[u8]) -> f32 {
    let doc = Document::load_mem(bytes).unwrap();
    let mut smallest = f32::MAX;
    for page in doc.get_pages().into_values() {
        let content = Content::decode(&doc.get_page_content(page)).unwrap();
        let mut size = 0.0;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => size = op.operands[1].as_float().unwrap(),
                "Tj" | "TJ" | "'" | "\"" => smallest = smallest.min(size),
                _ => {}
            }
        }
    }
    smallest
}

fn routines() -> Vec<(&'static str, Routine)> {
    let lier = rutineveileder::checks::check_embedded(today())
        .routine
        .unwrap();
    let nynorsk = rutineveileder::checks::template("nn", today()).unwrap();
    vec![("lier", lier), ("mal-nn", nynorsk)]
}

#[test]
fn documents_on_a4_print_nothing_below_9_pt() {
    for (name, routine) in routines() {
        for kind in [Kind::Handout, Kind::Checklist] {
            let size = smallest_type(&export::render(kind, &routine).unwrap().bytes);
            assert!(size >= 9.0, "{name} {kind:?}: {size} pt");
        }
        let report = export::revision_report(&routine, Some(&routine), today()).unwrap();
        let size = smallest_type(&report.bytes);
        assert!(size >= 9.0, "{name} revision report: {size} pt");
    }
}

#[test]
fn the_pocket_card_prints_nothing_below_7_5_pt_and_posters_nothing_below_18_pt_on_a3() {
    let mut all = routines();
    all.push(("longest accepted", longest_accepted()));
    for (name, routine) in all {
        let card = smallest_type(&export::render(Kind::PocketCard, &routine).unwrap().bytes);
        assert!(card >= 7.5, "{name} pocket card: {card} pt");
        let a3 = smallest_type(&export::render(Kind::PosterA3, &routine).unwrap().bytes);
        assert!(a3 >= 18.0, "{name} A3 poster: {a3} pt");
        // The screen's 16:9 poster: the same share of its height as 18 pt of A3's width.
        let screen = smallest_type(&export::render(Kind::Poster, &routine).unwrap().bytes);
        assert!(
            screen >= 18.0 * 180.0 / 297.0 - 0.01,
            "{name} 16:9 poster: {screen} pt"
        );
    }
}

#[test]
fn the_slides_print_nothing_below_18_pt_and_their_notes_pages_nothing_below_11_pt() {
    let mut all = routines();
    all.push(("longest accepted", longest_accepted()));
    for (name, routine) in all {
        let slides = smallest_type(&export::render(Kind::Slides, &routine).unwrap().bytes);
        assert!(slides >= 18.0, "{name} slides: {slides} pt");
        let notes = smallest_type(&export::render(Kind::SlideNotes, &routine).unwrap().bytes);
        assert!(notes >= 11.0 - 0.01, "{name} notes pages: {notes} pt");
    }
}

/// Lier's routine with the longest poster message, level title and card phrasing that
/// `check` still accepts: each grown a word at a time until the next word is refused.
fn longest_accepted() -> Routine {
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::support::lier_file()).unwrap())
            .unwrap();
    let fields = [
        "/poster_messages/1/text",
        "/levels/1/title",
        "/ask/phrasings/0/text",
    ];
    for field in fields {
        let mut grown = 0;
        loop {
            let mut candidate = doc.clone();
            let text = candidate.pointer_mut(field).unwrap();
            let longer = format!("{} og enda litt mer", text.as_str().unwrap());
            *text = longer.into();
            let checked = rutineveileder::checks::check_bytes(
                &serde_json::to_vec(&candidate).unwrap(),
                today(),
            );
            if checked.has_errors() {
                break;
            }
            doc = candidate;
            grown += 1;
        }
        assert!(grown > 0, "{field} could not grow at all");
    }
    rutineveileder::checks::check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
        .routine
        .unwrap()
}
