//! What changed between two versions of a routine: added, removed and changed items,
//! section by section, with changes to phone numbers and opening hours marked important.
//! The changes are data; `i18n` words them.

use chrono::NaiveDate;

use super::course::default_choice;
use super::hours::Schedule;
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
    pub section: Section,
    pub kind: ChangeKind,
    pub what: Subject,
    /// For a change: each changed field with its old and new value.
    pub details: Vec<Detail>,
    /// A phone number or opening hours changed: the thing people call.
    pub important: bool,
}

/// The section of the routine a change is in, in the routine's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    About,
    Settings,
    Contacts,
    Purpose,
    KeyMessages,
    WarningSigns,
    RiskFactors,
    ProtectiveFactors,
    Situations,
    Ask(AskList),
    LevelRule,
    Checklist,
    Guidance,
    Aftercare,
    PosterMessages,
    PocketCard,
    /// What the staff course asks, and its pass mark.
    Course,
    /// A level's own fields, by the level's name in the routine.
    Level(String),
    LevelCriteria(String),
    LevelActions(String),
    Cases,
    SelfCheck,
    Sources,
}

/// What changed: something of the routine's by its name or text, or one of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Named(String),
    /// A contact: its name and number (`None` when the number is missing).
    Contact {
        name: String,
        phone: Option<String>,
    },
    Field(Field),
}

/// A field that can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Municipality,
    Version,
    Owner,
    DocumentId,
    WebAddress,
    FeedbackContact,
    AccessibilityStatement,
    Approval,
    NextRevision,
    IdleMinutes,
    Question,
    Address,
    Text,
    Sources,
    Audiences,
    Summary,
    Contacts,
    Phone,
    Hours,
    Name,
    WhatFor,
    Email,
    Status,
    PersonsOwn,
    Public,
    Internal,
    LastVerified,
    WhenClosed,
    Notes,
    Level,
    Criteria,
    VedTvil,
    Story,
    SignsOrContacts,
    CardAsk,
    CardDay,
    CardOutOfHours,
    PassMark,
    /// A module's questions in the staff course.
    CourseQuestions(Module),
}

/// A value before or after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A number, version or date, shown as it is.
    Plain(String),
    /// A text of the routine, shown in quotes.
    Text(String),
    /// A list of ids.
    Ids(Vec<Id>),
    /// A phone number; `None` when it is missing.
    Phone(Option<String>),
    /// Opening hours; `None` when they are unknown.
    Hours(Option<Schedule>),
    Status(ContactStatus),
    YesNo(bool),
    /// A date; `None` when there is none.
    Date(Option<NaiveDate>),
    /// The approving role and date; `None` when not approved.
    Approval(Option<(String, NaiveDate)>),
    Level(Level),
    /// An optional text of the routine that is absent.
    Nothing,
}

/// One changed field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// The field went from one value to another. A field the change's subject already
    /// names (`field: None`) is not named again.
    Values {
        field: Option<Field>,
        old: Value,
        new: Value,
    },
    /// The field changed; its values are too long to show.
    Changed(Field),
}

/// Every change from `old` to `new`, section by section in the routine's order.
pub fn diff(old: &Routine, new: &Routine) -> Vec<Change> {
    let mut changes = Vec::new();
    metadata(&mut changes, &old.metadata, &new.metadata);
    if old.idle_reset_minutes != new.idle_reset_minutes {
        changes.push(field_change(
            Section::Settings,
            Field::IdleMinutes,
            Value::Plain(old.idle_reset_minutes.to_string()),
            Value::Plain(new.idle_reset_minutes.to_string()),
        ));
    }
    contacts(&mut changes, old, new);
    for (section, old_items, new_items) in item_sections(old, new) {
        items(&mut changes, &section, &old_items, &new_items);
    }
    levels(&mut changes, old, new);
    pocket_card(&mut changes, old, new);
    course(&mut changes, old, new);
    named(
        &mut changes,
        &Section::Cases,
        &old.cases,
        &new.cases,
        |c| &c.id,
        |c| Subject::Named(c.title.clone()),
        case_details,
    );
    named(
        &mut changes,
        &Section::SelfCheck,
        &old.self_check,
        &new.self_check,
        |q| &q.id,
        |q| Subject::Named(q.question.clone()),
        |a, b| text_detail(Field::Question, &a.question, &b.question),
    );
    named(
        &mut changes,
        &Section::Sources,
        &old.sources,
        &new.sources,
        |s| &s.id,
        |s| Subject::Named(format!("{} {}", s.id, s.title)),
        |a, b| {
            let mut d = text_detail(Field::Title, &a.title, &b.title);
            d.extend(optional_detail(Field::Address, &a.url, &b.url));
            d
        },
    );
    changes
}

