//! Practice cases: a group reads a fictional case, marks the signs it sees, chooses a
//! level and contacts, then sees the routine's answer beside its own.

use eframe::egui;

use crate::i18n::{Texts, fill};
use crate::routine::{Factor, Item, PracticeCase, Routine};
use crate::training::practice::{Comparison, Differences, compare};
use crate::training::{Action, Training};

use super::{Command, level_colour};

pub fn show(
    ui: &mut egui::Ui,
    routine: &Routine,
    training: &Training,
    t: &Texts,
) -> Option<Command> {
    let mut command = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for (i, case) in routine.cases.iter().enumerate() {
                        if ui
                            .selectable_label(training.case == i, &case.title)
                            .clicked()
                        {
                            command = Some(Command::Training(Action::ChooseCase(i)));
                        }
                    }
                });
                ui.separator();
                if let Some(case) = routine.cases.get(training.case) {
                    command = case_view(ui, routine, case, training, t).or(command.take());
                }
            });
    });
    command
}

fn act(command: &mut Option<Command>, action: Action) {
    *command = Some(Command::Training(action));
}

fn case_view(
    ui: &mut egui::Ui,
    routine: &Routine,
    case: &PracticeCase,
    training: &Training,
    t: &Texts,
) -> Option<Command> {
    let mut command = None;
    ui.heading(&case.title);
    ui.label(t.training.case_intro);
    for paragraph in &case.story {
        ui.label(paragraph);
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t.training.what_do_you_notice).strong());
    for group in &routine.warning_signs.groups {
        egui::CollapsingHeader::new(&group.title)
            .id_salt(("case-signs", &group.id))
            .show(ui, |ui| {
                for sign in &group.signs {
                    tick(
                        ui,
                        training.answer.signs.contains(&sign.id),
                        sign,
                        &mut command,
                    );
                }
            });
    }
    for (salt, title, list) in [
        ("risk", t.training.risk_factors, &routine.risk_factors),
        (
            "triggering",
            t.training.triggering_situations,
            &routine.triggering_situations,
        ),
    ] {
        egui::CollapsingHeader::new(title)
            .id_salt(("case-factors", salt))
            .show(ui, |ui| {
                for group in &list.groups {
                    factor_ticks(ui, &group.factors, training, &mut command);
                }
            });
    }
    ui.label(egui::RichText::new(t.training.which_level).strong());
    ui.horizontal_wrapped(|ui| {
        for level in &routine.levels {
            let text = egui::RichText::new(format!("{} – {}", level.name, level.title))
                .color(level_colour(ui, level.level));
            if ui
                .radio(training.answer.level == Some(level.level), text)
                .clicked()
            {
                act(&mut command, Action::ChooseLevel(level.level));
            }
        }
    });
    ui.label(egui::RichText::new(t.training.whom_to_contact).strong());
    egui::CollapsingHeader::new(t.training.contacts)
        .id_salt("case-contacts")
        .show(ui, |ui| {
            for contact in &routine.contacts {
                let mut checked = training.answer.contacts.contains(&contact.id);
                if ui.checkbox(&mut checked, &contact.name).changed() {
                    act(&mut command, Action::ToggleContact(contact.id.clone()));
                }
            }
        });
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.training.reveal).clicked() {
            act(&mut command, Action::Reveal);
        }
        if ui.button(t.training.try_again).clicked() {
            act(&mut command, Action::TryAgain);
        }
    });
    if training.revealed {
        ui.separator();
        let c = compare(routine, case, &training.answer);
        comparison(ui, routine, case, &c, t);
    }
    command
}

fn tick(ui: &mut egui::Ui, checked: bool, item: &Item, command: &mut Option<Command>) {
    let mut checked = checked;
    if ui.checkbox(&mut checked, &item.text).changed() {
        act(command, Action::ToggleSign(item.id.clone()));
    }
}

fn factor_ticks(
    ui: &mut egui::Ui,
    factors: &[Factor],
    training: &Training,
    command: &mut Option<Command>,
) {
    for factor in factors {
        tick(
            ui,
            training.answer.signs.contains(&factor.item.id),
            &factor.item,
            command,
        );
        if !factor.children.is_empty() {
            ui.indent(("case-child", &factor.item.id), |ui| {
                factor_ticks(ui, &factor.children, training, command)
            });
        }
    }
}

