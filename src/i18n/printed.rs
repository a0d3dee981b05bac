//! The words the printables add to the routine's own text: headings, labels, tick-box
//! fields, footers and page numbers. Printables are in the routine's language.

use std::fmt::Display;

use super::{Language, Print, Texts, fill};
use crate::printable::Kind;
use crate::routine::{Approval, Routine, Standing};

texts! {
    Printed {
        version_approved: [
            "Versjon {version} · godkjent {date} av {role} · neste revisjon {next}",
            "Versjon {version} · godkjend {date} av {role} · neste revisjon {next}",
            "Version {version} · approved {date} by {role} · next revision {next}",
        ],
        version_draft: [
            "Versjon {version} · utkast, ikke godkjent · neste revisjon {next}",
            "Versjon {version} · utkast, ikkje godkjend · neste revisjon {next}",
            "Version {version} · draft, not approved · next revision {next}",
        ],
        version_changed: [
            "Versjon {version} · ikke godkjent – endret etter godkjenning · neste revisjon {next}",
            "Versjon {version} · ikkje godkjend – endra etter godkjenning · neste revisjon {next}",
            "Version {version} · not approved – changed after approval · next revision {next}",
        ],
        changed_after_approval: [
            "Ikke godkjent – endret etter godkjenning",
            "Ikkje godkjend – endra etter godkjenning",
            "Not approved – changed after approval",
        ],
        changed_after_approval_of: [
            "Ikke godkjent – endret etter godkjenningen {approval}. Endret: {parts}.",
            "Ikkje godkjend – endra etter godkjenninga {approval}. Endra: {parts}.",
            "Not approved – changed after the approval of {approval}. Changed: {parts}.",
        ],
        page_number: ["{prefix} · Side {page} av {total}", "{prefix} · Side {page} av {total}", "{prefix} · Page {page} of {total}"],
        number_missing: ["(nummer mangler)", "(nummer manglar)", "(number missing)"],
        emergency: ["Akutt fare? Ring 113", "Akutt fare? Ring 113", "Immediate danger? Call 113"],
        quote: ["«{text}»", "«{text}»", "“{text}”"],
        warning_signs: ["Varselsignaler", "Varselsignal", "Warning signs"],
        risk_factors: ["Risikofaktorer", "Risikofaktorar", "Risk factors"],
        protective_factors: ["Beskyttelsesfaktorer", "Vernefaktorar", "Protective factors"],
        triggering_situations: [
            "Situasjoner som bør skjerpe oppmerksomheten",
            "Situasjonar som bør skjerpe merksemda",
            "Situations that call for closer attention",
        ],
        ask_heading: ["Slik spør du direkte", "Slik spør du direkte", "How to ask directly"],
        levels_heading: ["Handlingsnivåer: hva du gjør", "Handlingsnivå: kva du gjer", "Action levels: what you do"],
        levels_intro: [
            "Nivåene sier hvor raskt hjelp må hentes inn. De er ingen vurdering av selvmordsrisiko; den gjør kvalifisert helsepersonell. Ved tvil, velg høyere nivå.",
            "Nivåa seier kor raskt hjelp må hentast inn. Dei er inga vurdering av sjølvmordsrisiko: det er kvalifisert helsepersonell som vurderer det. Ved tvil, vel høgare nivå.",
            "The levels say how quickly help must be brought in. They are not an assessment of suicide risk; qualified health personnel make that. When in doubt, choose the higher level.",
        ],
        when: ["Når", "Når", "When"],
        do_this: ["Gjør dette", "Gjer dette", "Do this"],
        contacts: ["Kontakter", "Kontaktar", "Contacts"],
        last_checked: ["sist kontrollert {date}", "sist kontrollert {date}", "last checked {date}"],
        must_confirm: ["må bekreftes", "må stadfestast", "must be confirmed"],
        must_fill_in: ["må fylles inn", "må fyllast inn", "must be filled in"],
        checklist_heading: ["Sjekkliste før dere skilles", "Sjekkliste før de skiljast", "Checklist before you part"],
        sources: ["Kilder", "Kjelder", "Sources"],
        checklist_title: [
            "Henvisningssjekkliste – {level}: {title}",
            "Tilvisingssjekkliste – {level}: {title}",
            "Referral checklist – {level}: {title}",
        ],
        no_identity: [
            "Skriv ikke navn, fødselsdato eller andre opplysninger som kan identifisere personen på dette arket.",
            "Skriv ikkje namn, fødselsdato eller andre opplysningar som kan identifisere personen, på dette arket.",
            "Do not write a name, date of birth or anything else that could identify the person on this sheet.",
        ],
        date_and_time: ["Dato og klokkeslett:", "Dato og klokkeslett:", "Date and time:"],
        service_contacted: ["Tjeneste kontaktet:", "Teneste kontakta:", "Service contacted:"],
        contacted_at: ["Kontaktet kl.:", "Kontakta kl.:", "Contacted at:"],
        agreed: [
            "Avtalt videre (hvem gjør hva, når):",
            "Avtalt vidare (kven gjer kva, når):",
            "Agreed next steps (who does what, when):",
        ],
        before_parting: ["Før dere skilles", "Før de skiljast", "Before you part"],
        level_contacts: ["Kontakter for dette nivået", "Kontaktar for dette nivået", "Contacts for this level"],
        contacted_line: [
            "{name} – {number}    kontaktet kl. ______",
            "{name} – {number}    kontakta kl. ______",
            "{name} – {number}    contacted at ______",
        ],
        cut_and_fold: [
            "Arket har {count} like kort. Klipp langs merkene og brett på den stiplede linjen: forside til venstre, bakside til høyre.",
            "Arket har {count} like kort. Klipp langs merka og brett på den stipla linja: framside til venstre, bakside til høgre.",
            "The sheet holds {count} identical cards. Cut along the marks and fold on the dotted line: front on the left, back on the right.",
        ],
        when_in_doubt: ["Ved tvil, velg høyere nivå.", "Ved tvil, vel høgare nivå.", "When in doubt, choose the higher level."],
        card_version: ["{municipality} · versjon {version}", "{municipality} · versjon {version}", "{municipality} · version {version}"],
        ask_directly: ["Spør direkte:", "Spør direkte:", "Ask directly:"],
        daytime: ["Dagtid:", "Dagtid:", "Daytime:"],
        out_of_hours: ["Kveld, natt og helg:", "Kveld, natt og helg:", "Evenings, nights and weekends:"],
        report: ["Revisjonsrapport · {version}", "Revisjonsrapport · {version}", "Revision report · {version}"],
        report_title: ["Revisjonsrapport – {title}", "Revisjonsrapport – {title}", "Revision report – {title}"],
        made_on: ["{municipality} · laget {date}", "{municipality} · laga {date}", "{municipality} · made {date}"],
        status: ["Status", "Status", "Status"],
        version: ["Versjon: {version}", "Versjon: {version}", "Version: {version}"],
        owner: ["Eier: {owner}", "Eigar: {owner}", "Owner: {owner}"],
        approved: ["Godkjent: {approval}", "Godkjend: {approval}", "Approved: {approval}"],
        approved_by: ["{date} av {role}", "{date} av {role}", "{date} by {role}"],
        approved_by_named: ["{date} av {role} ({name})", "{date} av {role} ({name})", "{date} by {role} ({name})"],
        not_approved: [
            "Godkjent: nei, rutinen er et utkast",
            "Godkjend: nei, rutinen er eit utkast",
            "Approved: no, the routine is a draft",
        ],
        next_revision: ["Neste revisjon: {date}", "Neste revisjon: {date}", "Next revision: {date}"],
        overdue: ["{next} – {days} dager på overtid", "{next} – {days} dagar på overtid", "{next} – {days} days overdue"],
        changes_heading: ["Endringer siden forrige versjon", "Endringar sidan førre versjon", "Changes since the previous version"],
        no_earlier_version: ["Ingen tidligere versjon ble valgt.", "Ingen tidlegare versjon vart vald.", "No earlier version was chosen."],
        from_to: [
            "Fra versjon {old} til versjon {new}. Telefonnumre og åpningstider er merket med !.",
            "Frå versjon {old} til versjon {new}. Telefonnummer og opningstider er merkte med !.",
            "From version {old} to version {new}. Phone numbers and opening hours are marked with !.",
        ],
        contacts_heading: ["Kontakter: sist verifisert", "Kontaktar: sist verifisert", "Contacts: last verified"],
        contacts_intro: [
            "Eldste først. Kontroller nummer, åpningstid og kilde for hver kontakt, og kryss av.",
            "Eldste først. Kontroller nummer, opningstid og kjelde for kvar kontakt, og kryss av.",
            "Oldest first. Check the number, opening hours and source of each contact, and tick it off.",
        ],
        source: ["Kilde: {sources}", "Kjelde: {sources}", "Source: {sources}"],
        open_warnings: ["Åpne advarsler", "Opne åtvaringar", "Open warnings"],
        none: ["Ingen.", "Ingen.", "None."],
        approval_heading: ["Godkjenning", "Godkjenning", "Approval"],
        owner_name: ["Rutineeier ({owner}), navn:", "Rutineeigar ({owner}), namn:", "Routine owner ({owner}), name:"],
        date_and_signature: ["Dato og signatur:", "Dato og signatur:", "Date and signature:"],
        tick_box: ["Avkrysningsboks", "Avkryssingsboks", "Tick box"],
        qr_alt: ["QR-kode til {address}", "QR-kode til {address}", "QR code to {address}"],
        qr_employees: ["Rutinen på mobilen:", "Rutinen på mobilen:", "The routine on your phone:"],
        qr_citizens: [
            "Mer hjelp, og hvem som er åpen nå:",
            "Meir hjelp, og kven som er open no:",
            "More help, and who is open now:",
        ],
        call_link: ["Ring {number} ({name})", "Ring {number} ({name})", "Call {number} ({name})"],
        web_link: ["Nettside: {name}", "Nettside: {name}", "Web page: {name}"],
        service_column: ["Tjeneste", "Teneste", "Service"],
        number_column: ["Nummer", "Nummer", "Number"],
        used_for_column: ["Brukes til", "Blir brukt til", "Used for"],
        hours_column: ["Åpningstid", "Opningstid", "Opening hours"],
        checked_column: ["Kontroll", "Kontroll", "Checked"],
        verification_column: ["Verifisering", "Verifisering", "Verification"],
        tick_column: ["Kontrollert nå", "Kontrollert no", "Checked now"],
        chief_medical_officer_name: ["Kommuneoverlege, navn:", "Kommuneoverlege, namn:", "Municipal chief medical officer, name:"],
    }
}

