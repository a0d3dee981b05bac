//! The revision report for the yearly meeting with the kommuneoverlege: status, the
//! change list against the earlier version, the contact verification table, the open
//! warnings, and lines to sign.

use chrono::NaiveDate;

use crate::i18n::{Language, fill, place_name};
use crate::routine::diff::{ChangeKind, diff};
use crate::routine::{Routine, Severity, check_bytes, write::to_bytes};

use super::layout::{Colour, Flow, FontIds, Fonts, PageFrame, Style, number_pages};
use super::{Drawn, number, page, version_line};

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
    status(&mut flow, routine, today);
    changes(&mut flow, routine, against);
    derived(&mut flow, routine);
    contacts(&mut flow, routine, today, &mut gaps);
    warnings(&mut flow, routine, today);
    signatures(&mut flow, routine);
    let mut pages = flow.into_pages();
    let prefix = format!("Revisjonsrapport · {}", version_line(routine));
    number_pages(&mut pages, &frame, &prefix, SMALL.coloured(Colour::GREY));
    Drawn {
        size: page::A4,
        pages,
        printed_placeholders: gaps,
    }
}

fn status(flow: &mut Flow<'_>, routine: &Routine, today: NaiveDate) {
    let meta = &routine.metadata;
    flow.text(&format!("Revisjonsrapport – {}", meta.title), H1, 0.0);
    flow.text(
        &format!("{} · laget {}", meta.municipality, today.format("%d.%m.%Y")),
        BODY,
        0.0,
    );
    flow.heading("Status", H2);
    flow.text(&format!("Versjon: {}", meta.version), BODY, 0.0);
    flow.text(&format!("Eier: {}", meta.owner), BODY, 0.0);
    let approval = match &meta.approval {
        Some(a) => format!("Godkjent: {}", a.describe()),
        None => "Godkjent: nei, rutinen er et utkast".to_owned(),
    };
    flow.text(&approval, BODY, 0.0);
    let overdue = (today - meta.next_revision).num_days();
    let next = format!("Neste revisjon: {}", meta.next_revision.format("%d.%m.%Y"));
    if overdue > 0 {
        flow.text(
            &format!("{next} – {overdue} dager på overtid"),
            Style::bold(10.0).coloured(RED),
            0.0,
        );
    } else {
        flow.text(&next, BODY, 0.0);
    }
}

fn changes(flow: &mut Flow<'_>, routine: &Routine, against: Option<&Routine>) {
    flow.heading("Endringer siden forrige versjon", H2);
    let Some(old) = against else {
        flow.text("Ingen tidligere versjon ble valgt.", BODY, 0.0);
        return;
    };
    flow.text(
        &format!(
            "Fra versjon {} til versjon {}. Telefonnumre og åpningstider er merket med !.",
            old.metadata.version, routine.metadata.version
        ),
        BODY,
        0.0,
    );
    let list = diff(old, routine);
    if list.is_empty() {
        flow.text("Ingen endringer.", BODY, 0.0);
    }
    let mut section = "";
    for change in &list {
        if change.section != section {
            section = &change.section;
            flow.text(section, Style::bold(10.5), 0.0);
        }
        let style = if change.important {
            Style::bold(10.0).coloured(RED)
        } else {
            BODY
        };
        let verb = match change.kind {
            ChangeKind::Added => "Lagt til",
            ChangeKind::Removed => "Fjernet",
            ChangeKind::Changed => "Endret",
        };
        let mark = if change.important { "! " } else { "" };
        flow.bullet(&format!("{mark}{verb}: {}", change.what), style, 0);
        for detail in &change.details {
            flow.bullet(detail, SMALL, 1);
        }
    }
}

/// The routine's own readings of its sources, for the kommuneoverlege to take a stand on,
/// each with a box to tick.
fn derived(flow: &mut Flow<'_>, routine: &Routine) {
    let t = Language::of_routine(routine).texts();
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

fn contacts(flow: &mut Flow<'_>, routine: &Routine, today: NaiveDate, gaps: &mut Vec<String>) {
    flow.heading("Kontakter: sist verifisert", H2);
    flow.text(
        "Eldste først. Kontroller nummer, åpningstid og kilde for hver kontakt, og kryss av.",
        BODY,
        0.0,
    );
    let mut sorted: Vec<_> = routine.contacts.iter().collect();
    sorted.sort_by_key(|c| (c.last_verified, c.name.clone()));
    for contact in sorted {
        let state = contact.verification_text(today);
        let flagged = contact.needs_attention(today);
        let style = if flagged { Style::bold(10.0) } else { BODY };
        flow.tick_box(
            &format!("{} – {} · {state}", contact.name, number(contact, gaps)),
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
            flow.text(&format!("Kilde: {}", sources.join(" · ")), SMALL, 18.0);
        }
    }
}

fn warnings(flow: &mut Flow<'_>, routine: &Routine, today: NaiveDate) {
    flow.heading("Åpne advarsler", H2);
    let checked = check_bytes(&to_bytes(routine), today);
    let open: Vec<_> = checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect();
    if open.is_empty() {
        flow.text("Ingen.", BODY, 0.0);
    }
    for problem in open {
        flow.bullet(
            &format!("{}: {}", problem.location, problem.message),
            SMALL,
            0,
        );
    }
}

fn signatures(flow: &mut Flow<'_>, routine: &Routine) {
    flow.heading("Godkjenning", H2);
    flow.keep(BODY.line_height() * 8.0);
    flow.write_in(
        &format!("Rutineeier ({}), navn:", routine.metadata.owner),
        BODY,
    );
    flow.write_in("Dato og signatur:", BODY);
    flow.gap(6.0);
    flow.write_in("Kommuneoverlege, navn:", BODY);
    flow.write_in("Dato og signatur:", BODY);
}
