//! The words for where a routine's approval stands: approved, approved without a seal,
//! a draft, or changed after it was approved, with the parts that changed. The window
//! words it in its language, the printables, web pages and course in the routine's
//! (through [`super::version_line`] and [`super::approval_state`]), and the command line
//! in bokmål.

use super::{Texts, approval, fill};
use crate::routine::{Routine, Standing};

texts! {
    ApprovalTexts {
        approved: ["Godkjent {approval}", "Godkjend {approval}", "Approved {approval}"],
        approved_unsealed: [
            "Godkjent {approval}, uten forsegling",
            "Godkjend {approval}, utan forsegling",
            "Approved {approval}, without a seal",
        ],
        changed: [
            "Ikke godkjent – endret etter godkjenningen {approval}. Endret: {parts}. Si fra til {owner}.",
            "Ikkje godkjend – endra etter godkjenninga {approval}. Endra: {parts}. Sei frå til {owner}.",
            "Not approved – changed after the approval of {approval}. Changed: {parts}. Tell {owner}.",
        ],
        banner: [
            "Endret etter godkjenning: {parts}. Rutinen er ikke godkjent slik den står nå. Si fra til {owner}.",
            "Endra etter godkjenning: {parts}. Rutinen er ikkje godkjend slik han står no. Sei frå til {owner}.",
            "Changed after approval: {parts}. The routine is not approved as it stands. Tell {owner}.",
        ],
        part_named: ["{part} ({name})", "{part} ({name})", "{part} ({name})"],
        cli_approved: [
            "Godkjente {file}, versjon {version}: {approval}. Forseglingen er {digest}.",
            "Godkjende {file}, versjon {version}: {approval}. Forseglinga er {digest}.",
            "Approved {file}, version {version}: {approval}. The seal is {digest}.",
        ],
        cli_replaced: [
            "Godkjenningen som sto i filen, {approval}, er erstattet.",
            "Godkjenninga som stod i fila, {approval}, er erstatta.",
            "The approval the file held, {approval}, has been replaced.",
        ],
        cli_refused: [
            "{file} blir ikke godkjent før feilene er rettet:",
            "{file} blir ikkje godkjend før feila er retta:",
            "{file} is not approved until the errors are corrected:",
        ],
        cli_blank: [
            "{option} er tom; skriv hvem som godkjenner, for eksempel --role Kommuneoverlege --name \"Kari Nordmann\"",
            "{option} er tom; skriv kven som godkjenner, til dømes --role Kommuneoverlege --name \"Kari Nordmann\"",
            "{option} is empty; write who approves, for example --role Kommuneoverlege --name \"Kari Nordmann\"",
        ],
        part_metadata_id: ["rutinens id", "id-en til rutinen", "the routine's id"],
        part_metadata_title: ["tittel", "tittel", "title"],
        part_metadata_municipality: ["kommune", "kommune", "municipality"],
        part_metadata_language: ["språk", "språk", "language"],
        part_metadata_version: ["versjon", "versjon", "version"],
        part_metadata_document_id: ["dokument-id", "dokument-id", "document id"],
        part_metadata_web_address: ["nettstedets adresse", "adressa til nettstaden", "web site address"],
        part_metadata_feedback_contact: [
            "kontakt for tilbakemeldinger om tilgjengelighet",
            "kontakt for tilbakemeldingar om tilgjengelegheit",
            "contact for feedback on accessibility",
        ],
        part_metadata_accessibility_statement: [
            "tilgjengelighetserklæringen",
            "tilgjengelegheitserklæringa",
            "accessibility statement",
        ],
        part_metadata_owner: ["eier", "eigar", "owner"],
        part_metadata_next_revision: ["neste revisjon", "neste revisjon", "next revision"],
        part_metadata_revision_log: ["revisjonsloggen", "revisjonsloggen", "revision log"],
        part_idle_reset_minutes: [
            "nullstilling etter minutter uten bruk",
            "nullstilling etter minutt utan bruk",
            "reset after minutes without use",
        ],
        part_sources: ["kilder", "kjelder", "sources"],
        part_audiences: ["målgrupper", "målgrupper", "audiences"],
        part_sectors: ["sektorer", "sektorar", "sectors"],
        part_purpose: ["formål", "føremål", "purpose"],
        part_key_messages: ["hovedbudskap", "hovudbodskap", "key messages"],
        part_warning_signs: ["varselsignaler", "varselsignal", "warning signs"],
        part_risk_factors: ["risikofaktorer", "risikofaktorar", "risk factors"],
        part_protective_factors: ["beskyttelsesfaktorer", "vernefaktorar", "protective factors"],
        part_triggering_situations: [
            "situasjoner som bør skjerpe oppmerksomheten",
            "situasjonar som bør skjerpe merksemda",
            "situations that call for closer attention",
        ],
        part_ask: ["slik spør du direkte", "slik spør du direkte", "how to ask directly"],
        part_level_rule: ["regelen for handlingsnivå", "regelen for handlingsnivå", "rule for the action level"],
        part_levels: ["handlingsnivåer", "handlingsnivå", "action levels"],
        part_contacts: ["kontakter", "kontaktar", "contacts"],
        part_checklist: ["sjekklisten", "sjekklista", "checklist"],
        part_guidance: ["veiledning", "rettleiing", "guidance"],
        part_aftercare: ["ivaretakelse", "ivaretaking", "aftercare"],
        part_cases: ["øvingscaser", "øvingscasar", "practice cases"],
        part_self_check: ["egenkontroll", "eigenkontroll", "self-check"],
        part_course: ["kurset", "kurset", "course"],
        part_poster_messages: ["plakatens tekster", "tekstane på plakaten", "the poster's texts"],
        part_poster_contacts: ["plakatens kontakter", "kontaktane på plakaten", "the poster's contacts"],
        part_pocket_card: ["lommekortet", "lommekortet", "pocket card"],
        part_retired_ids: ["utgåtte id-er", "utgåtte id-ar", "retired ids"],
        part_seal: ["selve forseglingen", "sjølve forseglinga", "the seal itself"],
    }
}

