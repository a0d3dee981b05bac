//! A second municipality in an afternoon: the national templates in bokmål and nynorsk
//! pass `check` with only the warnings a new routine should have, `rutineveileder new`
//! and «Ny rutine fra mal» make a routine that passes `check` and opens in the window,
//! and a nynorsk routine gives nynorsk printables and web pages and can be walked.

use std::process::Command;

use egui_kittest::kittest::Queryable as _;
use rutineveileder::checks::{check_bytes, check_file};
use rutineveileder::export::{self, Kind, web};
use rutineveileder::i18n::{Language, fill};
use rutineveileder::routine::template::TEMPLATES;
use rutineveileder::routine::{Level, Message, Routine, Severity};

use crate::languages::only_in;
use crate::support::{launch, today};

fn rutineveileder(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn both_templates_pass_check_with_only_the_warnings_a_new_routine_has() {
    for (code, text) in TEMPLATES {
        let checked = check_bytes(text.as_bytes(), today());
        assert!(!checked.has_errors(), "{code}: {:#?}", checked.errors());
        let routine = checked.routine.as_ref().unwrap();
        assert_eq!(routine.metadata.language, code);
        let placeholder = if code == "nn" {
            "Kommunenamn"
        } else {
            "Kommunenavn"
        };
        assert_eq!(routine.metadata.municipality, placeholder);
        assert!(routine.metadata.approval.is_none(), "{code}: a draft");
        let mut placeholders = 0;
        for problem in &checked.problems {
            assert_eq!(problem.severity, Severity::Warning);
            match &problem.message {
                Message::Placeholder { .. } => placeholders += 1,
                Message::ToVerify { .. }
                | Message::Stale { .. }
                | Message::NotApproved
                | Message::NoWebAddress
                // Whom readers tell about the pages' accessibility, filled in on publishing.
                | Message::NoFeedbackContact
                // The card's local contacts, printed once the municipality fills them in.
                | Message::CardContactWithoutNumber { .. } => {}
                other => panic!("{code}: a warning a template must not have: {other}"),
            }
        }
        for role in [
            "legevakt-direkte",
            "barnevernvakt",
            "psykisk-helse-rus",
            "kriseteam",
            "kommuneoverlege",
            "skolehelsetjenesten",
            "barneverntjenesten",
            "dps-akutteam",
            "bup",
            "politikontakt",
            "ressursperson",
        ] {
            let contact = routine
                .contact(role)
                .unwrap_or_else(|| panic!("{code}: {role}"));
            assert!(contact.phone.is_none(), "{code}: {role} is to be filled in");
            assert!(
                contact.notes.is_some(),
                "{code}: {role} says what to fill in"
            );
        }
        assert!(placeholders >= 10, "{code}: {placeholders}");
        let lier = check_file(&crate::support::lier_file(), today()).unwrap();
        let lier_cases: Vec<&str> = lier
            .routine
            .as_ref()
            .unwrap()
            .cases
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let cases: Vec<&str> = routine.cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(cases, lier_cases, "{code}: Lier's practice cases");
    }
}

/// Lier is only a source of the templates (its draft plan, the seed) and a line in the
/// revision log: never the municipality, a contact, or a setting in a case.
#[test]
fn lier_is_only_a_source_of_the_templates() {
    for (code, text) in TEMPLATES {
        let mut doc: serde_json::Value = serde_json::from_str(text).unwrap();
        doc["metadata"]["revision_log"] = serde_json::Value::Null;
        let sources = doc["sources"].as_array_mut().unwrap();
        sources.retain(|s| !s["title"].as_str().unwrap().contains("Lier"));
        let rest = doc.to_string();
        assert!(!rest.contains("Lier"), "{code}: Lier outside the sources");
    }
}

/// Runs `new` for Askvoll kommune from the template in `language`, into `dir`.
fn new_askvoll(dir: &std::path::Path, language: &str) -> std::path::PathBuf {
    let out = dir.join("askvoll.json");
    let output = rutineveileder(&[
        "new",
        "--municipality",
        "Askvoll kommune",
        "--language",
        language,
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    out
}

#[test]
fn new_writes_a_routine_from_the_template_that_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let out = new_askvoll(dir.path(), "nn");
    let today = chrono::Local::now().date_naive();
    let checked = check_file(&out, today).unwrap();
    assert!(!checked.has_errors(), "{:#?}", checked.errors());
    let routine = checked.routine.unwrap();
    let meta = &routine.metadata;
    assert_eq!(meta.municipality, "Askvoll kommune");
    assert_eq!(meta.id, "askvoll-kommune-selvmordsrisiko");
    assert_eq!(meta.language, "nn");
    assert_eq!(meta.version, "0.1");
    assert_eq!(meta.revision_log.len(), 1);
    assert_eq!(meta.revision_log[0].date, today);
    assert!(
        meta.revision_log[0]
            .summary
            .contains("språkleg gjennomgang")
    );
    assert_eq!(
        meta.next_revision,
        today.checked_add_months(chrono::Months::new(12)).unwrap()
    );
}

#[test]
fn new_refuses_bad_input_with_exit_code_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ny.json");
    let out_arg = out.display().to_string();
    let cases: [(&[&str], &str); 2] = [
        (
            &["--municipality", "Askvoll kommune", "--language", "en"],
            "«en»",
        ),
        (
            &["--municipality", "  ", "--language", "nb"],
            "kommunenavnet er tomt",
        ),
    ];
    for (args, says) in cases {
        let mut all = vec!["new", "--out", &out_arg];
        all.extend_from_slice(args);
        let output = rutineveileder(&all);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert!(!out.exists(), "{args:?}: no file");
    }
    std::fs::write(&out, "mitt eget").unwrap();
    let output = rutineveileder(&["new", "--municipality", "Bø kommune", "--out", &out_arg]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "mitt eget",
        "untouched"
    );
    let output = rutineveileder(&[
        "new",
        "--municipality",
        "Bø kommune",
        "--out",
        &out_arg,
        "--force",
    ]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("\"Bø kommune\"")
    );
}

/// A routine made with `new` opens in the window, titled with its municipality.
#[test]
fn a_new_routine_opens_in_the_window_with_its_municipality_in_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let out = new_askvoll(dir.path(), "nb");
    let harness = launch([1000.0, 3000.0], &dir.path().join("innstillinger.json"))
        .routine_file(Some(out))
        .start();
    assert_eq!(harness.state().title(), "Rutineveileder – Askvoll kommune");
    assert!(harness.query_by_label("Ring 113").is_some());
    assert!(
        harness
            .query_by_label_contains("kunne ikke brukes")
            .is_none(),
        "the file itself is in use, not the built-in routine"
    );
    let lier = launch(
        [1000.0, 3000.0],
        &dir.path().join("andre-innstillinger.json"),
    )
    .start();
    assert_eq!(lier.state().title(), "Rutineveileder – Lier kommune");
}

