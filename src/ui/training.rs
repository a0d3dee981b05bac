//! Training mode: the presentation, practice cases and the self-check, side by side as
//! tabs. Nothing shown or answered here is saved.

use eframe::egui;

use crate::i18n::Texts;
use crate::routine::Routine;
use crate::training::slides::Slide;
use crate::training::{Action, Part, Training};

use super::{Command, practice, presentation, self_check};

pub fn show(
    ui: &mut egui::Ui,
    routine: &Routine,
    slides: &[Slide],
    training: &Training,
    t: &Texts,
) -> Option<Command> {
    let mut command = None;
    egui::Panel::top("opplaering-faner").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for (part, label) in [
                (Part::Presentation, t.training.presentation),
                (Part::Cases, t.training.cases),
                (Part::SelfCheck, t.training.self_check),
            ] {
                if ui.selectable_label(training.part == part, label).clicked() {
                    command = Some(Command::Training(Action::ShowPart(part)));
                }
            }
            if ui.button(t.training.make_handout).clicked() {
                command = Some(Command::PrepareExport(crate::export::Kind::Handout));
            }
        });
    });
    let part_command = match training.part {
        Part::Presentation => presentation::show(ui, slides, training, t),
        Part::Cases => practice::show(ui, routine, training, t),
        Part::SelfCheck => self_check::show(ui, routine, training, t),
    };
    command.or(part_command)
}
