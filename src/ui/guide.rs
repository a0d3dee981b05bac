//! The conversation guide: from "I am worried" to "help is on the way", step by step,
//! every step drawn from the routine.

use eframe::egui;

use crate::routine::reach::{ContactNow, contacts_now, describe_availability};
use crate::routine::{ContactStatus, Factor, Item, Level, Routine};
use crate::session::{self, Session, Step};

use super::{Command, View, level_colour};

/// Draws the guide: step list, the current step, and back/next/reset.
pub fn show(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let mut command = None;
    egui::Panel::bottom("navigasjon").show(ui, |ui| {
        command = navigation(ui, session.step);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for (i, step) in Step::ALL.iter().enumerate() {
                let label = format!("{}. {}", i + 1, step.title());
                if ui.selectable_label(session.step == *step, label).clicked() {
                    command = Some(Command::GoTo(*step));
                }
            }
        });
        ui.separator();
        // A fresh scroll id per conversation: nothing of an old one is kept in memory.
        egui::ScrollArea::vertical()
            .id_salt(("steg", session.generation()))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(session.step.title());
                let step_command = match session.step {
                    Step::Who => who(ui, routine, session),
                    Step::Notice => notice(ui, routine, session),
                    Step::Ask => ask(ui, routine, session),
                    Step::Acute => acute(ui, routine, session),
                    Step::Act => act(ui, routine, view),
                    Step::Checklist => checklist(ui, routine, view),
                    Step::Summary => summary(ui, routine, view),
                };
                command = command.take().or(step_command);
            });
    });
    command
}

fn navigation(ui: &mut egui::Ui, step: Step) -> Option<Command> {
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(step.previous().is_some(), egui::Button::new("Tilbake"))
            .clicked()
        {
            command = step.previous().map(Command::GoTo);
        }
        if ui
            .add_enabled(step.next().is_some(), egui::Button::new("Neste"))
            .clicked()
        {
            command = step.next().map(Command::GoTo);
        }
        if ui
            .button("Nullstill")
            .on_hover_text("Glem alt fra denne samtalen og begynn på nytt")
            .clicked()
        {
            command = Some(Command::Reset);
        }
    });
    command
}

fn for_audience(item: &Item, session: &Session) -> bool {
    match &session.audience {
        Some(audience) => item.audiences.is_empty() || item.audiences.contains(audience),
        None => true,
    }
}

fn paragraphs(ui: &mut egui::Ui, text: &Option<String>) {
    for paragraph in text.iter().flat_map(|t| t.split("\n\n")) {
        ui.label(paragraph);
    }
}

fn bullets(ui: &mut egui::Ui, items: &[Item], session: &Session) {
    for item in items.iter().filter(|i| for_audience(i, session)) {
        ui.label(format!("• {}", item.text));
    }
}

fn who(ui: &mut egui::Ui, routine: &Routine, session: &Session) -> Option<Command> {
    let mut command = None;
    ui.label("Hvem er du bekymret for? Valget tilpasser råd og kontakter. Du skal ikke skrive navn eller andre opplysninger om personen.");
    if ui
        .radio(session.audience.is_none(), "Vet ikke / vil ikke velge")
        .clicked()
    {
        command = Some(Command::SetAudience(None));
    }
    for audience in &routine.audiences {
        let selected = session.audience.as_deref() == Some(audience.id.as_str());
        if ui.radio(selected, &audience.label).clicked() {
            command = Some(Command::SetAudience(Some(audience.id.clone())));
        }
    }
    ui.add_space(8.0);
    for message in &routine.key_messages {
        ui.label(egui::RichText::new(&message.text).italics());
    }
    command
}