fn field_change(section: Section, field: Field, old: Value, new: Value) -> Change {
    Change {
        section,
        kind: ChangeKind::Changed,
        what: Subject::Field(field),
        details: vec![Detail::Values {
            field: None,
            old,
            new,
        }],
        important: false,
    }
}

fn values(field: Field, old: Value, new: Value) -> Detail {
    Detail::Values {
        field: Some(field),
        old,
        new,
    }
}

/// "kilder: S1, S2 → S1, S3" when a list of ids changed.
fn ids_detail(field: Field, old: &[Id], new: &[Id]) -> Vec<Detail> {
    if old == new {
        Vec::new()
    } else {
        vec![values(
            field,
            Value::Ids(old.to_vec()),
            Value::Ids(new.to_vec()),
        )]
    }
}

fn text_detail(field: Field, old: &str, new: &str) -> Vec<Detail> {
    if old == new {
        Vec::new()
    } else {
        let text = |t: &str| Value::Text(t.to_owned());
        vec![values(field, text(old), text(new))]
    }
}

fn optional_detail(field: Field, old: &Option<String>, new: &Option<String>) -> Vec<Detail> {
    if old == new {
        Vec::new()
    } else {
        let value = |t: &Option<String>| t.clone().map_or(Value::Nothing, Value::Text);
        vec![values(field, value(old), value(new))]
    }
}

fn metadata(changes: &mut Vec<Change>, old: &Metadata, new: &Metadata) {
    let approval =
        |m: &Metadata| Value::Approval(m.approval.as_ref().map(|a| (a.role.clone(), a.date)));
    let plain = |t: &str| Value::Plain(t.to_owned());
    let date = |d: NaiveDate| Value::Plain(d.to_string());
    for (field, a, b) in [
        (Field::Title, plain(&old.title), plain(&new.title)),
        (
            Field::Municipality,
            plain(&old.municipality),
            plain(&new.municipality),
        ),
        (Field::Version, plain(&old.version), plain(&new.version)),
        (Field::Owner, plain(&old.owner), plain(&new.owner)),
        (
            Field::DocumentId,
            plain(old.document_id.as_deref().unwrap_or_default()),
            plain(new.document_id.as_deref().unwrap_or_default()),
        ),
        (
            Field::WebAddress,
            plain(old.web_address.as_deref().unwrap_or_default()),
            plain(new.web_address.as_deref().unwrap_or_default()),
        ),
        (
            Field::FeedbackContact,
            plain(old.feedback_contact.as_deref().unwrap_or_default()),
            plain(new.feedback_contact.as_deref().unwrap_or_default()),
        ),
        (
            Field::AccessibilityStatement,
            plain(old.accessibility_statement.as_deref().unwrap_or_default()),
            plain(new.accessibility_statement.as_deref().unwrap_or_default()),
        ),
        (Field::Approval, approval(old), approval(new)),
        (
            Field::NextRevision,
            date(old.next_revision),
            date(new.next_revision),
        ),
    ] {
        if a != b {
            changes.push(field_change(Section::About, field, a, b));
        }
    }
}

