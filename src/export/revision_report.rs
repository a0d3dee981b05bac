//! The revision report for the yearly meeting with the kommuneoverlege: status, the
//! change list against the earlier version, the contact verification table, the open
//! warnings, and lines to sign.

use chrono::NaiveDate;

use crate::i18n::{
    Language, Texts, approval, detail, fill, located, place_name, section, subject, verification,
    version_line,
};
use crate::routine::diff::{ChangeKind, diff};
use crate::routine::{Routine, Severity, check_bytes, write::to_bytes};

use super::layout::{Colour, Flow, FontIds, Fonts, PageFrame, Style, number_pages};
use super::{Drawn, number, page, page_footer};

const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(8.5);
const H1: Style = Style::bold(18.0);
const H2: Style = Style::bold(13.0);
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
    derived(&mut flow, routine, t);
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
    flow.text(
        &fill(printed.report_title, &[("title", &meta.title)]),
        H1,
        0.0,
    );
    flow.text(
        &fill(
            printed.made_on,
            &[
                ("municipality", &meta.municipality),
                ("date", &today.format("%d.%m.%Y")),
            ],
        ),
        BODY,
        0.0,
    );
    flow.heading(printed.status, H2);
    flow.text(
        &fill(printed.version, &[("version", &meta.version)]),
        BODY,
        0.0,
    );
    flow.text(&fill(printed.owner, &[("owner", &meta.owner)]), BODY, 0.0);
    let approval = match &meta.approval {
        Some(a) => fill(printed.approved, &[("approval", &approval(a, t))]),
        None => printed.not_approved.to_owned(),
    };
    flow.text(&approval, BODY, 0.0);
    let overdue = (today - meta.next_revision).num_days();
    let next = fill(
        printed.next_revision,
        &[("date", &meta.next_revision.format("%d.%m.%Y"))],
    );
    if overdue > 0 {
        flow.text(
            &fill(printed.overdue, &[("next", &next), ("days", &overdue)]),
            Style::bold(10.0).coloured(RED),
            0.0,
        );
    } else {
        flow.text(&next, BODY, 0.0);
    }
}

fn changes(flow: &mut Flow<'_>, routine: &Routine, against: Option<&Routine>, t: &Texts) {
    flow.heading(t.printed.changes_heading, H2);
    let Some(old) = against else {
        flow.text(t.printed.no_earlier_version, BODY, 0.0);
        return;
    };
    flow.text(
        &fill(
            t.printed.from_to,
            &[
                ("old", &old.metadata.version),
                ("new", &routine.metadata.version),
            ],
        ),
        BODY,
        0.0,
    );
    let list = diff(old, routine);
    if list.is_empty() {
        flow.text(t.revision.no_changes, BODY, 0.0);
    }
    let mut current = None;
    for change in &list {
        if current != Some(&change.section) {
            current = Some(&change.section);
            flow.text(&section(&change.section, t), Style::bold(10.5), 0.0);
        }
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
        flow.bullet(&format!("{mark}{verb}: {what}"), style, 0);
        for changed in &change.details {
            flow.bullet(&detail(changed, t), SMALL, 1);
        }
    }
}

/// The routine's own readings of its sources, for the kommuneoverlege to take a stand on,
/// each with a box to tick.
fn derived(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    let items = routine.derived_items();
    flow.heading(
        &fill(t.revision.derived_heading, &[("count", &items.len())]),
        H2,
    );
    flow.text(t.revision.derived_intro, BODY, 0.0);
    if items.is_empty() {
        flow.text(t.revision.derived_none, BODY, 0.0);
    }
    for located in items {
        let place = place_name(located.place, routine, t);
        flow.tick_box(
            &fill(
                t.revision.derived_item,
                &[("place", &place), ("text", &located.item.text)],
            ),
            BODY,
        );
    }
}

fn contacts(
    flow: &mut Flow<'_>,
    routine: &Routine,
    today: NaiveDate,
    gaps: &mut Vec<String>,
    t: &Texts,
) {
    flow.heading(t.printed.contacts_heading, H2);
    flow.text(t.printed.contacts_intro, BODY, 0.0);
    let mut sorted: Vec<_> = routine.contacts.iter().collect();
    sorted.sort_by_key(|c| (c.last_verified, c.name.clone()));
    for contact in sorted {
        let state = verification(contact.verification(today), &t.revision);
        let flagged = contact.needs_attention(today);
        let style = if flagged { Style::bold(10.0) } else { BODY };
        flow.tick_box(
            &format!("{} – {} · {state}", contact.name, number(contact, gaps, t)),
            style,
        );
        let sources: Vec<String> = contact
            .sources
            .iter()
            .filter_map(|id| routine.source(id))
            .map(|s| {
                let name = s.url.clone().unwrap_or_else(|| s.title.clone());
                match &s.date {
                    Some(date) => format!("{name} ({date})"),
                    None => name,
                }
            })
            .collect();
        if !sources.is_empty() {
            let sources = fill(t.printed.source, &[("sources", &sources.join(" · "))]);
            flow.text(&sources, SMALL, 18.0);
        }
    }
}

fn warnings(flow: &mut Flow<'_>, routine: &Routine, today: NaiveDate, t: &Texts) {
    flow.heading(t.printed.open_warnings, H2);
    let checked = check_bytes(&to_bytes(routine), today);
    let open: Vec<_> = checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect();
    if open.is_empty() {
        flow.text(t.printed.none, BODY, 0.0);
    }
    for problem in open {
        flow.bullet(&located(problem, t), SMALL, 0);
    }
}

fn signatures(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    let printed = &t.printed;
    flow.heading(printed.approval_heading, H2);
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
