//! The blank referral checklist: one A4 page per action level, with tick boxes, room for
//! times and the services contacted, and no field for the person's name or identity.

use crate::i18n::{Language, fill, version_line};
use crate::routine::Routine;

use super::flow::Flow;
use super::layout::{Colour, FontIds, Fonts, PageFrame, Style};
use super::structure::{Attributes, Numbering, Role};
use super::{Drawn, emergency_line, fill_with_link, number_link, page};

const BODY: Style = Style::regular(11.0);
const SMALL: Style = Style::regular(9.0);
const TITLE: Style = Style::bold(17.0);
const H3: Style = Style::bold(12.0);

pub(crate) fn draw<'a>(routine: &Routine, fonts: &'a Fonts, ids: &'a FontIds) -> Drawn<'a> {
    let frame = PageFrame::a4(16.0, 18.0);
    let mut flow = Flow::new(fonts, ids, frame);
    let mut gaps = Vec::new();
    let t = Language::of_routine(routine).texts();
    let printed = &t.printed;
    for (i, level) in routine.levels.iter().enumerate() {
        if i > 0 {
            flow.new_page();
        }
        let colour = super::poster::level_colour(level.level);
        flow.within(Role::Sect, Attributes::default(), |flow| {
            flow.heading(
                &fill(
                    printed.checklist_title,
                    &[("level", &level.name), ("title", &level.title)],
                ),
                TITLE.coloured(colour),
                1,
            );
            flow.paragraph(
                format!(
                    "{} · {}",
                    routine.metadata.municipality, routine.metadata.title
                ),
                SMALL,
            );
            flow.paragraph(version_line(routine, t), SMALL);
            flow.gap(4.0);
            flow.paragraph(
                printed.no_identity,
                Style::bold(10.0).coloured(Colour::GREY),
            );
            flow.gap(4.0);
            flow.write_in(printed.date_and_time, BODY);
            flow.write_in(printed.service_contacted, BODY);
            flow.write_in(printed.contacted_at, BODY);
            flow.write_in(printed.agreed, BODY);
            flow.heading(printed.before_parting, H3, 2);
            flow.list(Numbering::Square, |flow| {
                for item in routine
                    .checklist
                    .iter()
                    .filter(|c| c.levels.contains(&level.level))
                {
                    flow.tick_box(item.item.text.as_str(), BODY, printed.tick_box);
                }
            });
            flow.heading(printed.level_contacts, H3, 2);
            flow.list(Numbering::Square, |flow| {
                for contact in level.contacts.iter().filter_map(|id| routine.contact(id)) {
                    let line = fill_with_link(
                        printed.contacted_line,
                        &[("name", &contact.name)],
                        "number",
                        number_link(contact, &mut gaps, t),
                    );
                    flow.tick_box(line, BODY, printed.tick_box);
                }
            });
            flow.gap(6.0);
            flow.paragraph(emergency_line(routine, t).then("."), Style::bold(12.0));
        });
    }
    Drawn {
        size: page::A4,
        pages: flow.into_pages(),
        printed_placeholders: gaps,
    }
}
