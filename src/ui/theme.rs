//! Colours of the three themes (light, dark, high contrast), chosen so every text and
//! background pair meets WCAG 2.1 AA (4.5:1), and the high-contrast theme AAA (7:1). The
//! tests compute the ratios from the very colours the program uses.

use eframe::egui::{self, Color32, Stroke, Visuals};

use crate::palette;
use crate::routine::Level;
use crate::settings::Theme;

/// The red of the 113 bar, behind white text.
pub const EMERGENCY_RED: Color32 = rgb(palette::EMERGENCY_RED);

/// The text on the 113 bar.
pub const EMERGENCY_TEXT: Color32 = Color32::WHITE;

/// A colour of the shared palette as egui's.
pub const fn rgb([r, g, b]: palette::Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// The colour of a problem shown beside the field it concerns, in this theme.
pub fn problem_colour(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// The visuals of a theme.
pub fn visuals(theme: Theme) -> Visuals {
    match theme {
        Theme::Light => light(),
        Theme::Dark => dark(),
        Theme::HighContrast => high_contrast(),
    }
}

fn set_text(v: &mut Visuals, normal: Color32, strong: Color32, weak: Color32) {
    v.widgets.noninteractive.fg_stroke.color = normal;
    v.widgets.inactive.fg_stroke.color = normal;
    v.widgets.hovered.fg_stroke.color = strong;
    v.widgets.active.fg_stroke.color = strong;
    v.widgets.open.fg_stroke.color = strong;
    v.weak_text_color = Some(weak);
}

/// Gives checkboxes, radio buttons and fields an outline that stands out from the
/// background (WCAG 1.4.11: 3:1 for the parts of a control), and the control with the
/// keyboard focus a thick ring in `focus` (egui draws a focused control as «active»;
/// WCAG 2.4.7 and 1.4.11: 3:1 against the background and the control).
fn outline_controls(v: &mut Visuals, colour: Color32, focus: Color32) {
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, colour);
    v.widgets.hovered.bg_stroke = Stroke::new(1.5, colour);
    v.widgets.active.bg_stroke = Stroke::new(FOCUS_WIDTH, focus);
}

/// The width of the ring around the control with the keyboard focus.
const FOCUS_WIDTH: f32 = 2.5;

fn light() -> Visuals {
    let mut v = Visuals::light();
    set_text(
        &mut v,
        Color32::from_gray(0x1A),
        Color32::BLACK,
        Color32::from_gray(0x4A),
    );
    let blue = Color32::from_rgb(0x0B, 0x4F, 0xB0);
    outline_controls(&mut v, Color32::from_gray(0x6E), blue);
    v.hyperlink_color = blue;
    v.error_fg_color = Color32::from_rgb(0xB0, 0x00, 0x20);
    v.selection.bg_fill = Color32::from_rgb(0xC8, 0xDC, 0xF8);
    v.selection.stroke.color = Color32::BLACK;
    v
}

fn dark() -> Visuals {
    let mut v = Visuals::dark();
    set_text(
        &mut v,
        Color32::from_gray(0xE6),
        Color32::WHITE,
        Color32::from_gray(0xB4),
    );
    let blue = Color32::from_rgb(0x8A, 0xB4, 0xF8);
    outline_controls(&mut v, Color32::from_gray(0x9A), blue);
    v.hyperlink_color = blue;
    v.error_fg_color = Color32::from_rgb(0xFF, 0x8A, 0x80);
    v.selection.bg_fill = Color32::from_rgb(0x1F, 0x3A, 0x60);
    v.selection.stroke.color = Color32::WHITE;
    v
}

fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    let black = Color32::BLACK;
    let yellow = Color32::from_rgb(0xFF, 0xE6, 0x00);
    v.panel_fill = black;
    v.window_fill = black;
    v.extreme_bg_color = black;
    v.faint_bg_color = Color32::from_gray(0x10);
    for widget in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        widget.bg_fill = black;
        widget.weak_bg_fill = black;
        widget.bg_stroke = Stroke::new(2.0, Color32::WHITE);
    }
    v.widgets.hovered.bg_stroke = Stroke::new(3.0, yellow);
    v.widgets.active.bg_stroke = Stroke::new(3.0, yellow);
    set_text(&mut v, Color32::WHITE, yellow, Color32::from_gray(0xDD));
    v.hyperlink_color = yellow;
    v.error_fg_color = Color32::from_rgb(0xFF, 0xA8, 0xA8);
    v.selection.bg_fill = yellow;
    v.selection.stroke = Stroke::new(2.0, black);
    v
}

