//! The routine as a static web site: real HTML from the same routine file as the PDFs,
//! for employees' phones and the intranet (`index.html` and a page per step), and a
//! self-contained page for citizens in its own folder, to put on the municipality's
//! public site; each folder has its page about accessibility. No server and nothing
//! loaded from elsewhere. One small script of the site's own only adds to the pages:
//! each contact's status now («Åpen nå», from a table the export works out in Rust, see
//! [`open_now`]) and, over http(s), a service worker with a web app manifest, so the
//! site loads offline and can be added to a phone's home screen. The same routine and
//! export date always give the same bytes.

mod accessibility;
mod citizens;
pub mod course;
mod description;
mod html;
pub mod open_now;
mod pages;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::json;

use crate::i18n::{Language, Texts, version_line};
use crate::routine::Routine;

use super::{ExportError, write_atomically};
use open_now::{Span, Timeline};

/// The site's one style sheet, written beside the employees' pages and into the
/// citizens' folder, so that folder can be published on its own.
const STYLE: &str = include_str!("../../../assets/web/style.css");

/// The style sheet's file name.
const STYLE_FILE: &str = "style.css";

/// The site's one script: «Åpen nå» and the service worker's registration.
const SCRIPT: &str = include_str!("../../../assets/web/site.js");
const SCRIPT_FILE: &str = "site.js";

/// The service worker, whose version and list of files the export fills in.
const WORKER: &str = include_str!("../../../assets/web/sw.js");
const WORKER_FILE: &str = "sw.js";

/// The web app manifest: `.json`, which every web server serves (IIS answers an unknown
/// `.webmanifest` with 404). The script names it to the browser over http(s) only
/// (from disk, Chromium refuses it with an error).
const MANIFEST_FILE: &str = "manifest.json";

/// The home-screen icons (the program's icon, drawn at the manifest's sizes), each with
/// its size and purpose.
const ICONS: [(&str, &[u8], &str, &str); 3] = [
    (
        "icon-192.png",
        include_bytes!("../../../assets/web/icon-192.png"),
        "192x192",
        "any",
    ),
    (
        "icon-512.png",
        include_bytes!("../../../assets/web/icon-512.png"),
        "512x512",
        "any",
    ),
    (
        "icon-maskable-512.png",
        include_bytes!("../../../assets/web/icon-maskable-512.png"),
        "512x512",
        "maskable",
    ),
];

/// The red of the 113 bar and the icon, for the phone's title bar.
const THEME_COLOUR: &str = "#b00020";

/// A file of the site: its path under the site's folder (with `/`), and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The whole site, file by file, in a fixed order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub files: Vec<SiteFile>,
}

impl Site {
    /// The citizens' page's path, such as `bekymret-for-noen/index.html`.
    pub fn citizens_page(routine: &Routine) -> String {
        citizens_page(texts(routine))
    }

    /// The course's page, such as `kurs.html`.
    pub fn course_page(routine: &Routine) -> String {
        format!("{}.html", texts(routine).course.slug)
    }

    /// The address of a page of the published site (`index.html`, or
    /// [`Site::citizens_page`]), when the routine says where the site is published
    /// (`metadata.web_address`, the folder's address).
    pub fn published(routine: &Routine, page: &str) -> Option<String> {
        let folder = routine.metadata.web_address.as_deref()?;
        let slash = if folder.ends_with('/') { "" } else { "/" };
        Some(format!("{folder}{slash}{page}"))
    }
}

fn texts(routine: &Routine) -> &'static Texts {
    Language::of_routine(routine).texts()
}

/// The citizens' page under the site's folder: its folder's name is in the routine's
/// language.
fn citizens_page(t: &Texts) -> String {
    format!("{}/index.html", t.web.citizens_folder)
}

/// The page about accessibility, which lies in each folder beside its pages.
fn accessibility_page(t: &Texts) -> String {
    format!("{}.html", t.web.slug_accessibility)
}

/// What every page is made from: the routine in its language, the export date, and
/// each contact's status for the span the pages speak for.
pub(super) struct Export<'r> {
    pub routine: &'r Routine,
    pub t: &'static Texts,
    /// The export date as the pages write it, `04.12.2026`.
    pub exported: String,
    /// The routine's version line, with where its approval stands, as every page's
    /// footer prints it (worked out once: it checks the approval's seal).
    pub version: String,
    pub span: Span,
    pub timelines: BTreeMap<&'r str, Timeline>,
}

impl Export<'_> {
    /// The «Åpen nå» table for a page listing the contacts `ids`.
    fn open_now<'i>(&self, ids: impl IntoIterator<Item = &'i str>) -> Option<String> {
        open_now::page_data(&self.timelines, ids, self.span, &self.exported, self.t)
    }
}

