//! Our own text measuring for the PDFs: glyph widths from the embedded font, text with
//! links in it, and line wrapping. Drawing is in `pages.rs` (marked content, artifacts),
//! `flow.rs` (text that flows down pages) and `fit.rs` (text fitted into a box).

use printpdf::{Color, FontId, Rgb};
use ttf_parser::Face;

/// Points in a millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Noto Sans, regular and bold, the fonts every PDF embeds.
pub use crate::fonts::{NOTO_SANS_BOLD as BOLD_TTF, NOTO_SANS_REGULAR as REGULAR_TTF};

/// Line height as a multiple of the font size.
const LEADING: f32 = 1.28;

/// A colour as red, green, blue from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour(pub f32, pub f32, pub f32);

impl Colour {
    pub const BLACK: Colour = Colour(0.0, 0.0, 0.0);
    pub const GREY: Colour = Colour(0.35, 0.35, 0.35);

    /// A colour of the shared palette (`crate::palette`).
    pub fn rgb([r, g, b]: crate::palette::Rgb) -> Colour {
        Colour(
            f32::from(r) / 255.0,
            f32::from(g) / 255.0,
            f32::from(b) / 255.0,
        )
    }

    pub(crate) fn pdf(self) -> Color {
        Color::Rgb(Rgb::new(self.0, self.1, self.2, None))
    }
}

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub colour: Colour,
}

impl Style {
    pub const fn regular(size: f32) -> Style {
        Style {
            size,
            bold: false,
            colour: Colour::BLACK,
        }
    }

    pub const fn bold(size: f32) -> Style {
        Style {
            size,
            bold: true,
            colour: Colour::BLACK,
        }
    }

    pub const fn coloured(self, colour: Colour) -> Style {
        Style { colour, ..self }
    }

    pub fn scaled(self, factor: f32) -> Style {
        Style {
            size: self.size * factor,
            ..self
        }
    }

    pub fn line_height(self) -> f32 {
        self.size * LEADING
    }
}

/// Where a link leads (`tel:113`, `https://…`) and what a screen reader says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub uri: String,
    pub description: String,
}

/// A piece of text, and the link it is, if any.
#[derive(Debug, Clone, PartialEq)]
struct Span {
    text: String,
    link: Option<Link>,
}

/// Text with links where numbers and addresses stand: «Legevakt: 116 117», with the
/// number a `tel:` link.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rich {
    spans: Vec<Span>,
}

impl Rich {
    pub fn plain(text: impl Into<String>) -> Rich {
        Rich::default().then(text)
    }

    /// Adds plain text.
    pub fn then(mut self, text: impl Into<String>) -> Rich {
        self.spans.push(Span {
            text: text.into(),
            link: None,
        });
        self
    }

    /// Adds text that is a link.
    pub fn link(mut self, text: impl Into<String>, link: Link) -> Rich {
        self.spans.push(Span {
            text: text.into(),
            link: Some(link),
        });
        self
    }

    /// Adds another piece of text after this one.
    pub fn append(mut self, other: Rich) -> Rich {
        self.spans.extend(other.spans);
        self
    }

    /// Adds text that is a link when there is one, else plain text.
    pub fn maybe_link(self, text: impl Into<String>, link: Option<Link>) -> Rich {
        match link {
            Some(link) => self.link(text, link),
            None => self.then(text),
        }
    }

    /// All the text, links included.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.iter().all(|s| s.text.trim().is_empty())
    }

    /// The link of span `index`.
    pub fn link_of(&self, index: usize) -> Option<&Link> {
        self.spans.get(index).and_then(|s| s.link.as_ref())
    }
}

impl From<&str> for Rich {
    fn from(text: &str) -> Rich {
        Rich::plain(text)
    }
}

impl From<String> for Rich {
    fn from(text: String) -> Rich {
        Rich::plain(text)
    }
}

impl From<&String> for Rich {
    fn from(text: &String) -> Rich {
        Rich::plain(text.clone())
    }
}

