//! Notices above every screen: a routine changed after it was approved, a replaced
//! routine file, an overdue revision, a draft, placeholder numbers, and problems with the
//! settings file and with IT's policy.

use eframe::egui;

use crate::i18n::{Common, fill};
use crate::routine::load::Notice as RoutineNotice;
use crate::routine::{ContactStatus, Standing};

use super::{Command, View};

/// Whether the notices are folded into one button beside the menu (see [`folded`])
/// rather than listed: until the user opens them, so the screen below keeps its room, and
/// always while presenting, so that the slide has the room below the 113 bar.
pub fn are_folded(view: &View<'_>) -> bool {
    !view.notices_open || super::presenting(view)
}

/// The notices, each on its own lines, and a button that folds them again.
pub fn show(ui: &mut egui::Ui, view: &View<'_>) -> Option<Command> {
    let common = &view.t.common;
    let notices = notices(view);
    notices.iter().for_each(|n| n.show(ui, common));
    (!notices.is_empty() && ui.button(common.notices_hide).clicked())
        .then_some(Command::ShowNotices(false))
}

/// The notice of a routine changed after it was approved, naming what changed and whom
/// to tell. It stands on every screen, never folded away with the others: what the
/// screens show is not what was approved.
pub fn changed_after_approval(view: &View<'_>) -> Option<String> {
    let routine = view.chosen.routine.as_ref()?;
    crate::i18n::changed_banner(routine, view.standing?, view.t)
}

/// A notice's line on its own.
pub fn show_line(ui: &mut egui::Ui, text: &str, common: &Common) {
    Notice::new(text.to_owned()).show(ui, common);
}

/// One button beside the menu, «OBS: 2 merknader om rutinen», that opens the notices.
pub fn folded(ui: &mut egui::Ui, view: &View<'_>) -> Option<Command> {
    let common = &view.t.common;
    let heading = match notices(view).len() {
        0 => return None,
        1 => common.notice_heading_one.to_owned(),
        count => fill(common.notices_heading, &[("count", &count)]),
    };
    let named = fill(common.notices_show_named, &[("heading", &heading)]);
    let open = ui
        .button(egui::RichText::new(&heading).strong())
        .on_hover_text(&named);
    open.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &named));
    open.clicked().then_some(Command::ShowNotices(true))
}

/// One notice: its line, and the reasons under it.
struct Notice {
    text: String,
    reasons: Vec<String>,
}

impl Notice {
    fn new(text: String) -> Notice {
        Notice {
            text,
            reasons: Vec::new(),
        }
    }

    fn show(&self, ui: &mut egui::Ui, common: &Common) {
        let line = fill(common.notice_prefix, &[("text", &self.text)]);
        ui.label(egui::RichText::new(line).strong());
        for reason in &self.reasons {
            ui.label(format!("• {reason}"));
        }
    }
}

fn notices(view: &View<'_>) -> Vec<Notice> {
    let common = &view.t.common;
    let mut notices = Vec::new();
    for notice in &view.chosen.notices {
        if let RoutineNotice::Replaced { file, reasons } = notice {
            let text = fill(common.replaced_routine, &[("file", &file.display())]);
            let mut shown: Vec<String> = reasons
                .iter()
                .take(5)
                .map(|p| crate::i18n::located(p, view.t))
                .collect();
            if reasons.len() > 5 {
                shown.push(fill(
                    common.more_reasons,
                    &[("count", &(reasons.len() - 5))],
                ));
            }
            notices.push(Notice {
                text,
                reasons: shown,
            });
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
            notices.push(Notice::new(text));
        }
        if view.standing == Some(&Standing::Draft) {
            let text = fill(common.draft_routine, &[("version", &meta.version)]);
            notices.push(Notice::new(text));
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
            notices.push(Notice::new(text));
        }
    }
    if let Some(problem) = view.settings_problem {
        notices.push(Notice::new(problem.describe(common)));
    }
    for problem in &view.policy.problems {
        notices.push(Notice::new(crate::i18n::policy_notice(problem, view.t)));
    }
    if let Some(trusted) = view.trusted {
        let file = trusted.file.display().to_string();
        for line in crate::i18n::signers_problems(&trusted.list, &file, view.t) {
            notices.push(Notice::new(line));
        }
    }
    notices
}