/// "Versjon 0.1 · godkjent 15.01.2026 av Kommuneoverlege · neste revisjon 01.12.2026",
/// "… · utkast, ikke godkjent · …", "… · ikke godkjent – endret etter godkjenning · …"
/// when the content is no longer what was approved, or "… · ikke godkjent – mangler
/// gyldig signatur · …" where IT trusts only signed approvals. Every printable, web page and the
/// course carry it.
pub fn version_line(routine: &Routine, t: &Texts) -> String {
    version_line_as(routine, &routine.standing(), t)
}

/// The version line of the routine as it reads when its approval stands so.
pub fn version_line_as(routine: &Routine, standing: &Standing, t: &Texts) -> String {
    let meta = &routine.metadata;
    let next = meta.next_revision.format("%d.%m.%Y");
    let version_and_next = [("version", &meta.version as &dyn Display), ("next", &next)];
    match (standing, &meta.approval) {
        (Standing::Approved { .. }, Some(a)) => fill(
            t.printed.version_approved,
            &[
                ("version", &meta.version),
                ("date", &a.date.format("%d.%m.%Y")),
                ("role", &a.role),
                ("next", &next),
            ],
        ),
        (Standing::NotApproved { .. }, _) => fill(t.printed.version_changed, &version_and_next),
        (Standing::Unsigned { .. }, _) => fill(t.signing.version_unsigned, &version_and_next),
        _ => fill(t.printed.version_draft, &version_and_next),
    }
}

