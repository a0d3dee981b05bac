//! Text that flows down A4 pages, tagged as it goes: paragraphs, headings, lists with
//! their labels, tick boxes, lines to write on, and tables whose header row repeats on
//! each page. A new page starts when the next line does not fit.

use super::layout::{FontIds, Fonts, Line, PageFrame, Rich, Style};
use super::pages::{Artifact, LinkElems, Pages, Rect};
use super::structure::{Attributes, ElemId, Numbering, Role, Scope};

/// Space between a table cell's edge and its text, in points.
const CELL_PADDING: f32 = 3.0;

/// A table column: its header and its share of the text width.
#[derive(Debug, Clone, Copy)]
pub struct Column<'t> {
    pub header: &'t str,
    pub share: f32,
}

/// A table cell: text, or a box to tick by hand.
#[derive(Debug, Clone)]
pub enum Cell {
    Text(Rich),
    TickBox,
}

/// A table whose first column names each row (the row's header cell).
pub struct Table<'t> {
    pub columns: Vec<Column<'t>>,
    pub rows: Vec<Vec<Cell>>,
    pub body: Style,
    pub header: Style,
    /// What a screen reader says for a tick box.
    pub tick_box: &'t str,
}

/// Text flowing down pages.
pub struct Flow<'a> {
    pages: Pages<'a>,
    frame: PageFrame,
    page: usize,
    y: f32,
}

impl<'a> Flow<'a> {
    pub fn new(fonts: &'a Fonts, ids: &'a FontIds, frame: PageFrame) -> Self {
        Flow {
            pages: Pages::new(fonts, ids, frame.height),
            frame,
            page: 0,
            y: frame.top,
        }
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.page = self.pages.add_page();
        self.y = self.frame.top;
    }

    fn at_top(&self) -> bool {
        (self.y - self.frame.top).abs() < f32::EPSILON
    }

    fn bottom(&self) -> f32 {
        self.frame.height - self.frame.bottom
    }

    /// Makes sure `height` more points fit on this page, else starts a new one.
    pub fn keep(&mut self, height: f32) {
        if self.y + height > self.bottom() && !self.at_top() {
            self.new_page();
        }
    }

    /// Keeps a list item's text on one page where it fits on one: a tick box and what
    /// to tick are not parted by a page break.
    fn keep_together(&mut self, text: &Rich, style: Style, indent: f32) {
        let width = self.frame.text_width() - indent;
        let lines = self.pages.fonts().lines(text, style, width).len().max(1);
        let height = lines as f32 * style.line_height();
        let page = self.bottom() - self.frame.top;
        self.keep(height.min(page));
    }

    pub fn gap(&mut self, height: f32) {
        self.y += height;
    }

    /// Draws `body` inside a new element of `role`.
    pub fn within<R>(
        &mut self,
        role: Role,
        attributes: Attributes,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        self.pages.open(role, attributes);
        let result = body(self);
        self.pages.close();
        result
    }

    /// Wrapped text, indented by `indent` points, as content of the current element.
    pub fn lines(&mut self, text: &Rich, style: Style, indent: f32) {
        let width = self.frame.text_width() - indent;
        let lines = spaced(&self.pages.fonts().lines(text, style, width));
        let mut links = LinkElems::default();
        for line in &lines {
            self.keep(style.line_height());
            let at = (self.frame.margin_x + indent, self.y);
            self.pages
                .line(self.page, at, line, text, style, &mut links);
            self.y += style.line_height();
        }
    }

    /// A paragraph of wrapped text.
    pub fn paragraph(&mut self, text: impl Into<Rich>, style: Style) {
        let text = text.into();
        if text.is_empty() {
            return;
        }
        self.within(Role::P, Attributes::default(), |flow| {
            flow.lines(&text, style, 0.0);
        });
    }

    /// A heading of `level` (1 for the title) that is never left alone at the bottom of
    /// a page.
    pub fn heading(&mut self, text: &str, style: Style, level: u8) {
        self.gap(style.size * 0.5);
        let lines = self
            .pages
            .fonts()
            .wrap(text, style, self.frame.text_width())
            .len() as f32;
        self.keep(style.line_height() * (lines + 2.0));
        self.pages.bookmark(level, text, self.page, self.y);
        self.within(Role::heading(level), Attributes::default(), |flow| {
            flow.lines(&Rich::plain(text), style, 0.0);
        });
        self.gap(style.size * 0.2);
    }

