//! The conversation guide: from "I am worried" to "help is on the way", step by step,
//! every step drawn from the routine.

use eframe::egui;

use crate::i18n::{Guide, fill};
use crate::routine::reach::{ContactNow, contacts_now, first_to_call, numbers_first};
use crate::routine::{ContactStatus, Factor, Item, Level, Routine};
use crate::session::{self, Answer, Session, Step};

use super::{Calling, Command, View, level_colour};

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
        if matches!(session.step, Step::Acute | Step::Act) {
            command = strip(ui, routine, view).or(command.take());
        }
        // A fresh scroll id per conversation and per step: every step opens at its
        // top, and nothing of an old conversation is kept in memory.
        egui::ScrollArea::vertical()
            .id_salt(("steg", session.generation(), session.step.number()))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(session.step.title(guide));
                let step_command = match session.step {
                    Step::Who => who(ui, routine, session, guide),
                    Step::Notice => notice(ui, routine, session, guide),
                    Step::Ask => ask(ui, routine, session, guide),
                    Step::Acute => acute(ui, routine, view),
                    Step::Act => act(ui, routine, view),
                    Step::Checklist => checklist(ui, routine, view),
                    Step::Summary => summary(ui, routine, view),
                };
                command = command.take().or(step_command);
            });
    });
    command
}

/// The level in force, in its colour, with its first action, and one large «Ring nå»
/// for the number to call first; at RØD on step 4, a button straight to step 5. Without
/// a level: «Nivå: ikke valgt ennå». Above the step, so it stays in sight.
fn strip(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let guide = &view.t.guide;
    let mut command = None;
    let Some(level) = session.level(routine).and_then(|l| routine.level(l)) else {
        ui.label(egui::RichText::new(guide.strip_none).strong().size(18.0));
        ui.separator();
        return None;
    };
    ui.horizontal_wrapped(|ui| {
        super::theme::level_symbol(ui, level.level);
        let first = level
            .actions
            .iter()
            .find(|a| for_audience(a, session))
            .map_or("", |a| first_sentence(&a.text));
        let text = fill(
            guide.strip_level,
            &[("name", &level.name), ("first", &first)],
        );
        let colour = level_colour(ui, level.level);
        ui.label(egui::RichText::new(text).strong().size(18.0).color(colour));
    });
    ui.horizontal_wrapped(|ui| {
        let contacts = contacts_now(
            routine,
            level.level,
            session.audience.as_deref(),
            view.settings.sector.as_deref(),
            view.now,
        );
        let criteria = session.criteria_in_force(routine);
        if let Some(contact) = first_to_call(routine, level.level, &criteria, &contacts) {
            let focus = view.step_entered && session.step == Step::Act;
            command = ring_now(ui, contact, guide, focus).or(command.take());
        }
        if session.step == Step::Acute && level.level == Level::Red {
            let to = fill(guide.to_act, &[("step", &Step::Act.title(guide))]);
            if ui.button(to).clicked() {
                command = Some(Command::GoTo(Step::Act));
            }
        }
    });
    ui.separator();
    command
}

/// The first sentence of an action: up to and with the first full stop before a space.
fn first_sentence(text: &str) -> &str {
    text.find(". ").map_or(text, |end| &text[..=end])
}

/// One large button, «Ring nå: 113 – Medisinsk nødtelefon», that asks to call the number.
fn ring_now(
    ui: &mut egui::Ui,
    contact: &crate::routine::Contact,
    guide: &Guide,
    focus: bool,
) -> Option<Command> {
    let phone = contact.phone.as_ref()?;
    let text = fill(
        guide.ring_now_named,
        &[("number", &phone.display), ("name", &contact.name)],
    );
    let button = egui::Button::new(egui::RichText::new(text).size(22.0).strong());
    let response = ui.add(button);
    if focus {
        response.request_focus();
    }
    response
        .clicked()
        .then(|| Command::Call(calling(contact, phone)))
}

/// What «Ring nå» and every number ask the app to call.
fn calling(contact: &crate::routine::Contact, phone: &crate::routine::Phone) -> Calling {
    Calling {
        name: contact.name.clone(),
        number: phone.display.clone(),
        tel: phone.tel_uri(),
    }
}

/// The space between two step buttons, and inside each on the sides, in points.
const STEP_GAP: f32 = 3.0;
const STEP_PADDING: f32 = 3.0;
/// The step buttons' type, as a share of the body text (17 points at 100 %: 15).
const STEP_TEXT_SCALE: f32 = 0.88;

/// The steps as buttons, or one button «Steg 4 av 7 · Er det akutt?» that opens them
/// where the buttons would take the step's room: more than one row at large text (above
/// 125 %), more than two at any size.
fn steps(ui: &mut egui::Ui, current: Step, guide: &Guide) -> Option<Command> {
    ui.scope(|ui| step_buttons(ui, current, guide)).inner
}

