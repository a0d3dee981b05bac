//! The routine as a static web site: real HTML from the same routine file as the PDFs,
//! for employees' phones and the intranet (`index.html` and a page per step), and a
//! self-contained page for citizens in its own folder, to put on the municipality's
//! public site. No server, no script, nothing loaded from elsewhere; the same routine
//! always gives the same bytes.

mod citizens;
mod html;
mod pages;

use std::fs;
use std::path::Path;

use crate::i18n::{Language, Texts};
use crate::routine::Routine;

use super::{ExportError, write_atomically};

/// The site's one style sheet, written beside the employees' pages and into the
/// citizens' folder, so that folder can be published on its own.
const STYLE: &str = include_str!("../../../assets/web/style.css");

/// The style sheet's file name.
const STYLE_FILE: &str = "style.css";

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
}

fn texts(routine: &Routine) -> &'static Texts {
    Language::of_routine(routine).texts()
}

/// The citizens' page under the site's folder: its folder's name is in the routine's
/// language.
fn citizens_page(t: &Texts) -> String {
    format!("{}/index.html", t.web.citizens_folder)
}

/// Makes every page of the site from the routine.
pub fn site(routine: &Routine) -> Site {
    let t = texts(routine);
    let mut files = vec![SiteFile {
        path: STYLE_FILE.to_owned(),
        bytes: STYLE.as_bytes().to_vec(),
    }];
    for page in pages::Page::ALL {
        files.push(SiteFile {
            path: page.file(t),
            bytes: pages::render(page, routine, t).into_bytes(),
        });
    }
    let folder = t.web.citizens_folder;
    files.push(SiteFile {
        path: citizens_page(t),
        bytes: citizens::render(routine, t).into_bytes(),
    });
    files.push(SiteFile {
        path: format!("{folder}/{STYLE_FILE}"),
        bytes: STYLE.as_bytes().to_vec(),
    });
    Site { files }
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
