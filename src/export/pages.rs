//! The pages of a printable as they are drawn, tagged for screen readers: every piece of
//! text and every tick box is marked content of an element of the structure tree, in
//! the order it is read; headers, footers, rules, cut marks and colour fields are
//! artifacts. Positions are measured from the top of the page; PDF's from the bottom.

use std::collections::BTreeMap;

use printpdf::{
    DictItem, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, TextItem, WindingOrder,
};

use super::layout::{Colour, FontIds, Fonts, Line, Link, PT_PER_MM, PageFrame, Rich, Style};
use super::structure::{Attributes, ElemId, Kid, Role, StructTree};

/// What kind of artifact something drawn is (ISO 32000-1, 14.8.2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    /// The running head of a page.
    Header,
    /// The footer with the version and page number.
    Footer,
    /// A table's header row repeated on a following page.
    Repeated,
    /// Rules, cut and fold marks, writing lines, colour fields.
    Layout,
}

impl Artifact {
    /// The artifact's property list: `<</Type /Pagination /Subtype /Footer>>`.
    fn properties(self) -> DictItem {
        let (kind, subtype): (&[u8], Option<&[u8]>) = match self {
            Artifact::Header => (b"Pagination", Some(b"Header")),
            Artifact::Footer => (b"Pagination", Some(b"Footer")),
            Artifact::Repeated => (b"Pagination", None),
            Artifact::Layout => (b"Layout", None),
        };
        let mut map = BTreeMap::new();
        map.insert(key(b"Type"), DictItem::Name(kind.to_vec()));
        if let Some(subtype) = subtype {
            map.insert(key(b"Subtype"), DictItem::Name(subtype.to_vec()));
        }
        DictItem::Dict { map }
    }
}

/// A PDF name as printpdf's property lists take it.
fn key(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

/// A link's clickable area on a page (left, bottom, right, top in PDF points), where it
/// leads, and the `Link` element it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    pub rect: [f32; 4],
    pub link: Link,
    pub elem: ElemId,
}

/// What a page's content is to a reader: the element each marked-content id belongs to
/// (the page's row of the parent tree), and its links.
#[derive(Debug, Default)]
pub struct PageTags {
    pub marks: Vec<ElemId>,
    pub links: Vec<LinkArea>,
}

/// One page being drawn.
#[derive(Default)]
struct Page {
    ops: Vec<Op>,
    tags: PageTags,
    /// The element whose marked content is still open, so that its next line joins it.
    open: Option<ElemId>,
    /// The text object still open inside it.
    text: Option<TextState>,
}

/// An open text object: where its current line starts (in hundredths of a point), and
/// the font, size and colour it has set, so the next line sets only what changes.
#[derive(Debug, Clone, Copy, PartialEq)]
struct TextState {
    origin: (i64, i64),
    bold: bool,
    size: f32,
    colour: Colour,
}

impl Page {
    fn end_text(&mut self) {
        if self.text.take().is_some() {
            self.ops.push(Op::EndTextSection);
        }
    }

    fn end_marked_content(&mut self) {
        self.end_text();
        if self.open.take().is_some() {
            self.ops.push(Op::EndMarkedContent);
        }
    }

    /// Paths and fills: outside any text object.
    fn draw(&mut self, ops: Vec<Op>) {
        self.end_text();
        self.ops.extend(ops);
    }

    /// Shows `text` with its baseline starting at `at` (PDF points), inside the open
    /// text object, moving from the line before and setting only what changed.
    fn show(&mut self, ids: &FontIds, at: (f32, f32), text: &str, style: Style) {
        let at = (hundredths(at.0), hundredths(at.1));
        let previous = match self.text {
            Some(state) => Some(state),
            None => {
                self.ops.push(Op::StartTextSection);
                None
            }
        };
        if previous.is_none_or(|p| p.bold != style.bold || p.size != style.size) {
            let font = if style.bold { &ids.bold } else { &ids.regular };
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(style.size),
            });
        }
        if previous.is_none_or(|p| p.colour != style.colour) {
            self.ops.push(Op::SetFillColor {
                col: style.colour.pdf(),
            });
        }
        let origin = previous.map_or((0, 0), |p| p.origin);
        self.ops.push(Op::SetTextCursor {
            pos: Point {
                x: Pt((at.0 - origin.0) as f32 / 100.0),
                y: Pt((at.1 - origin.1) as f32 / 100.0),
            },
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        });
        self.text = Some(TextState {
            origin: at,
            bold: style.bold,
            size: style.size,
            colour: style.colour,
        });
    }
}