fn notice(ui: &mut egui::Ui, routine: &Routine, session: &Session) -> Option<Command> {
    let mut command = None;
    paragraphs(ui, &routine.warning_signs.intro);
    ui.label(
        egui::RichText::new(
            "Tegnene er ingen sum og ingen skår: hvert av dem er grunn nok til å spørre direkte.",
        )
        .strong(),
    );
    for group in &routine.warning_signs.groups {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(&group.title).strong());
        for sign in group.signs.iter().filter(|s| for_audience(s, session)) {
            tick(
                ui,
                &session.noticed,
                sign,
                Command::ToggleNoticed,
                &mut command,
            );
        }
    }
    for (title, list) in [
        ("Risikofaktorer", &routine.risk_factors),
        (
            "Situasjoner som bør skjerpe oppmerksomheten",
            &routine.triggering_situations,
        ),
    ] {
        egui::CollapsingHeader::new(title).show(ui, |ui| {
            paragraphs(ui, &list.intro);
            for group in &list.groups {
                if let Some(title) = &group.title {
                    ui.label(egui::RichText::new(title).strong());
                }
                factor_ticks(ui, &group.factors, session, &mut command);
            }
            paragraphs(ui, &list.note);
        });
    }
    egui::CollapsingHeader::new("Beskyttelsesfaktorer – hva gir personen styrke?").show(ui, |ui| {
        paragraphs(ui, &routine.protective_factors.intro);
        for group in &routine.protective_factors.groups {
            if let Some(title) = &group.title {
                ui.label(egui::RichText::new(title).strong());
            }
            factor_list(ui, &group.factors, 0);
        }
    });
    command
}

fn tick(
    ui: &mut egui::Ui,
    set: &std::collections::BTreeSet<String>,
    item: &Item,
    toggle: fn(String) -> Command,
    command: &mut Option<Command>,
) {
    let mut checked = set.contains(&item.id);
    if ui.checkbox(&mut checked, &item.text).changed() {
        *command = Some(toggle(item.id.clone()));
    }
}

fn factor_ticks(
    ui: &mut egui::Ui,
    factors: &[Factor],
    session: &Session,
    command: &mut Option<Command>,
) {
    for factor in factors.iter().filter(|f| for_audience(&f.item, session)) {
        tick(
            ui,
            &session.noticed,
            &factor.item,
            Command::ToggleNoticed,
            command,
        );
        if !factor.children.is_empty() {
            ui.indent(&factor.item.id, |ui| {
                factor_ticks(ui, &factor.children, session, command)
            });
        }
    }
}

fn factor_list(ui: &mut egui::Ui, factors: &[Factor], depth: usize) {
    for factor in factors {
        ui.label(format!("{}• {}", "    ".repeat(depth), factor.item.text));
        factor_list(ui, &factor.children, depth + 1);
    }
}

fn ask(ui: &mut egui::Ui, routine: &Routine, session: &Session) -> Option<Command> {
    let ask = &routine.ask;
    paragraphs(ui, &ask.intro);
    for (title, items) in ask.titled_lists() {
        if !items.is_empty() {
            ui.add_space(6.0);
            ui.label(egui::RichText::new(title).strong());
            bullets(ui, items, session);
        }
    }
    for guidance in routine.guidance.iter().filter(|g| {
        session
            .audience
            .as_ref()
            .is_some_and(|a| g.audiences.contains(a))
    }) {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(&guidance.title).strong());
        paragraphs(ui, &guidance.intro);
        bullets(ui, &guidance.items, session);
    }
    None
}

fn level_heading(ui: &mut egui::Ui, routine: &Routine, level: Level) {
    if let Some(l) = routine.level(level) {
        ui.horizontal_wrapped(|ui| {
            super::theme::level_symbol(ui, level);
            level_title(ui, l, level);
        });
    }
}

fn level_title(ui: &mut egui::Ui, l: &crate::routine::ActionLevel, level: Level) {
    let colour = level_colour(ui, level);
    let title = format!("{} – {}", l.name, l.title);
    ui.label(egui::RichText::new(title).strong().size(18.0).color(colour));
}

