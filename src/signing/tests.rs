//! Signing and checking with real keys made in a temporary folder, and IT's list read
//! line by line.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use ssh_key::{Algorithm, HashAlg, LineEnding, PrivateKey, rand_core::OsRng};

use super::allowed::{Fault, Unreadable, matches_pattern_list};
use super::*;

const PASSPHRASE: &str = "korrekt hest batteri";

fn statement(name: &str) -> String {
    Statement {
        seal: "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        role: "Kommuneoverlege",
        name,
        date: NaiveDate::from_ymd_opt(2027, 1, 15).unwrap(),
    }
    .text()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 6, 1, 12, 0, 0).unwrap()
}

/// A new key in `dir`, made as `rutineveileder keys new` makes it.
fn key(dir: &Path, name: &str) -> NewKey {
    new_key(
        &dir.join(name),
        &format!("{name}@lier.kommune.no"),
        PASSPHRASE,
    )
    .unwrap()
}

fn signed(key: &NewKey, text: &str) -> String {
    sign(text, &key.private_file, PASSPHRASE).unwrap()
}

fn trusting(lines: &[&str]) -> AllowedSigners {
    let signers = AllowedSigners::parse(&lines.join("\n"));
    assert!(signers.problems.is_empty(), "{:?}", signers.problems);
    signers
}

#[test]
fn a_good_signature_names_the_trusted_approver() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let text = statement("Kari Nordmann");
    let signature = signed(&kari, &text);
    assert!(
        signature.starts_with("-----BEGIN SSH SIGNATURE-----\n"),
        "{signature}"
    );
    let signers = trusting(&["# Lier kommune", "", &kari.allowed_line]);
    let signer = verify(&text, &signature, &signers, now()).unwrap();
    assert_eq!(signer.principals, ["kari@lier.kommune.no"]);
    assert_eq!(signer.line, 3);
    assert_eq!(signer.fingerprint, kari.fingerprint);
    assert!(
        signer.fingerprint.starts_with("SHA256:"),
        "{}",
        signer.fingerprint
    );
}

#[test]
fn another_key_is_not_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let (kari, ola) = (key(dir.path(), "kari"), key(dir.path(), "ola"));
    let text = statement("Kari Nordmann");
    let signature = signed(&ola, &text);
    let signers = trusting(&[&kari.allowed_line]);
    assert_eq!(
        verify(&text, &signature, &signers, now()),
        Err(Refusal::UnknownKey {
            fingerprint: ola.fingerprint.clone()
        })
    );
    assert!(
        well_formed(&text, &signature).is_ok(),
        "well-formed all the same"
    );
}

#[test]
fn changed_content_or_a_changed_approval_breaks_the_signature() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let signature = signed(&kari, &statement("Kari Nordmann"));
    let signers = trusting(&[&kari.allowed_line]);
    let other_name = statement("Ola Nordmann");
    let other_seal = statement("Kari Nordmann").replace("sha256:9f", "sha256:8f");
    for text in [other_name, other_seal] {
        assert_eq!(
            verify(&text, &signature, &signers, now()),
            Err(Refusal::DoesNotMatch),
            "{text}"
        );
    }
}

#[test]
fn a_changed_signature_does_not_match() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let text = statement("Kari Nordmann");
    let signature = signed(&kari, &text);
    // The signature's own bytes end the encoded data: change a character there.
    let lines: Vec<&str> = signature.lines().collect();
    let last = lines.len() - 2;
    let mut changed_line = lines[last].to_owned();
    let replaced = if changed_line.as_bytes()[5] == b'A' {
        "B"
    } else {
        "A"
    };
    changed_line.replace_range(5..6, replaced);
    let changed = [&lines[..last], &[changed_line.as_str()], &lines[last + 1..]]
        .concat()
        .join("\n");
    assert_ne!(changed, signature);
    let signers = trusting(&[&kari.allowed_line]);
    assert_eq!(
        verify(&text, &changed, &signers, now()),
        Err(Refusal::DoesNotMatch)
    );
    assert!(matches!(
        verify(
            &text,
            "-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----",
            &signers,
            now()
        ),
        Err(Refusal::NotASignature(_))
    ));
}

