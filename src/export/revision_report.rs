//! The revision report for the yearly meeting with the kommuneoverlege: status, the
//! change list against the earlier version, the contact verification table, the open
//! warnings, and lines to sign.

use chrono::NaiveDate;

use crate::i18n::{
    Language, Texts, approval_status, derived_line, detail, fill, located, readability_figures,
    section, subject, verification, version_line,
};
use crate::routine::diff::Change;
use crate::routine::diff::{ChangeKind, diff};
use crate::routine::load::check_bytes;
use crate::routine::readability::readability;
use crate::routine::{Contact, Routine, Severity, write::to_bytes};

use super::flow::{Cell, Column, Flow, Table};
use super::layout::{Colour, FontIds, Fonts, PageFrame, Rich, Style};
use super::pages::number_pages;
use super::structure::Numbering;
use super::{Drawn, number_link, page, page_footer, web_link};

const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(9.0);
const H1: Style = Style::bold(18.0);
const H2: Style = Style::bold(13.0);
const H3: Style = Style::bold(10.5);
const RED: Colour = Colour(0.69, 0.0, 0.13);

pub(crate) fn draw<'a>(
    routine: &Routine,
    against: Option<&Routine>,
    today: NaiveDate,
    fonts: &'a Fonts,
    ids: &'a FontIds,
) -> Drawn<'a> {
    let frame = PageFrame::a4(18.0, 20.0);
    let mut flow = Flow::new(fonts, ids, frame);
    let mut gaps = Vec::new();
    let t = Language::of_routine(routine).texts();
    status(&mut flow, routine, today, t);
    changes(&mut flow, routine, against, t);
    derived(&mut flow, routine, against, t);
    contacts(&mut flow, routine, today, &mut gaps, t);
    warnings(&mut flow, routine, today, t);
    signatures(&mut flow, routine, t);
    let mut pages = flow.into_pages();
    let prefix = fill(t.printed.report, &[("version", &version_line(routine, t))]);
    number_pages(
        &mut pages,
        &frame,
        page_footer(prefix, t),
        SMALL.coloured(Colour::GREY),
    );
    Drawn {
        size: page::A4,
        pages,
        printed_placeholders: gaps,
    }
}

fn status(flow: &mut Flow<'_>, routine: &Routine, today: NaiveDate, t: &Texts) {
    let meta = &routine.metadata;
    let printed = &t.printed;
    flow.heading(
        &fill(printed.report_title, &[("title", &meta.title)]),
        H1,
        1,
    );
    flow.paragraph(
        fill(
            printed.made_on,
            &[
                ("municipality", &meta.municipality),
                ("date", &today.format("%d.%m.%Y")),
            ],
        ),
        BODY,
    );
    flow.heading(printed.status, H2, 2);
    flow.paragraph(fill(printed.version, &[("version", &meta.version)]), BODY);
    flow.paragraph(fill(printed.owner, &[("owner", &meta.owner)]), BODY);
    flow.paragraph(approval_status(routine, t), BODY);
    let overdue = (today - meta.next_revision).num_days();
    let next = fill(
        printed.next_revision,
        &[("date", &meta.next_revision.format("%d.%m.%Y"))],
    );
    if overdue > 0 {
        flow.paragraph(
            fill(printed.overdue, &[("next", &next), ("days", &overdue)]),
            Style::bold(10.0).coloured(RED),
        );
    } else {
        flow.paragraph(next, BODY);
    }
    flow.paragraph(readability_figures(&readability(routine), t), BODY);
}

fn changes(flow: &mut Flow<'_>, routine: &Routine, against: Option<&Routine>, t: &Texts) {
    flow.heading(t.printed.changes_heading, H2, 2);
    let Some(old) = against else {
        flow.paragraph(t.printed.no_earlier_version, BODY);
        return;
    };
    flow.paragraph(
        fill(
            t.printed.from_to,
            &[
                ("old", &old.metadata.version),
                ("new", &routine.metadata.version),
            ],
        ),
        BODY,
    );
    let list = diff(old, routine);
    if list.is_empty() {
        flow.paragraph(t.revision.no_changes, BODY);
    }
    let mut rest = list.as_slice();
    while let Some(first) = rest.first() {
        let count = rest
            .iter()
            .take_while(|c| c.section == first.section)
            .count();
        let (group, after) = rest.split_at(count);
        flow.heading(&section(&first.section, t), H3, 3);
        flow.list(Numbering::Disc, |flow| {
            for change in group {
                change_item(flow, change, t);
            }
        });
        rest = after;
    }
}

