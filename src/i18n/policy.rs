//! The words for IT's machine policy: each key and its value with where it was read, the
//! lock on the routine file, and what could not be used. The settings screen and the
//! notices word them in the window's language; `rutineveileder policy` in bokmål.

use super::{Texts, fill};
use crate::policy::{Fault, Key, Policy, Problem, Raw, StartScreen};

texts! {
    PolicyTexts {
        heading: ["Satt av IT på denne PC-en", "Sett av IT på denne PC-en", "Set by IT on this PC"],
        intro: [
            "Disse verdiene kommer fra maskinens policy. De kan ikke endres her; spør IT.",
            "Desse verdiane kjem frå policyen til maskina. Dei kan ikkje endrast her; spør IT.",
            "These values come from the computer's policy. They cannot be changed here; ask IT.",
        ],
        key_routine_path: ["Rutinefil", "Rutinefil", "Routine file"],
        key_lock_routine: ["Låst rutinefil", "Låst rutinefil", "Routine file locked"],
        key_start_screen: ["Startskjerm", "Startskjerm", "Start screen"],
        key_hide_revision: ["Skjul Revisjon", "Skjul Revisjon", "Hide Revision"],
        key_allowed_signers: ["Klarerte godkjennere", "Klarerte godkjennarar", "Trusted approvers"],
        value_line: [
            "{name} ({key}): {value} – fra {place}",
            "{name} ({key}): {value} – frå {place}",
            "{name} ({key}): {value} – from {place}",
        ],
        not_set_line: ["{name} ({key}): ikke satt", "{name} ({key}): ikkje sett", "{name} ({key}): not set"],
        yes: ["ja", "ja", "yes"],
        no: ["nei", "nei", "no"],
        signers_in_use: [
            "{file} (en godkjenning teller bare med gyldig signatur fra en av dem)",
            "{file} (ei godkjenning tel berre med gyldig signatur frå ein av dei)",
            "{file} (an approval counts only with a valid signature from one of them)",
        ],
        routine_locked: [
            "IT har låst rutinefilen til {file}. Den kan ikke endres her.",
            "IT har låst rutinefila til {file}. Ho kan ikkje endrast her.",
            "IT has locked the routine file to {file}. It cannot be changed here.",
        ],
        routine_from_policy: [
            "IT har satt rutinefilen {file}. Den brukes når du ikke har valgt en annen.",
            "IT har sett rutinefila {file}. Ho blir brukt når du ikkje har valt ei anna.",
            "IT has set the routine file {file}. It is used when you have not chosen another.",
        ],
        use_policy_routine: [
            "Bruk rutinefilen IT har satt",
            "Bruk rutinefila IT har sett",
            "Use the routine file IT has set",
        ],
        problem_notice: [
            "IT-policyen kunne ikke brukes helt: {place}: {what}. Programmet bruker resten av policyen og standardverdiene.",
            "IT-policyen kunne ikkje brukast heilt: {place}: {what}. Programmet bruker resten av policyen og standardverdiane.",
            "IT's policy could not be used in full: {place}: {what}. The program uses the rest of the policy and the defaults.",
        ],
        fault_unreadable: ["kan ikke leses: {error}", "kan ikkje lesast: {error}", "cannot be read: {error}"],
        fault_too_large: [
            "filen er større enn {limit} kB; er dette riktig fil?",
            "fila er større enn {limit} kB; er dette rett fil?",
            "the file is larger than {limit} kB; is this the right file?",
        ],
        fault_not_json: ["ugyldig JSON: {error}", "ugyldig JSON: {error}", "invalid JSON: {error}"],
        fault_not_an_object: [
            "filen skal inneholde ett JSON-objekt med nøklene {keys}",
            "fila skal innehalde eitt JSON-objekt med nøklane {keys}",
            "the file must hold one JSON object with the keys {keys}",
        ],
        fault_unknown_key: [
            "ukjent nøkkel; policyen har {keys}",
            "ukjend nøkkel; policyen har {keys}",
            "unknown key; the policy has {keys}",
        ],
        fault_not_yes_no: [
            "{value} er verken 1 (ja) eller 0 (nei)",
            "{value} er verken 1 (ja) eller 0 (nei)",
            "{value} is neither 1 (yes) nor 0 (no)",
        ],
        fault_not_a_path: [
            "{value} er ikke en fullstendig sti til en fil, som \\\\server\\rutiner\\lier.json",
            "{value} er ikkje ein fullstendig sti til ei fil, som \\\\server\\rutiner\\lier.json",
            "{value} is not a full path to a file, such as \\\\server\\rutiner\\lier.json",
        ],
        fault_not_a_screen: [
            "{value} er ikke en startskjerm; bruk {screens}",
            "{value} er ikkje ein startskjerm; bruk {screens}",
            "{value} is not a start screen; use {screens}",
        ],
        fault_lock_without_path: [
            "LockRoutine er slått på, men RoutinePath mangler, så ingenting er låst",
            "LockRoutine er slått på, men RoutinePath manglar, så ingenting er låst",
            "LockRoutine is on, but RoutinePath is missing, so nothing is locked",
        ],
        value_of_another_kind: ["en verdi av feil type", "ein verdi av feil type", "a value of the wrong type"],
        // `rutineveileder policy`.
        cli_heading: [
            "IT-policy for Rutineveileder på denne maskinen",
            "IT-policy for Rutineveileder på denne maskina",
            "IT's policy for Rutineveileder on this computer",
        ],
        cli_looked_in: [
            "Lest fra (det første vinner): {sources}",
            "Lesen frå (det første vinn): {sources}",
            "Read from (the first wins): {sources}",
        ],
        cli_routine_locked: [
            "Rutinen: {file} er låst; verken --routine eller brukerens innstilling kan endre den.",
            "Rutinen: {file} er låst; verken --routine eller innstillinga til brukaren kan endre han.",
            "The routine: {file} is locked; neither --routine nor the user's setting can change it.",
        ],
        cli_routine_unlocked: [
            "Rutinen: {file} brukes når verken --routine eller brukerens innstilling velger en annen.",
            "Rutinen: {file} blir brukt når verken --routine eller innstillinga til brukaren vel ei anna.",
            "The routine: {file} is used when neither --routine nor the user's setting chooses another.",
        ],
        cli_routine_none: [
            "Rutinen: ikke satt av IT; --routine, brukerens innstilling eller den innebygde rutinen brukes.",
            "Rutinen: ikkje sett av IT; --routine, innstillinga til brukaren eller den innebygde rutinen blir brukt.",
            "The routine: not set by IT; --routine, the user's setting or the built-in routine is used.",
        ],
        cli_problem: ["{place}: {severity}: {what}", "{place}: {severity}: {what}", "{place}: {severity}: {what}"],
        cli_problems_summary: [
            "{count} verdier i policyen kan ikke brukes; programmet ser bort fra dem.",
            "{count} verdiar i policyen kan ikkje brukast; programmet ser bort frå dei.",
            "{count} values in the policy cannot be used; the program leaves them out.",
        ],
    }
}