fn step_buttons(ui: &mut egui::Ui, current: Step, guide: &Guide) -> Option<Command> {
    let label = |(i, step): (usize, &Step)| {
        fill(
            guide.step_button,
            &[("number", &(i + 1)), ("title", &step.title(guide))],
        )
    };
    let labels: Vec<String> = Step::ALL.iter().enumerate().map(label).collect();
    // Tight buttons in a slightly smaller type, so the seven steps fit one row in a
    // window 960 pixels wide at 100 %.
    ui.spacing_mut().item_spacing.x = STEP_GAP;
    ui.spacing_mut().button_padding.x = STEP_PADDING;
    let style = ui.style_mut();
    // egui 0.37 sets a button's text in the body style.
    if let Some(font) = style.text_styles.get_mut(&egui::TextStyle::Body) {
        font.size *= STEP_TEXT_SCALE;
    }
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

/// Step 4: the routine's level questions first, level by level as the rule asks them,
/// then every criterion to tick, then the choice of a higher level.
fn acute(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let guide = &view.t.guide;
    let mut command = gate(ui, routine, view);
    egui::CollapsingHeader::new(egui::RichText::new(guide.all_criteria).strong())
        .id_salt(("alle-kriterier", session.generation()))
        .default_open(true)
        .show(ui, |ui| {
            if let Some(rule) = &routine.level_rule {
                ui.label(egui::RichText::new(&rule.text).strong());
            }
            ui.label(egui::RichText::new(guide.tick_what_applies).strong());
            let answered = session.answered_criteria(routine);
            for level in &routine.levels {
                ui.add_space(6.0);
                level_heading(ui, routine, level.level);
                ui.label(&level.summary);
                for criterion in level.criteria.iter().filter(|c| for_audience(c, session)) {
                    if answered.contains(&criterion.id) {
                        let text = fill(guide.from_answer, &[("criterion", &criterion.text)]);
                        ui.add_enabled(false, egui::Checkbox::new(&mut true, text));
                        continue;
                    }
                    let text = marked(criterion, routine, view);
                    let mut checked = session.criteria.contains(&criterion.id);
                    if ui.checkbox(&mut checked, text).changed() {
                        command = Some(Command::ToggleCriterion(criterion.id.clone()));
                    }
                }
            }
            audience_note(
                ui,
                routine,
                view,
                routine.levels.iter().flat_map(|l| &l.criteria),
            );
        });
    ui.separator();
    command = choose_higher(ui, routine, session, guide).or(command);
    command
}

/// The level questions of the levels the gate has reached, each with «Ja», «Nei» and
/// «Vet ikke»; the first answer takes the keyboard focus when the step opens.
fn gate(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let guide = &view.t.guide;
    let questions = session::gate(routine);
    if questions.is_empty() {
        return None;
    }
    let mut command = None;
    ui.label(guide.gate_intro);
    let mut focus = view.step_entered;
    for level in session.gate_levels(routine) {
        let name = routine
            .level(level)
            .map_or(level.key(), |l| l.name.as_str());
        let heading = fill(guide.gate_level, &[("level", &name)]);
        let colour = level_colour(ui, level);
        ui.add_space(6.0);
        ui.label(egui::RichText::new(heading).strong().color(colour));
        for (_, question) in questions.iter().filter(|(l, _)| *l == level) {
            // The question and its answers on one line where there is room for both.
            ui.horizontal_wrapped(|ui| {
                ui.label(&question.text);
                let answers = [
                    (Answer::Yes, guide.answer_yes),
                    (Answer::No, guide.answer_no),
                    (Answer::Unclear, guide.answer_unclear),
                ];
                for (answer, word) in answers {
                    let selected = session.answers.get(&question.id) == Some(&answer);
                    let response = ui.add(egui::Button::new(word).selected(selected));
                    let named = fill(
                        guide.answer_named,
                        &[("answer", &word), ("question", &question.text)],
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &named)
                    });
                    if std::mem::take(&mut focus) {
                        response.request_focus();
                    }
                    if response.clicked() {
                        command = Some(Command::Answer(question.id.clone(), answer));
                    }
                }
            });
        }
    }
    let done = questions
        .iter()
        .all(|(_, q)| session.answers.contains_key(&q.id));
    if done && session.level(routine).is_none() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(guide.gate_all_no).strong());
    }
    ui.add_space(6.0);
    command
}

/// The level in force, and buttons to choose a higher one than the answers and ticks give.
fn choose_higher(
    ui: &mut egui::Ui,
    routine: &Routine,
    session: &Session,
    guide: &Guide,
) -> Option<Command> {
    let mut command = None;
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

/// An item's text, marked with its audience when it is shown only for the one chosen.
fn marked(item: &Item, routine: &Routine, view: &View<'_>) -> String {
    match audience_label(routine, view.session) {
        Some(audience) if !item.audiences.is_empty() => fill(
            view.t.guide.for_audience_mark,
            &[("text", &item.text), ("audience", &audience)],
        ),
        _ => item.text.clone(),
    }
}

/// The label of the audience chosen in step 1.
fn audience_label<'r>(routine: &'r Routine, session: &Session) -> Option<&'r str> {
    let id = session.audience.as_deref()?;
    routine
        .audiences
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.label.as_str())
}

