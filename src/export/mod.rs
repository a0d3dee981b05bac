//! Printables from the routine as PDF: pure functions from a routine to PDF bytes, and an
//! atomic write to disk. No egui here. Every printable carries the routine's title,
//! version and approval, and prints a placeholder contact as a visible gap.

mod checklist;
mod handout;
pub mod layout;
mod pocket_card;
mod poster;
mod revision_report;
pub mod web;

use std::fs;
use std::io::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use printpdf::{
    FontId, Mm, OffsetDateTime, ParsedFont, PdfDocument, PdfFont, PdfPage, PdfSaveOptions,
    PdfWarnMsg,
};

use crate::i18n::{self, Language, Texts, printable, version_line};
use crate::routine::{Contact, ContactStatus, Routine};
use layout::{Canvas, FontIds, Fonts};

/// The kinds of printable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A card to cut and fold: 113, the three levels, how to ask, key contacts.
    PocketCard,
    /// The whole routine for staff, A4.
    Handout,
    /// Blank referral checklists per level, A4, to fill in by hand.
    Checklist,
    /// The information poster for TV screens, 16:9.
    Poster,
    /// The information poster for print, A3 portrait.
    PosterA3,
    /// The yearly revision report (needs the earlier version: `--against`).
    RevisionReport,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::PocketCard,
        Kind::Handout,
        Kind::Checklist,
        Kind::Poster,
        Kind::PosterA3,
    ];

    /// A file name for the kind and routine version, such as `lommekort-v0.1.pdf`.
    pub fn file_name(self, routine: &Routine) -> String {
        let stem = match self {
            Kind::PocketCard => "lommekort",
            Kind::Handout => "rutine",
            Kind::Checklist => "sjekkliste",
            Kind::Poster => "plakat-skjerm",
            Kind::PosterA3 => "plakat-a3",
            Kind::RevisionReport => "revisjonsrapport",
        };
        format!("{stem}-v{}.pdf", routine.metadata.version)
    }
}

/// A finished PDF and what the user should know about it.
#[derive(Debug)]
pub struct Exported {
    pub bytes: Vec<u8>,
    /// The contacts printed as "(nummer mangler)", each once: the user should know.
    pub placeholders: Vec<String>,
}

/// Why a PDF could not be made or written (`i18n` words it).
#[derive(Debug)]
pub enum ExportError {
    /// The font to embed could not be read.
    Font,
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// Page sizes, in millimetres.
pub mod page {
    pub const A4: (f32, f32) = (210.0, 297.0);
    pub const A4_LANDSCAPE: (f32, f32) = (297.0, 210.0);
    pub const A3: (f32, f32) = (297.0, 420.0);
    /// 16:9, the shape of a TV screen.
    pub const SCREEN_16_9: (f32, f32) = (320.0, 180.0);
}

/// Makes the PDF of one kind. The revision report compares with `against` and is dated
/// `today`; the other kinds use neither.
pub fn render(kind: Kind, routine: &Routine) -> Result<Exported, ExportError> {
    render_with(kind, routine, None, routine_date(routine))
}

/// The revision report of `routine` against an earlier version, dated `today`.
pub fn revision_report(
    routine: &Routine,
    against: Option<&Routine>,
    today: NaiveDate,
) -> Result<Exported, ExportError> {
    render_with(Kind::RevisionReport, routine, against, today)
}

fn render_with(
    kind: Kind,
    routine: &Routine,
    against: Option<&Routine>,
    today: NaiveDate,
) -> Result<Exported, ExportError> {
    let fonts = Fonts::embedded().ok_or(ExportError::Font)?;
    let mut doc = PdfDocument::new(&routine.metadata.title);
    let ids = FontIds {
        regular: add_font(&mut doc, "RVNOTO-regular", layout::REGULAR_TTF)?,
        bold: add_font(&mut doc, "RVNOTB-bold", layout::BOLD_TTF)?,
    };
    let drawn = match kind {
        Kind::PocketCard => pocket_card::draw(routine, &fonts, &ids),
        Kind::Handout => handout::draw(routine, &fonts, &ids),
        Kind::Checklist => checklist::draw(routine, &fonts, &ids),
        Kind::Poster => poster::draw(routine, &fonts, &ids, page::SCREEN_16_9),
        Kind::PosterA3 => poster::draw(routine, &fonts, &ids, page::A3),
        Kind::RevisionReport => revision_report::draw(routine, against, today, &fonts, &ids),
    };
    let placeholders = unique(drawn.printed_placeholders);
    let (width, height) = drawn.size;
    let pages = drawn
        .pages
        .into_iter()
        .map(|canvas| PdfPage::new(Mm(width), Mm(height), canvas.ops))
        .collect();
    stamp_document(&mut doc, kind, routine);
    let mut pdf_warnings: Vec<PdfWarnMsg> = Vec::new();
    let mut bytes = doc
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut pdf_warnings);
    fix_document_id(&mut bytes);
    Ok(Exported {
        bytes,
        placeholders,
    })
}

