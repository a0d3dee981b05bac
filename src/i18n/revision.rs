//! Texts of the revision screen, and how a contact's verification reads.

use chrono::NaiveDate;

use super::{Texts, fill, place_name};
use crate::routine::template::FirstEntry;
use crate::routine::{Routine, Verification, Walked};

texts! {
    Revision {
        overview: ["Oversikt", "Oversikt", "Overview"],
        edit: ["Rediger", "Rediger", "Edit"],
        changes: ["Endringer", "Endringar", "Changes"],
        new_from_template: ["Ny rutine fra mal", "Ny rutine frå mal", "New routine from a template"],
        new_explained: [
            "For en kommune som vil lage sin egen rutine: en ny rutinefil fra den nasjonale malen, med alle nasjonale råd og kontakter og plassholdere for de lokale kontaktene.",
            "For ein kommune som vil lage sin eigen rutine: ei ny rutinefil frå den nasjonale malen, med alle nasjonale råd og kontaktar og plasshaldarar for dei lokale kontaktane.",
            "For a municipality making its own routine: a new routine file from the national template, with all the national advice and contacts, and placeholders for the local contacts.",
        ],
        new_municipality: ["Kommunens navn", "Namnet på kommunen", "The municipality's name"],
        new_language: ["Malens språk:", "Språket i malen:", "The template's language:"],
        new_save: ["Lagre ny rutine som…", "Lagre ny rutine som…", "Save the new routine as…"],
        new_needs_name: [
            "Skriv kommunens navn først, for eksempel «Askvoll kommune».",
            "Skriv namnet på kommunen først, til dømes «Askvoll kommune».",
            "Write the municipality's name first, for example “Askvoll kommune”.",
        ],
        new_saved: [
            "Ny rutine lagret: {file}. Velg den i Innstillinger under «Rutinefil» for å bruke den, og fyll inn de lokale kontaktene under Revisjon.",
            "Ny rutine lagra: {file}. Vel ho i Innstillingar under «Rutinefil» for å bruke ho, og fyll inn dei lokale kontaktane under Revisjon.",
            "New routine saved: {file}. Choose it in Settings under “Routine file” to use it, and fill in the local contacts under Revision.",
        ],
        new_log_by: ["Rutineveileder (nasjonal mal)", "Rutineveileder (nasjonal mal)", "Rutineveileder (national template)"],
        new_log_summary: [
            "Opprettet fra den nasjonale malen på bokmål. Alle lokale kontakter er plassholdere som må fylles inn og verifiseres, punktene merket som avledet må gjennomgås med kommuneoverlegen, og rutinen er ikke godkjent.",
            "Oppretta frå den nasjonale malen på nynorsk. Alle lokale kontaktar er plasshaldarar som må fyllast inn og verifiserast, punkta merkte som avleidde må gjennomgåast med kommuneoverlegen, og rutinen er ikkje godkjend. Den nynorske teksten treng ein språkleg gjennomgang før bruk.",
            "Created from the national template. Every local contact is a placeholder to fill in and verify, the lines marked derived must be reviewed with the municipal chief medical officer, and the routine is not approved.",
        ],
        save_new_version: ["Lagre ny versjon", "Lagre ny versjon", "Save new version"],
        conflict_heading: [
            "Noen andre har lagret rutinen mens du arbeidet",
            "Nokon andre har lagra rutinen medan du arbeidde",
            "Someone else saved the routine while you were working",
        ],
        conflict_changed: [
            "{file} er lagret på nytt etter at du åpnet den. Ingenting er lagret eller skrevet over, og endringene dine er her ennå.",
            "{file} er lagra på nytt etter at du opna ho. Ingenting er lagra eller skrive over, og endringane dine er her enno.",
            "{file} has been saved again since you opened it. Nothing is saved or overwritten, and your changes are still here.",
        ],
        conflict_their_version: [
            "Filen er nå versjon {version}, lagret {date} av {by}: «{summary}»",
            "Fila er no versjon {version}, lagra {date} av {by}: «{summary}»",
            "The file is now version {version}, saved on {date} by {by}: “{summary}”",
        ],
        conflict_their_changes: [
            "Dette endret de, sammenlignet med versjonen du åpnet:",
            "Dette endra dei, samanlikna med versjonen du opna:",
            "What they changed, compared with the version you opened:",
        ],
        conflict_their_errors: [
            "{file} har nå feil, så endringene i den kan ikke vises. Kjør «rutineveileder check» på den, og si fra til den som lagret den.",
            "{file} har no feil, så endringane i ho kan ikkje visast. Køyr «rutineveileder check» på ho, og sei frå til den som lagra ho.",
            "{file} now has errors, so the changes in it cannot be shown. Run “rutineveileder check” on it, and tell whoever saved it.",
        ],
        conflict_gone_heading: ["Rutinefilen er borte", "Rutinefila er borte", "The routine file is gone"],
        conflict_gone: [
            "{file} finnes ikke lenger: den er flyttet, gitt nytt navn eller slettet etter at du åpnet den. Ingenting er lagret, og endringene dine er her ennå. Lagre dem under et annet navn, og si fra til den som har ansvaret for rutinen.",
            "{file} finst ikkje lenger: ho er flytta, gitt nytt namn eller sletta etter at du opna ho. Ingenting er lagra, og endringane dine er her enno. Lagre dei under eit anna namn, og sei frå til den som har ansvaret for rutinen.",
            "{file} no longer exists: it was moved, renamed or deleted after you opened it. Nothing is saved, and your changes are still here. Save them under another name, and tell whoever is responsible for the routine.",
        ],
        save_elsewhere: ["Lagre under et annet navn…", "Lagre under eit anna namn…", "Save under another name…"],
        elsewhere_file_name: ["{stem}-mine-endringer.json", "{stem}-mine-endringar.json", "{stem}-my-changes.json"],
        saved_elsewhere: [
            "Versjon {version} er lagret i {file}. {shared} er ikke endret: avtal med den som lagret den, hvordan endringene skal samles i én versjon.",
            "Versjon {version} er lagra i {file}. {shared} er ikkje endra: avtal med den som lagra ho, korleis endringane skal samlast i éin versjon.",
            "Version {version} is saved in {file}. {shared} is unchanged: agree with whoever saved it how the changes are brought together in one version.",
        ],
        load_theirs: ["Last inn deres versjon", "Last inn versjonen deira", "Load their version"],
        load_theirs_question: [
            "Endringene du ikke har lagret, går tapt, og du arbeider videre fra deres versjon {version}. Vil du det?",
            "Endringane du ikkje har lagra, går tapt, og du arbeider vidare frå versjon {version} deira. Vil du det?",
            "The changes you have not saved are lost, and you continue from their version {version}. Do you want that?",
        ],
        load_theirs_confirm: [
            "Ja, forkast endringene mine og last inn deres versjon",
            "Ja, forkast endringane mine og last inn versjonen deira",
            "Yes, discard my changes and load their version",
        ],
        loaded_theirs: [
            "Versjon {version} er lastet inn fra filen.",
            "Versjon {version} er lasta inn frå fila.",
            "Version {version} is loaded from the file.",
        ],
        loaded_theirs_discarded: [
            "Versjon {version} er lastet inn fra filen. Endringene du ikke hadde lagret, er forkastet.",
            "Versjon {version} er lasta inn frå fila. Endringane du ikkje hadde lagra, er forkasta.",
            "Version {version} is loaded from the file. The changes you had not saved are discarded.",
        ],
        undo: ["Angre (Ctrl+Z)", "Angre (Ctrl+Z)", "Undo (Ctrl+Z)"],
        redo: ["Gjør om (Ctrl+Shift+Z)", "Gjer om (Ctrl+Shift+Z)", "Redo (Ctrl+Shift+Z)"],
        unsaved: [
            "Endringer som ikke er lagret",
            "Endringar som ikkje er lagra",
            "Changes not saved",
        ],
        status: ["Status", "Status", "Status"],
        version_and_owner: [
            "Versjon {version} · eier: {owner}",
            "Versjon {version} · eigar: {owner}",
            "Version {version} · owner: {owner}",
        ],
        not_approved: ["Ikke godkjent (utkast)", "Ikkje godkjend (utkast)", "Not approved (draft)"],
        next_revision: ["Neste revisjon {date}", "Neste revisjon {date}", "Next revision {date}"],
        next_revision_overdue: [
            "Neste revisjon {date}: {days} dager på overtid",
            "Neste revisjon {date}: {days} dagar på overtid",
            "Next revision {date}: {days} days overdue",
        ],
        next_revision_overdue_one_day: [
            "Neste revisjon {date}: 1 dag på overtid",
            "Neste revisjon {date}: 1 dag på overtid",
            "Next revision {date}: 1 day overdue",
        ],
        problem_count: [
            "{errors} feil, {warnings} advarsler",
            "{errors} feil, {warnings} åtvaringar",
            "Errors: {errors}, warnings: {warnings}",
        ],
        derived_heading: [
            "Punkter kommuneoverlegen må ta stilling til ({count})",
            "Punkt kommuneoverlegen må ta stilling til ({count})",
            "Points the municipal chief medical officer must take a stand on ({count})",
        ],
        derived_intro: [
            "Disse punktene er rutinens egne lesninger av kildene («derived»): ingen kilde sier dem ordrett. Les hvert punkt og godkjenn, endre eller fjern det før rutinen godkjennes.",
            "Desse punkta er rutinen sine eigne lesingar av kjeldene («derived»): inga kjelde seier dei ordrett. Les kvart punkt og godkjenn, endre eller fjern det før rutinen blir godkjend.",
            "These points are the routine's own readings of its sources (“derived”): no source says them word for word. Read each one and approve, change or remove it before the routine is approved.",
        ],
        derived_none: [
            "Ingen punkter er merket som egne lesninger.",
            "Ingen punkt er merkte som eigne lesingar.",
            "No points are marked as the routine's own readings.",
        ],
        derived_item: ["{place}: {text}", "{place}: {text}", "{place}: {text}"],
        derived_item_new: [
            "{place} (ny siden versjon {version}): {text}",
            "{place} (ny sidan versjon {version}): {text}",
            "{place} (new since version {version}): {text}",
        ],
        derived_note: ["Merknad: {note}", "Merknad: {note}", "Note: {note}"],
        place_key_messages: ["Hovedbudskap", "Hovudbodskap", "Key messages"],
        place_warning_signs: [
            "Varselsignaler – {group}",
            "Varselsignal – {group}",
            "Warning signs – {group}",
        ],
        place_level_rule: [
            "Slik velger du handlingsnivå",
            "Slik vel du handlingsnivå",
            "How to choose the action level",
        ],
        place_level_criteria: [
            "{level} – når nivået gjelder",
            "{level} – når nivået gjeld",
            "{level} – when the level applies",
        ],
        place_level_actions: ["{level} – gjør dette", "{level} – gjer dette", "{level} – do this"],
        place_checklist: [
            "Sjekkliste før dere skilles",
            "Sjekkliste før de skiljast",
            "Checklist before you part",
        ],
        place_sector_checklist: [
            "Sjekkliste for {sector}",
            "Sjekkliste for {sector}",
            "Checklist for {sector}",
        ],
        place_poster: ["Informasjonsplakaten", "Informasjonsplakaten", "The information poster"],
        contacts_oldest_first: [
            "Kontakter, sist verifisert først de eldste",
            "Kontaktar, dei eldste verifiseringane først",
            "Contacts, oldest verification first",
        ],
        placeholder: [
            "PLASSHOLDER – nummer mangler",
            "PLASSHALDAR – nummer manglar",
            "PLACEHOLDER – number missing",
        ],
        to_confirm: ["må bekreftes", "må stadfestast", "must be confirmed"],
        stale: [
            "FORELDET – sist verifisert {date}",
            "FORELDA – sist verifisert {date}",
            "OUT OF DATE – last verified {date}",
        ],
        verified: ["verifisert {date}", "verifisert {date}", "verified {date}"],
        never_verified: ["aldri verifisert", "aldri verifisert", "never verified"],
        verified_today: ["Verifisert i dag: {name}", "Verifisert i dag: {name}", "Verified today: {name}"],
        report: ["Lag revisjonsrapport (PDF)", "Lag revisjonsrapport (PDF)", "Make revision report (PDF)"],
        changes_since_loaded: [
            "Endringene i denne revisjonen, mot rutinen slik den ble lastet:",
            "Endringane i denne revisjonen, mot rutinen slik den vart lasta:",
            "The changes in this revision, against the routine as it was loaded:",
        ],
        compare_with: [
            "Sammenlign med en tidligere fil",
            "Samanlikn med ei tidlegare fil",
            "Compare with an earlier file",
        ],
        from_version: [
            "Fra versjon {version} til den redigerte rutinen:",
            "Frå versjon {version} til den redigerte rutinen:",
            "From version {version} to the edited routine:",
        ],
        press_enter_to_compare: [
            "Trykk Enter for å sammenligne med denne filen.",
            "Trykk Enter for å samanlikne med denne fila.",
            "Press Enter to compare with this file.",
        ],
        cannot_compare: [
            "{file} har feil og kan ikke sammenlignes.",
            "{file} har feil og kan ikkje samanliknast.",
            "{file} has errors and cannot be compared.",
        ],
        no_changes: ["Ingen endringer.", "Ingen endringar.", "No changes."],
        added: ["Lagt til", "Lagt til", "Added"],
        removed: ["Fjernet", "Fjerna", "Removed"],
        changed: ["Endret", "Endra", "Changed"],
        save_heading: ["Lagre som ny versjon", "Lagre som ny versjon", "Save as a new version"],
        version_becomes: [
            "Versjon {old} blir {new}.",
            "Versjon {old} blir {new}.",
            "Version {old} becomes {new}.",
        ],
        summary: [
            "Hva er endret (til revisjonsloggen)",
            "Kva er endra (til revisjonsloggen)",
            "What has changed (for the revision log)",
        ],
        changed_by: ["Endret av (rolle)", "Endra av (rolle)", "Changed by (role)"],
        approve: [
            "Rutinen godkjennes med denne versjonen",
            "Rutinen blir godkjend med denne versjonen",
            "The routine is approved with this version",
        ],
        approved_by: ["Godkjent av (rolle)", "Godkjend av (rolle)", "Approved by (role)"],
        approver_name: ["Navn (valgfritt)", "Namn (valfritt)", "Name (optional)"],
        next_revision_field: [
            "Neste revisjon (ÅÅÅÅ-MM-DD)",
            "Neste revisjon (ÅÅÅÅ-MM-DD)",
            "Next revision (YYYY-MM-DD)",
        ],
        save_to: ["Lagre i fil", "Lagre i fil", "Save to file"],
        cannot_save: [
            "Rutinen har {errors} feil og kan ikke lagres. Se Oversikt.",
            "Rutinen har {errors} feil og kan ikkje lagrast. Sjå Oversikt.",
            "The routine has errors ({errors}) and cannot be saved. See Overview.",
        ],
    }
}

