//! Training mode through AccessKit: the presentation by keyboard at projector sizes (16:9
//! below the 113 bar, nothing under 28 pixels, every text of a slide's layout on it),
//! the notices folded while presenting, F11 showing the slide alone, sub-points indented,
//! a practice case to the comparison, the self-check's score, and nothing kept on leaving.

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use rutineveileder::app::App;
use rutineveileder::checks::check_embedded;
use rutineveileder::export::layout::Fonts;
use rutineveileder::i18n::Language;
use rutineveileder::routine::{Level, Routine};
use rutineveileder::training::canvas;
use rutineveileder::training::slides::{self, Slide};

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

/// Opens «Øvingscaser» and the case with this title. The first node with the title is
/// the case's tab; the heading may repeat it.
fn open_case(harness: &mut Harness<'static, App>, title: &str) {
    click(harness, "Øvingscaser");
    harness.get_all_by_label(title).next().unwrap().click();
    harness.run();
}

/// The presentation in bokmål, as the window lays it out.
fn deck(routine: &Routine) -> Vec<Slide> {
    let fonts = Fonts::embedded().unwrap();
    slides::deck(routine, Language::Bokmal.texts(), &fonts)
}

/// What the last frame painted: each text with the font size it was painted in and
/// where, and the slide: the largest white rectangle.
struct Painted {
    texts: Vec<(String, f32, egui::Rect)>,
    slide: egui::Rect,
}

fn painted(harness: &Harness<'static, App>) -> Painted {
    fn walk(shape: &egui::Shape, out: &mut Painted) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(text) => {
                let rect = egui::Rect::from_min_size(text.pos, text.galley.size());
                for section in &text.galley.job.sections {
                    let range = section.byte_range.clone();
                    let words = text.galley.job.text[range.start.0..range.end.0].to_owned();
                    out.texts.push((words, section.format.font_id.size, rect));
                }
            }
            egui::Shape::Rect(rect)
                if rect.fill == egui::Color32::WHITE && rect.rect.area() > out.slide.area() =>
            {
                out.slide = rect.rect;
            }
            _ => {}
        }
    }
    let mut out = Painted {
        texts: Vec::new(),
        slide: egui::Rect::NOTHING,
    };
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Checks the slide on screen: 16:9, below the 113 bar, every text of its layout named
/// for screen readers inside it (its title as a heading), and no text on it smaller
/// than 28 pixels.
fn check_slide(harness: &Harness<'static, App>, slide: &Slide, size: [f32; 2], i: usize) {
    let painted = painted(harness);
    let rect = painted.slide;
    let ratio = rect.width() / rect.height();
    assert!(
        (ratio - 16.0 / 9.0).abs() < 0.01,
        "{size:?}: slide {i} is {rect:?}"
    );
    let bar = harness.get_by_label("Ring 113").rect();
    assert!(
        rect.top() >= bar.bottom(),
        "{size:?}: slide {i} under the 113 bar"
    );
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
    assert!(screen.contains_rect(rect), "{size:?}: slide {i} is cut off");
    for text in slide.drawing.texts() {
        if matches!(text.role, canvas::Role::Bullet { .. }) {
            continue;
        }
        let node = harness
            .query_all_by_label(&text.text)
            .find(|n| rect.expand(1.0).contains_rect(n.rect()))
            .unwrap_or_else(|| panic!("{size:?}: «{}» not on slide {i}", text.text));
        assert!(node.rect().width() > 0.0);
    }
    let heading = harness.get_by_role_and_label(egui::accesskit::Role::Heading, &slide.title);
    assert!(
        rect.contains_rect(heading.rect()),
        "{size:?}: slide {i}'s heading"
    );
    let on_slide: Vec<_> = painted
        .texts
        .iter()
        .filter(|(_, _, r)| rect.contains(r.center()))
        .collect();
    assert!(on_slide.len() >= slide.drawing.texts().count());
    for (words, font, _) in on_slide {
        assert!(
            *font >= 28.0,
            "{size:?}: «{words}» on slide {i} in {font} px"
        );
    }
}

