//! Notices above every screen: a replaced routine file, an overdue revision, a draft,
//! placeholder numbers, and problems with the settings file.

use eframe::egui;

use crate::i18n::{Common, fill};
use crate::routine::ContactStatus;
use crate::routine::load::Notice;

use super::View;

pub fn show(ui: &mut egui::Ui, view: &View<'_>) {
    let common = &view.t.common;
    for notice in &view.chosen.notices {
        if let Notice::Replaced { file, reasons } = notice {
            warning(
                ui,
                common,
                &fill(common.replaced_routine, &[("file", &file.display())]),
            );
            for reason in reasons.iter().take(5) {
                ui.label(format!("• {reason}"));
            }
            if reasons.len() > 5 {
                let more = fill(common.more_reasons, &[("count", &(reasons.len() - 5))]);
                ui.label(format!("• {more}"));
            }
        }
    }
    if let Some(routine) = &view.chosen.routine {
        let meta = &routine.metadata;
        if meta.next_revision < view.now.date() {
            let date = meta.next_revision.format("%d.%m.%Y");
            let text = fill(
                common.revision_overdue,
                &[("date", &date), ("owner", &meta.owner)],
            );
            warning(ui, common, &text);
        }
        if meta.approval.is_none() {
            let text = fill(common.draft_routine, &[("version", &meta.version)]);
            warning(ui, common, &text);
        }
        let placeholders = routine.placeholder_contacts().count();
        if placeholders > 0 {
            let to_verify = routine
                .contacts
                .iter()
                .filter(|c| c.status == ContactStatus::ToVerify)
                .count();
            let text = fill(
                common.placeholders,
                &[("missing", &placeholders), ("to_verify", &to_verify)],
            );
            warning(ui, common, &text);
        }
    }
    if let Some(problem) = view.settings_problem {
        warning(ui, common, &problem.describe(common));
    }
}

fn warning(ui: &mut egui::Ui, common: &Common, text: &str) {
    let line = fill(common.notice_prefix, &[("text", &text)]);
    ui.label(egui::RichText::new(line).strong());
}
