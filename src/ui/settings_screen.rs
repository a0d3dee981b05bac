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
        ui.radio_value(&mut edited.theme, Theme::HighContrast, "Høy kontrast");
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
    let mut command = (edited != *current).then_some(Command::SaveSettings(edited));
    if let Some(path) = routine_path(ui, current) {
        command = Some(Command::SaveSettings(Settings {
            routine_path: path,
            ..current.clone()
        }));
    }
    command
}

/// The routine file: a path typed or pasted by IT staff, used from the next start.
/// Returns the new path when the user applies it (`None` inside: the embedded routine).
fn routine_path(ui: &mut egui::Ui, current: &Settings) -> Option<Option<std::path::PathBuf>> {
    let heading = ui.label(egui::RichText::new("Rutinefil").strong());
    ui.label(match &current.routine_path {
        Some(path) => format!("I bruk fra neste oppstart: {}", path.display()),
        None => "Den innebygde rutinen brukes.".to_owned(),
    });
    let draft_id = ui.scope_id().with("rutinefil-utkast");
    let mut draft = ui.data_mut(|d| {
        d.get_temp_mut_or_insert_with(draft_id, || {
            current
                .routine_path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        })
        .clone()
    });
    let field = ui.add(
        egui::TextEdit::singleline(&mut draft)
            .hint_text("Sti til en rutinefil, for eksempel på en felles disk")
            .desired_width(f32::INFINITY),
    );
    let field = field.labelled_by(heading.id);
    ui.data_mut(|d| d.insert_temp(draft_id, draft.clone()));
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button("Bruk denne rutinefilen").clicked() || submitted {
            let trimmed = draft.trim();
            chosen = Some((!trimmed.is_empty()).then(|| trimmed.into()));
        }
        if ui.button("Bruk den innebygde rutinen").clicked() {
            ui.data_mut(|d| d.insert_temp(draft_id, String::new()));
            chosen = Some(None);
        }
    });
    chosen
}
