//! The pocket card: credit-card panels (85.6 × 54 mm) on an A4 sheet with cut marks,
//! front and back side by side to fold. Front: 113 and the three action levels; back:
//! how to ask and the key contacts by day and out of hours.

use crate::i18n::{Language, Texts, fill, version_line};
use crate::routine::{Contact, ContactRole, Level, Routine};

use super::fit::{Block, Fitted, fit};
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
/// Smallest scale of the card's type: 7 pt body text down to about 5 pt.
const MIN_SCALE: f32 = 0.72;

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
    if let Some(fitted) = fit(fonts, &heading, 2.0 * card_w, top - 12.0, 1.0, 0.5) {
        fitted.draw(&mut pages, 0, (left, top - fitted.height - 8.0));
    }

    let inner_w = card_w - 2.0 * PADDING_MM * PT_PER_MM;
    let inner_h = card_h - 2.0 * PADDING_MM * PT_PER_MM;
    // The way in to the employees' pages, at the foot of the front, when they are
    // published.
    let way_in = WayIn::for_readers(routine, Readers::Employees, t);
    let band_height = if way_in.is_some() {
        QR_MM * PT_PER_MM
    } else {
        0.0
    };
    let more = t.printed.more_in_routine;
    let front_h = inner_h - band_height;
    let front = fitted_or_shortened(fonts, front(routine, t), inner_w, front_h, more);
    let back = fitted_or_shortened(fonts, back(routine, &mut gaps, t), inner_w, inner_h, more);
    // Each card is read front, then back (column by column, not line across line);
    // the sheet says above them that it holds four identical cards.
    for row in 0..ROWS {
        let y = top + row as f32 * card_h + PADDING_MM * PT_PER_MM;
        let x = left + PADDING_MM * PT_PER_MM;
        pages.open(Role::Sect, Attributes::default());
        if let Some(front) = &front {
            front.draw(&mut pages, 0, (x, y));
        }
        if let Some(way_in) = &way_in {
            let band = Rect {
                x,
                top: y + inner_h - band_height,
                width: inner_w,
                height: band_height,
            };
            way_in.draw(&mut pages, 0, band, Style::regular(7.5), t);
        }
        if let Some(back) = &back {
            back.draw(&mut pages, 0, (x + card_w, y));
        }
        pages.close();
    }
    cut_marks(&mut pages, left, top, card_w, card_h);
    Drawn {
        size: page::A4,
        pages,
        printed_placeholders: gaps,
    }
}

/// Fits the blocks; if they do not fit even at the smallest type, leaves out blocks from
/// the end (the least important) and says so on the card.
fn fitted_or_shortened(
    fonts: &Fonts,
    mut blocks: Vec<Block>,
    width: f32,
    height: f32,
    more: &str,
) -> Option<Fitted> {
    let note = Block::new(more, Style::regular(6.0), 0.0);
    let mut shortened = false;
    loop {
        let mut candidate = blocks.clone();
        if shortened {
            candidate.push(note.clone());
        }
        if let Some(fitted) = fit(fonts, &candidate, width, height, 1.0, MIN_SCALE) {
            return Some(fitted);
        }
        blocks.pop()?;
        shortened = true;
    }
}

fn front(routine: &Routine, t: &Texts) -> Vec<Block> {
    let mut blocks = vec![
        Block::new(
            emergency_line(routine, t),
            Style::bold(13.0).coloured(level_colour(Level::Red)),
            3.0,
        )
        .heading(2),
    ];
    for level in &routine.levels {
        blocks.push(
            Block::new(
                format!("{}: {}", level.name, level.title),
                Style::bold(7.5).coloured(level_colour(level.level)),
                1.5,
            )
            .list_item(),
        );
    }
    blocks.push(Block::new(t.printed.when_in_doubt, Style::bold(7.0), 2.0));
    blocks.push(Block::new(
        fill(
            t.printed.card_version,
            &[
                ("municipality", &routine.metadata.municipality),
                ("version", &routine.metadata.version),
            ],
        ),
        Style::regular(5.5).coloured(Colour::GREY),
        0.0,
    ));
    blocks
}

fn back(routine: &Routine, gaps: &mut Vec<String>, t: &Texts) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(phrasing) = routine
        .ask
        .phrasings
        .iter()
        .find(|p| p.audiences.is_empty())
    {
        blocks.push(Block::new(t.printed.ask_directly, Style::bold(7.0), 0.5).heading(2));
        let text = phrasing.text.trim_matches(['«', '»', '“', '”', '"']);
        blocks.push(Block::new(
            fill(t.printed.quote, &[("text", &text)]),
            Style::regular(7.0),
            2.0,
        ));
    }
    let (day, night) = key_contacts(routine);
    for (title, contacts) in [(t.printed.daytime, day), (t.printed.out_of_hours, night)] {
        if contacts.is_empty() {
            continue;
        }
        blocks.push(Block::new(title, Style::bold(7.0), 0.5).heading(2));
        for contact in contacts {
            let line =
                Rich::plain(format!("{}: ", contact.name)).append(number_link(contact, gaps, t));
            blocks.push(Block::new(line, Style::regular(6.5), 0.5).list_item());
        }
        blocks.push(Block::new("", Style::regular(2.0), 0.0));
    }
    blocks
}

/// The contacts of the GUL and GRØNN levels (113 is on the front), day services first,
/// then those for evenings, nights and weekends, each once.
fn key_contacts(routine: &Routine) -> (Vec<&Contact>, Vec<&Contact>) {
    let mut seen: Vec<&str> = Vec::new();
    let mut day = Vec::new();
    let mut night = Vec::new();
    for level in [Level::Yellow, Level::Green] {
        for contact in routine
            .level(level)
            .map(|l| l.contacts.as_slice())
            .unwrap_or_default()
            .iter()
            .filter_map(|id| routine.contact(id))
        {
            if seen.contains(&contact.id.as_str())
                || contact.phone.as_ref().is_some_and(|p| p.digits == "113")
            {
                continue;
            }
            seen.push(&contact.id);
            match contact.role {
                ContactRole::Day => day.push(contact),
                ContactRole::OutOfHours | ContactRole::Any => night.push(contact),
            }
        }
    }
    (day, night)
}

/// Cut marks at every card edge outside the grid, and the fold line between front and
/// back: artifacts.
fn cut_marks(pages: &mut Pages<'_>, left: f32, top: f32, card_w: f32, card_h: f32) {
    let mark = 10.0;
    let right = left + 2.0 * card_w;
    let bottom = top + ROWS as f32 * card_h;
    for row in 0..=ROWS {
        let y = top + row as f32 * card_h;
        pages.artifact_line(0, (left - mark - 3.0, y), (left - 3.0, y), 0.4, false);
        pages.artifact_line(0, (right + 3.0, y), (right + mark + 3.0, y), 0.4, false);
    }
    for x in [left, right] {
        pages.artifact_line(0, (x, top - mark - 3.0), (x, top - 3.0), 0.4, false);
        pages.artifact_line(0, (x, bottom + 3.0), (x, bottom + mark + 3.0), 0.4, false);
    }
    let fold = left + card_w;
    pages.artifact_line(
        0,
        (fold, top - mark - 3.0),
        (fold, bottom + mark + 3.0),
        0.4,
        true,
    );
}
