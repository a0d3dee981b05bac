//! The staff course, read back: its page in the web site (parsed with an HTML parser:
//! the modules, their questions and times, the routine's answers in the page, the
//! routine's own words), the SCORM package written by the real binary (its zip entries,
//! its manifest, the same bytes twice), and the routine's `course` section checked
//! in one pass.

use std::io::Read as _;
use std::process::Command;

use chrono::NaiveDate;
use rutineveileder::checks::check_bytes;
use rutineveileder::export::web::course::{self, SECONDS_PER_QUESTION, WORDS_PER_MINUTE};
use rutineveileder::export::web::{Site, site};
use rutineveileder::routine::{Location, Routine, Severity};
use scraper::{ElementRef, Html, Selector};
use serde_json::{Value, json};

use crate::support::{lier_file, today};

fn lier_json() -> Value {
    serde_json::from_slice(&std::fs::read(lier_file()).unwrap()).unwrap()
}

fn routine_of(doc: &Value) -> Routine {
    let checked = check_bytes(&serde_json::to_vec(doc).unwrap(), today());
    checked
        .routine
        .unwrap_or_else(|| panic!("{:#?}", checked.problems))
}

fn select(selector: &str) -> Selector {
    Selector::parse(selector).unwrap()
}

fn text_of(element: ElementRef<'_>) -> String {
    element.text().collect::<String>()
}

