//! The citizens' page (Tiltak 2): what to do now, the warning signs, how to ask, and
//! whom to call, in the routine's words, with only the contacts marked public. It lives
//! in its own folder with its own copy of the style sheet and its own page about
//! accessibility, and links nowhere else in the site, so the web editor can publish the
//! folder as it is.

use maud::html;

use crate::i18n::{ask_list, fill};
use crate::routine::{AskList, Contact, Item, Routine};

use super::html::{Frame, contacts, items, level_class, level_heading, page, paragraphs};
use super::{Export, accessibility_page};

/// The contacts a citizen may be given: those marked public, never an internal route.
pub fn public_contacts(routine: &Routine) -> impl Iterator<Item = &Contact> {
    routine.contacts.iter().filter(|c| c.public && !c.internal)
}

/// The items a citizen may read: none that names methods.
fn public_items(items: &[Item]) -> Vec<Item> {
    items.iter().filter(|i| i.is_public()).cloned().collect()
}

/// The page as HTML.
pub(super) fn render(export: &Export<'_>) -> String {
    let (routine, t) = (export.routine, export.t);
    let web = &t.web;
    let meta = &routine.metadata;
    let is_public = |id: &String| public_contacts(routine).any(|c| &c.id == id);
    let public_of = |ids: &[String]| -> Vec<&Contact> {
        ids.iter()
            .filter(|id| is_public(id))
            .filter_map(|id| routine.contact(id))
            .collect()
    };
    let ask = &routine.ask;
    let body = html! {
        @for message in &routine.poster_messages {
            p { strong { (message.text) } }
        }
        p { (web.citizens_intro) }
        h2 { (web.what_now) }
        @for level in &routine.levels {
            section class=(level_class(level.level)) {
                h3 { (level_heading(level)) }
                p { (level.summary) }
                (items(routine, &public_items(&level.criteria)))
                (contacts(public_of(&level.contacts), t))
            }
        }
        h2 { (web.signs) }
        (paragraphs(routine.warning_signs.intro.as_deref()))
        @for group in &routine.warning_signs.groups {
            h3 { (group.title) }
            (items(routine, &group.signs))
        }
        h2 { (t.printed.ask_heading) }
        @for (list, entries) in ask.lists() {
            @if matches!(list, AskList::Phrasings | AskList::Dos | AskList::Donts) && !entries.is_empty() {
                h3 { (ask_list(list, t)) }
                (items(routine, entries))
            }
        }
        h2 { (web.whom_to_call) }
        (contacts(public_contacts(routine), t))
        p {
            (fill(web.citizens_source, &[("title", &meta.title), ("municipality", &meta.municipality)]))
        }
    };
    let accessibility = accessibility_page(t);
    let frame = Frame {
        routine,
        t,
        title: web.citizens_title,
        exported: &export.exported,
        version: &export.version,
        home: None,
        nav: Vec::new(),
        accessibility: &accessibility,
        is_accessibility: false,
        open_now: export.open_now(public_contacts(routine).map(|c| c.id.as_str())),
    };
    page(&frame, body)
}
