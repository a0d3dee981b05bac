//! The built binary's `check` command: output and exit codes.

use rutineveileder::routine::write::bump;
use std::collections::BTreeMap;
use std::process::{Command, Output};

use crate::support::fixture;

fn rutineveileder(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn broken_file(dir: &tempfile::TempDir) -> String {
    let mut doc = crate::support::minimal();
    doc["contacts"][1]["phone"] = "22 40 00 4O".into();
    doc["metadata"]["approval"] = serde_json::Value::Null;
    let path = dir.path().join("brukket.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    path.display().to_string()
}

#[test]
fn lier_routine_passes() {
    let output = rutineveileder(&["check", "routines/lier.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("routines/lier.json: 0 feil"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_broken_file_exits_1_with_every_problem_and_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = broken_file(&dir);
    let output = rutineveileder(&["check", &file]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "{file}: feil: contacts[1].phone: «22 40 00 4O» er ikke et gyldig norsk telefonnummer"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("{file}: advarsel: metadata.approval:")),
        "{out}"
    );
    assert!(
        out.contains(&format!("{file}: 1 feil, 1 advarsel – kan ikke brukes")),
        "{out}"
    );
}

#[test]
fn a_syntax_error_is_reported_as_file_line_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("syntaks.json");
    std::fs::write(&path, "{\n  \"format\": 1\n  \"metadata\": {}\n}\n").unwrap();
    let file = path.display().to_string();
    let output = rutineveileder(&["check", &file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with(&format!("{file}:3:3: feil: ugyldig JSON")),
        "{}",
        stdout(&output)
    );
}

#[test]
fn several_files_are_all_checked_and_the_worst_decides() {
    let dir = tempfile::tempdir().unwrap();
    let broken = broken_file(&dir);
    let minimal = fixture("minimal.json").display().to_string();
    let output = rutineveileder(&["check", &minimal, &broken]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(&format!("{minimal}: 0 feil, 0 advarsler – kan brukes")),
        "{out}"
    );
    assert!(out.contains(&format!("{broken}: 1 feil")), "{out}");
}

#[test]
fn an_unreadable_path_exits_2_after_checking_the_rest() {
    let minimal = fixture("minimal.json").display().to_string();
    let output = rutineveileder(&["check", "finnes/ikke.json", &minimal]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("kan ikke lese finnes/ikke.json: filen finnes ikke"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains(&format!("{minimal}: 0 feil")));

    let output = rutineveileder(&["check", "routines"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("dette er en mappe"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["check"][..], &["sjekk", "x.json"], &["--ukjent"]] {
        let output = rutineveileder(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("Usage"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn garbage_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let inputs: [&[u8]; 6] = [
        b"\xff\xfe\x00\x00",
        b"\0\0\0",
        b"{\"format\": 1e999}",
        b"\xEF\xBB\xBF",
        b"{\"format\": \"1\", \"metadata\": [], \"contacts\": {}}",
        b"null",
    ];
    for (i, bytes) in inputs.iter().enumerate() {
        let path = dir.path().join(format!("{i}.json"));
        std::fs::write(&path, bytes).unwrap();
        let output = rutineveileder(&["check", &path.display().to_string()]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "input {i}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("panicked"), "input {i}");
    }
}

#[test]
fn export_writes_every_kind_and_warns_about_gaps() {
    let dir = tempfile::tempdir().unwrap();
    for kind in ["pocket-card", "handout", "checklist", "poster", "poster-a3"] {
        let out = dir.path().join(format!("{kind}.pdf"));
        let output = rutineveileder(&["export", kind, "--out", &out.display().to_string()]);
        assert_eq!(output.status.code(), Some(0), "{kind}: {}", stderr(&output));
        assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"), "{kind}");
        assert!(stdout(&output).contains("Skrev"), "{kind}");
        // The posters and the pocket card print only contacts with a number; the
        // others print Lier's placeholders as gaps and say so.
        let warned = stderr(&output).contains("(nummer mangler)");
        assert_eq!(
            warned,
            !kind.starts_with("poster") && kind != "pocket-card",
            "{kind}: placeholders are warned about exactly when printed"
        );
    }
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 5, "no temporary files left: {names:?}");
}

#[test]
fn export_slides_writes_the_deck_and_with_notes_its_notes_pages() {
    let dir = tempfile::tempdir().unwrap();
    let deck = dir.path().join("deck.pdf");
    let notes = dir.path().join("notater.pdf");
    let output = rutineveileder(&["export", "slides", "--out", &deck.display().to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Skrev Lysbilder til opplæring (16:9)"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("(nummer mangler)"),
        "Lier's gaps are named"
    );
    let output = rutineveileder(&[
        "export",
        "slides",
        "--notes",
        "--out",
        &notes.display().to_string(),
        "--routine",
        "routines/mal-nn.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pages = |path: &std::path::Path| {
        lopdf::Document::load_mem(&std::fs::read(path).unwrap())
            .unwrap()
            .get_pages()
            .len()
    };
    assert!(pages(&deck) > 20 && pages(&notes) > 20);
    let output = rutineveileder(&["export", "handout", "--notes", "--out", "x.pdf"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--notes gjelder bare lysbildene"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn export_to_an_unwritable_place_exits_1_and_says_so() {
    let output = rutineveileder(&["export", "handout", "--out", "/finnes/ikke/rutine.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("kunne ikke skrive /finnes/ikke/rutine.pdf"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn export_of_an_invalid_routine_exits_1_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let routine = broken_file(&dir);
    let out = dir.path().join("rutine.pdf");
    std::fs::write(&out, b"the good old file").unwrap();
    let output = rutineveileder(&[
        "export",
        "handout",
        "--out",
        &out.display().to_string(),
        "--routine",
        &routine,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("contacts[1].phone"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"the good old file");
}

#[test]
fn export_usage_errors_exit_2() {
    for args in [
        &["export", "flyer", "--out", "x.pdf"][..],
        &["export", "handout"],
        &[
            "export",
            "handout",
            "--out",
            "x.pdf",
            "--routine",
            "finnes/ikke.json",
        ],
    ] {
        let output = rutineveileder(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn the_same_routine_exports_the_same_bytes_from_two_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    for out in [&a, &b] {
        assert_eq!(
            rutineveileder(&["export", "poster", "--out", &out.display().to_string()])
                .status
                .code(),
            Some(0)
        );
    }
    assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap());
}

/// Writes a changed copy of Lier's routine: a new phone number for Kirkens SOS, new
/// The version of Lier's routine in `routines/`.
fn lier_version() -> String {
    let text = std::fs::read_to_string(crate::support::lier_file()).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["metadata"]["version"].as_str().unwrap().to_owned()
}

/// opening hours for LEVE, and one warning sign removed.
fn changed_lier(dir: &tempfile::TempDir) -> String {
    let text = std::fs::read_to_string(crate::support::lier_file()).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    for contact in doc["contacts"].as_array_mut().unwrap() {
        if contact["id"] == "kirkens-sos-telefon" {
            contact["phone"] = "22 40 00 41".into();
        }
        if contact["id"] == "leve" {
            contact["hours"]["weekly"][0]["to"] = "16:00".into();
        }
    }
    // A sign no practice case names, so the changed file stays valid.
    let in_cases = doc["cases"].to_string();
    let unused = |sign: &serde_json::Value| !in_cases.contains(&sign["id"].to_string());
    let groups = doc["warning_signs"]["groups"].as_array_mut().unwrap();
    let signs = groups
        .iter_mut()
        .map(|g| g["signs"].as_array_mut().unwrap())
        .find(|signs| signs.iter().any(unused))
        .unwrap();
    let first_unused = signs.iter().position(unused).unwrap();
    signs.remove(first_unused);
    let next = bump(doc["metadata"]["version"].as_str().unwrap());
    doc["metadata"]["version"] = next.clone().into();
    let path = dir.path().join(format!("lier-{next}.json"));
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    path.display().to_string()
}

#[test]
fn diff_prints_a_readable_change_list_with_numbers_and_hours_marked() {
    let dir = tempfile::tempdir().unwrap();
    let new = changed_lier(&dir);
    let output = rutineveileder(&["diff", "routines/lier.json", &new]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    let (old, new) = (lier_version(), bump(&lier_version()));
    assert!(
        out.starts_with(&format!("Endringer fra versjon {old} til versjon {new}:")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "Om rutinen:\n  ~ endret: Versjon\n    {old} → {new}"
        )),
        "{out}"
    );
    assert!(
        out.contains("! endret: Kirkens SOS (22 40 00 41)\n    TELEFON: 22 40 00 40 → 22 40 00 41"),
        "{out}"
    );
    assert!(
        out.contains(
            "ÅPNINGSTID: man–fre 09:00–15:00; stengt på helligdager → man–fre 09:00–16:00"
        ),
        "{out}"
    );
    assert!(out.contains("Varselsignaler:\n  - fjernet:"), "{out}");

    let same = rutineveileder(&["diff", "routines/lier.json", "routines/lier.json"]);
    assert_eq!(same.status.code(), Some(0));
    assert!(stdout(&same).contains("Ingen endringer."));
}

#[test]
fn diff_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let broken = broken_file(&dir);
    let output = rutineveileder(&["diff", "routines/lier.json", &broken]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("contacts[1].phone"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        rutineveileder(&["diff", "routines/lier.json"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        rutineveileder(&["diff", "routines/lier.json", "finnes/ikke.json"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn the_revision_report_needs_the_earlier_version() {
    let dir = tempfile::tempdir().unwrap();
    let new = changed_lier(&dir);
    let out = dir.path().join("rapport.pdf").display().to_string();
    let missing = rutineveileder(&["export", "revision-report", "--out", &out]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("--against"));
    let output = rutineveileder(&[
        "export",
        "revision-report",
        "--out",
        &out,
        "--routine",
        &new,
        "--against",
        "routines/lier.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn export_web_writes_both_parts_into_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nettsted");
    let output = rutineveileder(&["export", "web", "--out", &out.display().to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for file in [
        "index.html",
        "akutt.html",
        "style.css",
        "site.js",
        "sw.js",
        "manifest.json",
        "icon-192.png",
        "bekymret-for-noen/index.html",
        "bekymret-for-noen/style.css",
        "bekymret-for-noen/site.js",
        "bekymret-for-noen/sw.js",
        "bekymret-for-noen/manifest.json",
    ] {
        assert!(out.join(file).is_file(), "{file}");
    }
    assert!(stdout(&output).contains("bekymret-for-noen/index.html for innbyggere"));
    let nynorsk = dir.path().join("nn.json");
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(crate::support::lier_file()).unwrap()).unwrap();
    doc["metadata"]["language"] = "nn".into();
    std::fs::write(&nynorsk, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = dir.path().join("nn");
    let output = rutineveileder(&[
        "export",
        "web",
        "--out",
        &out.display().to_string(),
        "--routine",
        &nynorsk.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(out.join("uroa-for-nokon/index.html").is_file());
}

/// `export web --date` dates the pages, so the same routine and date give the same
/// bytes on any day; without it the pages carry today's date.
#[test]
fn export_web_takes_the_export_date() {
    let dir = tempfile::tempdir().unwrap();
    let export = |name: &str, date: Option<&str>| {
        let out = dir.path().join(name);
        let mut args = vec!["export", "web", "--out"];
        let out_text = out.display().to_string();
        args.push(&out_text);
        if let Some(date) = date {
            args.extend(["--date", date]);
        }
        let output = rutineveileder(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        std::fs::read_to_string(out.join("kontakter.html")).unwrap()
    };
    let first = export("a", Some("2027-03-01"));
    assert!(first.contains("Sidene ble laget 01.03.2027."));
    assert_eq!(first, export("b", Some("2027-03-01")));
    let today = chrono::Local::now()
        .date_naive()
        .format("%d.%m.%Y")
        .to_string();
    assert!(export("c", None).contains(&format!("Sidene ble laget {today}.")));
    let output = rutineveileder(&["export", "web", "--out", "x", "--date", "1.3.2027"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("«1.3.2027» er ikke en dato"));
}

/// `hours` prints what the window says about every contact at a moment: one line per
/// contact, tab-separated, in the routine's language.
#[test]
fn hours_prints_each_contacts_status_at_a_moment() {
    let output = rutineveileder(&["hours", "--at", "2027-05-17T12:00"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    let lines: BTreeMap<&str, Vec<&str>> = out
        .lines()
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').collect();
            (fields[0], fields[1..].to_vec())
        })
        .collect();
    let routine = rutineveileder::checks::check_embedded(crate::support::today())
        .routine
        .unwrap();
    assert_eq!(lines.len(), routine.contacts.len(), "{out}");
    assert_eq!(lines["amk-113"], ["open", "Døgnåpen"]);
    assert_eq!(lines["politi-02800"], ["unknown", "Åpningstid ukjent"]);
    assert_eq!(
        lines["leve"],
        [
            "closed",
            "Stengt nå (Grunnlovsdag). Åpner i morgen kl. 09:00",
            "Bruk i stedet: Kirkens SOS Ring 22 40 00 40",
            "Bruk i stedet: Mental Helse Hjelpetelefonen Ring 116 123"
        ]
    );
    assert_eq!(
        lines["fastlege"][..2],
        ["unknown", "Åpningstid ukjent"],
        "a day service with unknown hours"
    );
    assert!(lines["fastlege"][2].starts_with("Hvis stengt nå, bruk: Legevakt"));

    let output = rutineveileder(&[
        "hours",
        "--routine",
        "routines/mal-nn.json",
        "--at",
        "2027-03-03 10:00",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.contains("leve\topen\tOpen no, til kl. 15:00"), "{out}");

    for bad in ["2027-05-17", "17.05.2027 12:00", "2027-05-17T25:00"] {
        let output = rutineveileder(&["hours", "--at", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(stderr(&output).contains("er ikke et tidspunkt"), "{bad}");
    }
}
