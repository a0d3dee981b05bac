//! The presentation as a PDF, for the meeting-room PC without the program: one 16:9 page
//! of 254 × 142.9 mm per slide, drawn from the very layout the window shows (the same
//! slides, the same lines, the same split), tagged like the other printables; or, for
//! the trainer's own copy, an A4 page per slide with the slide small above its notes.
//! The slides' smallest type is 21.4 pt on their page; on the notes pages, the
//! slide is drawn at 150 mm wide (its smallest type 12.6 pt) and the notes are 11 pt.

use crate::i18n::{Language, Texts, fill};
use crate::routine::{Level, Routine};
use crate::training::canvas::{self, Area, Drawing, Ink, Mark, Measure, Role as Part, Shape, Text};
use crate::training::slides::{self, Slide};

use super::flow::spaced;
use super::layout::{Colour, FontIds, Fonts, Line, Link, PT_PER_MM, Rich, Style};
use super::pages::{Artifact, LinkElems, Pages as Drawer, Rect};
use super::structure::{Attributes, Numbering, Role, Scope};
use super::{Drawn, page};

/// Which pages: the slides themselves, or the trainer's notes pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pages {
    Slides,
    Notes,
}

impl Measure for Fonts {
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        Fonts::wrap(self, text, style(size, bold), width)
    }

    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        Fonts::width(self, text, style(size, bold))
    }
}

fn style(size: f32, bold: bool) -> Style {
    if bold {
        Style::bold(size)
    } else {
        Style::regular(size)
    }
}

/// Where a slide is drawn on its page: its top-left corner and points per canvas unit.
#[derive(Debug, Clone, Copy)]
struct Place {
    x: f32,
    top: f32,
    scale: f32,
    /// Whether the slide's number is drawn (a notes page has its own).
    numbered: bool,
}

impl Place {
    fn rect(&self, area: Area) -> Rect {
        Rect {
            x: self.x + area.x * self.scale,
            top: self.top + area.top * self.scale,
            width: area.width * self.scale,
            height: area.height * self.scale,
        }
    }

    fn point(&self, (x, top): (f32, f32)) -> (f32, f32) {
        (self.x + x * self.scale, self.top + top * self.scale)
    }
}

/// The A4 notes page: its margin, the slide's width on it (its smallest type is then
/// 12.6 pt), and the notes' type.
const NOTES_MARGIN: f32 = 18.0 * PT_PER_MM;
const THUMBNAIL_WIDTH: f32 = 150.0 * PT_PER_MM;
const NOTES_HEADING: Style = Style::bold(13.0);
const NOTES_TEXT: Style = Style::regular(11.0);

pub(crate) fn draw<'a>(
    routine: &Routine,
    fonts: &'a Fonts,
    ids: &'a FontIds,
    which: Pages,
) -> Drawn<'a> {
    let t = Language::of_routine(routine).texts();
    let deck = slides::deck(routine, t, fonts);
    let size = match which {
        Pages::Slides => page::SLIDE,
        Pages::Notes => page::A4,
    };
    let height = size.1 * PT_PER_MM;
    let mut pages = Drawer::new(fonts, ids, height);
    let total = deck.len();
    for (index, slide) in deck.iter().enumerate() {
        let page = if index == 0 { 0 } else { pages.add_page() };
        match which {
            Pages::Slides => {
                let place = Place {
                    x: 0.0,
                    top: 0.0,
                    scale: size.0 * PT_PER_MM / canvas::WIDTH,
                    numbered: true,
                };
                draw_slide(&mut pages, page, slide, place, index == 0);
            }
            Pages::Notes => notes_page(&mut pages, page, slide, (index, total), size, t),
        }
    }
    Drawn {
        size,
        pages,
        printed_placeholders: deck
            .iter()
            .flat_map(|s| s.gaps())
            .map(str::to_owned)
            .collect(),
    }
}

