//! The words for approvers' keys and signatures: making a key, what is wrong with a key
//! file, the passphrase asked for on the command line, why a signature does not count,
//! what is wrong with IT's list of trusted approvers, and where an approval without a
//! valid signature stands.

use std::path::Path;

use super::{Texts, fill};
use crate::routine::Unsigned;
use crate::signing::allowed::{self, AllowedSigners, Fault};
use crate::signing::keys::MIN_PASSPHRASE_CHARS;
use crate::signing::{KeyFault, NewKeyFault, Refusal, Verdict};

texts! {
    SigningTexts {
        // `rutineveileder keys new`.
        new_passphrase: [
            "Passfrase for den nye nøkkelen (minst {count} tegn): ",
            "Passfrase for den nye nøkkelen (minst {count} teikn): ",
            "Passphrase for the new key (at least {count} characters): ",
        ],
        new_passphrase_again: [
            "Skriv passfrasen en gang til: ",
            "Skriv passfrasen ein gong til: ",
            "Type the passphrase once more: ",
        ],
        passphrases_differ: [
            "Passfrasene er ikke like; ingen nøkkel er laget. Prøv igjen.",
            "Passfrasane er ikkje like; ingen nøkkel er laga. Prøv igjen.",
            "The passphrases differ; no key was made. Try again.",
        ],
        passphrase_unreadable: [
            "Passfrasen kunne ikke leses ({error}). Kjør programmet i et terminalvindu, eller gi passfrasen i miljøvariabelen {variable}.",
            "Passfrasen kunne ikkje lesast ({error}). Køyr programmet i eit terminalvindauge, eller gi passfrasen i miljøvariabelen {variable}.",
            "The passphrase could not be read ({error}). Run the program in a terminal window, or give the passphrase in the environment variable {variable}.",
        ],
        new_written: [
            "Skrev den private nøkkelen til {private} og den offentlige til {public} (fingeravtrykk {fingerprint}). Den private nøkkelen og passfrasen er dine alene: del dem aldri, og ta vare på begge.",
            "Skreiv den private nøkkelen til {private} og den offentlege til {public} (fingeravtrykk {fingerprint}). Den private nøkkelen og passfrasen er dine åleine: del dei aldri, og ta vare på begge.",
            "Wrote the private key to {private} and the public key to {public} (fingerprint {fingerprint}). The private key and the passphrase are yours alone: never share them, and keep both safe.",
        ],
        new_line_for_it: [
            "Linjen IT legger i filen allowed_signers for å klarere deg som godkjenner:",
            "Linja IT legg i fila allowed_signers for å klarere deg som godkjennar:",
            "The line IT adds to the allowed_signers file to trust you as an approver:",
        ],
        new_short_passphrase: [
            "Passfrasen må ha minst {count} tegn; ingen nøkkel er laget.",
            "Passfrasen må ha minst {count} teikn; ingen nøkkel er laga.",
            "The passphrase must have at least {count} characters; no key was made.",
        ],
        new_bad_principal: [
            "«{principal}» kan ikke stå som navn i allowed_signers: det kan ikke være tomt, begynne med # eller ha komma, anførselstegn, *, ? eller !. Bruk for eksempel e-postadressen: --principal kari.nordmann@lier.kommune.no",
            "«{principal}» kan ikkje stå som namn i allowed_signers: det kan ikkje vere tomt, byrje med # eller ha komma, hermeteikn, *, ? eller !. Bruk til dømes e-postadressa: --principal kari.nordmann@lier.kommune.no",
            "«{principal}» cannot stand as a name in allowed_signers: it cannot be empty, start with # or hold a comma, quotation mark, *, ? or !. Use the e-mail address, for example: --principal kari.nordmann@lier.kommune.no",
        ],
        new_exists: [
            "{file} finnes fra før og blir ikke skrevet over; velg et annet navn.",
            "{file} finst frå før og blir ikkje skriven over; vel eit anna namn.",
            "{file} already exists and is not overwritten; choose another name.",
        ],
        new_unwritable: [
            "{file} kunne ikke skrives: {error}",
            "{file} kunne ikkje skrivast: {error}",
            "{file} could not be written: {error}",
        ],
        new_failed: [
            "Nøkkelen kunne ikke lages: {error}",
            "Nøkkelen kunne ikkje lagast: {error}",
            "The key could not be made: {error}",
        ],
        // Signing with a key file: `approve --key` and «Godkjenn med nøkkel…».
        key_missing: ["{file} finnes ikke.", "{file} finst ikkje.", "{file} does not exist."],
        key_unreadable: ["{file} kan ikke leses: {error}", "{file} kan ikkje lesast: {error}", "{file} cannot be read: {error}"],
        key_public_given: [
            "{file} er den offentlige nøkkelen; velg den private nøkkelfilen (samme navn uten .pub).",
            "{file} er den offentlege nøkkelen; vel den private nøkkelfila (same namn utan .pub).",
            "{file} is the public key; choose the private key file (the same name without .pub).",
        ],
        key_not_openssh: [
            "{file} er ikke en privat OpenSSH-nøkkel (-----BEGIN OPENSSH PRIVATE KEY-----). Lag en med rutineveileder keys new eller ssh-keygen -t ed25519.",
            "{file} er ikkje ein privat OpenSSH-nøkkel (-----BEGIN OPENSSH PRIVATE KEY-----). Lag ein med rutineveileder keys new eller ssh-keygen -t ed25519.",
            "{file} is not an OpenSSH private key (-----BEGIN OPENSSH PRIVATE KEY-----). Make one with rutineveileder keys new or ssh-keygen -t ed25519.",
        ],
        key_not_ed25519: [
            "{file} er ikke en Ed25519-nøkkel ({algorithm}); programmet signerer bare med Ed25519. Lag en med rutineveileder keys new eller ssh-keygen -t ed25519.",
            "{file} er ikkje ein Ed25519-nøkkel ({algorithm}); programmet signerer berre med Ed25519. Lag ein med rutineveileder keys new eller ssh-keygen -t ed25519.",
            "{file} is not an Ed25519 key ({algorithm}); the program signs with Ed25519 only. Make one with rutineveileder keys new or ssh-keygen -t ed25519.",
        ],
        key_another_kind: ["en annen type", "ein annan type", "another kind"],
        key_no_passphrase: [
            "{file} har ingen passfrase, så hvem som helst med en kopi av filen kunne signert. Gi den en passfrase med ssh-keygen -p -f {file}, og prøv igjen.",
            "{file} har ingen passfrase, så kven som helst med ein kopi av fila kunne signert. Gi han ein passfrase med ssh-keygen -p -f {file}, og prøv igjen.",
            "{file} has no passphrase, so anyone with a copy of the file could sign. Give it one with ssh-keygen -p -f {file}, and try again.",
        ],
        key_wrong_passphrase: [
            "Passfrasen åpner ikke {file}; ingenting er signert.",
            "Passfrasen opnar ikkje {file}; ingenting er signert.",
            "The passphrase does not open {file}; nothing was signed.",
        ],
        key_failed: ["Signaturen kunne ikke lages: {error}", "Signaturen kunne ikkje lagast: {error}", "The signature could not be made: {error}"],
        key_passphrase: [
            "Passfrase for {file}: ",
            "Passfrase for {file}: ",
            "Passphrase for {file}: ",
        ],
        cli_signed: [
            "Signert med nøkkelen {fingerprint} ({file}).",
            "Signert med nøkkelen {fingerprint} ({file}).",
            "Signed with the key {fingerprint} ({file}).",
        ],
        cli_not_signed: [
            "{file} har ingen signert godkjenning; godkjenn den med --key og nøkkelfilen din.",
            "{file} har inga signert godkjenning; godkjenn ho med --key og nøkkelfila di.",
            "{file} has no signed approval; approve it with --key and your key file.",
        ],
        cli_exported: [
            "Skrev teksten godkjenneren signerte til {text} og signaturen til {signature}. OpenSSH kontrollerer dem slik (allowed_signers er IT sin liste, NAVN godkjennerens navn i den):",
            "Skreiv teksten godkjennaren signerte til {text} og signaturen til {signature}. OpenSSH kontrollerer dei slik (allowed_signers er lista til IT, NAMN namnet til godkjennaren i ho):",
            "Wrote the text the approver signed to {text} and the signature to {signature}. OpenSSH checks them so (allowed_signers is IT's list, NAME the approver's name in it):",
        ],
        // The revision screen's «Godkjenn med nøkkel…».
        approve_with_key: ["Godkjenn med nøkkel…", "Godkjenn med nøkkel…", "Approve with key…"],
        key_file: [
            "Nøkkelfil for signatur (valgfri; din private nøkkel)",
            "Nøkkelfil for signatur (valfri; den private nøkkelen din)",
            "Key file for a signature (optional; your private key)",
        ],
        key_passphrase_field: [
            "Passfrase for nøkkelen (brukes én gang og lagres ikke)",
            "Passfrase for nøkkelen (blir brukt éin gong og ikkje lagra)",
            "The key's passphrase (used once and not saved)",
        ],
        // Why a signature does not count, in detail (`check`, the revision screen).
        refusal_not_signed: ["godkjenningen er ikke signert", "godkjenninga er ikkje signert", "the approval is not signed"],
        refusal_no_one_trusted: [
            "listen over klarerte godkjennere har ingen linje som kan brukes, så ingen er klarert",
            "lista over klarerte godkjennarar har inga linje som kan brukast, så ingen er klarert",
            "the list of trusted approvers has no line that can be used, so no one is trusted",
        ],
        refusal_not_a_signature: [
            "signaturen er ikke en OpenSSH-signatur ({error})",
            "signaturen er ikkje ein OpenSSH-signatur ({error})",
            "the signature is not an OpenSSH signature ({error})",
        ],
        refusal_wrong_namespace: [
            "signaturen er laget for «{namespace}», ikke for godkjenninger",
            "signaturen er laga for «{namespace}», ikkje for godkjenningar",
            "the signature was made for «{namespace}», not for approvals",
        ],
        refusal_not_ed25519: [
            "signaturen er laget med en {algorithm}-nøkkel; bare Ed25519 godtas",
            "signaturen er laga med ein {algorithm}-nøkkel; berre Ed25519 blir godteken",
            "the signature was made with a {algorithm} key; only Ed25519 is accepted",
        ],
        refusal_does_not_match: [
            "signaturen stemmer ikke med godkjenningen og rutinen slik de står nå",
            "signaturen stemmer ikkje med godkjenninga og rutinen slik dei står no",
            "the signature does not match the approval and the routine as they stand",
        ],
        refusal_unknown_key: [
            "nøkkelen {fingerprint} står ikke i listen over klarerte godkjennere",
            "nøkkelen {fingerprint} står ikkje i lista over klarerte godkjennarar",
            "the key {fingerprint} is not on the list of trusted approvers",
        ],
        refusal_not_for_approvals: [
            "linje {line} i listen klarerer nøkkelen bare for andre formål (namespaces)",
            "linje {line} i lista klarerer nøkkelen berre for andre føremål (namespaces)",
            "line {line} of the list trusts the key for other uses only (namespaces)",
        ],
        refusal_not_yet_valid: [
            "linje {line} i listen klarerer nøkkelen først fra {time}",
            "linje {line} i lista klarerer nøkkelen først frå {time}",
            "line {line} of the list trusts the key only from {time}",
        ],
        refusal_expired: [
            "linje {line} i listen klarerte nøkkelen bare til {time}",
            "linje {line} i lista klarerte nøkkelen berre til {time}",
            "line {line} of the list trusted the key only until {time}",
        ],
        // What `check` and the revision screen say of a signature.
        verdict_well_formed: [
            "Signert med nøkkelen {fingerprint}. Ingen liste over klarerte godkjennere er gitt, så det er ikke kontrollert hvem nøkkelen tilhører; forseglingen alene avgjør.",
            "Signert med nøkkelen {fingerprint}. Inga liste over klarerte godkjennarar er gitt, så det er ikkje kontrollert kven nøkkelen høyrer til; forseglinga åleine avgjer.",
            "Signed with the key {fingerprint}. No list of trusted approvers is given, so whose key it is has not been checked; the seal alone decides.",
        ],
        verdict_malformed: [
            "Signaturen teller ikke: {why}. Ingen liste over klarerte godkjennere er gitt, så forseglingen alene avgjør.",
            "Signaturen tel ikkje: {why}. Inga liste over klarerte godkjennarar er gitt, så forseglinga åleine avgjer.",
            "The signature does not count: {why}. No list of trusted approvers is given, so the seal alone decides.",
        ],
        verdict_trusted: [
            "Signert av {signer} (linje {line} i {file}, nøkkelen {fingerprint}).",
            "Signert av {signer} (linje {line} i {file}, nøkkelen {fingerprint}).",
            "Signed by {signer} (line {line} of {file}, the key {fingerprint}).",
        ],
        verdict_refused: [
            "Signaturen teller ikke: {why} (listen over klarerte godkjennere er {file}).",
            "Signaturen tel ikkje: {why} (lista over klarerte godkjennarar er {file}).",
            "The signature does not count: {why} (the list of trusted approvers is {file}).",
        ],
        // IT's list of trusted approvers (allowed_signers).
        signers_line_problem: [
            "{file}:{line}: {what} – linjen klarerer ingen",
            "{file}:{line}: {what} – linja klarerer ingen",
            "{file}:{line}: {what} – the line trusts no one",
        ],
        signers_unreadable: [
            "Listen over klarerte godkjennere, {file}, {what}; ingen godkjenning regnes som signert av en klarert godkjenner.",
            "Lista over klarerte godkjennarar, {file}, {what}; inga godkjenning blir rekna som signert av ein klarert godkjennar.",
            "The list of trusted approvers, {file}, {what}; no approval counts as signed by a trusted approver.",
        ],
        signers_missing: ["finnes ikke", "finst ikkje", "does not exist"],
        signers_too_large: ["er større enn {limit} kB", "er større enn {limit} kB", "is larger than {limit} kB"],
        signers_io: ["kan ikke leses ({error})", "kan ikkje lesast ({error})", "cannot be read ({error})"],
        fault_no_key: ["mangler nøkkelen etter navnet", "manglar nøkkelen etter namnet", "the key after the name is missing"],
        fault_unclosed_quote: ["et anførselstegn lukkes aldri", "eit hermeteikn blir aldri lukka", "a quotation mark is never closed"],
        fault_partly_quoted: [
            "anførselstegnene må stå rundt alle navnene, som \"Kari Nordmann,kari@lier.kommune.no\"",
            "hermeteikna må stå rundt alle namna, som \"Kari Nordmann,kari@lier.kommune.no\"",
            "the quotation marks must go round all the names, as \"Kari Nordmann,kari@lier.kommune.no\"",
        ],
        fault_empty_principal: ["et navn er tomt", "eit namn er tomt", "a name is empty"],
        fault_not_ed25519: [
            "{kind}-nøkler brukes ikke; programmet kontrollerer bare Ed25519-nøkler (ssh-ed25519)",
            "{kind}-nøklar blir ikkje brukte; programmet kontrollerer berre Ed25519-nøklar (ssh-ed25519)",
            "{kind} keys are not used; the program checks Ed25519 keys (ssh-ed25519) only",
        ],
        fault_bad_key: ["nøkkelen kan ikke leses ({error})", "nøkkelen kan ikkje lesast ({error})", "the key cannot be read ({error})"],
        fault_cert_authority: [
            "cert-authority (sertifikater) brukes ikke; før opp hver godkjenners egen nøkkel",
            "cert-authority (sertifikat) blir ikkje brukt; før opp den eigne nøkkelen til kvar godkjennar",
            "cert-authority (certificates) is not used; list each approver's own key",
        ],
        fault_unknown_option: [
            "ukjent valg «{option}»; bruk namespaces, valid-after eller valid-before",
            "ukjent val «{option}»; bruk namespaces, valid-after eller valid-before",
            "unknown option «{option}»; use namespaces, valid-after or valid-before",
        ],
        fault_repeated_option: ["«{option}» står to ganger", "«{option}» står to gonger", "«{option}» is given twice"],
        fault_unquoted_value: [
            "verdien til {option} må stå i anførselstegn: {option}=\"…\"",
            "verdien til {option} må stå i hermeteikn: {option}=\"…\"",
            "the value of {option} must be in quotation marks: {option}=\"…\"",
        ],
        fault_bad_time: [
            "«{value}» er ikke et tidspunkt for {option}; skriv ÅÅÅÅMMDD eller ÅÅÅÅMMDDTTMM, med Z til slutt for UTC",
            "«{value}» er ikkje eit tidspunkt for {option}; skriv ÅÅÅÅMMDD eller ÅÅÅÅMMDDTTMM, med Z til slutt for UTC",
            "«{value}» is not a time for {option}; write YYYYMMDD or YYYYMMDDHHMM, with a Z at the end for UTC",
        ],
        // Where an approval without a valid signature from a trusted approver stands.
        unsigned_state: [
            "Ikke godkjent – mangler gyldig signatur",
            "Ikkje godkjend – manglar gyldig signatur",
            "Not approved – no valid signature",
        ],
        version_unsigned: [
            "Versjon {version} · ikke godkjent – mangler gyldig signatur · neste revisjon {next}",
            "Versjon {version} · ikkje godkjend – manglar gyldig signatur · neste revisjon {next}",
            "Version {version} · not approved – no valid signature · next revision {next}",
        ],
        status_unsigned: [
            "Ikke godkjent – mangler gyldig signatur: godkjenningen {approval} er ikke signert av en godkjenner IT har klarert ({why}).",
            "Ikkje godkjend – manglar gyldig signatur: godkjenninga {approval} er ikkje signert av ein godkjennar IT har klarert ({why}).",
            "Not approved – no valid signature: the approval of {approval} is not signed by an approver IT trusts ({why}).",
        ],
        standing_unsigned: [
            "Ikke godkjent – mangler gyldig signatur: godkjenningen {approval} er ikke signert av en godkjenner IT har klarert ({why}). Si fra til {owner}.",
            "Ikkje godkjend – manglar gyldig signatur: godkjenninga {approval} er ikkje signert av ein godkjennar IT har klarert ({why}). Sei frå til {owner}.",
            "Not approved – no valid signature: the approval of {approval} is not signed by an approver IT trusts ({why}). Tell {owner}.",
        ],
        banner_unsigned: [
            "Ikke godkjent – mangler gyldig signatur ({why}). IT godtar bare godkjenninger signert av klarerte godkjennere, så rutinen er ikke godkjent slik den står nå. Si fra til {owner}.",
            "Ikkje godkjend – manglar gyldig signatur ({why}). IT godtek berre godkjenningar signerte av klarerte godkjennarar, så rutinen er ikkje godkjend slik han står no. Sei frå til {owner}.",
            "Not approved – no valid signature ({why}). IT accepts only approvals signed by trusted approvers, so the routine is not approved as it stands. Tell {owner}.",
        ],
        signed_by: [
            "Signert av {signer}, som IT har klarert.",
            "Signert av {signer}, som IT har klarert.",
            "Signed by {signer}, whom IT trusts.",
        ],
        why_missing: ["godkjenningen er ikke signert", "godkjenninga er ikkje signert", "the approval is not signed"],
        why_invalid: [
            "signaturen hører ikke til godkjenningen slik den står",
            "signaturen høyrer ikkje til godkjenninga slik ho står",
            "the signature does not belong to the approval as it stands",
        ],
        why_unknown_key: [
            "signert med en nøkkel IT ikke har klarert",
            "signert med ein nøkkel IT ikkje har klarert",
            "signed with a key IT does not trust",
        ],
        why_not_allowed: [
            "IT har ikke klarert nøkkelen for godkjenninger nå",
            "IT har ikkje klarert nøkkelen for godkjenningar no",
            "IT does not trust the key for approvals now",
        ],
        why_no_list: [
            "listen over klarerte godkjennere kan ikke brukes",
            "lista over klarerte godkjennarar kan ikkje brukast",
            "the list of trusted approvers cannot be used",
        ],
    }
}

