//! The presentation made from real routines (Lier's file and the national templates) and
//! read back from its PDF: every text of the routine the deck shows is on exactly one
//! slide (the routine's own walker lists them), lead-ins and points never end a slide
//! without what they lead into, nothing stands outside its slide's room or below the
//! smallest type, the levels' slides are in their colours with their names, the contacts'
//! numbers are large, and the PDF's pages are the window's slides, line for line.

use lopdf::Document;
use rutineveileder::checks::{check_bytes, check_file};
use rutineveileder::export::layout::Fonts;
use rutineveileder::export::{self, Kind};
use rutineveileder::i18n::Language;
use rutineveileder::routine::readability::sentences;
use rutineveileder::routine::{AskList, Level, Place, Routine};
use rutineveileder::training::canvas::{self, Area, Ink, Mark, Role, Shape};
use rutineveileder::training::slides::{self, BlockKind, CONTENT_BOTTOM, Content, Slide};

use crate::support::{lier_file, today};

fn fonts() -> Fonts {
    Fonts::embedded().unwrap()
}

/// Lier's routine from its file, and the templates in bokmål and nynorsk.
fn routines() -> Vec<(&'static str, Routine)> {
    let lier = check_file(&lier_file(), today()).unwrap().routine.unwrap();
    let template = |code| rutineveileder::checks::template(code, today()).unwrap();
    vec![
        ("lier", lier),
        ("mal-nb", template("nb")),
        ("mal-nn", template("nn")),
    ]
}

/// The deck in the routine's own language, as the PDF has it.
fn deck(routine: &Routine) -> Vec<Slide> {
    slides::deck(routine, Language::of_routine(routine).texts(), &fonts())
}

/// The lists the presentation shows; the others (the purpose's points, follow-up
/// questions, sectors' checklists, guidance, the poster's messages) it does not.
fn shown(place: &Place<'_>) -> bool {
    matches!(
        place,
        Place::KeyMessages
            | Place::WarningSigns(_)
            | Place::RiskFactors
            | Place::ProtectiveFactors
            | Place::TriggeringSituations
            | Place::Ask(AskList::Phrasings | AskList::Dos | AskList::Donts)
            | Place::LevelRule
            | Place::LevelCriteria(_)
            | Place::LevelActions(_)
            | Place::Checklist
            | Place::Aftercare
    )
}

#[test]
fn every_text_the_deck_shows_is_on_exactly_one_slide() {
    for (name, routine) in routines() {
        let deck = deck(&routine);
        let on_slides: Vec<&str> = deck.iter().flat_map(Slide::item_texts).collect();
        // The rule for choosing a level is shown one sentence a point.
        let walked: Vec<&str> = routine
            .walk_items()
            .into_iter()
            .filter(|w| shown(&w.place))
            .flat_map(|w| match w.place {
                Place::LevelRule => sentences(&w.item.text),
                _ => vec![w.item.text.as_str()],
            })
            .collect();
        assert!(walked.len() > 50, "{name}: {} items", walked.len());
        for text in &walked {
            let expected = walked.iter().filter(|t| *t == text).count();
            let found = on_slides.iter().filter(|t| *t == text).count();
            assert_eq!(found, expected, "{name}: «{text}» is on {found} slides");
        }
        assert_eq!(
            on_slides.len(),
            walked.len(),
            "{name}: the slides show texts of other lists"
        );
        // And each is drawn, whole, on its slide.
        for slide in &deck {
            for text in slide.item_texts() {
                assert!(
                    slide.drawing.texts().any(|t| t.text == text),
                    "{name}: «{text}» is not drawn on «{}»",
                    slide.title
                );
            }
        }
    }
}

