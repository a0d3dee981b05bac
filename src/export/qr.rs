//! A way in from paper: when the routine says where its web pages are published, a
//! poster or the pocket card prints a QR code to the page meant for its readers, with the
//! address in plain text beside it. The code is the `qrcode` crate's, drawn as vector
//! squares (a row's run of dark modules as one rectangle) with its quiet zone; tagged as
//! a figure that says where it leads, and the printed address is a link.

use qrcode::{Color, EcLevel, QrCode};

use crate::i18n::{Texts, fill};
use crate::routine::Routine;

use super::flow::spaced;
use super::layout::{Link, Rich, Style};
use super::pages::{LinkElems, Pages, Rect};
use super::structure::{Attributes, Role};
use super::web::Site;

/// The light modules a QR code needs around it to be read.
const QUIET_ZONE: usize = 4;

/// A QR code's modules, row by row.
#[derive(Debug, Clone, PartialEq)]
pub struct Qr {
    width: usize,
    dark: Vec<bool>,
}

impl Qr {
    /// The code for `text`, with error correction level M (15 % of the code may be
    /// scratched or folded); `None` if the text is too long for any QR code.
    pub fn new(text: &str) -> Option<Qr> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
        Some(Qr {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// The modules across, quiet zone included.
    pub fn span(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// The dark rectangles of a code whose top-left corner (quiet zone included) is at
    /// `(x, top)` and whose modules are `module` points wide: each row's runs of dark
    /// modules as one rectangle.
    pub fn rectangles(&self, (x, top): (f32, f32), module: f32) -> Vec<Rect> {
        let mut rects = Vec::new();
        for (row, modules) in self.dark.chunks(self.width).enumerate() {
            let mut column = 0;
            while column < modules.len() {
                if !modules[column] {
                    column += 1;
                    continue;
                }
                let run = modules[column..].iter().take_while(|d| **d).count();
                rects.push(Rect {
                    x: x + (QUIET_ZONE + column) as f32 * module,
                    top: top + (QUIET_ZONE + row) as f32 * module,
                    width: run as f32 * module,
                    height: module,
                });
                column += run;
            }
        }
        rects
    }
}

/// Which of the published pages a printable leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readers {
    /// The employees' pages (`index.html`): the pocket card.
    Employees,
    /// The citizens' page: the posters, which hang in public.
    Citizens,
}

/// The address a printable's QR code leads to, and the label and address printed beside
/// it; `None` when the routine does not say where its pages are published.
pub struct WayIn {
    qr: Qr,
    url: String,
    label: String,
}

impl WayIn {
    pub fn for_readers(routine: &Routine, readers: Readers, t: &Texts) -> Option<WayIn> {
        let (page, label) = match readers {
            Readers::Employees => ("index.html".to_owned(), t.printed.qr_employees),
            Readers::Citizens => (Site::citizens_page(routine), t.printed.qr_citizens),
        };
        let url = Site::published(routine, &page)?;
        Some(WayIn {
            qr: Qr::new(&url)?,
            url,
            label: label.to_owned(),
        })
    }

    /// The address as a reader would type it: without `https://` and `index.html`.
    pub fn shown_address(&self) -> &str {
        let address = self.url.strip_prefix("https://").unwrap_or(&self.url);
        address.strip_suffix("index.html").unwrap_or(address)
    }

    /// Draws the band: the QR code at its right, as tall as the band, and the label and
    /// address at its left, as a paragraph whose address is a link.
    pub fn draw(&self, pages: &mut Pages<'_>, page: usize, band: Rect, style: Style, t: &Texts) {
        let side = band.height;
        let module = side / self.qr.span() as f32;
        let corner = (band.x + band.width - side, band.top);
        let square = Rect {
            x: corner.0,
            top: corner.1,
            width: side,
            height: side,
        };
        let alt = fill(t.printed.qr_alt, &[("address", &self.url)]);
        pages.figure(page, &self.qr.rectangles(corner, module), square, &alt);

        let link = Link {
            uri: self.url.clone(),
            description: fill(t.printed.web_link, &[("name", &self.label)]),
        };
        let text = Rich::plain(format!("{} ", self.label)).link(self.shown_address(), link);
        let width = band.width - side - style.size;
        let lines = spaced(&pages.fonts().lines(&text, style, width));
        let height = lines.len() as f32 * style.line_height();
        let mut top = band.top + ((band.height - height) / 2.0).max(0.0);
        pages.open(Role::P, Attributes::default());
        let mut links = LinkElems::default();
        for line in &lines {
            pages.line(page, (band.x, top), line, &text, style, &mut links);
            top += style.line_height();
        }
        pages.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dark_module_is_drawn_once_and_nothing_else() {
        let qr = Qr::new("https://www.example.org/rutine/index.html").unwrap();
        let rects = qr.rectangles((0.0, 0.0), 1.0);
        let drawn: usize = rects.iter().map(|r| r.width as usize).sum();
        assert_eq!(drawn, qr.dark.iter().filter(|d| **d).count());
        assert!(rects.iter().all(|r| r.x >= 4.0 && r.top >= 4.0));
        assert!(
            rects
                .iter()
                .all(|r| r.x + r.width <= (qr.span() - 4) as f32)
        );
        assert!(rects.len() < qr.dark.len() / 2, "runs, not single modules");
    }

    #[test]
    fn an_address_too_long_for_any_code_gives_none() {
        assert!(Qr::new(&"x".repeat(5000)).is_none());
    }
}
