//! The self-check: one question after another with immediate feedback and a score on
//! screen. Nothing is saved; a new round starts clean.

use eframe::egui;

use crate::i18n::{Texts, fill};
use crate::routine::Routine;
use crate::training::{Action, Training};

use super::Command;

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
                let (right, answered) = training.round.score(routine);
                ui.heading(t.training.self_check);
                ui.label(fill(
                    t.training.score,
                    &[
                        ("right", &right),
                        ("answered", &answered),
                        ("total", &routine.self_check.len()),
                    ],
                ));
                if ui.button(t.training.new_round).clicked() {
                    command = Some(Command::Training(Action::NewRound));
                }
                for (q, question) in routine.self_check.iter().enumerate() {
                    ui.separator();
                    ui.label(
                        egui::RichText::new(format!("{}. {}", q + 1, question.question)).strong(),
                    );
                    let chosen = training.round.chosen(q);
                    for (o, option) in question.options.iter().enumerate() {
                        let button = egui::Button::selectable(chosen == Some(o), &option.text);
                        if ui.add_enabled(chosen.is_none(), button).clicked() {
                            command = Some(Command::Training(Action::Answer {
                                question: q,
                                option: o,
                            }));
                        }
                    }
                    if let Some(o) = chosen {
                        let right = question.options.get(o).is_some_and(|opt| opt.correct);
                        let verdict = if right {
                            t.training.right
                        } else {
                            t.training.wrong
                        };
                        ui.label(egui::RichText::new(verdict).strong());
                        ui.label(&question.explanation);
                    }
                }
            });
    });
    command
}
