//! Approvers' keys and signatures with real keys: `rutineveileder keys new` run as a
//! user runs it, and the program's signatures checked by OpenSSH's own `ssh-keygen -Y
//! verify`, an independent implementation (and the other way round), where it is
//! installed. CI installs it, and there its absence fails the tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use chrono::{NaiveDate, TimeZone as _, Utc};
use rutineveileder::signing::{self, AllowedSigners, KeyFault, Refusal, Statement};

const PASSPHRASE: &str = "korrekt hest batteri";

fn text() -> String {
    Statement {
        seal: "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
        role: "Kommuneoverlege",
        name: "Kari Nordmann",
        date: NaiveDate::from_ymd_opt(2027, 1, 15).unwrap(),
    }
    .text()
}

fn keys_new(out: &Path, principal: Option<&str>, passphrase: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rutineveileder"));
    command.args(["keys", "new", "--out"]).arg(out);
    if let Some(principal) = principal {
        command.args(["--principal", principal]);
    }
    command
        .env("RUTINEVEILEDER_KEY_PASSPHRASE", passphrase)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `ssh-keygen`, when it is installed; in CI its absence is a failure.
fn ssh_keygen() -> Option<Command> {
    let found = Command::new("ssh-keygen")
        .arg("-?")
        .stderr(Stdio::null())
        .status()
        .is_ok();
    assert!(
        found || std::env::var_os("CI").is_none(),
        "ssh-keygen is not installed; CI installs openssh-client"
    );
    if !found {
        eprintln!("ssh-keygen is not installed here: the OpenSSH checks are left out");
    }
    found.then(|| Command::new("ssh-keygen"))
}

/// Runs ssh-keygen with `input` on its standard input.
fn run(mut command: Command, input: &str) -> Output {
    use std::io::Write as _;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The last line `keys new` printed: the line for IT's list.
fn allowed_line(output: &Output) -> String {
    stdout(output).lines().last().unwrap().to_owned()
}

#[test]
fn keys_new_writes_a_protected_key_and_the_line_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kari.key");
    let made = keys_new(&out, Some("kari@lier.kommune.no"), PASSPHRASE);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let line = allowed_line(&made);
    assert!(
        line.starts_with(
            "kari@lier.kommune.no namespaces=\"rutineveileder-approval\" ssh-ed25519 AAAA"
        ),
        "{line}"
    );
    assert!(stdout(&made).contains("kari.key.pub"), "{}", stdout(&made));
    let key = std::fs::read_to_string(&out).unwrap();
    assert!(
        key.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"),
        "{key}"
    );

    let again = keys_new(&out, None, PASSPHRASE);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("finnes fra før og blir ikke skrevet over"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        key,
        "the key is kept"
    );

    let short = keys_new(&dir.path().join("ola"), None, "kort");
    assert_eq!(short.status.code(), Some(2));
    assert!(
        stderr(&short).contains("minst 8 tegn"),
        "{}",
        stderr(&short)
    );
    assert!(!dir.path().join("ola").exists());
}

#[test]
fn the_principal_is_the_file_name_unless_given() {
    let dir = tempfile::tempdir().unwrap();
    let made = keys_new(&dir.path().join("kommuneoverlege.key"), None, PASSPHRASE);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    assert!(allowed_line(&made).starts_with("kommuneoverlege namespaces="));
    let refused = keys_new(&dir.path().join("b"), Some("kari,ola"), PASSPHRASE);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("«kari,ola»"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn ssh_keygen_verifies_the_programs_signature() {
    let Some(mut verify) = ssh_keygen() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("kari");
    let made = keys_new(&key, Some("kari@lier.kommune.no"), PASSPHRASE);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let allowed = dir.path().join("allowed_signers");
    std::fs::write(&allowed, allowed_line(&made) + "\n").unwrap();
    let text = text();
    let signature = signing::sign(&text, &key, PASSPHRASE).unwrap();
    let sig = dir.path().join("signatur.sig");
    std::fs::write(&sig, &signature).unwrap();
    verify
        .args(["-Y", "verify", "-f"])
        .arg(&allowed)
        .args([
            "-I",
            "kari@lier.kommune.no",
            "-n",
            "rutineveileder-approval",
            "-s",
        ])
        .arg(&sig);
    let checked = run(verify, &text);
    assert!(
        checked.status.success(),
        "{}{}",
        stdout(&checked),
        stderr(&checked)
    );
    assert!(
        stdout(&checked)
            .contains("Good \"rutineveileder-approval\" signature for kari@lier.kommune.no"),
        "{}",
        stdout(&checked)
    );

    let mut changed = ssh_keygen().unwrap();
    changed
        .args(["-Y", "verify", "-f"])
        .arg(&allowed)
        .args([
            "-I",
            "kari@lier.kommune.no",
            "-n",
            "rutineveileder-approval",
            "-s",
        ])
        .arg(&sig);
    let refused = run(changed, &text.replace("Kari", "Ola"));
    assert!(
        !refused.status.success(),
        "ssh-keygen refuses changed content too"
    );
}

/// A key made by `ssh-keygen -t … -N PASSPHRASE` in `dir`.
fn ssh_keygen_key(dir: &Path, name: &str, kind: &str, passphrase: &str) -> Option<PathBuf> {
    let mut command = ssh_keygen()?;
    let path = dir.join(name);
    let made = command
        .args(["-q", "-t", kind, "-N", passphrase, "-C", name, "-f"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", stderr(&made));
    Some(path)
}

#[test]
fn the_program_signs_with_a_key_made_by_ssh_keygen() {
    let dir = tempfile::tempdir().unwrap();
    let Some(key) = ssh_keygen_key(dir.path(), "kari", "ed25519", PASSPHRASE) else {
        return;
    };
    let text = text();
    let signature = signing::sign(&text, &key, PASSPHRASE).unwrap();
    let public = std::fs::read_to_string(signing::keys::public_file_of(&key)).unwrap();
    let signers = AllowedSigners::parse(&format!("kari@lier.kommune.no {public}"));
    let now = Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap();
    let signer = signing::verify(&text, &signature, &signers, now).unwrap();
    assert_eq!(signer.principals, ["kari@lier.kommune.no"]);
    assert_eq!(
        signing::sign(&text, &key, "feil passfrase"),
        Err(KeyFault::WrongPassphrase)
    );

    let ecdsa = ssh_keygen_key(dir.path(), "ecdsa", "ecdsa", PASSPHRASE).unwrap();
    assert_eq!(
        signing::sign(&text, &ecdsa, PASSPHRASE),
        Err(KeyFault::NotEd25519(None))
    );
    let unprotected = ssh_keygen_key(dir.path(), "uten", "ed25519", "").unwrap();
    assert_eq!(
        signing::sign(&text, &unprotected, ""),
        Err(KeyFault::NoPassphrase)
    );
}

#[test]
fn the_program_verifies_a_signature_made_by_ssh_keygen() {
    let dir = tempfile::tempdir().unwrap();
    // ssh-keygen asks for a passphrase at the terminal; this key has none, which
    // changes nothing for checking.
    let Some(key) = ssh_keygen_key(dir.path(), "kari", "ed25519", "") else {
        return;
    };
    let text = text();
    let mut sign = ssh_keygen().unwrap();
    sign.args(["-Y", "sign", "-n", "rutineveileder-approval", "-f"])
        .arg(&key);
    let signed = run(sign, &text);
    assert!(signed.status.success(), "{}", stderr(&signed));
    let signature = stdout(&signed);
    let public = std::fs::read_to_string(signing::keys::public_file_of(&key)).unwrap();
    let now = Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap();
    let trusted = AllowedSigners::parse(&format!("kari@lier.kommune.no {public}"));
    assert!(signing::verify(&text, &signature, &trusted, now).is_ok());
    let other = keys_new(&dir.path().join("ola"), Some("ola"), PASSPHRASE);
    let others = AllowedSigners::parse(&allowed_line(&other));
    assert!(matches!(
        signing::verify(&text, &signature, &others, now),
        Err(Refusal::UnknownKey { .. })
    ));
}

fn rutineveileder(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .args(args)
        .env("RUTINEVEILEDER_KEY_PASSPHRASE", PASSPHRASE)
        .env_remove("RUTINEVEILEDER_POLICY_FILE")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn approve_with_a_key_signs_and_check_names_the_trusted_approver_or_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::support::lier_copy(dir.path());
    let file_name = file.display().to_string();
    let kari = dir.path().join("kari");
    let ola = dir.path().join("ola");
    let kari_line = allowed_line(&keys_new(&kari, Some("kari@lier.kommune.no"), PASSPHRASE));
    let ola_line = allowed_line(&keys_new(&ola, Some("ola@lier.kommune.no"), PASSPHRASE));
    let trusts_kari = dir.path().join("kari_signers");
    std::fs::write(&trusts_kari, format!("{kari_line}\n")).unwrap();
    let trusts_ola = dir.path().join("ola_signers");
    std::fs::write(&trusts_ola, format!("{ola_line}\n")).unwrap();

    let approved = rutineveileder(&[
        "approve",
        &file_name,
        "--role",
        "Kommuneoverlege",
        "--name",
        "Kari Nordmann",
        "--date",
        "2026-11-20",
        "--key",
        &kari.display().to_string(),
    ]);
    assert_eq!(approved.status.code(), Some(0), "{}", stderr(&approved));
    assert!(
        stdout(&approved).contains("Signert med nøkkelen SHA256:"),
        "{}",
        stdout(&approved)
    );

    let trusted = rutineveileder(&[
        "check",
        &file_name,
        "--allowed-signers",
        &trusts_kari.display().to_string(),
    ]);
    assert_eq!(trusted.status.code(), Some(0), "{}", stdout(&trusted));
    assert!(
        stdout(&trusted).contains(&format!(
            "{file_name}: Signert av kari@lier.kommune.no (linje 1 i {}",
            trusts_kari.display()
        )),
        "{}",
        stdout(&trusted)
    );

    let refused = rutineveileder(&[
        "check",
        &file_name,
        "--allowed-signers",
        &trusts_ola.display().to_string(),
    ]);
    assert_eq!(refused.status.code(), Some(1), "a rollout script stops");
    let out = stdout(&refused);
    assert!(
        out.contains("står ikke i listen over klarerte godkjennere"),
        "{out}"
    );
    assert!(
        out.contains("– ikke godkjent – mangler gyldig signatur\n"),
        "{out}"
    );

    let missing = rutineveileder(&[
        "check",
        &file_name,
        "--allowed-signers",
        &dir.path().join("ingen").display().to_string(),
    ]);
    assert_eq!(
        missing.status.code(),
        Some(1),
        "an unreadable list trusts no one"
    );
    assert!(
        stdout(&missing).contains("finnes ikke; ingen godkjenning regnes som signert"),
        "{}",
        stdout(&missing)
    );

    // Without a list the seal alone decides, and the signature is said to be unchecked.
    let alone = rutineveileder(&["check", &file_name]);
    assert_eq!(alone.status.code(), Some(0));
    assert!(
        stdout(&alone).contains("det er ikke kontrollert hvem nøkkelen tilhører"),
        "{}",
        stdout(&alone)
    );

    // Approving again without a key drops the signature, so the list refuses it.
    let unsigned = rutineveileder(&[
        "approve",
        &file_name,
        "--role",
        "Kommuneoverlege",
        "--name",
        "Kari Nordmann",
    ]);
    assert_eq!(unsigned.status.code(), Some(0));
    let refused = rutineveileder(&[
        "check",
        &file_name,
        "--allowed-signers",
        &trusts_kari.display().to_string(),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stdout(&refused).contains("(godkjenningen er ikke signert)"),
        "{}",
        stdout(&refused)
    );
}

#[test]
fn approve_with_a_wrong_key_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::support::lier_copy(dir.path());
    let before = std::fs::read(&file).unwrap();
    let kari = dir.path().join("kari");
    keys_new(&kari, None, PASSPHRASE);
    let public = signing::keys::public_file_of(&kari);
    let output = rutineveileder(&[
        "approve",
        &file.display().to_string(),
        "--role",
        "Kommuneoverlege",
        "--name",
        "Kari",
        "--key",
        &public.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("er den offentlige nøkkelen"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn export_signature_writes_what_ssh_keygen_checks() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::support::lier_copy(dir.path());
    let file_name = file.display().to_string();
    let kari = dir.path().join("kari");
    let line = allowed_line(&keys_new(&kari, Some("kari@lier.kommune.no"), PASSPHRASE));
    let unsigned = rutineveileder(&[
        "keys",
        "export-signature",
        &file_name,
        "--out",
        &dir.path().join("x").display().to_string(),
    ]);
    assert_eq!(unsigned.status.code(), Some(1));
    assert!(
        stderr(&unsigned).contains("har ingen signert godkjenning"),
        "{}",
        stderr(&unsigned)
    );
    rutineveileder(&[
        "approve",
        &file_name,
        "--role",
        "Kommuneoverlege",
        "--name",
        "Kari Nordmann",
        "--key",
        &kari.display().to_string(),
    ]);
    let out = dir.path().join("kontroll");
    let exported = rutineveileder(&[
        "keys",
        "export-signature",
        &file_name,
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(exported.status.code(), Some(0), "{}", stderr(&exported));
    let text = std::fs::read_to_string(out.join("godkjenning.txt")).unwrap();
    assert!(
        text.starts_with("rutineveileder-approval 1\nseal sha256:"),
        "{text}"
    );
    assert!(
        text.contains("role \"Kommuneoverlege\"\nname \"Kari Nordmann\"\ndate "),
        "{text}"
    );
    let Some(mut verify) = ssh_keygen() else {
        return;
    };
    let allowed = dir.path().join("allowed_signers");
    std::fs::write(&allowed, line + "\n").unwrap();
    verify
        .args(["-Y", "verify", "-f"])
        .arg(&allowed)
        .args([
            "-I",
            "kari@lier.kommune.no",
            "-n",
            "rutineveileder-approval",
            "-s",
        ])
        .arg(out.join("godkjenning.sig"));
    let checked = run(verify, &text);
    assert!(
        checked.status.success(),
        "{}{}",
        stdout(&checked),
        stderr(&checked)
    );
}

#[test]
fn the_policy_command_names_the_lines_of_the_list_that_trust_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let kari = dir.path().join("kari");
    let line = allowed_line(&keys_new(&kari, Some("kari@lier.kommune.no"), PASSPHRASE));
    let list = dir.path().join("allowed_signers");
    std::fs::write(
        &list,
        format!("{line}\nola@lier.kommune.no ssh-rsa AAAAB3Nza\n"),
    )
    .unwrap();
    let policy = dir.path().join("policy.json");
    let json = serde_json::json!({ "AllowedSigners": list.display().to_string() });
    std::fs::write(&policy, json.to_string()).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_rutineveileder"))
        .arg("policy")
        .env("RUTINEVEILEDER_POLICY_FILE", &policy)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "{}:2: ssh-rsa-nøkler brukes ikke; programmet kontrollerer bare Ed25519-nøkler (ssh-ed25519) – linjen klarerer ingen",
            list.display()
        )),
        "{out}"
    );
    assert!(
        out.contains("(en godkjenning teller bare med gyldig signatur fra en av dem)"),
        "{out}"
    );
}
