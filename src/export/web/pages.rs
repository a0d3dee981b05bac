//! The employees' pages: the start page and one page per step of the guide, as in the
//! program (who it concerns, what to notice, how to ask, is it acute, what to do now,
//! before parting), then guidance, every contact and the sources.

use maud::{Markup, html};

use crate::i18n::{Texts, ask_list, fill};
use crate::routine::Routine;

use super::html::{
    Frame, NavLink, contacts, factors, item_text, items, level_class, level_criteria,
    level_heading, page, paragraphs, sources,
};
use super::{Export, accessibility_page, citizens_page};

/// A page for employees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Page {
    Home,
    Who,
    Notice,
    Ask,
    Acute,
    Act,
    Parting,
    Guidance,
    Contacts,
    Sources,
}

impl Page {
    pub const ALL: [Page; 10] = [
        Page::Home,
        Page::Who,
        Page::Notice,
        Page::Ask,
        Page::Acute,
        Page::Act,
        Page::Parting,
        Page::Guidance,
        Page::Contacts,
        Page::Sources,
    ];

    /// The page's file: `index.html` for the start, else its name in the routine's
    /// language (`akutt.html`). A link always names the file, so the pages work opened
    /// straight from a folder.
    pub fn file(self, t: &Texts) -> String {
        let web = &t.web;
        let slug = match self {
            Page::Home => return "index.html".to_owned(),
            Page::Who => web.slug_who,
            Page::Notice => web.slug_notice,
            Page::Ask => web.slug_ask,
            Page::Acute => web.slug_acute,
            Page::Act => web.slug_act,
            Page::Parting => web.slug_parting,
            Page::Guidance => web.slug_guidance,
            Page::Contacts => web.slug_contacts,
            Page::Sources => web.slug_sources,
        };
        format!("{slug}.html")
    }

    /// The page's title; the steps are numbered as in the program.
    pub(super) fn title(self, routine: &Routine, t: &Texts) -> String {
        let guide = &t.guide;
        let step = |n: usize, title: &str| format!("{n}. {title}");
        match self {
            Page::Home => routine.metadata.title.clone(),
            Page::Who => step(1, guide.step_who),
            Page::Notice => step(2, guide.step_notice),
            Page::Ask => step(3, guide.step_ask),
            Page::Acute => step(4, guide.step_acute),
            Page::Act => step(5, guide.step_act),
            Page::Parting => step(6, guide.step_checklist),
            Page::Guidance => t.web.guidance.to_owned(),
            Page::Contacts => t.web.all_contacts.to_owned(),
            Page::Sources => t.printed.sources.to_owned(),
        }
    }
}

/// The navigation of the employees' pages, with `current` marked.
pub(super) fn nav(routine: &Routine, t: &Texts, current: Option<Page>) -> Vec<NavLink> {
    Page::ALL
        .iter()
        .map(|p| NavLink {
            href: p.file(t),
            text: match p {
                Page::Home => t.web.home.to_owned(),
                _ => p.title(routine, t),
            },
            current: Some(*p) == current,
        })
        .collect()
}

/// The page as HTML.
pub(super) fn render(page_: Page, export: &Export<'_>) -> String {
    let (routine, t) = (export.routine, export.t);
    let title = page_.title(routine, t);
    let home = Page::Home.file(t);
    let accessibility = accessibility_page(t);
    let frame = Frame {
        routine,
        t,
        title: &title,
        exported: &export.exported,
        version: &export.version,
        home: Some((&home, &routine.metadata.title)),
        nav: nav(routine, t, Some(page_)),
        accessibility: &accessibility,
        is_accessibility: false,
        open_now: export.open_now(listed(page_, routine)),
    };
    let body = match page_ {
        Page::Home => home_page(routine, t),
        Page::Who => who(routine, t),
        Page::Notice => notice(routine, t),
        Page::Ask => ask(routine, t),
        Page::Acute => level_criteria(routine, t, 2),
        Page::Act => act(routine, t),
        Page::Parting => parting(routine, t),
        Page::Guidance => guidance(routine, t),
        Page::Contacts => contacts(routine.contacts.iter(), t),
        Page::Sources => sources(routine),
    };
    page(&frame, body)
}

/// The ids of the contacts a page lists, as its body lists them.
fn listed(page_: Page, routine: &Routine) -> Vec<&str> {
    match page_ {
        Page::Act => routine
            .levels
            .iter()
            .flat_map(|l| &l.contacts)
            .map(String::as_str)
            .collect(),
        Page::Guidance => routine
            .sectors
            .iter()
            .flat_map(|s| &s.contacts)
            .map(String::as_str)
            .collect(),
        Page::Contacts => routine.contacts.iter().map(|c| c.id.as_str()).collect(),
        _ => Vec::new(),
    }
}