/// A stretch of one line that is either plain text or (part of) one link: the link's
/// span in its `Rich`.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub link: Option<usize>,
}

/// One wrapped line: its runs from left to right.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub runs: Vec<Run>,
}

impl Line {
    /// A line of plain text.
    pub fn plain(text: &str) -> Line {
        Line {
            runs: vec![Run {
                text: text.to_owned(),
                link: None,
            }],
        }
    }

    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    fn from_chars(chars: &[(char, Option<usize>)]) -> Line {
        let mut runs: Vec<Run> = Vec::new();
        for &(c, link) in chars {
            match runs.last_mut() {
                Some(run) if run.link == link => run.text.push(c),
                _ => runs.push(Run {
                    text: c.to_string(),
                    link,
                }),
            }
        }
        Line { runs }
    }

    /// The line with a space at its end, so that a reader who joins the lines of a
    /// paragraph (a screen reader, copying) gets the words apart.
    pub fn with_trailing_space(mut self) -> Line {
        match self.runs.last_mut() {
            Some(run) if run.link.is_none() => run.text.push(' '),
            _ => self.runs.push(Run {
                text: " ".to_owned(),
                link: None,
            }),
        }
        self
    }
}

/// A character and the link span it belongs to.
type Marked = (char, Option<usize>);

/// Glyph widths of the two faces, for measuring and wrapping.
pub struct Fonts {
    regular: Face<'static>,
    bold: Face<'static>,
    /// The characters below `COMMON`, looked up once: each one's advance in em (regular,
    /// bold) and whether both faces draw it. Measuring a handout looks up some hundred
    /// thousand characters, nearly all of them Latin.
    common: Vec<Common>,
}

/// Latin, Latin-1 and Latin Extended A and B: all of Norwegian and Sami, and most of
/// what a routine's text holds.
const COMMON: u32 = 0x250;

/// A common character's measures.
#[derive(Debug, Clone, Copy)]
struct Common {
    advance: [f32; 2],
    drawn: bool,
}

/// The ids the PDF document gave the two faces.
#[derive(Debug, Clone)]
pub struct FontIds {
    pub regular: FontId,
    pub bold: FontId,
}

impl Fonts {
    /// Parses the embedded faces; `None` only if the build carries a broken font file.
    pub fn embedded() -> Option<Fonts> {
        let regular = Face::parse(REGULAR_TTF, 0).ok()?;
        let bold = Face::parse(BOLD_TTF, 0).ok()?;
        let common = (0..COMMON)
            .map(|code| {
                let c = char::from_u32(code).unwrap_or(' ');
                Common {
                    advance: [em_advance(&regular, c), em_advance(&bold, c)],
                    drawn: draws(&regular, &bold, c),
                }
            })
            .collect();
        Some(Fonts {
            regular,
            bold,
            common,
        })
    }

