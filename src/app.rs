//! The eframe window: the routine's action levels and contacts, with 113 always visible.

use std::path::PathBuf;
use std::process::ExitCode;

use eframe::egui;

use crate::routine::load::{Chosen, Notice, choose_routine};
use crate::routine::{ContactStatus, Routine};

/// The window's title.
pub const TITLE: &str = "Rutineveileder";

/// Opens the window and runs until it is closed.
pub fn run(routine_file: Option<PathBuf>) -> ExitCode {
    let today = chrono::Local::now().date_naive();
    let chosen = choose_routine(routine_file.as_deref(), today);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_inner_size([900.0, 700.0])
            .with_min_inner_size([360.0, 320.0]),
        ..Default::default()
    };
    match eframe::run_native(
        TITLE,
        options,
        Box::new(|_cc| Ok(Box::new(App::new(chosen)))),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Rutineveileder kunne ikke åpne vinduet: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The running program.
pub struct App {
    chosen: Chosen,
}

impl App {
    pub fn new(chosen: Chosen) -> Self {
        Self { chosen }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Panel::top("akutt").show(ui, emergency_bar);
        egui::Panel::top("merknader").show(ui, |ui| notices(ui, &self.chosen.notices));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| match &self.chosen.routine {
                Some(routine) => overview(ui, routine),
                None => {
                    ui.heading("Rutinen kunne ikke lastes");
                }
            });
        });
    }
}

/// "Akutt fare? Ring 113" with a `tel:` link, on every screen.
fn emergency_bar(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new("Akutt fare?").strong().size(20.0));
        ui.hyperlink_to(
            egui::RichText::new("Ring 113").strong().size(20.0),
            "tel:113",
        );
    });
}

fn notices(ui: &mut egui::Ui, notices: &[Notice]) {
    for notice in notices {
        match notice {
            Notice::Replaced { file, reasons } => {
                ui.label(
                    egui::RichText::new(format!(
                        "Rutinefilen {} kunne ikke brukes. Viser den innebygde rutinen.",
                        file.display()
                    ))
                    .strong(),
                );
                for reason in reasons {
                    ui.label(format!("• {reason}"));
                }
            }
            Notice::Warning(problem) => {
                ui.label(format!(
                    "Advarsel: {}: {}",
                    problem.location, problem.message
                ));
            }
        }
    }
}

/// The routine's title, its three action levels and their contacts.
fn overview(ui: &mut egui::Ui, routine: &Routine) {
    let meta = &routine.metadata;
    ui.heading(&meta.title);
    ui.label(format!("{} · versjon {}", meta.municipality, meta.version));
    for level in &routine.levels {
        ui.separator();
        ui.label(egui::RichText::new(format!("{} – {}", level.name, level.title)).strong());
        ui.label(&level.summary);
        for contact in level.contacts.iter().filter_map(|id| routine.contact(id)) {
            let number = match (&contact.phone, contact.status) {
                (Some(phone), _) => phone.display.clone(),
                (None, ContactStatus::Placeholder) => "(nummer mangler)".to_owned(),
                (None, _) => contact.url.clone().unwrap_or_default(),
            };
            ui.label(format!("{}: {number}", contact.name));
        }
    }
}
