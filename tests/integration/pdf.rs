//! The printables: every kind rendered from the real routine, parsed back from its bytes
//! with lopdf (structure, fonts, and the text through the fonts' ToUnicode maps).

use lopdf::{Document, Object};
use rutineveileder::checks::{check_bytes, check_embedded};
use rutineveileder::export::{self, Kind};
use rutineveileder::routine::Routine;

use crate::support::{minimal, today};

fn lier() -> Routine {
    check_embedded(today()).routine.expect("valid routine")
}

/// The text a reader gets from the PDF, through its ToUnicode maps (lopdf; `.ci/run`
/// also checks the printables with poppler's pdftotext and pdffonts).
pub fn pdf_text(bytes: &[u8]) -> String {
    let doc = Document::load_mem(bytes).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text can be extracted")
}

/// Each page's size in millimetres, rounded.
fn page_sizes(doc: &Document) -> Vec<(i64, i64)> {
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_dictionary(*id).unwrap();
            let media_box = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let number = |o: &Object| o.as_float().unwrap_or_else(|_| o.as_i64().unwrap() as f32);
            let mm = |pt: f32| (pt * 25.4 / 72.0).round() as i64;
            (mm(number(&media_box[2])), mm(number(&media_box[3])))
        })
        .collect()
}

fn embedded_font_files(doc: &Document) -> usize {
    doc.objects
        .values()
        .filter(|o| o.as_dict().is_ok_and(|d| d.has(b"FontFile2")))
        .count()
}

pub fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn every_kind_has_its_pages_size_font_and_text() {
    let routine = lier();
    // Kind, page size in mm, page count, a phrase it must hold.
    type Expectation = (
        Kind,
        (i64, i64),
        std::ops::RangeInclusive<usize>,
        &'static str,
    );
    let expectations: [Expectation; 5] = [
        (Kind::PocketCard, (210, 297), 1..=1, "Akutt fare? Ring 113"),
        (Kind::Handout, (210, 297), 6..=30, "Beskyttelsesfaktorer"),
        (Kind::Checklist, (210, 297), 3..=6, "Før dere skilles"),
        (Kind::Poster, (320, 180), 1..=1, "Vi har ingen å miste."),
        (
            Kind::PosterA3,
            (297, 420),
            1..=1,
            "Ingen kan gjøre alt, men alle kan gjøre noe.",
        ),
    ];
    for (kind, size, pages, phrase) in expectations {
        let exported = export::render(kind, &routine).unwrap();
        let doc = Document::load_mem(&exported.bytes).unwrap();
        let sizes = page_sizes(&doc);
        assert!(
            pages.contains(&sizes.len()),
            "{kind:?}: {} pages",
            sizes.len()
        );
        assert!(sizes.iter().all(|s| *s == size), "{kind:?}: {sizes:?}");
        assert_eq!(
            embedded_font_files(&doc),
            2,
            "{kind:?}: regular and bold embedded"
        );

        let text = pdf_text(&exported.bytes);
        let flat = words(&text).join(" ");
        assert!(flat.contains(phrase), "{kind:?} lacks «{phrase}»");
        assert!(flat.contains("113"), "{kind:?} lacks 113");
        assert!(
            flat.contains(&format!("Versjon {}", routine.metadata.version)),
            "{kind:?} lacks the version"
        );
        assert!(
            flat.contains("ikke godkjent") || flat.contains("godkjent "),
            "{kind:?} lacks the approval"
        );
        assert!(
            flat.contains(&routine.metadata.title)
                || flat.contains("kartlegging og identifisering"),
            "{kind:?} lacks the title"
        );
        assert!(
            text.contains('ø') && text.contains('å'),
            "{kind:?} lacks ø or å"
        );
    }
}

