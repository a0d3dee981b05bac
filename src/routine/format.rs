//! The routine file format's own words, in one place for reading and writing: the format
//! versions, and the spellings of weekdays and of every fixed choice. (How the model's
//! dates and flags are written is beside the model, which derives its writing.)

use chrono::Weekday;
use serde::{Serialize, Serializer};

use super::model::{ContactRole, ContactStatus, Level, Module, Scope, SignKind};

/// The format version this program writes. Version 2 added cases' `criteria` and
/// `ved_tvil`, contacts' `persons_own`, sources' `date`, `level_rule` and
/// `poster_messages`; version 3 added `retired_ids`, cases' `guidance`, and items'
/// `note` and `names_methods`, and then the staff course's `course`. All are optional,
/// so an older file reads as before.
pub const FORMAT_VERSION: u64 = 3;

/// The format versions this program reads.
pub const READABLE_FORMATS: [u64; 3] = [1, 2, 3];

pub const WEEKDAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "mon"),
    (Weekday::Tue, "tue"),
    (Weekday::Wed, "wed"),
    (Weekday::Thu, "thu"),
    (Weekday::Fri, "fri"),
    (Weekday::Sat, "sat"),
    (Weekday::Sun, "sun"),
];

pub const LEVELS: [(Level, &str); 3] = [
    (Level::Red, "red"),
    (Level::Yellow, "yellow"),
    (Level::Green, "green"),
];

pub const SIGN_KINDS: [(SignKind, &str); 3] = [
    (SignKind::Says, "says"),
    (SignKind::Does, "does"),
    (SignKind::Changes, "changes"),
];

/// The course's modules, as `course.questions` names them.
pub const MODULES: [(Module, &str); 7] = [
    (Module::Why, "why"),
    (Module::Notice, "notice"),
    (Module::Ask, "ask"),
    (Module::Levels, "levels"),
    (Module::Contacts, "contacts"),
    (Module::Parting, "parting"),
    (Module::Aftercare, "aftercare"),
];

pub const SCOPES: [(Scope, &str); 2] = [(Scope::National, "national"), (Scope::Local, "local")];

pub const ROLES: [(ContactRole, &str); 3] = [
    (ContactRole::Day, "day"),
    (ContactRole::OutOfHours, "out_of_hours"),
    (ContactRole::Any, "any"),
];

pub const STATUSES: [(ContactStatus, &str); 3] = [
    (ContactStatus::Verified, "verified"),
    (ContactStatus::ToVerify, "to_verify"),
    (ContactStatus::Placeholder, "placeholder"),
];

/// The file's word for a value of one of the tables above.
pub fn key<T: PartialEq>(table: &[(T, &'static str)], value: &T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| v == value)
        .map_or("", |(_, key)| key)
}

impl Module {
    /// The key used in routine files.
    pub fn key(self) -> &'static str {
        key(&MODULES, &self)
    }
}

impl Level {
    /// The key used in routine files.
    pub fn key(self) -> &'static str {
        key(&LEVELS, &self)
    }
}

/// Writes each fixed choice as the file's word for it.
macro_rules! serialize_as_key {
    ($($type:ty => $table:ident),* $(,)?) => {
        $(impl Serialize for $type {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(key(&$table, self))
            }
        })*
    };
}

serialize_as_key! {
    Level => LEVELS,
    SignKind => SIGN_KINDS,
    Scope => SCOPES,
    ContactRole => ROLES,
    ContactStatus => STATUSES,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_one_distinct_word() {
        fn distinct<T>(table: &[(T, &str)]) -> bool {
            let mut words: Vec<&str> = table.iter().map(|(_, w)| *w).collect();
            words.sort_unstable();
            words.windows(2).all(|w| w[0] != w[1]) && words.iter().all(|w| !w.is_empty())
        }
        assert!(distinct(&WEEKDAYS) && distinct(&LEVELS) && distinct(&SIGN_KINDS));
        assert!(distinct(&SCOPES) && distinct(&ROLES) && distinct(&STATUSES));
        assert!(distinct(&MODULES));
        assert_eq!(key(&ROLES, &ContactRole::OutOfHours), "out_of_hours");
        assert_eq!(
            serde_json::to_string(&ContactStatus::ToVerify).ok(),
            Some("\"to_verify\"".to_owned())
        );
    }
}