    /// A list whose items `body` draws.
    pub fn list(&mut self, numbering: Numbering, body: impl FnOnce(&mut Self)) {
        let attributes = Attributes {
            numbering: Some(numbering),
            ..Attributes::default()
        };
        self.within(Role::L, attributes, body);
    }

    /// A list item at nesting `depth` (0 for the outermost): its label, its text, and
    /// what `nested` draws inside it (a list of its own).
    pub fn item(
        &mut self,
        label: &str,
        text: impl Into<Rich>,
        style: Style,
        depth: usize,
        nested: impl FnOnce(&mut Self),
    ) {
        let text = text.into();
        let indent = style.size * 1.4 * (depth as f32 + 1.0);
        self.keep_together(&text, style, indent);
        self.within(Role::LI, Attributes::default(), |flow| {
            let at = (flow.frame.margin_x + indent - style.size * 1.2, flow.y);
            flow.within(Role::Lbl, Attributes::default(), |flow| {
                flow.pages.text(flow.page, at, label, style);
            });
            flow.within(Role::LBody, Attributes::default(), |flow| {
                flow.lines(&text, style, indent);
                nested(flow);
            });
        });
    }

    /// A bulleted item at nesting `depth`.
    pub fn bullet(&mut self, text: impl Into<Rich>, style: Style, depth: usize) {
        self.item("•", text, style, depth, |_| {});
    }

    /// A numbered item.
    pub fn numbered(&mut self, number: usize, text: impl Into<Rich>, style: Style) {
        self.item(&format!("{number}."), text, style, 0, |_| {});
    }

    /// A list item with a tick box to fill in by hand as its label; `alt` says what the
    /// box is to a screen reader.
    pub fn tick_box(&mut self, text: impl Into<Rich>, style: Style, alt: &str) {
        let text = text.into();
        let side = style.size * 0.9;
        let indent = side + style.size * 0.8;
        self.keep_together(&text, style, indent);
        self.within(Role::LI, Attributes::default(), |flow| {
            let rect = Rect {
                x: flow.frame.margin_x,
                top: flow.y + style.size * 0.1,
                width: side,
                height: side,
            };
            flow.tick_box_label(Role::Lbl, rect, alt);
            flow.within(Role::LBody, Attributes::default(), |flow| {
                flow.lines(&text, style, indent);
            });
        });
        self.gap(style.size * 0.35);
    }

    /// A tick box as an element of `role` that says what it is; a figure also says where
    /// it stands (its bounding box), as figures do.
    fn tick_box_label(&mut self, role: Role, rect: Rect, alt: &str) {
        let attributes = Attributes {
            alt: Some(alt.to_owned()),
            bbox: (role == Role::Figure).then(|| self.pages.pdf_box(rect)),
            ..Attributes::default()
        };
        self.within(role, attributes, |flow| {
            flow.pages.content_rect(flow.page, rect);
        });
    }

    /// A label followed by a line to write on (the line is an artifact).
    pub fn write_in(&mut self, label: &str, style: Style) {
        let line_height = style.line_height();
        self.keep(line_height * 1.6);
        self.gap(line_height * 0.6);
        let room = self.frame.text_width() - 60.0;
        let lines = self.pages.fonts().wrap(label, style, room);
        let last_width = lines
            .last()
            .map_or(0.0, |l| self.pages.fonts().width(l, style));
        self.paragraph(label, style);
        let baseline = self.y - line_height + style.size;
        let start = self.frame.margin_x + last_width + 4.0;
        let end = self.frame.margin_x + self.frame.text_width();
        self.pages
            .artifact_line(self.page, (start, baseline), (end, baseline), 0.5, false);
    }

    /// A thin line across the text width, as an artifact.
    pub fn rule(&mut self) {
        self.keep(8.0);
        self.y += 4.0;
        let (x, y, end) = (
            self.frame.margin_x,
            self.y,
            self.frame.margin_x + self.frame.text_width(),
        );
        self.pages
            .artifact_line(self.page, (x, y), (end, y), 0.5, false);
        self.y += 4.0;
    }