/// The key's name in words.
fn key_words(key: Key, t: &Texts) -> &'static str {
    let policy = &t.policy;
    match key {
        Key::RoutinePath => policy.key_routine_path,
        Key::LockRoutine => policy.key_lock_routine,
        Key::StartScreen => policy.key_start_screen,
        Key::HideRevision => policy.key_hide_revision,
        Key::AllowedSigners => policy.key_allowed_signers,
    }
}

/// A key's value in words, and where it was read; `None` when IT has not set it.
fn value_and_place(policy: &Policy, key: Key, t: &Texts) -> Option<(String, String)> {
    let yes_no = |b: bool| (if b { t.policy.yes } else { t.policy.no }).to_owned();
    match key {
        Key::RoutinePath => policy
            .routine_path
            .as_ref()
            .map(|s| (s.value.display().to_string(), s.place(key).to_string())),
        Key::LockRoutine => policy
            .lock_routine
            .as_ref()
            .map(|s| (yes_no(s.value), s.place(key).to_string())),
        Key::StartScreen => policy
            .start_screen
            .as_ref()
            .map(|s| (s.value.name().to_owned(), s.place(key).to_string())),
        Key::HideRevision => policy
            .hide_revision
            .as_ref()
            .map(|s| (yes_no(s.value), s.place(key).to_string())),
        Key::AllowedSigners => policy.allowed_signers.as_ref().map(|s| {
            let file = s.value.display();
            let value = fill(t.policy.signers_in_use, &[("file", &file)]);
            (value, s.place(key).to_string())
        }),
    }
}

