//! Practice cases: a group reads a fictional case, marks the signs it sees, chooses a
//! level and contacts, then sees the routine's answer beside its own.

use eframe::egui;

use crate::routine::{Factor, Item, PracticeCase, Routine};
use crate::training::practice::{Comparison, Differences, compare};
use crate::training::{Action, Training};

use super::{Command, level_colour};

pub fn show(ui: &mut egui::Ui, routine: &Routine, training: &Training) -> Option<Command> {
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
                    command = case_view(ui, routine, case, training).or(command.take());
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
) -> Option<Command> {
    let mut command = None;
    ui.heading(&case.title);
    ui.label("En oppdiktet øvingscase. Les den sammen, og svar som gruppe.");
    for paragraph in &case.story {
        ui.label(paragraph);
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new("1. Hva legger dere merke til?").strong());
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
    for (title, list) in [
        ("Risikofaktorer", &routine.risk_factors),
        (
            "Situasjoner som bør skjerpe oppmerksomheten",
            &routine.triggering_situations,
        ),
    ] {
        egui::CollapsingHeader::new(title)
            .id_salt(("case-factors", title))
            .show(ui, |ui| {
                for group in &list.groups {
                    factor_ticks(ui, &group.factors, training, &mut command);
                }
            });
    }
    ui.label(egui::RichText::new("2. Hvilket handlingsnivå?").strong());
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
    ui.label(egui::RichText::new("3. Hvem kontakter dere?").strong());
    egui::CollapsingHeader::new("Kontakter")
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
        if ui.button("Vis rutinens svar").clicked() {
            act(&mut command, Action::Reveal);
        }
        if ui.button("Prøv på nytt").clicked() {
            act(&mut command, Action::TryAgain);
        }
    });
    if training.revealed {
        ui.separator();
        comparison(ui, routine, case, &compare(routine, case, &training.answer));
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

fn comparison(ui: &mut egui::Ui, routine: &Routine, case: &PracticeCase, c: &Comparison<'_>) {
    ui.heading("Rutinens svar ved siden av deres");
    let name = |level| {
        routine
            .level(level)
            .map_or(String::new(), |l| format!("{} – {}", l.name, l.title))
    };
    ui.label(
        egui::RichText::new(format!("Rutinen: {}", name(c.routine_level)))
            .strong()
            .color(level_colour(ui, c.routine_level)),
    );
    ui.label(match c.group_level {
        Some(level) if c.same_level() => format!("Dere valgte det samme: {}", name(level)),
        Some(level) => format!("Dere valgte: {}", name(level)),
        None => "Dere valgte ikke noe nivå.".to_owned(),
    });
    ui.label(format!("Hvorfor: {}", case.why));
    differences(ui, "Tegn", &c.signs, |i| i.text.clone());
    differences(ui, "Kontakter", &c.contacts, |c| c.name.clone());
    ui.label(egui::RichText::new("Til diskusjon").strong());
    for question in &case.discussion {
        ui.label(format!("• {question}"));
    }
}

fn differences<T>(ui: &mut egui::Ui, what: &str, d: &Differences<T>, text: impl Fn(&T) -> String) {
    for (heading, list) in [
        (format!("{what} både dere og rutinen har med"), &d.both),
        (
            format!("{what} rutinen har med, men ikke dere"),
            &d.only_routine,
        ),
        (
            format!("{what} dere har med, men ikke rutinen"),
            &d.only_group,
        ),
    ] {
        ui.label(egui::RichText::new(format!("{heading} ({})", list.len())).strong());
        for entry in list {
            ui.label(format!("• {}", text(entry)));
        }
    }
}