    /// A table: a header row of column headers, then a row per entry whose first cell is
    /// the row's header. A row that does not fit starts a new page, where the header row
    /// is repeated (as an artifact: it was read once); a row taller than a page goes on
    /// over the next.
    pub fn table(&mut self, table: &Table<'_>) {
        let geometry = self.columns(table);
        let header = self.header_lines(table, &geometry);
        let header_height = self.row_height(&header, table.header);
        self.keep(header_height + table.body.line_height() * 2.0 + 2.0 * CELL_PADDING);
        self.within(Role::Table, Attributes::default(), |flow| {
            flow.within(Role::THead, Attributes::default(), |flow| {
                flow.within(Role::TR, Attributes::default(), |flow| {
                    flow.draw_header(table, &geometry, &header, false);
                });
            });
            flow.within(Role::TBody, Attributes::default(), |flow| {
                for row in &table.rows {
                    flow.table_row(table, row, &geometry, &header);
                }
            });
        });
    }

    /// Each column's left edge and width.
    fn columns(&self, table: &Table<'_>) -> Vec<(f32, f32)> {
        let total: f32 = table
            .columns
            .iter()
            .map(|c| c.share)
            .sum::<f32>()
            .max(f32::EPSILON);
        let mut x = self.frame.margin_x;
        table
            .columns
            .iter()
            .map(|column| {
                let width = self.frame.text_width() * column.share / total;
                let left = x;
                x += width;
                (left, width)
            })
            .collect()
    }

    fn header_lines(&self, table: &Table<'_>, geometry: &[(f32, f32)]) -> Vec<Vec<Line>> {
        table
            .columns
            .iter()
            .zip(geometry)
            .map(|(column, (_, width))| {
                self.pages.fonts().lines(
                    &Rich::plain(column.header),
                    table.header,
                    width - 2.0 * CELL_PADDING,
                )
            })
            .collect()
    }

    fn row_height(&self, cells: &[Vec<Line>], style: Style) -> f32 {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        lines as f32 * style.line_height() + 2.0 * CELL_PADDING
    }

    /// The header row: its cells as `TH` elements the first time, as an artifact on the
    /// pages after; a rule under it.
    fn draw_header(
        &mut self,
        table: &Table<'_>,
        geometry: &[(f32, f32)],
        header: &[Vec<Line>],
        repeated: bool,
    ) {
        let style = table.header;
        for ((left, _), lines) in geometry.iter().zip(header) {
            let mut top = self.y + CELL_PADDING;
            let x = left + CELL_PADDING;
            let scope = Attributes {
                scope: Some(Scope::Column),
                ..Attributes::default()
            };
            if repeated {
                for line in lines {
                    self.pages.artifact_line_of_text(
                        self.page,
                        (x, top),
                        line,
                        style,
                        Artifact::Repeated,
                    );
                    top += style.line_height();
                }
            } else {
                let lines = spaced(lines);
                self.within(Role::TH, scope, |flow| {
                    let mut links = LinkElems::default();
                    flow.cell_lines(&lines, &Rich::default(), style, (x, top), &mut links);
                });
            }
        }
        self.y += self.row_height(header, style);
        self.table_rule(1.0);
    }

    fn table_rule(&mut self, thickness: f32) {
        let (x, end) = (
            self.frame.margin_x,
            self.frame.margin_x + self.frame.text_width(),
        );
        self.pages
            .artifact_line(self.page, (x, self.y), (end, self.y), thickness, false);
    }

    /// Starts a new page inside a table and repeats its header row there.
    fn table_page(&mut self, table: &Table<'_>, geometry: &[(f32, f32)], header: &[Vec<Line>]) {
        self.new_page();
        self.draw_header(table, geometry, header, true);
    }

