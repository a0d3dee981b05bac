//! The conversation guide: from "I am worried" to "help is on the way", step by step,
//! every step drawn from the routine.

use eframe::egui;

use crate::i18n::{Guide, fill};
use crate::routine::reach::{ContactNow, contacts_now};
use crate::routine::{ContactStatus, Factor, Item, Level, Routine};
use crate::session::{self, Session, Step};

use super::{Command, View, level_colour};

/// Draws the guide: step list, the current step, and back/next/reset.
pub fn show(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let guide = &view.t.guide;
    let mut command = None;
    egui::Panel::bottom("navigasjon").show(ui, |ui| {
        command = navigation(ui, session.step, guide);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        command = steps(ui, session.step, guide).or(command.take());
        ui.separator();
        // A fresh scroll id per conversation: nothing of an old one is kept in memory.
        egui::ScrollArea::vertical()
            .id_salt(("steg", session.generation()))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(session.step.title(guide));
                let step_command = match session.step {
                    Step::Who => who(ui, routine, session, guide),
                    Step::Notice => notice(ui, routine, session, guide),
                    Step::Ask => ask(ui, routine, session, guide),
                    Step::Acute => acute(ui, routine, session, guide),
                    Step::Act => act(ui, routine, view),
                    Step::Checklist => checklist(ui, routine, view),
                    Step::Summary => summary(ui, routine, view),
                };
                command = command.take().or(step_command);
            });
    });
    command
}

/// The steps as buttons, or one button «Steg 4 av 7 · Er det akutt?» that opens them
/// where the buttons would take the step's room: more than one row at large text (above
/// 125 %), more than two at any size.
fn steps(ui: &mut egui::Ui, current: Step, guide: &Guide) -> Option<Command> {
    let label = |(i, step): (usize, &Step)| {
        fill(
            guide.step_button,
            &[("number", &(i + 1)), ("title", &step.title(guide))],
        )
    };
    let labels: Vec<String> = Step::ALL.iter().enumerate().map(label).collect();
    let mut command = None;
    let mut entry = |ui: &mut egui::Ui, step: Step, label: &str| {
        if ui.selectable_label(current == step, label).clicked() {
            command = Some(Command::GoTo(step));
            ui.close();
        }
    };
    let all = Step::ALL.iter().zip(&labels);
    let rows = super::rows_needed(ui, &labels.iter().map(String::as_str).collect::<Vec<_>>());
    let large_text = ui.ctx().zoom_factor() > 1.25;
    if rows == 1 || (rows == 2 && !large_text) {
        ui.horizontal_wrapped(|ui| all.for_each(|(step, label)| entry(ui, *step, label)));
    } else {
        let number = Step::ALL.iter().position(|s| *s == current).unwrap_or(0) + 1;
        let compact = fill(
            guide.step_of,
            &[
                ("number", &number),
                ("total", &Step::ALL.len()),
                ("title", &current.title(guide)),
            ],
        );
        ui.menu_button(compact, |ui| {
            all.for_each(|(step, label)| entry(ui, *step, label));
        });
    }
    command
}

