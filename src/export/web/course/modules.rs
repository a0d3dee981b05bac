//! What each module of the course teaches, in the routine's own words: the plan's
//! words and the key messages, the warning signs, how to ask with its do's and don'ts,
//! each level with when it applies, the contacts of the levels by day and out of hours
//! (with «Åpen nå»), the checklist before parting, and looking after yourself.

use maud::{Markup, html};

use crate::i18n::{Texts, ask_list, fill};
use crate::routine::{AskList, Contact, ContactRole, Module, Routine};

use super::super::html::{contacts, item_text, items, level_criteria, paragraphs};
use super::super::pages::Page;
use super::Target;

/// The module's text as HTML.
pub(super) fn body(module: Module, routine: &Routine, t: &Texts, target: Target) -> Markup {
    match module {
        Module::Why => why(routine),
        Module::Notice => notice(routine, t, target),
        Module::Ask => ask(routine, t),
        Module::Levels => levels(routine, t, target),
        Module::Contacts => level_contacts(routine, t),
        Module::Parting => parting(routine),
        Module::Aftercare => aftercare(routine),
    }
}

/// «Står i rutinen. Se «2. Hva du legger merke til».» with the page linked in the site;
/// in a package, which holds no other page, the sentence alone.
fn more(text: &str, page: Page, routine: &Routine, t: &Texts, target: Target) -> Markup {
    html! {
        p {
            (text)
            @if target == Target::Site {
                " "
                a href=(page.file(t)) { (fill(t.course.see_page, &[("page", &page.title(routine, t))])) }
            }
        }
    }
}

fn why(routine: &Routine) -> Markup {
    let purpose = &routine.purpose;
    html! {
        ul.key-messages {
            @for message in &routine.key_messages {
                li { strong { (message.text) } }
            }
        }
        (paragraphs(purpose.intro.as_deref()))
        (items(routine, &purpose.items))
    }
}

fn notice(routine: &Routine, t: &Texts, target: Target) -> Markup {
    let signs = &routine.warning_signs;
    html! {
        (paragraphs(signs.intro.as_deref()))
        @for group in &signs.groups {
            h3 { (group.title) }
            (items(routine, &group.signs))
        }
        (more(t.course.notice_more, Page::Notice, routine, t, target))
    }
}

fn ask(routine: &Routine, t: &Texts) -> Markup {
    let guidance = &routine.ask;
    html! {
        (paragraphs(guidance.intro.as_deref()))
        @for (list, entries) in guidance.lists() {
            @if matches!(list, AskList::Phrasings | AskList::Dos | AskList::Donts) && !entries.is_empty() {
                h3 { (ask_list(list, t)) }
                (items(routine, entries))
            }
        }
    }
}

fn levels(routine: &Routine, t: &Texts, target: Target) -> Markup {
    html! {
        (level_criteria(routine, t, 3))
        (more(t.course.levels_more, Page::Act, routine, t, target))
    }
}

/// The contacts the levels name, each once in the levels' order: those for the
/// daytime, then those for evenings, nights and weekends or any time.
fn level_contacts(routine: &Routine, t: &Texts) -> Markup {
    let all = contacts_of_levels(routine);
    let day: Vec<&Contact> = all
        .iter()
        .copied()
        .filter(|c| c.role == ContactRole::Day)
        .collect();
    let rest: Vec<&Contact> = all
        .iter()
        .copied()
        .filter(|c| c.role != ContactRole::Day)
        .collect();
    html! {
        @for (heading, list) in [(t.course.contacts_any, rest), (t.course.contacts_day, day)] {
            @if !list.is_empty() {
                h3 { (heading) }
                (contacts(list, t))
            }
        }
    }
}

/// The contacts the levels name, each once, most urgent level first.
pub(super) fn contacts_of_levels(routine: &Routine) -> Vec<&Contact> {
    let mut seen: Vec<&Contact> = Vec::new();
    for contact in routine
        .levels
        .iter()
        .flat_map(|l| &l.contacts)
        .filter_map(|id| routine.contact(id))
    {
        if !seen.iter().any(|c| c.id == contact.id) {
            seen.push(contact);
        }
    }
    seen
}

/// The checklist once, each item with the levels it is for.
fn parting(routine: &Routine) -> Markup {
    let level_names = |levels: &[crate::routine::Level]| {
        let names: Vec<&str> = levels
            .iter()
            .filter_map(|l| routine.level(*l))
            .map(|l| l.name.as_str())
            .collect();
        names.join(", ")
    };
    html! {
        ul {
            @for item in &routine.checklist {
                li { (item_text(routine, &item.item)) " (" (level_names(&item.levels)) ")" }
            }
        }
    }
}

fn aftercare(routine: &Routine) -> Markup {
    let aftercare = &routine.aftercare;
    html! {
        (paragraphs(aftercare.intro.as_deref()))
        (items(routine, &aftercare.items))
    }
}