    /// `text` with every character the font cannot draw replaced: arrows and the like by
    /// plain equivalents, anything else by «?», so nothing prints as an empty box.
    pub fn printable<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if text.chars().all(|c| self.has_glyph(c)) {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                c if self.has_glyph(c) => out.push(c),
                '→' | '⇒' => out.push_str("->"),
                '←' => out.push_str("<-"),
                '✓' | '✔' => out.push('x'),
                _ => out.push('?'),
            }
        }
        std::borrow::Cow::Owned(out)
    }

    fn has_glyph(&self, c: char) -> bool {
        match self.common.get(c as usize) {
            Some(common) => common.drawn,
            None => draws(&self.regular, &self.bold, c),
        }
    }

    fn char_width(&self, c: char, style: Style) -> f32 {
        let em = match self.common.get(c as usize) {
            Some(common) => common.advance[usize::from(style.bold)],
            None if style.bold => em_advance(&self.bold, c),
            None => em_advance(&self.regular, c),
        };
        em * style.size
    }

    /// The width of `text` in points.
    pub fn width(&self, text: &str, style: Style) -> f32 {
        text.chars().map(|c| self.char_width(c, style)).sum()
    }

    fn marked_width(&self, chars: &[Marked], style: Style) -> f32 {
        chars.iter().map(|(c, _)| self.char_width(*c, style)).sum()
    }

    /// Breaks `text` into lines no wider than `width`: at spaces where it can, inside a
    /// word only when the word alone is wider than the line. No word is ever lost.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        self.lines(&Rich::plain(text), style, width)
            .iter()
            .map(Line::text)
            .collect()
    }

    /// Breaks text with links into lines no wider than `width`, as `wrap` does; each
    /// line says which of its stretches belong to which link.
    pub fn lines(&self, text: &Rich, style: Style, width: f32) -> Vec<Line> {
        let chars: Vec<Marked> = text
            .spans
            .iter()
            .enumerate()
            .flat_map(|(index, span)| {
                let link = span.link.as_ref().map(|_| index);
                self.printable(&span.text)
                    .chars()
                    .map(|c| (c, link))
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut lines = Vec::new();
        for paragraph in chars.split(|(c, _)| *c == '\n') {
            self.wrap_paragraph(paragraph, style, width, &mut lines);
        }
        lines.iter().map(|l| Line::from_chars(l)).collect()
    }

    fn wrap_paragraph(
        &self,
        paragraph: &[Marked],
        style: Style,
        width: f32,
        lines: &mut Vec<Vec<Marked>>,
    ) {
        let space = self.char_width(' ', style);
        let mut line: Vec<Marked> = Vec::new();
        let mut line_width = 0.0;
        for word in paragraph
            .split(|(c, _)| c.is_whitespace())
            .filter(|w| !w.is_empty())
        {
            let word_width = self.marked_width(word, style);
            let fits = if line.is_empty() {
                word_width <= width
            } else {
                line_width + space + word_width <= width
            };
            if fits {
                if let (Some(&(_, before)), Some(&(_, after))) = (line.last(), word.first()) {
                    // A space inside a link ("116 123") is part of it; between a link
                    // and other text it is plain.
                    line.push((' ', if before == after { before } else { None }));
                    line_width += space;
                }
                line.extend_from_slice(word);
                line_width += word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line.extend_from_slice(word);
            } else {
                line = self.break_long_word(word, style, width, lines);
            }
            line_width = self.marked_width(&line, style);
        }
        lines.push(line);
    }

    /// Pushes full-width pieces of an over-long word and returns the rest.
    fn break_long_word(
        &self,
        word: &[Marked],
        style: Style,
        width: f32,
        lines: &mut Vec<Vec<Marked>>,
    ) -> Vec<Marked> {
        let mut piece: Vec<Marked> = Vec::new();
        for &marked in word {
            piece.push(marked);
            if self.marked_width(&piece, style) > width && piece.len() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(marked);
            }
        }
        piece
    }
}

/// Whether both faces draw `c` (white space needs no glyph).
fn draws(regular: &Face<'_>, bold: &Face<'_>, c: char) -> bool {
    c.is_whitespace() || (regular.glyph_index(c).is_some() && bold.glyph_index(c).is_some())
}

/// How far `c` advances the pen, in em (the `.notdef` glyph's for a missing one).
fn em_advance(face: &Face<'_>, c: char) -> f32 {
    let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
    f32::from(face.glyph_hor_advance(glyph).unwrap_or(0)) / f32::from(face.units_per_em())
}

/// The printable area of a page: size and margins, in points.
#[derive(Debug, Clone, Copy)]
pub struct PageFrame {
    pub width: f32,
    pub height: f32,
    pub margin_x: f32,
    pub top: f32,
    pub bottom: f32,
}

impl PageFrame {
    /// An A4 portrait page with 18 mm side margins and the given top and bottom margins.
    pub fn a4(top_mm: f32, bottom_mm: f32) -> PageFrame {
        PageFrame {
            width: 210.0 * PT_PER_MM,
            height: 297.0 * PT_PER_MM,
            margin_x: 18.0 * PT_PER_MM,
            top: top_mm * PT_PER_MM,
            bottom: bottom_mm * PT_PER_MM,
        }
    }