/// One change, with its details as a list inside it.
fn change_item(flow: &mut Flow<'_>, change: &Change, t: &Texts) {
    let style = if change.important {
        Style::bold(10.0).coloured(RED)
    } else {
        BODY
    };
    let verb = match change.kind {
        ChangeKind::Added => t.revision.added,
        ChangeKind::Removed => t.revision.removed,
        ChangeKind::Changed => t.revision.changed,
    };
    let mark = if change.important { "! " } else { "" };
    let what = subject(&change.what, t);
    flow.item("•", format!("{mark}{verb}: {what}"), style, 0, |flow| {
        if change.details.is_empty() {
            return;
        }
        flow.list(Numbering::Disc, |flow| {
            for changed in &change.details {
                flow.bullet(detail(changed, t), SMALL, 1);
            }
        });
    });
}

/// The routine's own readings of its sources, for the kommuneoverlege to take a stand on,
/// each with a box to tick.
fn derived(flow: &mut Flow<'_>, routine: &Routine, against: Option<&Routine>, t: &Texts) {
    let items = routine.derived_items();
    flow.heading(
        &fill(t.revision.derived_heading, &[("count", &items.len())]),
        H2,
        2,
    );
    flow.paragraph(t.revision.derived_intro, BODY);
    if items.is_empty() {
        flow.paragraph(t.revision.derived_none, BODY);
    }
    flow.list(Numbering::Square, |flow| {
        for located in items {
            let mut text = derived_line(&located, routine, against, t);
            if let Some(note) = &located.item.note {
                text = format!(
                    "{text} {}",
                    fill(t.revision.derived_note, &[("note", note)])
                );
            }
            flow.tick_box(text, BODY, t.printed.tick_box);
        }
    });
}

/// The contacts, oldest verification first, as a table with a box to tick for each.
fn contacts(
    flow: &mut Flow<'_>,
    routine: &Routine,
    today: NaiveDate,
    gaps: &mut Vec<String>,
    t: &Texts,
) {
    let printed = &t.printed;
    flow.heading(printed.contacts_heading, H2, 2);
    flow.paragraph(printed.contacts_intro, BODY);
    let mut sorted: Vec<_> = routine.contacts.iter().collect();
    sorted.sort_by_key(|c| (c.last_verified, c.name.clone()));
    let rows = sorted
        .into_iter()
        .map(|contact| {
            vec![
                Cell::Text(Rich::plain(&contact.name)),
                Cell::Text(number_link(contact, gaps, t)),
                Cell::Text(Rich::plain(verification(
                    contact.verification(today),
                    &t.revision,
                ))),
                Cell::Text(sources(routine, contact, t)),
                Cell::TickBox,
            ]
        })
        .collect();
    let column = |header, share| Column { header, share };
    flow.table(&Table {
        columns: vec![
            column(printed.service_column, 0.25),
            column(printed.number_column, 0.13),
            column(printed.verification_column, 0.2),
            column(printed.sources, 0.3),
            column(printed.tick_column, 0.12),
        ],
        rows,
        body: Style::regular(9.0),
        header: Style::bold(9.0),
        tick_box: printed.tick_box,
    });
}

/// A contact's sources with their dates, each web address a link.
fn sources(routine: &Routine, contact: &Contact, t: &Texts) -> Rich {
    let mut text = Rich::default();
    for (i, source) in contact
        .sources
        .iter()
        .filter_map(|id| routine.source(id))
        .enumerate()
    {
        if i > 0 {
            text = text.then(" · ");
        }
        text = match &source.url {
            Some(url) => text.link(url, web_link(url, &source.title, t)),
            None => text.then(&source.title),
        };
        if let Some(date) = &source.date {
            text = text.then(format!(" ({date})"));
        }
    }
    text
}

fn warnings(flow: &mut Flow<'_>, routine: &Routine, today: NaiveDate, t: &Texts) {
    flow.heading(t.printed.open_warnings, H2, 2);
    let checked = check_bytes(&to_bytes(routine), today, super::check_fit);
    let open: Vec<_> = checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect();
    if open.is_empty() {
        flow.paragraph(t.printed.none, BODY);
    }
    flow.list(Numbering::Disc, |flow| {
        for problem in open {
            flow.bullet(located(problem, t), SMALL, 0);
        }
    });
}

fn signatures(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    let printed = &t.printed;
    flow.heading(printed.approval_heading, H2, 2);
    flow.keep(BODY.line_height() * 8.0);
    flow.write_in(
        &fill(printed.owner_name, &[("owner", &routine.metadata.owner)]),
        BODY,
    );
    flow.write_in(printed.date_and_signature, BODY);
    flow.gap(6.0);
    flow.write_in(printed.chief_medical_officer_name, BODY);
    flow.write_in(printed.date_and_signature, BODY);
}
