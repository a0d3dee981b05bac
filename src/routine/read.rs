//! Reads parsed JSON into the routine model, collecting every shape problem (unknown,
//! missing or mistyped fields, malformed dates, times and phone numbers) with its path.
//!
//! Reading never stops at the first problem: a broken value is reported and skipped, and
//! the rest of the file is still read, so the user sees every problem at once.

use std::collections::{BTreeMap, HashSet};

use chrono::{NaiveDate, Weekday};
use serde_json::{Map, Value};

use super::format::{
    FORMAT_VERSION, LEVELS, READABLE_FORMATS, ROLES, SCOPES, SIGN_KINDS, STATUSES, WEEKDAYS,
};
use super::hours::{Schedule, TimeOfDay, TimeRange, WeeklyPeriod};
use super::model::*;
use super::problems::{Choice, Expected, JsonType, Message, Path, Problems};

/// What reading produced: the routine (complete only if no error was found) and every
/// id seen in the file, so later checks can tell a dangling reference from a reference
/// to an item that was skipped because of another error.
pub struct Read {
    pub routine: Option<Routine>,
    pub ids_in_file: HashSet<String>,
}

/// Reads a whole routine document.
pub fn read_routine(value: &Value, problems: &mut Problems) -> Read {
    let mut ids_in_file = HashSet::new();
    collect_ids(value, &mut ids_in_file);
    let routine = Routine::read(value, &Path::default(), problems);
    Read {
        routine,
        ids_in_file,
    }
}

fn collect_ids(value: &Value, ids: &mut HashSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(id)) = map.get("id") {
                ids.insert(id.clone());
            }
            map.values().for_each(|v| collect_ids(v, ids));
        }
        Value::Array(list) => list.iter().for_each(|v| collect_ids(v, ids)),
        _ => {}
    }
}

/// A value that can be read from JSON; `None` when it could not (the problem is recorded).
trait ReadJson: Sized {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self>;
}

/// An object being read: tracks which fields were used so the rest can be reported.
struct Object<'a> {
    map: &'a Map<String, Value>,
    at: Path,
    used: Vec<&'static str>,
}

impl<'a> Object<'a> {
    fn open(value: &'a Value, at: &Path, problems: &mut Problems) -> Option<Object<'a>> {
        match value {
            Value::Object(map) => Some(Object {
                map,
                at: at.clone(),
                used: Vec::new(),
            }),
            other => {
                let found = json_type(other);
                let message = Message::WrongType {
                    expected: Expected::Object,
                    found,
                };
                problems.error(at, message);
                None
            }
        }
    }

    /// A field that must be present and not null.
    fn required<T: ReadJson>(&mut self, name: &'static str, problems: &mut Problems) -> Option<T> {
        self.used.push(name);
        let at = self.at.field(name);
        match self.map.get(name) {
            None | Some(Value::Null) => {
                let name = name.to_owned();
                problems.error(&at, Message::MissingField { name });
                None
            }
            Some(value) => T::read(value, &at, problems),
        }
    }

    /// A field that may be missing or null.
    fn optional<T: ReadJson>(&mut self, name: &'static str, problems: &mut Problems) -> Option<T> {
        self.used.push(name);
        match self.map.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => T::read(value, &self.at.field(name), problems),
        }
    }

    /// A list field that may be missing (an empty list). Broken elements are left out.
    fn list<T: ReadJson>(&mut self, name: &'static str, problems: &mut Problems) -> Vec<T> {
        self.optional(name, problems).unwrap_or_default()
    }

    /// A true/false field that may be missing (false).
    fn flag(&mut self, name: &'static str, problems: &mut Problems) -> bool {
        self.optional(name, problems).unwrap_or(false)
    }

    /// Reports every field that was not read, with the closest known name as a hint.
    fn finish(self, problems: &mut Problems) {
        for name in self.map.keys().filter(|k| !self.used.contains(&k.as_str())) {
            let message = Message::UnknownField {
                name: name.clone(),
                suggestion: closest(name, &self.used).map(str::to_owned),
                known: self.used.iter().map(|k| (*k).to_owned()).collect(),
            };
            problems.error(&self.at.field(name), message);
        }
    }
}

