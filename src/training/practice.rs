//! Practice cases: a group's answer to a fictional case, compared with the routine's,
//! difference by difference.

use std::collections::BTreeSet;

use crate::routine::{Contact, Id, Item, Level, PracticeCase, Routine};

/// What a group answered: the signs it saw, the level it chose, the contacts it would use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseAnswer {
    pub signs: BTreeSet<Id>,
    pub level: Option<Level>,
    pub contacts: BTreeSet<Id>,
}

/// Items or contacts sorted into: both named them, only the routine, only the group.
#[derive(Debug, Clone, PartialEq)]
pub struct Differences<T> {
    pub both: Vec<T>,
    pub only_routine: Vec<T>,
    pub only_group: Vec<T>,
}

/// The group's answer beside the routine's.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'r> {
    pub signs: Differences<&'r Item>,
    pub group_level: Option<Level>,
    pub routine_level: Level,
    pub contacts: Differences<&'r Contact>,
}

impl Comparison<'_> {
    pub fn same_level(&self) -> bool {
        self.group_level == Some(self.routine_level)
    }
}

fn differences<'r, T>(
    expected: &[Id],
    chosen: &BTreeSet<Id>,
    lookup: impl Fn(&str) -> Option<&'r T>,
) -> Differences<&'r T> {
    let expected_set: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
    Differences {
        both: expected
            .iter()
            .filter(|id| chosen.contains(*id))
            .filter_map(|id| lookup(id))
            .collect(),
        only_routine: expected
            .iter()
            .filter(|id| !chosen.contains(*id))
            .filter_map(|id| lookup(id))
            .collect(),
        only_group: chosen
            .iter()
            .filter(|id| !expected_set.contains(id.as_str()))
            .filter_map(|id| lookup(id))
            .collect(),
    }
}

/// Compares a group's answer with the case's expected answer.
pub fn compare<'r>(
    routine: &'r Routine,
    case: &'r PracticeCase,
    answer: &CaseAnswer,
) -> Comparison<'r> {
    let item = |id: &str| routine.all_items().find(|i| i.id == id);
    Comparison {
        signs: differences(&case.signs, &answer.signs, item),
        group_level: answer.level,
        routine_level: case.level,
        contacts: differences(&case.contacts, &answer.contacts, |id| routine.contact(id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;

    #[test]
    fn sorts_every_difference() {
        let routine = check_embedded(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
            .routine
            .unwrap();
        let case = &routine.cases[0];
        let extra_sign = routine
            .all_items()
            .find(|i| !case.signs.contains(&i.id))
            .unwrap()
            .id
            .clone();
        let answer = CaseAnswer {
            signs: [case.signs[0].clone(), extra_sign.clone()].into(),
            level: Some(Level::Red),
            contacts: [case.contacts[0].clone()].into(),
        };
        let comparison = compare(&routine, case, &answer);
        assert_eq!(comparison.signs.both.len(), 1);
        assert_eq!(comparison.signs.only_routine.len(), case.signs.len() - 1);
        assert_eq!(comparison.signs.only_group[0].id, extra_sign);
        assert_eq!(comparison.contacts.both[0].id, case.contacts[0]);
        assert_eq!(
            comparison.contacts.only_routine.len(),
            case.contacts.len() - 1
        );
        assert!(comparison.contacts.only_group.is_empty());
        assert_eq!(comparison.same_level(), case.level == Level::Red);
    }
}
