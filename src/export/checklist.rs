//! The blank referral checklist: one A4 page per action level, with tick boxes, room for
//! times and the services contacted, and no field for the person's name or identity.

use crate::routine::Routine;

use super::layout::{Colour, Flow, FontIds, Fonts, PageFrame, Style};
use super::{Drawn, number, page, version_line};

const BODY: Style = Style::regular(11.0);
const SMALL: Style = Style::regular(8.5);
const TITLE: Style = Style::bold(17.0);
const H3: Style = Style::bold(12.0);

pub(crate) fn draw<'a>(routine: &Routine, fonts: &'a Fonts, ids: &'a FontIds) -> Drawn<'a> {
    let frame = PageFrame::a4(16.0, 18.0);
    let mut flow = Flow::new(fonts, ids, frame);
    let mut gaps = Vec::new();
    for (i, level) in routine.levels.iter().enumerate() {
        if i > 0 {
            flow.new_page();
        }
        let colour = super::poster::level_colour(level.level);
        flow.text(
            &format!("Henvisningssjekkliste – {}: {}", level.name, level.title),
            TITLE.coloured(colour),
            0.0,
        );
        flow.text(
            &format!(
                "{} · {}",
                routine.metadata.municipality, routine.metadata.title
            ),
            SMALL,
            0.0,
        );
        flow.text(&version_line(routine), SMALL, 0.0);
        flow.gap(4.0);
        flow.text(
            "Skriv ikke navn, fødselsdato eller andre opplysninger som kan identifisere personen på dette arket.",
            Style::bold(10.0).coloured(Colour::GREY),
            0.0,
        );
        flow.gap(4.0);
        flow.write_in("Dato og klokkeslett:", BODY);
        flow.write_in("Tjeneste kontaktet:", BODY);
        flow.write_in("Kontaktet kl.:", BODY);
        flow.write_in("Avtalt videre (hvem gjør hva, når):", BODY);
        flow.heading("Før dere skilles", H3);
        for item in routine
            .checklist
            .iter()
            .filter(|c| c.levels.contains(&level.level))
        {
            flow.tick_box(&item.item.text, BODY);
        }
        flow.heading("Kontakter for dette nivået", H3);
        for contact in level.contacts.iter().filter_map(|id| routine.contact(id)) {
            let line = format!(
                "{} – {}    kontaktet kl. ______",
                contact.name,
                number(contact, &mut gaps)
            );
            flow.tick_box(&line, BODY);
        }
        flow.gap(6.0);
        flow.text("Akutt fare? Ring 113.", Style::bold(12.0), 0.0);
    }
    Drawn {
        size: page::A4,
        pages: flow.into_pages(),
        printed_placeholders: gaps,
    }
}
