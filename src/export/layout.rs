//! Our own text layout for the PDFs: glyph widths from the embedded font, line wrapping,
//! page breaks, headings, bullets, tick boxes and rules, and text fitted into a box.
//! Positions are in points; `Flow` measures from the top of the page, PDF from the bottom.

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};
use ttf_parser::Face;

/// Points in a millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Noto Sans, regular and bold: covers æ ø å, « », – and the rest of Norwegian.
pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/NotoSans-Regular.ttf");
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/NotoSans-Bold.ttf");

/// Line height as a multiple of the font size.
const LEADING: f32 = 1.28;

/// A colour as red, green, blue from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour(pub f32, pub f32, pub f32);

impl Colour {
    pub const BLACK: Colour = Colour(0.0, 0.0, 0.0);
    pub const GREY: Colour = Colour(0.35, 0.35, 0.35);

    fn pdf(self) -> Color {
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

/// Glyph widths of the two faces, for measuring and wrapping.
pub struct Fonts {
    regular: Face<'static>,
    bold: Face<'static>,
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
        Some(Fonts {
            regular: Face::parse(REGULAR_TTF, 0).ok()?,
            bold: Face::parse(BOLD_TTF, 0).ok()?,
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
        c.is_whitespace()
            || (self.regular.glyph_index(c).is_some() && self.bold.glyph_index(c).is_some())
    }

    /// The width of `text` in points.
    pub fn width(&self, text: &str, style: Style) -> f32 {
        let face = if style.bold {
            &self.bold
        } else {
            &self.regular
        };
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                u32::from(face.glyph_hor_advance(glyph).unwrap_or(0))
            })
            .sum();
        units as f32 * style.size / f32::from(face.units_per_em())
    }

    /// Breaks `text` into lines no wider than `width`: at spaces where it can, inside a
    /// word only when the word alone is wider than the line. No word is ever lost.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let text = self.printable(text);
        let space = self.width(" ", style);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                let word_width = self.width(word, style);
                let fits = if line.is_empty() {
                    word_width <= width
                } else {
                    line_width + space + word_width <= width
                };
                if fits {
                    if !line.is_empty() {
                        line.push(' ');
                        line_width += space;
                    }
                    line.push_str(word);
                    line_width += word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if word_width <= width {
                    line.push_str(word);
                } else {
                    line = self.break_long_word(word, style, width, &mut lines);
                }
                line_width = self.width(&line, style);
            }
            lines.push(line);
        }
        lines
    }

    /// Pushes full-width pieces of an over-long word and returns the rest.
    fn break_long_word(
        &self,
        word: &str,
        style: Style,
        width: f32,
        lines: &mut Vec<String>,
    ) -> String {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if self.width(&piece, style) > width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        piece
    }
}

/// Drawing operations on one page, in PDF coordinates (from the bottom left).
pub struct Canvas<'a> {
    pub ops: Vec<Op>,
    fonts: &'a Fonts,
    ids: &'a FontIds,
    pub height: f32,
}

impl<'a> Canvas<'a> {
    pub fn new(fonts: &'a Fonts, ids: &'a FontIds, height: f32) -> Self {
        Canvas {
            ops: Vec::new(),
            fonts,
            ids,
            height,
        }
    }

