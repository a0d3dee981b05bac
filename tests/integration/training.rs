//! Training mode through AccessKit: the presentation by keyboard at projector sizes, a
//! practice case to the comparison, the self-check's score, and nothing kept on leaving.

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;
use rutineveileder::checks::check_embedded;
use rutineveileder::i18n::Language;
use rutineveileder::routine::{Level, Routine};
use rutineveileder::training::slides;

fn routine() -> Routine {
    check_embedded(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
        .routine
        .unwrap()
}

fn start(size: [f32; 2]) -> (Harness<'static, App>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = crate::support::launch(size, &dir.path().join("innstillinger.json")).start();
    harness.get_by_label("Opplæring").click();
    harness.run();
    (harness, dir)
}

fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn every_slide_is_reached_by_keyboard_and_fits_at_projector_sizes() {
    let routine = routine();
    let all = slides::all(&routine, Language::Bokmal.texts());
    assert!(all.len() > 20);
    for size in [[1920.0, 1080.0], [1280.0, 720.0]] {
        let (mut harness, _dir) = start(size);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
        for (i, slide) in all.iter().enumerate() {
            assert!(
                harness.query_by_label(&slide.title).is_some(),
                "{size:?}: slide {i} «{}»",
                slide.title
            );
            for point in &slide.points {
                let label = format!("• {point}");
                let rect = harness.get_by_label(&label).rect();
                assert!(
                    screen.contains_rect(rect),
                    "{size:?}: «{point}» is cut off on slide {i}"
                );
            }
            assert!(
                harness
                    .query_by_label(&format!("Lysbilde {} av {}", i + 1, all.len()))
                    .is_some()
            );
            assert!(
                harness.query_by_label("Ring 113").is_some(),
                "113 on slide {i}"
            );
            let key = if i % 2 == 0 {
                egui::Key::ArrowRight
            } else {
                egui::Key::PageDown
            };
            harness.key_press(key);
            harness.run();
        }
        harness.key_press(egui::Key::Home);
        harness.run();
        assert!(
            harness.query_by_label(&all[0].title).is_some(),
            "Home goes to the first slide"
        );
        harness.key_press(egui::Key::End);
        harness.run();
        assert!(
            harness.query_by_label(&all[all.len() - 1].title).is_some(),
            "End goes to the last"
        );
        harness.key_press(egui::Key::ArrowLeft);
        harness.run();
        assert!(harness.query_by_label(&all[all.len() - 2].title).is_some());
    }
}

#[test]
fn facilitator_notes_only_on_request() {
    let routine = routine();
    let first = &slides::all(&routine, Language::Bokmal.texts())[0];
    let note = format!("Notat: {}", first.notes[0]);
    let (mut harness, _dir) = start([1280.0, 720.0]);
    assert!(harness.query_by_label(&note).is_none());
    click(&mut harness, "Vis notater");
    assert!(harness.query_by_label(&note).is_some());
    click(&mut harness, "Skjul notater");
    assert!(harness.query_by_label(&note).is_none());
}

#[test]
fn a_whole_case_ends_in_the_comparison() {
    let routine = routine();
    let case = routine
        .cases
        .iter()
        .find(|c| c.level == Level::Yellow)
        .unwrap();
    let case_sign = routine
        .all_items()
        .find(|i| i.id == case.signs[0])
        .unwrap()
        .text
        .clone();
    let (mut harness, _dir) = start([1280.0, 4000.0]);
    click(&mut harness, "Øvingscaser");
    // The first node with the title is the case's tab; the heading may repeat it.
    harness
        .get_all_by_label(&case.title)
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(
        harness.query_all_by_label(&case.title).count() >= 2,
        "the chosen case is shown"
    );
    assert!(harness.query_by_label(&case.story[0]).is_some());
    // Open every group of signs and tick the case's first sign.
    for group in &routine.warning_signs.groups {
        click(&mut harness, &group.title);
    }
    click(&mut harness, "Risikofaktorer");
    click(&mut harness, "Situasjoner som bør skjerpe oppmerksomheten");
    click(&mut harness, &case_sign);
    let red = routine.level(Level::Red).unwrap();
    click(&mut harness, &format!("{} – {}", red.name, red.title));
    click(&mut harness, "Vis rutinens svar");
    let yellow = routine.level(Level::Yellow).unwrap();
    assert!(
        harness
            .query_by_label(&format!("Rutinen: {} – {}", yellow.name, yellow.title))
            .is_some()
    );
    assert!(
        harness
            .query_by_label(&format!("Dere valgte: {} – {}", red.name, red.title))
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Tegn både dere og rutinen har med (1)")
            .is_some()
    );
    let missed = format!(
        "Tegn rutinen har med, men ikke dere ({})",
        case.signs.len() - 1
    );
    assert!(harness.query_by_label(&missed).is_some(), "{missed}");
    let contacts = format!(
        "Kontakter rutinen har med, men ikke dere ({})",
        case.contacts.len()
    );
    assert!(harness.query_by_label(&contacts).is_some());
    assert!(
        harness
            .query_by_label(&format!("Hvorfor: {}", case.why))
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Kriteriene i historien som avgjør nivået:")
            .is_some()
    );
    for id in &case.criteria {
        let (level, criterion) = routine.criterion(id).unwrap();
        let name = &routine.level(level).unwrap().name;
        let line = format!("• {name}: {}", criterion.text);
        assert!(harness.query_by_label(&line).is_some(), "{line}");
    }
    click(&mut harness, "Prøv på nytt");
    assert!(
        harness
            .query_by_label("Rutinens svar ved siden av deres")
            .is_none()
    );
}

/// A case that turns on guidance rather than a level (a 17-year-old who will not have
/// his parents told) shows that guidance beside the routine's answer.
#[test]
fn a_case_shows_the_guidance_it_turns_on() {
    let routine = routine();
    let case = routine
        .cases
        .iter()
        .find(|c| c.guidance.len() >= 2)
        .unwrap();
    let (mut harness, _dir) = start([1280.0, 4000.0]);
    click(&mut harness, "Øvingscaser");
    harness
        .get_all_by_label(&case.title)
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("Veiledningen saken bygger på:")
            .is_none(),
        "the answer comes after the group's"
    );
    click(&mut harness, "Vis rutinens svar");
    assert!(
        harness
            .query_by_label("Veiledningen saken bygger på:")
            .is_some()
    );
    for id in &case.guidance {
        let (section, item) = routine.guidance_item(id).unwrap();
        let line = format!("• {}: {}", section.title, item.text);
        assert!(harness.query_by_label(&line).is_some(), "{line}");
    }
}