/// The course's page of the routine's site, parsed.
fn course_page(routine: &Routine) -> Html {
    let site = site(routine, NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
    let path = Site::course_page(routine);
    let file = site.files.iter().find(|f| f.path == path).unwrap();
    Html::parse_document(std::str::from_utf8(&file.bytes).unwrap())
}

/// The first whole number in a text («ca. 21 minutter»).
fn number(text: &str) -> u32 {
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap()
}

/// Each part's question ids as the page asks them, found back in the routine by their
/// text (a self-check question) or title (a case).
fn asked(html: &Html, routine: &Routine) -> Vec<Vec<String>> {
    html.select(&select("section.part"))
        .map(|part| {
            part.select(&select("form.question"))
                .map(|form| {
                    if let Some(title) = form.select(&select(".case strong")).next() {
                        let title = text_of(title);
                        let case = routine.cases.iter().find(|c| title.ends_with(&c.title));
                        return case.unwrap().id.clone();
                    }
                    let text = text_of(form.select(&select(".question-text")).next().unwrap());
                    let question = routine.self_check.iter().find(|q| q.question == text);
                    question.unwrap().id.clone()
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_page_asks_what_the_routine_chooses_and_says_each_parts_time() {
    let doc = lier_json();
    let routine = routine_of(&doc);
    let html = course_page(&routine);
    let chosen = &doc["course"]["questions"];
    let expected: Vec<Vec<String>> = [
        "why",
        "notice",
        "ask",
        "levels",
        "contacts",
        "parting",
        "aftercare",
    ]
    .iter()
    .map(|module| {
        chosen[module]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| id.as_str().unwrap().to_owned())
            .collect()
    })
    .collect();
    assert_eq!(asked(&html, &routine), expected);
    let mut total_seconds = 0;
    for part in html.select(&select("section.part")) {
        let heading = text_of(part.select(&select("h2")).next().unwrap());
        let said = number(&text_of(part.select(&select(".part-time")).next().unwrap()));
        // The part's words: everything before its questions.
        let questions = part.select(&select("form.question")).count();
        let body: String = part
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|e| !["h2", "form"].contains(&e.value().name()))
            .filter(|e| !e.value().classes().any(|c| c == "part-time"))
            .take_while(|e| text_of(*e) != "Spørsmål")
            .map(|e| e.html())
            .collect();
        let words = course::words(&body);
        let seconds = (words * 60).div_ceil(WORDS_PER_MINUTE)
            + u32::try_from(questions).unwrap() * SECONDS_PER_QUESTION;
        assert_eq!(said, course::minutes(seconds), "{heading}: {words} words");
        assert!((1..=3).contains(&questions), "{heading}: {questions}");
        total_seconds += seconds;
    }
    let total = number(&text_of(
        html.select(&select(".course strong")).next().unwrap(),
    ));
    assert_eq!(total, course::minutes(total_seconds));
    assert!(
        (15..=25).contains(&total),
        "Lier's course takes {total} minutes"
    );
    assert_eq!(total, course::total_minutes(&routine));
    // The start page says the same time and links to the page.
    let site = site(&routine, NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
    let home = site.files.iter().find(|f| f.path == "index.html").unwrap();
    let home = Html::parse_document(std::str::from_utf8(&home.bytes).unwrap());
    let link = home
        .select(&select("a[href='kurs.html']"))
        .next()
        .expect("the start page links to the course");
    assert!(text_of(link).contains(&format!("ca. {total} minutter")));
}

#[test]
fn without_a_course_section_it_asks_the_whole_self_check_and_a_case_a_level() {
    let mut doc = lier_json();
    doc.as_object_mut().unwrap().remove("course");
    let routine = routine_of(&doc);
    let html = course_page(&routine);
    let asked = asked(&html, &routine);
    let self_check: Vec<String> = routine.self_check.iter().map(|q| q.id.clone()).collect();
    let asked_self_check: Vec<String> = asked
        .iter()
        .flatten()
        .filter(|id| self_check.contains(id))
        .cloned()
        .collect();
    assert_eq!(asked_self_check, self_check);
    let levels: Vec<&str> = asked[3]
        .iter()
        .map(|id| {
            routine
                .cases
                .iter()
                .find(|c| &c.id == id)
                .unwrap()
                .level
                .key()
        })
        .collect();
    assert_eq!(levels, ["red", "yellow", "green"]);
    assert!(asked.iter().all(|part| (1..=3).contains(&part.len())));
    let data: Value = serde_json::from_str(&text_of(
        html.select(&select("script#course-data")).next().unwrap(),
    ))
    .unwrap();
    assert_eq!(data["pass_mark"], 80);
    let minutes = course::total_minutes(&routine);
    assert!((15..=25).contains(&minutes), "{minutes} minutes");
}

#[test]
fn the_right_answers_in_the_page_are_the_routines() {
    let routine = routine_of(&lier_json());
    let html = course_page(&routine);
    let data: Value = serde_json::from_str(&text_of(
        html.select(&select("script#course-data")).next().unwrap(),
    ))
    .unwrap();
    let forms: Vec<ElementRef<'_>> = html.select(&select("form.question")).collect();
    let ids: Vec<String> = asked(&html, &routine).into_iter().flatten().collect();
    assert_eq!(data["questions"].as_array().unwrap().len(), forms.len());
    for ((form, id), question) in forms
        .iter()
        .zip(&ids)
        .zip(data["questions"].as_array().unwrap())
    {
        let options: Vec<String> = form.select(&select("label")).map(text_of).collect();
        let right: Vec<usize> = question["right"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| usize::try_from(i.as_u64().unwrap()).unwrap())
            .collect();
        let feedback = text_of(form.select(&select(".feedback")).next().unwrap());
        if let Some(q) = routine.self_check.iter().find(|q| &q.id == id) {
            let expected: Vec<usize> = (0..q.options.len())
                .filter(|i| q.options[*i].correct)
                .collect();
            assert_eq!(right, expected, "{id}");
            assert!(
                feedback.contains(&q.explanation),
                "{id}: the routine's explanation"
            );
        } else {
            let case = routine.cases.iter().find(|c| &c.id == id).unwrap();
            let level = routine.level(case.level).unwrap();
            assert_eq!(options.len(), 3, "{id}: the three levels");
            assert!(options[right[0]].starts_with(&level.name), "{id}");
            assert!(feedback.contains(&case.why), "{id}: why");
            for criterion in case.criteria.iter().filter_map(|c| routine.criterion(c)) {
                assert!(
                    feedback.contains(&criterion.1.text),
                    "{id}: the deciding criteria"
                );
            }
            for (_, item) in case
                .guidance
                .iter()
                .filter_map(|g| routine.guidance_item(g))
            {
                assert!(
                    feedback.contains(&item.text),
                    "{id}: the guidance it turns on"
                );
            }
        }
        // The answer stays hidden until the first answer is given.
        let hidden = form.select(&select(".feedback[hidden]")).count();
        assert_eq!(hidden, 1, "{id}");
    }
    // No field for a name on screen: the only inputs are the options.
    assert_eq!(
        html.select(&select("input:not([type='radio']), textarea, select"))
            .count(),
        0
    );
}

/// Every list the modules teach holds the routine's own texts (its items, with the
/// audiences an item is for, and a checklist item's levels), never the program's.
#[test]
fn what_the_modules_teach_is_the_routines_own_text() {
    let routine = routine_of(&lier_json());
    let html = course_page(&routine);
    let texts: Vec<String> = routine
        .walk_items()
        .iter()
        .map(|w| w.item.text.clone())
        .collect();
    let mut checked = 0;
    for item in html.select(&select(
        "section.part > ul:not(.contacts) > li, section.part section > ul:not(.contacts) > li",
    )) {
        let text = text_of(item);
        assert!(
            texts.iter().any(|t| text.starts_with(t.as_str())),
            "not the routine's text: «{text}»"
        );
        checked += 1;
    }
    assert!(checked > 80, "{checked} items");
}

/// Runs the real program.
fn rutineveileder(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_package_holds_the_course_and_a_manifest_naming_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("kurs.zip"), dir.path().join("igjen.zip"));
    for out in [&first, &second] {
        let out = out.to_str().unwrap();
        let run = rutineveileder(&["export", "scorm", "--date", "2027-03-01", "--out", out]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(String::from_utf8_lossy(&run.stdout).contains("SCORM 1.2"));
    }
    let bytes = std::fs::read(&first).unwrap();
    assert_eq!(
        bytes,
        std::fs::read(&second).unwrap(),
        "the same bytes twice"
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "imsmanifest.xml",
            "index.html",
            "style.css",
            "course.css",
            "site.js",
            "course.js",
            "icon-192.png"
        ]
    );
    let mut read = |name: &str| {
        let mut text = String::new();
        let mut entry = zip.by_name(name).unwrap();
        assert_eq!(
            entry.compression(),
            zip::CompressionMethod::Deflated,
            "{name}"
        );
        assert_eq!(
            entry
                .last_modified()
                .map(|d| (d.year(), d.month(), d.day(), d.hour())),
            Some((2027, 3, 1, 0)),
            "{name}"
        );
        entry.read_to_string(&mut text).unwrap();
        text
    };
    let manifest = read("imsmanifest.xml");
    let page = read("index.html");
    let routine = routine_of(&lier_json());
    let manifest_html = Html::parse_fragment(&manifest);
    let files: Vec<String> = manifest_html
        .select(&select("file"))
        .map(|f| f.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(files, names[1..], "every file but the manifest, named once");
    assert_eq!(
        manifest_html.select(&select("resource")).count(),
        1,
        "one SCO"
    );
    assert!(manifest.contains("adlcp:scormtype=\"sco\" href=\"index.html\""));
    assert!(manifest.contains("<adlcp:masteryscore>80</adlcp:masteryscore>"));
    assert!(manifest.contains(&routine.metadata.title));
    assert!(manifest.contains(&format!(
        "<version><langstring xml:lang=\"nb\">{}</langstring></version>",
        routine.metadata.version
    )));
    assert!(
        !names
            .iter()
            .any(|n| n.ends_with("sw.js") || n.ends_with("manifest.json"))
    );
    let page = Html::parse_document(&page);
    assert!(page.root_element().value().attr("data-no-worker").is_some());
    assert_eq!(page.select(&select(".course[data-scorm]")).count(), 1);
    assert_eq!(page.select(&select("form.question")).count(), 13);
    // Nothing links out of the package but the numbers to call and the sources' web
    // addresses.
    for link in page.select(&select("a[href]")) {
        let href = link.value().attr("href").unwrap();
        let inside =
            href.starts_with('#') || href.starts_with("tel:") || href.starts_with("https://");
        assert!(inside, "{href}");
    }
}

#[test]
fn the_pass_mark_is_the_manifests_mastery_score() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = lier_json();
    doc["course"]["pass_mark"] = json!(70);
    let file = dir.path().join("rutine.json");
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = dir.path().join("kurs.zip");
    let run = rutineveileder(&[
        "export",
        "scorm",
        "--routine",
        file.to_str().unwrap(),
        "--date",
        "2027-03-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut manifest = String::new();
    zip.by_name("imsmanifest.xml")
        .unwrap()
        .read_to_string(&mut manifest)
        .unwrap();
    assert!(manifest.contains("<adlcp:masteryscore>70</adlcp:masteryscore>"));
}

#[test]
fn check_reports_every_problem_of_the_course_section_in_one_pass() {
    let mut doc = lier_json();
    doc["course"] = json!({
        "pass_mark": 0,
        "questions": {
            "why": ["q-hvem-vurderer", "ingen-slik"],
            "notice": [],
            "ask": ["q-113", "q-hemmelig", "q-tvil", "q-gul"],
            "levels": ["case-nav", "q-hvem-vurderer"],
            "contact": ["q-116117"],
            "parting": ["red-c-stemmer"],
            "aftercare": ["q-deg-selv"]
        }
    });
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    let errors: Vec<(String, String)> = checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| {
            let Location::Path(path) = &p.location else {
                panic!("{p:?}")
            };
            (path.clone(), p.message.to_string())
        })
        .collect();
    let expect = [
        ("course.questions.contact", "contacts"),
        ("course.pass_mark", "fra 1 til 100"),
        (
            "course.questions.why[1]",
            "«ingen-slik» er verken et spørsmål",
        ),
        ("course.questions.notice", "uten spørsmål"),
        ("course.questions.ask", "høyst 3"),
        (
            "course.questions.levels[1]",
            "spør alt om «q-hvem-vurderer» ved course.questions.why[0]",
        ),
        ("course.questions.contacts", "uten spørsmål"),
        ("course.questions.parting[0]", "«red-c-stemmer» er verken"),
    ];
    for (path, words) in expect {
        assert!(
            errors.iter().any(|(p, m)| p == path && m.contains(words)),
            "{path}: «{words}» not among {errors:#?}"
        );
    }
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
    assert!(checked.routine.is_none());
}
