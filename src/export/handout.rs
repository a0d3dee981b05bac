//! The handout: the whole routine for staff on A4, with a header, and a footer with the
//! version, approval and page numbers on every page.

use crate::i18n::{Language, Texts, ask_list, fill, schedule, version_line};
use crate::routine::{Contact, ContactStatus, Factor, Item, Routine};

use super::flow::{Cell, Column, Flow, Table};
use super::layout::{Colour, FontIds, Fonts, PT_PER_MM, PageFrame, Rich, Style};
use super::pages::{Artifact, number_pages};
use super::structure::Numbering;
use super::{Drawn, emergency_line, for_whom, number_link, page, page_footer, web_link};

const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(9.0);
const H1: Style = Style::bold(20.0);
const H2: Style = Style::bold(14.0);
const H3: Style = Style::bold(11.0);
const TABLE: Style = Style::regular(9.0);
const RED: Colour = Colour(0.69, 0.0, 0.13);

pub(crate) fn draw<'a>(routine: &Routine, fonts: &'a Fonts, ids: &'a FontIds) -> Drawn<'a> {
    let frame = PageFrame::a4(22.0, 22.0);
    let mut flow = Flow::new(fonts, ids, frame);
    let mut gaps = Vec::new();
    let t = Language::of_routine(routine).texts();
    title(&mut flow, routine, t);
    purpose(&mut flow, routine);
    signs(&mut flow, routine, t);
    factors(&mut flow, routine, t);
    ask(&mut flow, routine, t);
    levels(&mut flow, routine, &mut gaps, t);
    contacts(&mut flow, routine, &mut gaps, t);
    checklists(&mut flow, routine, t);
    guidance(&mut flow, routine);
    sources(&mut flow, routine, t);
    let mut pages = flow.into_pages();
    let header = format!(
        "{} · {}",
        routine.metadata.municipality, routine.metadata.title
    );
    for page in 0..pages.count() {
        let at = (frame.margin_x, 10.0 * PT_PER_MM);
        let style = SMALL.coloured(Colour::GREY);
        pages.artifact_text(page, at, &header, style, Artifact::Header);
    }
    number_pages(
        &mut pages,
        &frame,
        page_footer(version_line(routine, t), t),
        SMALL.coloured(Colour::GREY),
    );
    Drawn {
        size: page::A4,
        pages,
        printed_placeholders: gaps,
    }
}

fn bullets(flow: &mut Flow<'_>, routine: &Routine, items: &[Item]) {
    if items.is_empty() {
        return;
    }
    flow.list(Numbering::Disc, |flow| {
        for item in items {
            flow.bullet(format!("{}{}", item.text, for_whom(routine, item)), BODY, 0);
        }
    });
}

fn paragraphs(flow: &mut Flow<'_>, text: &Option<String>) {
    for paragraph in text.iter().flat_map(|t| t.split("\n\n")) {
        flow.paragraph(paragraph, BODY);
        flow.gap(4.0);
    }
}

fn title(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.heading(&routine.metadata.title, H1, 1);
    flow.paragraph(&routine.metadata.municipality, H3);
    flow.paragraph(version_line(routine, t), SMALL);
    flow.gap(6.0);
    flow.paragraph(emergency_line(routine, t), H2.coloured(RED));
    flow.rule();
}

fn purpose(flow: &mut Flow<'_>, routine: &Routine) {
    flow.heading(&routine.purpose.title, H2, 2);
    paragraphs(flow, &routine.purpose.intro);
    bullets(flow, routine, &routine.purpose.items);
    for message in &routine.key_messages {
        flow.paragraph(&message.text, H3);
    }
}

fn signs(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.heading(t.printed.warning_signs, H2, 2);
    paragraphs(flow, &routine.warning_signs.intro);
    for group in &routine.warning_signs.groups {
        flow.heading(&group.title, H3, 3);
        bullets(flow, routine, &group.signs);
    }
}

/// Factors as a list, each with its more specific factors as a list inside it.
fn factor_list(flow: &mut Flow<'_>, routine: &Routine, factors: &[Factor], depth: usize) {
    if factors.is_empty() {
        return;
    }
    flow.list(Numbering::Disc, |flow| {
        for factor in factors {
            let text = format!("{}{}", factor.item.text, for_whom(routine, &factor.item));
            flow.item("•", text, BODY, depth, |flow| {
                factor_list(flow, routine, &factor.children, depth + 1);
            });
        }
    });
}

fn factors(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    for (title, list) in [
        (t.printed.risk_factors, &routine.risk_factors),
        (t.printed.protective_factors, &routine.protective_factors),
        (
            t.printed.triggering_situations,
            &routine.triggering_situations,
        ),
    ] {
        flow.heading(title, H2, 2);
        paragraphs(flow, &list.intro);
        for group in &list.groups {
            if let Some(title) = &group.title {
                flow.heading(title, H3, 3);
            }
            factor_list(flow, routine, &group.factors, 0);
        }
        paragraphs(flow, &list.note);
    }
}