/// The colour of an action level's text in this theme; always shown with its name and
/// symbol, never alone.
pub fn level_colour(level: Level, visuals: &Visuals) -> Color32 {
    let light = !visuals.dark_mode;
    match (level, light) {
        (level, true) => rgb(palette::level(level)),
        (Level::Red, false) => Color32::from_rgb(0xFF, 0x8A, 0x80),
        (Level::Yellow, false) => Color32::from_rgb(0xFF, 0xD5, 0x4F),
        (Level::Green, false) => Color32::from_rgb(0x81, 0xC7, 0x84),
    }
}

/// A symbol for each level, drawn as a shape so it needs no font: a triangle for RØD, a
/// square for GUL, a circle for GRØNN.
pub fn level_symbol(ui: &mut egui::Ui, level: Level) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let colour = level_colour(level, ui.visuals());
    let painter = ui.painter();
    let r = rect.shrink(size * 0.12);
    match level {
        Level::Red => painter.add(egui::Shape::convex_polygon(
            vec![r.center_top(), r.right_bottom(), r.left_bottom()],
            colour,
            Stroke::NONE,
        )),
        Level::Yellow => painter.add(egui::Shape::rect_filled(r.shrink(size * 0.05), 0.0, colour)),
        Level::Green => painter.add(egui::Shape::circle_filled(
            r.center(),
            r.width() / 2.0,
            colour,
        )),
    };
}

/// WCAG 2.1 contrast ratio between two opaque colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: Color32) -> f32 {
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text colour against every background it is drawn on.
    fn pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
        let mut pairs = vec![
            ("text on panel", v.text_color(), v.panel_fill),
            ("text on window", v.text_color(), v.window_fill),
            ("weak text on panel", v.weak_text_color(), v.panel_fill),
            ("link on panel", v.hyperlink_color, v.panel_fill),
            (
                "selected text",
                v.selection.stroke.color,
                v.selection.bg_fill,
            ),
            ("text in text field", v.text_color(), v.extreme_bg_color),
            ("problem beside a field", v.error_fg_color, v.panel_fill),
        ];
        for (state, w) in [
            ("inactive", &v.widgets.inactive),
            ("hovered", &v.widgets.hovered),
            ("active", &v.widgets.active),
        ] {
            pairs.push((state, w.fg_stroke.color, w.bg_fill));
            if w.weak_bg_fill.a() == 255 {
                pairs.push((state, w.fg_stroke.color, w.weak_bg_fill));
            }
            pairs.push((state, w.fg_stroke.color, v.panel_fill));
        }
        for level in Level::ALL {
            pairs.push(("level", level_colour(level, v), v.panel_fill));
        }
        pairs
    }

    fn check(theme: Theme, minimum: f32) {
        let v = visuals(theme);
        for (what, fg, bg) in pairs(&v) {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= minimum,
                "{theme:?}: {what} {fg:?} on {bg:?} is {ratio:.2}:1"
            );
        }
    }

    #[test]
    fn light_and_dark_meet_aa() {
        check(Theme::Light, 4.5);
        check(Theme::Dark, 4.5);
    }

    #[test]
    fn high_contrast_meets_aaa() {
        check(Theme::HighContrast, 7.0);
    }

    #[test]
    fn control_outlines_stand_out() {
        for theme in [Theme::Light, Theme::Dark, Theme::HighContrast] {
            let v = visuals(theme);
            let ratio = contrast(v.widgets.inactive.bg_stroke.color, v.panel_fill);
            assert!(ratio >= 3.0, "{theme:?}: control outline {ratio:.2}:1");
        }
    }

    #[test]
    fn the_focus_ring_stands_out_from_the_background_and_the_control() {
        for theme in [Theme::Light, Theme::Dark, Theme::HighContrast] {
            let v = visuals(theme);
            let ring = v.widgets.active.bg_stroke;
            assert!(
                ring.width >= 2.0,
                "{theme:?}: a ring of {} points",
                ring.width
            );
            for (what, behind) in [
                ("panel", v.panel_fill),
                ("control", v.widgets.active.weak_bg_fill),
                ("control fill", v.widgets.active.bg_fill),
            ] {
                let ratio = contrast(ring.color, behind);
                assert!(ratio >= 3.0, "{theme:?}: focus ring on {what} {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn the_113_bar_is_readable() {
        assert!(contrast(EMERGENCY_TEXT, EMERGENCY_RED) >= 7.0);
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(0x77), Color32::WHITE) - 4.48).abs() < 0.02);
    }
}