fn navigation(ui: &mut egui::Ui, step: Step, guide: &Guide) -> Option<Command> {
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(step.previous().is_some(), egui::Button::new(guide.back))
            .clicked()
        {
            command = step.previous().map(Command::GoTo);
        }
        if ui
            .add_enabled(step.next().is_some(), egui::Button::new(guide.next))
            .clicked()
        {
            command = step.next().map(Command::GoTo);
        }
        if ui
            .button(guide.reset)
            .on_hover_text(guide.reset_hover)
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

/// The choices come first, right under the heading, so they are on screen even at large
/// text; what the choice does and the privacy note follow.
fn who(ui: &mut egui::Ui, routine: &Routine, session: &Session, guide: &Guide) -> Option<Command> {
    let mut command = None;
    if ui
        .radio(session.audience.is_none(), guide.no_audience)
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
    ui.add_space(4.0);
    ui.label(guide.who_intro);
    ui.add_space(8.0);
    for message in &routine.key_messages {
        ui.label(egui::RichText::new(&message.text).italics());
    }
    command
}

fn notice(
    ui: &mut egui::Ui,
    routine: &Routine,
    session: &Session,
    guide: &Guide,
) -> Option<Command> {
    let mut command = None;
    paragraphs(ui, &routine.warning_signs.intro);
    ui.label(egui::RichText::new(guide.signs_no_score).strong());
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
        (guide.risk_factors, &routine.risk_factors),
        (guide.triggering_situations, &routine.triggering_situations),
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
    egui::CollapsingHeader::new(guide.protective_factors).show(ui, |ui| {
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

fn ask(ui: &mut egui::Ui, routine: &Routine, session: &Session, guide: &Guide) -> Option<Command> {
    let ask = &routine.ask;
    paragraphs(ui, &ask.intro);
    let lists = [
        (guide.ask_phrasings, &ask.phrasings),
        (guide.ask_follow_up, &ask.follow_up),
        (guide.ask_level_questions, &ask.level_questions),
        (guide.dos, &ask.dos),
        (guide.donts, &ask.donts),
    ];
    for (title, items) in lists {
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

fn acute(
    ui: &mut egui::Ui,
    routine: &Routine,
    session: &Session,
    guide: &Guide,
) -> Option<Command> {
    let mut command = None;
    if let Some(rule) = &routine.level_rule {
        ui.label(egui::RichText::new(&rule.text).strong());
    }
    ui.label(egui::RichText::new(guide.tick_what_applies).strong());
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
            egui::RichText::new(fill(
                guide.level_chosen,
                &[("name", &l.name), ("title", &l.title)],
            ))
            .strong()
            .color(level_colour(ui, l.level)),
        ),
        None => ui.label(guide.level_not_chosen),
    };
    ui.horizontal_wrapped(|ui| {
        for level in &routine.levels {
            let allowed = floor.is_none_or(|f| level.level <= f);
            let text = egui::RichText::new(fill(guide.choose_level, &[("level", &level.name)]))
                .color(level_colour(ui, level.level));
            let button = egui::Button::selectable(current == Some(level.level), text);
            if ui.add_enabled(allowed, button).clicked() {
                command = Some(Command::ChooseLevel(level.level));
            }
        }
    });
    if floor.is_some() {
        ui.label(guide.only_higher);
    }
    command
}

fn needs_level(ui: &mut egui::Ui, guide: &Guide) -> Option<Command> {
    ui.label(guide.choose_level_first);
    let acute = Step::Acute.title(guide);
    ui.button(fill(guide.go_to_step, &[("step", &acute)]))
        .clicked()
        .then_some(Command::GoTo(Step::Acute))
}

fn act(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let Some(level) = session.level(routine) else {
        return needs_level(ui, &view.t.guide);
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
    let time = &view.t.time;
    let when = fill(
        time.date_at,
        &[
            ("day", &view.now.format("%d")),
            ("month", &view.now.format("%m")),
            ("time", &view.now.format("%H:%M")),
        ],
    );
    ui.label(egui::RichText::new(fill(view.t.guide.contact_now, &[("when", &when)])).strong());
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
    let guide = &view.t.guide;
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&contact.name).strong());
            number(ui, contact, guide);
        });
        ui.label(&contact.what_for);
        ui.label(crate::i18n::availability(
            reach.availability.as_ref(),
            view.now,
            &view.t.time,
        ));
        for other in &reach.instead {
            ui.horizontal_wrapped(|ui| {
                ui.label(crate::i18n::use_instead(reach, other, guide));
                number(ui, other, guide);
            });
        }
        if contact.status == ContactStatus::ToVerify {
            ui.label(guide.to_verify);
        }
    });
}

fn number(ui: &mut egui::Ui, contact: &crate::routine::Contact, guide: &Guide) {
    match (&contact.phone, &contact.url) {
        (Some(phone), _) => {
            ui.hyperlink_to(crate::i18n::call(phone, guide), phone.tel_uri());
        }
        (None, Some(url)) => {
            ui.hyperlink_to(url, url);
        }
        (None, None) if contact.status == ContactStatus::Placeholder => {
            ui.label(guide.number_missing);
        }
        (None, None) => {}
    }
}

fn checklist(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let Some(level) = session.level(routine) else {
        return needs_level(ui, &view.t.guide);
    };
    level_heading(ui, routine, level);
    ui.label(view.t.guide.before_parting);
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
    let guide = &view.t.guide;
    let text = session::summary(view.session, routine, view.now, guide);
    ui.label(guide.summary_privacy);
    ui.add_space(6.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(&text);
    });
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button(guide.copy_summary).clicked() {
            command = Some(Command::CopySummary(text.clone()));
        }
        if ui.button(guide.new_conversation).clicked() {
            command = Some(Command::Reset);
        }
    });
    command
}
