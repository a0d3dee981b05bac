//! The words for approvers' keys and signatures: making a key, what is wrong with a key
//! file, and the passphrase asked for on the command line.

use std::path::Path;

use super::{Texts, fill};
use crate::signing::NewKeyFault;
use crate::signing::keys::MIN_PASSPHRASE_CHARS;

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
