//! The pocket card: credit-card panels (85.6 × 54 mm) on an A4 sheet with cut marks,
//! front and back side by side to fold. Front: 113 and the three action levels (and a
//! QR code to the employees' pages when they are published); back: how to ask and whom
//! to call by day and out of hours.
//!
//! The type never shrinks below 7.5 pt, to be read standing in a corridor. The routine
//! chooses what the back holds (`pocket_card`), `check` says which line to shorten when
//! a side does not fit, and the editor shows how full each side is.

use crate::i18n::{Language, Texts, fill, version_line};
use crate::routine::problems::{Path, Problems};
use crate::routine::{CardSide, Contact, ContactRole, Level, Message, PocketCard, Routine};

use super::fit::{Block, Fitted, fit, lay_out};
use super::layout::{Colour, FontIds, Fonts, PT_PER_MM, Rich, Style};
use super::pages::{Pages, Rect};
use super::poster::level_colour;
use super::qr::{Readers, WayIn};
use super::structure::{Attributes, Role};
use super::{Drawn, emergency_line, number_link, page};

/// ID-1, the size of a bank card, in millimetres.
const CARD: (f32, f32) = (85.6, 54.0);
const ROWS: usize = 4;
const PADDING_MM: f32 = 3.5;
/// The QR code to the employees' pages, quiet zone included.
const QR_MM: f32 = 14.0;
/// The card's smallest type, and its ordinary text.
pub const BODY: Style = Style::regular(7.5);
const HEADING: Style = Style::bold(8.0);

/// How full a side of the card is, in lines of 7.5 pt text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fill {
    pub used: usize,
    pub available: usize,
}

