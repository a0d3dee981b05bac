//! Shared helpers: the fixed "today" of the tests and the minimal valid fixture.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use rutineveileder::desktop::Desktop;
use serde_json::Value;

/// The date the tests run "on", so warnings about age do not change with the calendar.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).expect("a valid date")
}

pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Lier's routine file in this repository.
pub fn lier_file() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routines/lier.json")
}

/// A copy of Lier's routine file as `lier.json` in `dir`, for tests that write to it.
pub fn lier_copy(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("lier.json");
    std::fs::copy(lier_file(), &path).expect("routines/lier.json copied");
    path
}

/// The smallest routine that passes every check, as JSON to change in a test.
pub fn minimal() -> Value {
    let text = std::fs::read_to_string(fixture("minimal.json")).expect("fixture readable");
    serde_json::from_str(&text).expect("fixture is JSON")
}

/// Ten o'clock on Thursday 26 November 2026, the tests' ordinary working day.
pub fn ten_on_a_working_day() -> chrono::NaiveDateTime {
    today().and_hms_opt(10, 0, 0).expect("a valid time")
}

/// The real program in a kittest harness, built in one place: its size in points, where
/// its settings and its local copies of routines are, and what the test puts in place of
/// the clock, the routine file on the command line, IT's machine policy, the desktop and
/// the graphics backend.
pub struct Launch {
    size: egui::Vec2,
    store: rutineveileder::settings::SettingsStore,
    copies: rutineveileder::local_copy::LocalCopies,
    routine_file: Option<std::path::PathBuf>,
    clock: rutineveileder::app::Clock,
    desktop: Option<Box<dyn rutineveileder::desktop::Desktop>>,
    graphics: Option<rutineveileder::graphics::InUse>,
    policy: rutineveileder::policy::Policy,
}

/// Starts describing a harness of `size` points whose settings file is `settings`, and
/// whose local data folder is `data` beside it (never the user's own).
pub fn launch(size: impl Into<egui::Vec2>, settings: &std::path::Path) -> Launch {
    let data = settings.with_file_name("data");
    Launch {
        size: size.into(),
        store: rutineveileder::settings::SettingsStore::at(settings.to_owned()),
        copies: rutineveileder::local_copy::LocalCopies::in_data_folder(&data),
        routine_file: None,
        clock: std::sync::Arc::new(ten_on_a_working_day),
        desktop: None,
        graphics: None,
        policy: rutineveileder::policy::Policy::default(),
    }
}

impl Launch {
    /// The routine file given on the command line.
    pub fn routine_file(mut self, file: Option<std::path::PathBuf>) -> Launch {
        self.routine_file = file;
        self
    }

    /// Where the copies of routine files are kept.
    pub fn copies(mut self, copies: rutineveileder::local_copy::LocalCopies) -> Launch {
        self.copies = copies;
        self
    }

    /// The program's clock, which the test may move.
    pub fn clock(mut self, clock: rutineveileder::app::Clock) -> Launch {
        self.clock = clock;
        self
    }

    /// A stand-in for the system's dialogs and file viewer.
    pub fn desktop(mut self, desktop: impl rutineveileder::desktop::Desktop + 'static) -> Launch {
        self.desktop = Some(Box::new(desktop));
        self
    }

    /// The graphics backend the settings report.
    pub fn graphics(mut self, in_use: rutineveileder::graphics::InUse) -> Launch {
        self.graphics = Some(in_use);
        self
    }

    /// IT's policy for the machine (none unless given).
    pub fn policy(mut self, policy: rutineveileder::policy::Policy) -> Launch {
        self.policy = policy;
        self
    }

    pub fn start(self) -> egui_kittest::Harness<'static, rutineveileder::app::App> {
        let Launch {
            size,
            store,
            copies,
            routine_file,
            clock,
            desktop,
            graphics,
            policy,
        } = self;
        egui_kittest::Harness::builder()
            .with_size(size)
            .build_eframe(move |cc| {
                let app = rutineveileder::app::App::under_policy(
                    &cc.egui_ctx,
                    routine_file,
                    store,
                    copies,
                    clock,
                    policy,
                )
                .with_graphics(graphics);
                match desktop {
                    Some(desktop) => app.with_desktop(desktop),
                    None => app,
                }
            })
    }
}

/// Opens the notices about the routine, folded into one button beside the menu.
pub fn open_notices(harness: &mut egui_kittest::Harness<'static, rutineveileder::app::App>) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_label_contains("– vis dem").click();
    harness.run();
}

