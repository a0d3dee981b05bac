//! The pieces every page shares: the frame (the 113 bar, which stays at the top while
//! the page scrolls, the skip link, navigation, the footer with the link to the page
//! about accessibility, and the page's description for search engines) and the
//! routine's items, levels and contacts as HTML. Text goes in through maud, which
//! escapes it, so a routine's text can never become markup.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::{Texts, fill, schedule};
use crate::routine::{ActionLevel, Contact, Factor, Item, Level, Routine};

use super::super::{for_whom, routine_date};
use super::description::{cut, first_paragraph};
use super::open_now::has_status;
use super::{ICONS, SCRIPT_FILE, STYLE_FILE, THEME_COLOUR};

/// A link in the navigation.
pub(super) struct NavLink {
    pub href: String,
    pub text: String,
    pub current: bool,
}

/// What a page puts in the frame: its title and its links. Its style sheet, script,
/// manifest and icons lie beside it.
pub(super) struct Frame<'a> {
    pub routine: &'a Routine,
    pub t: &'a Texts,
    pub title: &'a str,
    /// The export date, `04.12.2026`.
    pub exported: &'a str,
    /// The routine's version line, with where its approval stands.
    pub version: &'a str,
    /// The start page of the page's folder and its name, when the page links to it (the
    /// citizens' page is its folder's start).
    pub home: Option<(&'a str, &'a str)>,
    pub nav: Vec<NavLink>,
    /// The page about accessibility beside this one, which the footer links to, and
    /// whether this is it.
    pub accessibility: &'a str,
    pub is_accessibility: bool,
    /// The «Åpen nå» table of the page's contacts (a `<script type="application/json">`
    /// element made by `open_now`, its text already safe there), when it lists any.
    pub open_now: Option<String>,
}

/// A whole page: the 113 bar first (the first link, before the skip link), the site's
/// name and navigation, then the skip link's target with one `h1` and the body, and the
/// footer with the version, the approval, the routine's date, the export date and the
/// link to the page about accessibility. Its description is its first paragraph.
pub(super) fn page(frame: &Frame<'_>, body: Markup) -> String {
    let (routine, t) = (frame.routine, frame.t);
    let meta = &routine.metadata;
    let title = if frame.title == meta.title {
        meta.title.clone()
    } else {
        format!("{} – {}", frame.title, meta.title)
    };
    let description = cut(&first_paragraph(&body.0).unwrap_or_else(|| {
        fill(
            t.web.description,
            &[
                ("page", &frame.title),
                ("title", &meta.title),
                ("municipality", &meta.municipality),
            ],
        )
    }));
    let site = html! {
        p.site {
            (meta.municipality) " · "
            @match frame.home {
                Some((home, name)) => a href=(home) { (name) },
                None => (meta.title),
            }
        }
    };
    let markup = html! {
        (DOCTYPE)
        html lang=(meta.language) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width,initial-scale=1";
                title { (title) }
                meta name="description" content=(description);
                meta name="theme-color" content=(THEME_COLOUR);
                link rel="stylesheet" href=(STYLE_FILE);
                link rel="icon" href=(ICONS[0].0) type="image/png";
                link rel="apple-touch-icon" href=(ICONS[0].0);
                script src=(SCRIPT_FILE) defer {}
            }
            body {
                header {
                    p.emergency { a href="tel:113" { (t.printed.emergency) } }
                    a.skip href="#main" { (t.web.skip) }
                }
                @if !frame.nav.is_empty() {
                    nav aria-label=(t.web.nav) {
                        (site)
                        ul {
                            @for link in &frame.nav {
                                li {
                                    a href=(link.href) aria-current=[link.current.then_some("page")] {
                                        (link.text)
                                    }
                                }
                            }
                        }
                    }
                }
                @if frame.nav.is_empty() {
                    div.site-line { (site) }
                }
                main #main tabindex="-1" {
                    h1 { (frame.title) }
                    (body)
                }
                footer {
                    p { (frame.version) }
                    p { (fill(t.web.routine_date, &[("date", &routine_date(routine).format("%d.%m.%Y"))])) }
                    p { (fill(t.web.exported, &[("date", &frame.exported)])) }
                    p { (t.web.stores_nothing) }
                    p.accessibility {
                        a href=(frame.accessibility) aria-current=[frame.is_accessibility.then_some("page")] {
                            (t.web.accessibility)
                        }
                    }
                }
                @if let Some(table) = &frame.open_now {
                    (PreEscaped(table))
                }
            }
        }
    };
    markup.into_string()
}

