//! Approving a routine and its seal, through the built binary: `approve` records the
//! approval of the version as it stands and seals it, `check` says where the approval
//! stands and exits 1 for a routine changed after it was approved.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rutineveileder::checks::check_file;
use rutineveileder::routine::{SealVerdict, Standing};

use crate::support::{lier_copy, minimal, today};

fn rutineveileder(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A copy of Lier's routine (a draft), approved by the kommuneoverlege on 20 November.
fn approved_lier(dir: &Path) -> PathBuf {
    let path = lier_copy(dir);
    let file = path.display().to_string();
    let output = approve(&file, "2026-11-20");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    path
}

fn approve(file: &str, date: &str) -> Output {
    rutineveileder(&[
        "approve",
        file,
        "--role",
        "Kommuneoverlege",
        "--name",
        "Kari Nordmann",
        "--date",
        date,
    ])
}

#[test]
fn approving_records_the_version_as_it_stands_seals_it_and_check_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = lier_copy(dir.path());
    let draft = check_file(&path, today()).unwrap().routine.unwrap();
    let file = path.display().to_string();
    let output = approve(&file, "2026-11-20");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(
        said.contains(&format!(
            "Godkjente {file}, versjon {}: 20.11.2026 av Kommuneoverlege (Kari Nordmann). Forseglingen er sha256:",
            draft.metadata.version
        )),
        "{said}"
    );

    let approved = check_file(&path, today()).unwrap().routine.unwrap();
    let approval = approved.metadata.approval.clone().unwrap();
    assert_eq!(
        (approval.role.as_str(), approval.name.as_deref()),
        ("Kommuneoverlege", Some("Kari Nordmann"))
    );
    assert_eq!(approval.date.to_string(), "2026-11-20");
    assert_eq!(
        approved.metadata.version, draft.metadata.version,
        "no new version"
    );
    assert_eq!(approved.seal_verdict(), SealVerdict::Intact);
    let mut unapproved = approved.clone();
    unapproved.metadata.approval = None;
    assert_eq!(unapproved, draft, "nothing but the approval changed");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        ["lier.json"],
        "no backup of the same version, no temporary file"
    );

    let output = rutineveileder(&["check", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains(&format!(
            "{file}: Godkjent 20.11.2026 av Kommuneoverlege (Kari Nordmann)\n"
        )),
        "{}",
        stdout(&output)
    );
}

#[test]
fn an_approved_file_changed_in_a_text_editor_is_not_approved_and_check_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = approved_lier(dir.path());
    let file = path.display().to_string();
    let text = std::fs::read_to_string(&path).unwrap();
    // Reformatted, with its keys in another order: still the approved routine.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    std::fs::write(&path, value.to_string()).unwrap();
    let output = rutineveileder(&["check", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));

    // A phone number changed by hand.
    assert!(text.contains("\"22 40 00 40\""));
    std::fs::write(
        &path,
        text.replacen("\"22 40 00 40\"", "\"22 40 00 41\"", 1),
    )
    .unwrap();
    let output = rutineveileder(&["check", &file]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let said = stdout(&output);
    assert!(
        said.contains(&format!(
            "{file}: Ikke godkjent – endret etter godkjenningen 20.11.2026 av Kommuneoverlege (Kari Nordmann). Endret: kontakter (contacts). Si fra til Virksomhet Psykisk helse og rus.\n"
        )),
        "{said}"
    );
    let summary = said.lines().last().unwrap();
    assert!(
        summary.starts_with(&format!("{file}: 0 feil, "))
            && summary.ends_with(" advarsler – ikke godkjent – endret etter godkjenning"),
        "{said}"
    );
    let routine = check_file(&path, today()).unwrap().routine;
    assert_eq!(
        routine.unwrap().standing(),
        Standing::NotApproved {
            changed: vec!["contacts".into()]
        },
        "shown, not refused"
    );

    // Approving it again seals what the file now holds.
    assert_eq!(approve(&file, "2026-11-21").status.code(), Some(0));
    assert_eq!(rutineveileder(&["check", &file]).status.code(), Some(0));
}

#[test]
fn a_routine_with_errors_is_not_approved_and_its_file_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feil.json");
    let mut doc = minimal();
    doc["contacts"][1]["phone"] = "22 40 00 4O".into();
    let bytes = serde_json::to_vec_pretty(&doc).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let file = path.display().to_string();
    let output = approve(&file, "2026-11-20");
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.starts_with(&format!(
            "{file} blir ikke godkjent før feilene er rettet:\n{file}: feil: contacts[1].phone:"
        )),
        "{said}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);

    let future = approve(&lier_copy(dir.path()).display().to_string(), "2999-01-01");
    assert_eq!(future.status.code(), Some(1));
    assert!(
        stderr(&future)
            .contains("metadata.approval.date: godkjenningsdatoen 2999-01-01 er fram i tid")
    );
    let missing = approve(
        &dir.path().join("finnes-ikke.json").display().to_string(),
        "2026-11-20",
    );
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn an_approval_without_a_seal_is_a_warning_and_counts_as_approved_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eldre.json");
    let mut doc = minimal();
    doc["metadata"]["approval"]
        .as_object_mut()
        .unwrap()
        .remove("seal");
    std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    let file = path.display().to_string();
    let output = rutineveileder(&["check", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let said = stdout(&output);
    assert!(
        said.contains(&format!(
            "{file}: advarsel: metadata.approval: godkjenningen er ikke forseglet"
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "{file}: Godkjent 15.01.2026 av Kommuneoverlege, uten forsegling\n"
        )),
        "{said}"
    );
}