/// «Rutinefil (RoutinePath): \\server\rutiner\lier.json – fra HKLM\…\RoutinePath»;
/// `None` when IT has not set the key.
pub fn policy_line(policy: &Policy, key: Key, t: &Texts) -> Option<String> {
    let (value, place) = value_and_place(policy, key, t)?;
    Some(fill(
        t.policy.value_line,
        &[
            ("name", &key_words(key, t)),
            ("key", &key.name()),
            ("value", &value),
            ("place", &place),
        ],
    ))
}

/// The line for a key, «ikke satt» when IT has not set it.
pub fn policy_line_or_not_set(policy: &Policy, key: Key, t: &Texts) -> String {
    policy_line(policy, key, t).unwrap_or_else(|| {
        fill(
            t.policy.not_set_line,
            &[("name", &key_words(key, t)), ("key", &key.name())],
        )
    })
}

/// What is wrong, without where.
pub fn policy_fault(fault: &Fault, t: &Texts) -> String {
    let policy = &t.policy;
    let keys = || {
        let names: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
        names.join(", ")
    };
    match fault {
        Fault::Unreadable(error) => fill(policy.fault_unreadable, &[("error", error)]),
        Fault::TooLarge => fill(
            policy.fault_too_large,
            &[("limit", &(crate::policy::MAX_FILE_BYTES / 1024))],
        ),
        Fault::NotJson(error) => fill(policy.fault_not_json, &[("error", error)]),
        Fault::NotAnObject => fill(policy.fault_not_an_object, &[("keys", &keys())]),
        Fault::UnknownKey => fill(policy.fault_unknown_key, &[("keys", &keys())]),
        Fault::NotYesNo(raw) => fill(policy.fault_not_yes_no, &[("value", &shown(raw, t))]),
        Fault::NotAPath(raw) => fill(policy.fault_not_a_path, &[("value", &shown(raw, t))]),
        Fault::NotAScreen(raw) => {
            let screens: Vec<&str> = StartScreen::ALL.iter().map(|s| s.name()).collect();
            fill(
                policy.fault_not_a_screen,
                &[("value", &shown(raw, t)), ("screens", &screens.join(", "))],
            )
        }
        Fault::LockWithoutPath => policy.fault_lock_without_path.to_owned(),
    }
}

/// A value as it was found: a text in quotes, a number, or its kind.
fn shown(raw: &Raw, t: &Texts) -> String {
    match raw {
        Raw::Text(text) => fill(t.checks.quoted, &[("text", text)]),
        Raw::Number(number) => number.to_string(),
        Raw::Bool(b) => b.to_string(),
        Raw::Other => t.policy.value_of_another_kind.to_owned(),
    }
}

/// A problem as a notice above every screen.
pub fn policy_notice(problem: &Problem, t: &Texts) -> String {
    fill(
        t.policy.problem_notice,
        &[
            ("place", &problem.place()),
            ("what", &policy_fault(&problem.fault, t)),
        ],
    )
}

/// A problem as `rutineveileder policy` prints it: `place: advarsel: what`.
pub fn policy_problem_line(problem: &Problem, t: &Texts) -> String {
    fill(
        t.policy.cli_problem,
        &[
            ("place", &problem.place()),
            ("severity", &t.checks.warning),
            ("what", &policy_fault(&problem.fault, t)),
        ],
    )
}
