//! Training mode: the presentation, practice cases and the self-check, side by side as
//! tabs, the presentation saved as a PDF for a PC without the program, and the staff
//! course saved as a package for a learning platform. Nothing shown or answered here is
//! saved.

use eframe::egui;

use crate::export::Kind;
use crate::routine::Routine;
use crate::training::{Action, Part};

use super::{Command, View, practice, presentation, print_screen, self_check};

pub fn show(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let (training, t) = (view.training, view.t);
    let mut command = None;
    let presenting = training.part == Part::Presentation;
    if !(presenting && training.full_screen) {
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
                    command = Some(Command::PrepareExport(Kind::Handout));
                }
                if presenting {
                    command = save_slides(ui, routine, view).or(command.take());
                }
                if ui.button(t.training.save_course).clicked() {
                    command = Some(Command::SaveCoursePackage);
                }
            });
            if let Some(status) = view.export_status {
                command =
                    print_screen::show_status(ui, status, routine, &t.print).or(command.take());
            }
        });
    }
    let part_command = match training.part {
        Part::Presentation => presentation::show(ui, view.slides, training, t),
        Part::Cases => practice::show(ui, routine, training, t),
        Part::SelfCheck => self_check::show(ui, routine, training, t),
    };
    command.or(part_command)
}

/// «Lagre som PDF»: the slides, or the slides with notes, through the system's dialog.
fn save_slides(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let t = view.t;
    let mut command = None;
    ui.menu_button(t.training.save_slides, |ui| {
        for (kind, label) in [
            (Kind::Slides, t.training.save_slides_only),
            (Kind::SlideNotes, t.training.save_slides_notes),
        ] {
            if ui.button(label).clicked() {
                command = Some(Command::SaveAs(kind, kind.file_name(routine)));
                ui.close();
            }
        }
    });
    command
}