/// Where the routine's approval stands, as the revision screen and `check` say it:
/// «Godkjent 15.01.2026 av Kommuneoverlege», «… uten forsegling», «Ikke godkjent
/// (utkast)», or «Ikke godkjent – endret etter godkjenningen 15.01.2026 av …. Endret:
/// kontakter (contacts). Si fra til …», naming the parts as the file does too, for
/// whoever mends it.
pub fn standing_line(routine: &Routine, standing: &Standing, t: &Texts) -> String {
    let meta = &routine.metadata;
    let Some(given) = &meta.approval else {
        return t.revision.not_approved.to_owned();
    };
    let given = approval(given, t);
    match standing {
        Standing::Draft => t.revision.not_approved.to_owned(),
        Standing::Approved { sealed: true } => fill(t.approval.approved, &[("approval", &given)]),
        Standing::Approved { sealed: false } => {
            fill(t.approval.approved_unsealed, &[("approval", &given)])
        }
        Standing::NotApproved { changed } => fill(
            t.approval.changed,
            &[
                ("approval", &given),
                ("parts", &parts_named(changed, t)),
                ("owner", &meta.owner),
            ],
        ),
        Standing::Unsigned { why } => fill(
            t.signing.standing_unsigned,
            &[
                ("approval", &given),
                ("why", &super::unsigned_why(*why, t)),
                ("owner", &meta.owner),
            ],
        ),
    }
}

/// The notice on every screen of a routine whose approval does not count: changed after
/// it was approved, or without a valid signature from an approver IT trusts; `None`
/// when the approval holds or there is none.
pub fn changed_banner(routine: &Routine, standing: &Standing, t: &Texts) -> Option<String> {
    let owner = &routine.metadata.owner;
    match standing {
        Standing::NotApproved { changed } => Some(fill(
            t.approval.banner,
            &[("parts", &parts(changed, t)), ("owner", owner)],
        )),
        Standing::Unsigned { why } => Some(fill(
            t.signing.banner_unsigned,
            &[("why", &super::unsigned_why(*why, t)), ("owner", owner)],
        )),
        Standing::Draft | Standing::Approved { .. } => None,
    }
}

