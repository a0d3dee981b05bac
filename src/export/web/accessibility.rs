//! The page about accessibility («Om tilgjengelighet»), one in each folder of the site,
//! which every page's footer links to. It is written so the municipality can publish it
//! as it is or copy it into its own accessibility statement: the standard aimed at, what
//! the program's own checks verify, when these pages were made and by which version of
//! the program, that those checks know of no deviation, what automated checks cannot
//! show, whom to tell about a problem (`metadata.feedback_contact`) and, when the
//! routine names it, the municipality's own statement (`metadata.accessibility_statement`).

use maud::{Markup, html};

use crate::i18n::fill;
use crate::routine::{is_email, is_https_page};

use super::Export;
use super::html::{Frame, NavLink, page};

/// The version of the program that made the pages.
const PROGRAM_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Which folder the page stands in, and so what it is about and links to.
pub(super) enum Folder {
    /// The employees' pages (the whole site), with their navigation.
    Site { nav: Vec<NavLink> },
    /// The citizens' folder, published on its own: the page links back to the
    /// citizens' page only.
    Citizens,
}

/// The page as HTML.
pub(super) fn render(export: &Export<'_>, folder: Folder) -> String {
    let (routine, t) = (export.routine, export.t);
    let meta = &routine.metadata;
    let web = &t.web;
    let (site, home, nav) = match folder {
        Folder::Site { nav } => (meta.title.as_str(), super::pages::Page::Home.file(t), nav),
        Folder::Citizens => (web.citizens_title, "index.html".to_owned(), Vec::new()),
    };
    let municipality = meta.municipality.as_str();
    let body = html! {
        p {
            (fill(web.a11y_intro, &[
                ("site", &site),
                ("municipality", &municipality),
                ("title", &meta.title),
                ("version", &meta.version),
            ]))
        }
        h2 { (web.a11y_standard_heading) }
        p { (web.a11y_standard) }
        h2 { (web.a11y_checked_heading) }
        p { (fill(web.a11y_made, &[("date", &export.exported), ("program", &PROGRAM_VERSION)])) }
        p { (web.a11y_checks_intro) }
        ul {
            @for check in [
                web.a11y_check_axe,
                web.a11y_check_keyboard,
                web.a11y_check_targets,
                web.a11y_check_narrow,
                web.a11y_check_offline,
                web.a11y_check_structure,
            ] {
                li { (check) }
            }
        }
        p { (fill(web.a11y_same_code, &[("municipality", &municipality)])) }
        h2 { (web.a11y_deviations_heading) }
        p { (web.a11y_no_deviation) }
        h2 { (web.a11y_limits_heading) }
        p { (web.a11y_limits) }
        h2 { (web.a11y_feedback_heading) }
        (feedback(meta.feedback_contact.as_deref(), municipality, export))
        @if let Some(statement) = &meta.accessibility_statement {
            h2 { (web.a11y_statement_heading) }
            p {
                (fill(web.a11y_statement, &[("municipality", &municipality)])) " "
                (link(statement))
            }
        }
    };
    let accessibility = super::accessibility_page(t);
    let frame = Frame {
        routine,
        t,
        title: web.accessibility,
        exported: &export.exported,
        version: &export.version,
        home: Some((&home, site)),
        nav,
        accessibility: &accessibility,
        is_accessibility: true,
        open_now: None,
    };
    page(&frame, body)
}

/// Whom to tell: the contact as a link, or only the municipality when the routine
/// names no one.
fn feedback(contact: Option<&str>, municipality: &str, export: &Export<'_>) -> Markup {
    let web = &export.t.web;
    html! {
        @match contact {
            Some(contact) => p {
                (fill(web.a11y_feedback, &[("municipality", &municipality)])) " "
                (link(contact))
            },
            None => p { (fill(web.a11y_feedback_unnamed, &[("municipality", &municipality)])) },
        }
    }
}

/// An e-mail address as a `mailto:` link, an `https://` address as a link, anything
/// else (which validation does not let through) only as text.
fn link(address: &str) -> Markup {
    html! {
        @if is_email(address) {
            a href=(format!("mailto:{address}")) { (address) }
        } @else if is_https_page(address) {
            a href=(address) { (address) }
        } @else {
            (address)
        }
    }
}