/// Lier's routine with `count` more factors in the first group of each list of factors,
/// so that the groups after it start at every height of a slide.
fn more_factors(count: usize) -> Routine {
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(lier_file()).unwrap()).unwrap();
    for list in [
        "risk_factors",
        "protective_factors",
        "triggering_situations",
    ] {
        if let Some(items) = doc[list]["groups"][0]["items"].as_array_mut() {
            for i in 0..count {
                items.push(serde_json::json!({
                    "id": format!("{list}-ekstra-{i}").replace('_', "-"),
                    "text": format!("Et punkt til, nummer {i}"),
                    "sources": ["S01"],
                }));
            }
        }
    }
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    checked.routine.expect("still valid")
}

#[test]
fn lead_ins_and_points_never_end_a_slide_without_what_they_lead_into() {
    let mut all = routines();
    all.extend((1..=12).map(|count| ("more factors", more_factors(count))));
    for (name, routine) in all {
        let deck = deck(&routine);
        let blocks = |slide: &Slide| match &slide.content {
            Content::Points { blocks, .. } => blocks.clone(),
            _ => Vec::new(),
        };
        for pair in deck.windows(2) {
            let (this, next) = (blocks(&pair[0]), blocks(&pair[1]));
            let last = this.last().map(|b| b.kind);
            assert_ne!(
                last,
                Some(BlockKind::LeadIn),
                "{name}: «{}» ends in a lead-in",
                pair[0].title
            );
            let parted = last == Some(BlockKind::Point)
                && next.first().map(|b| b.kind) == Some(BlockKind::SubPoint);
            assert!(
                !parted,
                "{name}: «{}» parts a point from its sub-points",
                pair[0].title
            );
        }
        // Lier's protective factors have a group led in, and points with sub-points.
        if name == "lier" {
            let kinds: Vec<BlockKind> = deck.iter().flat_map(blocks).map(|b| b.kind).collect();
            assert!(kinds.contains(&BlockKind::LeadIn) && kinds.contains(&BlockKind::SubPoint));
        }
    }
}

/// A routine whose first RØD action is longer than any slide holds, and whose level
/// names and the first sign group's title are long.
fn stretched() -> Routine {
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(lier_file()).unwrap()).unwrap();
    let long: String = (0..400).map(|i| format!("ord{i} ")).collect();
    doc["levels"][0]["actions"][0]["text"] = long.trim().into();
    doc["warning_signs"]["groups"][0]["title"] =
        "Det personen sier, skriver eller legger ut i sosiale medier og i meldinger".into();
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    checked.routine.expect("still valid")
}

#[test]
fn nothing_stands_outside_its_slide_or_below_the_smallest_type() {
    let fonts = fonts();
    let mut all = routines();
    all.push(("stretched", stretched()));
    let canvas = Area {
        x: 0.0,
        top: 0.0,
        width: canvas::WIDTH,
        height: canvas::HEIGHT,
    };
    let room = Area {
        x: canvas::MARGIN_X,
        top: 0.0,
        width: canvas::TEXT_WIDTH,
        height: CONTENT_BOTTOM,
    };
    for (name, routine) in all {
        for slide in deck(&routine) {
            for text in slide.drawing.texts() {
                assert!(text.kind.size >= canvas::SMALLEST, "{name}: {text:?}");
                let area = text.area(&fonts);
                let footer = matches!(text.role, Role::Emergency | Role::SlideNumber);
                let inside = if footer { canvas } else { room };
                assert!(
                    inside.contains(&area),
                    "{name}: «{}» on «{}» stands at {area:?}",
                    text.text,
                    slide.title
                );
            }
            for mark in &slide.drawing.marks {
                if let Mark::Shape(Shape::Fill(area, _) | Shape::Symbol(_, area, _)) = mark {
                    assert!(canvas.contains(area), "{name}: {mark:?}");
                }
            }
        }
    }
}

#[test]
fn a_text_longer_than_a_slide_goes_on_over_the_next_without_losing_a_word() {
    let routine = stretched();
    let text = &routine.levels[0].actions[0].text;
    let pieces: Vec<String> = deck(&routine)
        .iter()
        .flat_map(|s| s.item_texts())
        .filter(|t| t.starts_with("ord") && text.contains(*t))
        .map(str::to_owned)
        .collect();
    assert!(pieces.len() >= 3, "{} pieces", pieces.len());
    assert_eq!(pieces.join(" "), *text);
}

