//! The fonts the program embeds, and which characters they draw: Noto Sans for the
//! window's text and the PDFs', and a subset of DejaVu Sans that the window falls back
//! to for what Noto Sans lacks (arrows, ✓, ☎ and other symbols, rarer Latin letters).
//! No egui here: the window, the printables and the routine's checks ask it.

use std::sync::OnceLock;

use ttf_parser::Face;

/// Noto Sans, regular and bold: covers æ ø å, Sami, « », – and the rest of Norwegian.
pub const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../assets/NotoSans-Regular.ttf");
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../assets/NotoSans-Bold.ttf");

/// DejaVu Sans, only the Latin, punctuation, arrows, mathematical and other symbols that
/// Noto Sans lacks (`assets/README.md` says how it was cut).
pub const DEJAVU_SANS_FALLBACK: &[u8] = include_bytes!("../assets/DejaVuSans-fallback.ttf");

/// The window's two fonts, parsed once.
fn window_faces() -> &'static [Face<'static>] {
    static FACES: OnceLock<Vec<Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        [NOTO_SANS_REGULAR, DEJAVU_SANS_FALLBACK]
            .into_iter()
            .filter_map(|bytes| Face::parse(bytes, 0).ok())
            .collect()
    })
}

/// The characters most text is made of, looked up once: Latin (with Latin-1 and Latin
/// Extended A and B) and general punctuation (dashes, quotation marks, the ellipsis).
const COMMON: [std::ops::Range<u32>; 2] = [0..0x250, 0x2000..0x2070];

/// Whether the window draws `c` with one of its fonts (white space needs none).
pub fn window_draws(c: char) -> bool {
    static COMMON_DRAWN: OnceLock<Vec<Vec<bool>>> = OnceLock::new();
    let common = COMMON_DRAWN.get_or_init(|| {
        COMMON
            .iter()
            .map(|range| {
                range
                    .clone()
                    .map(|code| char::from_u32(code).is_some_and(looked_up))
                    .collect()
            })
            .collect()
    });
    let code = u32::from(c);
    COMMON
        .iter()
        .zip(common)
        .find(|(range, _)| range.contains(&code))
        .map_or_else(
            || looked_up(c),
            |(range, drawn)| drawn[(code - range.start) as usize],
        )
}

fn looked_up(c: char) -> bool {
    c.is_whitespace() || c.is_control() || window_faces().iter().any(|f| f.glyph_index(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_draws_norwegian_sami_and_the_routines_symbols() {
        for c in "æøåÆØÅ ŋŊšŠŧŦđĐžŽčČǯǮʒƷǥǤǧǦǩǨáÁ «»“”‘’–—…•→←↑↓⇒✓✔✗☎⚠€§°±×÷".chars()
        {
            assert!(window_draws(c), "{c} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn a_character_no_font_has_is_known() {
        // An Egyptian hieroglyph: in neither font.
        assert!(!window_draws('\u{13000}'));
        assert_eq!(window_faces().len(), 2, "both fonts parse");
    }
}