#[test]
fn the_self_check_scores_on_screen_and_a_new_round_starts_clean() {
    let routine = routine();
    let (mut harness, _dir) = start([1280.0, 6000.0]);
    click(&mut harness, "Egenkontroll");
    let total = routine.self_check.len();
    assert!(
        harness
            .query_by_label(&format!(
                "0 av 0 besvarte riktig ({total} spørsmål i alt). Ingenting lagres."
            ))
            .is_some()
    );
    let q0 = &routine.self_check[0];
    let right = q0.options.iter().find(|o| o.correct).unwrap();
    click(&mut harness, &right.text);
    assert!(harness.query_by_label("Riktig.").is_some());
    // A wrong option whose text appears nowhere else, so its label is unambiguous.
    let count = |text: &str| {
        routine
            .self_check
            .iter()
            .flat_map(|q| &q.options)
            .filter(|o| o.text == text)
            .count()
    };
    let wrong = routine.self_check[1..]
        .iter()
        .flat_map(|q| q.options.iter().filter(|o| !o.correct))
        .find(|o| count(&o.text) == 1)
        .expect("a question with a unique wrong option");
    click(&mut harness, &wrong.text);
    assert!(
        harness
            .query_by_label(&format!(
                "1 av 2 besvarte riktig ({total} spørsmål i alt). Ingenting lagres."
            ))
            .is_some()
    );
    assert!(harness.query_by_label("Ikke riktig.").is_some());
    click(&mut harness, "Ny runde");
    assert!(
        harness
            .query_by_label(&format!(
                "0 av 0 besvarte riktig ({total} spørsmål i alt). Ingenting lagres."
            ))
            .is_some()
    );
}

#[test]
fn leaving_training_mode_leaves_no_answers_behind() {
    let routine = routine();
    let (mut harness, _dir) = start([1280.0, 6000.0]);
    click(&mut harness, "Egenkontroll");
    let right = routine.self_check[0]
        .options
        .iter()
        .find(|o| o.correct)
        .unwrap();
    click(&mut harness, &right.text);
    assert!(harness.query_by_label("Riktig.").is_some());
    click(&mut harness, "Samtale");
    click(&mut harness, "Opplæring");
    click(&mut harness, "Egenkontroll");
    assert!(
        harness.query_by_label("Riktig.").is_none(),
        "the answer is gone"
    );
    assert!(
        harness
            .query_by_label(&format!(
                "0 av 0 besvarte riktig ({} spørsmål i alt). Ingenting lagres.",
                routine.self_check.len()
            ))
            .is_some()
    );
}

#[test]
fn handouts_for_a_session_are_one_click_away() {
    let (mut harness, _dir) = start([1280.0, 2000.0]);
    click(&mut harness, "Lag hefte til deltakerne");
    assert!(
        harness.query_by_label("Lagre PDF").is_some(),
        "the printables screen is open"
    );
    assert!(
        harness
            .query_all_by_value(&format!("rutine-v{}.pdf", routine().metadata.version))
            .count()
            > 0,
        "the handout is chosen"
    );
}

#[test]
fn f1_shows_the_shortcuts_that_work_where_you_are() {
    let (mut harness, _dir) = start([1280.0, 2000.0]);
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(harness.query_by_label("Hurtigtaster").is_some());
    for row in [
        "Neste lysbilde",
        "Pil høyre / Page Down / Mellomrom",
        "F11",
        "F1",
    ] {
        assert!(harness.query_by_label(row).is_some(), "presentation: {row}");
    }
    assert!(
        harness.query_by_label("Ctrl+Z").is_none(),
        "undo is the revision's, not the presentation's"
    );
    click(&mut harness, "Lukk");
    assert!(harness.query_by_label("Hurtigtaster").is_none());

    click(&mut harness, "Revisjon");
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(harness.query_by_label("Ctrl+Z").is_some());
    assert!(harness.query_by_label("Ctrl+Shift+Z").is_some());
    assert!(harness.query_by_label("Neste lysbilde").is_none());
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(
        harness.query_by_label("Hurtigtaster").is_none(),
        "F1 closes it again"
    );
}