/// Where the approval stands, as the revision report's status says it: "Godkjent:
/// 15.01.2026 av Kommuneoverlege", "Godkjent: nei, rutinen er et utkast", or "Ikke
/// godkjent – endret etter godkjenningen 15.01.2026 av …. Endret: kontakter (contacts)."
pub fn approval_status(routine: &Routine, t: &Texts) -> String {
    match (routine.standing(), &routine.metadata.approval) {
        (Standing::Approved { .. }, Some(a)) => {
            fill(t.printed.approved, &[("approval", &approval(a, t))])
        }
        (Standing::NotApproved { changed }, Some(a)) => fill(
            t.printed.changed_after_approval_of,
            &[
                ("approval", &approval(a, t)),
                ("parts", &super::parts_named(&changed, t)),
            ],
        ),
        (Standing::Unsigned { why }, Some(a)) => fill(
            t.signing.status_unsigned,
            &[
                ("approval", &approval(a, t)),
                ("why", &super::unsigned_why(why, t)),
            ],
        ),
        _ => t.printed.not_approved.to_owned(),
    }
}

/// "15.01.2026 av Kommuneoverlege (Navn Navnesen)".
pub fn approval(approval: &Approval, t: &Texts) -> String {
    let date = approval.date.format("%d.%m.%Y");
    match &approval.name {
        Some(name) => fill(
            t.printed.approved_by_named,
            &[("date", &date), ("role", &approval.role), ("name", name)],
        ),
        None => fill(
            t.printed.approved_by,
            &[("date", &date), ("role", &approval.role)],
        ),
    }
}

/// A printable's name.
pub fn printable(kind: Kind, print: &Print) -> &'static str {
    match kind {
        Kind::PocketCard => print.kind_pocket_card,
        Kind::Handout => print.kind_handout,
        Kind::Checklist => print.kind_checklist,
        Kind::Poster => print.kind_poster,
        Kind::PosterA3 => print.kind_poster_a3,
        Kind::Slides => print.kind_slides,
        Kind::SlideNotes => print.kind_slide_notes,
        Kind::RevisionReport => print.kind_revision_report,
    }
}

/// The warning that a contact was printed without its number, which is shown as the
/// routine's language prints a gap: "«Legevakt» mangler nummer og står som «(nummer
/// mangler)» i utskriften."
pub fn printed_gap(name: &str, routine: &Routine, t: &Texts) -> String {
    let gap = Language::of_routine(routine).texts().printed.number_missing;
    fill(
        t.print.placeholder_printed,
        &[("name", &name), ("gap", &gap)],
    )
}
