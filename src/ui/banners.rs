//! Notices above every screen: a routine changed after it was approved and a routine file
//! that could not be used and what is shown instead (both always in view), and, folded
//! until opened, an overdue revision, a draft, placeholder numbers, and problems with the
//! settings file, with IT's policy and with its list of trusted approvers.

use eframe::egui;

use crate::i18n::{Common, fill};
use crate::routine::load::{Notice as RoutineNotice, Replacement};
use crate::routine::{ContactStatus, Location, Problem, Standing};

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
    notices.iter().for_each(|n| show_line(ui, n, common));
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

/// The chosen routine file could not be used: which routine is shown instead (the copy
/// this computer kept of it, and from when, or the embedded example of another
/// municipality) and why, in a panel of its own. Shown on every screen, never folded
/// away; nothing when the file is in use (or none was chosen).
pub fn replaced(ui: &mut egui::Ui, view: &View<'_>) {
    let replaced = view.chosen.notices.iter().find_map(|n| match n {
        RoutineNotice::Replaced { file, reasons, by } => Some((file, reasons, by)),
        RoutineNotice::Warning(_) => None,
    });
    let (Some((file, reasons, by)), Some(routine)) = (replaced, &view.chosen.routine) else {
        return;
    };
    let (common, meta) = (&view.t.common, &routine.metadata);
    let (file, version) = (file.display(), &meta.version);
    let text = match by {
        Replacement::KeptCopy { read } => {
            let read = fill(
                common.copy_read_at,
                &[
                    ("date", &read.format("%d.%m.%Y")),
                    ("time", &read.format("%H:%M")),
                ],
            );
            fill(
                common.replaced_by_copy,
                &[("file", &file), ("read", &read), ("version", version)],
            )
        }
        Replacement::Embedded => fill(
            common.replaced_by_example,
            &[
                ("file", &file),
                ("municipality", &meta.municipality),
                ("version", version),
            ],
        ),
    };
    let why = why(reasons, view);
    // At most a third of the window, scrolled, so that the menu and the screen keep their
    // room in a small window at large text.
    let most = ui.ctx().content_rect().height() / 3.0;
    egui::Panel::top("rutinefil-erstattet").show(ui, |ui| {
        egui::ScrollArea::vertical()
            .max_height(most)
            .show(ui, |ui| {
                ui.label(egui::RichText::new(text).strong());
                why.iter().for_each(|line| {
                    ui.label(line);
                });
            });
    });
}

/// Why the file could not be used: its first problem, and how many more there are.
fn why(reasons: &[Problem], view: &View<'_>) -> Vec<String> {
    let common = &view.t.common;
    let Some(first) = reasons.first() else {
        return Vec::new();
    };
    // A problem with the file as a whole needs no place: «kan ikke lese filen: …».
    let reason = match first.location {
        Location::File => crate::i18n::message(&first.message, view.t),
        _ => crate::i18n::located(first, view.t),
    };
    let mut lines = vec![fill(common.replaced_why, &[("reason", &reason)])];
    if reasons.len() > 1 {
        lines.push(fill(
            common.more_reasons,
            &[("count", &(reasons.len() - 1))],
        ));
    }
    lines
}

/// One notice, «OBS: …».
pub fn show_line(ui: &mut egui::Ui, text: &str, common: &Common) {
    let line = fill(common.notice_prefix, &[("text", &text)]);
    ui.label(egui::RichText::new(line).strong());
}

fn notices(view: &View<'_>) -> Vec<String> {
    let common = &view.t.common;
    let mut notices = Vec::new();
    if let Some(routine) = &view.chosen.routine {
        let meta = &routine.metadata;
        if meta.next_revision < view.now.date() {
            let date = meta.next_revision.format("%d.%m.%Y");
            let text = fill(
                common.revision_overdue,
                &[("date", &date), ("owner", &meta.owner)],
            );
            notices.push(text);
        }
        if view.standing == Some(&Standing::Draft) {
            let text = fill(common.draft_routine, &[("version", &meta.version)]);
            notices.push(text);
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
            notices.push(text);
        }
    }
    if let Some(problem) = view.settings_problem {
        notices.push(problem.describe(common));
    }
    for problem in &view.policy.problems {
        notices.push(crate::i18n::policy_notice(problem, view.t));
    }
    if let Some(trusted) = view.trusted {
        let file = trusted.file.display().to_string();
        for line in crate::i18n::signers_problems(&trusted.list, &file, view.t) {
            notices.push(line);
        }
    }
    notices
}