    /// One row: its cells laid out, kept on one page where the row fits on one, and
    /// drawn page by page where it does not.
    fn table_row(
        &mut self,
        table: &Table<'_>,
        row: &[Cell],
        geometry: &[(f32, f32)],
        header: &[Vec<Line>],
    ) {
        let style = table.body;
        let cells = self.lay_out_cells(row, geometry, style);
        let count = cells
            .iter()
            .map(|cell| cell.as_ref().map_or(1, |(_, lines)| lines.len()))
            .max()
            .unwrap_or(1)
            .max(1);
        let line_height = style.line_height();
        let row_height = count as f32 * line_height + 2.0 * CELL_PADDING;
        let page_room = self.bottom() - self.frame.top - self.row_height(header, table.header);
        if self.y + row_height > self.bottom() && row_height <= page_room {
            self.table_page(table, geometry, header);
        }
        let elems = self.row_elements(cells.len());
        let mut links: Vec<LinkElems> = cells.iter().map(|_| LinkElems::default()).collect();
        let mut start = 0;
        loop {
            let room = ((self.bottom() - self.y - 2.0 * CELL_PADDING) / line_height).floor();
            let end = count.min(start + (room as usize).max(1));
            for (i, (cell, (left, width))) in cells.iter().zip(geometry).enumerate() {
                self.pages.enter(elems[i]);
                let at = (left + CELL_PADDING, self.y + CELL_PADDING);
                match cell {
                    Some((text, lines)) => {
                        let shown = &lines[start.min(lines.len())..end.min(lines.len())];
                        self.cell_lines(shown, text, style, at, &mut links[i]);
                    }
                    None if start == 0 => self.cell_tick_box(at, *width, style, table.tick_box),
                    None => {}
                }
                self.pages.close();
            }
            self.y += (end - start) as f32 * line_height + 2.0 * CELL_PADDING;
            self.table_rule(0.4);
            if end >= count {
                break;
            }
            start = end;
            self.table_page(table, geometry, header);
        }
        self.pages.close();
    }

    /// Each cell's text and its lines in its column, `None` for a tick box; an empty
    /// cell shows a dash, so that every row has all its cells.
    fn lay_out_cells(
        &self,
        row: &[Cell],
        geometry: &[(f32, f32)],
        style: Style,
    ) -> Vec<Option<(Rich, Vec<Line>)>> {
        row.iter()
            .zip(geometry)
            .map(|(cell, (_, width))| match cell {
                Cell::Text(text) => {
                    let text = if text.is_empty() {
                        Rich::plain("–")
                    } else {
                        text.clone()
                    };
                    let width = width - 2.0 * CELL_PADDING;
                    let lines = spaced(&self.pages.fonts().lines(&text, style, width));
                    Some((text, lines))
                }
                Cell::TickBox => None,
            })
            .collect()
    }

    /// Opens a row and makes its cells: the first is the row's header.
    fn row_elements(&mut self, count: usize) -> Vec<ElemId> {
        let row = self.pages.open(Role::TR, Attributes::default());
        (0..count)
            .map(|i| {
                let (role, scope) = if i == 0 {
                    (Role::TH, Some(Scope::Row))
                } else {
                    (Role::TD, None)
                };
                let attributes = Attributes {
                    scope,
                    ..Attributes::default()
                };
                self.pages.child(row, role, attributes)
            })
            .collect()
    }

    fn cell_lines(
        &mut self,
        lines: &[Line],
        text: &Rich,
        style: Style,
        (x, top): (f32, f32),
        links: &mut LinkElems,
    ) {
        let mut top = top;
        for line in lines {
            self.pages
                .line(self.page, (x, top), line, text, style, links);
            top += style.line_height();
        }
    }

    fn cell_tick_box(&mut self, (x, top): (f32, f32), width: f32, style: Style, alt: &str) {
        let side = style.size * 0.9;
        let rect = Rect {
            x: x + (width - 2.0 * CELL_PADDING - side) / 2.0,
            top: top + style.size * 0.1,
            width: side,
            height: side,
        };
        self.tick_box_label(Role::Figure, rect, alt);
    }

    /// The pages drawn so far.
    pub fn into_pages(self) -> Pages<'a> {
        self.pages
    }
}

/// The lines of one piece of text, each but the last ending in a space.
pub fn spaced(lines: &[Line]) -> Vec<Line> {
    let last = lines.len().saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if i < last {
                line.clone().with_trailing_space()
            } else {
                line.clone()
            }
        })
        .collect()
}
