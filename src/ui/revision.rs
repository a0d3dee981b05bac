//! The yearly revision: status and contacts to re-verify, the editor, the changes against
//! an earlier file, and saving as a new version with the approval.

use std::path::PathBuf;

use chrono::{Months, NaiveDate};
use eframe::egui;

use crate::editing::Draft;
use crate::routine::diff::{ChangeKind, diff};
use crate::routine::{ContactStatus, Severity, check_file};

use super::{Command, editor};

/// The parts of the revision screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Overview,
    Edit,
    Changes,
    Save,
}

/// Text the revision screen's fields hold between frames (no personal data).
#[derive(Debug, Clone, Default)]
pub struct RevisionForm {
    pub tab: Tab,
    pub against: String,
    pub summary: String,
    pub by: String,
    pub approve: bool,
    pub approver_role: String,
    pub approver_name: String,
    pub next_revision: String,
    pub save_to: String,
    /// The outcome of the last save or report.
    pub message: Option<String>,
}

/// What the revision screen asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum RevisionAction {
    Undo,
    Redo,
    SaveNewVersion,
    Report,
}

pub fn show(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    form: &mut RevisionForm,
    today: NaiveDate,
) -> Option<Command> {
    let mut command = None;
    egui::Panel::top("revisjon-faner").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for (tab, label) in [
                (Tab::Overview, "Oversikt"),
                (Tab::Edit, "Rediger"),
                (Tab::Changes, "Endringer"),
                (Tab::Save, "Lagre ny versjon"),
            ] {
                if ui.selectable_label(form.tab == tab, label).clicked() {
                    form.tab = tab;
                }
            }
            ui.separator();
            if ui
                .add_enabled(draft.is_dirty(), egui::Button::new("Angre (Ctrl+Z)"))
                .clicked()
            {
                command = Some(Command::Revision(RevisionAction::Undo));
            }
            if ui.button("Gjør om (Ctrl+Shift+Z)").clicked() {
                command = Some(Command::Revision(RevisionAction::Redo));
            }
            if draft.is_dirty() {
                ui.label(egui::RichText::new("Endringer som ikke er lagret").strong());
            }
        });
        if let Some(message) = &form.message {
            ui.label(egui::RichText::new(message).strong());
        }
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let tab_command = match form.tab {
                    Tab::Overview => overview(ui, draft, today),
                    Tab::Edit => {
                        editor::show(ui, draft, today);
                        None
                    }
                    Tab::Changes => changes(ui, draft, form, today),
                    Tab::Save => save(ui, draft, form, today),
                };
                command = command.take().or(tab_command);
            });
    });
    command
}

fn overview(ui: &mut egui::Ui, draft: &mut Draft, today: NaiveDate) -> Option<Command> {
    let meta = &draft.routine.metadata;
    ui.heading("Status");
    ui.label(format!("Versjon {} · eier: {}", meta.version, meta.owner));
    ui.label(match &meta.approval {
        Some(a) => format!("Godkjent {}", a.describe()),
        None => "Ikke godkjent (utkast)".to_owned(),
    });
    let overdue = today.signed_duration_since(meta.next_revision).num_days();
    ui.label(if overdue > 0 {
        format!(
            "Neste revisjon {}: {overdue} dager på overtid",
            meta.next_revision.format("%d.%m.%Y")
        )
    } else {
        format!("Neste revisjon {}", meta.next_revision.format("%d.%m.%Y"))
    });
    let errors = draft
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = draft.problems.len() - errors;
    ui.label(egui::RichText::new(format!("{errors} feil, {warnings} advarsler")).strong());
    for problem in &draft.problems {
        ui.label(format!(
            "{}: {}: {}",
            problem.severity.label(),
            problem.location,
            problem.message
        ));
    }
    ui.add_space(8.0);
    ui.heading("Kontakter, sist verifisert først de eldste");
    let mut order: Vec<usize> = (0..draft.routine.contacts.len()).collect();
    order.sort_by_key(|i| draft.routine.contacts[*i].last_verified);
    for i in order {
        let contact = &draft.routine.contacts[i];
        let state = contact.verification_text(today);
        let name = contact.name.clone();
        let sources: Vec<(String, Option<String>)> = contact
            .sources
            .iter()
            .filter_map(|id| draft.routine.source(id))
            .map(|s| (format!("{}: {}", s.id, s.title), s.url.clone()))
            .collect();
        let mut verified_today = false;
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(format!("{name} – {state}")).strong());
            for (title, url) in &sources {
                match url {
                    Some(url) => ui.hyperlink_to(title, url),
                    None => ui.label(title),
                };
            }
            verified_today = ui.button(format!("Verifisert i dag: {name}")).clicked();
        });
        if verified_today {
            let contact = &mut draft.routine.contacts[i];
            contact.last_verified = Some(today);
            if contact.phone.is_some() || contact.url.is_some() || contact.email.is_some() {
                contact.status = ContactStatus::Verified;
            }
        }
    }
    ui.add_space(8.0);
    ui.button("Lag revisjonsrapport (PDF)")
        .clicked()
        .then_some(Command::Revision(RevisionAction::Report))
}