/// Adds changes for a list of things with ids: added, removed, and changed by `details`.
fn named<T>(
    changes: &mut Vec<Change>,
    section: &Section,
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &Id,
    name: impl Fn(&T) -> Subject,
    details: impl Fn(&T, &T) -> Vec<Detail>,
) {
    let change = |kind, what, details| Change {
        section: section.clone(),
        kind,
        what,
        details,
        important: false,
    };
    for a in old {
        match new.iter().find(|b| id(b) == id(a)) {
            None => changes.push(change(ChangeKind::Removed, name(a), Vec::new())),
            Some(b) => {
                let found = details(a, b);
                if !found.is_empty() {
                    changes.push(change(ChangeKind::Changed, name(b), found));
                }
            }
        }
    }
    for b in new.iter().filter(|b| !old.iter().any(|a| id(a) == id(b))) {
        changes.push(change(ChangeKind::Added, name(b), Vec::new()));
    }
}

fn items(changes: &mut Vec<Change>, section: &Section, old: &[&Item], new: &[&Item]) {
    named(
        changes,
        section,
        old,
        new,
        |i| &i.id,
        |i| Subject::Named(i.text.clone()),
        |a, b| {
            let mut d = text_detail(Field::Text, &a.text, &b.text);
            d.extend(ids_detail(Field::Sources, &a.sources, &b.sources));
            d.extend(ids_detail(Field::Audiences, &a.audiences, &b.audiences));
            d
        },
    );
}

type ItemSection<'r> = (Section, Vec<&'r Item>, Vec<&'r Item>);

/// The section of the change list an item's place belongs to; the levels' criteria and
/// actions are listed under their level instead (`None`).
fn section_of(place: Place<'_>) -> Option<Section> {
    Some(match place {
        Place::Purpose => Section::Purpose,
        Place::KeyMessages => Section::KeyMessages,
        Place::WarningSigns(_) => Section::WarningSigns,
        Place::RiskFactors => Section::RiskFactors,
        Place::ProtectiveFactors => Section::ProtectiveFactors,
        Place::TriggeringSituations => Section::Situations,
        Place::Ask(list) => Section::Ask(list),
        Place::LevelRule => Section::LevelRule,
        Place::LevelCriteria(_) | Place::LevelActions(_) => return None,
        Place::Checklist | Place::SectorChecklist(_) => Section::Checklist,
        Place::Guidance(_) => Section::Guidance,
        Place::Aftercare => Section::Aftercare,
        Place::PosterMessages => Section::PosterMessages,
    })
}