    pub fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::embedded().unwrap()
    }

    fn tel(number: &str) -> Link {
        Link {
            uri: format!("tel:{}", number.replace(' ', "")),
            description: format!("Ring {number}"),
        }
    }

    #[test]
    fn the_font_has_norwegian_letters() {
        let face = Face::parse(REGULAR_TTF, 0).unwrap();
        for c in "æøåÆØÅ«»–".chars() {
            assert!(face.glyph_index(c).is_some(), "{c}");
        }
    }

    #[test]
    fn characters_without_a_glyph_are_replaced_not_lost() {
        let f = fonts();
        assert_eq!(f.printable("0.1 → 0.2"), "0.1 -> 0.2");
        assert_eq!(f.printable("Ring 113 ☎"), "Ring 113 ?");
        assert_eq!(f.printable("æøå «» –"), "æøå «» –");
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let f = fonts();
        let small = f.width("Ring 113", Style::regular(10.0));
        assert!(small > 20.0 && small < 60.0, "{small}");
        assert!((f.width("Ring 113", Style::regular(20.0)) - 2.0 * small).abs() < 0.01);
        assert!(f.width("Ring 113", Style::bold(10.0)) > small);
    }

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let f = fonts();
        let style = Style::regular(11.0);
        let text = "Ingen kan gjøre alt, men alle kan gjøre noe. Vi har ingen å miste. \
                    Spør direkte: tenker du på å ta livet ditt?";
        let lines = f.wrap(text, style, 120.0);
        assert!(lines.len() > 2);
        assert!(
            lines.iter().all(|l| f.width(l, style) <= 120.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.join(" "),
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }

    #[test]
    fn an_overlong_word_is_broken_not_lost() {
        let f = fonts();
        let style = Style::regular(11.0);
        let word = "Selvmordsforebyggingshandlingsplanarbeidsgruppe";
        let lines = f.wrap(word, style, 60.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), word);
        assert!(lines.iter().all(|l| f.width(l, style) <= 60.0));
    }

    #[test]
    fn links_keep_their_spaces_and_plain_text_stays_plain() {
        let f = fonts();
        let text = Rich::plain("Ring ")
            .link("116 123", tel("116 123"))
            .then(" (Mental Helse), døgnet rundt.");
        let lines = f.lines(&text, Style::regular(10.0), 1000.0);
        assert_eq!(lines.len(), 1);
        let runs: Vec<(&str, Option<usize>)> = lines[0]
            .runs
            .iter()
            .map(|r| (r.text.as_str(), r.link))
            .collect();
        assert_eq!(
            runs,
            [
                ("Ring ", None),
                ("116 123", Some(1)),
                (" (Mental Helse), døgnet rundt.", None)
            ]
        );
        assert_eq!(text.link_of(1), Some(&tel("116 123")));
        assert_eq!(text.link_of(0), None);
    }

    #[test]
    fn a_link_wrapped_over_two_lines_is_one_link_on_both() {
        let f = fonts();
        let style = Style::regular(10.0);
        let text = Rich::plain("Kontakt").link("800 33 321", tel("800 33 321"));
        let narrow = f.width("Kontakt800 33", style) + 1.0;
        let lines = f.lines(&text, style, narrow);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[0].runs.last().and_then(|r| r.link), Some(1));
        assert_eq!(lines[1].runs[0].link, Some(1));
        let joined: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(joined, ["Kontakt800 33", "321"]);
    }

    #[test]
    fn a_trailing_space_separates_lines_without_joining_a_link() {
        let plain = Line::plain("ord").with_trailing_space();
        assert_eq!(plain.text(), "ord ");
        assert_eq!(plain.runs.len(), 1);
        let f = fonts();
        let text = Rich::plain("Ring ").link("113", tel("113"));
        let line = f.lines(&text, Style::regular(10.0), 500.0)[0]
            .clone()
            .with_trailing_space();
        assert_eq!(
            line.runs.last().map(|r| (r.text.as_str(), r.link)),
            Some((" ", None))
        );
    }
}
