//! The presentation: one slide at a time, 16:9, painted from the slide's own layout
//! (`training::canvas`: the same lines the PDF draws) at the largest scale the window
//! allows. The type never shrinks below 28 pixels: in a window too small for that the
//! slide scrolls. Arrow keys, PageUp/PageDown, Space, Home and End (what presentation
//! clickers send) move between slides; F11 shows the slide alone under the 113 bar, and
//! Esc or F11 brings the rest back.

use eframe::egui::{self, Color32, FontFamily, FontId, Pos2, Rect, Vec2};

use crate::i18n::{Texts, fill};
use crate::routine::Level;
use crate::training::canvas::{self, Area, Drawing, Ink, Mark, Role, Shape, Text};
use crate::training::slides::Slide;
use crate::training::{Action, Training};

use super::shortcuts::KeyCommand;
use super::{BOLD_FONT, Command, theme};

/// The width the notes beside a slide would like, and the narrowest they may be: the
/// slide gives them room while its type stays 28 pixels or more, and where even the
/// narrowest do not fit beside it, they go below it.
const NOTES_WIDTH: f32 = 380.0;
const NOTES_MIN_WIDTH: f32 = 240.0;
const NOTE_SIZE: f32 = 18.0;

pub fn show(
    ui: &mut egui::Ui,
    slides: &[Slide],
    training: &Training,
    t: &Texts,
) -> Option<Command> {
    let last = slides.len().saturating_sub(1);
    let current = training.slide.min(last);
    let mut command = keys(ui, current, last, training.full_screen);
    if !training.full_screen {
        let chosen = navigation(ui, current, slides.len(), training, t);
        command = command.or(chosen);
    }
    let backdrop = if training.full_screen {
        Color32::BLACK
    } else {
        ui.visuals().panel_fill
    };
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(backdrop)
                .inner_margin(egui::Margin::symmetric(4, 0)),
        )
        .show(ui, |ui| {
            if let Some(slide) = slides.get(current) {
                let notes =
                    (training.show_notes && !training.full_screen).then_some(t.training.note);
                slide_and_notes(ui, slide, notes);
            }
        });
    command
}

/// The bar under the slide: previous, next, where we are, notes, full screen.
fn navigation(
    ui: &mut egui::Ui,
    current: usize,
    total: usize,
    training: &Training,
    t: &Texts,
) -> Option<Command> {
    let mut command = None;
    egui::Panel::bottom("lysbilde-navigasjon").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(current > 0, egui::Button::new(t.training.previous))
                .clicked()
            {
                command = Some(Command::Training(Action::Slide(current.saturating_sub(1))));
            }
            if ui
                .add_enabled(current + 1 < total, egui::Button::new(t.training.next))
                .clicked()
            {
                command = Some(Command::Training(Action::Slide(current + 1)));
            }
            ui.label(fill(
                t.training.slide_of,
                &[("number", &(current + 1)), ("total", &total)],
            ));
            let notes = if training.show_notes {
                t.training.hide_notes
            } else {
                t.training.show_notes
            };
            if ui.button(notes).clicked() {
                command = Some(Command::Training(Action::ToggleNotes));
            }
            if ui.button(t.training.full_screen).clicked() {
                command = Some(Command::FullScreen(true));
            }
        });
    });
    command
}

/// The keys a presentation clicker sends (from the table of shortcuts), taken before any
/// button sees them.
fn keys(ui: &mut egui::Ui, current: usize, last: usize, full_screen: bool) -> Option<Command> {
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
        return Some(Command::FullScreen(!full_screen));
    }
    KeyCommand::LeaveFullScreen
        .pressed(&ctx)
        .then_some(Command::FullScreen(false))
}

/// The largest scale at which the whole slide fits `room`, never below the one at
/// which its smallest type is 28 pixels.
pub fn scale_for(room: Vec2) -> f32 {
    (room.x / canvas::WIDTH)
        .min(room.y / canvas::HEIGHT)
        .max(canvas::MIN_SCALE)
}

