//! The printables screen: choose a kind, where to save it, and see what happened.

use std::path::PathBuf;

use eframe::egui;

use crate::export::{ExportError, Kind};
use crate::i18n::{Language, Print, fill};
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

impl PrintForm {
    /// The folder typed in the form, where a dialog starts; `None` when it is empty.
    pub fn chosen_folder(&self) -> Option<PathBuf> {
        let folder = self.folder.trim();
        (!folder.is_empty()).then(|| PathBuf::from(folder))
    }
}

impl Default for PrintForm {
    fn default() -> Self {
        Self::new()
    }
}

/// Why an export failed, for the window to word in its language.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportFailure {
    Font,
    /// The file could not be written; `error` is the system's own message.
    Write {
        file: String,
        error: String,
    },
}

impl From<ExportError> for ExportFailure {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Font => ExportFailure::Font,
            ExportError::Write { path, source } => ExportFailure::Write {
                file: path,
                error: source.to_string(),
            },
        }
    }
}

/// The outcome of the last export, shown until the next one.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportStatus {
    Saved {
        path: PathBuf,
        /// Contacts printed without a number.
        placeholders: Vec<String>,
        /// The system could not open the file or its folder: say where it is.
        could_not_show: bool,
    },
    Failed(ExportFailure),
}

pub fn show(
    ui: &mut egui::Ui,
    routine: &Routine,
    form: &mut PrintForm,
    status: Option<&ExportStatus>,
    print: &Print,
    // Whether the printables' language (the routine's) differs from the window's.
    other_language: bool,
) -> Option<Command> {
    let mut command = None;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(print.title);
            let meta = &routine.metadata;
            ui.label(fill(
                print.made_from,
                &[("title", &meta.title), ("version", &meta.version)],
            ));
            if other_language {
                ui.label(print.in_routine_language);
            }
            ui.add_space(6.0);
            for kind in Kind::ALL {
                let label = crate::i18n::printable(kind, print);
                if ui.radio(form.kind == kind, label).clicked() && form.kind != kind {
                    form.kind = kind;
                    form.file_name = None;
                }
            }
            ui.add_space(6.0);
            let folder_label = ui.label(print.folder);
            ui.add(egui::TextEdit::singleline(&mut form.folder).desired_width(f32::INFINITY))
                .labelled_by(folder_label.id);
            let name_label = ui.label(print.file_name);
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
            ui.horizontal_wrapped(|ui| {
                if ui.button(print.save_pdf).clicked() {
                    let path = PathBuf::from(form.folder.trim()).join(name.trim());
                    command = Some(Command::Export(form.kind, path));
                }
                // The system's own dialog, starting in the folder and with the name above.
                if ui.button(print.save_as).clicked() {
                    command = Some(Command::SaveAs(form.kind, name.trim().to_owned()));
                }
            });
            ui.add_space(12.0);
            ui.heading(print.web_heading);
            ui.label(print.web_explained);
            ui.horizontal_wrapped(|ui| {
                if ui.button(print.web_save).clicked() {
                    let folder = PathBuf::from(form.folder.trim()).join(web_folder(routine));
                    command = Some(Command::ExportWeb(folder));
                }
                if ui.button(print.web_choose_folder).clicked() {
                    command = Some(Command::ChooseWebFolder);
                }
            });
            if let Some(status) = status {
                ui.add_space(8.0);
                command = show_status(ui, status, routine, print).or(command.take());
            }
        });
    });
    command
}

/// The folder the site is written to inside the printables folder: `nettsted-v0.2`, in
/// the routine's language, like the site's own page names.
fn web_folder(routine: &Routine) -> String {
    let t = Language::of_routine(routine).texts();
    format!("{}-v{}", t.web.site_folder, routine.metadata.version)
}

/// How the last export went: where the file is, with buttons to open it and its
/// folder, and the contacts printed without a number; or why it failed.
pub(super) fn show_status(
    ui: &mut egui::Ui,
    status: &ExportStatus,
    routine: &Routine,
    print: &Print,
) -> Option<Command> {
    let gap = Language::of_routine(routine).texts().printed.number_missing;
    match status {
        ExportStatus::Saved {
            path,
            placeholders,
            could_not_show,
        } => {
            let saved = fill(print.saved, &[("file", &path.display())]);
            ui.label(egui::RichText::new(saved).strong());
            for name in placeholders {
                let warning = fill(print.placeholder_printed, &[("name", name), ("gap", &gap)]);
                ui.label(fill(print.warning, &[("warning", &warning)]));
            }
            let mut command = None;
            ui.horizontal_wrapped(|ui| {
                if ui.button(print.open_file).clicked() {
                    command = Some(Command::OpenFile(path.clone()));
                }
                if ui.button(print.show_in_folder).clicked() {
                    command = Some(Command::ShowInFolder(path.clone()));
                }
            });
            if *could_not_show {
                ui.label(fill(print.could_not_show, &[("file", &path.display())]));
            }
            command
        }
        ExportStatus::Failed(failure) => {
            let error = match failure {
                ExportFailure::Font => print.font_unreadable.to_owned(),
                ExportFailure::Write { file, error } => {
                    fill(print.cannot_write, &[("file", file), ("error", error)])
                }
            };
            let not_saved = fill(print.not_saved, &[("error", &error)]);
            ui.label(egui::RichText::new(not_saved).strong());
            None
        }
    }
}