#[test]
fn the_handout_holds_every_contact_and_the_national_numbers() {
    let routine = lier();
    let text = words(&pdf_text(
        &export::render(Kind::Handout, &routine).unwrap().bytes,
    ))
    .join(" ");
    for contact in &routine.contacts {
        assert!(
            text.contains(&words(&contact.name).join(" ")),
            "handout lacks {}",
            contact.name
        );
    }
    for number in ["113", "116 117", "116 123", "22 40 00 40", "116 111"] {
        assert!(text.contains(number), "handout lacks {number}");
    }
    assert!(text.contains("Side 1 av"), "page numbers");
    assert!(text.contains("æ") || text.contains("Æ"));
}

#[test]
fn posters_show_where_to_turn_and_never_a_gap() {
    let routine = lier();
    for kind in [Kind::Poster, Kind::PosterA3] {
        let exported = export::render(kind, &routine).unwrap();
        let text = words(&pdf_text(&exported.bytes)).join(" ");
        for number in ["113", "116 117", "116 123", "800 33 321", "116 111"] {
            assert!(text.contains(number), "{kind:?} lacks {number}");
        }
        assert!(!text.contains("nummer mangler"), "{kind:?} prints a gap");
        assert!(exported.placeholders.is_empty(), "{kind:?}");
        for message in &routine.poster_messages {
            let message = words(&message.text).join(" ");
            assert!(text.contains(&message), "{kind:?} lacks «{message}»");
        }
    }
}

#[test]
fn placeholder_contacts_print_as_gaps_and_warn() {
    let routine = lier();
    let exported = export::render(Kind::Checklist, &routine).unwrap();
    assert!(pdf_text(&exported.bytes).contains("(nummer mangler)"));
    let name = exported
        .placeholders
        .iter()
        .find(|name| name.contains("Psykisk helse og rus"))
        .expect("the gap is reported");
    let warning = rutineveileder::i18n::printed_gap(
        name,
        &routine,
        rutineveileder::i18n::Language::Bokmal.texts(),
    );
    assert!(warning.contains("(nummer mangler)"));
    let minimal = check_bytes(&serde_json::to_vec(&minimal()).unwrap(), today())
        .routine
        .unwrap();
    assert!(
        export::render(Kind::Checklist, &minimal)
            .unwrap()
            .placeholders
            .is_empty()
    );
}

#[test]
fn the_checklist_has_no_field_for_identity() {
    let text = pdf_text(&export::render(Kind::Checklist, &lier()).unwrap().bytes).to_lowercase();
    for field in ["navn:", "fødselsdato:", "personnummer", "adresse:"] {
        assert!(!text.contains(field), "checklist has a field «{field}»");
    }
    assert!(text.contains("skriv ikke navn"));
    assert!(text.contains("kontaktet kl."));
}

#[test]
fn the_same_routine_gives_the_same_bytes() {
    let routine = lier();
    for kind in Kind::ALL {
        let first = export::render(kind, &routine).unwrap().bytes;
        let second = export::render(kind, &routine).unwrap().bytes;
        assert!(first == second, "{kind:?} is not reproducible");
    }
}

#[test]
fn very_long_texts_break_pages_without_losing_a_word() {
    let mut doc = minimal();
    let long: String = (0..1500).map(|i| format!("ord{i} ")).collect();
    let long_word =
        "Selvmordsforebyggingshandlingsplanarbeidsgruppemøtereferatsammendragsversjon".repeat(3);
    doc["purpose"]["intro"] = format!("{long}{long_word}").trim().into();
    doc["contacts"][1]["name"] = "Hjelpetelefon med et svært langt navn "
        .repeat(12)
        .trim()
        .into();
    let routine = check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
        .routine
        .unwrap();

    let handout = export::render(Kind::Handout, &routine).unwrap();
    let text = pdf_text(&handout.bytes);
    assert!(page_sizes(&Document::load_mem(&handout.bytes).unwrap()).len() >= 3);
    let found = words(&text);
    let mut position = 0;
    for i in 0..1500 {
        let word = format!("ord{i}");
        let at = found[position..]
            .iter()
            .position(|w| *w == word)
            .unwrap_or_else(|| panic!("handout lost «{word}»"));
        position += at + 1;
    }
    assert!(
        found.concat().contains(&long_word),
        "the long word is broken, not lost"
    );

    for kind in [
        Kind::PocketCard,
        Kind::Poster,
        Kind::PosterA3,
        Kind::Checklist,
    ] {
        let exported = export::render(kind, &routine).unwrap();
        let text = words(&pdf_text(&exported.bytes)).concat();
        assert!(text.contains("113"), "{kind:?} still shows 113");
    }
    let checklist = words(&pdf_text(
        &export::render(Kind::Checklist, &routine).unwrap().bytes,
    ))
    .join(" ");
    assert!(
        checklist.contains(&words(&routine.contacts[1].name).join(" ")),
        "a long contact name is kept whole"
    );
}