/// Adds a font under a fixed id. printpdf's own ids come from a counter that runs on
/// through the process, and the id's first six letters become the font's subset tag,
/// so its ids would make every export of the same routine differ.
fn add_font(doc: &mut PdfDocument, id: &str, bytes: &[u8]) -> Result<FontId, ExportError> {
    let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(ExportError::Font)?;
    let id = FontId(id.to_owned());
    doc.resources
        .fonts
        .map
        .insert(id.clone(), PdfFont::new(font));
    Ok(id)
}

/// Replaces the two 32-letter ids printpdf writes into the trailer (`/ID[(…)(…)]`, from
/// the same counter) with a digest of the document itself, of the same length, so the
/// same routine always gives the same bytes.
fn fix_document_id(bytes: &mut [u8]) {
    const MARK: &[u8] = b"/ID[(";
    const LEN: usize = 32;
    let Some(start) = bytes.windows(MARK.len()).rposition(|w| w == MARK) else {
        return;
    };
    let first = start + MARK.len();
    let second = first + LEN + 2;
    if bytes.len() < second + LEN || &bytes[first + LEN..second] != b")(" {
        return;
    }
    let digest = fnv1a(&bytes[..start]);
    let id = format!("{digest:016X}{:016X}", digest.rotate_left(32));
    bytes[first..first + LEN].copy_from_slice(id.as_bytes());
    bytes[second..second + LEN].copy_from_slice(id.as_bytes());
}

/// The 64-bit FNV-1a hash: small, stable across versions, enough for a document id.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What a kind drew: its page size in millimetres, its pages, and the placeholder
/// contacts it printed as gaps.
pub(crate) struct Drawn<'a> {
    pub size: (f32, f32),
    pub pages: Vec<Canvas<'a>>,
    pub printed_placeholders: Vec<String>,
}

fn unique(names: Vec<String>) -> Vec<String> {
    let mut unique: Vec<String> = Vec::new();
    for name in names {
        if !unique.contains(&name) {
            unique.push(name);
        }
    }
    unique
}

/// Title, author and dates of the PDF. The dates are the routine's own, so the same
/// routine always gives the same bytes.
fn stamp_document(doc: &mut PdfDocument, kind: Kind, routine: &Routine) {
    let meta = &routine.metadata;
    let date = routine_date(routine);
    let info = &mut doc.metadata.info;
    let t = Language::of_routine(routine).texts();
    info.document_title = format!("{} – {}", meta.title, printable(kind, &t.print));
    info.author = meta.municipality.clone();
    info.creator = "Rutineveileder".to_owned();
    info.producer = "Rutineveileder".to_owned();
    info.subject = version_line(routine, t);
    let timestamp = date
        .and_hms_opt(12, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp());
    if let Ok(stamp) = OffsetDateTime::from_unix_timestamp(timestamp) {
        info.creation_date = stamp;
        info.modification_date = stamp;
        info.metadata_date = stamp;
    }
}

/// The routine's own date: its approval, else its latest revision.
pub(crate) fn routine_date(routine: &Routine) -> NaiveDate {
    let meta = &routine.metadata;
    meta.approval
        .as_ref()
        .map(|a| a.date)
        .or_else(|| meta.revision_log.iter().map(|r| r.date).max())
        .unwrap_or_default()
}

/// "`prefix` · Side 3 av 12", in the routine's language.
pub(crate) fn page_footer<'t>(
    prefix: String,
    t: &'t Texts,
) -> impl Fn(usize, usize) -> String + 't {
    move |page, total| {
        i18n::fill(
            t.printed.page_number,
            &[("prefix", &prefix), ("page", &page), ("total", &total)],
        )
    }
}

/// " (Barn og unge)" after an item meant for some audiences only.
pub(crate) fn for_whom(routine: &Routine, item: &crate::routine::Item) -> String {
    let labels: Vec<&str> = item
        .audiences
        .iter()
        .filter_map(|id| routine.audiences.iter().find(|a| &a.id == id))
        .map(|a| a.label.as_str())
        .collect();
    if labels.is_empty() {
        String::new()
    } else {
        format!(" ({})", labels.join(", "))
    }
}

/// A contact's number as printed: the phone number, else the web address, else a gap;
/// the person's own contact (their fastlege) says so instead of a gap.
/// Placeholders are added to `gaps`.
pub(crate) fn number(contact: &Contact, gaps: &mut Vec<String>, t: &Texts) -> String {
    match (&contact.phone, &contact.url) {
        (Some(phone), _) => phone.display.clone(),
        (None, Some(url)) => url.clone(),
        (None, None) if contact.persons_own => "–".to_owned(),
        (None, None) => {
            if contact.status == ContactStatus::Placeholder {
                gaps.push(contact.name.clone());
            }
            t.printed.number_missing.to_owned()
        }
    }
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, flushed to disk, then
/// renamed over the target. A failure leaves no half file and never touches a good one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let error = |source| ExportError::Write {
        path: path.display().to_string(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result.map_err(error)
}
