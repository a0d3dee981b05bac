//! What changed between two versions of a routine: added, removed and changed items,
//! section by section, with changes to phone numbers and opening hours marked important.

use std::fmt;

use super::model::*;
use super::walk::{Place, Walked};

/// Whether something was added, removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One change, in a section of the routine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub section: String,
    pub kind: ChangeKind,
    /// What changed: a contact's name, an item's text, a field's name.
    pub what: String,
    /// For a change: "felt: gammelt → nytt", one per changed field.
    pub details: Vec<String>,
    /// A phone number or opening hours changed: the thing people call.
    pub important: bool,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = match (self.kind, self.important) {
            (_, true) => "!",
            (ChangeKind::Added, _) => "+",
            (ChangeKind::Removed, _) => "-",
            (ChangeKind::Changed, _) => "~",
        };
        let verb = match self.kind {
            ChangeKind::Added => "lagt til",
            ChangeKind::Removed => "fjernet",
            ChangeKind::Changed => "endret",
        };
        write!(f, "{mark} {verb}: {}", self.what)?;
        for detail in &self.details {
            write!(f, "\n    {detail}")?;
        }
        Ok(())
    }
}

/// Every change from `old` to `new`, section by section in the routine's order.
pub fn diff(old: &Routine, new: &Routine) -> Vec<Change> {
    let mut changes = Vec::new();
    metadata(&mut changes, &old.metadata, &new.metadata);
    if old.idle_reset_minutes != new.idle_reset_minutes {
        changes.push(field_change(
            "Innstillinger",
            "Nullstilling etter minutter uten bruk",
            &old.idle_reset_minutes.to_string(),
            &new.idle_reset_minutes.to_string(),
        ));
    }
    contacts(&mut changes, old, new);
    for (section, old_items, new_items) in item_sections(old, new) {
        items(&mut changes, &section, &old_items, &new_items);
    }
    levels(&mut changes, old, new);
    named(
        &mut changes,
        "Øvingscaser",
        &old.cases,
        &new.cases,
        |c| &c.id,
        |c| c.title.clone(),
        case_details,
    );
    named(
        &mut changes,
        "Egenkontroll",
        &old.self_check,
        &new.self_check,
        |q| &q.id,
        |q| q.question.clone(),
        |a, b| text_detail("spørsmål", &a.question, &b.question),
    );
    named(
        &mut changes,
        "Kilder",
        &old.sources,
        &new.sources,
        |s| &s.id,
        |s| format!("{} {}", s.id, s.title),
        |a, b| {
            let mut d = text_detail("tittel", &a.title, &b.title);
            d.extend(text_detail(
                "adresse",
                a.url.as_deref().unwrap_or("-"),
                b.url.as_deref().unwrap_or("-"),
            ));
            d
        },
    );
    changes
}

fn field_change(section: &str, what: &str, old: &str, new: &str) -> Change {
    Change {
        section: section.to_owned(),
        kind: ChangeKind::Changed,
        what: what.to_owned(),
        details: vec![format!("{old} → {new}")],
        important: false,
    }
}

/// "kilder: S1, S2 → S1, S3" when a list of ids changed.
fn ids_detail(field: &str, old: &[Id], new: &[Id]) -> Vec<String> {
    if old == new {
        Vec::new()
    } else {
        vec![format!("{field}: {} → {}", old.join(", "), new.join(", "))]
    }
}

fn text_detail(field: &str, old: &str, new: &str) -> Vec<String> {
    if old == new {
        Vec::new()
    } else {
        vec![format!("{field}: «{old}» → «{new}»")]
    }
}

fn metadata(changes: &mut Vec<Change>, old: &Metadata, new: &Metadata) {
    let approval = |m: &Metadata| {
        m.approval.as_ref().map_or("ikke godkjent".to_owned(), |a| {
            format!("{} {}", a.role, a.date)
        })
    };
    for (what, a, b) in [
        ("Tittel", old.title.clone(), new.title.clone()),
        (
            "Kommune",
            old.municipality.clone(),
            new.municipality.clone(),
        ),
        ("Versjon", old.version.clone(), new.version.clone()),
        ("Eier", old.owner.clone(), new.owner.clone()),
        (
            "Dokument-id",
            old.document_id.clone().unwrap_or_default(),
            new.document_id.clone().unwrap_or_default(),
        ),
        ("Godkjenning", approval(old), approval(new)),
        (
            "Neste revisjon",
            old.next_revision.to_string(),
            new.next_revision.to_string(),
        ),
    ] {
        if a != b {
            changes.push(field_change("Om rutinen", what, &a, &b));
        }
    }
}

