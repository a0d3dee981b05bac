//! The moment of need, as frontline employees meet it, in the real window at its default
//! size (960×720) and 100 % text: five situations from a fresh start, walked by the labels
//! a screen reader gets, each counted in actions (a click or a key), reaching its level
//! with the level in sight and the right number first; calling from a PC; no dead end
//! without a level; the room the notices and the step bar leave; and the keyboard.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rutineveileder::app::App;
use rutineveileder::routine::{Level, Routine};

use crate::support::{Stand, launch, today};

/// The window at 960×720 pixels and 100 % text, counting the employee's actions.
struct Employee {
    harness: Harness<'static, App>,
    /// A PC with no program for `tel:` links (it records what it was asked to call) and
    /// no viewer.
    phone: Stand,
    actions: usize,
    _dir: tempfile::TempDir,
}

fn routine() -> Routine {
    rutineveileder::checks::check_embedded(today())
        .routine
        .unwrap()
}

fn start() -> Employee {
    let dir = tempfile::tempdir().unwrap();
    let phone = Stand::without_viewer();
    let mut harness = launch([960.0, 720.0], &dir.path().join("innstillinger.json"))
        .desktop(phone.clone())
        .start();
    harness.run();
    Employee {
        harness,
        phone,
        actions: 0,
        _dir: dir,
    }
}

impl Employee {
    /// One action: a click on the control a screen reader names `label`.
    fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run();
        self.actions += 1;
    }

    /// Scrolls to the control named `label` (one action, as a turn of the wheel, when it
    /// had to move), and clicks it.
    fn scroll_and_click(&mut self, label: &str) {
        let before = self.harness.get_by_label(label).rect();
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        if self.harness.get_by_label(label).rect() != before {
            self.actions += 1;
        }
        self.click(label);
    }

    /// Answers a level question: «Ja», «Nei» or «Vet ikke».
    fn answer(&mut self, answer: &str, question: &str) {
        self.scroll_and_click(&format!("{answer}: {question}"));
    }

    fn shows(&self, label: &str) -> bool {
        self.harness.query_by_label(label).is_some()
    }

    /// The level strip above step 4 and 5: the level's name first.
    fn level_in_sight(&self, routine: &Routine, level: Level) -> bool {
        let name = &routine.level(level).unwrap().name;
        self.harness
            .query_all_by_label_contains(&format!("{name} – "))
            .any(|node| node.rect().max.y <= 720.0 && node.rect().min.y >= 0.0)
    }

    /// The first number offered, «Ring nå: 113 – …», on screen.
    fn first_number(&self) -> String {
        let node = self.harness.get_by_label_contains("Ring nå: ");
        assert!(node.rect().max.y <= 720.0, "«Ring nå» is on screen");
        let label = node.accesskit_node().label().unwrap_or_default();
        label
            .trim_start_matches("Ring nå: ")
            .split(" – ")
            .next()
            .unwrap()
            .to_owned()
    }
}

fn question(routine: &Routine, id: &str) -> String {
    routine
        .ask
        .level_questions
        .iter()
        .find(|q| q.id == id)
        .unwrap()
        .text
        .clone()
}

fn criterion(routine: &Routine, id: &str) -> String {
    routine.criterion(id).unwrap().1.text.clone()
}