/// Why a new key was not made.
pub fn new_key_fault(fault: &NewKeyFault, principal: &str, t: &Texts) -> String {
    let signing = &t.signing;
    let file = |path: &Path| path.display().to_string();
    match fault {
        NewKeyFault::ShortPassphrase => fill(
            signing.new_short_passphrase,
            &[("count", &MIN_PASSPHRASE_CHARS)],
        ),
        NewKeyFault::BadPrincipal => fill(signing.new_bad_principal, &[("principal", &principal)]),
        NewKeyFault::Exists(path) => fill(signing.new_exists, &[("file", &file(path))]),
        NewKeyFault::Unwritable { path, error } => fill(
            signing.new_unwritable,
            &[("file", &file(path)), ("error", error)],
        ),
        NewKeyFault::Failed(error) => fill(signing.new_failed, &[("error", error)]),
    }
}

/// Why an approval has no valid signature from a trusted approver, in a few words.
pub fn unsigned_why(why: Unsigned, t: &Texts) -> &'static str {
    let signing = &t.signing;
    match why {
        Unsigned::Missing => signing.why_missing,
        Unsigned::Invalid => signing.why_invalid,
        Unsigned::UnknownKey => signing.why_unknown_key,
        Unsigned::NotAllowed => signing.why_not_allowed,
        Unsigned::NoList => signing.why_no_list,
    }
}