/// Adds changes for a list of things with ids: added, removed, and changed by `details`.
fn named<T>(
    changes: &mut Vec<Change>,
    section: &str,
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &Id,
    name: impl Fn(&T) -> String,
    details: impl Fn(&T, &T) -> Vec<String>,
) {
    for a in old {
        match new.iter().find(|b| id(b) == id(a)) {
            None => changes.push(Change {
                section: section.to_owned(),
                kind: ChangeKind::Removed,
                what: name(a),
                details: Vec::new(),
                important: false,
            }),
            Some(b) => {
                let found = details(a, b);
                if !found.is_empty() {
                    changes.push(Change {
                        section: section.to_owned(),
                        kind: ChangeKind::Changed,
                        what: name(b),
                        details: found,
                        important: false,
                    });
                }
            }
        }
    }
    for b in new.iter().filter(|b| !old.iter().any(|a| id(a) == id(b))) {
        changes.push(Change {
            section: section.to_owned(),
            kind: ChangeKind::Added,
            what: name(b),
            details: Vec::new(),
            important: false,
        });
    }
}

fn items(changes: &mut Vec<Change>, section: &str, old: &[&Item], new: &[&Item]) {
    named(
        changes,
        section,
        old,
        new,
        |i| &i.id,
        |i| i.text.clone(),
        |a, b| {
            let mut d = text_detail("tekst", &a.text, &b.text);
            d.extend(ids_detail("kilder", &a.sources, &b.sources));
            d.extend(ids_detail("målgrupper", &a.audiences, &b.audiences));
            d
        },
    );
}

type Section<'r> = (String, Vec<&'r Item>, Vec<&'r Item>);

/// The section of the change list an item's place belongs to; the levels' criteria and
/// actions are listed under their level instead (`None`).
fn section_of(place: Place<'_>) -> Option<String> {
    let name = match place {
        Place::Purpose => "Formål",
        Place::KeyMessages => "Budskap",
        Place::WarningSigns(_) => "Varselsignaler",
        Place::RiskFactors => "Risikofaktorer",
        Place::ProtectiveFactors => "Beskyttelsesfaktorer",
        Place::TriggeringSituations => "Situasjoner",
        Place::Ask(list) => return Some(format!("Spør direkte – {}", list.title())),
        Place::LevelRule => "Regel for handlingsnivå",
        Place::LevelCriteria(_) | Place::LevelActions(_) => return None,
        Place::Checklist | Place::SectorChecklist(_) => "Sjekkliste",
        Place::Guidance(_) => "Veiledning",
        Place::Aftercare => "Ivaretakelse",
        Place::PosterMessages => "Plakatens tekster",
    };
    Some(name.to_owned())
}

/// Every item outside the levels, by section in the routine's order, old beside new.
fn item_sections<'r>(old: &'r Routine, new: &'r Routine) -> Vec<Section<'r>> {
    let mut sections: Vec<Section<'r>> = Vec::new();
    let mut add = |walked: Vec<Walked<'r>>, is_new: bool| {
        for w in walked {
            let Some(name) = section_of(w.place) else {
                continue;
            };
            let index = match sections.iter().position(|(n, _, _)| *n == name) {
                Some(index) => index,
                None => {
                    sections.push((name, Vec::new(), Vec::new()));
                    sections.len() - 1
                }
            };
            let (_, old_items, new_items) = &mut sections[index];
            if is_new {
                new_items.push(w.item);
            } else {
                old_items.push(w.item);
            }
        }
    };
    add(old.walk_items(), false);
    add(new.walk_items(), true);
    sections
}

fn levels(changes: &mut Vec<Change>, old: &Routine, new: &Routine) {
    for level in Level::ALL {
        let (Some(a), Some(b)) = (old.level(level), new.level(level)) else {
            continue;
        };
        let section = format!("Handlingsnivå {}", b.name);
        let mut details = text_detail("tittel", &a.title, &b.title);
        details.extend(text_detail("sammendrag", &a.summary, &b.summary));
        details.extend(ids_detail("kontakter", &a.contacts, &b.contacts));
        if !details.is_empty() {
            changes.push(Change {
                section: section.clone(),
                kind: ChangeKind::Changed,
                what: b.name.clone(),
                details,
                important: false,
            });
        }
        items(
            changes,
            &format!("{section} – kriterier"),
            &a.criteria.iter().collect::<Vec<_>>(),
            &b.criteria.iter().collect::<Vec<_>>(),
        );
        items(
            changes,
            &format!("{section} – handlinger"),
            &a.actions.iter().collect::<Vec<_>>(),
            &b.actions.iter().collect::<Vec<_>>(),
        );
    }
}

fn describe_hours(contact: &Contact) -> String {
    contact.hours.as_ref().map_or("ukjent".to_owned(), |h| {
        crate::i18n::schedule(&h.schedule, &crate::i18n::Time::NB)
    })
}

fn describe_phone(contact: &Contact) -> String {
    contact
        .phone
        .as_ref()
        .map_or("(nummer mangler)".to_owned(), |p| p.display.clone())
}

fn status_word(status: ContactStatus) -> &'static str {
    match status {
        ContactStatus::Verified => "verifisert",
        ContactStatus::ToVerify => "må bekreftes",
        ContactStatus::Placeholder => "plassholder",
    }
}