#[test]
fn validity_dates_are_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let text = statement("Kari Nordmann");
    let signature = signed(&kari, &text);
    let with = |options: &str| {
        let line =
            kari.allowed_line
                .replacen(" namespaces=", &format!(" {options},namespaces="), 1);
        trusting(&[&line])
    };
    let expired = with("valid-before=\"20270101Z\"");
    assert_eq!(
        verify(&text, &signature, &expired, now()),
        Err(Refusal::Expired {
            line: 1,
            until: Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap()
        })
    );
    let later = with("valid-after=\"202707011200Z\"");
    assert!(matches!(
        verify(&text, &signature, &later, now()),
        Err(Refusal::NotYetValid { line: 1, .. })
    ));
    let within = with("valid-after=\"20270101Z\",valid-before=\"20280101000000UTC\"");
    assert!(verify(&text, &signature, &within, now()).is_ok());
}

#[test]
fn a_signature_in_another_namespace_or_a_line_for_another_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let text = statement("Kari Nordmann");
    let private = PrivateKey::read_openssh_file(&kari.private_file)
        .unwrap()
        .decrypt(PASSPHRASE)
        .unwrap();
    let for_git = private
        .sign("git", HashAlg::Sha512, text.as_bytes())
        .unwrap()
        .to_pem(LineEnding::LF)
        .unwrap();
    let signers = trusting(&[&kari.allowed_line]);
    assert_eq!(
        verify(&text, &for_git, &signers, now()),
        Err(Refusal::WrongNamespace("git".to_owned()))
    );
    let git_only = kari.allowed_line.replace(
        "namespaces=\"rutineveileder-approval\"",
        "namespaces=\"git,file\"",
    );
    let signature = signed(&kari, &text);
    assert_eq!(
        verify(&text, &signature, &trusting(&[&git_only]), now()),
        Err(Refusal::NotForApprovals { line: 1 })
    );
    let any_but_git = kari.allowed_line.replace(
        "namespaces=\"rutineveileder-approval\"",
        "namespaces=\"rutineveileder-*,!git\"",
    );
    assert!(verify(&text, &signature, &trusting(&[&any_but_git]), now()).is_ok());
}

#[test]
fn the_first_line_that_allows_the_key_counts() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let text = statement("Kari Nordmann");
    let signature = signed(&kari, &text);
    let old =
        kari.allowed_line
            .replacen(" namespaces=", " valid-before=\"20200101\",namespaces=", 1);
    let renewed = kari.allowed_line.replacen("kari@", "lege@", 1);
    let signers = trusting(&[&old, &renewed]);
    let signer = verify(&text, &signature, &signers, now()).unwrap();
    assert_eq!(
        (signer.line, signer.principals),
        (2, vec!["lege@lier.kommune.no".to_owned()])
    );
}

#[test]
fn a_list_that_trusts_no_one_refuses_every_signature() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let text = statement("Kari Nordmann");
    let signature = signed(&kari, &text);
    let missing = AllowedSigners::read_file(&dir.path().join("finnes-ikke"));
    assert_eq!(missing.unreadable, Some(Unreadable::Missing));
    let only_comments = trusting(&["# ingen ennå", "   "]);
    for signers in [missing, only_comments] {
        assert!(signers.trusts_no_one());
        assert_eq!(
            verify(&text, &signature, &signers, now()),
            Err(Refusal::NoOneTrusted)
        );
    }
}

#[test]
fn a_list_too_large_or_a_folder_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let large = dir.path().join("allowed_signers");
    std::fs::write(&large, vec![b'#'; 2 * 1024 * 1024]).unwrap();
    assert_eq!(
        AllowedSigners::read_file(&large).unreadable,
        Some(Unreadable::TooLarge)
    );
    assert!(matches!(
        AllowedSigners::read_file(dir.path()).unreadable,
        Some(Unreadable::Io(_))
    ));
}

#[test]
fn the_list_is_read_from_a_file_with_a_byte_order_mark_and_windows_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let file = dir.path().join("allowed_signers");
    let text = format!("\u{feff}# IT\r\n{}\r\n", kari.allowed_line);
    std::fs::write(&file, text).unwrap();
    let signers = AllowedSigners::read_file(&file);
    assert_eq!(signers.problems, []);
    assert_eq!(signers.entries.len(), 1);
    assert_eq!(signers.entries[0].line, 2);
}