/// What step 1's choice changes here: the items marked for it, or that it changes nothing.
fn audience_note<'i>(
    ui: &mut egui::Ui,
    routine: &Routine,
    view: &View<'_>,
    items: impl IntoIterator<Item = &'i Item>,
) {
    let changes = items
        .into_iter()
        .any(|i| !i.audiences.is_empty() && for_audience(i, view.session));
    audience_line(ui, routine, view, changes);
}

fn needs_level(ui: &mut egui::Ui, guide: &Guide) -> Option<Command> {
    ui.label(guide.choose_level_first);
    let acute = Step::Acute.title(guide);
    ui.button(fill(guide.go_to_step, &[("step", &acute)]))
        .clicked()
        .then_some(Command::GoTo(Step::Acute))
}

/// Step 5: the level's actions, then whom to contact now, those with a number first
/// (the strip above has already offered the number to call first).
fn act(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let session = view.session;
    let Some(level) = session.level(routine) else {
        return no_level(ui, routine, view);
    };
    let mut command = None;
    level_heading(ui, routine, level);
    let l = routine.level(level)?;
    for (i, action) in l
        .actions
        .iter()
        .filter(|a| for_audience(a, session))
        .enumerate()
    {
        ui.label(format!("{}. {}", i + 1, marked(action, routine, view)));
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
    let contacts = numbers_first(contacts_now(
        routine,
        level,
        session.audience.as_deref(),
        view.settings.sector.as_deref(),
        view.now,
    ));
    for contact in &contacts {
        command = contact_row(ui, contact, routine, view).or(command);
    }
    let contact_items = contacts.iter().map(|c| c.contact);
    let with_audience = l.actions.iter().any(|a| !a.audiences.is_empty())
        || contact_items.clone().any(|c| !c.audiences.is_empty());
    audience_line(ui, routine, view, with_audience);
    command
}

/// Step 5 before a level is chosen: 113 and the out-of-hours doctor all the same, and how
/// to choose a level.
fn no_level(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let guide = &view.t.guide;
    let mut command = None;
    ui.label(egui::RichText::new(guide.no_level_yet).strong());
    let none = std::collections::BTreeSet::new();
    for level in [Level::Red, Level::Yellow] {
        let contacts = contacts_now(routine, level, None, None, view.now);
        if let Some(contact) = first_to_call(routine, level, &none, &contacts) {
            let focus = view.step_entered && level == Level::Red;
            command = ring_now(ui, contact, guide, focus).or(command);
        }
    }
    let acute = Step::Acute.title(guide);
    if ui
        .button(fill(guide.go_to_step, &[("step", &acute)]))
        .clicked()
    {
        command = Some(Command::GoTo(Step::Acute));
    }
    command
}

/// What step 1's choice changes on this step, when the employee made one.
fn audience_line(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>, changes: bool) {
    let Some(audience) = audience_label(routine, view.session) else {
        return;
    };
    let guide = &view.t.guide;
    let note = if changes {
        guide.audience_changes
    } else {
        guide.audience_changes_nothing
    };
    ui.label(egui::RichText::new(fill(note, &[("audience", &audience)])).weak());
}

/// One contact: name, number to call, what for, open now or not, and what to use
/// instead while it is closed.
fn contact_row(
    ui: &mut egui::Ui,
    reach: &ContactNow<'_>,
    routine: &Routine,
    view: &View<'_>,
) -> Option<Command> {
    let contact = reach.contact;
    let guide = &view.t.guide;
    let mut command = None;
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            let name = match audience_label(routine, view.session) {
                Some(audience) if !contact.audiences.is_empty() => fill(
                    guide.for_audience_mark,
                    &[("text", &contact.name), ("audience", &audience)],
                ),
                _ => contact.name.clone(),
            };
            ui.label(egui::RichText::new(name).strong());
            command = number(ui, contact, guide).or(command.take());
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
                command = number(ui, other, guide).or(command.take());
            });
        }
        if contact.status == ContactStatus::ToVerify {
            ui.label(guide.to_verify);
        }
    });
    command
}

/// A contact's number as a link that asks to call it (and shows it large), its web
/// address as a link, or that the number is missing.
fn number(ui: &mut egui::Ui, contact: &crate::routine::Contact, guide: &Guide) -> Option<Command> {
    match (&contact.phone, &contact.url) {
        (Some(phone), _) => ui
            .link(crate::i18n::call(phone, guide))
            .clicked()
            .then(|| Command::Call(calling(contact, phone))),
        (None, Some(url)) => {
            ui.hyperlink_to(url, url);
            None
        }
        (None, None) if contact.status == ContactStatus::Placeholder => {
            ui.label(guide.number_missing);
            None
        }
        (None, None) => None,
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