#[test]
fn the_revision_report_holds_status_changes_contacts_warnings_and_signatures() {
    let old = lier();
    let mut new = old.clone();
    new.metadata.version = rutineveileder::routine::write::bump(&old.metadata.version);
    let sos = new
        .contacts
        .iter_mut()
        .find(|c| c.id == "kirkens-sos-telefon")
        .unwrap();
    sos.phone = rutineveileder::routine::Phone::parse("22 40 00 41");
    // Checked once, more than a year before the report.
    sos.status = rutineveileder::routine::ContactStatus::Verified;
    sos.last_verified = chrono::NaiveDate::from_ymd_opt(2026, 11, 26);
    let late = chrono::NaiveDate::from_ymd_opt(2028, 1, 10).unwrap();
    let report = export::revision_report(&new, Some(&old), late).unwrap();
    let doc = Document::load_mem(&report.bytes).unwrap();
    assert!(page_sizes(&doc).iter().all(|s| *s == (210, 297)));
    let text = words(&pdf_text(&report.bytes)).join(" ");
    let version = format!("Versjon: {}", new.metadata.version);
    let from_to = format!(
        "Fra versjon {} til versjon {}",
        old.metadata.version, new.metadata.version
    );
    for expected in [
        "Revisjonsrapport",
        &version,
        "Godkjent: nei, rutinen er et utkast",
        "Neste revisjon: 29.11.2027 – 42 dager på overtid",
        &from_to,
        "! Endret: Kirkens SOS (22 40 00 41)",
        "TELEFON: 22 40 00 40 -> 22 40 00 41",
        "PLASSHOLDER – nummer mangler",
        "FORELDET – sist verifisert 26.11.2026",
        "Åpne advarsler",
        "Kommuneoverlege, navn:",
        "Dato og signatur:",
    ] {
        assert!(text.contains(expected), "report lacks «{expected}»");
    }
}

#[test]
fn the_revision_report_lists_every_derived_line_for_the_kommuneoverlege() {
    let raw = std::fs::read_to_string(crate::support::lier_file()).unwrap();
    let marked = raw.matches("\"derived\": true").count();
    let routine = lier();
    let derived = routine.derived_items();
    assert_eq!(derived.len(), marked, "every item marked in the file");
    assert!(marked > 0, "§11 marks our own readings");
    let report = export::revision_report(&routine, None, today()).unwrap();
    let text = words(&pdf_text(&report.bytes)).join(" ");
    let heading = format!("Punkter kommuneoverlegen må ta stilling til ({marked})");
    assert!(text.contains(&heading), "{heading}");
    let t = rutineveileder::i18n::Language::Bokmal.texts();
    for located in derived {
        let place = rutineveileder::i18n::place_name(located.place, &routine, t);
        let line = words(&format!("{place}: {}", located.item.text)).join(" ");
        assert!(text.contains(&line), "report lacks «{line}»");
    }
}

/// On a black-and-white printer the level colours are greys: each level's name stands
/// beside its colour on the card.
#[test]
fn the_pocket_card_names_each_level_beside_its_colour() {
    let routine = lier();
    let text = words(&pdf_text(
        &export::render(Kind::PocketCard, &routine).unwrap().bytes,
    ))
    .join(" ");
    for level in &routine.levels {
        let line = words(&format!("{}: {}", level.name, level.title)).join(" ");
        assert_eq!(text.matches(&line).count(), 4, "«{line}» on each card");
    }
}