#[test]
fn every_slide_is_reached_by_keyboard_and_reads_from_the_back_of_the_room() {
    let routine = routine();
    let all = deck(&routine);
    assert!(all.len() > 20);
    // A meeting room's projector, a small one, and the program's own first window.
    for size in [[1920.0, 1080.0], [1280.0, 720.0], [960.0, 720.0]] {
        let (mut harness, _dir) = start(size);
        for (i, slide) in all.iter().enumerate() {
            check_slide(&harness, slide, size, i);
            assert!(
                harness
                    .query_by_label(&format!("Lysbilde {} av {}", i + 1, all.len()))
                    .is_some()
            );
            let key = if i % 2 == 0 {
                egui::Key::ArrowRight
            } else {
                egui::Key::PageDown
            };
            harness.key_press(key);
            harness.run();
        }
        let is_on = |harness: &Harness<'static, App>, slide: &Slide| {
            harness
                .query_all_by_label(&slide.title)
                .any(|n| painted(harness).slide.contains_rect(n.rect()))
        };
        harness.key_press(egui::Key::Home);
        harness.run();
        assert!(is_on(&harness, &all[0]), "Home goes to the first slide");
        harness.key_press(egui::Key::End);
        harness.run();
        assert!(is_on(&harness, &all[all.len() - 1]), "End goes to the last");
        harness.key_press(egui::Key::ArrowLeft);
        harness.run();
        assert!(is_on(&harness, &all[all.len() - 2]));
    }
}

#[test]
fn while_presenting_the_notices_fold_away_and_f11_shows_the_slide_alone() {
    let routine = routine();
    let all = deck(&routine);
    let draft = format!(
        "OBS: Rutinen er et utkast (versjon {}) og er ikke godkjent ennå.",
        routine.metadata.version
    );
    let dir = tempfile::tempdir().unwrap();
    let mut harness =
        crate::support::launch([1280.0, 720.0], &dir.path().join("innstillinger.json")).start();
    assert!(harness.query_by_label(&draft).is_none(), "folded at start");
    harness
        .get_by_label_contains("merknader om rutinen – vis dem")
        .click();
    harness.run();
    assert!(
        harness.query_by_label(&draft).is_some(),
        "the guide lists the notices once opened"
    );
    click(&mut harness, "Opplæring");
    assert!(
        harness.query_by_label(&draft).is_none(),
        "folded while presenting"
    );
    let folded = harness
        .query_all_by_label_contains("merknader om rutinen")
        .count();
    assert_eq!(folded, 1, "one button opens them");
    let beside_menu = painted(&harness).slide;

    harness.key_press(egui::Key::F11);
    harness.run();
    let alone = painted(&harness).slide;
    assert!(
        alone.height() > beside_menu.height(),
        "{alone:?} {beside_menu:?}"
    );
    for gone in [
        "Opplæring",
        "Presentasjon",
        "Forrige",
        "Neste",
        "Vis notater",
    ] {
        assert!(
            harness.query_by_label(gone).is_none(),
            "«{gone}» in full screen"
        );
    }
    check_slide(&harness, &all[0], [1280.0, 720.0], 0);
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    check_slide(&harness, &all[1], [1280.0, 720.0], 1);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label("Forrige").is_some(),
        "Esc brings the bar back"
    );
    assert!(harness.query_by_label("Opplæring").is_some());

    click(&mut harness, "Øvingscaser");
    assert!(
        harness.query_by_label(&draft).is_some(),
        "the notices are back"
    );
}

#[test]
fn sub_points_are_drawn_indented_under_their_point() {
    let routine = routine();
    let all = deck(&routine);
    let (index, slide) = all
        .iter()
        .enumerate()
        .find(|(_, s)| {
            s.drawing
                .texts()
                .any(|t| t.role == canvas::Role::Item { depth: 1 })
        })
        .expect("a slide with sub-points");
    let (mut harness, _dir) = start([1280.0, 720.0]);
    for _ in 0..index {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    let items: Vec<(u8, &str)> = slide
        .drawing
        .texts()
        .filter_map(|t| match t.role {
            canvas::Role::Item { depth } => Some((depth, t.text.as_str())),
            _ => None,
        })
        .collect();
    let left = |text: &str| harness.get_by_label(text).rect().left();
    let point = items.iter().find(|(d, _)| *d == 0).unwrap().1;
    for (depth, text) in &items {
        assert!(
            !text.starts_with(['•', '–']),
            "«{text}» carries its own bullet"
        );
        if *depth == 1 {
            assert!(left(text) > left(point) + 20.0, "«{text}» is not indented");
        }
    }
}

#[test]
fn facilitator_notes_only_on_request() {
    let routine = routine();
    let first = &deck(&routine)[0];
    let note = format!("Notat: {}", first.notes[0]);
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let (mut harness, _dir) = start(size);
        assert!(harness.query_by_label(&note).is_none());
        click(&mut harness, "Vis notater");
        // Beside the slide, on screen, and the slide still reads from the back.
        let shown = harness.get_by_label(&note).rect();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
        assert!(
            screen.contains_rect(shown),
            "{size:?}: the note is at {shown:?}"
        );
        assert!(shown.left() >= painted(&harness).slide.right(), "{size:?}");
        check_slide(&harness, first, size, 0);
        click(&mut harness, "Skjul notater");
        assert!(harness.query_by_label(&note).is_none());
    }
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
    open_case(&mut harness, &case.title);
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
    open_case(&mut harness, &case.title);
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