/// The known name closest to a misspelt one, when it is close enough to be a typo.
fn closest<'n>(name: &str, known: &[&'n str]) -> Option<&'n str> {
    known
        .iter()
        .map(|k| (edit_distance(name, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// The type of a JSON value, for messages.
fn json_type(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Bool,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::List,
        Value::Object(_) => JsonType::Object,
    }
}

fn wrong_type(value: &Value, at: &Path, expected: Expected, problems: &mut Problems) {
    let found = json_type(value);
    problems.error(at, Message::WrongType { expected, found });
}

impl ReadJson for String {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        match value {
            Value::String(s) => Some(s.clone()),
            other => {
                wrong_type(other, at, Expected::Text, problems);
                None
            }
        }
    }
}

impl ReadJson for bool {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        match value {
            Value::Bool(b) => Some(*b),
            other => {
                wrong_type(other, at, Expected::TrueFalse, problems);
                None
            }
        }
    }
}

impl ReadJson for u32 {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        match value.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => Some(n),
            None => {
                wrong_type(value, at, Expected::WholeNumber, problems);
                None
            }
        }
    }
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        match value {
            Value::Array(list) => {
                let mut kept = Vec::new();
                let mut read = Vec::new();
                for (i, element) in list.iter().enumerate() {
                    if let Some(value) = T::read(element, &at.index(i), problems) {
                        kept.push(i);
                        read.push(value);
                    }
                }
                if kept.len() != list.len() {
                    problems.record_kept_elements(at, kept);
                }
                Some(read)
            }
            other => {
                wrong_type(other, at, Expected::List, problems);
                None
            }
        }
    }
}

/// Reads a text and turns it into `T`, or reports the message `wrong` makes of it.
fn parse_text<T>(
    value: &Value,
    at: &Path,
    problems: &mut Problems,
    parse: impl FnOnce(&str) -> Option<T>,
    wrong: fn(String) -> Message,
) -> Option<T> {
    let text = String::read(value, at, problems)?;
    let parsed = parse(&text);
    if parsed.is_none() {
        problems.error(at, wrong(text));
    }
    parsed
}

impl ReadJson for NaiveDate {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        parse_text(
            value,
            at,
            problems,
            |s| {
                (s.len() == 10)
                    .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                    .flatten()
            },
            |text| Message::NotADate { text },
        )
    }
}

impl ReadJson for TimeOfDay {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        parse_text(value, at, problems, TimeOfDay::parse, |text| {
            Message::NotATime { text }
        })
    }
}

impl ReadJson for Phone {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        parse_text(value, at, problems, Phone::parse, |text| {
            Message::NotAPhone { text }
        })
    }
}

/// Reads one of a fixed set of words (a table of `format`).
fn read_choice<T: Copy>(
    value: &Value,
    at: &Path,
    problems: &mut Problems,
    choice: Choice,
    choices: &[(T, &str)],
) -> Option<T> {
    let text = String::read(value, at, problems)?;
    let found = choices
        .iter()
        .find(|(_, key)| *key == text)
        .map(|(v, _)| *v);
    if found.is_none() {
        let allowed = choices.iter().map(|(_, k)| (*k).to_owned()).collect();
        let message = Message::NotAChoice {
            text,
            choice,
            allowed,
        };
        problems.error(at, message);
    }
    found
}

impl ReadJson for Level {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_choice(value, at, problems, Choice::Level, &LEVELS)
    }
}

impl ReadJson for Weekday {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_choice(value, at, problems, Choice::Weekday, &WEEKDAYS)
    }
}

impl ReadJson for SignKind {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_choice(value, at, problems, Choice::SignKind, &SIGN_KINDS)
    }
}

impl ReadJson for Scope {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_choice(value, at, problems, Choice::Scope, &SCOPES)
    }
}

impl ReadJson for ContactRole {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_choice(value, at, problems, Choice::Role, &ROLES)
    }
}

impl ReadJson for ContactStatus {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_choice(value, at, problems, Choice::Status, &STATUSES)
    }
}

