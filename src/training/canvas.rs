//! Where everything on a slide stands: a 16:9 canvas of 1280 × 720 units on which each
//! slide is laid out once, with its lines broken by the glyph widths of the font the
//! window and the PDF both draw with (Noto Sans). The window paints these lines scaled to
//! its slide, the PDF draws them scaled to its 254 × 142.9 mm page: neither breaks a line
//! of its own, so both show the same lines on the same slides, and a slide's split is
//! decided from the very layout both draw.
//!
//! The smallest type on a slide is [`SMALLEST`] units: 21.4 pt on the PDF's page, and 28
//! logical pixels in the window, which never draws a slide at less than [`MIN_SCALE`]
//! (where the program's own 960 × 720 window still shows the whole slide).
//! The window's text engine (harfrust) kerns, so its lines are at most as wide as the
//! advance widths measured here; a line never runs past its box.

use crate::palette::{self, Rgb};
use crate::routine::Level;

/// The canvas, in units.
pub const WIDTH: f32 = 1280.0;
pub const HEIGHT: f32 = 720.0;

/// The smallest type on any slide, in units.
pub const SMALLEST: f32 = 38.0;

/// The smallest scale the window draws a slide at: [`SMALLEST`] is then 28 logical
/// pixels, large enough to read from the back of a meeting room.
pub const MIN_SCALE: f32 = 28.0 / SMALLEST;

/// The left and right margin.
pub const MARGIN_X: f32 = 80.0;

/// The width text may take between the margins.
pub const TEXT_WIDTH: f32 = WIDTH - 2.0 * MARGIN_X;

/// Measures text as the window and the PDF draw it: Noto Sans at `size` units.
pub trait Measure {
    /// `text` broken into lines no wider than `width`: at spaces where it can, inside a
    /// word only when the word alone is wider. No word is lost.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String>;
    /// The width of one line of `text`.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32;
}

/// A size of type, bold or not, and the distance from one line's top to the next's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Type {
    pub size: f32,
    pub bold: bool,
    pub line_height: f32,
}

impl Type {
    pub const fn regular(size: f32) -> Type {
        Type {
            size,
            bold: false,
            line_height: size * 1.25,
        }
    }

    pub const fn bold(size: f32) -> Type {
        Type {
            size,
            bold: true,
            line_height: size * 1.18,
        }
    }
}

/// Which of the palette's colours something is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Ink,
    Muted,
    Accent,
    Emergency,
    /// White: text on a level's band, and the slide itself.
    Paper,
    Rule,
    Level(Level),
}

impl Ink {
    pub fn rgb(self) -> Rgb {
        match self {
            Ink::Ink => palette::INK,
            Ink::Muted => palette::MUTED,
            Ink::Accent => palette::ACCENT,
            Ink::Emergency => palette::EMERGENCY_RED,
            Ink::Paper => palette::PAPER,
            Ink::Rule => palette::RULE,
            Ink::Level(level) => palette::level(level),
        }
    }
}

/// What a text is to a reader: the PDF tags it so, the window names it so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The slide's title; the title slide's is the deck's own.
    Heading,
    /// A line of its own: the municipality, the plan's words, the version, a lead, a
    /// level's name on its band.
    Paragraph,
    /// A line that introduces the items after it.
    LeadIn,
    /// A list item's bullet, drawn before its text.
    Bullet {
        depth: u8,
    },
    /// A list item's text, at depth 0 or 1 (a sub-point).
    Item {
        depth: u8,
    },
    /// What follows an item's text on its last line: the levels a checklist item is for.
    ItemNote,
    /// One of the plan's messages.
    Quote,
    /// A contacts table's row header (the contact) and its number.
    RowHeader,
    Cell,
    /// «Akutt fare? Ring 113», on every slide.
    Emergency,
    /// The slide's number: pagination, not content.
    SlideNumber,
}

