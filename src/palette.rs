//! The colours the window, the slides and the printables share, as sRGB bytes, defined
//! once: the three action levels and the 113 red on white paper, and the slides' ink.
//! No egui and no PDF here: the theme and the printables convert them. The tests hold
//! every text colour to 4.5:1 or more on white, and white text to as much on a colour.

use crate::routine::Level;

/// Red, green and blue from 0 to 255.
pub type Rgb = [u8; 3];

/// The red of the 113 bar and of «Ring 113» on paper and slides.
pub const EMERGENCY_RED: Rgb = [0xB0, 0x00, 0x20];

/// White: the paper of the printables and the slides, and text on a level's colour.
pub const PAPER: Rgb = [0xFF, 0xFF, 0xFF];

/// Body text on paper and slides.
pub const INK: Rgb = [0x1A, 0x1A, 0x1A];

/// Quieter text on paper and slides: the version line, the slide's number.
pub const MUTED: Rgb = [0x4A, 0x4A, 0x4A];

/// The slides' own colour, for section dividers, quotes and leads: a deep blue-green
/// that no action level uses, so it never reads as one.
pub const ACCENT: Rgb = [0x0B, 0x4F, 0x6C];

/// Thin rules and borders that carry no meaning (not text: no contrast needed).
pub const RULE: Rgb = [0xC4, 0xCB, 0xD1];

/// The colour of an action level's text and marks on white; always shown with the
/// level's name and symbol, never alone.
pub fn level(level: Level) -> Rgb {
    match level {
        Level::Red => [0xB0, 0x00, 0x20],
        Level::Yellow => [0x7A, 0x4F, 0x00],
        Level::Green => [0x1B, 0x6E, 0x20],
    }
}

/// WCAG 2.1's contrast ratio between two opaque colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance([r, g, b]: Rgb) -> f32 {
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_colours_read_on_white_and_white_reads_on_the_colours() {
        let mut on_paper = vec![
            ("ink", INK),
            ("muted", MUTED),
            ("accent", ACCENT),
            ("113", EMERGENCY_RED),
        ];
        on_paper.extend(Level::ALL.map(|l| ("level", level(l))));
        for (what, colour) in on_paper {
            let ratio = contrast(colour, PAPER);
            assert!(ratio >= 4.5, "{what} {colour:?} on white: {ratio:.2}:1");
            let ratio = contrast(PAPER, colour);
            assert!(ratio >= 4.5, "white on {what} {colour:?}: {ratio:.2}:1");
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast([0; 3], PAPER) - 21.0).abs() < 0.01);
        assert!((contrast([0x77; 3], PAPER) - 4.48).abs() < 0.02);
    }
}
