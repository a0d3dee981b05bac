//! Universal design through AccessKit: every interactive control on every screen has a
//! name, and the 113 bar and all text stay on screen from 100 % to 200 % text size.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rutineveileder::app::App;

const INTERACTIVE: [Role; 9] = [
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::Link,
    Role::Slider,
    Role::SpinButton,
    Role::ComboBox,
];

fn start(size: [f32; 2], settings: &str) -> (Harness<'static, App>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("innstillinger.json");
    std::fs::write(&path, settings).unwrap();
    let harness = crate::support::launch(size, &path).start();
    (harness, dir)
}

/// The unnamed interactive controls now on screen, as "role at position".
pub fn unnamed(harness: &Harness<'static, App>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter(|n| INTERACTIVE.contains(&n.accesskit_node().role()))
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_none_or(|l| l.trim().is_empty())
        })
        .map(|n| format!("{:?} at {:?}", n.accesskit_node().role(), n.rect()))
        .collect()
}

fn visit(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_all_by_label(label).next().unwrap().click();
    harness.run();
}

#[test]
fn every_control_on_every_screen_has_a_name() {
    let (mut harness, _dir) = start([1200.0, 9000.0], "{}");
    let mut screens = 0;
    let mut controls = 0;
    let mut check = |harness: &Harness<'static, App>, screen: &str| {
        let missing = unnamed(harness);
        assert!(missing.is_empty(), "{screen}: unnamed controls {missing:?}");
        controls += harness
            .root()
            .children_recursive()
            .filter(|n| INTERACTIVE.contains(&n.accesskit_node().role()))
            .count();
        screens += 1;
    };
    for step in [
        "1. Hvem gjelder det?",
        "2. Hva merker du?",
        "3. Spør direkte",
        "4. Er det akutt?",
        "5. Hva gjør du nå?",
        "6. Før dere skilles",
        "7. Oppsummering",
    ] {
        visit(&mut harness, step);
        check(&harness, step);
    }
    visit(&mut harness, "Opplæring");
    for part in ["Presentasjon", "Øvingscaser", "Egenkontroll"] {
        visit(&mut harness, part);
        check(&harness, part);
    }
    visit(&mut harness, "Revisjon");
    for tab in ["Oversikt", "Rediger", "Endringer", "Lagre ny versjon"] {
        visit(&mut harness, tab);
        check(&harness, tab);
    }
    visit(&mut harness, "Rediger");
    for section in ["Kontakter", "Handlingsnivåer", "Målgrupper", "Sektorer"] {
        visit(&mut harness, section);
    }
    check(&harness, "Rediger, sections open");
    visit(&mut harness, "Utskrifter");
    check(&harness, "Utskrifter");
    visit(&mut harness, "Innstillinger");
    check(&harness, "Innstillinger");
    assert_eq!(screens, 17);
    assert!(controls > 300, "only {controls} controls seen");
}

#[test]
fn text_sizes_from_100_to_200_percent_keep_113_and_every_label_on_screen() {
    for percent in [100, 125, 150, 175, 200] {
        let settings = format!("{{ \"text_scale_percent\": {percent} }}");
        // A 1280 × 720 pixel window, in points at this text size.
        let scale = percent as f32 / 100.0;
        let size = [1280.0 / scale, 720.0 / scale];
        let (mut harness, _dir) = start(size, &settings);
        harness.run();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
        let bar = harness.get_by_label("Ring 113").rect();
        assert!(screen.contains_rect(bar), "{percent} %: 113 at {bar:?}");
        // Every label that is drawn is drawn inside the window's width: text wraps, it is
        // not cut off at the side.
        for node in harness.root().children_recursive() {
            let ak = node.accesskit_node();
            if ak.role() != Role::Label || ak.bounding_box().is_none() {
                continue;
            }
            let rect = node.rect();
            if rect.top() < screen.bottom() {
                assert!(
                    rect.right() <= screen.right() + 1.0,
                    "{percent} %: {:?} runs off the side at {rect:?}",
                    node.accesskit_node().label()
                );
            }
        }
    }
}