/// A notes page: the slide small at the top in a thin frame, its notes below (going on
/// to another page if they are longer than the page), and «Lysbilde 3 av 61» at the foot.
fn notes_page(
    pages: &mut Drawer<'_>,
    page: usize,
    slide: &Slide,
    (index, total): (usize, usize),
    size: (f32, f32),
    t: &Texts,
) {
    let (width, height) = (size.0 * PT_PER_MM, size.1 * PT_PER_MM);
    let inner = width - 2.0 * NOTES_MARGIN;
    let place = Place {
        x: (width - THUMBNAIL_WIDTH) / 2.0,
        top: NOTES_MARGIN,
        scale: THUMBNAIL_WIDTH / canvas::WIDTH,
        numbered: false,
    };
    let frame = place.rect(Area {
        x: 0.0,
        top: 0.0,
        width: canvas::WIDTH,
        height: canvas::HEIGHT,
    });
    let corners = [
        (frame.x, frame.top),
        (frame.x + frame.width, frame.top),
        (frame.x + frame.width, frame.top + frame.height),
        (frame.x, frame.top + frame.height),
    ];
    for (i, from) in corners.iter().enumerate() {
        pages.artifact_line(page, *from, corners[(i + 1) % 4], 0.5, false);
    }
    pages.open(Role::Sect, Attributes::default());
    draw_slide(pages, page, slide, place, index == 0);
    let footer = fill(
        t.training.slide_of,
        &[("number", &(index + 1)), ("total", &total)],
    );
    let foot = |pages: &mut Drawer<'_>, page| {
        let at = (NOTES_MARGIN, height - 14.0 * PT_PER_MM);
        let style = NOTES_TEXT.coloured(Colour::GREY);
        pages.artifact_text(page, at, &footer, style, Artifact::Footer);
    };
    foot(pages, page);
    let bottom = height - 22.0 * PT_PER_MM;
    let mut page = page;
    let mut y = frame.top + frame.height + 24.0;
    // One level below the slide's title: the deck's title is a level 1 heading.
    let notes_level = if index == 0 { 2 } else { 3 };
    pages.open(Role::heading(notes_level), Attributes::default());
    pages.text(
        page,
        (NOTES_MARGIN, y),
        t.training.notes_heading,
        NOTES_HEADING,
    );
    pages.close();
    y += NOTES_HEADING.line_height() + 6.0;
    let none = [t.training.no_notes.to_owned()];
    let notes = if slide.notes.is_empty() {
        &none[..]
    } else {
        &slide.notes[..]
    };
    for note in notes {
        let text = Rich::plain(note.as_str());
        let lines = spaced(&pages.fonts().lines(&text, NOTES_TEXT, inner));
        pages.open(Role::P, Attributes::default());
        let mut links = LinkElems::default();
        for line in &lines {
            if y + NOTES_TEXT.line_height() > bottom {
                page = pages.add_page();
                foot(pages, page);
                y = NOTES_MARGIN;
            }
            pages.line(page, (NOTES_MARGIN, y), line, &text, NOTES_TEXT, &mut links);
            y += NOTES_TEXT.line_height();
        }
        pages.close();
        y += 6.0;
    }
    pages.close();
}

/// One slide on `page` at `place`, in its own section: its marks in order, the texts
/// tagged for what they are (the deck's title a level 1 heading, each slide's title a
/// level 2 one, points as lists, contacts as a table), the shapes as artifacts.
fn draw_slide(pages: &mut Drawer<'_>, page: usize, slide: &Slide, place: Place, first: bool) {
    let level = if first { 1 } else { 2 };
    pages.open(Role::Sect, Attributes::default());
    let mut tags = Tags::default();
    draw_marks(pages, page, &slide.drawing, place, level, &mut tags);
    tags.close_to(pages, 0);
    pages.close();
}

fn draw_marks(
    pages: &mut Drawer<'_>,
    page: usize,
    drawing: &Drawing,
    place: Place,
    level: u8,
    tags: &mut Tags,
) {
    for mark in &drawing.marks {
        match mark {
            Mark::Shape(Shape::Fill(area, ink)) => {
                pages.artifact_rect(page, place.rect(*area), colour(*ink));
            }
            Mark::Shape(Shape::Symbol(which, area, ink)) => {
                let points = symbol(*which, place.rect(*area));
                pages.artifact_shape(page, &points, colour(*ink));
            }
            Mark::Text(text) => draw_text(pages, page, text, place, level, tags),
        }
    }
}

fn colour(ink: Ink) -> Colour {
    Colour::rgb(ink.rgb())
}

/// A level's symbol in `rect`: a triangle for RØD, a square for GUL, a circle for GRØNN.
fn symbol(level: Level, rect: Rect) -> Vec<(f32, f32)> {
    let Rect {
        x,
        top,
        width,
        height,
    } = rect;
    match level {
        Level::Red => vec![
            (x + width / 2.0, top),
            (x + width, top + height),
            (x, top + height),
        ],
        Level::Yellow => {
            let inset = width * 0.06;
            vec![
                (x + inset, top + inset),
                (x + width - inset, top + inset),
                (x + width - inset, top + height - inset),
                (x + inset, top + height - inset),
            ]
        }
        Level::Green => {
            let (cx, cy, r) = (x + width / 2.0, top + height / 2.0, width / 2.0);
            (0..32)
                .map(|i| {
                    let angle = i as f32 * std::f32::consts::TAU / 32.0;
                    (cx + r * angle.cos(), cy + r * angle.sin())
                })
                .collect()
        }
    }
}

/// The elements open while a slide is drawn, innermost last, with where its lists (by
/// depth) and its table's body stand among them.
#[derive(Default)]
struct Tags {
    open: Vec<Role>,
    lists: Vec<usize>,
    table: Option<usize>,
}

impl Tags {
    fn open(&mut self, pages: &mut Drawer<'_>, role: Role, attributes: Attributes) {
        pages.open(role, attributes);
        self.open.push(role);
    }

