//! The information poster of measure 2: the routine's poster messages and where to turn,
//! in type large enough to read across a room. 16:9 for TV screens, A3 for print.

use crate::i18n::{Language, Texts, version_line, version_line_as};
use crate::routine::problems::{Path, Problems};
use crate::routine::{Contact, Level, Message, Routine, Standing};

use super::fit::{Block, Fitted, fit, lay_out};
use super::flow::spaced;
use super::layout::{Colour, FontIds, Fonts, Line, PT_PER_MM, Rich, Style};
use super::pages::{LinkElems, Pages, Rect};
use super::qr::{Readers, WayIn};
use super::structure::{Attributes, Role};
use super::{Drawn, number_link, page};

/// The colour of an action level on paper (the palette's, as the window's); always
/// printed with its name.
pub(crate) fn level_colour(level: Level) -> Colour {
    Colour::rgb(crate::palette::level(level))
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

/// The poster's text at full size: its messages, then where to turn.
fn messages_and_contacts(routine: &Routine, gaps: &mut Vec<String>, t: &Texts) -> Vec<Block> {
    let red = level_colour(Level::Red);
    let mut blocks: Vec<Block> = routine
        .poster_messages
        .iter()
        .enumerate()
        .map(|(i, message)| match i {
            0 => Block::new(message.text.as_str(), Style::bold(64.0), 10.0).heading(1),
            1 => Block::new(message.text.as_str(), Style::regular(36.0), 26.0),
            _ => Block::new(message.text.as_str(), Style::regular(LEAST_PT), 18.0),
        })
        .collect();
    for contact in poster_contacts(routine) {
        let style = match contact.phone.as_ref() {
            Some(phone) if phone.digits == "113" => Style::bold(34.0).coloured(red),
            _ => Style::bold(LEAST_PT),
        };
        let line = Rich::plain(format!("{}: ", contact.name)).append(number_link(contact, gaps, t));
        blocks.push(Block::new(line, style, 8.0).list_item());
    }
    blocks
}

/// The smallest size of the poster's text at full scale: the scale never goes below the
/// one at which this is the poster's smallest type.
const LEAST_PT: f32 = 28.0;

/// Where things stand on a poster of `size` millimetres: the margin, the box for the
/// messages and contacts, the band for the QR code, the footer's lines and top.
struct Layout {
    margin: f32,
    smallest: f32,
    box_top: f32,
    box_height: f32,
    band: Rect,
    footer: Rich,
    footer_lines: Vec<Line>,
    footer_top: f32,
}

impl Layout {
    /// The layout with `version` as the footer's version line.
    fn new(routine: &Routine, fonts: &Fonts, size: (f32, f32), version: &str, t: &Texts) -> Layout {
        let (width, height) = (size.0 * PT_PER_MM, size.1 * PT_PER_MM);
        let margin = width.min(height) * 0.07;
        let smallest = smallest_type(size);
        let footer = Rich::plain(format!(
            "{} · {} · {}",
            routine.metadata.municipality, routine.metadata.title, version
        ));
        let footer_style = Style::regular(smallest).coloured(Colour::GREY);
        let footer_lines = spaced(&fonts.lines(&footer, footer_style, width - 2.0 * margin));
        let footer_height = footer_lines.len() as f32 * footer_style.line_height();
        let footer_top = height - margin - footer_height;
        // The way in to the citizens' page, above the footer, when the pages are published.
        let band_height = if WayIn::for_readers(routine, Readers::Citizens, t).is_some() {
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
        Layout {
            margin,
            smallest,
            box_top,
            box_height: band.top - smallest - box_top,
            band,
            footer,
            footer_lines,
            footer_top,
        }
    }

    /// The messages and contacts at the largest scale that fits, never smaller than the
    /// poster's smallest type; `None` when they do not fit even then.
    fn fitted(&self, fonts: &Fonts, blocks: &[Block], width: f32) -> Option<Fitted> {
        let least = self.smallest / LEAST_PT;
        fit(
            fonts,
            blocks,
            width - 2.0 * self.margin,
            self.box_height,
            1.0,
            least,
        )
    }
}

/// An error when the poster's messages and contacts do not fit on A3 in type of 18 pt or
/// more (the 16:9 screen has the same room for them, in proportion).
pub(crate) fn check_fit(routine: &Routine, problems: &mut Problems) {
    let Some(fonts) = Fonts::embedded() else {
        return;
    };
    let t = Language::of_routine(routine).texts();
    let blocks = messages_and_contacts(routine, &mut Vec::new(), t);
    // The footer measured as it reads whatever the approval's seal says, so that what
    // fits stays whole when the seal breaks, and loading a routine checks no seal.
    let standings = match routine.metadata.approval {
        None => vec![Standing::Draft],
        Some(_) => vec![
            Standing::Approved { sealed: true },
            Standing::NotApproved {
                changed: Vec::new(),
            },
        ],
    };
    let versions: Vec<String> = standings
        .iter()
        .map(|standing| version_line_as(routine, standing, t))
        .collect();
    for size in [page::A3, page::SCREEN_16_9] {
        let tightest = versions
            .iter()
            .map(|version| Layout::new(routine, &fonts, size, version, t))
            .min_by(|a, b| a.box_height.total_cmp(&b.box_height));
        let Some(layout) = tightest else {
            return;
        };
        if layout.fitted(&fonts, &blocks, size.0 * PT_PER_MM).is_none() {
            let message = Message::PosterDoesNotFit {
                smallest: smallest_type(page::A3).round() as u32,
            };
            problems.error(&Path::default().field("poster_messages"), message);
            return;
        }
    }
}

pub(crate) fn draw<'a>(
    routine: &Routine,
    fonts: &'a Fonts,
    ids: &'a FontIds,
    size: (f32, f32),
) -> Drawn<'a> {
    let (width, height) = (size.0 * PT_PER_MM, size.1 * PT_PER_MM);
    let mut pages = Pages::new(fonts, ids, height);
    let mut gaps = Vec::new();
    let t = Language::of_routine(routine).texts();
    let stripe = Rect {
        x: 0.0,
        top: 0.0,
        width,
        height: height * 0.035,
    };
    pages.artifact_rect(0, stripe, level_colour(Level::Red));
    let layout = Layout::new(routine, fonts, size, &version_line(routine, t), t);
    let blocks = messages_and_contacts(routine, &mut gaps, t);
    // What `check` refuses (text that would not fit at the smallest type) is cut here,
    // never shrunk further.
    let fitted = layout.fitted(fonts, &blocks, width).unwrap_or_else(|| {
        let least = lay_out(
            fonts,
            &blocks,
            width - 2.0 * layout.margin,
            layout.smallest / LEAST_PT,
        );
        let fits = least
            .first_beyond(layout.box_height)
            .unwrap_or(blocks.len());
        least.first(fits)
    });
    let top = layout.box_top + ((layout.box_height - fitted.height) / 2.0).max(0.0);
    fitted.draw(&mut pages, 0, (layout.margin, top));
    if let Some(way_in) = WayIn::for_readers(routine, Readers::Citizens, t) {
        way_in.draw(
            &mut pages,
            0,
            layout.band,
            Style::regular(layout.smallest * 1.2),
            t,
        );
    }
    let footer_style = Style::regular(layout.smallest).coloured(Colour::GREY);
    pages.open(Role::P, Attributes::default());
    let mut y = layout.footer_top;
    let mut links = LinkElems::default();
    for line in &layout.footer_lines {
        pages.line(
            0,
            (layout.margin, y),
            line,
            &layout.footer,
            footer_style,
            &mut links,
        );
        y += footer_style.line_height();
    }
    pages.close();
    Drawn {
        size,
        pages,
        printed_placeholders: gaps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.1's contrast ratio between two colours.
    fn contrast(a: Colour, b: Colour) -> f32 {
        let channel = |c: f32| {
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let luminance =
            |c: Colour| 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2);
        let (light, dark) = (
            luminance(a).max(luminance(b)),
            luminance(a).min(luminance(b)),
        );
        (light + 0.05) / (dark + 0.05)
    }

    #[test]
    fn level_colours_and_grey_read_on_white_paper() {
        let white = Colour(1.0, 1.0, 1.0);
        for level in [Level::Red, Level::Yellow, Level::Green] {
            let ratio = contrast(level_colour(level), white);
            assert!(ratio >= 4.5, "{level:?}: {ratio:.2}:1");
        }
        assert!(contrast(Colour::GREY, white) >= 4.5);
        assert!((contrast(Colour::BLACK, white) - 21.0).abs() < 0.01);
    }
}