fn comparison(
    ui: &mut egui::Ui,
    routine: &Routine,
    case: &PracticeCase,
    c: &Comparison<'_>,
    t: &Texts,
) {
    ui.heading(t.training.comparison);
    let name = |level| {
        routine
            .level(level)
            .map_or(String::new(), |l| format!("{} – {}", l.name, l.title))
    };
    ui.label(
        egui::RichText::new(fill(
            t.training.routine_level,
            &[("level", &name(c.routine_level))],
        ))
        .strong()
        .color(level_colour(ui, c.routine_level)),
    );
    ui.label(match c.group_level {
        Some(level) if c.same_level() => {
            fill(t.training.chose_the_same, &[("level", &name(level))])
        }
        Some(level) => fill(t.training.chose, &[("level", &name(level))]),
        None => t.training.chose_no_level.to_owned(),
    });
    deciding_criteria(ui, routine, case, t);
    case_guidance(ui, routine, case, t);
    ui.label(fill(t.training.why, &[("why", &case.why)]));
    let signs = [
        t.training.signs_both,
        t.training.signs_only_routine,
        t.training.signs_only_group,
    ];
    differences(ui, signs, &c.signs, |i| i.text.clone());
    let contacts = [
        t.training.contacts_both,
        t.training.contacts_only_routine,
        t.training.contacts_only_group,
    ];
    differences(ui, contacts, &c.contacts, |c| c.name.clone());
    ui.label(egui::RichText::new(t.training.for_discussion).strong());
    for question in &case.discussion {
        ui.label(format!("• {question}"));
    }
}

/// The level criteria the case's story meets, each with its level, and a note when the
/// routine chose higher because of a doubt.
fn deciding_criteria(ui: &mut egui::Ui, routine: &Routine, case: &PracticeCase, t: &Texts) {
    if case.criteria.is_empty() {
        return;
    }
    ui.label(egui::RichText::new(t.training.deciding_criteria).strong());
    for (level, criterion) in case.criteria.iter().filter_map(|id| routine.criterion(id)) {
        let name = routine
            .level(level)
            .map_or(level.key(), |l| l.name.as_str());
        let line = fill(
            t.training.criterion_line,
            &[("level", &name), ("text", &criterion.text)],
        );
        ui.label(egui::RichText::new(format!("• {line}")).color(level_colour(ui, level)));
    }
    if case.ved_tvil
        && let Some(level) = routine
            .level_of_criteria(case)
            .and_then(|l| routine.level(l))
    {
        ui.label(fill(t.training.ved_tvil_note, &[("level", &level.name)]));
    }
}

/// The guidance items the case's story turns on, each with its section's title.
fn case_guidance(ui: &mut egui::Ui, routine: &Routine, case: &PracticeCase, t: &Texts) {
    if case.guidance.is_empty() {
        return;
    }
    ui.label(egui::RichText::new(t.training.case_guidance).strong());
    for (section, item) in case
        .guidance
        .iter()
        .filter_map(|id| routine.guidance_item(id))
    {
        let line = fill(
            t.training.guidance_line,
            &[("section", &section.title), ("text", &item.text)],
        );
        ui.label(format!("• {line}"));
    }
}

/// The three lists of a comparison under their headings: in both, only in the routine's
/// answer, only in the group's (each heading a template with a `{count}`).
fn differences<T>(
    ui: &mut egui::Ui,
    headings: [&str; 3],
    d: &Differences<T>,
    text: impl Fn(&T) -> String,
) {
    let [both, only_routine, only_group] = headings;
    for (heading, list) in [
        (both, &d.both),
        (only_routine, &d.only_routine),
        (only_group, &d.only_group),
    ] {
        let heading = fill(heading, &[("count", &list.len())]);
        ui.label(egui::RichText::new(heading).strong());
        for entry in list {
            ui.label(format!("• {}", text(entry)));
        }
    }
}