    /// Closes elements until `depth` stay open.
    fn close_to(&mut self, pages: &mut Drawer<'_>, depth: usize) {
        while self.open.len() > depth {
            pages.close();
            self.open.pop();
        }
        self.lists.retain(|at| *at < depth);
        if self.table.is_some_and(|at| at >= depth) {
            self.table = None;
        }
    }

    /// Opens a list item for a bullet at `depth`: in the list of that depth when one is
    /// open, else in a new list (inside the item before it, for a sub-point).
    fn item(&mut self, pages: &mut Drawer<'_>, depth: usize) {
        if let Some(&list) = self.lists.get(depth) {
            self.close_to(pages, list + 1);
        } else {
            let nested =
                depth > 0 && self.lists.len() == depth && self.open.last() == Some(&Role::LBody);
            if !nested {
                self.close_to(pages, 0);
            }
            let list = Attributes {
                numbering: Some(Numbering::Disc),
                ..Attributes::default()
            };
            self.open(pages, Role::L, list);
            self.lists.push(self.open.len() - 1);
        }
        self.open(pages, Role::LI, Attributes::default());
    }

    /// Opens a row of the contacts table, and the table first when it is not open.
    fn row(&mut self, pages: &mut Drawer<'_>) {
        let body = match self.table {
            Some(body) => body,
            None => {
                self.close_to(pages, 0);
                self.open(pages, Role::Table, Attributes::default());
                self.open(pages, Role::TBody, Attributes::default());
                let body = self.open.len() - 1;
                self.table = Some(body);
                body
            }
        };
        self.close_to(pages, body + 1);
        self.open(pages, Role::TR, Attributes::default());
    }
}

fn draw_text(
    pages: &mut Drawer<'_>,
    page: usize,
    text: &Text,
    place: Place,
    level: u8,
    tags: &mut Tags,
) {
    let within = |pages: &mut Drawer<'_>, tags: &mut Tags, role: Role, attributes| {
        tags.open(pages, role, attributes);
        lines(pages, page, text, place);
        let depth = tags.open.len() - 1;
        tags.close_to(pages, depth);
    };
    match text.role {
        Part::Heading => {
            tags.close_to(pages, 0);
            let top = place.point((0.0, text.lines.first().map_or(0.0, |l| l.top)));
            pages.bookmark(level, &text.text, page, top.1);
            within(pages, tags, Role::heading(level), Attributes::default());
        }
        Part::Paragraph | Part::LeadIn | Part::Quote | Part::Emergency => {
            tags.close_to(pages, 0);
            within(pages, tags, Role::P, Attributes::default());
        }
        Part::Bullet { depth } => {
            tags.item(pages, usize::from(depth));
            within(pages, tags, Role::Lbl, Attributes::default());
        }
        Part::Item { .. } => {
            tags.open(pages, Role::LBody, Attributes::default());
            lines(pages, page, text, place);
        }
        Part::ItemNote => lines(pages, page, text, place),
        Part::RowHeader => {
            tags.row(pages);
            let scope = Attributes {
                scope: Some(Scope::Row),
                ..Attributes::default()
            };
            within(pages, tags, Role::TH, scope);
        }
        Part::Cell => within(pages, tags, Role::TD, Attributes::default()),
        Part::SlideNumber if place.numbered => {
            let style = scaled(text, place);
            for line in &text.lines {
                let at = place.point((line.x, line.top));
                pages.artifact_text(page, at, &line.text, style, Artifact::Footer);
            }
        }
        Part::SlideNumber => {}
    }
}

fn scaled(text: &Text, place: Place) -> Style {
    style(text.kind.size * place.scale, text.kind.bold).coloured(colour(text.ink))
}

/// A text's lines where the slide has them, as content of the current element; its
/// link (113, a contact's number) becomes a link.
fn lines(pages: &mut Drawer<'_>, page: usize, text: &Text, place: Place) {
    let style = scaled(text, place);
    let rich = match &text.link {
        Some(link) => match text.text.rsplit_once(link.part.as_str()) {
            Some((before, after)) => {
                let target = Link {
                    uri: link.uri.clone(),
                    description: link.description.clone(),
                };
                Rich::plain(before)
                    .link(link.part.as_str(), target)
                    .then(after)
            }
            None => Rich::plain(text.text.as_str()),
        },
        None => Rich::plain(text.text.as_str()),
    };
    // The same lines the slide has: broken again at the same size and width, which gives
    // the same breaks, now knowing which stretch is the link.
    let broken = match &text.link {
        Some(_) => pages.fonts().lines(
            &rich,
            self::style(text.kind.size, text.kind.bold),
            text.width,
        ),
        None => text.lines.iter().map(|l| Line::plain(&l.text)).collect(),
    };
    let mut links = LinkElems::default();
    for (line, at) in spaced(&broken).iter().zip(&text.lines) {
        pages.line(
            page,
            place.point((at.x, at.top)),
            line,
            &rich,
            style,
            &mut links,
        );
    }
}