/// Makes every page of the site from the routine, exported on `exported` (the pages
/// say so, and «Åpen nå» speaks for [`open_now::DAYS`] days from then).
pub fn site(routine: &Routine, exported: NaiveDate) -> Site {
    let export = export(routine, exported);
    let t = export.t;
    let meta = &routine.metadata;
    let mut files = shared_files("", &meta.title, "Rutineveileder", routine);
    for page in pages::Page::ALL {
        files.push(SiteFile {
            path: page.file(t),
            bytes: pages::render(page, &export).into_bytes(),
        });
    }
    let nav = pages::nav(routine, t, None);
    files.push(SiteFile {
        path: accessibility_page(t),
        bytes: accessibility::render(&export, accessibility::Folder::Site { nav }).into_bytes(),
    });
    files.extend(course_files(&export));
    let folder = t.web.citizens_folder;
    let mut citizens = vec![
        SiteFile {
            path: citizens_page(t),
            bytes: citizens::render(&export).into_bytes(),
        },
        SiteFile {
            path: format!("{folder}/{}", accessibility_page(t)),
            bytes: accessibility::render(&export, accessibility::Folder::Citizens).into_bytes(),
        },
    ];
    citizens.extend(shared_files(
        &format!("{folder}/"),
        t.web.citizens_title,
        t.web.citizens_title,
        routine,
    ));
    let citizens_worker = worker(&citizens, &format!("{folder}/"));
    files.extend(citizens);
    let site_worker = worker(&files, "");
    files.push(site_worker);
    files.push(citizens_worker);
    Site { files }
}

/// What the pages of a routine exported on `exported` are made from.
fn export(routine: &Routine, exported: NaiveDate) -> Export<'_> {
    let t = texts(routine);
    let span = Span::from_export(exported);
    Export {
        routine,
        t,
        exported: exported.format("%d.%m.%Y").to_string(),
        version: version_line(routine, t),
        span,
        timelines: open_now::timelines(routine, span, t),
    }
}

/// The course's page beside the employees' pages, with its script and style sheet.
fn course_files(export: &Export<'_>) -> Vec<SiteFile> {
    vec![
        SiteFile {
            path: Site::course_page(export.routine),
            bytes: course::site_page(export).into_bytes(),
        },
        SiteFile {
            path: course::SCRIPT_FILE.to_owned(),
            bytes: course::SCRIPT.as_bytes().to_vec(),
        },
        SiteFile {
            path: course::STYLE_FILE.to_owned(),
            bytes: course::STYLE.as_bytes().to_vec(),
        },
    ]
}

/// The files beside the pages of a folder (`prefix`, such as `bekymret-for-noen/`):
/// the style sheet, the script, the icons and the manifest for the app named `name`.
fn shared_files(prefix: &str, name: &str, short_name: &str, routine: &Routine) -> Vec<SiteFile> {
    let file = |path: &str, bytes: &[u8]| SiteFile {
        path: format!("{prefix}{path}"),
        bytes: bytes.to_vec(),
    };
    let mut files = vec![
        file(STYLE_FILE, STYLE.as_bytes()),
        file(SCRIPT_FILE, SCRIPT.as_bytes()),
    ];
    files.extend(ICONS.iter().map(|(path, bytes, ..)| file(path, bytes)));
    files.push(file(
        MANIFEST_FILE,
        &manifest(name, short_name, routine).into_bytes(),
    ));
    files
}

/// The web app manifest of a folder: its start page, standalone on a phone's home
/// screen, in the routine's language.
fn manifest(name: &str, short_name: &str, routine: &Routine) -> String {
    let meta = &routine.metadata;
    let icons: Vec<_> = ICONS
        .iter()
        .map(|(src, _, sizes, purpose)| {
            json!({"src": src, "sizes": sizes, "type": "image/png", "purpose": purpose})
        })
        .collect();
    let manifest = json!({
        "name": format!("{name} – {}", meta.municipality),
        "short_name": short_name,
        "lang": meta.language,
        "dir": "ltr",
        "start_url": "index.html",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": icons,
    });
    let mut text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    text.push('\n');
    text
}

/// The service worker of the folder `prefix`, which keeps `files` (those under the
/// folder): their paths relative to it, and a version that changes with any byte of
/// them.
fn worker(files: &[SiteFile], prefix: &str) -> SiteFile {
    let kept: Vec<&str> = files
        .iter()
        .filter_map(|f| f.path.strip_prefix(prefix))
        .filter(|path| *path != WORKER_FILE)
        .collect();
    let version = files
        .iter()
        .filter(|f| f.path.starts_with(prefix))
        .fold(FNV_OFFSET, |hash, f| {
            fnv1a(fnv1a(hash, f.path.as_bytes()), &f.bytes)
        });
    let list = serde_json::to_string(&kept).unwrap_or_default();
    SiteFile {
        path: format!("{prefix}{WORKER_FILE}"),
        bytes: WORKER
            .replacen("@version@", &format!("{version:016x}"), 1)
            .replacen("[\"@files@\"]", &list, 1)
            .into_bytes(),
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a: a stable hash (the same on every platform and Rust version), so the same
/// export always writes the same worker.
fn fnv1a(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Writes the site into `dir`, making the folders it needs; each file is written
/// atomically, so a failed export never leaves half a page.
pub fn write_site(site: &Site, dir: &Path) -> Result<(), ExportError> {
    for file in &site.files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|source| ExportError::Write {
                path: parent.display().to_string(),
                source,
            })?;
        }
        write_atomically(&path, &file.bytes)?;
    }
    Ok(())
}