/// An item's text with the audiences it is for.
pub(super) fn item_text(routine: &Routine, item: &Item) -> String {
    format!("{}{}", item.text, for_whom(routine, item))
}

pub(super) fn items(routine: &Routine, items: &[Item]) -> Markup {
    html! {
        @if !items.is_empty() {
            ul { @for item in items { li { (item_text(routine, item)) } } }
        }
    }
}

pub(super) fn factors(routine: &Routine, factors: &[Factor]) -> Markup {
    html! {
        @if !factors.is_empty() {
            ul {
                @for factor in factors {
                    li {
                        (item_text(routine, &factor.item))
                        (self::factors(routine, &factor.children))
                    }
                }
            }
        }
    }
}

/// Paragraphs of a text with blank lines between them.
pub(super) fn paragraphs(text: Option<&str>) -> Markup {
    html! {
        @for paragraph in text.iter().flat_map(|t| t.split("\n\n")) {
            p { (paragraph) }
        }
    }
}

/// The CSS class of a level's section: `level-red`, `level-yellow`, `level-green`.
pub(super) fn level_class(level: Level) -> String {
    format!("level-{}", level.key())
}

/// "RØD – Akutt fare – handle nå".
pub(super) fn level_heading(level: &ActionLevel) -> String {
    format!("{} – {}", level.name, level.title)
}

/// The level rule, then each level with its summary and the criteria that place a
/// person there («Når»): the level's heading at `depth` (2 on a page of its own, 3 inside
/// a course module), «Når» one below it.
pub(super) fn level_criteria(routine: &Routine, t: &Texts, depth: u8) -> Markup {
    html! {
        @if let Some(rule) = &routine.level_rule {
            p.rule { (rule.text) }
        }
        @for level in &routine.levels {
            section class=(level_class(level.level)) {
                (heading(depth, &level_heading(level)))
                p { (level.summary) }
                (heading(depth + 1, t.printed.when))
                (items(routine, &level.criteria))
            }
        }
    }
}

/// A heading of level 2, 3 or 4 (deeper is written as 4).
fn heading(depth: u8, text: &str) -> Markup {
    match depth {
        2 => html! { h2 { (text) } },
        3 => html! { h3 { (text) } },
        _ => html! { h4 { (text) } },
    }
}

/// A web address as a link, when it is one; anything else (a `javascript:` address
/// included) only as text.
fn link(url: &str) -> Markup {
    let is_web = url.starts_with("https://") || url.starts_with("http://");
    html! {
        @if is_web { a href=(url) { (url) } } @else { (url) }
    }
}

/// Contacts as a list: name, what for, the number as a `tel:` link, the web address,
/// the e-mail and the opening hours in words.
pub(super) fn contacts<'r>(contacts: impl IntoIterator<Item = &'r Contact>, t: &Texts) -> Markup {
    let contacts: Vec<&Contact> = contacts.into_iter().collect();
    html! {
        @if !contacts.is_empty() {
            ul.contacts {
                @for contact in contacts {
                    li data-contact=[has_status(contact).then_some(&contact.id)] {
                        (contact_details(contact, t))
                    }
                }
            }
        }
    }
}

fn contact_details(contact: &Contact, t: &Texts) -> Markup {
    let hours = contact.hours.as_ref().map_or_else(
        || t.time.hours_unknown.to_owned(),
        |h| fill(t.web.hours, &[("hours", &schedule(&h.schedule, &t.time))]),
    );
    html! {
        p.contact-name { (contact.name) }
        p { (contact.what_for) }
        @match &contact.phone {
            Some(phone) => p { (t.web.phone) ": " a href=(phone.tel_uri()) { (phone.display) } },
            None if contact.persons_own || contact.url.is_some() || contact.email.is_some() => {},
            None => p { (t.web.phone) ": " (t.printed.number_missing) },
        }
        @if let Some(url) = &contact.url {
            p { (t.web.website) ": " (link(url)) }
        }
        @if let Some(email) = &contact.email {
            p { (t.web.email) ": " (email) }
        }
        p { (hours) }
    }
}

/// A list of links out of the site, to the routine's sources.
pub(super) fn sources(routine: &Routine) -> Markup {
    html! {
        ol {
            @for source in &routine.sources {
                li {
                    (source.id) ": " (source.title)
                    @if let Some(date) = &source.date { " (" (date) ")" }
                    @if let Some(url) = &source.url { " – " (link(url)) }
                }
            }
        }
    }
}