/// Reads the fields of an object with `read_fields`, then reports unknown fields.
fn read_object<T>(
    value: &Value,
    at: &Path,
    problems: &mut Problems,
    read_fields: impl FnOnce(&mut Object<'_>, &mut Problems) -> Option<T>,
) -> Option<T> {
    let mut object = Object::open(value, at, problems)?;
    let result = read_fields(&mut object, problems);
    object.finish(problems);
    result
}

impl ReadJson for Routine {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let format: Option<u32> = o.required("format", p);
            if let Some(found) = format.filter(|f| !READABLE_FORMATS.contains(&u64::from(*f))) {
                p.error(
                    &at.field("format"),
                    Message::UnknownFormat {
                        found,
                        newest: FORMAT_VERSION,
                    },
                );
            }
            let metadata = o.required("metadata", p);
            let idle_reset_minutes = o.required("idle_reset_minutes", p);
            let sources = o.list("sources", p);
            let audiences = o.list("audiences", p);
            let sectors = o.list("sectors", p);
            let purpose = o.required("purpose", p);
            let key_messages = o.list("key_messages", p);
            let warning_signs = o.required("warning_signs", p);
            let risk_factors = o.required("risk_factors", p);
            let protective_factors = o.required("protective_factors", p);
            let triggering_situations = o.required("triggering_situations", p);
            let ask = o.required("ask", p);
            let level_rule = o.optional("level_rule", p);
            let levels = o.list("levels", p);
            let contacts = o.list("contacts", p);
            let checklist = o.list("checklist", p);
            let guidance = o.list("guidance", p);
            let aftercare = o.required("aftercare", p);
            let cases = o.list("cases", p);
            let self_check = o.list("self_check", p);
            let course = o.optional("course", p);
            let poster_messages = o.list("poster_messages", p);
            let poster_contacts = o.list("poster_contacts", p);
            let pocket_card = o.optional("pocket_card", p);
            let retired_ids = o.list("retired_ids", p);
            format?;
            Some(Routine {
                metadata: metadata?,
                idle_reset_minutes: idle_reset_minutes?,
                sources,
                audiences,
                sectors,
                purpose: purpose?,
                key_messages,
                warning_signs: warning_signs?,
                risk_factors: risk_factors?,
                protective_factors: protective_factors?,
                triggering_situations: triggering_situations?,
                ask: ask?,
                level_rule,
                levels,
                contacts,
                checklist,
                guidance,
                aftercare: aftercare?,
                cases,
                self_check,
                course,
                poster_messages,
                poster_contacts,
                pocket_card,
                retired_ids,
            })
        })
    }
}

impl ReadJson for RetiredId {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let version = o.required("version", p);
            Some(RetiredId {
                id: id?,
                version: version?,
            })
        })
    }
}

impl ReadJson for Course {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let pass_mark = o.optional("pass_mark", p);
            let questions = o.required("questions", p);
            Some(Course {
                pass_mark: pass_mark.unwrap_or(Course::DEFAULT_PASS_MARK),
                questions: questions?,
            })
        })
    }
}

impl ReadJson for CourseQuestions {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            Some(CourseQuestions {
                why: o.list("why", p),
                notice: o.list("notice", p),
                ask: o.list("ask", p),
                levels: o.list("levels", p),
                contacts: o.list("contacts", p),
                parting: o.list("parting", p),
                aftercare: o.list("aftercare", p),
            })
        })
    }
}

impl ReadJson for PocketCard {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            Some(PocketCard {
                ask: o.list("ask", p),
                day: o.list("day", p),
                out_of_hours: o.list("out_of_hours", p),
            })
        })
    }
}

impl ReadJson for Metadata {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let title = o.required("title", p);
            let municipality = o.required("municipality", p);
            let language = o.required("language", p);
            let version = o.required("version", p);
            let document_id = o.optional("document_id", p);
            let web_address = o.optional("web_address", p);
            let feedback_contact = o.optional("feedback_contact", p);
            let accessibility_statement = o.optional("accessibility_statement", p);
            let owner = o.required("owner", p);
            let approval = o.optional("approval", p);
            let next_revision = o.required("next_revision", p);
            let revision_log = o.list("revision_log", p);
            Some(Metadata {
                id: id?,
                title: title?,
                municipality: municipality?,
                language: language?,
                version: version?,
                document_id,
                web_address,
                feedback_contact,
                accessibility_statement,
                owner: owner?,
                approval,
                next_revision: next_revision?,
                revision_log,
            })
        })
    }
}

impl ReadJson for Approval {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let role = o.required("role", p);
            let name = o.optional("name", p);
            let date = o.required("date", p);
            let seal = o.optional("seal", p);
            let signature = o.optional("signature", p);
            Some(Approval {
                role: role?,
                name,
                date: date?,
                seal,
                signature,
                trust: Trust::default(),
            })
        })
    }
}

impl ReadJson for Seal {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let form = o.required("form", p);
            let digest = o.required("digest", p);
            let parts = o.required("parts", p);
            Some(Seal {
                form: form?,
                digest: digest?,
                parts: parts?,
            })
        })
    }
}

/// An object of texts by name (the seal's digests by part).
impl ReadJson for BTreeMap<String, String> {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        let Value::Object(map) = value else {
            wrong_type(value, at, Expected::Object, problems);
            return None;
        };
        let mut texts = BTreeMap::new();
        let mut all_read = true;
        for (name, text) in map {
            match String::read(text, &at.field(name), problems) {
                Some(text) => {
                    texts.insert(name.clone(), text);
                }
                None => all_read = false,
            }
        }
        all_read.then_some(texts)
    }
}

