//! «Ring nå»: a number shown large over the screen, to dial on a phone, while the
//! system's own handler for `tel:` links (Teams, a softphone) is asked to call it.

use eframe::egui;

use crate::i18n::{Guide, fill};

use super::Command;

/// A number the employee asked to call: whom, the number as written, and its `tel:` link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calling {
    pub name: String,
    pub number: String,
    pub tel: String,
}

/// The number, large, with whom it reaches and how to call it; closes on «Lukk» or Esc.
pub fn show(ctx: &egui::Context, calling: &Calling, guide: &Guide) -> Option<Command> {
    let mut command = None;
    let modal = egui::Modal::new(egui::Id::unique("ring-na")).show(ctx, |ui| {
        ui.heading(fill(guide.calling_title, &[("number", &calling.number)]));
        let number = fill(guide.calling_number, &[("number", &calling.number)]);
        ui.label(egui::RichText::new(number).size(56.0).strong());
        ui.label(egui::RichText::new(&calling.name).size(20.0));
        ui.label(guide.calling_help);
        let close = ui.button(guide.calling_close);
        close.request_focus();
        if close.clicked() {
            command = Some(Command::CloseCall);
        }
    });
    if modal.should_close() {
        command = Some(Command::CloseCall);
    }
    command
}