/// Each situation: the level and the first number, and the actions it took.
#[test]
fn five_situations_reach_their_level_and_the_number_to_call_first() {
    let routine = routine();
    let mut report = Vec::new();

    // A drunk NAV client who says «i kveld»: he has said when.
    let mut nav = start();
    nav.click("4. Er det akutt?");
    nav.answer("Ja", &question(&routine, "lq-plan"));
    assert!(nav.level_in_sight(&routine, Level::Red));
    let to_level = nav.actions;
    assert_eq!(nav.first_number(), "113");
    nav.click("Til steg 5: Hva gjør du nå?");
    assert_eq!(nav.first_number(), "113");
    report.push(("NAV, «i kveld»", "RØD", to_level, nav.actions));
    assert!(to_level <= 4 && nav.actions <= 6, "{report:?}");

    // A mother who speaks of taking the children with her: danger to others, 112 first.
    let mut mother = start();
    mother.click("4. Er det akutt?");
    mother.scroll_and_click(&criterion(&routine, "red-c-fare-for-andre"));
    assert!(mother.level_in_sight(&routine, Level::Red));
    let to_level = mother.actions;
    assert_eq!(mother.first_number(), "112");
    mother.click("Til steg 5: Hva gjør du nå?");
    assert_eq!(mother.first_number(), "112");
    report.push(("mother, the children", "RØD", to_level, mother.actions));
    assert!(to_level <= 4 && mother.actions <= 6, "{report:?}");

    // A pupil who cut herself today «to feel something»: self-harm without wanting to die.
    let mut pupil = start();
    pupil.click("Barn og unge (under 18 år)");
    pupil.click("4. Er det akutt?");
    pupil.scroll_and_click(&criterion(&routine, "yellow-c-skadet-uten-a-ville-do"));
    assert!(pupil.level_in_sight(&routine, Level::Yellow));
    let to_level = pupil.actions;
    assert_eq!(pupil.first_number(), "116 117");
    report.push(("pupil, cuts", "GUL", to_level, pupil.actions));

    // An elderly man who stopped his heart medicine and wants to «slippe»: the RØD
    // questions are no, and a yes to thoughts of dying.
    let mut elderly = start();
    elderly.click("Eldre");
    elderly.click("4. Er det akutt?");
    for id in ["lq-plan", "lq-tilgang", "lq-nar", "lq-skadet", "lq-tanker"] {
        elderly.answer("Nei", &question(&routine, id));
    }
    elderly.answer("Ja", &question(&routine, "lq-tanker-om-a-do"));
    assert!(elderly.level_in_sight(&routine, Level::Yellow));
    let to_level = elderly.actions;
    assert_eq!(elderly.first_number(), "116 117");
    report.push(("elderly man, «slippe»", "GUL", to_level, elderly.actions));

    // A colleague with thoughts and no plan.
    let mut colleague = start();
    colleague.click("4. Er det akutt?");
    for id in ["lq-plan", "lq-tilgang", "lq-nar", "lq-skadet"] {
        colleague.answer("Nei", &question(&routine, id));
    }
    colleague.answer("Ja", &question(&routine, "lq-tanker"));
    assert!(colleague.level_in_sight(&routine, Level::Yellow));
    let to_level = colleague.actions;
    assert_eq!(colleague.first_number(), "116 117");
    report.push(("colleague, thoughts", "GUL", to_level, colleague.actions));

    println!("situation, level, actions to the level, actions to the first number");
    for row in &report {
        println!("{row:?}");
    }
}

/// «Vet ikke» where the rule counts an unclear answer as a yes sets the level at once;
/// where it does not, the gate goes on; and a no to every RØD question leads on to the
/// thoughts questions.
#[test]
fn an_unclear_answer_counts_where_the_rule_says_and_all_no_leads_on() {
    let routine = routine();
    let mut employee = start();
    employee.click("4. Er det akutt?");
    let thoughts = question(&routine, "lq-tanker");
    assert!(!employee.shows(&format!("Ja: {thoughts}")), "RØD first");
    employee.answer("Vet ikke", &question(&routine, "lq-tilgang"));
    assert!(employee.shows("Nivå: ikke valgt ennå"));
    employee.answer("Vet ikke", &question(&routine, "lq-nar"));
    assert!(employee.level_in_sight(&routine, Level::Red));
    let unclear = criterion(&routine, "red-c-uklart-svar");
    assert!(employee.shows(&format!("{unclear} (fra svaret ditt)")));
    // Taking the answer back takes the level back.
    employee.answer("Vet ikke", &question(&routine, "lq-nar"));
    assert!(employee.shows("Nivå: ikke valgt ennå"));
    for id in ["lq-plan", "lq-nar", "lq-skadet"] {
        employee.answer("Nei", &question(&routine, id));
    }
    assert!(
        employee.shows(&format!("Ja: {thoughts}")),
        "then GUL's questions"
    );
    employee.answer("Nei", &thoughts);
    employee.answer("Nei", &question(&routine, "lq-tanker-om-a-do"));
    assert!(
        employee
            .harness
            .query_by_label_contains("Ingen av spørsmålene ga RØD eller GUL")
            .is_some()
    );
}

