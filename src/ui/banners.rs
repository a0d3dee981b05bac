//! Notices above every screen: a replaced routine file, an overdue revision, a draft,
//! placeholder numbers, and problems with the settings file.

use eframe::egui;

use crate::routine::ContactStatus;
use crate::routine::load::Notice;

use super::View;

pub fn show(ui: &mut egui::Ui, view: &View<'_>) {
    for notice in &view.chosen.notices {
        if let Notice::Replaced { file, reasons } = notice {
            warning(
                ui,
                &format!(
                    "Rutinefilen {} kunne ikke brukes. Programmet viser den innebygde rutinen.",
                    file.display()
                ),
            );
            for reason in reasons.iter().take(5) {
                ui.label(format!("• {reason}"));
            }
            if reasons.len() > 5 {
                ui.label(format!(
                    "• … og {} til. Kjør «rutineveileder check» for hele listen.",
                    reasons.len() - 5
                ));
            }
        }
    }
    if let Some(routine) = &view.chosen.routine {
        let meta = &routine.metadata;
        if meta.next_revision < view.now.date() {
            warning(
                ui,
                &format!(
                    "Rutinen skulle vært revidert {}. Si fra til {}.",
                    meta.next_revision.format("%d.%m.%Y"),
                    meta.owner
                ),
            );
        }
        if meta.approval.is_none() {
            warning(
                ui,
                &format!(
                    "Rutinen er et utkast (versjon {}) og er ikke godkjent ennå.",
                    meta.version
                ),
            );
        }
        let placeholders = routine.placeholder_contacts().count();
        if placeholders > 0 {
            let to_verify = routine
                .contacts
                .iter()
                .filter(|c| c.status == ContactStatus::ToVerify)
                .count();
            warning(
                ui,
                &format!(
                    "{placeholders} lokale kontakter mangler nummer («nummer mangler»), og {to_verify} må bekreftes. Bruk 113, 116 117 eller fastlegen til de er fylt inn."
                ),
            );
        }
    }
    if let Some(message) = view.settings_message {
        warning(ui, message);
    }
}

fn warning(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(format!("OBS: {text}")).strong());
}