fn changes(
    ui: &mut egui::Ui,
    draft: &Draft,
    form: &mut RevisionForm,
    today: NaiveDate,
) -> Option<Command> {
    ui.heading("Endringer");
    ui.label("Endringene i denne revisjonen, mot rutinen slik den ble lastet:");
    list_changes(ui, &diff(&draft.original, &draft.routine));
    ui.add_space(8.0);
    let label = ui.label("Sammenlign med en tidligere fil");
    ui.add(egui::TextEdit::singleline(&mut form.against).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    let path = PathBuf::from(form.against.trim());
    if !form.against.trim().is_empty() {
        match check_file(&path, today) {
            Ok(checked) => match checked.routine {
                Some(old) => {
                    ui.label(format!(
                        "Fra versjon {} til den redigerte rutinen:",
                        old.metadata.version
                    ));
                    list_changes(ui, &diff(&old, &draft.routine));
                }
                None => {
                    ui.label(format!(
                        "{} har feil og kan ikke sammenlignes.",
                        path.display()
                    ));
                }
            },
            Err(unreadable) => {
                ui.label(unreadable.to_string());
            }
        }
    }
    ui.button("Lag revisjonsrapport (PDF)")
        .clicked()
        .then_some(Command::Revision(RevisionAction::Report))
}

fn list_changes(ui: &mut egui::Ui, changes: &[crate::routine::diff::Change]) {
    if changes.is_empty() {
        ui.label("Ingen endringer.");
    }
    for change in changes {
        let verb = match change.kind {
            ChangeKind::Added => "Lagt til",
            ChangeKind::Removed => "Fjernet",
            ChangeKind::Changed => "Endret",
        };
        let mut text = egui::RichText::new(format!("{} – {verb}: {}", change.section, change.what));
        if change.important {
            text = text
                .strong()
                .color(super::level_colour(ui, crate::routine::Level::Red));
        }
        ui.label(text);
        for detail in &change.details {
            ui.label(format!("    {detail}"));
        }
    }
}

fn field(ui: &mut egui::Ui, label: &str, text: &mut String) {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
        .labelled_by(label.id);
}

fn save(
    ui: &mut egui::Ui,
    draft: &Draft,
    form: &mut RevisionForm,
    today: NaiveDate,
) -> Option<Command> {
    ui.heading("Lagre som ny versjon");
    if form.next_revision.is_empty() {
        form.next_revision = today
            .checked_add_months(Months::new(12))
            .unwrap_or(today)
            .format("%Y-%m-%d")
            .to_string();
    }
    if form.save_to.is_empty() {
        form.save_to = draft
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
    }
    ui.label(format!(
        "Versjon {} blir {}.",
        draft.routine.metadata.version,
        crate::routine::write::bump(&draft.routine.metadata.version)
    ));
    field(ui, "Hva er endret (til revisjonsloggen)", &mut form.summary);
    field(ui, "Endret av (rolle)", &mut form.by);
    ui.checkbox(&mut form.approve, "Rutinen godkjennes med denne versjonen");
    if form.approve {
        field(ui, "Godkjent av (rolle)", &mut form.approver_role);
        field(ui, "Navn (valgfritt)", &mut form.approver_name);
    }
    field(ui, "Neste revisjon (ÅÅÅÅ-MM-DD)", &mut form.next_revision);
    field(ui, "Lagre i fil", &mut form.save_to);
    let errors = draft
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    if errors > 0 {
        ui.label(
            egui::RichText::new(format!(
                "Rutinen har {errors} feil og kan ikke lagres. Se Oversikt."
            ))
            .strong(),
        );
    }
    let ready = errors == 0 && !form.summary.trim().is_empty() && !form.save_to.trim().is_empty();
    let mut command = None;
    if ui
        .add_enabled(ready, egui::Button::new("Lagre ny versjon"))
        .clicked()
    {
        command = Some(Command::Revision(RevisionAction::SaveNewVersion));
    }
    command
}