/// Where a line of the card comes from in the routine, so that `check` can point to the
/// one to shorten.
#[derive(Debug, Clone, PartialEq)]
enum Origin {
    /// Text of the program's own («Akutt fare? Ring 113», headings).
    Program,
    /// A level's name and title.
    Level(usize),
    /// The level rule's words, the municipality and version.
    Metadata,
    /// `pocket_card.ask[i]`, or the phrasing the program chose.
    Phrasing(Option<usize>),
    /// `pocket_card.day[i]` / `out_of_hours[i]`, or a contact the program chose.
    Contact(&'static str, Option<usize>),
}

/// One side: its blocks, each with where it comes from, and its height in points.
struct Side {
    blocks: Vec<(Block, Origin)>,
    height: f32,
}

impl Side {
    fn blocks(&self) -> Vec<Block> {
        self.blocks.iter().map(|(b, _)| b.clone()).collect()
    }
}

/// The card's inner width and height in points.
fn inner() -> (f32, f32) {
    let padding = 2.0 * PADDING_MM * PT_PER_MM;
    (CARD.0 * PT_PER_MM - padding, CARD.1 * PT_PER_MM - padding)
}

fn line() -> f32 {
    BODY.line_height()
}

/// Both sides of the card for this routine.
fn sides(routine: &Routine, fonts: &Fonts, gaps: &mut Vec<String>, t: &Texts) -> (Side, Side) {
    let (_, height) = inner();
    let band = if WayIn::for_readers(routine, Readers::Employees, t).is_some() {
        QR_MM * PT_PER_MM
    } else {
        0.0
    };
    let front = Side {
        blocks: front(routine, t),
        height: height - band,
    };
    let back = Side {
        blocks: back(routine, &chosen(routine, fonts, t), gaps, t),
        height,
    };
    (front, back)
}

/// What the card's back holds: the routine's choice, else the program's.
pub fn choice(routine: &Routine) -> PocketCard {
    match Fonts::embedded() {
        Some(fonts) => chosen(routine, &fonts, Language::of_routine(routine).texts()),
        None => routine.pocket_card.clone().unwrap_or_default(),
    }
}

fn chosen(routine: &Routine, fonts: &Fonts, t: &Texts) -> PocketCard {
    let (width, height) = inner();
    routine
        .pocket_card
        .clone()
        .unwrap_or_else(|| chosen_by_program(routine, fonts, width, height, t))
}

/// How full each side of the card is: front, then back.
pub fn fill_of(routine: &Routine) -> Option<(Fill, Fill)> {
    let fonts = Fonts::embedded()?;
    let t = Language::of_routine(routine).texts();
    let (front, back) = sides(routine, &fonts, &mut Vec::new(), t);
    let (width, _) = inner();
    let fill = |side: &Side| {
        let laid = lay_out(&fonts, &side.blocks(), width, 1.0);
        Fill {
            used: (laid.height / line() - 0.01).ceil().max(0.0) as usize,
            available: (side.height / line()).floor() as usize,
        }
    };
    Some((fill(&front), fill(&back)))
}

/// An error at the first line of a side that does not fit at 7.5 pt, naming it.
pub(crate) fn check_fit(routine: &Routine, problems: &mut Problems) {
    let Some(fonts) = Fonts::embedded() else {
        return;
    };
    let t = Language::of_routine(routine).texts();
    let (front, back) = sides(routine, &fonts, &mut Vec::new(), t);
    let (width, _) = inner();
    for (side, which) in [(&front, CardSide::Front), (&back, CardSide::Back)] {
        let laid = lay_out(&fonts, &side.blocks(), width, 1.0);
        let Some(beyond) = laid.first_beyond(side.height) else {
            continue;
        };
        let message = Message::CardDoesNotFit {
            side: which,
            needed: (laid.height / line() - 0.01).ceil() as usize,
            available: (side.height / line()).floor() as usize,
        };
        let origin = side.blocks.get(beyond).map(|(_, o)| o);
        problems.error(&place(origin, problems), message);
    }
}

/// Where in the file a line of the card comes from.
fn place(origin: Option<&Origin>, problems: &Problems) -> Path {
    let card = Path::default().field("pocket_card");
    match origin {
        Some(Origin::Level(i)) => problems
            .element(&Path::default().field("levels"), *i)
            .field("title"),
        Some(Origin::Phrasing(Some(i))) => problems.element(&card.field("ask"), *i),
        Some(Origin::Contact(list, Some(i))) => problems.element(&card.field(list), *i),
        Some(Origin::Metadata) => Path::default().field("metadata"),
        _ => card,
    }
}

pub(crate) fn draw<'a>(routine: &Routine, fonts: &'a Fonts, ids: &'a FontIds) -> Drawn<'a> {
    let (page_w, page_h) = (page::A4.0 * PT_PER_MM, page::A4.1 * PT_PER_MM);
    let (card_w, card_h) = (CARD.0 * PT_PER_MM, CARD.1 * PT_PER_MM);
    let left = (page_w - 2.0 * card_w) / 2.0;
    let top = (page_h - ROWS as f32 * card_h) / 2.0;
    let mut pages = Pages::new(fonts, ids, page_h);
    let mut gaps = Vec::new();
    let t = Language::of_routine(routine).texts();
    let grey = Style::regular(8.0).coloured(Colour::GREY);
    let cut_and_fold = fill(t.printed.cut_and_fold, &[("count", &ROWS)]);
    let heading = [
        Block::new(routine.metadata.title.as_str(), Style::bold(10.0), 3.0).heading(1),
        Block::new(cut_and_fold, grey, 1.0),
        Block::new(version_line(routine, t), grey, 0.0),
    ];
    // The heading ends above the cut marks, which reach MARK_REACH above the cards.
    let above_marks = top - MARK_REACH - 4.0;
    if let Some(fitted) = fit(fonts, &heading, 2.0 * card_w, above_marks - 12.0, 1.0, 1.0) {
        fitted.draw(&mut pages, 0, (left, above_marks - fitted.height));
    }

    let (inner_w, inner_h) = inner();
    let way_in = WayIn::for_readers(routine, Readers::Employees, t);
    let (front, back) = sides(routine, fonts, &mut gaps, t);
    let front = within(fonts, &front, inner_w);
    let back = within(fonts, &back, inner_w);
    // Each card is read front, then back (column by column, not line across line);
    // the sheet says above them that it holds four identical cards.
    for row in 0..ROWS {
        let y = top + row as f32 * card_h + PADDING_MM * PT_PER_MM;
        let x = left + PADDING_MM * PT_PER_MM;
        pages.open(Role::Sect, Attributes::default());
        front.draw(&mut pages, 0, (x, y));
        if let Some(way_in) = &way_in {
            let band = Rect {
                x,
                top: y + inner_h - QR_MM * PT_PER_MM,
                width: inner_w,
                height: QR_MM * PT_PER_MM,
            };
            way_in.draw(&mut pages, 0, band, BODY, t);
        }
        back.draw(&mut pages, 0, (x + card_w, y));
        pages.close();
    }
    cut_marks(&mut pages, left, top, card_w, card_h);
    Drawn {
        size: page::A4,
        pages,
        printed_placeholders: gaps,
    }
}

/// A side laid out at its own type, without what does not fit (which `check` refuses
/// before a routine can be printed).
fn within(fonts: &Fonts, side: &Side, width: f32) -> Fitted {
    let laid = lay_out(fonts, &side.blocks(), width, 1.0);
    match laid.first_beyond(side.height) {
        Some(beyond) => laid.first(beyond),
        None => laid,
    }
}

fn front(routine: &Routine, t: &Texts) -> Vec<(Block, Origin)> {
    let red = level_colour(Level::Red);
    let mut blocks = vec![(
        Block::new(
            emergency_line(routine, t),
            Style::bold(13.0).coloured(red),
            3.0,
        )
        .heading(2),
        Origin::Program,
    )];
    for (i, level) in routine.levels.iter().enumerate() {
        // The level's name beside its colour: it reads on a black-and-white printer.
        let text = format!("{}: {}", level.name, level.title);
        let style = HEADING.coloured(level_colour(level.level));
        blocks.push((Block::new(text, style, 1.5).list_item(), Origin::Level(i)));
    }
    blocks.push((
        Block::new(t.printed.when_in_doubt, HEADING, 2.0),
        Origin::Program,
    ));
    let version = fill(
        t.printed.card_version,
        &[
            ("municipality", &routine.metadata.municipality),
            ("version", &routine.metadata.version),
        ],
    );
    blocks.push((
        Block::new(version, BODY.coloured(Colour::GREY), 0.0),
        Origin::Metadata,
    ));
    blocks
}

fn back(
    routine: &Routine,
    card: &PocketCard,
    gaps: &mut Vec<String>,
    t: &Texts,
) -> Vec<(Block, Origin)> {
    let chosen = routine.pocket_card.is_some();
    let mut blocks = Vec::new();
    let phrasings: Vec<(usize, &str)> = card
        .ask
        .iter()
        .enumerate()
        .filter_map(|(i, id)| {
            let phrasing = routine.ask.phrasings.iter().find(|p| &p.id == id)?;
            Some((i, phrasing.text.as_str()))
        })
        .collect();
    if !phrasings.is_empty() {
        let heading = Block::new(t.printed.ask_directly, HEADING, 0.5).heading(2);
        blocks.push((heading, Origin::Program));
    }
    for (i, text) in phrasings {
        let text = text.trim_matches(['«', '»', '“', '”', '"']);
        let quoted = fill(t.printed.quote, &[("text", &text)]);
        let origin = Origin::Phrasing(chosen.then_some(i));
        blocks.push((Block::new(quoted, BODY, 2.0), origin));
    }
    for (title, list, ids) in [
        (t.printed.daytime, "day", &card.day),
        (t.printed.out_of_hours, "out_of_hours", &card.out_of_hours),
    ] {
        let contacts: Vec<(usize, &Contact)> = ids
            .iter()
            .enumerate()
            .filter_map(|(i, id)| Some((i, routine.contact(id)?)))
            // A placeholder without a number is never printed on the card.
            .filter(|(_, c)| c.phone.is_some() || c.url.is_some())
            .collect();
        if contacts.is_empty() {
            continue;
        }
        blocks.push((Block::new(title, HEADING, 0.5).heading(2), Origin::Program));
        for (i, contact) in contacts {
            let line =
                Rich::plain(format!("{}: ", contact.name)).append(number_link(contact, gaps, t));
            let origin = Origin::Contact(list, chosen.then_some(i));
            blocks.push((Block::new(line, BODY, 1.0).list_item(), origin));
        }
        if let Some((last, _)) = blocks.last_mut() {
            last.gap_after = 2.5;
        }
    }
    blocks
}

/// What the card holds when the routine does not choose: the first phrasing for
/// everyone, and the contacts of GUL and GRØNN that have a number (113 is on the
/// front), day services first, then those for evenings, nights and weekends, as many as
/// fit on the back, in the order the levels list them.
fn chosen_by_program(
    routine: &Routine,
    fonts: &Fonts,
    width: f32,
    height: f32,
    t: &Texts,
) -> PocketCard {
    let mut card = PocketCard {
        ask: routine
            .ask
            .phrasings
            .iter()
            .find(|p| p.audiences.is_empty())
            .map(|p| vec![p.id.clone()])
            .unwrap_or_default(),
        ..PocketCard::default()
    };
    let mut seen: Vec<&str> = Vec::new();
    for level in [Level::Yellow, Level::Green] {
        let contacts = routine.level(level).map(|l| l.contacts.as_slice());
        for contact in contacts
            .unwrap_or_default()
            .iter()
            .filter_map(|id| routine.contact(id))
        {
            let callable = contact.phone.as_ref().is_some_and(|p| p.digits != "113")
                || (contact.phone.is_none() && contact.url.is_some());
            if !callable || seen.contains(&contact.id.as_str()) {
                continue;
            }
            seen.push(&contact.id);
            let mut candidate = card.clone();
            let list = match contact.role {
                ContactRole::Day => &mut candidate.day,
                ContactRole::OutOfHours | ContactRole::Any => &mut candidate.out_of_hours,
            };
            if list.len() >= PocketCard::MOST_CONTACTS {
                continue;
            }
            list.push(contact.id.clone());
            let blocks: Vec<Block> = back(routine, &candidate, &mut Vec::new(), t)
                .into_iter()
                .map(|(b, _)| b)
                .collect();
            if lay_out(fonts, &blocks, width, 1.0).height <= height {
                card = candidate;
            }
        }
    }
    card
}

/// How far the cut marks reach out from the cards, and the gap they leave next to them.
const MARK_REACH: f32 = 13.0;
const MARK_GAP: f32 = 3.0;

/// Cut marks at every card edge outside the grid, and the fold line between front and
/// back: artifacts.
fn cut_marks(pages: &mut Pages<'_>, left: f32, top: f32, card_w: f32, card_h: f32) {
    let right = left + 2.0 * card_w;
    let bottom = top + ROWS as f32 * card_h;
    for row in 0..=ROWS {
        let y = top + row as f32 * card_h;
        pages.artifact_line(0, (left - MARK_REACH, y), (left - MARK_GAP, y), 0.4, false);
        pages.artifact_line(
            0,
            (right + MARK_GAP, y),
            (right + MARK_REACH, y),
            0.4,
            false,
        );
    }
    for x in [left, right] {
        pages.artifact_line(0, (x, top - MARK_REACH), (x, top - MARK_GAP), 0.4, false);
        pages.artifact_line(
            0,
            (x, bottom + MARK_GAP),
            (x, bottom + MARK_REACH),
            0.4,
            false,
        );
    }
    let fold = left + card_w;
    pages.artifact_line(
        0,
        (fold, top - MARK_REACH),
        (fold, bottom + MARK_REACH),
        0.4,
        true,
    );
}