#[test]
fn the_title_slide_names_the_routine_its_municipality_version_and_the_plans_words() {
    for (name, routine) in routines() {
        let deck = deck(&routine);
        let meta = &routine.metadata;
        let Content::Title {
            municipality,
            words,
            status,
        } = &deck[0].content
        else {
            panic!("{name}: the first slide is a {:?}", deck[0].content);
        };
        assert_eq!(deck[0].title, meta.title);
        assert_eq!(municipality, &meta.municipality);
        let t = Language::of_routine(&routine).texts();
        assert_eq!(status, &rutineveileder::i18n::version_line(&routine, t));
        if meta.approval.is_none() {
            let draft = t.printed.version_draft.split(" · ").nth(1).unwrap();
            assert!(status.contains(draft), "{name}: {status}");
        }
        let messages: Vec<&str> = routine
            .key_messages
            .iter()
            .map(|m| m.text.as_str())
            .collect();
        assert!(messages.contains(&words.as_deref().unwrap()), "{name}");
        let heading = deck[0]
            .drawing
            .texts()
            .find(|t| t.role == Role::Heading)
            .unwrap();
        assert_eq!(heading.text, meta.title);
        assert!(heading.kind.size > 1.5 * canvas::SMALLEST);
    }
}

#[test]
fn a_levels_slides_are_in_its_colour_with_its_name_and_contacts_have_large_numbers() {
    let routine = routines().remove(0).1;
    let deck = deck(&routine);
    for level in &routine.levels {
        let own: Vec<&Slide> = deck
            .iter()
            .filter(|s| matches!(&s.content, Content::Points { level: Some(l), .. } if l.level == level.level))
            .collect();
        let needed = !level.criteria.is_empty() as usize + !level.actions.is_empty() as usize;
        assert!(own.len() >= needed, "{:?}", level.level);
        for slide in own {
            let marks = &slide.drawing.marks;
            let band = marks.iter().any(|m| {
                matches!(m, Mark::Shape(Shape::Fill(area, Ink::Level(l)))
                    if *l == level.level && area.width == canvas::WIDTH)
            });
            assert!(band, "«{}» has no band in its level's colour", slide.title);
            let named = slide.drawing.texts().any(|t| {
                t.ink == Ink::Paper && t.text.contains(&level.name) && t.text.contains(&level.title)
            });
            assert!(
                named,
                "«{}» does not name its level on the band",
                slide.title
            );
            let heading = slide
                .drawing
                .texts()
                .find(|t| t.role == Role::Heading)
                .unwrap();
            assert_eq!(heading.ink, Ink::Level(level.level));
            assert!(heading.text.contains(&level.name));
        }
    }
    let mut rows = 0;
    for slide in deck
        .iter()
        .filter(|s| matches!(s.content, Content::Contacts { .. }))
    {
        let Content::Contacts { rows: contacts } = &slide.content else {
            unreachable!()
        };
        for row in contacts.iter().filter(|r| r.phone) {
            let number = slide
                .drawing
                .texts()
                .find(|t| t.text == row.number && t.role == Role::Cell)
                .unwrap();
            let name = slide.drawing.texts().find(|t| t.text == row.name).unwrap();
            assert!(
                number.kind.bold && number.kind.size >= 1.4 * name.kind.size,
                "{}",
                row.number
            );
            rows += 1;
        }
    }
    let phones = routine
        .levels
        .iter()
        .flat_map(|l| &l.contacts)
        .filter_map(|id| routine.contact(id))
        .filter(|c| c.phone.is_some())
        .map(|c| &c.id)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    assert_eq!(rows, phones, "every level's contact with a phone, once");
    let levels = deck.iter().find_map(|s| match &s.content {
        Content::Section { levels, .. } if !levels.is_empty() => Some(levels),
        _ => None,
    });
    assert_eq!(
        levels.map(|l| l.iter().map(|n| n.level).collect::<Vec<_>>()),
        Some(vec![Level::Red, Level::Yellow, Level::Green]),
        "the levels' divider names the three levels"
    );
}