/// «Ring nå» asks the PC to call, and shows the number large to dial on a phone where
/// nothing handles `tel:` links; every number in step 5 does the same.
#[test]
fn calling_from_a_pc_always_shows_the_number() {
    let routine = routine();
    let mut employee = start();
    employee.click("4. Er det akutt?");
    employee.answer("Ja", &question(&routine, "lq-nar"));
    employee.click("Ring nå: 113 – Medisinsk nødtelefon (AMK)");
    assert_eq!(employee.phone.called(), ["tel:113"]);
    assert_eq!(
        employee.harness.query_all_by_label("Ring 113").count(),
        2,
        "the 113 bar, and the dialog's heading"
    );
    let number = employee.harness.get_by_label("113");
    assert!(number.rect().height() >= 50.0, "the number is large");
    employee.click("Lukk");
    assert!(employee.harness.query_by_label("Lukk").is_none());
    employee.click("Til steg 5: Hva gjør du nå?");
    let police = employee
        .harness
        .get_all_by_label("Ring 112")
        .next()
        .unwrap();
    police.scroll_to_me();
    employee.harness.run();
    let police = employee
        .harness
        .get_all_by_label("Ring 112")
        .next()
        .unwrap();
    police.click();
    employee.harness.run();
    assert_eq!(employee.phone.called(), ["tel:113", "tel:112"]);
    assert!(employee.harness.get_by_label("112").rect().height() >= 50.0);
}

/// Without a level, step 5 offers 113 and the out-of-hours doctor and says how to choose
/// a level, instead of a dead end.
#[test]
fn step_5_without_a_level_still_gives_113_and_116_117() {
    let mut employee = start();
    employee.click("5. Hva gjør du nå?");
    assert!(employee.shows("Ring nå: 113 – Medisinsk nødtelefon (AMK)"));
    assert!(
        employee
            .harness
            .query_by_label_contains("Ring nå: 116 117")
            .is_some()
    );
    employee.click("Gå til «Er det akutt?»");
    assert!(employee.shows("Alle kriteriene"));
}

/// At 960×720 and 100 %: the notices take one line until opened (and stay as left while
/// the program runs), the step bar one row, and step 4's first question is in sight.
#[test]
fn the_notices_fold_and_the_steps_fit_one_row() {
    let routine = routine();
    let mut employee = start();
    let folded = employee.harness.get_by_label_contains("– vis dem");
    assert!(folded.rect().max.y < 100.0, "one line at the top");
    let steps: Vec<f32> = (1..=7)
        .map(|n| {
            employee
                .harness
                .get_all_by_label_contains(&format!("{n}. "))
                .next()
                .unwrap()
                .rect()
                .center()
                .y
        })
        .collect();
    assert!(
        steps.iter().all(|y| (y - steps[0]).abs() < 1.0),
        "one row: {steps:?}"
    );
    employee.click("4. Er det akutt?");
    let first = format!("Ja: {}", question(&routine, "lq-plan"));
    assert!(employee.harness.get_by_label(&first).rect().max.y < 360.0);
    // Opened, the notices stay open on another screen.
    employee.harness.get_by_label_contains("– vis dem").click();
    employee.harness.run();
    employee.click("Skjul merknadene");
    assert!(
        employee
            .harness
            .query_by_label("Skjul merknadene")
            .is_none()
    );
}

/// By keyboard: entering step 4 puts the first question within three Tab presses (the
/// first answer takes the focus), and every step opens at its top.
#[test]
fn the_first_question_is_within_three_tabs_and_every_step_opens_at_its_top() {
    let routine = routine();
    let mut employee = start();
    employee.harness.get_by_label("4. Er det akutt?").focus();
    employee.harness.key_press(egui::Key::Enter);
    employee.harness.run();
    let first = format!("Ja: {}", question(&routine, "lq-plan"));
    let mut presses = 0;
    while !employee.harness.get_by_label(&first).is_focused() {
        assert!(
            presses < 3,
            "more than three Tab presses to the first question"
        );
        employee.harness.key_press(egui::Key::Tab);
        employee.harness.run();
        presses += 1;
    }
    // Scrolled to the bottom of step 4, step 5 still opens at its top.
    employee.answer("Ja", &question(&routine, "lq-plan"));
    employee
        .harness
        .get_by_label_contains("Velg GRØNN")
        .scroll_to_me();
    employee.harness.run();
    employee.click("Til steg 5: Hva gjør du nå?");
    let heading = employee.harness.get_by_label("Hva gjør du nå?");
    assert!(heading.rect().min.y >= 0.0 && heading.rect().max.y <= 720.0);
}