/// The slide as large as it fits, with the notes beside it where there is room for
/// them, else below it; the whole scrolls when the window is too small for the slide.
fn slide_and_notes(ui: &mut egui::Ui, slide: &Slide, notes: Option<&str>) {
    let room = ui.available_size();
    let gap = ui.spacing().item_spacing.x;
    let beside_scale = scale_for(egui::vec2(room.x - NOTES_WIDTH - gap, room.y));
    let notes_width = room.x - canvas::WIDTH * beside_scale - gap;
    let beside = notes.is_some() && notes_width >= NOTES_MIN_WIDTH;
    egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
        if beside {
            ui.horizontal_top(|ui| {
                draw_slide(ui, slide, beside_scale);
                ui.vertical(|ui| {
                    ui.set_width(notes_width);
                    show_notes(ui, slide, notes);
                });
            });
        } else {
            let scale = scale_for(room);
            // Centred across the room when the slide is narrower than it.
            let spare = (room.x - canvas::WIDTH * scale).max(0.0) / 2.0;
            ui.horizontal_top(|ui| {
                ui.add_space(spare);
                draw_slide(ui, slide, scale);
            });
            show_notes(ui, slide, notes);
        }
    });
}

fn show_notes(ui: &mut egui::Ui, slide: &Slide, template: Option<&str>) {
    let Some(template) = template else {
        return;
    };
    for note in &slide.notes {
        let note = fill(template, &[("note", note)]);
        ui.add(egui::Label::new(egui::RichText::new(note).size(NOTE_SIZE)).wrap());
    }
}

/// Paints a slide at `scale` pixels per canvas unit: its white page, then its marks;
/// each text is named for screen readers with its whole text.
fn draw_slide(ui: &mut egui::Ui, slide: &Slide, scale: f32) {
    let size = egui::vec2(canvas::WIDTH, canvas::HEIGHT) * scale;
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, colour(Ink::Paper));
    let place = |area: Area| {
        Rect::from_min_size(
            rect.min + egui::vec2(area.x, area.top) * scale,
            egui::vec2(area.width, area.height) * scale,
        )
    };
    let Drawing { marks } = &slide.drawing;
    for (index, mark) in marks.iter().enumerate() {
        match mark {
            Mark::Shape(Shape::Fill(area, ink)) => {
                painter.rect_filled(place(*area), 0.0, colour(*ink));
            }
            Mark::Shape(Shape::Symbol(level, area, ink)) => {
                symbol(&painter, *level, place(*area), colour(*ink));
            }
            Mark::Text(text) => {
                let drawn = paint_text(&painter, text, rect.min, scale);
                let named = !matches!(text.role, Role::Bullet { .. });
                if let (true, Some(drawn)) = (named, drawn) {
                    let id = ui.scope_id().with(("lysbilde-tekst", index));
                    let response = ui.interact(drawn, id, egui::Sense::hover());
                    let label = text.text.clone();
                    // The title is the slide's heading to a screen reader too.
                    let role = if text.role == Role::Heading {
                        egui::Role::Heading
                    } else {
                        egui::Role::Label
                    };
                    response.widget_info(|| egui::WidgetInfo::labeled(role, true, &label));
                }
            }
        }
    }
}

/// Paints a text's lines where the layout has them, each line's baseline where the PDF
/// puts it; returns the area the lines take.
fn paint_text(painter: &egui::Painter, text: &Text, origin: Pos2, scale: f32) -> Option<Rect> {
    let family = if text.kind.bold {
        FontFamily::Name(BOLD_FONT.into())
    } else {
        FontFamily::Proportional
    };
    let size = text.kind.size * scale;
    let ink = colour(text.ink);
    let mut area: Option<Rect> = None;
    for line in &text.lines {
        let galley =
            painter.layout_no_wrap(line.text.clone(), FontId::new(size, family.clone()), ink);
        let baseline = galley
            .rows
            .first()
            .and_then(|row| row.row.glyphs.first().map(|g| row.pos.y + g.pos.y))
            .unwrap_or(size * 0.95);
        let top = origin + egui::vec2(line.x, line.top) * scale;
        let at = top + egui::vec2(0.0, size * 0.95 - baseline);
        let drawn = Rect::from_min_size(at, galley.size());
        painter.galley(at, galley, ink);
        area = Some(area.map_or(drawn, |a| a.union(drawn)));
    }
    area
}

/// A level's symbol, as in the rest of the window: a triangle for RØD, a square for
/// GUL, a circle for GRØNN.
fn symbol(painter: &egui::Painter, level: Level, r: Rect, fill: Color32) {
    let shape = match level {
        Level::Red => egui::Shape::convex_polygon(
            vec![r.center_top(), r.right_bottom(), r.left_bottom()],
            fill,
            egui::Stroke::NONE,
        ),
        Level::Yellow => egui::Shape::rect_filled(r.shrink(r.width() * 0.06), 0.0, fill),
        Level::Green => egui::Shape::circle_filled(r.center(), r.width() / 2.0, fill),
    };
    painter.add(shape);
}

fn colour(ink: Ink) -> Color32 {
    theme::rgb(ink.rgb())
}
