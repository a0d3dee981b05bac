//! The printables screen: choose a kind, where to save it, and see what happened.

use std::path::PathBuf;

use eframe::egui;

use crate::export::Kind;
use crate::routine::Routine;

use super::Command;

/// What the user has chosen on the screen so far (not about any person).
#[derive(Debug, Clone)]
pub struct PrintForm {
    pub kind: Kind,
    pub folder: String,
    /// The file name, when the user changed it; else the kind's own name.
    pub file_name: Option<String>,
}

impl PrintForm {
    /// Starts in the user's Documents folder (or home folder).
    pub fn new() -> Self {
        let folder = directories::UserDirs::new()
            .and_then(|dirs| {
                dirs.document_dir()
                    .map(PathBuf::from)
                    .or_else(|| Some(dirs.home_dir().to_owned()))
            })
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        PrintForm {
            kind: Kind::PocketCard,
            folder,
            file_name: None,
        }
    }
}

impl Default for PrintForm {
    fn default() -> Self {
        Self::new()
    }
}

/// The outcome of the last export, shown until the next one.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportStatus {
    Saved {
        path: PathBuf,
        warnings: Vec<String>,
    },
    Failed(String),
}

pub fn show(
    ui: &mut egui::Ui,
    routine: &Routine,
    form: &mut PrintForm,
    status: Option<&ExportStatus>,
) -> Option<Command> {
    let mut command = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading("Utskrifter");
            ui.label(format!(
                "Alle utskrifter lages fra rutinen som er i bruk: {}, versjon {}.",
                routine.metadata.title, routine.metadata.version
            ));
            ui.add_space(6.0);
            for kind in Kind::ALL {
                if ui.radio(form.kind == kind, kind.label()).clicked() && form.kind != kind {
                    form.kind = kind;
                    form.file_name = None;
                }
            }
            ui.add_space(6.0);
            let folder_label = ui.label("Mappe");
            ui.add(egui::TextEdit::singleline(&mut form.folder).desired_width(f32::INFINITY))
                .labelled_by(folder_label.id);
            let name_label = ui.label("Filnavn");
            let mut name = form
                .file_name
                .clone()
                .unwrap_or_else(|| form.kind.file_name(routine));
            let field = ui
                .add(egui::TextEdit::singleline(&mut name).desired_width(f32::INFINITY))
                .labelled_by(name_label.id);
            if field.changed() {
                form.file_name = Some(name.clone());
            }
            if ui.button("Lagre PDF").clicked() {
                let path = PathBuf::from(form.folder.trim()).join(name.trim());
                command = Some(Command::Export(form.kind, path));
            }
            if let Some(status) = status {
                ui.add_space(8.0);
                command = show_status(ui, status).or(command.take());
            }
        });
    });
    command
}

fn show_status(ui: &mut egui::Ui, status: &ExportStatus) -> Option<Command> {
    match status {
        ExportStatus::Saved { path, warnings } => {
            ui.label(egui::RichText::new(format!("Lagret: {}", path.display())).strong());
            for warning in warnings {
                ui.label(format!("OBS: {warning}"));
            }
            ui.button("Åpne filen")
                .clicked()
                .then(|| Command::OpenFile(path.clone()))
        }
        ExportStatus::Failed(message) => {
            ui.label(
                egui::RichText::new(format!("Utskriften ble ikke lagret: {message}")).strong(),
            );
            None
        }
    }
}
