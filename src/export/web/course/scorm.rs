//! The course as a SCORM 1.2 package, for a municipality's learning platform (KS Læring
//! and others): a zip with `imsmanifest.xml` (one SCO, the pass mark as
//! `adlcp:masteryscore`, every file listed, the routine's title and version in its
//! metadata) and the course's page with its style sheets and scripts. The page finds
//! the platform's run-time the standard way and reports only the status and the score
//! (see `assets/web/course.js`); without a platform it works as a plain page.
//!
//! No service worker and no web app manifest: inside a platform their scope would be
//! the platform's. The same routine and date give the same bytes: the entries come in a
//! fixed order, all dated the export date at midnight, written as on Unix.

use std::io::{Cursor, Write as _};

use chrono::{Datelike as _, NaiveDate};

use crate::i18n::{Language, fill};
use crate::routine::Routine;

use super::super::{ICONS, SCRIPT as SITE_SCRIPT, SCRIPT_FILE as SITE_SCRIPT_FILE, STYLE};
use super::super::{STYLE_FILE as SITE_STYLE_FILE, export};
use super::{SCRIPT, SCRIPT_FILE, STYLE as COURSE_STYLE, STYLE_FILE as COURSE_STYLE_FILE};

/// The manifest's file name, which SCORM fixes.
pub const MANIFEST: &str = "imsmanifest.xml";
/// The manifest, with places for what the routine and the files fill in.
const MANIFEST_TEMPLATE: &str = include_str!("../../../../assets/web/imsmanifest.xml");
/// The course's page in the package.
pub const START_PAGE: &str = "index.html";

/// Why a package could not be made.
#[derive(Debug)]
pub struct PackageError(pub String);

/// The package's file name for a routine: `kurs-lier-v0.3.zip`, in the routine's language.
pub fn file_name(routine: &Routine) -> String {
    let t = Language::of_routine(routine).texts();
    let meta = &routine.metadata;
    format!(
        "{}-{}-v{}.zip",
        t.course.package_name, meta.id, meta.version
    )
}

/// The package's files, in the order the zip holds them (the manifest first).
pub fn files(routine: &Routine, exported: NaiveDate) -> Vec<(String, Vec<u8>)> {
    let export = export(routine, exported);
    let page = super::page::package_page(&export);
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (START_PAGE.to_owned(), page.into_bytes()),
        (SITE_STYLE_FILE.to_owned(), STYLE.as_bytes().to_vec()),
        (
            COURSE_STYLE_FILE.to_owned(),
            COURSE_STYLE.as_bytes().to_vec(),
        ),
        (SITE_SCRIPT_FILE.to_owned(), SITE_SCRIPT.as_bytes().to_vec()),
        (SCRIPT_FILE.to_owned(), SCRIPT.as_bytes().to_vec()),
        (ICONS[0].0.to_owned(), ICONS[0].1.to_vec()),
    ];
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let manifest = manifest(routine, &names);
    files.insert(0, (MANIFEST.to_owned(), manifest.into_bytes()));
    files
}

/// The package as zip bytes: each file deflated, dated the export date.
pub fn package(routine: &Routine, exported: NaiveDate) -> Result<Vec<u8>, PackageError> {
    let date = zip_date(exported)?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(date)
        .unix_permissions(0o644)
        .system(zip::System::Unix);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files(routine, exported) {
        zip.start_file(name, options)
            .map_err(|e| PackageError(e.to_string()))?;
        zip.write_all(&bytes)
            .map_err(|e| PackageError(e.to_string()))?;
    }
    let written = zip.finish().map_err(|e| PackageError(e.to_string()))?;
    Ok(written.into_inner())
}

/// The export date at midnight, as a zip dates its entries (1980–2107).
fn zip_date(date: NaiveDate) -> Result<zip::DateTime, PackageError> {
    let part = |n: u32| u8::try_from(n).unwrap_or(0);
    let year = u16::try_from(date.year()).unwrap_or(0);
    zip::DateTime::from_date_and_time(year, part(date.month()), part(date.day()), 0, 0, 0)
        .map_err(|e| PackageError(format!("{date}: {e}")))
}

/// The manifest: the routine's title and version in its metadata, one organisation with
/// one item that is the SCO, its mastery score the pass mark, and one resource listing
/// every file of the package.
fn manifest(routine: &Routine, files: &[&str]) -> String {
    let t = Language::of_routine(routine).texts();
    let meta = &routine.metadata;
    let title = fill(t.course.title, &[("title", &meta.title)]);
    let pass_mark = crate::routine::course::plan(routine).pass_mark;
    let identifier = format!("rutineveileder-{}-{}", meta.id, meta.version);
    let language = escape(&meta.language);
    let (title, version) = (escape(&title), escape(&meta.version));
    // maud writes each `<file>` element with its address escaped.
    let listed = maud::html! {
        @for file in files {
            file href=(file) {}
        }
    }
    .into_string();
    fill(
        MANIFEST_TEMPLATE,
        &[
            ("identifier", &escape(&identifier)),
            ("version", &version),
            ("language", &language),
            ("title", &title),
            ("pass_mark", &pass_mark),
            ("start_page", &START_PAGE),
            ("files", &listed),
        ],
    )
}

/// Text as XML writes it in an element or a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