#[test]
fn every_problem_in_the_list_is_collected_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let public = std::fs::read_to_string(&kari.public_file).unwrap();
    let public = public.trim();
    let text = [
        "# Klarerte godkjennere i Lier kommune".to_owned(),
        format!("kari@lier.kommune.no {public}"),
        format!("ca@lier.kommune.no cert-authority {public}"),
        format!("ola@lier.kommune.no nosuchoption=\"x\" {public}"),
        format!("ola@lier.kommune.no namespaces=rutineveileder-approval {public}"),
        format!("ola@lier.kommune.no valid-after=\"2027-01-01\" {public}"),
        format!("ola@lier.kommune.no namespaces=\"a\",namespaces=\"b\" {public}"),
        "rsa@lier.kommune.no ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ".to_owned(),
        "ingen@lier.kommune.no".to_owned(),
        "feil@lier.kommune.no ssh-ed25519 AAAAikkebase64".to_owned(),
        format!("\"Kari Nordmann {public}"),
        format!("a,,b {public}"),
        format!("ca@lier.kommune.no cert-authority,valid-before=\"x\" {public}"),
        format!("\"Kari Nordmann\",kari@lier.kommune.no {public}"),
        format!("\"Kari Nordmann,*@helse.lier.kommune.no\" {public} kommentar"),
    ]
    .join("\n");
    let signers = AllowedSigners::parse(&text);
    let faults: Vec<(usize, &Fault)> = signers
        .problems
        .iter()
        .map(|p| (p.line, &p.fault))
        .collect();
    let bad_key = signers
        .problems
        .iter()
        .any(|p| p.line == 10 && matches!(&p.fault, Fault::BadKey(_)));
    assert!(bad_key, "{faults:?}");
    let others: Vec<(usize, &Fault)> = faults
        .iter()
        .copied()
        .filter(|(line, _)| *line != 10)
        .collect();
    assert_eq!(
        others,
        [
            (3, &Fault::CertAuthority),
            (4, &Fault::UnknownOption("nosuchoption".to_owned())),
            (5, &Fault::UnquotedValue("namespaces".to_owned())),
            (
                6,
                &Fault::BadTime {
                    option: "valid-after".to_owned(),
                    value: "2027-01-01".to_owned()
                }
            ),
            (7, &Fault::RepeatedOption("namespaces".to_owned())),
            (8, &Fault::NotEd25519("ssh-rsa".to_owned())),
            (9, &Fault::NoKey),
            (11, &Fault::UnclosedQuote),
            (12, &Fault::EmptyPrincipal),
            (13, &Fault::CertAuthority),
            (
                13,
                &Fault::BadTime {
                    option: "valid-before".to_owned(),
                    value: "x".to_owned()
                }
            ),
            (14, &Fault::PartlyQuoted),
        ]
    );
    let lines: Vec<usize> = signers.entries.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 15]);
    assert_eq!(
        signers.entries[1].principals,
        ["Kari Nordmann", "*@helse.lier.kommune.no"]
    );
    assert!(signers.entries[1].namespaces.is_none());
}

#[test]
fn times_are_read_as_ssh_keygen_reads_them() {
    let line = |time: &str| {
        format!(
            "a valid-after=\"{time}\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILM+rvN+ot98qgEN796jTiQfZfG1KaT0PtFDJ/XFSqti"
        )
    };
    let after = |time: &str| {
        AllowedSigners::parse(&line(time))
            .entries
            .first()
            .and_then(|e| e.valid_after)
    };
    assert_eq!(
        after("20270115Z"),
        Some(Utc.with_ymd_and_hms(2027, 1, 15, 0, 0, 0).unwrap())
    );
    assert_eq!(
        after("202701151230z"),
        Some(Utc.with_ymd_and_hms(2027, 1, 15, 12, 30, 0).unwrap())
    );
    assert_eq!(
        after("20270115123045UTC"),
        Some(Utc.with_ymd_and_hms(2027, 1, 15, 12, 30, 45).unwrap())
    );
    let local = chrono::Local
        .with_ymd_and_hms(2027, 1, 15, 0, 0, 0)
        .unwrap();
    assert_eq!(after("20270115"), Some(local.with_timezone(&Utc)));
    for bad in [
        "2027011",
        "20271315Z",
        "2027-01-15",
        "202701151Z",
        "+0270115",
    ] {
        assert_eq!(after(bad), None, "{bad}");
    }
}