    /// Writes one line of text with its top at `top` (measured from the top of the page).
    pub fn text(&mut self, x: f32, top: f32, text: &str, style: Style) {
        let baseline = self.height - top - style.size * 0.95;
        let font = if style.bold {
            self.ids.bold.clone()
        } else {
            self.ids.regular.clone()
        };
        self.ops.extend([
            Op::SetFillColor {
                col: style.colour.pdf(),
            },
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(style.size),
            },
            Op::SetTextCursor {
                pos: Point {
                    x: Pt(x),
                    y: Pt(baseline),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(self.fonts.printable(text).into_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    /// A straight line between two points (tops measured from the top of the page).
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, dashed: bool) {
        let dash = if dashed {
            LineDashPattern::new(0.0, &[3.0, 2.0])
        } else {
            LineDashPattern::solid()
        };
        let point = |(x, top): (f32, f32)| LinePoint {
            p: Point {
                x: Pt(x),
                y: Pt(self.height - top),
            },
            bezier: false,
        };
        let line = Line {
            points: vec![point(from), point(to)],
            is_closed: false,
        };
        self.ops.extend([
            Op::SetOutlineColor {
                col: Colour::BLACK.pdf(),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::SetLineDashPattern { dash },
            Op::DrawLine { line },
        ]);
    }

    /// A rectangle, stroked or filled, with its top-left corner at (`x`, `top`).
    pub fn rect(&mut self, x: f32, top: f32, width: f32, height: f32, fill: Option<Colour>) {
        let corner = |x: f32, top: f32| LinePoint {
            p: Point {
                x: Pt(x),
                y: Pt(self.height - top),
            },
            bezier: false,
        };
        let ring = PolygonRing {
            points: vec![
                corner(x, top),
                corner(x + width, top),
                corner(x + width, top + height),
                corner(x, top + height),
            ],
        };
        let mode = match fill {
            Some(colour) => {
                self.ops.push(Op::SetFillColor { col: colour.pdf() });
                PaintMode::Fill
            }
            None => {
                self.ops.extend([
                    Op::SetOutlineColor {
                        col: Colour::BLACK.pdf(),
                    },
                    Op::SetOutlineThickness { pt: Pt(0.8) },
                    Op::SetLineDashPattern {
                        dash: LineDashPattern::solid(),
                    },
                ]);
                PaintMode::Stroke
            }
        };
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![ring],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
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

/// Text that flows down pages, starting a new page when the next line does not fit.
pub struct Flow<'a> {
    fonts: &'a Fonts,
    ids: &'a FontIds,
    frame: PageFrame,
    pages: Vec<Canvas<'a>>,
    y: f32,
}

impl<'a> Flow<'a> {
    pub fn new(fonts: &'a Fonts, ids: &'a FontIds, frame: PageFrame) -> Self {
        Flow {
            fonts,
            ids,
            frame,
            pages: vec![Canvas::new(fonts, ids, frame.height)],
            y: frame.top,
        }
    }

    fn canvas(&mut self) -> &mut Canvas<'a> {
        if self.pages.is_empty() {
            self.pages
                .push(Canvas::new(self.fonts, self.ids, self.frame.height));
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages
            .push(Canvas::new(self.fonts, self.ids, self.frame.height));
        self.y = self.frame.top;
    }

    /// Makes sure `height` more points fit on this page, else starts a new one.
    pub fn keep(&mut self, height: f32) {
        let at_top = (self.y - self.frame.top).abs() < f32::EPSILON;
        if self.y + height > self.frame.height - self.frame.bottom && !at_top {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: f32) {
        self.y += height;
    }

    /// A paragraph of wrapped text, indented by `indent` points.
    pub fn text(&mut self, text: &str, style: Style, indent: f32) {
        let width = self.frame.text_width() - indent;
        for line in self.fonts.wrap(text, style, width) {
            self.keep(style.line_height());
            let (x, y) = (self.frame.margin_x + indent, self.y);
            self.canvas().text(x, y, &line, style);
            self.y += style.line_height();
        }
    }

    /// A heading that is never left alone at the bottom of a page.
    pub fn heading(&mut self, text: &str, style: Style) {
        self.gap(style.size * 0.5);
        let lines = self.fonts.wrap(text, style, self.frame.text_width()).len() as f32;
        self.keep(style.line_height() * (lines + 2.0));
        self.text(text, style, 0.0);
        self.gap(style.size * 0.2);
    }

    /// A bullet at nesting `depth` (0 for the outermost).
    pub fn bullet(&mut self, text: &str, style: Style, depth: usize) {
        self.marked(text, style, depth, "•");
    }

    /// A numbered item.
    pub fn numbered(&mut self, number: usize, text: &str, style: Style) {
        self.marked(text, style, 0, &format!("{number}."));
    }

    fn marked(&mut self, text: &str, style: Style, depth: usize, mark: &str) {
        let indent = style.size * 1.4 * (depth as f32 + 1.0);
        self.keep(style.line_height());
        let (x, y) = (self.frame.margin_x + indent - style.size * 1.2, self.y);
        self.canvas().text(x, y, mark, style);
        self.text(text, style, indent);
    }

    /// A tick box to fill in by hand, with its text beside it.
    pub fn tick_box(&mut self, text: &str, style: Style) {
        let side = style.size * 0.9;
        let indent = side + style.size * 0.8;
        self.keep(style.line_height());
        let (x, y) = (self.frame.margin_x, self.y + style.size * 0.1);
        self.canvas().rect(x, y, side, side, None);
        self.text(text, style, indent);
        self.gap(style.size * 0.35);
    }

    /// A label followed by a line to write on.
    pub fn write_in(&mut self, label: &str, style: Style) {
        let height = style.line_height() * 1.6;
        self.keep(height);
        let (x, y) = (self.frame.margin_x, self.y + style.line_height() * 0.6);
        let label_width = self.fonts.width(label, style);
        let end = self.frame.margin_x + self.frame.text_width();
        let baseline = y + style.size;
        let canvas = self.canvas();
        canvas.text(x, y, label, style);
        canvas.line(
            (x + label_width + 4.0, baseline),
            (end, baseline),
            0.5,
            false,
        );
        self.y += height;
    }

    /// A thin line across the text width.
    pub fn rule(&mut self) {
        self.keep(8.0);
        self.y += 4.0;
        let (x, y, end) = (
            self.frame.margin_x,
            self.y,
            self.frame.margin_x + self.frame.text_width(),
        );
        self.canvas().line((x, y), (end, y), 0.5, false);
        self.y += 4.0;
    }

    /// The pages drawn so far.
    pub fn into_pages(self) -> Vec<Canvas<'a>> {
        self.pages
    }
}

/// Writes the footer `footer(page, total)` gives ("… · Side 3 av 12") at the foot of
/// every page.
pub fn number_pages(
    pages: &mut [Canvas<'_>],
    frame: &PageFrame,
    footer: impl Fn(usize, usize) -> String,
    style: Style,
) {
    let total = pages.len();
    for (i, canvas) in pages.iter_mut().enumerate() {
        let footer = footer(i + 1, total);
        canvas.text(
            frame.margin_x,
            frame.height - 14.0 * PT_PER_MM,
            &footer,
            style,
        );
    }
}

/// A piece of text to fit into a box: its style at full scale and the space after it.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    pub style: Style,
    pub gap_after: f32,
}

impl Block {
    pub fn new(text: impl Into<String>, style: Style, gap_after: f32) -> Block {
        Block {
            text: text.into(),
            style,
            gap_after,
        }
    }
}

/// Blocks laid out in a box at one scale: each block's lines and style.
pub struct Fitted {
    pub scale: f32,
    pub blocks: Vec<(Vec<String>, Style, f32)>,
    pub height: f32,
}

/// Lays out blocks at the largest scale from `max_scale` down to `min_scale` at which
/// they fit in `width` × `height`; `None` when they do not fit even at `min_scale`.
pub fn fit(
    fonts: &Fonts,
    blocks: &[Block],
    width: f32,
    height: f32,
    max_scale: f32,
    min_scale: f32,
) -> Option<Fitted> {
    let mut scale = max_scale;
    while scale >= min_scale {
        let laid: Vec<(Vec<String>, Style, f32)> = blocks
            .iter()
            .map(|b| {
                let style = b.style.scaled(scale);
                (
                    fonts.wrap(&b.text, style, width),
                    style,
                    b.gap_after * scale,
                )
            })
            .collect();
        let total: f32 = laid
            .iter()
            .map(|(lines, style, gap)| lines.len() as f32 * style.line_height() + gap)
            .sum();
        if total <= height {
            return Some(Fitted {
                scale,
                blocks: laid,
                height: total,
            });
        }
        scale *= 0.96;
    }
    None
}

impl Fitted {
    /// Draws the fitted blocks with their top-left corner at (`x`, `top`).
    pub fn draw(&self, canvas: &mut Canvas<'_>, x: f32, top: f32) {
        let mut y = top;
        for (lines, style, gap) in &self.blocks {
            for line in lines {
                canvas.text(x, y, line, *style);
                y += style.line_height();
            }
            y += gap;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::embedded().unwrap()
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
    fn fit_shrinks_until_it_fits_or_gives_up() {
        let f = fonts();
        let blocks = vec![Block::new("Vi har ingen å miste.", Style::bold(40.0), 10.0)];
        let fitted = fit(&f, &blocks, 200.0, 100.0, 1.0, 0.2).unwrap();
        assert!(
            fitted.scale < 1.0 && fitted.height <= 100.0,
            "{} {}",
            fitted.scale,
            fitted.height
        );
        let roomy = fit(&f, &blocks, 600.0, 200.0, 1.0, 0.2).unwrap();
        assert_eq!(roomy.scale, 1.0, "no shrinking when it fits");
        assert!(fit(&f, &blocks, 200.0, 2.0, 1.0, 0.5).is_none());
    }
}