/// The text of each page, as poppler's library twin (lopdf) extracts it, without
/// white space.
fn page_texts(bytes: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(bytes).unwrap();
    doc.get_pages()
        .keys()
        .map(|page| squeeze(&doc.extract_text(&[*page]).unwrap()))
        .collect()
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

fn page_sizes(bytes: &[u8]) -> Vec<(f32, f32)> {
    let doc = Document::load_mem(bytes).unwrap();
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_dictionary(*id).unwrap();
            let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let number = |i: usize| media[i].as_float().unwrap();
            (number(2) - number(0), number(3) - number(1))
        })
        .collect()
}

#[test]
fn the_pdf_has_the_windows_slides_line_for_line_one_16_9_page_each() {
    for (name, routine) in routines() {
        let deck = deck(&routine);
        let pdf = export::render(Kind::Slides, &routine).unwrap();
        let sizes = page_sizes(&pdf.bytes);
        assert_eq!(sizes.len(), deck.len(), "{name}: a page per slide");
        for (width, height) in sizes {
            assert!(
                (width - 720.0).abs() < 0.01 && (height - 405.0).abs() < 0.01,
                "{name}"
            );
        }
        for (i, (slide, page)) in deck.iter().zip(page_texts(&pdf.bytes)).enumerate() {
            let mut rest = page.as_str();
            for text in slide.drawing.texts() {
                for line in &text.lines {
                    let line = squeeze(&line.text);
                    let at = rest
                        .find(&line)
                        .unwrap_or_else(|| panic!("{name}: page {} lacks «{line}»", i + 1));
                    rest = &rest[at + line.len()..];
                }
            }
        }
        let gaps: Vec<&str> = deck.iter().flat_map(Slide::gaps).collect();
        assert_eq!(pdf.placeholders, gaps, "{name}: the gaps are reported");
    }
}

#[test]
fn the_notes_pages_show_each_slide_small_above_its_notes() {
    let routine = routines().remove(0).1;
    let deck = deck(&routine);
    let pdf = export::render(Kind::SlideNotes, &routine).unwrap();
    let sizes = page_sizes(&pdf.bytes);
    assert!(sizes.len() >= deck.len());
    for (width, height) in &sizes {
        assert!((width - 595.28).abs() < 0.1 && (height - 841.89).abs() < 0.1);
    }
    let t = Language::of_routine(&routine).texts();
    let pages = page_texts(&pdf.bytes);
    let mut page = 0;
    for (i, slide) in deck.iter().enumerate() {
        // The slide's notes page: the first after the previous one's that shows its title.
        page += pages[page..]
            .iter()
            .position(|p| p.contains(&squeeze(&slide.title)))
            .unwrap_or_else(|| panic!("no notes page for slide {}", i + 1));
        let text: String = pages[page..].iter().take(2).cloned().collect();
        assert!(text.contains(&squeeze(t.training.notes_heading)));
        for note in &slide.notes {
            assert!(
                text.contains(&squeeze(note)),
                "slide {}: note missing",
                i + 1
            );
        }
        if slide.notes.is_empty() {
            assert!(text.contains(&squeeze(t.training.no_notes)));
        }
        let footer = format!("Lysbilde {} av {}", i + 1, deck.len());
        assert!(text.contains(&squeeze(&footer)), "{footer}");
        page += 1;
    }
}

#[test]
fn the_window_and_the_pdf_split_alike_when_they_speak_the_same_language() {
    let routine = routines().remove(0).1;
    let window = slides::deck(&routine, Language::Bokmal.texts(), &fonts());
    assert_eq!(window, deck(&routine), "the same slides, the same drawing");
    let nynorsk = slides::deck(&routine, Language::Nynorsk.texts(), &fonts());
    assert_ne!(
        nynorsk[2].title, window[2].title,
        "the program's words follow the language"
    );
}