/// Why a key file could not sign.
pub fn key_fault(fault: &KeyFault, file: &Path, t: &Texts) -> String {
    let signing = &t.signing;
    let file = file.display().to_string();
    let with_file = |template: &str| fill(template, &[("file", &file)]);
    match fault {
        KeyFault::Missing => with_file(signing.key_missing),
        KeyFault::Unreadable(error) => {
            fill(signing.key_unreadable, &[("file", &file), ("error", error)])
        }
        KeyFault::PublicKeyGiven => with_file(signing.key_public_given),
        KeyFault::NotOpenSsh => with_file(signing.key_not_openssh),
        KeyFault::NotEd25519(algorithm) => {
            let algorithm = algorithm.as_deref().unwrap_or(signing.key_another_kind);
            fill(
                signing.key_not_ed25519,
                &[("file", &file), ("algorithm", &algorithm)],
            )
        }
        KeyFault::NoPassphrase => with_file(signing.key_no_passphrase),
        KeyFault::WrongPassphrase => with_file(signing.key_wrong_passphrase),
        KeyFault::Failed(error) => fill(signing.key_failed, &[("error", error)]),
    }
}

/// Why a signature does not count, in detail.
pub fn refusal(refusal: &Refusal, t: &Texts) -> String {
    let signing = &t.signing;
    let time = |time: &chrono::DateTime<chrono::Utc>| {
        time.with_timezone(&chrono::Local)
            .format("%d.%m.%Y %H:%M")
            .to_string()
    };
    match refusal {
        Refusal::NotSigned => signing.refusal_not_signed.to_owned(),
        Refusal::NoOneTrusted => signing.refusal_no_one_trusted.to_owned(),
        Refusal::NotASignature(error) => fill(signing.refusal_not_a_signature, &[("error", error)]),
        Refusal::WrongNamespace(namespace) => {
            fill(signing.refusal_wrong_namespace, &[("namespace", namespace)])
        }
        Refusal::NotEd25519(algorithm) => {
            fill(signing.refusal_not_ed25519, &[("algorithm", algorithm)])
        }
        Refusal::DoesNotMatch => signing.refusal_does_not_match.to_owned(),
        Refusal::UnknownKey { fingerprint } => {
            fill(signing.refusal_unknown_key, &[("fingerprint", fingerprint)])
        }
        Refusal::NotForApprovals { line } => {
            fill(signing.refusal_not_for_approvals, &[("line", line)])
        }
        Refusal::NotYetValid { line, from } => fill(
            signing.refusal_not_yet_valid,
            &[("line", line), ("time", &time(from))],
        ),
        Refusal::Expired { line, until } => fill(
            signing.refusal_expired,
            &[("line", line), ("time", &time(until))],
        ),
    }
}

