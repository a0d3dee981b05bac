//! The window shows every character a routine holds: Noto Sans for the text, DejaVu Sans
//! for what it lacks (arrows, ✓, ☎, rarer Sami letters), so nothing shows as an empty
//! box. Driven through AccessKit with egui_kittest on a routine with such characters.

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::support::{launch, lier_copy};

/// Characters Noto Sans has no glyph for, and Sami letters beside them.
const SIGN: &str = "Gir bort ting → «ferdig med alt» ✓ ☎ ⚠ ⇒ – Ŋ ŧ ǯ ǩ ʒ";

#[test]
fn a_routine_with_symbols_and_sami_letters_shows_no_empty_box() {
    let dir = tempfile::tempdir().unwrap();
    let file = lier_copy(dir.path());
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    doc["warning_signs"]["groups"][0]["signs"][0]["text"] = SIGN.into();
    std::fs::write(&file, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();

    let mut harness = launch([1000.0, 4000.0], &dir.path().join("innstillinger.json"))
        .routine_file(Some(file))
        .start();
    harness.get_by_label("Neste").click();
    harness.run();
    let shown = harness
        .query_all_by_label_contains("Gir bort ting")
        .filter_map(|node| node.accesskit_node().label().map(|l| l.to_string()))
        .next()
        .expect("the sign is on step 2");
    assert_eq!(shown, SIGN, "the window shows the routine's own characters");

    let body = egui::FontId::proportional(17.0);
    let missing: Vec<char> = harness.ctx.fonts_mut(|fonts| {
        shown
            .chars()
            .filter(|c| !fonts.has_glyph(&body, *c))
            .collect()
    });
    assert!(missing.is_empty(), "no glyph for {missing:?}: an empty box");
    // Without the fallback font, Noto Sans alone would draw these as empty boxes.
    let noto = ttf_parser::Face::parse(rutineveileder::fonts::NOTO_SANS_REGULAR, 0).unwrap();
    let rescued: String = shown
        .chars()
        .filter(|c| noto.glyph_index(*c).is_none() && !c.is_whitespace())
        .collect();
    assert_eq!(
        rescued, "→✓☎⚠⇒",
        "the test holds characters only the fallback draws"
    );
}
