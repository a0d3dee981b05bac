//! The words for the change list between two versions of a routine: sections, fields
//! and values. The window words it in its language, the revision report in the
//! routine's, and the command line in bokmål.

use std::fmt;

use super::{Language, Texts, ask_list, fill, schedule};
use crate::routine::ContactStatus;
use crate::routine::diff::{Change, ChangeKind, Detail, Field, Section, Subject, Value};

texts! {
    Changes {
        section_about: ["Om rutinen", "Om rutinen", "About the routine"],
        section_settings: ["Innstillinger", "Innstillingar", "Settings"],
        section_contacts: ["Kontakter", "Kontaktar", "Contacts"],
        section_purpose: ["Formål", "Føremål", "Purpose"],
        section_key_messages: ["Budskap", "Bodskap", "Key messages"],
        section_warning_signs: ["Varselsignaler", "Varselsignal", "Warning signs"],
        section_risk_factors: ["Risikofaktorer", "Risikofaktorar", "Risk factors"],
        section_protective_factors: ["Beskyttelsesfaktorer", "Vernefaktorar", "Protective factors"],
        section_situations: ["Situasjoner", "Situasjonar", "Situations"],
        section_ask: ["Spør direkte – {list}", "Spør direkte – {list}", "Ask directly – {list}"],
        section_level_rule: ["Regel for handlingsnivå", "Regel for handlingsnivå", "Rule for the action level"],
        section_checklist: ["Sjekkliste", "Sjekkliste", "Checklist"],
        section_guidance: ["Veiledning", "Rettleiing", "Guidance"],
        section_aftercare: ["Ivaretakelse", "Ivaretaking", "Aftercare"],
        section_poster: ["Plakatens tekster", "Tekstane på plakaten", "The poster's texts"],
        section_pocket_card: ["Lommekortet", "Lommekortet", "The pocket card"],
        section_course: ["Kurset", "Kurset", "The course"],
        field_pass_mark: ["grensen for bestått", "grensa for bestått", "pass mark"],
        section_level: ["Handlingsnivå {level}", "Handlingsnivå {level}", "Action level {level}"],
        section_level_criteria: [
            "Handlingsnivå {level} – kriterier",
            "Handlingsnivå {level} – kriterium",
            "Action level {level} – criteria",
        ],
        section_level_actions: [
            "Handlingsnivå {level} – handlinger",
            "Handlingsnivå {level} – handlingar",
            "Action level {level} – actions",
        ],
        section_cases: ["Øvingscaser", "Øvingscasar", "Practice cases"],
        section_self_check: ["Egenkontroll", "Eigenkontroll", "Self-check"],
        section_sources: ["Kilder", "Kjelder", "Sources"],
        field_title: ["tittel", "tittel", "title"],
        field_municipality: ["kommune", "kommune", "municipality"],
        field_version: ["versjon", "versjon", "version"],
        field_owner: ["eier", "eigar", "owner"],
        field_document_id: ["dokument-id", "dokument-id", "document id"],
        field_web_address: ["nettstedets adresse", "adressa til nettstaden", "web site address"],
        field_feedback_contact: [
            "kontakt for tilbakemeldinger om tilgjengelighet",
            "kontakt for tilbakemeldingar om tilgjengelegheit",
            "contact for feedback on accessibility",
        ],
        field_accessibility_statement: [
            "adressen til tilgjengelighetserklæringen",
            "adressa til tilgjengelegheitserklæringa",
            "address of the accessibility statement",
        ],
        field_card_ask: ["formuleringer", "formuleringar", "phrasings"],
        field_card_day: ["kontakter på dagtid", "kontaktar på dagtid", "daytime contacts"],
        field_card_out_of_hours: [
            "kontakter kveld, natt og helg",
            "kontaktar kveld, natt og helg",
            "contacts for evenings, nights and weekends",
        ],
        field_approval: ["godkjenning", "godkjenning", "approval"],
        field_next_revision: ["neste revisjon", "neste revisjon", "next revision"],
        field_idle_minutes: [
            "nullstilling etter minutter uten bruk",
            "nullstilling etter minutt utan bruk",
            "reset after minutes without use",
        ],
        field_question: ["spørsmål", "spørsmål", "question"],
        field_address: ["nettadresse", "nettadresse", "web address"],
        field_text: ["tekst", "tekst", "text"],
        field_sources: ["kilder", "kjelder", "sources"],
        field_audiences: ["målgrupper", "målgrupper", "audiences"],
        field_summary: ["sammendrag", "samandrag", "summary"],
        field_contacts: ["kontakter", "kontaktar", "contacts"],
        field_phone: ["TELEFON", "TELEFON", "PHONE"],
        field_hours: ["ÅPNINGSTID", "OPNINGSTID", "OPENING HOURS"],
        field_name: ["navn", "namn", "name"],
        field_what_for: ["hva for", "kva for", "what for"],
        field_email: ["e-post", "e-post", "e-mail"],
        field_status: ["status", "status", "status"],
        field_persons_own: ["personens egen kontakt", "personen sin eigen kontakt", "the person's own contact"],
        field_public: ["vises for innbyggere", "blir vist for innbyggjarar", "shown to citizens"],
        field_internal: ["intern vei", "intern veg", "internal route"],
        field_last_verified: ["sist verifisert", "sist verifisert", "last verified"],
        field_when_closed: ["når stengt", "når stengt", "when closed"],
        field_notes: ["merknad", "merknad", "note"],
        field_level: ["nivå", "nivå", "level"],
        field_criteria: ["kriterier", "kriterium", "criteria"],
        changed_ved_tvil: ["merket «ved tvil» er endret", "merket «ved tvil» er endra", "the “ved tvil” mark has changed"],
        changed_story: ["historien er endret", "historia er endra", "the story has changed"],
        changed_signs_or_contacts: [
            "forventede tegn eller kontakter er endret",
            "forventa teikn eller kontaktar er endra",
            "the expected signs or contacts have changed",
        ],
        hours_unknown: ["ukjent", "ukjend", "unknown"],
        not_approved: ["ikke godkjent", "ikkje godkjend", "not approved"],
        yes: ["ja", "ja", "yes"],
        no: ["nei", "nei", "no"],
        status_verified: ["verifisert", "verifisert", "verified"],
        status_to_verify: ["må bekreftes", "må stadfestast", "to be confirmed"],
        status_placeholder: ["plassholder", "plasshaldar", "placeholder"],
        list_added: ["lagt til", "lagt til", "added"],
        list_removed: ["fjernet", "fjerna", "removed"],
        list_changed: ["endret", "endra", "changed"],
    }
}

