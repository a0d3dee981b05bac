//! The settings screen: theme, text size, sector and routine file.

use eframe::egui;

use crate::routine::Routine;
use crate::settings::{Settings, TEXT_SCALE_RANGE, Theme};

use super::{Command, Screen, View};

pub fn show(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let mut command = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading("Innstillinger");
            ui.label(
                "Innstillingene er det eneste programmet lagrer. Ingenting fra samtaler lagres.",
            );
            if let Some(path) = view.settings_path {
                ui.label(format!("Lagres i {}", path.display()));
            }
            command = form(ui, routine, view.settings);
            ui.add_space(8.0);
            if ui.button("Tilbake til samtalen").clicked() {
                command = Some(Command::Show(Screen::Guide));
            }
        });
    });
    command
}

fn form(ui: &mut egui::Ui, routine: &Routine, current: &Settings) -> Option<Command> {
    let mut edited = current.clone();
    ui.add_space(6.0);
    ui.label(egui::RichText::new("Utseende").strong());
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut edited.theme, Theme::Light, "Lyst");
        ui.radio_value(&mut edited.theme, Theme::Dark, "Mørkt");
    });
    ui.label(egui::RichText::new("Tekststørrelse").strong());
    ui.horizontal_wrapped(|ui| {
        for percent in (*TEXT_SCALE_RANGE.start()..=*TEXT_SCALE_RANGE.end()).step_by(25) {
            ui.radio_value(
                &mut edited.text_scale_percent,
                percent,
                format!("{percent} %"),
            );
        }
    });
    ui.label(egui::RichText::new("Arbeidssted").strong());
    ui.radio_value(&mut edited.sector, None, "Ikke valgt");
    for sector in &routine.sectors {
        ui.radio_value(&mut edited.sector, Some(sector.id.clone()), &sector.label);
    }
    ui.label(egui::RichText::new("Språk").strong());
    ui.label("Bokmål");
    ui.label(egui::RichText::new("Rutinefil").strong());
    ui.label(match &current.routine_path {
        Some(path) => format!("{} (brukes ved neste oppstart)", path.display()),
        None => "Den innebygde rutinen".to_owned(),
    });
    (edited != *current).then_some(Command::SaveSettings(edited))
}
