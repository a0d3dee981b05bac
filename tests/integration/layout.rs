//! Large text on a laptop: at 100, 150 and 200 % the first step's heading and choices are
//! on screen above the bottom bar, the 113 bar stays one line, and every screen's first
//! control is on screen. Window sizes are in pixels; at a text size of N % the program
//! has pixels ÷ (N / 100) points, which is what the harness is given.

use egui::Rect;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;

const SIZES: [(f32, f32); 3] = [(960.0, 720.0), (1280.0, 720.0), (1280.0, 900.0)];
const SCALES: [u16; 3] = [100, 150, 200];

/// The first step's five choices: "don't know" and the routine's four audiences.
const CHOICES: [&str; 5] = [
    "Vet ikke / vil ikke velge",
    "Barn og unge (under 18 år)",
    "Voksne",
    "Eldre",
    "Etterlatte og berørte etter selvmord",
];

fn start(pixels: (f32, f32), percent: u16) -> (Harness<'static, App>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("innstillinger.json");
    std::fs::write(&path, format!(r#"{{ "text_scale_percent": {percent} }}"#)).unwrap();
    let zoom = f32::from(percent) / 100.0;
    let mut harness = crate::support::launch([pixels.0 / zoom, pixels.1 / zoom], &path).start();
    harness.run();
    assert_eq!(
        harness.ctx.zoom_factor(),
        zoom,
        "the text size is in effect"
    );
    (harness, dir)
}

fn rect(harness: &Harness<'static, App>, label: &str) -> Rect {
    harness.get_by_label(label).rect()
}

/// The area between the step buttons and the bottom bar, where the step is drawn.
fn step_area(harness: &Harness<'static, App>, width: f32) -> Rect {
    let steps = harness
        .query_by_label("1. Hvem gjelder det?")
        .or_else(|| harness.query_by_label("Steg 1 av 7 · Hvem gjelder det?"))
        .expect("the steps are shown")
        .rect();
    let bottom_bar = rect(harness, "Tilbake")
        .top()
        .min(rect(harness, "Neste").top());
    Rect::from_x_y_ranges(0.0..=width, steps.bottom()..=bottom_bar)
}

#[test]
fn the_first_step_keeps_its_room_at_large_text() {
    let mut report = Vec::new();
    for pixels in SIZES {
        for percent in SCALES {
            let (harness, _dir) = start(pixels, percent);
            let zoom = f32::from(percent) / 100.0;
            let area = step_area(&harness, pixels.0 / zoom);
            let heading = rect(&harness, "Hvem gjelder det?");
            assert!(
                area.contains_rect(heading),
                "{pixels:?} at {percent} %: the heading {heading:?} is outside {area:?}"
            );
            let visible = CHOICES
                .iter()
                .take_while(|choice| area.contains_rect(rect(&harness, choice)))
                .count();
            report.push(format!("{pixels:?} {percent} %: {visible} of 5"));
            let needed = match (pixels, percent) {
                ((960.0, _), 200) | ((1280.0, 720.0), 200) => 3,
                _ => 5,
            };
            assert!(
                visible >= needed,
                "{pixels:?} at {percent} %: {visible} of 5 choices on screen, {needed} needed"
            );
        }
    }
    println!("{}", report.join("\n"));
}

#[test]
fn the_113_bar_stays_one_line_from_960_by_720_up() {
    for pixels in SIZES {
        for percent in SCALES {
            let (harness, _dir) = start(pixels, percent);
            let question = rect(&harness, "Akutt fare?");
            let call = rect(&harness, "Ring 113");
            assert!(
                (question.center().y - call.center().y).abs() < 1.0,
                "{pixels:?} at {percent} %: «Akutt fare?» {question:?} and «Ring 113» {call:?} are on two lines"
            );
        }
    }
}

#[test]
fn every_screens_first_control_is_on_screen_at_200_percent_in_960_by_720() {
    let (mut harness, _dir) = start((960.0, 720.0), 200);
    let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(480.0, 360.0));
    assert!(screen.contains_rect(rect(&harness, CHOICES[0])), "Samtale");
    // At this size the menu is one button that opens the screens.
    for (menu_entry, first_control) in [
        ("Opplæring", "Presentasjon"),
        ("Revisjon", "Oversikt"),
        ("Utskrifter", "Lommekort"),
        ("Innstillinger", "Bokmål"),
    ] {
        harness
            .get_all_by_label_contains("Meny: ")
            .next()
            .expect("the compact menu")
            .click();
        harness.run();
        harness.get_by_label(menu_entry).click();
        harness.run();
        let found = rect(&harness, first_control);
        assert!(
            screen.contains_rect(found),
            "{menu_entry}: «{first_control}» at {found:?} is outside {screen:?}"
        );
    }
}