/// A position in whole hundredths of a point: exact enough for print, and short in the
/// file.
fn hundredths(points: f32) -> i64 {
    (points * 100.0).round() as i64
}

/// The `Link` elements made so far for a piece of text, by its link spans, so that a
/// link wrapped over two lines stays one element.
#[derive(Debug, Default)]
pub struct LinkElems(Vec<(usize, ElemId)>);

/// A heading in the reader's bookmarks (the document outline): its level, text, page
/// and the height of its top on the page in PDF points.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    pub level: u8,
    pub title: String,
    pub page: usize,
    pub y: f32,
}

/// A printable as drawn: each page's operations and tags, the structure tree, and the
/// bookmarks.
pub struct Finished {
    pub ops: Vec<Vec<Op>>,
    pub tags: Vec<PageTags>,
    pub tree: StructTree,
    pub bookmarks: Vec<Bookmark>,
}

/// The pages of a printable and the structure tree their content belongs to.
pub struct Pages<'a> {
    fonts: &'a Fonts,
    ids: &'a FontIds,
    height: f32,
    pages: Vec<Page>,
    tree: StructTree,
    bookmarks: Vec<Bookmark>,
}

impl<'a> Pages<'a> {
    /// One empty page of the given height in points.
    pub fn new(fonts: &'a Fonts, ids: &'a FontIds, height: f32) -> Self {
        Pages {
            fonts,
            ids,
            height,
            pages: vec![Page::default()],
            tree: StructTree::new(),
            bookmarks: Vec::new(),
        }
    }

    /// Adds a heading to the bookmarks: `top` is measured from the top of the page.
    pub fn bookmark(&mut self, level: u8, title: &str, page: usize, top: f32) {
        self.bookmarks.push(Bookmark {
            level,
            title: self.fonts.printable(title).into_owned(),
            page,
            y: self.height - top,
        });
    }