fn home_page(routine: &Routine, t: &Texts) -> Markup {
    let purpose = &routine.purpose;
    let citizens = citizens_page(t);
    html! {
        ul {
            @for message in &routine.key_messages {
                li { strong { (message.text) } }
            }
        }
        h2 { (purpose.title) }
        (paragraphs(purpose.intro.as_deref()))
        (items(routine, &purpose.items))
        p.alone { a href=(citizens) { (t.web.citizens_link) } }
        p.alone {
            a href=(super::Site::course_page(routine)) {
                (fill(t.course.home_link, &[("minutes", &super::course::total_minutes(routine))]))
            }
        }
    }
}

fn who(routine: &Routine, t: &Texts) -> Markup {
    html! {
        p { (t.web.audiences_note) }
        @for audience in &routine.audiences {
            h2 { (audience.label) }
            (paragraphs(audience.description.as_deref()))
        }
    }
}

fn notice(routine: &Routine, t: &Texts) -> Markup {
    let signs = &routine.warning_signs;
    html! {
        h2 { (t.printed.warning_signs) }
        (paragraphs(signs.intro.as_deref()))
        @for group in &signs.groups {
            h3 { (group.title) }
            (items(routine, &group.signs))
        }
        @for (title, list) in [
            (t.printed.risk_factors, &routine.risk_factors),
            (t.printed.protective_factors, &routine.protective_factors),
            (t.printed.triggering_situations, &routine.triggering_situations),
        ] {
            h2 { (title) }
            (paragraphs(list.intro.as_deref()))
            @for group in &list.groups {
                @if let Some(title) = &group.title { h3 { (title) } }
                (factors(routine, &group.factors))
            }
            (paragraphs(list.note.as_deref()))
        }
    }
}

fn ask(routine: &Routine, t: &Texts) -> Markup {
    let guidance = &routine.ask;
    html! {
        (paragraphs(guidance.intro.as_deref()))
        @for (list, entries) in guidance.lists() {
            @if !entries.is_empty() {
                h2 { (ask_list(list, t)) }
                (items(routine, entries))
            }
        }
    }
}

fn act(routine: &Routine, t: &Texts) -> Markup {
    html! {
        @for level in &routine.levels {
            section class=(level_class(level.level)) {
                h2 { (level_heading(level)) }
                p { (level.summary) }
                h3 { (t.printed.do_this) }
                ol { @for action in &level.actions { li { (item_text(routine, action)) } } }
                h3 { (t.printed.contacts) }
                (contacts(level.contacts.iter().filter_map(|id| routine.contact(id)), t))
            }
        }
    }
}

fn parting(routine: &Routine, t: &Texts) -> Markup {
    let level_names = |levels: &[crate::routine::Level]| {
        let names: Vec<&str> = levels
            .iter()
            .filter_map(|l| routine.level(*l))
            .map(|l| l.name.as_str())
            .collect();
        names.join(", ")
    };
    html! {
        @for level in &routine.levels {
            section class=(level_class(level.level)) {
                h2 { (level_heading(level)) }
                ul {
                    @for item in routine.checklist.iter().filter(|c| c.levels.contains(&level.level)) {
                        li { (item_text(routine, &item.item)) }
                    }
                }
            }
        }
        @for sector in routine.sectors.iter().filter(|s| !s.checklist.is_empty()) {
            h2 { (fill(t.web.sector_checklist, &[("sector", &sector.label)])) }
            ul {
                @for item in &sector.checklist {
                    li { (item_text(routine, &item.item)) " (" (level_names(&item.levels)) ")" }
                }
            }
        }
    }
}

fn guidance(routine: &Routine, t: &Texts) -> Markup {
    let aftercare = &routine.aftercare;
    html! {
        @for section in &routine.guidance {
            h2 { (section.title) }
            (paragraphs(section.intro.as_deref()))
            (items(routine, &section.items))
        }
        h2 { (aftercare.title) }
        (paragraphs(aftercare.intro.as_deref()))
        (items(routine, &aftercare.items))
        h2 { (t.web.workplaces) }
        @for sector in &routine.sectors {
            h3 { (sector.label) }
            (paragraphs(sector.description.as_deref()))
            @if !sector.contacts.is_empty() {
                p { (fill(t.web.sector_contacts, &[("sector", &sector.label)])) }
                (contacts(sector.contacts.iter().filter_map(|id| routine.contact(id)), t))
            }
        }
    }
}