#[test]
fn pattern_lists_match_as_in_openssh() {
    let cases = [
        ("rutineveileder-approval", "rutineveileder-approval", true),
        ("rutineveileder-approval", "git,rutineveileder-*", true),
        ("rutineveileder-approval", "rutine?eileder-approva?", true),
        ("rutineveileder-approval", "*,!rutineveileder-*", false),
        ("rutineveileder-approval", "git,file", false),
        ("rutineveileder-approval", "*-approval*x", false),
        ("rutineveileder-approval", "*", true),
        ("rutineveileder-approval", "", false),
    ];
    for (text, list, expected) in cases {
        assert_eq!(
            matches_pattern_list(text, list),
            expected,
            "{text} in {list}"
        );
    }
}

#[test]
fn the_line_for_it_quotes_a_principal_with_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let key = new_key(&dir.path().join("kari"), "Kari Nordmann", PASSPHRASE).unwrap();
    assert!(
        key.allowed_line.starts_with(
            "\"Kari Nordmann\" namespaces=\"rutineveileder-approval\" ssh-ed25519 AAAA"
        ),
        "{}",
        key.allowed_line
    );
    let signers = trusting(&[&key.allowed_line]);
    assert_eq!(signers.entries[0].principals, ["Kari Nordmann"]);
}

#[test]
fn a_new_key_is_protected_written_once_and_readable_by_its_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("godkjenner");
    assert_eq!(
        new_key(&out, "kari", "kort"),
        Err(NewKeyFault::ShortPassphrase)
    );
    assert_eq!(
        new_key(&out, "kari,ola", PASSPHRASE),
        Err(NewKeyFault::BadPrincipal)
    );
    assert!(!out.exists());
    let made = new_key(&out, "kari", PASSPHRASE).unwrap();
    assert_eq!(made.public_file, dir.path().join("godkjenner.pub"));
    let private = PrivateKey::read_openssh_file(&out).unwrap();
    assert!(private.is_encrypted());
    assert_eq!(private.algorithm(), Algorithm::Ed25519);
    let public = std::fs::read_to_string(&made.public_file).unwrap();
    assert!(
        public.starts_with("ssh-ed25519 AAAA") && public.ends_with(" kari\n"),
        "{public}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let before = std::fs::read(&out).unwrap();
    assert_eq!(
        new_key(&out, "kari", PASSPHRASE),
        Err(NewKeyFault::Exists(out.clone()))
    );
    assert_eq!(std::fs::read(&out).unwrap(), before, "not overwritten");
    std::fs::remove_file(&out).unwrap();
    assert_eq!(
        new_key(&out, "kari", PASSPHRASE),
        Err(NewKeyFault::Exists(made.public_file.clone())),
        "a public key left behind is not overwritten either"
    );
}

#[test]
fn signing_says_what_is_wrong_with_the_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let kari = key(dir.path(), "kari");
    let text = statement("Kari Nordmann");
    let file = |name: &str, contents: &str| -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    };
    let unprotected = PrivateKey::random(&mut OsRng, Algorithm::Ed25519).unwrap();
    let unprotected = file(
        "uten-passfrase",
        &unprotected.to_openssh(LineEnding::LF).unwrap(),
    );
    let cases = [
        (
            dir.path().join("finnes-ikke"),
            PASSPHRASE,
            KeyFault::Missing,
        ),
        (
            kari.public_file.clone(),
            PASSPHRASE,
            KeyFault::PublicKeyGiven,
        ),
        (file("tekst", "hei"), PASSPHRASE, KeyFault::NotOpenSsh),
        (unprotected, PASSPHRASE, KeyFault::NoPassphrase),
        (
            kari.private_file.clone(),
            "feil passfrase",
            KeyFault::WrongPassphrase,
        ),
    ];
    for (path, passphrase, fault) in cases {
        assert_eq!(
            sign(&text, &path, passphrase),
            Err(fault),
            "{}",
            path.display()
        );
    }
}
