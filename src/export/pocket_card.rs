//! The pocket card: credit-card panels (85.6 × 54 mm) on an A4 sheet with cut marks,
//! front and back side by side to fold. Front: 113 and the three action levels; back:
//! how to ask and the key contacts by day and out of hours.

use crate::routine::{Contact, ContactRole, Level, Routine};

use super::layout::{Block, Canvas, Colour, FontIds, Fonts, PT_PER_MM, Style, fit};
use super::poster::level_colour;
use super::{Drawn, number, page, version_line};

/// ID-1, the size of a bank card, in millimetres.
const CARD: (f32, f32) = (85.6, 54.0);
const ROWS: usize = 4;
const PADDING_MM: f32 = 3.5;
/// Smallest scale of the card's type: 7 pt body text down to about 5 pt.
const MIN_SCALE: f32 = 0.72;

pub(crate) fn draw<'a>(routine: &Routine, fonts: &'a Fonts, ids: &'a FontIds) -> Drawn<'a> {
    let (page_w, page_h) = (page::A4.0 * PT_PER_MM, page::A4.1 * PT_PER_MM);
    let (card_w, card_h) = (CARD.0 * PT_PER_MM, CARD.1 * PT_PER_MM);
    let left = (page_w - 2.0 * card_w) / 2.0;
    let top = (page_h - ROWS as f32 * card_h) / 2.0;
    let mut canvas = Canvas::new(fonts, ids, page_h);
    let mut gaps = Vec::new();
    canvas.text(left, top - 48.0, &routine.metadata.title, Style::bold(10.0));
    canvas.text(
        left,
        top - 34.0,
        "Klipp langs merkene og brett på den stiplede linjen: forside til venstre, bakside til høyre.",
        Style::regular(8.0).coloured(Colour::GREY),
    );
    canvas.text(
        left,
        top - 22.0,
        &version_line(routine),
        Style::regular(8.0).coloured(Colour::GREY),
    );

    let inner_w = card_w - 2.0 * PADDING_MM * PT_PER_MM;
    let inner_h = card_h - 2.0 * PADDING_MM * PT_PER_MM;
    let front = fitted_or_shortened(fonts, front(routine), inner_w, inner_h);
    let back = fitted_or_shortened(fonts, back(routine, &mut gaps), inner_w, inner_h);
    for row in 0..ROWS {
        let y = top + row as f32 * card_h + PADDING_MM * PT_PER_MM;
        if let Some(front) = &front {
            front.draw(&mut canvas, left + PADDING_MM * PT_PER_MM, y);
        }
        if let Some(back) = &back {
            back.draw(&mut canvas, left + card_w + PADDING_MM * PT_PER_MM, y);
        }
    }
    cut_marks(&mut canvas, left, top, card_w, card_h);
    Drawn {
        size: page::A4,
        pages: vec![canvas],
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
) -> Option<super::layout::Fitted> {
    let note = Block::new("Mer i rutinen.", Style::regular(6.0), 0.0);
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

fn front(routine: &Routine) -> Vec<Block> {
    let mut blocks = vec![Block::new(
        "Akutt fare? Ring 113",
        Style::bold(13.0).coloured(level_colour(Level::Red)),
        3.0,
    )];
    for level in &routine.levels {
        blocks.push(Block::new(
            format!("{}: {}", level.name, level.title),
            Style::bold(7.5).coloured(level_colour(level.level)),
            1.5,
        ));
    }
    blocks.push(Block::new(
        "Ved tvil, velg høyere nivå.",
        Style::bold(7.0),
        2.0,
    ));
    blocks.push(Block::new(
        format!(
            "{} · versjon {}",
            routine.metadata.municipality, routine.metadata.version
        ),
        Style::regular(5.5).coloured(Colour::GREY),
        0.0,
    ));
    blocks
}

fn back(routine: &Routine, gaps: &mut Vec<String>) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(phrasing) = routine
        .ask
        .phrasings
        .iter()
        .find(|p| p.audiences.is_empty())
    {
        blocks.push(Block::new("Spør direkte:", Style::bold(7.0), 0.5));
        blocks.push(Block::new(
            format!("«{}»", phrasing.text.trim_matches(['«', '»'])),
            Style::regular(7.0),
            2.0,
        ));
    }
    let (day, night) = key_contacts(routine);
    for (title, contacts) in [("Dagtid:", day), ("Kveld, natt og helg:", night)] {
        if contacts.is_empty() {
            continue;
        }
        blocks.push(Block::new(title, Style::bold(7.0), 0.5));
        for contact in contacts {
            blocks.push(Block::new(
                format!("{}: {}", contact.name, number(contact, gaps)),
                Style::regular(6.5),
                0.5,
            ));
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

/// Cut marks at every card edge outside the grid, and the fold line between front and back.
fn cut_marks(canvas: &mut Canvas<'_>, left: f32, top: f32, card_w: f32, card_h: f32) {
    let mark = 10.0;
    let right = left + 2.0 * card_w;
    let bottom = top + ROWS as f32 * card_h;
    for row in 0..=ROWS {
        let y = top + row as f32 * card_h;
        canvas.line((left - mark - 3.0, y), (left - 3.0, y), 0.4, false);
        canvas.line((right + 3.0, y), (right + mark + 3.0, y), 0.4, false);
    }
    for x in [left, right] {
        canvas.line((x, top - mark - 3.0), (x, top - 3.0), 0.4, false);
        canvas.line((x, bottom + 3.0), (x, bottom + mark + 3.0), 0.4, false);
    }
    let fold = left + card_w;
    canvas.line(
        (fold, top - mark - 3.0),
        (fold, bottom + mark + 3.0),
        0.4,
        true,
    );
}