    pub fn fonts(&self) -> &'a Fonts {
        self.fonts
    }

    /// Adds an empty page and returns its index.
    pub fn add_page(&mut self) -> usize {
        self.pages.push(Page::default());
        self.pages.len() - 1
    }

    pub fn count(&self) -> usize {
        self.pages.len()
    }

    /// Opens an element inside the current one; what is drawn next belongs to it.
    pub fn open(&mut self, role: Role, attributes: Attributes) -> ElemId {
        self.tree.open(role, attributes)
    }

    /// Makes an element made earlier (a table cell) the current one again.
    pub fn enter(&mut self, elem: ElemId) {
        self.tree.enter(elem);
    }

    /// Adds an element to `parent` without entering it.
    pub fn child(&mut self, parent: ElemId, role: Role, attributes: Attributes) -> ElemId {
        self.tree.child(parent, role, attributes)
    }

    pub fn close(&mut self) {
        self.tree.close();
    }

    /// Starts (or goes on with) marked content of `elem` on `page`.
    fn mark(&mut self, page: usize, elem: ElemId) {
        let role = self.tree.elem(elem).role;
        let Some(target) = self.pages.get_mut(page) else {
            return;
        };
        if target.open == Some(elem) {
            return;
        }
        target.end_marked_content();
        let mcid = target.tags.marks.len();
        target.tags.marks.push(elem);
        let mut map = BTreeMap::new();
        map.insert(key(b"MCID"), DictItem::Int(mcid as i64));
        target.ops.push(Op::BeginMarkedContentWithProperties {
            tag: key(role.name()),
            properties: DictItem::Dict { map },
        });
        target.open = Some(elem);
        self.tree.add(elem, Kid::Content { page, mcid });
    }

    /// Draws ops as an artifact of `kind` on `page`.
    fn artifact(&mut self, page: usize, kind: Artifact, ops: Vec<Op>) {
        let Some(target) = self.pages.get_mut(page) else {
            return;
        };
        target.end_marked_content();
        target.ops.push(Op::BeginMarkedContentWithProperties {
            tag: key(b"Artifact"),
            properties: kind.properties(),
        });
        target.ops.extend(ops);
        target.ops.push(Op::EndMarkedContent);
    }

    fn baseline(&self, top: f32, style: Style) -> f32 {
        self.height - top - style.size * 0.95
    }

    /// Writes one wrapped line with its top at `top`, as content of the current element;
    /// its links become `Link` elements inside it, each with its clickable area.
    pub fn line(
        &mut self,
        page: usize,
        (x, top): (f32, f32),
        line: &Line,
        text: &Rich,
        style: Style,
        links: &mut LinkElems,
    ) {
        let parent = self.tree.current();
        let mut x = x;
        for run in line.runs.iter().filter(|r| !r.text.is_empty()) {
            let link = run.link.and_then(|span| Some((span, text.link_of(span)?)));
            let elem = match link {
                Some((span, _)) => self.link_elem(parent, span, links),
                None => parent,
            };
            self.mark(page, elem);
            let baseline = self.baseline(top, style);
            if let Some(target) = self.pages.get_mut(page) {
                target.show(self.ids, (x, baseline), &run.text, style);
            }
            let width = self.fonts.width(&run.text, style);
            if let Some((_, link)) = link {
                let area = Rect {
                    x,
                    top,
                    width,
                    height: style.line_height(),
                };
                self.add_link_area(page, elem, link, area);
            }
            x += width;
        }
    }

    /// Writes plain text on one line as content of the current element.
    pub fn text(&mut self, page: usize, at: (f32, f32), text: &str, style: Style) {
        let line = Line::plain(&self.fonts.printable(text));
        self.line(
            page,
            at,
            &line,
            &Rich::default(),
            style,
            &mut LinkElems::default(),
        );
    }

    fn link_elem(&mut self, parent: ElemId, span: usize, links: &mut LinkElems) -> ElemId {
        if let Some((_, elem)) = links.0.iter().find(|(s, _)| *s == span) {
            return *elem;
        }
        let elem = self.tree.child(parent, Role::Link, Attributes::default());
        links.0.push((span, elem));
        elem
    }

    fn add_link_area(&mut self, page: usize, elem: ElemId, link: &Link, area: Rect) {
        let rect = self.pdf_box(area);
        let Some(target) = self.pages.get_mut(page) else {
            return;
        };
        let index = target.tags.links.len();
        target.tags.links.push(LinkArea {
            rect,
            link: link.clone(),
            elem,
        });
        self.tree.add(elem, Kid::Annotation { page, index });
    }

    /// Writes one line of plain text as an artifact.
    pub fn artifact_text(
        &mut self,
        page: usize,
        (x, top): (f32, f32),
        text: &str,
        style: Style,
        kind: Artifact,
    ) {
        let printable = self.fonts.printable(text);
        let ops = self.text_ops((x, top), &[&printable], style);
        self.artifact(page, kind, ops);
    }

    /// Writes a wrapped line as an artifact (a table's header row repeated on the next
    /// page).
    pub fn artifact_line_of_text(
        &mut self,
        page: usize,
        (x, top): (f32, f32),
        line: &Line,
        style: Style,
        kind: Artifact,
    ) {
        let runs: Vec<&str> = line.runs.iter().map(|r| r.text.as_str()).collect();
        let ops = self.text_ops((x, top), &runs, style);
        self.artifact(page, kind, ops);
    }

    /// A straight line between two points, as an artifact (a rule, a cut mark).
    pub fn artifact_line(
        &mut self,
        page: usize,
        from: (f32, f32),
        to: (f32, f32),
        thickness: f32,
        dashed: bool,
    ) {
        let ops = self.line_ops(from, to, thickness, dashed);
        self.artifact(page, Artifact::Layout, ops);
    }

    /// A filled rectangle as an artifact (a colour field).
    pub fn artifact_rect(&mut self, page: usize, rect: Rect, fill: Colour) {
        let ops = self.rect_ops(rect, Some(fill));
        self.artifact(page, Artifact::Layout, ops);
    }

    /// A filled shape through `points` (measured from the top of the page), as an
    /// artifact: a level's symbol.
    pub fn artifact_shape(&mut self, page: usize, points: &[(f32, f32)], fill: Colour) {
        let ops = vec![
            Op::SetFillColor { col: fill.pdf() },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing {
                        points: points.iter().map(|p| self.point(*p)).collect(),
                    }],
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
        ];
        self.artifact(page, Artifact::Layout, ops);
    }

    /// An outlined rectangle as content of the current element (a tick box, whose
    /// element says what it is in its `Alt`).
    pub fn content_rect(&mut self, page: usize, rect: Rect) {
        let elem = self.tree.current();
        self.mark(page, elem);
        let ops = self.rect_ops(rect, None);
        if let Some(target) = self.pages.get_mut(page) {
            target.draw(ops);
        }
    }

    /// The area of `rect` in PDF coordinates: left, bottom, right, top.
    pub fn pdf_box(&self, rect: Rect) -> [f32; 4] {
        [
            rect.x,
            self.height - rect.top - rect.height,
            rect.x + rect.width,
            self.height - rect.top,
        ]
    }

    /// A text object of its own (for an artifact) showing `runs` one after the other.
    fn text_ops(&self, (x, top): (f32, f32), runs: &[&str], style: Style) -> Vec<Op> {
        let mut page = Page::default();
        let mut x = x;
        for run in runs {
            page.show(self.ids, (x, self.baseline(top, style)), run, style);
            x += self.fonts.width(run, style);
        }
        page.end_text();
        page.ops
    }

    fn point(&self, (x, top): (f32, f32)) -> LinePoint {
        let rounded = |v: f32| hundredths(v) as f32 / 100.0;
        LinePoint {
            p: Point {
                x: Pt(rounded(x)),
                y: Pt(rounded(self.height - top)),
            },
            bezier: false,
        }
    }

    fn line_ops(&self, from: (f32, f32), to: (f32, f32), thickness: f32, dashed: bool) -> Vec<Op> {
        let dash = if dashed {
            LineDashPattern::new(0.0, &[3.0, 2.0])
        } else {
            LineDashPattern::solid()
        };
        vec![
            Op::SetOutlineColor {
                col: Colour::BLACK.pdf(),
            },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::SetLineDashPattern { dash },
            Op::DrawLine {
                line: printpdf::Line {
                    points: vec![self.point(from), self.point(to)],
                    is_closed: false,
                },
            },
        ]
    }

    /// A rectangle's outline as a ring of a polygon.
    fn ring(&self, rect: Rect) -> PolygonRing {
        let Rect {
            x,
            top,
            width,
            height,
        } = rect;
        PolygonRing {
            points: vec![
                self.point((x, top)),
                self.point((x + width, top)),
                self.point((x + width, top + height)),
                self.point((x, top + height)),
            ],
        }
    }

    fn rect_ops(&self, rect: Rect, fill: Option<Colour>) -> Vec<Op> {
        let (mut ops, mode) = match fill {
            Some(colour) => (
                vec![Op::SetFillColor { col: colour.pdf() }],
                PaintMode::Fill,
            ),
            None => (
                vec![
                    Op::SetOutlineColor {
                        col: Colour::BLACK.pdf(),
                    },
                    Op::SetOutlineThickness { pt: Pt(0.8) },
                    Op::SetLineDashPattern {
                        dash: LineDashPattern::solid(),
                    },
                ],
                PaintMode::Stroke,
            ),
        };
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![self.ring(rect)],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
        ops
    }

    /// A figure of black rectangles (a QR code) filling `area`, tagged with the words a
    /// screen reader says for it and where it stands.
    pub fn figure(&mut self, page: usize, rects: &[Rect], area: Rect, alt: &str) {
        let attributes = Attributes {
            alt: Some(alt.to_owned()),
            bbox: Some(self.pdf_box(area)),
            ..Attributes::default()
        };
        let elem = self.tree.open(Role::Figure, attributes);
        self.mark(page, elem);
        let ops = vec![
            Op::SetFillColor {
                col: Colour::BLACK.pdf(),
            },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings: rects.iter().map(|r| self.ring(*r)).collect(),
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
        ];
        if let Some(target) = self.pages.get_mut(page) {
            target.draw(ops);
        }
        self.tree.close();
    }

    /// The finished printable; open marked content is closed.
    pub fn finish(self) -> Finished {
        let (ops, tags) = self
            .pages
            .into_iter()
            .map(|mut page| {
                page.end_marked_content();
                (page.ops, page.tags)
            })
            .unzip();
        Finished {
            ops,
            tags,
            tree: self.tree,
            bookmarks: self.bookmarks,
        }
    }
}

/// A rectangle by its top-left corner (from the top of the page) and size, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// Writes the footer `footer(page, total)` gives ("… · Side 3 av 12") at the foot of
/// every page, as a pagination artifact.
pub fn number_pages(
    pages: &mut Pages<'_>,
    frame: &PageFrame,
    footer: impl Fn(usize, usize) -> String,
    style: Style,
) {
    let total = pages.count();
    for page in 0..total {
        let at = (frame.margin_x, frame.height - 14.0 * PT_PER_MM);
        pages.artifact_text(page, at, &footer(page + 1, total), style, Artifact::Footer);
    }
}
