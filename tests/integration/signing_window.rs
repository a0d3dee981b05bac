//! Signed approvals in the window, through AccessKit: «Godkjenn med nøkkel…» in
//! Revisjon signs the new version with the approver's key (a wrong passphrase signs
//! nothing), and where IT's policy names trusted approvers, a routine signed by another
//! key is marked not approved on every screen.

use std::path::{Path, PathBuf};

use chrono::{TimeZone as _, Utc};
use egui_kittest::kittest::Queryable as _;
use rutineveileder::checks::check_file;
use rutineveileder::policy::Policy;
use rutineveileder::routine::seal::seal_approval;
use rutineveileder::routine::write::to_bytes;
use rutineveileder::routine::{Approval, Trust};
use rutineveileder::signing::{self, AllowedSigners, NewKey, Verdict};

use crate::support::{Stand, launch, lier_copy, on_every_screen, today};

const PASSPHRASE: &str = "korrekt hest batteri";

fn key(dir: &Path, name: &str) -> NewKey {
    signing::new_key(
        &dir.join(name),
        &format!("{name}@lier.kommune.no"),
        PASSPHRASE,
    )
    .unwrap()
}

/// IT's policy naming `allowed_signers` in `dir`, holding these lines, as its list.
fn trusting(dir: &Path, lines: &[&str]) -> Policy {
    let list = dir.join("allowed_signers");
    std::fs::write(&list, lines.join("\n") + "\n").unwrap();
    let file = dir.join("policy.json");
    let json = serde_json::json!({ "AllowedSigners": list.display().to_string() });
    Policy::from_file_bytes(&file, json.to_string().as_bytes())
}

fn type_into(
    harness: &mut egui_kittest::Harness<'_, rutineveileder::app::App>,
    label: &str,
    text: &str,
) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

const PASSPHRASE_FIELD: &str = "Passfrase for nøkkelen (brukes én gang og lagres ikke)";

#[test]
fn godkjenn_med_nokkel_signs_the_new_version_with_the_approvers_key() {
    let dir = tempfile::tempdir().unwrap();
    let file = lier_copy(dir.path());
    let kari = key(dir.path(), "kari");
    let policy = trusting(dir.path(), &[&kari.allowed_line]);
    let before = std::fs::read(&file).unwrap();
    // The key dialog answers with Kari's key file.
    let key_dialog = Stand::without_viewer();
    key_dialog.answers(Some(kari.private_file.clone()));
    let mut harness = launch([1200.0, 8000.0], &dir.path().join("innstillinger.json"))
        .routine_file(Some(file.clone()))
        .policy(policy)
        .desktop(key_dialog)
        .start();
    harness.get_by_label("Revisjon").click();
    harness.run();
    harness.get_by_label("Lagre ny versjon").click();
    harness.run();
    type_into(
        &mut harness,
        "Hva er endret (til revisjonsloggen)",
        "Godkjent.",
    );
    type_into(
        &mut harness,
        "Endret av (rolle)",
        "Virksomhet Psykisk helse og rus",
    );
    harness.get_by_label("Godkjenn med nøkkel…").click();
    harness.run();
    type_into(&mut harness, "Godkjent av (rolle)", "Kommuneoverlege");
    type_into(&mut harness, "Navn (valgfritt)", "Kari Nordmann");

    // A wrong passphrase signs nothing and saves nothing, and is wiped.
    type_into(&mut harness, PASSPHRASE_FIELD, "feil passfrase");
    let typed = harness
        .get_by_label(PASSPHRASE_FIELD)
        .value()
        .unwrap_or_default();
    assert_eq!(typed.chars().count(), 14, "shown masked: {typed:?}");
    assert!(!typed.contains("feil"), "never shown: {typed:?}");
    let save = |harness: &mut egui_kittest::Harness<'_, _>| {
        // The tab and the form's button share the name; the button comes last.
        harness
            .get_all_by_label("Lagre ny versjon")
            .last()
            .unwrap()
            .click();
        harness.run();
    };
    save(&mut harness);
    let refused = format!(
        "Passfrasen åpner ikke {}; ingenting er signert.",
        kari.private_file.display()
    );
    assert!(harness.query_by_label(&refused).is_some());
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing saved");
    let field = harness.get_by_label(PASSPHRASE_FIELD);
    assert!(
        field.value().unwrap_or_default().is_empty(),
        "{:?}",
        field.value()
    );

    type_into(&mut harness, PASSPHRASE_FIELD, PASSPHRASE);
    save(&mut harness);
    let saved = check_file(&file, today()).unwrap().routine.unwrap();
    let approval = saved.metadata.approval.clone().expect("approved");
    assert!(approval.signature.is_some(), "signed");
    let list = AllowedSigners::parse(&kari.allowed_line);
    let now = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
    assert!(matches!(
        signing::trust::verdict(&approval, Some(&list), now),
        Verdict::Trusted(_)
    ));
    let field = harness.get_by_label(PASSPHRASE_FIELD);
    assert!(
        field.value().unwrap_or_default().is_empty(),
        "wiped after use"
    );

    harness.get_by_label("Oversikt").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Signert av kari@lier.kommune.no, som IT har klarert.")
            .is_some()
    );
}

