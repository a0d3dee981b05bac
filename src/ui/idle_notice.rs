//! The notice that a conversation nobody has touched is about to be forgotten, and the
//! line that says it was.

use eframe::egui;

use crate::i18n::{Common, fill};

/// What the idle timeout has to say now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleNotice {
    Quiet,
    /// The conversation is cleared in this many seconds unless someone touches the program.
    ResetsIn(i64),
    /// The conversation was cleared after this many idle minutes; shown until the next input.
    WasReset(u32),
}

/// The countdown is shown in steps of this many seconds: a screen reader hears it as a
/// polite live region four times in the last minute, not every second.
const STEP_SECONDS: i64 = 15;

pub fn show(ui: &mut egui::Ui, notice: IdleNotice, common: &Common) {
    let text = match notice {
        IdleNotice::Quiet => return,
        IdleNotice::ResetsIn(seconds) => {
            let shown = (seconds.max(1) + STEP_SECONDS - 1) / STEP_SECONDS * STEP_SECONDS;
            fill(common.idle_countdown, &[("seconds", &shown)])
        }
        IdleNotice::WasReset(minutes) => fill(common.idle_was_reset, &[("minutes", &minutes)]),
    };
    let response = ui.label(egui::RichText::new(text).strong());
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}
