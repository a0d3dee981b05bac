//! Printables from the routine as PDF: pure functions from a routine to PDF bytes, and an
//! atomic write to disk. No egui here. Every printable carries the routine's title,
//! version and approval, and prints a placeholder contact as a visible gap.

mod checklist;
mod fit;
mod flow;
mod handout;
pub mod layout;
mod pages;
mod pocket_card;
mod poster;
mod qr;
mod revision_report;
mod slides;
pub mod structure;
mod tagged;
pub mod web;

use std::fs;
use std::io::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use printpdf::{FontId, Mm, OffsetDateTime, ParsedFont, PdfDocument, PdfFont, PdfPage};

use crate::i18n::{self, Language, Texts, fill, printable, version_line};
pub use crate::printable::{ExportError, Kind};
use crate::routine::{Contact, ContactStatus, Routine};
use layout::{FontIds, Fonts, Link, Rich};
use pages::Pages;
pub use pocket_card::{Fill as CardFill, choice as card_choice, fill_of as card_fill};

/// A finished PDF and what the user should know about it.
#[derive(Debug)]
pub struct Exported {
    pub bytes: Vec<u8>,
    /// The contacts printed as "(nummer mangler)", each once: the user should know.
    pub placeholders: Vec<String>,
}

/// Page sizes, in millimetres.
pub mod page {
    pub const A4: (f32, f32) = (210.0, 297.0);
    pub const A4_LANDSCAPE: (f32, f32) = (297.0, 210.0);
    pub const A3: (f32, f32) = (297.0, 420.0);
    /// 16:9, the shape of a TV screen.
    pub const SCREEN_16_9: (f32, f32) = (320.0, 180.0);
    /// 16:9 at the size of a presentation's slide (10 × 5.63 inches).
    pub const SLIDE: (f32, f32) = (254.0, 142.875);
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
        Kind::Slides => slides::draw(routine, &fonts, &ids, slides::Pages::Slides),
        Kind::SlideNotes => slides::draw(routine, &fonts, &ids, slides::Pages::Notes),
        Kind::RevisionReport => revision_report::draw(routine, against, today, &fonts, &ids),
    };
    let placeholders = unique(drawn.printed_placeholders);
    let (width, height) = drawn.size;
    let finished = drawn.pages.finish();
    let pages = finished
        .ops
        .into_iter()
        .map(|ops| PdfPage::new(Mm(width), Mm(height), ops))
        .collect();
    stamp_document(&mut doc, kind, routine);
    let doc = doc.with_pages(pages);
    let info = &doc.metadata.info;
    let identity = tagged::Identity {
        title: &info.document_title,
        language: Language::of_routine(routine).code(),
        author: &info.author,
        subject: &info.subject,
        date: noon(routine_date(routine)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let bytes = tagged::write(
        doc,
        &finished.tags,
        &finished.tree,
        &finished.bookmarks,
        &identity,
    );
    Ok(Exported {
        bytes,
        placeholders,
    })
}

/// Errors where the pocket card or the posters cannot hold what the routine puts on
/// them in type large enough to read (7.5 pt on the card, 18 pt on an A3 poster):
/// part of checking a routine, since text never shrinks below that to fit. `checks`
/// hands it to the routine's validation (`routine::load::Fit`).
pub(crate) fn check_fit(routine: &Routine, problems: &mut crate::routine::problems::Problems) {
    pocket_card::check_fit(routine, problems);
    poster::check_fit(routine, problems);
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

/// What a kind drew: its page size in millimetres, its pages, and the placeholder
/// contacts it printed as gaps.
pub(crate) struct Drawn<'a> {
    pub size: (f32, f32),
    pub pages: Pages<'a>,
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
    let timestamp = noon(date).timestamp();
    if let Ok(stamp) = OffsetDateTime::from_unix_timestamp(timestamp) {
        info.creation_date = stamp;
        info.modification_date = stamp;
        info.metadata_date = stamp;
    }
}

/// Noon on `date`, in UTC: the time the printables are stamped with.
fn noon(date: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    date.and_time(chrono::NaiveTime::MIN + chrono::TimeDelta::hours(12))
        .and_utc()
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

/// A contact's number as printed, as a link: `tel:` for a phone number, the address for
/// a web service; a gap stays plain text. Placeholders are added to `gaps`.
pub(crate) fn number_link(contact: &Contact, gaps: &mut Vec<String>, t: &Texts) -> Rich {
    let shown = number(contact, gaps, t);
    let link = match (&contact.phone, &contact.url) {
        (Some(phone), _) => Some(Link {
            uri: phone.tel_uri(),
            description: fill(
                t.printed.call_link,
                &[("number", &phone.display), ("name", &contact.name)],
            ),
        }),
        (None, Some(url)) => Some(web_link(url, &contact.name, t)),
        (None, None) => None,
    };
    Rich::default().maybe_link(shown, link)
}

/// Fills a template's places, with one of them (`link_place`) taken by text with a link:
/// «{name} – {number}    kontaktet kl. ______» with the number a `tel:` link.
pub(crate) fn fill_with_link(
    template: &str,
    values: &[(&str, &dyn std::fmt::Display)],
    link_place: &str,
    link: Rich,
) -> Rich {
    let place = format!("{{{link_place}}}");
    match template.split_once(&place) {
        Some((before, after)) => Rich::plain(fill(before, values))
            .append(link)
            .then(fill(after, values)),
        None => Rich::plain(fill(template, values)),
    }
}

/// A link to a web address, described by what it is (the address itself is the link's
/// visible text).
pub(crate) fn web_link(url: &str, name: &str, t: &Texts) -> Link {
    Link {
        uri: url.to_owned(),
        description: fill(t.printed.web_link, &[("name", &name)]),
    }
}

/// «Akutt fare? Ring 113», with 113 a `tel:` link named after the routine's contact
/// for it.
pub(crate) fn emergency_line(routine: &Routine, t: &Texts) -> Rich {
    let text = t.printed.emergency;
    let name = routine
        .contacts
        .iter()
        .find(|c| c.phone.as_ref().is_some_and(|p| p.digits == "113"))
        .map_or(text, |c| c.name.as_str());
    let link = Link {
        uri: "tel:113".to_owned(),
        description: fill(t.printed.call_link, &[("number", &"113"), ("name", &name)]),
    };
    match text.rsplit_once("113") {
        Some((before, after)) => Rich::plain(before).link("113", link).then(after),
        None => Rich::plain(text),
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