/// A link in a text: the part of it that is the link, where it leads and what a screen
/// reader says of it (the PDF makes it a link; the window shows the text).
#[derive(Debug, Clone, PartialEq)]
pub struct TextLink {
    pub part: String,
    pub uri: String,
    pub description: String,
}

/// One line of a text, where it stands: its left edge and its top.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f32,
    pub top: f32,
}

/// A text on the slide, with its lines broken and placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub role: Role,
    /// The whole text, as the routine or the program words it.
    pub text: String,
    pub lines: Vec<Line>,
    /// The width the lines were broken in.
    pub width: f32,
    pub kind: Type,
    pub ink: Ink,
    pub link: Option<TextLink>,
}

impl Text {
    /// `text` broken in `width` and placed with its top-left corner at (`x`, `top`).
    pub fn new(
        measure: &dyn Measure,
        role: Role,
        text: &str,
        kind: Type,
        ink: Ink,
        (x, top): (f32, f32),
        width: f32,
    ) -> Text {
        let lines = measure
            .wrap(text, kind.size, kind.bold, width)
            .into_iter()
            .enumerate()
            .map(|(i, line)| Line {
                text: line,
                x,
                top: top + i as f32 * kind.line_height,
            })
            .collect();
        Text {
            role,
            text: text.to_owned(),
            lines,
            width,
            kind,
            ink,
            link: None,
        }
    }

    /// One line of `text` ending at `right`.
    pub fn right_aligned(
        measure: &dyn Measure,
        role: Role,
        text: &str,
        kind: Type,
        ink: Ink,
        (right, top): (f32, f32),
    ) -> Text {
        let width = measure.width(text, kind.size, kind.bold);
        Text::new(measure, role, text, kind, ink, (right - width, top), width)
    }

    pub fn with_link(mut self, link: Option<TextLink>) -> Text {
        self.link = link;
        self
    }

    /// Where the text ends below.
    pub fn bottom(&self) -> f32 {
        self.lines
            .last()
            .map_or(0.0, |l| l.top + self.kind.line_height)
    }

    /// The box its lines take, by their measured widths.
    pub fn area(&self, measure: &dyn Measure) -> Area {
        let left = self.lines.iter().map(|l| l.x).fold(f32::MAX, f32::min);
        let right = self
            .lines
            .iter()
            .map(|l| l.x + measure.width(&l.text, self.kind.size, self.kind.bold))
            .fold(f32::MIN, f32::max);
        let top = self.lines.first().map_or(0.0, |l| l.top);
        Area {
            x: left,
            top,
            width: right - left,
            height: self.bottom() - top,
        }
    }
}

/// A rectangle on the canvas: its top-left corner and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

impl Area {
    pub fn contains(&self, other: &Area) -> bool {
        const SLACK: f32 = 0.01;
        other.x >= self.x - SLACK
            && other.top >= self.top - SLACK
            && other.x + other.width <= self.x + self.width + SLACK
            && other.top + other.height <= self.top + self.height + SLACK
    }
}

/// A shape that carries no words: a colour field, a rule, a level's symbol (a triangle
/// for RØD, a square for GUL, a circle for GRØNN, as in the window).
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Fill(Area, Ink),
    Symbol(Level, Area, Ink),
}

/// One thing drawn on a slide.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Text(Text),
    Shape(Shape),
}

/// A slide as drawn: the slide is white, and its marks are drawn in order, which is
/// also the order they are read in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawing {
    pub marks: Vec<Mark>,
}

impl Drawing {
    pub fn text(&mut self, text: Text) {
        self.marks.push(Mark::Text(text));
    }

    pub fn shape(&mut self, shape: Shape) {
        self.marks.push(Mark::Shape(shape));
    }

    /// The texts, in reading order.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.marks.iter().filter_map(|m| match m {
            Mark::Text(text) => Some(text),
            Mark::Shape(_) => None,
        })
    }
}