fn acute(ui: &mut egui::Ui, routine: &Routine, session: &Session) -> Option<Command> {
    let mut command = None;
    ui.label(egui::RichText::new("Kryss av det som stemmer. Ved tvil, velg høyere nivå.").strong());
    for level in &routine.levels {
        ui.add_space(6.0);
        level_heading(ui, routine, level.level);
        ui.label(&level.summary);
        for criterion in level.criteria.iter().filter(|c| for_audience(c, session)) {
            tick(
                ui,
                &session.criteria,
                criterion,
                Command::ToggleCriterion,
                &mut command,
            );
        }
    }
    ui.separator();
    let floor = session.level_from_criteria(routine);
    let current = session.level(routine);
    match current.and_then(|l| routine.level(l)) {
        Some(l) => ui.label(
            egui::RichText::new(format!("Handlingsnivå: {} – {}", l.name, l.title))
                .strong()
                .color(level_colour(ui, l.level)),
        ),
        None => ui.label("Handlingsnivå: ikke valgt ennå"),
    };
    ui.horizontal_wrapped(|ui| {
        for level in &routine.levels {
            let allowed = floor.is_none_or(|f| level.level <= f);
            let text = egui::RichText::new(format!("Velg {}", level.name))
                .color(level_colour(ui, level.level));
            let button = egui::Button::selectable(current == Some(level.level), text);
            if ui.add_enabled(allowed, button).clicked() {
                command = Some(Command::ChooseLevel(level.level));
            }
        }
    });
    if floor.is_some() {
        ui.label("Du kan alltid velge et høyere nivå enn kryssene tilsier, aldri et lavere.");
    }
    command
}

fn needs_level(ui: &mut egui::Ui) -> Option<Command> {
    ui.label("Velg handlingsnivå først.");
    ui.button("Gå til «Er det akutt?»")
        .clicked()
        .then_some(Command::GoTo(Step::Acute))
}

fn act(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let Some(level) = session.level(routine) else {
        return needs_level(ui);
    };
    level_heading(ui, routine, level);
    if let Some(l) = routine.level(level) {
        for (i, action) in l
            .actions
            .iter()
            .filter(|a| for_audience(a, session))
            .enumerate()
        {
            ui.label(format!("{}. {}", i + 1, action.text));
        }
    }
    ui.add_space(8.0);
    ui.label(
        egui::RichText::new(format!(
            "Kontakt nå ({})",
            view.now.format("%d.%m. kl. %H:%M")
        ))
        .strong(),
    );
    let contacts = contacts_now(
        routine,
        level,
        session.audience.as_deref(),
        view.settings.sector.as_deref(),
        view.now,
    );
    for contact in &contacts {
        contact_row(ui, contact, view);
    }
    None
}

/// One contact: name, number as a `tel:` link, what for, open now or not, and what to
/// use instead while it is closed.
fn contact_row(ui: &mut egui::Ui, reach: &ContactNow<'_>, view: &View<'_>) {
    let contact = reach.contact;
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&contact.name).strong());
            number(ui, contact);
        });
        ui.label(&contact.what_for);
        ui.label(describe_availability(
            reach.availability.as_ref(),
            view.now,
            &view.t.time,
        ));
        let prefix = if reach.is_closed() {
            "Bruk i stedet"
        } else {
            "Hvis stengt nå, bruk"
        };
        for other in &reach.instead {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{prefix}: {}", other.name));
                number(ui, other);
            });
        }
        if contact.status == ContactStatus::ToVerify {
            ui.label("Opplysningene må bekreftes.");
        }
    });
}

fn number(ui: &mut egui::Ui, contact: &crate::routine::Contact) {
    match (&contact.phone, &contact.url) {
        (Some(phone), _) => {
            ui.hyperlink_to(format!("Ring {}", phone.display), phone.tel_uri());
        }
        (None, Some(url)) => {
            ui.hyperlink_to(url, url);
        }
        (None, None) if contact.status == ContactStatus::Placeholder => {
            ui.label("(nummer mangler)");
        }
        (None, None) => {}
    }
}

fn checklist(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let Some(level) = session.level(routine) else {
        return needs_level(ui);
    };
    level_heading(ui, routine, level);
    ui.label("Før dere skilles:");
    let mut command = None;
    let items = session::checklist(
        routine,
        level,
        session.audience.as_deref(),
        view.settings.sector.as_deref(),
    );
    for item in items {
        tick(ui, &session.done, item, Command::ToggleDone, &mut command);
    }
    command
}

fn summary(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let text = session::summary(view.session, routine, view.now);
    ui.label("Oppsummeringen inneholder ingen opplysninger om hvem personen er. Kopier den inn i ditt eget fagsystem hvis tjenesten din skal dokumentere samtalen. Programmet lagrer ingenting.");
    ui.add_space(6.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(&text);
    });
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button("Kopier oppsummering").clicked() {
            command = Some(Command::CopySummary(text.clone()));
        }
        if ui.button("Ny samtale").clicked() {
            command = Some(Command::Reset);
        }
    });
    command
}