/// A copy of Lier's routine, approved, sealed and signed with `key`.
fn signed_with(dir: &Path, key: &NewKey) -> PathBuf {
    let path = lier_copy(dir);
    let mut routine = check_file(&path, today()).unwrap().routine.unwrap();
    routine.metadata.approval = Some(Approval {
        role: "Kommuneoverlege".into(),
        name: Some("Kari Nordmann".into()),
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        seal: None,
        signature: None,
        trust: Trust::Unchecked,
    });
    seal_approval(&mut routine);
    let approval = routine.metadata.approval.as_mut().unwrap();
    let text = signing::signed_text(approval).unwrap();
    approval.signature = Some(signing::sign(&text, &key.private_file, PASSPHRASE).unwrap());
    std::fs::write(&path, to_bytes(&routine)).unwrap();
    path
}

#[test]
fn under_a_policy_a_routine_signed_by_another_key_is_not_approved_on_every_screen() {
    let dir = tempfile::tempdir().unwrap();
    let (kari, ola) = (key(dir.path(), "kari"), key(dir.path(), "ola"));
    let file = signed_with(dir.path(), &ola);
    let banner = "OBS: Ikke godkjent – mangler gyldig signatur (signert med en nøkkel IT ikke har klarert). IT godtar bare godkjenninger signert av klarerte godkjennere, så rutinen er ikke godkjent slik den står nå. Si fra til Virksomhet Psykisk helse og rus.";

    // Without a policy the seal alone decides: approved.
    let harness = launch([1200.0, 1600.0], &dir.path().join("uten.json"))
        .routine_file(Some(file.clone()))
        .start();
    assert!(harness.query_by_label(banner).is_none());
    drop(harness);

    let mut harness = launch([1200.0, 1600.0], &dir.path().join("innstillinger.json"))
        .routine_file(Some(file))
        .policy(trusting(dir.path(), &[&kari.allowed_line]))
        .start();
    on_every_screen(&mut harness, |harness, screen| {
        assert!(harness.query_by_label(banner).is_some(), "{screen}");
    });
    harness.get_by_label("Revisjon").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Ikke godkjent – mangler gyldig signatur: godkjenningen 20.11.2026 av Kommuneoverlege (Kari Nordmann)")
            .is_some()
    );
}

#[test]
fn a_broken_list_of_trusted_approvers_is_a_notice_and_trusts_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let file = signed_with(dir.path(), &kari);
    let ca = kari
        .allowed_line
        .replacen(" namespaces=", " cert-authority,namespaces=", 1);
    let policy = trusting(dir.path(), &["# IT", &ca]);
    let mut harness = launch([1200.0, 1600.0], &dir.path().join("innstillinger.json"))
        .routine_file(Some(file))
        .policy(policy)
        .start();
    crate::support::open_notices(&mut harness);
    let list = dir.path().join("allowed_signers");
    let notice = format!(
        "{}:2: cert-authority (sertifikater) brukes ikke; før opp hver godkjenners egen nøkkel – linjen klarerer ingen",
        list.display()
    );
    assert!(
        harness.query_by_label_contains(&notice).is_some(),
        "{notice}"
    );
    assert!(
        harness
            .query_by_label_contains("Ikke godkjent – mangler gyldig signatur (listen over klarerte godkjennere kan ikke brukes)")
            .is_some()
    );
}