/// The section's name.
pub fn section(section: &Section, t: &Texts) -> String {
    let level = |template: &str, name: &String| fill(template, &[("level", name)]);
    match section {
        Section::About => t.changes.section_about,
        Section::Settings => t.changes.section_settings,
        Section::Contacts => t.changes.section_contacts,
        Section::Purpose => t.changes.section_purpose,
        Section::KeyMessages => t.changes.section_key_messages,
        Section::WarningSigns => t.changes.section_warning_signs,
        Section::RiskFactors => t.changes.section_risk_factors,
        Section::ProtectiveFactors => t.changes.section_protective_factors,
        Section::Situations => t.changes.section_situations,
        Section::Ask(list) => {
            return fill(t.changes.section_ask, &[("list", &ask_list(*list, t))]);
        }
        Section::LevelRule => t.changes.section_level_rule,
        Section::Checklist => t.changes.section_checklist,
        Section::Guidance => t.changes.section_guidance,
        Section::Aftercare => t.changes.section_aftercare,
        Section::PosterMessages => t.changes.section_poster,
        Section::PocketCard => t.changes.section_pocket_card,
        Section::Course => t.changes.section_course,
        Section::Level(name) => return level(t.changes.section_level, name),
        Section::LevelCriteria(name) => return level(t.changes.section_level_criteria, name),
        Section::LevelActions(name) => return level(t.changes.section_level_actions, name),
        Section::Cases => t.changes.section_cases,
        Section::SelfCheck => t.changes.section_self_check,
        Section::Sources => t.changes.section_sources,
    }
    .to_owned()
}

