//! The handout: the whole routine for staff on A4, with a header, and a footer with the
//! version, approval and page numbers on every page.

use crate::i18n::{Language, Texts, ask_list, fill, schedule, version_line};
use crate::routine::{ContactStatus, Factor, Item, Routine};

use super::layout::{Colour, Flow, FontIds, Fonts, PT_PER_MM, PageFrame, Style, number_pages};
use super::{Drawn, for_whom, number, page, page_footer};

const BODY: Style = Style::regular(10.0);
const SMALL: Style = Style::regular(8.0);
const H1: Style = Style::bold(20.0);
const H2: Style = Style::bold(14.0);
const H3: Style = Style::bold(11.0);
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
    for canvas in &mut pages {
        canvas.text(
            frame.margin_x,
            10.0 * PT_PER_MM,
            &header,
            SMALL.coloured(Colour::GREY),
        );
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
    for item in items {
        flow.bullet(
            &format!("{}{}", item.text, for_whom(routine, item)),
            BODY,
            0,
        );
    }
}

fn paragraphs(flow: &mut Flow<'_>, text: &Option<String>) {
    for paragraph in text.iter().flat_map(|t| t.split("\n\n")) {
        flow.text(paragraph, BODY, 0.0);
        flow.gap(4.0);
    }
}

fn title(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.text(&routine.metadata.title, H1, 0.0);
    flow.text(&routine.metadata.municipality, H3, 0.0);
    flow.text(&version_line(routine, t), SMALL, 0.0);
    flow.gap(6.0);
    flow.text(t.printed.emergency, H2.coloured(RED), 0.0);
    flow.rule();
}

fn purpose(flow: &mut Flow<'_>, routine: &Routine) {
    flow.heading(&routine.purpose.title, H2);
    paragraphs(flow, &routine.purpose.intro);
    bullets(flow, routine, &routine.purpose.items);
    for message in &routine.key_messages {
        flow.text(&message.text, H3, 0.0);
    }
}

fn signs(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.heading(t.printed.warning_signs, H2);
    paragraphs(flow, &routine.warning_signs.intro);
    for group in &routine.warning_signs.groups {
        flow.heading(&group.title, H3);
        bullets(flow, routine, &group.signs);
    }
}

fn factor_tree(flow: &mut Flow<'_>, routine: &Routine, factors: &[Factor], depth: usize) {
    for factor in factors {
        let text = format!("{}{}", factor.item.text, for_whom(routine, &factor.item));
        flow.bullet(&text, BODY, depth);
        factor_tree(flow, routine, &factor.children, depth + 1);
    }
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
        flow.heading(title, H2);
        paragraphs(flow, &list.intro);
        for group in &list.groups {
            if let Some(title) = &group.title {
                flow.heading(title, H3);
            }
            factor_tree(flow, routine, &group.factors, 0);
        }
        paragraphs(flow, &list.note);
    }
}

fn ask(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    let ask = &routine.ask;
    flow.heading(t.printed.ask_heading, H2);
    paragraphs(flow, &ask.intro);
    for (list, items) in ask.lists() {
        if !items.is_empty() {
            flow.heading(ask_list(list, t), H3);
            bullets(flow, routine, items);
        }
    }
}

fn levels(flow: &mut Flow<'_>, routine: &Routine, gaps: &mut Vec<String>, t: &Texts) {
    flow.heading(t.printed.levels_heading, H2);
    flow.text(t.printed.levels_intro, BODY, 0.0);
    if let Some(rule) = &routine.level_rule {
        flow.text(&rule.text, Style::bold(10.0), 0.0);
    }
    for level in &routine.levels {
        let colour = super::poster::level_colour(level.level);
        flow.heading(
            &format!("{} – {}", level.name, level.title),
            H2.coloured(colour),
        );
        flow.text(&level.summary, BODY, 0.0);
        flow.text(t.printed.when, H3, 0.0);
        bullets(flow, routine, &level.criteria);
        flow.text(t.printed.do_this, H3, 0.0);
        for (i, action) in level.actions.iter().enumerate() {
            flow.numbered(
                i + 1,
                &format!("{}{}", action.text, for_whom(routine, action)),
                BODY,
            );
        }
        flow.text(t.printed.contacts, H3, 0.0);
        for contact in level.contacts.iter().filter_map(|id| routine.contact(id)) {
            flow.bullet(
                &format!("{}: {}", contact.name, number(contact, gaps, t)),
                BODY,
                0,
            );
        }
    }
}

fn contacts(flow: &mut Flow<'_>, routine: &Routine, gaps: &mut Vec<String>, t: &Texts) {
    flow.heading(t.printed.contacts, H2);
    for contact in &routine.contacts {
        flow.keep(BODY.line_height() * 4.0);
        flow.text(
            &format!("{} – {}", contact.name, number(contact, gaps, t)),
            H3,
            0.0,
        );
        flow.text(&contact.what_for, BODY, 0.0);
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
        flow.text(&format!("{hours} · {status}"), SMALL, 0.0);
        flow.gap(4.0);
    }
}

fn checklists(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.heading(t.printed.checklist_heading, H2);
    for level in &routine.levels {
        flow.heading(&format!("{} – {}", level.name, level.title), H3);
        for item in routine
            .checklist
            .iter()
            .filter(|c| c.levels.contains(&level.level))
        {
            flow.tick_box(
                &format!("{}{}", item.item.text, for_whom(routine, &item.item)),
                BODY,
            );
        }
    }
}

fn guidance(flow: &mut Flow<'_>, routine: &Routine) {
    for guidance in &routine.guidance {
        flow.heading(&guidance.title, H2);
        paragraphs(flow, &guidance.intro);
        bullets(flow, routine, &guidance.items);
    }
    flow.heading(&routine.aftercare.title, H2);
    paragraphs(flow, &routine.aftercare.intro);
    bullets(flow, routine, &routine.aftercare.items);
}

fn sources(flow: &mut Flow<'_>, routine: &Routine, t: &Texts) {
    flow.heading(t.printed.sources, H2);
    for source in &routine.sources {
        let url = source
            .url
            .as_deref()
            .map(|u| format!(" – {u}"))
            .unwrap_or_default();
        flow.text(&format!("{}: {}{url}", source.id, source.title), SMALL, 0.0);
    }
}