impl ReadJson for Revision {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let version = o.required("version", p);
            let date = o.required("date", p);
            let by = o.required("by", p);
            let summary = o.required("summary", p);
            Some(Revision {
                version: version?,
                date: date?,
                by: by?,
                summary: summary?,
            })
        })
    }
}

impl ReadJson for Source {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let title = o.required("title", p);
            let url = o.optional("url", p);
            let date = o.optional("date", p);
            Some(Source {
                id: id?,
                title: title?,
                url,
                date,
            })
        })
    }
}

impl ReadJson for Audience {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let label = o.required("label", p);
            let description = o.optional("description", p);
            Some(Audience {
                id: id?,
                label: label?,
                description,
            })
        })
    }
}

impl ReadJson for Sector {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let label = o.required("label", p);
            let description = o.optional("description", p);
            let contacts = o.list("contacts", p);
            let checklist = o.list("checklist", p);
            Some(Sector {
                id: id?,
                label: label?,
                description,
                contacts,
                checklist,
            })
        })
    }
}

/// Reads the fields every content item has.
fn item_fields(o: &mut Object<'_>, p: &mut Problems) -> Option<Item> {
    let id = o.required("id", p);
    let text = o.required("text", p);
    let sources = o.list("sources", p);
    let derived = o.flag("derived", p);
    let audiences = o.list("audiences", p);
    let note = o.optional("note", p);
    let names_methods = o.flag("names_methods", p);
    let criteria = o.list("criteria", p);
    let if_unclear = o.optional("if_unclear", p);
    let call_first = o.optional("call_first", p);
    Some(Item {
        id: id?,
        text: text?,
        sources,
        derived,
        audiences,
        note,
        names_methods,
        criteria,
        if_unclear,
        call_first,
    })
}

impl ReadJson for Item {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, item_fields)
    }
}

impl ReadJson for Section {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let title = o.required("title", p);
            let intro = o.optional("intro", p);
            let items = o.list("items", p);
            Some(Section {
                title: title?,
                intro,
                items,
            })
        })
    }
}

impl ReadJson for WarningSigns {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let intro = o.optional("intro", p);
            let groups = o.list("groups", p);
            Some(WarningSigns { intro, groups })
        })
    }
}

impl ReadJson for SignGroup {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let kind = o.required("kind", p);
            let title = o.required("title", p);
            let signs = o.list("signs", p);
            Some(SignGroup {
                id: id?,
                kind: kind?,
                title: title?,
                signs,
            })
        })
    }
}

impl ReadJson for FactorList {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let intro = o.optional("intro", p);
            let note = o.optional("note", p);
            let groups = o.list("groups", p);
            Some(FactorList {
                intro,
                note,
                groups,
            })
        })
    }
}

impl ReadJson for FactorGroup {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let title = o.optional("title", p);
            let factors = o.list("items", p);
            Some(FactorGroup { title, factors })
        })
    }
}

impl ReadJson for Factor {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let item = item_fields(o, p);
            let children = o.list("children", p);
            Some(Factor {
                item: item?,
                children,
            })
        })
    }
}

impl ReadJson for AskGuidance {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            Some(AskGuidance {
                intro: o.optional("intro", p),
                phrasings: o.list("phrasings", p),
                follow_up: o.list("follow_up", p),
                level_questions: o.list("level_questions", p),
                dos: o.list("dos", p),
                donts: o.list("donts", p),
            })
        })
    }
}

impl ReadJson for ActionLevel {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let level = o.required("level", p);
            let name = o.required("name", p);
            let title = o.required("title", p);
            let summary = o.required("summary", p);
            let criteria = o.list("criteria", p);
            let actions = o.list("actions", p);
            let contacts = o.list("contacts", p);
            Some(ActionLevel {
                level: level?,
                name: name?,
                title: title?,
                summary: summary?,
                criteria,
                actions,
                contacts,
            })
        })
    }
}

