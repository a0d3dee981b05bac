//! The presentation: one slide at a time in large type, for a projector. Arrow keys,
//! PageUp/PageDown, Space, Home and End (what presentation clickers send) move between
//! slides; F11 toggles full screen and Esc leaves it. Type shrinks rather than overflow.

use eframe::egui;

use crate::i18n::{Texts, fill};
use crate::training::slides::Slide;
use crate::training::{Action, Training};

use super::shortcuts::KeyCommand;

use super::{Command, level_colour};

const TITLE_SIZE: f32 = 40.0;
const LEAD_SIZE: f32 = 34.0;
const POINT_SIZE: f32 = 28.0;
const NOTE_SIZE: f32 = 18.0;

pub fn show(
    ui: &mut egui::Ui,
    slides: &[Slide],
    training: &Training,
    t: &Texts,
) -> Option<Command> {
    let last = slides.len().saturating_sub(1);
    let current = training.slide.min(last);
    let mut command = keys(ui, current, last);
    egui::Panel::bottom("lysbilde-navigasjon").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(current > 0, egui::Button::new(t.training.previous))
                .clicked()
            {
                command = Some(Command::Training(Action::Slide(current.saturating_sub(1))));
            }
            if ui
                .add_enabled(current < last, egui::Button::new(t.training.next))
                .clicked()
            {
                command = Some(Command::Training(Action::Slide(current + 1)));
            }
            ui.label(fill(
                t.training.slide_of,
                &[("number", &(current + 1)), ("total", &slides.len())],
            ));
            let notes = if training.show_notes {
                t.training.hide_notes
            } else {
                t.training.show_notes
            };
            if ui.button(notes).clicked() {
                command = Some(Command::Training(Action::ToggleNotes));
            }
            let fullscreen = ui.ctx().input(|i| i.viewport().fullscreen.unwrap_or(false));
            let label = if fullscreen {
                t.training.leave_full_screen
            } else {
                t.training.full_screen
            };
            if ui.button(label).clicked() {
                command = Some(Command::FullScreen(!fullscreen));
            }
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(slide) = slides.get(current) {
            let note = training.show_notes.then_some(t.training.note);
            draw_slide(ui, slide, note);
        }
    });
    command
}

/// The keys a presentation clicker sends (from the table of shortcuts), taken before any
/// button sees them.
fn keys(ui: &mut egui::Ui, current: usize, last: usize) -> Option<Command> {
    let ctx = ui.ctx().clone();
    let target = if KeyCommand::NextSlide.pressed(&ctx) {
        Some((current + 1).min(last))
    } else if KeyCommand::PreviousSlide.pressed(&ctx) {
        Some(current.saturating_sub(1))
    } else if KeyCommand::FirstSlide.pressed(&ctx) {
        Some(0)
    } else if KeyCommand::LastSlide.pressed(&ctx) {
        Some(last)
    } else {
        None
    };
    if let Some(slide) = target {
        return Some(Command::Training(Action::Slide(slide)));
    }
    if KeyCommand::ToggleFullScreen.pressed(&ctx) {
        let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
        return Some(Command::FullScreen(!fullscreen));
    }
    KeyCommand::LeaveFullScreen
        .pressed(&ctx)
        .then_some(Command::FullScreen(false))
}

/// The slide's texts with their sizes at full scale; the notes only with a template
/// to show them in.
fn parts(slide: &Slide, note: Option<&str>) -> Vec<(String, f32, bool)> {
    let mut parts = vec![(slide.title.clone(), TITLE_SIZE, true)];
    if let Some(lead) = &slide.lead {
        parts.push((lead.clone(), LEAD_SIZE, true));
    }
    parts.extend(
        slide
            .points
            .iter()
            .map(|p| (format!("• {p}"), POINT_SIZE, false)),
    );
    if let Some(note) = note {
        parts.extend(
            slide
                .notes
                .iter()
                .map(|n| (fill(note, &[("note", n)]), NOTE_SIZE, false)),
        );
    }
    parts
}

/// Draws a slide at the largest scale (up to 1) at which it fits the space available.
fn draw_slide(ui: &mut egui::Ui, slide: &Slide, note: Option<&str>) {
    let parts = parts(slide, note);
    let width = ui.available_width();
    let height = ui.available_height();
    let spacing = ui.spacing().item_spacing.y;
    let measure = |scale: f32| -> f32 {
        parts
            .iter()
            .map(|(text, size, _)| {
                let font = egui::FontId::proportional(size * scale);
                ui.painter()
                    .layout(text.clone(), font, egui::Color32::BLACK, width)
                    .size()
                    .y
                    + spacing
            })
            .sum()
    };
    let mut scale = 1.0;
    while scale > 0.3 && measure(scale) > height {
        scale *= 0.92;
    }
    let colour = slide.level.map(|l| level_colour(ui, l));
    for (i, (text, size, strong)) in parts.into_iter().enumerate() {
        let mut rich = egui::RichText::new(text).size(size * scale);
        if strong {
            rich = rich.strong();
        }
        if let (0, Some(colour)) = (i, colour) {
            rich = rich.color(colour);
        }
        ui.add(egui::Label::new(rich).wrap());
    }
}
