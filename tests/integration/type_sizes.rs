//! Printed type large enough to read, measured on the real PDFs: the size of every piece
//! of text shown (the font size in force at each text operator; the printables never
//! scale text otherwise). A4 documents 9 pt or more.

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
    let lier = rutineveileder::routine::check_embedded(today())
        .routine
        .unwrap();
    let nynorsk = rutineveileder::routine::template::template("nn", today()).unwrap();
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