/// The changed parts in words: «kontakter, neste revisjon».
pub fn parts(changed: &[String], t: &Texts) -> String {
    changed
        .iter()
        .map(|name| part(name, t).unwrap_or(name).to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The changed parts in words with their names in the file, for whoever mends it:
/// «kontakter (contacts), neste revisjon (metadata.next_revision)».
pub fn parts_named(changed: &[String], t: &Texts) -> String {
    changed
        .iter()
        .map(|name| match part(name, t) {
            Some(words) => fill(t.approval.part_named, &[("part", &words), ("name", name)]),
            None => name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A part of the seal in words; `None` for a part this program does not know (a seal
/// made by a newer program).
fn part(name: &str, t: &Texts) -> Option<&'static str> {
    Some(match name {
        "metadata.id" => t.approval.part_metadata_id,
        "metadata.title" => t.approval.part_metadata_title,
        "metadata.municipality" => t.approval.part_metadata_municipality,
        "metadata.language" => t.approval.part_metadata_language,
        "metadata.version" => t.approval.part_metadata_version,
        "metadata.document_id" => t.approval.part_metadata_document_id,
        "metadata.web_address" => t.approval.part_metadata_web_address,
        "metadata.feedback_contact" => t.approval.part_metadata_feedback_contact,
        "metadata.accessibility_statement" => t.approval.part_metadata_accessibility_statement,
        "metadata.owner" => t.approval.part_metadata_owner,
        "metadata.next_revision" => t.approval.part_metadata_next_revision,
        "metadata.revision_log" => t.approval.part_metadata_revision_log,
        "idle_reset_minutes" => t.approval.part_idle_reset_minutes,
        "sources" => t.approval.part_sources,
        "audiences" => t.approval.part_audiences,
        "sectors" => t.approval.part_sectors,
        "purpose" => t.approval.part_purpose,
        "key_messages" => t.approval.part_key_messages,
        "warning_signs" => t.approval.part_warning_signs,
        "risk_factors" => t.approval.part_risk_factors,
        "protective_factors" => t.approval.part_protective_factors,
        "triggering_situations" => t.approval.part_triggering_situations,
        "ask" => t.approval.part_ask,
        "level_rule" => t.approval.part_level_rule,
        "levels" => t.approval.part_levels,
        "contacts" => t.approval.part_contacts,
        "checklist" => t.approval.part_checklist,
        "guidance" => t.approval.part_guidance,
        "aftercare" => t.approval.part_aftercare,
        "cases" => t.approval.part_cases,
        "self_check" => t.approval.part_self_check,
        "course" => t.approval.part_course,
        "poster_messages" => t.approval.part_poster_messages,
        "poster_contacts" => t.approval.part_poster_contacts,
        "pocket_card" => t.approval.part_pocket_card,
        "retired_ids" => t.approval.part_retired_ids,
        crate::routine::seal::SEAL_PART => t.approval.part_seal,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    /// A routine with every optional part filled in has a word for each part of its seal.
    #[test]
    fn every_part_of_a_seal_has_words() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut routine = crate::checks::check_embedded(today).routine.unwrap();
        let meta = &mut routine.metadata;
        meta.document_id = Some("RUT-1".into());
        meta.web_address = Some("https://www.lier.kommune.no/rutine/".into());
        meta.feedback_contact = Some("post@lier.kommune.no".into());
        meta.accessibility_statement = Some("https://uustatus.no/nb/erklaringer/1".into());
        routine.course = Some(crate::routine::Course {
            pass_mark: 80,
            questions: Default::default(),
        });
        routine.pocket_card = Some(Default::default());
        routine.retired_ids.push(crate::routine::RetiredId {
            id: "gammel".into(),
            version: "0.1".into(),
        });
        let seal = crate::routine::seal::seal_of(&routine);
        let mut names: Vec<String> = seal.parts.into_keys().collect();
        names.push(crate::routine::seal::SEAL_PART.to_owned());
        for language in Language::ALL {
            let t = language.texts();
            let missing: Vec<&String> = names.iter().filter(|n| part(n, t).is_none()).collect();
            assert!(missing.is_empty(), "{language:?}: {missing:?}");
        }
    }
}
