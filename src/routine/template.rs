//! The national templates a municipality starts its own routine from, in bokmål and
//! nynorsk, built into the program so `new` works from the single .exe; and a new
//! routine made from one: the municipality's name and id, today's date, a first entry
//! in the revision log, and the next revision a year on.

use chrono::{Months, NaiveDate};

use super::load::{Fit, check_bytes};
use super::model::{Revision, Routine};

/// The templates by language code: the languages a new routine can start in.
pub const TEMPLATES: [(&str, &str); 2] = [
    ("nb", include_str!("../../routines/mal-nb.json")),
    ("nn", include_str!("../../routines/mal-nn.json")),
];

/// The language codes that have a template.
pub fn template_languages() -> impl Iterator<Item = &'static str> {
    TEMPLATES.iter().map(|(code, _)| *code)
}

/// The template in this language, read and checked; `None` for a language without one
/// (or a template with errors, which the tests rule out).
pub fn template(code: &str, today: NaiveDate, fit: Fit) -> Option<Routine> {
    let (_, text) = TEMPLATES.iter().find(|(c, _)| *c == code)?;
    check_bytes(text.as_bytes(), today, fit).routine
}

/// What the first revision-log entry of a new routine says.
pub struct FirstEntry<'a> {
    pub by: &'a str,
    pub summary: &'a str,
}

/// A new routine for `municipality` from `template`: its own id, version 0.1, not
/// approved, the next revision a year from `today`, and one revision-log entry.
pub fn new_routine(
    template: &Routine,
    municipality: &str,
    today: NaiveDate,
    entry: FirstEntry<'_>,
) -> Routine {
    let mut routine = template.clone();
    let meta = &mut routine.metadata;
    let municipality = municipality.trim();
    meta.id = routine_id(municipality);
    meta.municipality = municipality.to_owned();
    meta.version = "0.1".to_owned();
    meta.approval = None;
    meta.document_id = None;
    meta.web_address = None;
    meta.feedback_contact = None;
    meta.accessibility_statement = None;
    meta.next_revision = today.checked_add_months(Months::new(12)).unwrap_or(today);
    meta.revision_log = vec![Revision {
        version: "0.1".to_owned(),
        date: today,
        by: entry.by.to_owned(),
        summary: entry.summary.to_owned(),
    }];
    routine
}

/// An id made from the municipality's name: "Askvoll kommune" gives
/// `askvoll-kommune-selvmordsrisiko`; letters outside a–z are spelt out or dropped.
pub fn routine_id(municipality: &str) -> String {
    let mut slug = String::new();
    for c in municipality.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => slug.push(c),
            'æ' => slug.push_str("ae"),
            'ø' | 'ö' => slug.push('o'),
            'å' | 'ä' | 'á' | 'à' => slug.push('a'),
            'é' | 'è' | 'ê' => slug.push('e'),
            _ if !slug.is_empty() && !slug.ends_with('-') => slug.push('-'),
            _ => {}
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "rutine-selvmordsrisiko".to_owned()
    } else {
        format!("{slug}-selvmordsrisiko")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_municipality_names() {
        assert_eq!(
            routine_id("Askvoll kommune"),
            "askvoll-kommune-selvmordsrisiko"
        );
        assert_eq!(
            routine_id("  Bø i Telemark "),
            "bo-i-telemark-selvmordsrisiko"
        );
        assert_eq!(
            routine_id("Våler (Innlandet)"),
            "valer-innlandet-selvmordsrisiko"
        );
        assert_eq!(routine_id("Æra"), "aera-selvmordsrisiko");
        assert_eq!(routine_id("«»"), "rutine-selvmordsrisiko");
    }
}