impl ReadJson for Contact {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let name = o.required("name", p);
            let what_for = o.required("what_for", p);
            let phone = o.optional("phone", p);
            let url = o.optional("url", p);
            let email = o.optional("email", p);
            let scope = o.required("scope", p);
            let role = o.required("role", p);
            let persons_own = o.flag("persons_own", p);
            let public = o.flag("public", p);
            let internal = o.flag("internal", p);
            let audiences = o.list("audiences", p);
            let hours = o.optional("hours", p);
            let when_closed = o.list("when_closed", p);
            let notes = o.optional("notes", p);
            let sources = o.list("sources", p);
            let last_verified = o.optional("last_verified", p);
            let status = o.required("status", p);
            Some(Contact {
                id: id?,
                name: name?,
                what_for: what_for?,
                phone,
                url,
                email,
                scope: scope?,
                role: role?,
                persons_own,
                public,
                internal,
                audiences,
                hours,
                when_closed,
                notes,
                sources,
                last_verified,
                status: status?,
            })
        })
    }
}

impl ReadJson for OpeningHours {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let always_open = o.flag("always_open", p);
            let periods: Vec<WeeklyPeriod> = o.list("weekly", p);
            let public_holidays: Vec<TimeRange> = o.list("public_holidays", p);
            let note = o.optional("note", p);
            let schedule = if always_open {
                if !periods.is_empty() || !public_holidays.is_empty() {
                    p.error(at, Message::AlwaysOpenWithPeriods);
                }
                Schedule::AlwaysOpen
            } else {
                let written = |name| {
                    o.map
                        .get(name)
                        .and_then(Value::as_array)
                        .is_some_and(|l| !l.is_empty())
                };
                if !written("weekly") && !written("public_holidays") {
                    p.error(at, Message::NoPeriods);
                }
                Schedule::Weekly {
                    periods,
                    public_holidays,
                }
            };
            Some(OpeningHours { schedule, note })
        })
    }
}

impl ReadJson for WeeklyPeriod {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let days = o.required("days", p);
            let range = time_range_fields(o, p);
            Some(WeeklyPeriod {
                days: days?,
                range: range?,
            })
        })
    }
}

fn time_range_fields(o: &mut Object<'_>, p: &mut Problems) -> Option<TimeRange> {
    let from = o.required("from", p);
    let to = o.required("to", p);
    let range = TimeRange {
        from: from?,
        to: to?,
    };
    if range.from == range.to {
        p.error(
            &o.at,
            Message::EmptyPeriod {
                from: range.from.to_string(),
                to: range.to.to_string(),
            },
        );
        return None;
    }
    Some(range)
}

impl ReadJson for TimeRange {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, time_range_fields)
    }
}

impl ReadJson for ChecklistItem {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let item = item_fields(o, p);
            let levels = o.required("levels", p);
            Some(ChecklistItem {
                item: item?,
                levels: levels?,
            })
        })
    }
}

impl ReadJson for Guidance {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let title = o.required("title", p);
            let audiences = o.list("audiences", p);
            let intro = o.optional("intro", p);
            let items = o.list("items", p);
            Some(Guidance {
                id: id?,
                title: title?,
                audiences,
                intro,
                items,
            })
        })
    }
}

impl ReadJson for PracticeCase {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let title = o.required("title", p);
            let sector = o.optional("sector", p);
            let audience = o.required("audience", p);
            let story = o.required("story", p);
            let signs = o.list("signs", p);
            let criteria = o.list("criteria", p);
            let level = o.required("level", p);
            let guidance = o.list("guidance", p);
            let ved_tvil = o.flag("ved_tvil", p);
            let why = o.required("why", p);
            let contacts = o.list("contacts", p);
            let discussion = o.list("discussion", p);
            Some(PracticeCase {
                id: id?,
                title: title?,
                sector,
                audience: audience?,
                story: story?,
                signs,
                criteria,
                level: level?,
                guidance,
                ved_tvil,
                why: why?,
                contacts,
                discussion,
            })
        })
    }
}

impl ReadJson for Question {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let id = o.required("id", p);
            let question = o.required("question", p);
            let options = o.required("options", p);
            let explanation = o.required("explanation", p);
            let sources = o.list("sources", p);
            Some(Question {
                id: id?,
                question: question?,
                options: options?,
                explanation: explanation?,
                sources,
            })
        })
    }
}

impl ReadJson for AnswerOption {
    fn read(value: &Value, at: &Path, problems: &mut Problems) -> Option<Self> {
        read_object(value, at, problems, |o, p| {
            let text = o.required("text", p);
            let correct = o.required("correct", p);
            Some(AnswerOption {
                text: text?,
                correct: correct?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_known_field() {
        assert_eq!(closest("phon", &["id", "phone", "name"]), Some("phone"));
        assert_eq!(
            closest("what_fro", &["what_for", "when_closed"]),
            Some("what_for")
        );
        assert_eq!(closest("colour", &["id", "phone", "name"]), None);
    }
}