/// What changed: the routine's name or text of it, or the field's name with a capital.
pub fn subject(subject: &Subject, t: &Texts) -> String {
    match subject {
        Subject::Named(name) => name.clone(),
        Subject::Contact { name, phone } => format!(
            "{name} ({})",
            phone.as_deref().unwrap_or(t.printed.number_missing)
        ),
        Subject::Field(field) => {
            let name = field_name(*field, t);
            let mut chars = name.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

fn field_name(field: Field, t: &Texts) -> &'static str {
    match field {
        Field::Title => t.changes.field_title,
        Field::Municipality => t.changes.field_municipality,
        Field::Version => t.changes.field_version,
        Field::Owner => t.changes.field_owner,
        Field::DocumentId => t.changes.field_document_id,
        Field::WebAddress => t.changes.field_web_address,
        Field::FeedbackContact => t.changes.field_feedback_contact,
        Field::AccessibilityStatement => t.changes.field_accessibility_statement,
        Field::CardAsk => t.changes.field_card_ask,
        Field::CardDay => t.changes.field_card_day,
        Field::CardOutOfHours => t.changes.field_card_out_of_hours,
        Field::PassMark => t.changes.field_pass_mark,
        Field::CourseQuestions(module) => super::module_title(module, t),
        Field::Approval => t.changes.field_approval,
        Field::NextRevision => t.changes.field_next_revision,
        Field::IdleMinutes => t.changes.field_idle_minutes,
        Field::Question => t.changes.field_question,
        Field::Address => t.changes.field_address,
        Field::Text => t.changes.field_text,
        Field::Sources => t.changes.field_sources,
        Field::Audiences => t.changes.field_audiences,
        Field::Summary => t.changes.field_summary,
        Field::Contacts => t.changes.field_contacts,
        Field::Phone => t.changes.field_phone,
        Field::Hours => t.changes.field_hours,
        Field::Name => t.changes.field_name,
        Field::WhatFor => t.changes.field_what_for,
        Field::Email => t.changes.field_email,
        Field::Status => t.changes.field_status,
        Field::PersonsOwn => t.changes.field_persons_own,
        Field::Public => t.changes.field_public,
        Field::Internal => t.changes.field_internal,
        Field::LastVerified => t.changes.field_last_verified,
        Field::WhenClosed => t.changes.field_when_closed,
        Field::Notes => t.changes.field_notes,
        Field::Level => t.changes.field_level,
        Field::Criteria => t.changes.field_criteria,
        Field::VedTvil => t.changes.changed_ved_tvil,
        Field::Story => t.changes.changed_story,
        Field::SignsOrContacts => t.changes.changed_signs_or_contacts,
    }
}

/// One changed field: "tittel: «gammel» → «ny»", "TELEFON: 22 40 00 40 → 22 40 00 41".
pub fn detail(detail: &Detail, t: &Texts) -> String {
    match detail {
        Detail::Values { field, old, new } => {
            let change = format!("{} → {}", value(old, t), value(new, t));
            match field {
                Some(field) => format!("{}: {change}", field_name(*field, t)),
                None => change,
            }
        }
        // The field's words say that it changed.
        Detail::Changed(field) => field_name(*field, t).to_owned(),
    }
}

fn value(value: &Value, t: &Texts) -> String {
    match value {
        Value::Plain(text) => text.clone(),
        Value::Text(text) => format!("«{text}»"),
        Value::Ids(ids) => ids.join(", "),
        Value::Phone(phone) => phone
            .as_deref()
            .unwrap_or(t.printed.number_missing)
            .to_owned(),
        Value::Hours(hours) => hours.as_ref().map_or_else(
            || t.changes.hours_unknown.to_owned(),
            |h| schedule(h, &t.time),
        ),
        Value::Status(status) => match status {
            ContactStatus::Verified => t.changes.status_verified,
            ContactStatus::ToVerify => t.changes.status_to_verify,
            ContactStatus::Placeholder => t.changes.status_placeholder,
        }
        .to_owned(),
        Value::YesNo(yes) => if *yes { t.changes.yes } else { t.changes.no }.to_owned(),
        Value::Date(date) => date.map_or_else(|| "-".to_owned(), |d| d.to_string()),
        Value::Approval(approval) => approval.as_ref().map_or_else(
            || t.changes.not_approved.to_owned(),
            |(role, date)| format!("{role} {date}"),
        ),
        Value::Level(level) => level.key().to_owned(),
        Value::Nothing => "-".to_owned(),
    }
}

/// One change as a line of the change list, with its details below it:
/// "! endret: Kirkens SOS (22 40 00 41)".
pub fn change_line(change: &Change, t: &Texts) -> String {
    let mark = match (change.kind, change.important) {
        (_, true) => "!",
        (ChangeKind::Added, _) => "+",
        (ChangeKind::Removed, _) => "-",
        (ChangeKind::Changed, _) => "~",
    };
    let verb = match change.kind {
        ChangeKind::Added => t.changes.list_added,
        ChangeKind::Removed => t.changes.list_removed,
        ChangeKind::Changed => t.changes.list_changed,
    };
    let mut line = format!("{mark} {verb}: {}", subject(&change.what, t));
    for d in &change.details {
        line.push_str(&format!("\n    {}", detail(d, t)));
    }
    line
}

/// The change list as text, grouped by section, for the command line.
pub fn change_list(changes: &[Change], t: &Texts) -> String {
    if changes.is_empty() {
        return format!("{}\n", t.revision.no_changes);
    }
    let mut out = String::new();
    let mut current = None;
    for change in changes {
        if current != Some(&change.section) {
            current = Some(&change.section);
            out.push_str(&format!("{}:\n", section(&change.section, t)));
        }
        out.push_str(&format!("  {}\n", change_line(change, t)));
    }
    out
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&change_line(self, Language::Bokmal.texts()))
    }
}