/// What is known of an approval's signature, in a sentence; `None` when there is
/// nothing to say (no signature, and no list asking for one). `list` names IT's list.
pub fn verdict(verdict: &Verdict, list: &str, t: &Texts) -> Option<String> {
    let signing = &t.signing;
    Some(match verdict {
        Verdict::NotSigned => return None,
        Verdict::WellFormed { fingerprint } => {
            fill(signing.verdict_well_formed, &[("fingerprint", fingerprint)])
        }
        Verdict::Malformed(why) => fill(signing.verdict_malformed, &[("why", &refusal(why, t))]),
        Verdict::Trusted(signer) => fill(
            signing.verdict_trusted,
            &[
                ("signer", &signer.principals.join(", ")),
                ("line", &signer.line),
                ("file", &list),
                ("fingerprint", &signer.fingerprint),
            ],
        ),
        Verdict::Refused(why) => fill(
            signing.verdict_refused,
            &[("why", &refusal(why, t)), ("file", &list)],
        ),
    })
}

/// Everything wrong with IT's list of trusted approvers, a line each: the file as a
/// whole when it cannot be read, else each line that trusts no one.
pub fn signers_problems(signers: &AllowedSigners, list: &str, t: &Texts) -> Vec<String> {
    let signing = &t.signing;
    if let Some(unreadable) = &signers.unreadable {
        let what = match unreadable {
            allowed::Unreadable::Missing => signing.signers_missing.to_owned(),
            allowed::Unreadable::TooLarge => fill(
                signing.signers_too_large,
                &[("limit", &(allowed::MAX_FILE_BYTES / 1024))],
            ),
            allowed::Unreadable::Io(error) => fill(signing.signers_io, &[("error", error)]),
        };
        return vec![fill(
            signing.signers_unreadable,
            &[("file", &list), ("what", &what)],
        )];
    }
    signers
        .problems
        .iter()
        .map(|problem| {
            fill(
                signing.signers_line_problem,
                &[
                    ("file", &list),
                    ("line", &problem.line),
                    ("what", &signers_fault(&problem.fault, t)),
                ],
            )
        })
        .collect()
}

/// What is wrong with one line of IT's list.
fn signers_fault(fault: &Fault, t: &Texts) -> String {
    let signing = &t.signing;
    match fault {
        Fault::NoKey => signing.fault_no_key.to_owned(),
        Fault::UnclosedQuote => signing.fault_unclosed_quote.to_owned(),
        Fault::PartlyQuoted => signing.fault_partly_quoted.to_owned(),
        Fault::EmptyPrincipal => signing.fault_empty_principal.to_owned(),
        Fault::NotEd25519(kind) => fill(signing.fault_not_ed25519, &[("kind", kind)]),
        Fault::BadKey(error) => fill(signing.fault_bad_key, &[("error", error)]),
        Fault::CertAuthority => signing.fault_cert_authority.to_owned(),
        Fault::UnknownOption(option) => fill(signing.fault_unknown_option, &[("option", option)]),
        Fault::RepeatedOption(option) => fill(signing.fault_repeated_option, &[("option", option)]),
        Fault::UnquotedValue(option) => fill(signing.fault_unquoted_value, &[("option", option)]),
        Fault::BadTime { option, value } => fill(
            signing.fault_bad_time,
            &[("option", option), ("value", value)],
        ),
    }
}