/// Every item outside the levels, by section in the routine's order, old beside new.
fn item_sections<'r>(old: &'r Routine, new: &'r Routine) -> Vec<ItemSection<'r>> {
    let mut sections: Vec<ItemSection<'r>> = Vec::new();
    let mut add = |walked: Vec<Walked<'r>>, is_new: bool| {
        for w in walked {
            let Some(section) = section_of(w.place) else {
                continue;
            };
            let index = match sections.iter().position(|(s, _, _)| *s == section) {
                Some(index) => index,
                None => {
                    sections.push((section, Vec::new(), Vec::new()));
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
        let mut details = text_detail(Field::Title, &a.title, &b.title);
        details.extend(text_detail(Field::Summary, &a.summary, &b.summary));
        details.extend(ids_detail(Field::Contacts, &a.contacts, &b.contacts));
        if !details.is_empty() {
            changes.push(Change {
                section: Section::Level(b.name.clone()),
                kind: ChangeKind::Changed,
                what: Subject::Named(b.name.clone()),
                details,
                important: false,
            });
        }
        items(
            changes,
            &Section::LevelCriteria(b.name.clone()),
            &a.criteria.iter().collect::<Vec<_>>(),
            &b.criteria.iter().collect::<Vec<_>>(),
        );
        items(
            changes,
            &Section::LevelActions(b.name.clone()),
            &a.actions.iter().collect::<Vec<_>>(),
            &b.actions.iter().collect::<Vec<_>>(),
        );
    }
}

/// What the pocket card holds: each list whose entries or order changed. A routine that
/// leaves the choice to the program lists nothing.
fn pocket_card(changes: &mut Vec<Change>, old: &Routine, new: &Routine) {
    let (a, b) = (
        old.pocket_card.clone().unwrap_or_default(),
        new.pocket_card.clone().unwrap_or_default(),
    );
    for (field, old, new) in [
        (Field::CardAsk, &a.ask, &b.ask),
        (Field::CardDay, &a.day, &b.day),
        (Field::CardOutOfHours, &a.out_of_hours, &b.out_of_hours),
    ] {
        if old != new {
            changes.push(field_change(
                Section::PocketCard,
                field,
                Value::Ids(old.clone()),
                Value::Ids(new.clone()),
            ));
        }
    }
}

/// What the staff course asks: the pass mark and each module's questions whose entries
/// or order changed, the default written out where a routine leaves the choice to the
/// program (so writing the default out is no change).
fn course(changes: &mut Vec<Change>, old: &Routine, new: &Routine) {
    let chosen = |r: &Routine| r.course.clone().unwrap_or_else(|| default_choice(r));
    let (a, b) = (chosen(old), chosen(new));
    if a.pass_mark != b.pass_mark {
        changes.push(field_change(
            Section::Course,
            Field::PassMark,
            Value::Plain(a.pass_mark.to_string()),
            Value::Plain(b.pass_mark.to_string()),
        ));
    }
    for module in Module::ALL {
        let (old, new) = (a.questions.of(module), b.questions.of(module));
        if old != new {
            changes.push(field_change(
                Section::Course,
                Field::CourseQuestions(module),
                Value::Ids(old.clone()),
                Value::Ids(new.clone()),
            ));
        }
    }
}

fn phone(contact: &Contact) -> Value {
    Value::Phone(contact.phone.as_ref().map(|p| p.display.clone()))
}

fn contacts(changes: &mut Vec<Change>, old: &Routine, new: &Routine) {
    let start = changes.len();
    named(
        changes,
        &Section::Contacts,
        &old.contacts,
        &new.contacts,
        |c| &c.id,
        |c| Subject::Contact {
            name: c.name.clone(),
            phone: c.phone.as_ref().map(|p| p.display.clone()),
        },
        contact_details,
    );
    for change in &mut changes[start..] {
        change.important = change.details.iter().any(|d| {
            matches!(
                d,
                Detail::Values {
                    field: Some(Field::Phone | Field::Hours),
                    ..
                }
            )
        });
    }
}

fn contact_details(a: &Contact, b: &Contact) -> Vec<Detail> {
    let mut d = Vec::new();
    if a.phone != b.phone {
        d.push(values(Field::Phone, phone(a), phone(b)));
    }
    if a.hours != b.hours {
        let hours = |c: &Contact| Value::Hours(c.hours.as_ref().map(|h| h.schedule.clone()));
        d.push(values(Field::Hours, hours(a), hours(b)));
    }
    d.extend(text_detail(Field::Name, &a.name, &b.name));
    d.extend(text_detail(Field::WhatFor, &a.what_for, &b.what_for));
    d.extend(optional_detail(Field::Address, &a.url, &b.url));
    d.extend(optional_detail(Field::Email, &a.email, &b.email));
    if a.status != b.status {
        d.push(values(
            Field::Status,
            Value::Status(a.status),
            Value::Status(b.status),
        ));
    }
    if a.persons_own != b.persons_own {
        d.push(values(
            Field::PersonsOwn,
            Value::YesNo(a.persons_own),
            Value::YesNo(b.persons_own),
        ));
    }
    for (field, old, new) in [
        (Field::Public, a.public, b.public),
        (Field::Internal, a.internal, b.internal),
    ] {
        if old != new {
            d.push(values(field, Value::YesNo(old), Value::YesNo(new)));
        }
    }
    if a.last_verified != b.last_verified {
        d.push(values(
            Field::LastVerified,
            Value::Date(a.last_verified),
            Value::Date(b.last_verified),
        ));
    }
    d.extend(ids_detail(
        Field::WhenClosed,
        &a.when_closed,
        &b.when_closed,
    ));
    d.extend(optional_detail(Field::Notes, &a.notes, &b.notes));
    d
}

fn case_details(a: &PracticeCase, b: &PracticeCase) -> Vec<Detail> {
    let mut d = text_detail(Field::Title, &a.title, &b.title);
    if a.level != b.level {
        d.push(values(
            Field::Level,
            Value::Level(a.level),
            Value::Level(b.level),
        ));
    }
    d.extend(ids_detail(Field::Criteria, &a.criteria, &b.criteria));
    if a.ved_tvil != b.ved_tvil {
        d.push(Detail::Changed(Field::VedTvil));
    }
    if a.story != b.story {
        d.push(Detail::Changed(Field::Story));
    }
    if a.signs != b.signs || a.contacts != b.contacts {
        d.push(Detail::Changed(Field::SignsOrContacts));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;
    use crate::i18n::{Language, Texts, change_list, detail};
    use crate::routine::write::bump;

    fn format_changes(changes: &[Change]) -> String {
        change_list(changes, nb())
    }

    fn nb() -> &'static Texts {
        Language::Bokmal.texts()
    }

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
        assert_eq!(change.section, Section::Contacts);
        assert!(change.important);
        assert_eq!(
            detail(&change.details[0], nb()),
            "TELEFON: 22 40 00 40 → 22 40 00 41"
        );
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
        new.metadata.version = bump(&old.metadata.version);
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
            text.contains(&format!(
                "Om rutinen:\n  ~ endret: Versjon\n    {} → {}",
                old.metadata.version, new.metadata.version
            )),
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

    #[test]
    fn the_web_sites_address_is_a_change_about_the_routine() {
        let old = lier();
        let mut new = old.clone();
        new.metadata.web_address = Some("https://www.lier.kommune.no/rutineveileder/".into());
        let text = format_changes(&diff(&old, &new));
        assert!(
            text.contains(
                "Om rutinen:\n  ~ endret: Nettstedets adresse\n     → https://www.lier.kommune.no/rutineveileder/"
            ),
            "{text}"
        );
    }

    #[test]
    fn what_the_course_asks_is_a_change_and_writing_out_the_default_is_none() {
        let old = lier();
        let mut new = old.clone();
        if let Some(course) = &mut new.course {
            course.questions.why.push("q-tvil".into());
            course.pass_mark = 90;
        }
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 2, "{changes:?}");
        assert_eq!(changes[0].what, Subject::Field(Field::PassMark));
        assert_eq!(
            changes[1].what,
            Subject::Field(Field::CourseQuestions(Module::Why))
        );
        let text = format_changes(&changes);
        assert!(
            text.contains("Kurset:") && text.contains("q-tvil"),
            "{text}"
        );
        let mut left_to_program = old.clone();
        left_to_program.course = None;
        let mut written_out = left_to_program.clone();
        written_out.course = Some(default_choice(&left_to_program));
        assert_eq!(diff(&left_to_program, &written_out), []);
    }

    #[test]
    fn what_the_pocket_card_holds_is_a_change_of_its_own() {
        let old = lier();
        let mut new = old.clone();
        if let Some(card) = &mut new.pocket_card {
            card.out_of_hours.push("kirkens-sos-telefon".into());
        }
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].section, Section::PocketCard);
        assert_eq!(changes[0].what, Subject::Field(Field::CardOutOfHours));
        let text = format_changes(&changes);
        assert!(text.contains("Lommekortet:"), "{text}");
        assert!(text.contains("kirkens-sos-telefon"), "{text}");
    }
}