fn contacts(changes: &mut Vec<Change>, old: &Routine, new: &Routine) {
    let start = changes.len();
    named(
        changes,
        "Kontakter",
        &old.contacts,
        &new.contacts,
        |c| &c.id,
        |c| format!("{} ({})", c.name, describe_phone(c)),
        |a, b| {
            let mut d = Vec::new();
            if a.phone != b.phone {
                d.push(format!(
                    "TELEFON: {} → {}",
                    describe_phone(a),
                    describe_phone(b)
                ));
            }
            if a.hours != b.hours {
                d.push(format!(
                    "ÅPNINGSTID: {} → {}",
                    describe_hours(a),
                    describe_hours(b)
                ));
            }
            d.extend(text_detail("navn", &a.name, &b.name));
            d.extend(text_detail("hva for", &a.what_for, &b.what_for));
            d.extend(text_detail(
                "nettadresse",
                a.url.as_deref().unwrap_or("-"),
                b.url.as_deref().unwrap_or("-"),
            ));
            d.extend(text_detail(
                "e-post",
                a.email.as_deref().unwrap_or("-"),
                b.email.as_deref().unwrap_or("-"),
            ));
            if a.status != b.status {
                d.push(format!(
                    "status: {} → {}",
                    status_word(a.status),
                    status_word(b.status)
                ));
            }
            if a.persons_own != b.persons_own {
                let word = |own: bool| if own { "ja" } else { "nei" };
                d.push(format!(
                    "personens egen kontakt: {} → {}",
                    word(a.persons_own),
                    word(b.persons_own)
                ));
            }
            if a.last_verified != b.last_verified {
                let date = |c: &Contact| c.last_verified.map_or("-".to_owned(), |d| d.to_string());
                d.push(format!("sist verifisert: {} → {}", date(a), date(b)));
            }
            d.extend(ids_detail("når stengt", &a.when_closed, &b.when_closed));
            d.extend(text_detail(
                "merknad",
                a.notes.as_deref().unwrap_or("-"),
                b.notes.as_deref().unwrap_or("-"),
            ));
            d
        },
    );
    for change in &mut changes[start..] {
        change.important = change
            .details
            .iter()
            .any(|d| d.starts_with("TELEFON") || d.starts_with("ÅPNINGSTID"));
    }
}

fn case_details(a: &PracticeCase, b: &PracticeCase) -> Vec<String> {
    let mut d = text_detail("tittel", &a.title, &b.title);
    if a.level != b.level {
        d.push(format!("nivå: {} → {}", a.level.key(), b.level.key()));
    }
    d.extend(ids_detail("kriterier", &a.criteria, &b.criteria));
    if a.ved_tvil != b.ved_tvil {
        d.push("merket «ved tvil» er endret".to_owned());
    }
    if a.story != b.story {
        d.push("historien er endret".to_owned());
    }
    if a.signs != b.signs || a.contacts != b.contacts {
        d.push("forventede tegn eller kontakter er endret".to_owned());
    }
    d
}

/// The change list as text for the command line and reports, grouped by section.
pub fn format_changes(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "Ingen endringer.\n".to_owned();
    }
    let mut out = String::new();
    let mut section = "";
    for change in changes {
        if change.section != section {
            section = &change.section;
            out.push_str(&format!("{section}:\n"));
        }
        out.push_str(&format!("  {change}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::check_embedded;

    fn lier() -> Routine {
        check_embedded(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
            .routine
            .unwrap()
    }

    #[test]
    fn the_same_routine_has_no_changes() {
        assert_eq!(diff(&lier(), &lier()), vec![]);
        assert_eq!(format_changes(&[]), "Ingen endringer.\n");
    }

    #[test]
    fn phone_and_hours_changes_are_important() {
        let old = lier();
        let mut new = old.clone();
        let sos = new
            .contacts
            .iter_mut()
            .find(|c| c.id == "kirkens-sos-telefon")
            .unwrap();
        sos.phone = Phone::parse("22 40 00 41");
        sos.what_for.push_str(" Endret.");
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 1);
        let change = &changes[0];
        assert_eq!(change.section, "Kontakter");
        assert!(change.important);
        assert_eq!(change.details[0], "TELEFON: 22 40 00 40 → 22 40 00 41");
        assert!(
            change
                .to_string()
                .starts_with("! endret: Kirkens SOS (22 40 00 41)")
        );
    }

    #[test]
    fn added_removed_and_changed_items_by_section() {
        let old = lier();
        let mut new = old.clone();
        new.metadata.version = "0.3".into();
        let removed = new.warning_signs.groups[0].signs.remove(0);
        new.risk_factors.groups[0].factors[1].item.text = "Ensomhet og isolasjon".into();
        new.key_messages.push(Item {
            id: "msg-ny".into(),
            text: "Spør heller én gang for mye.".into(),
            ..Item::default()
        });
        let changes = diff(&old, &new);
        let text = format_changes(&changes);
        assert!(
            text.contains("Om rutinen:\n  ~ endret: Versjon\n    0.2 → 0.3"),
            "{text}"
        );
        assert!(
            text.contains(&format!("Varselsignaler:\n  - fjernet: {}", removed.text)),
            "{text}"
        );
        assert!(
            text.contains("«Ensomhet» → «Ensomhet og isolasjon»"),
            "{text}"
        );
        assert!(
            text.contains("Budskap:\n  + lagt til: Spør heller én gang for mye."),
            "{text}"
        );
        assert_eq!(changes.len(), 4);
    }
}