fn nynorsk_routine(dir: &std::path::Path) -> (std::path::PathBuf, Routine) {
    let file = new_askvoll(dir, "nn");
    let routine = check_file(&file, today()).unwrap().routine.unwrap();
    (file, routine)
}

#[test]
fn a_nynorsk_routine_gives_nynorsk_printables_and_web_pages() {
    let dir = tempfile::tempdir().unwrap();
    let (_, routine) = nynorsk_routine(dir.path());
    let bokmal = only_in(Language::Bokmal, Language::Nynorsk);
    let text_of = |bytes: &[u8]| {
        let doc = lopdf::Document::load_mem(bytes).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        doc.extract_text(&pages)
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for kind in Kind::ALL {
        let text = text_of(&export::render(kind, &routine).unwrap().bytes);
        assert!(text.contains("utkast, ikkje godkjend"), "{kind:?}");
        for word in &bokmal {
            assert!(!text.contains(word.as_str()), "{kind:?}: bokmål «{word}»");
        }
    }
    let site = web::site(&routine, today());
    assert!(
        site.files
            .iter()
            .any(|f| f.path == "uroa-for-nokon/index.html")
    );
    for file in site.files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = String::from_utf8(file.bytes.clone()).unwrap();
        assert!(html.contains("<html lang=\"nn\">"), "{}", file.path);
        for word in &bokmal {
            assert!(
                !html.contains(word.as_str()),
                "{}: bokmål «{word}»",
                file.path
            );
        }
    }
}

/// A nynorsk municipality's employee, with the window in nynorsk, walks the guide on
/// the nynorsk routine from the first step to the checklist.
#[test]
fn the_guide_walks_a_nynorsk_routine_in_a_nynorsk_window() {
    let dir = tempfile::tempdir().unwrap();
    let (file, routine) = nynorsk_routine(dir.path());
    let settings = dir.path().join("innstillinger.json");
    std::fs::write(&settings, r#"{"language": "nn"}"#).unwrap();
    let mut harness = launch([1000.0, 4000.0], &settings)
        .routine_file(Some(file))
        .start();
    let t = Language::Nynorsk.texts();
    fn click(harness: &mut egui_kittest::Harness<'static, rutineveileder::app::App>, label: &str) {
        harness.get_all_by_label(label).next().unwrap().click();
        harness.run();
    }
    click(&mut harness, &routine.audiences[1].label);
    for _ in 0..3 {
        click(&mut harness, t.guide.next);
    }
    let red = routine.level(Level::Red).unwrap();
    assert_eq!(red.name, "RAUD", "the nynorsk level name");
    click(&mut harness, &red.criteria[0].text);
    let chosen = fill(
        t.guide.level_chosen,
        &[("name", &red.name), ("title", &red.title)],
    );
    assert!(
        harness.query_by_label_contains(&chosen).is_some(),
        "{chosen}"
    );
    click(&mut harness, t.guide.next);
    let first_action = &red.actions[0].text;
    assert!(
        harness.query_by_label_contains(first_action).is_some(),
        "what to do now, in nynorsk: {first_action}"
    );
    click(&mut harness, t.guide.next);
    let red_item = routine
        .checklist
        .iter()
        .find(|c| c.levels == [Level::Red])
        .unwrap();
    assert!(
        harness.query_by_label(&red_item.item.text).is_some(),
        "the red checklist in nynorsk"
    );
    assert!(harness.query_by_label(t.common.emergency_call).is_some());
}