/// A derived item as the approver reads it: where it stands and what it says, marked
/// new when the earlier version compared with has no item with its id.
pub fn derived_line(
    walked: &Walked<'_>,
    routine: &Routine,
    earlier: Option<&Routine>,
    t: &Texts,
) -> String {
    let place = place_name(walked.place, routine, t);
    let text = &walked.item.text;
    match earlier {
        Some(earlier) if !earlier.removable_ids().any(|id| id == walked.item.id) => fill(
            t.revision.derived_item_new,
            &[
                ("place", &place),
                ("version", &earlier.metadata.version),
                ("text", text),
            ],
        ),
        _ => fill(
            t.revision.derived_item,
            &[("place", &place), ("text", text)],
        ),
    }
}

/// What the first revision-log entry of a routine made from a template says, in the
/// template's language.
pub fn first_entry(t: &'static Texts) -> FirstEntry<'static> {
    FirstEntry {
        by: t.revision.new_log_by,
        summary: t.revision.new_log_summary,
    }
}

/// Where a contact stands at the revision: "FORELDET – sist verifisert 26.11.2025".
pub fn verification(state: Verification, revision: &Revision) -> String {
    let date = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    match state {
        Verification::Placeholder => revision.placeholder.to_owned(),
        Verification::ToVerify => revision.to_confirm.to_owned(),
        Verification::Stale(d) => fill(revision.stale, &[("date", &date(d))]),
        Verification::Verified(d) => fill(revision.verified, &[("date", &date(d))]),
        Verification::Never => revision.never_verified.to_owned(),
    }
}