fn ask(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    let ask = &routine.ask;
    flow.heading(t.printed.ask_heading, H2, 2);
    paragraphs(flow, &ask.intro);
    for (list, items) in ask.lists() {
        if !items.is_empty() {
            flow.heading(ask_list(list, t), H3, 3);
            bullets(flow, routine, items);
        }
    }
}

fn levels(flow: &mut Flow<'_>, routine: &Routine, gaps: &mut Vec<String>, t: &Texts) {
    flow.heading(t.printed.levels_heading, H2, 2);
    flow.paragraph(t.printed.levels_intro, BODY);
    if let Some(rule) = &routine.level_rule {
        flow.paragraph(&rule.text, Style::bold(10.0));
    }
    for level in &routine.levels {
        let colour = super::poster::level_colour(level.level);
        flow.heading(
            &format!("{} – {}", level.name, level.title),
            H2.coloured(colour),
            3,
        );
        flow.paragraph(&level.summary, BODY);
        flow.heading(t.printed.when, H3, 4);
        bullets(flow, routine, &level.criteria);
        flow.heading(t.printed.do_this, H3, 4);
        flow.list(Numbering::Decimal, |flow| {
            for (i, action) in level.actions.iter().enumerate() {
                let text = format!("{}{}", action.text, for_whom(routine, action));
                flow.numbered(i + 1, text, BODY);
            }
        });
        flow.heading(t.printed.contacts, H3, 4);
        flow.list(Numbering::Disc, |flow| {
            for contact in level.contacts.iter().filter_map(|id| routine.contact(id)) {
                let line = Rich::plain(format!("{}: ", contact.name));
                flow.bullet(line.append(number_link(contact, gaps, t)), BODY, 0);
            }
        });
    }
}

/// Every contact as a table: the service, its number, what it is for, its hours, and
/// whether the number is checked.
fn contacts(flow: &mut Flow<'_>, routine: &Routine, gaps: &mut Vec<String>, t: &Texts) {
    flow.heading(t.printed.contacts, H2, 2);
    let printed = &t.printed;
    let columns = vec![
        Column {
            header: printed.service_column,
            share: 0.24,
        },
        Column {
            header: printed.number_column,
            share: 0.14,
        },
        Column {
            header: printed.used_for_column,
            share: 0.30,
        },
        Column {
            header: printed.hours_column,
            share: 0.18,
        },
        Column {
            header: printed.checked_column,
            share: 0.14,
        },
    ];
    let rows = routine
        .contacts
        .iter()
        .map(|contact| contact_row(contact, gaps, t))
        .collect();
    flow.table(&Table {
        columns,
        rows,
        body: TABLE,
        header: Style::bold(9.0),
        tick_box: printed.tick_box,
    });
}

fn contact_row(contact: &Contact, gaps: &mut Vec<String>, t: &Texts) -> Vec<Cell> {
    let hours = contact
        .hours
        .as_ref()
        .map_or(t.time.hours_unknown.to_owned(), |h| {
            schedule(&h.schedule, &t.time)
        });
    let status = match contact.status {
        ContactStatus::Verified => contact
            .last_verified
            .map(|d| fill(t.printed.last_checked, &[("date", &d.format("%d.%m.%Y"))]))
            .unwrap_or_default(),
        ContactStatus::ToVerify => t.printed.must_confirm.to_owned(),
        ContactStatus::Placeholder => t.printed.must_fill_in.to_owned(),
    };
    vec![
        Cell::Text(Rich::plain(&contact.name)),
        Cell::Text(number_link(contact, gaps, t)),
        Cell::Text(Rich::plain(&contact.what_for)),
        Cell::Text(Rich::plain(hours)),
        Cell::Text(Rich::plain(status)),
    ]
}

fn checklists(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.heading(t.printed.checklist_heading, H2, 2);
    for level in &routine.levels {
        flow.heading(&format!("{} – {}", level.name, level.title), H3, 3);
        flow.list(Numbering::Square, |flow| {
            for item in routine
                .checklist
                .iter()
                .filter(|c| c.levels.contains(&level.level))
            {
                let text = format!("{}{}", item.item.text, for_whom(routine, &item.item));
                flow.tick_box(text, BODY, t.printed.tick_box);
            }
        });
    }
}

fn guidance(flow: &mut Flow<'_>, routine: &Routine) {
    for guidance in &routine.guidance {
        flow.heading(&guidance.title, H2, 2);
        paragraphs(flow, &guidance.intro);
        bullets(flow, routine, &guidance.items);
    }
    flow.heading(&routine.aftercare.title, H2, 2);
    paragraphs(flow, &routine.aftercare.intro);
    bullets(flow, routine, &routine.aftercare.items);
}

/// The sources as a list, each web address a link.
fn sources(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.heading(t.printed.sources, H2, 2);
    flow.list(Numbering::Disc, |flow| {
        for source in &routine.sources {
            let mut text = Rich::plain(format!("{}: {}", source.id, source.title));
            if let Some(url) = &source.url {
                text = text.then(" – ").link(url, web_link(url, &source.title, t));
            }
            flow.bullet(text, SMALL, 0);
        }
    });
}
