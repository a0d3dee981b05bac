//! The information poster of measure 2: the routine's poster messages and where to turn,
//! in type large enough to read across a room. 16:9 for TV screens, A3 for print.

use crate::i18n::{Language, version_line};
use crate::routine::{Contact, Level, Routine};

use super::fit::{Block, fit};
use super::flow::spaced;
use super::layout::{Colour, FontIds, Fonts, PT_PER_MM, Rich, Style};
use super::pages::{LinkElems, Pages, Rect};
use super::qr::{Readers, WayIn};
use super::structure::{Attributes, Role};
use super::{Drawn, number_link, page};

/// The colour of an action level on paper; always printed with its name.
pub(crate) fn level_colour(level: Level) -> Colour {
    match level {
        Level::Red => Colour(0.69, 0.0, 0.13),
        Level::Yellow => Colour(0.54, 0.35, 0.0),
        Level::Green => Colour(0.11, 0.43, 0.13),
    }
}

/// The national numbers a poster shows when the routine names no poster contacts.
const DEFAULT_NUMBERS: [&str; 3] = ["113", "116117", "116123"];

/// The routine's poster contacts, else the contacts with the default national numbers.
fn poster_contacts(routine: &Routine) -> Vec<&Contact> {
    if routine.poster_contacts.is_empty() {
        DEFAULT_NUMBERS
            .iter()
            .filter_map(|digits| {
                routine
                    .contacts
                    .iter()
                    .find(|c| c.phone.as_ref().is_some_and(|p| p.digits == *digits))
            })
            .collect()
    } else {
        routine
            .poster_contacts
            .iter()
            .filter_map(|id| routine.contact(id))
            .collect()
    }
}

/// The smallest type on a poster: 18 pt on A3, and the same share of the page on the
/// screen's 16:9, which a TV shows at any size.
pub(crate) fn smallest_type(size: (f32, f32)) -> f32 {
    18.0 * size.0.min(size.1) / page::A3.0
}

pub(crate) fn draw<'a>(
    routine: &Routine,
    fonts: &'a Fonts,
    ids: &'a FontIds,
    size: (f32, f32),
) -> Drawn<'a> {
    let (width, height) = (size.0 * PT_PER_MM, size.1 * PT_PER_MM);
    let margin = width.min(height) * 0.07;
    let mut pages = Pages::new(fonts, ids, height);
    let mut gaps = Vec::new();
    let t = Language::of_routine(routine).texts();
    let red = level_colour(Level::Red);
    let band = Rect {
        x: 0.0,
        top: 0.0,
        width,
        height: height * 0.035,
    };
    pages.artifact_rect(0, band, red);

    let mut blocks: Vec<Block> = routine
        .poster_messages
        .iter()
        .enumerate()
        .map(|(i, message)| match i {
            0 => Block::new(message.text.as_str(), Style::bold(64.0), 10.0).heading(1),
            1 => Block::new(message.text.as_str(), Style::regular(36.0), 26.0),
            _ => Block::new(message.text.as_str(), Style::regular(28.0), 18.0),
        })
        .collect();
    for contact in poster_contacts(routine) {
        let style = match contact.phone.as_ref() {
            Some(phone) if phone.digits == "113" => Style::bold(34.0).coloured(red),
            _ => Style::bold(28.0),
        };
        let line =
            Rich::plain(format!("{}: ", contact.name)).append(number_link(contact, &mut gaps, t));
        blocks.push(Block::new(line, style, 8.0).list_item());
    }
    let footer = Rich::plain(format!(
        "{} · {} · {}",
        routine.metadata.municipality,
        routine.metadata.title,
        version_line(routine, t)
    ));
    let smallest = smallest_type(size);
    let footer_style = Style::regular(smallest).coloured(Colour::GREY);
    let footer_lines = spaced(&fonts.lines(&footer, footer_style, width - 2.0 * margin));
    let footer_height = footer_lines.len() as f32 * footer_style.line_height();
    let footer_top = height - margin - footer_height;

    // The way in to the citizens' page, above the footer, when the pages are published.
    let way_in = WayIn::for_readers(routine, Readers::Citizens, t);
    let band_height = if way_in.is_some() {
        width.min(height) * 0.16
    } else {
        0.0
    };
    let band = Rect {
        x: margin,
        top: footer_top - smallest - band_height,
        width: width - 2.0 * margin,
        height: band_height,
    };

    let box_top = height * 0.035 + margin;
    let box_height = band.top - smallest - box_top;
    // Shrink as far as needed: on a poster nothing may be cut off.
    if let Some(fitted) = fit(fonts, &blocks, width - 2.0 * margin, box_height, 1.0, 0.01) {
        let top = box_top + (box_height - fitted.height) / 2.0;
        fitted.draw(&mut pages, 0, (margin, top));
    }
    if let Some(way_in) = &way_in {
        way_in.draw(&mut pages, 0, band, Style::regular(smallest * 1.2), t);
    }
    pages.open(Role::P, Attributes::default());
    let mut y = footer_top;
    let mut links = LinkElems::default();
    for line in &footer_lines {
        pages.line(0, (margin, y), line, &footer, footer_style, &mut links);
        y += footer_style.line_height();
    }
    pages.close();
    Drawn {
        size,
        pages,
        printed_placeholders: gaps,
    }
}
