//! The bar at the top of every screen: "Akutt fare? Ring 113", with a `tel:` link.

use eframe::egui;

use crate::i18n::Common;

/// Draws the bar. It wraps rather than clips, so it stays readable at 200 % text size
/// and in a small window.
pub fn bar(ui: &mut egui::Ui, common: &Common) {
    let red = super::theme::EMERGENCY_RED;
    egui::Frame::new()
        .fill(red)
        .inner_margin(egui::Margin::symmetric(8, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(common.emergency_question)
                        .strong()
                        .size(20.0)
                        .color(super::theme::EMERGENCY_TEXT),
                );
                let link = egui::Hyperlink::from_label_and_url(
                    egui::RichText::new(common.emergency_call)
                        .strong()
                        .size(20.0)
                        .color(super::theme::EMERGENCY_TEXT)
                        .underline(),
                    "tel:113",
                );
                ui.add(link);
            });
        });
}
