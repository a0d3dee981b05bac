//! The desktop around the program: the system's file dialogs, its PDF viewer and its file
//! manager. Behind a trait, so the tests can stand in for what needs a person at a screen.

use std::path::{Path, PathBuf};

/// What the program asks of the desktop. A dialog answers `None` when it was cancelled or
/// could not open; the screens always show a typed field beside the button, so the path
/// can be given either way.
pub trait Desktop {
    /// «Velg fil…»: a routine file to use or to compare with.
    fn choose_routine_file(&self, folder: Option<&Path>) -> Option<PathBuf>;
    /// «Lagre som…»: where to save a PDF, offering `name` in `folder`.
    fn save_pdf_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf>;
    /// «Lagre som…» for a routine file (JSON), offering `name` in `folder`.
    fn save_routine_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf>;
    /// «Lagre som…» for the course's SCORM package (zip), offering `name` in `folder`.
    fn save_package_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf>;
    /// «Velg mappe…»: a folder to write the web site in.
    fn choose_folder(&self, folder: Option<&Path>) -> Option<PathBuf>;
    /// «Godkjenn med nøkkel…»: the approver's private key file (OpenSSH's, which has no
    /// extension of its own).
    fn choose_key_file(&self, folder: Option<&Path>) -> Option<PathBuf>;
    /// Opens a file in the program the system uses for it.
    fn open(&self, file: &Path) -> Result<(), String>;
    /// Shows the folder a file is in.
    fn show_in_folder(&self, file: &Path) -> Result<(), String>;
    /// Asks the system's handler of `tel:` links (Teams, a softphone) to call a number.
    fn call(&self, tel: &str) -> Result<(), String>;
}

/// The real desktop: native dialogs through `rfd`, files and folders through `opener`.
pub struct System;

impl Desktop for System {
    fn choose_routine_file(&self, folder: Option<&Path>) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new().add_filter("JSON", &["json"]);
        match folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
        .pick_file()
    }

    fn save_pdf_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new()
            .add_filter("PDF", &["pdf"])
            .set_file_name(name);
        match folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
        .save_file()
    }

    fn save_routine_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new()
            .add_filter("JSON", &["json"])
            .set_file_name(name);
        match folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
        .save_file()
    }

    fn save_package_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new()
            .add_filter("SCORM (zip)", &["zip"])
            .set_file_name(name);
        match folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
        .save_file()
    }

    fn choose_folder(&self, folder: Option<&Path>) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new();
        match folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
        .pick_folder()
    }

    fn choose_key_file(&self, folder: Option<&Path>) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new();
        match folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
        .pick_file()
    }

    fn open(&self, file: &Path) -> Result<(), String> {
        opener::open(file).map_err(|e| e.to_string())
    }

    fn call(&self, tel: &str) -> Result<(), String> {
        opener::open(tel).map_err(|e| e.to_string())
    }

    #[cfg(windows)]
    fn show_in_folder(&self, file: &Path) -> Result<(), String> {
        opener::reveal(file).map_err(|e| e.to_string())
    }

    #[cfg(not(windows))]
    fn show_in_folder(&self, file: &Path) -> Result<(), String> {
        let folder = file.parent().unwrap_or(Path::new("."));
        opener::open(folder).map_err(|e| e.to_string())
    }
}