/// Opens each of the window's five screens in turn, the conversation last, and runs
/// `check` on each with the screen's name.
pub fn on_every_screen(
    harness: &mut egui_kittest::Harness<'static, rutineveileder::app::App>,
    mut check: impl FnMut(&egui_kittest::Harness<'static, rutineveileder::app::App>, &str),
) {
    use egui_kittest::kittest::Queryable as _;
    for screen in [
        "Opplæring",
        "Revisjon",
        "Utskrifter",
        "Innstillinger",
        "Samtale",
    ] {
        harness.get_by_label(screen).click();
        harness.run();
        check(harness, screen);
    }
}

/// Every kind of printable, the revision report against the routine itself.
pub fn every_kind(routine: &rutineveileder::routine::Routine) -> Vec<(String, Vec<u8>)> {
    use rutineveileder::export::{self, Kind};
    let mut files: Vec<(String, Vec<u8>)> = Kind::ALL
        .iter()
        .map(|kind| {
            let bytes = export::render(*kind, routine).expect("a PDF").bytes;
            (format!("{kind:?}"), bytes)
        })
        .collect();
    let report = export::revision_report(routine, Some(routine), today()).expect("a report");
    files.push(("RevisionReport".to_owned(), report.bytes));
    files
}

/// A desktop whose dialogs answer what the test says, and which records what it was asked.
#[derive(Clone, Default)]
pub struct Stand {
    answer: Arc<Mutex<Option<PathBuf>>>,
    asked: Arc<Mutex<Vec<String>>>,
    cannot_show: bool,
}

impl Stand {
    /// A desktop on which opening a file and showing its folder fail, as on a PC with no
    /// viewer.
    pub fn without_viewer() -> Stand {
        Stand {
            cannot_show: true,
            ..Stand::default()
        }
    }

    pub fn answers(&self, path: Option<PathBuf>) {
        *self.answer.lock().unwrap() = path;
    }

    pub fn asked(&self) -> Vec<String> {
        self.asked.lock().unwrap().clone()
    }

    /// The numbers it was asked to call (it cannot call them: no program for `tel:`).
    pub fn called(&self) -> Vec<String> {
        let asked = self.asked();
        asked
            .iter()
            .filter_map(|what| what.strip_prefix("call "))
            .map(str::to_owned)
            .collect()
    }

    fn record(&self, what: String) {
        self.asked.lock().unwrap().push(what);
    }
}

impl Desktop for Stand {
    fn choose_routine_file(&self, folder: Option<&Path>) -> Option<PathBuf> {
        self.record(format!("choose in {folder:?}"));
        self.answer.lock().unwrap().clone()
    }

    fn save_pdf_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf> {
        self.record(format!(
            "save {name} in {}",
            folder.unwrap_or(Path::new("")).display()
        ));
        self.answer.lock().unwrap().clone()
    }

    fn save_package_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf> {
        self.record(format!(
            "save package {name} in {}",
            folder.unwrap_or(Path::new("")).display()
        ));
        self.answer.lock().unwrap().clone()
    }

    fn save_routine_as(&self, folder: Option<&Path>, name: &str) -> Option<PathBuf> {
        self.record(format!(
            "save routine {name} in {}",
            folder.unwrap_or(Path::new("")).display()
        ));
        self.answer.lock().unwrap().clone()
    }

    fn choose_folder(&self, folder: Option<&Path>) -> Option<PathBuf> {
        self.record(format!(
            "folder in {}",
            folder.unwrap_or(Path::new("")).display()
        ));
        self.answer.lock().unwrap().clone()
    }

    fn choose_key_file(&self, folder: Option<&Path>) -> Option<PathBuf> {
        self.record(format!(
            "key in {}",
            folder.unwrap_or(Path::new("")).display()
        ));
        self.answer.lock().unwrap().clone()
    }

    fn open(&self, file: &Path) -> Result<(), String> {
        self.record(format!("open {}", file.display()));
        if self.cannot_show {
            Err("no viewer".into())
        } else {
            Ok(())
        }
    }

    fn call(&self, tel: &str) -> Result<(), String> {
        self.record(format!("call {tel}"));
        Err("no program for tel: links".into())
    }

    fn show_in_folder(&self, file: &Path) -> Result<(), String> {
        self.record(format!("folder of {}", file.display()));
        if self.cannot_show {
            Err("no file manager".into())
        } else {
            Ok(())
        }
    }
}
