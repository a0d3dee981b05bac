//! One conversation, in memory only: whom it is about, what was noticed, the chosen action
//! level and the ticked checklist. Never serialised, logged or written anywhere; dropping
//! it (Nullstill, idle timeout, closing the program) forgets everything.

use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::{Guide, fill};
use crate::routine::{AskList, Id, Item, Level, Place, Routine};

/// The steps of the conversation guide, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    Who,
    Notice,
    Ask,
    Acute,
    Act,
    Checklist,
    Summary,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Who,
        Step::Notice,
        Step::Ask,
        Step::Acute,
        Step::Act,
        Step::Checklist,
        Step::Summary,
    ];

    /// The step's title, as shown in the step list.
    pub fn title(self, guide: &Guide) -> &'static str {
        match self {
            Step::Who => guide.step_who,
            Step::Notice => guide.step_notice,
            Step::Ask => guide.step_ask,
            Step::Acute => guide.step_acute,
            Step::Act => guide.step_act,
            Step::Checklist => guide.step_checklist,
            Step::Summary => guide.step_summary,
        }
    }

    fn position(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step's number, 1 to 7, as the step list shows it.
    pub fn number(self) -> usize {
        self.position() + 1
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.position() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Step> {
        self.position().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// An answer to one of the routine's level questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    /// «Vet ikke»: no clear answer.
    Unclear,
}

/// The routine's level questions that name criteria, each with the level a yes gives,
/// in the order the level rule asks them: RØD's first, then GUL's, then GRØNN's.
pub fn gate(routine: &Routine) -> Vec<(Level, &Item)> {
    let mut questions: Vec<(Level, &Item)> = routine
        .walk_items()
        .into_iter()
        .filter(|w| w.place == Place::Ask(AskList::LevelQuestions))
        .filter_map(|w| {
            let level = w
                .item
                .criteria
                .first()
                .and_then(|id| routine.criterion_level(id))?;
            Some((level, w.item))
        })
        .collect();
    questions.sort_by_key(|(level, _)| *level);
    questions
}

/// The answers of one conversation. Going back and forth between steps keeps them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    pub step: Step,
    /// The audience the person belongs to, when the employee chose one.
    pub audience: Option<Id>,
    /// Warning signs, factors and situations the employee noticed (prompts, never summed).
    pub noticed: BTreeSet<Id>,
    /// Action-level criteria the employee ticked.
    pub criteria: BTreeSet<Id>,
    /// Answers to the level questions, by question id.
    pub answers: BTreeMap<Id, Answer>,
    /// A level the employee chose above what the criteria call for.
    pub chosen_level: Option<Level>,
    /// Checklist items done.
    pub done: BTreeSet<Id>,
    /// Counts conversations, so widget ids of a new conversation never meet old state.
    generation: u64,
}

impl Session {
    /// Forgets the conversation and starts a new one at the first step.
    pub fn reset(&mut self) {
        *self = Session {
            generation: self.generation.wrapping_add(1),
            ..Session::default()
        };
    }

    /// A number that changes with every new conversation.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether nothing has been answered yet.
    pub fn is_blank(&self) -> bool {
        self.audience.is_none()
            && self.noticed.is_empty()
            && self.criteria.is_empty()
            && self.answers.is_empty()
            && self.chosen_level.is_none()
            && self.done.is_empty()
    }

    /// The criteria in force: those ticked, those a yes stands for, and those an
    /// unclear answer stands for where the rule counts it as a yes.
    pub fn criteria_in_force(&self, routine: &Routine) -> BTreeSet<Id> {
        let mut criteria = self.criteria.clone();
        for (_, question) in gate(routine) {
            match self.answers.get(&question.id) {
                Some(Answer::Yes) => criteria.extend(question.criteria.iter().cloned()),
                Some(Answer::Unclear) => criteria.extend(question.if_unclear.iter().cloned()),
                Some(Answer::No) | None => {}
            }
        }
        criteria
    }

    /// Criteria in force only through an answer, not ticked.
    pub fn answered_criteria(&self, routine: &Routine) -> BTreeSet<Id> {
        let in_force = self.criteria_in_force(routine);
        in_force.difference(&self.criteria).cloned().collect()
    }

    /// The most urgent level whose criteria are in force, if any.
    pub fn level_from_criteria(&self, routine: &Routine) -> Option<Level> {
        let in_force = self.criteria_in_force(routine);
        routine
            .levels
            .iter()
            .filter(|l| l.criteria.iter().any(|c| in_force.contains(&c.id)))
            .map(|l| l.level)
            .min()
    }

    /// The levels whose questions the gate shows: the first level's always, and each
    /// next level's once every question before it is answered without giving a level.
    pub fn gate_levels(&self, routine: &Routine) -> Vec<Level> {
        let mut shown = Vec::new();
        for level in Level::ALL {
            let questions: Vec<&Item> = gate(routine)
                .into_iter()
                .filter(|(l, _)| *l == level)
                .map(|(_, q)| q)
                .collect();
            if questions.is_empty() {
                continue;
            }
            shown.push(level);
            let all_answered = questions.iter().all(|q| self.answers.contains_key(&q.id));
            let gave_a_level = self
                .level_from_criteria(routine)
                .is_some_and(|found| found <= level);
            if !all_answered || gave_a_level {
                break;
            }
        }
        shown
    }

    /// Answers a level question; the same answer again takes it back.
    pub fn answer(&mut self, question: &str, answer: Answer) {
        if self.answers.get(question) == Some(&answer) {
            self.answers.remove(question);
        } else {
            self.answers.insert(question.to_owned(), answer);
        }
    }

    /// The action level in force: the criteria's level, or a more urgent one the employee
    /// chose. The employee can always go up, never below what the criteria call for.
    pub fn level(&self, routine: &Routine) -> Option<Level> {
        match (self.level_from_criteria(routine), self.chosen_level) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Chooses a level; one below what the criteria call for is ignored.
    pub fn choose_level(&mut self, level: Level, routine: &Routine) {
        let floor = self.level_from_criteria(routine);
        if floor.is_none_or(|floor| level <= floor) {
            self.chosen_level = Some(level);
        }
    }

    /// Ticks or unticks an id in one of the sets.
    pub fn toggle(set: &mut BTreeSet<Id>, id: &str) {
        if !set.remove(id) {
            set.insert(id.to_owned());
        }
    }
}

/// A summary of the conversation for the employee's own professional system: the action
/// level, what was noticed, whom to contact and the checklist. It names no person and
/// holds nothing but the routine's own texts.
pub fn summary(
    session: &Session,
    routine: &Routine,
    at: chrono::NaiveDateTime,
    guide: &Guide,
) -> String {
    let meta = &routine.metadata;
    let mut lines = vec![fill(
        guide.summary_heading,
        &[
            ("title", &meta.title),
            ("municipality", &meta.municipality),
            ("version", &meta.version),
            ("date", &at.format("%d.%m.%Y")),
            ("time", &at.format("%H:%M")),
        ],
    )];
    if let Some(audience) = session
        .audience
        .as_ref()
        .and_then(|id| routine.audiences.iter().find(|a| &a.id == id))
    {
        lines.push(fill(
            guide.summary_audience,
            &[("audience", &audience.label)],
        ));
    }
    match session.level(routine).and_then(|l| routine.level(l)) {
        Some(level) => lines.push(fill(
            guide.summary_level,
            &[("name", &level.name), ("title", &level.title)],
        )),
        None => lines.push(guide.summary_no_level.to_owned()),
    }
    let noticed = texts_of(routine, &session.noticed);
    if !noticed.is_empty() {
        lines.push(guide.summary_noticed.to_owned());
        lines.extend(noticed.into_iter().map(|t| format!("- {t}")));
    }
    let criteria = texts_of(routine, &session.criteria_in_force(routine));
    if !criteria.is_empty() {
        lines.push(guide.summary_criteria.to_owned());
        lines.extend(criteria.into_iter().map(|t| format!("- {t}")));
    }
    if let Some(level) = session.level(routine) {
        let items = crate::session::checklist(routine, level, session.audience.as_deref(), None);
        lines.push(guide.summary_checklist.to_owned());
        lines.extend(items.iter().map(|item| {
            let mark = if session.done.contains(&item.id) {
                "[x]"
            } else {
                "[ ]"
            };
            format!("{mark} {}", item.text)
        }));
    }
    lines.join("\n")
}

/// The checklist items for a level: the routine's and the sector's, for the audience.
pub fn checklist<'r>(
    routine: &'r Routine,
    level: Level,
    audience: Option<&str>,
    sector: Option<&str>,
) -> Vec<&'r crate::routine::Item> {
    let sector_items = sector
        .and_then(|id| routine.sectors.iter().find(|s| s.id == id))
        .map(|s| s.checklist.as_slice())
        .unwrap_or_default();
    routine
        .checklist
        .iter()
        .chain(sector_items)
        .filter(|c| c.levels.contains(&level))
        .map(|c| &c.item)
        .filter(|item| {
            audience
                .is_none_or(|a| item.audiences.is_empty() || item.audiences.iter().any(|x| x == a))
        })
        .collect()
}

/// The texts of the routine's items with these ids, in the routine's order.
fn texts_of(routine: &Routine, ids: &BTreeSet<Id>) -> Vec<String> {
    routine
        .all_items()
        .filter(|item| ids.contains(&item.id))
        .map(|item| item.text.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;

    fn routine() -> Routine {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        check_embedded(today).routine.unwrap()
    }

    #[test]
    fn steps_run_in_order_both_ways() {
        assert_eq!(Step::Who.previous(), None);
        assert_eq!(Step::Summary.next(), None);
        let mut step = Step::Who;
        let mut seen = vec![step];
        while let Some(next) = step.next() {
            assert_eq!(next.previous(), Some(step));
            step = next;
            seen.push(step);
        }
        assert_eq!(seen, Step::ALL);
    }

    #[test]
    fn criteria_set_a_floor_the_employee_can_only_raise() {
        let routine = routine();
        let mut session = Session::default();
        assert_eq!(session.level(&routine), None);
        let yellow = &routine.level(Level::Yellow).unwrap().criteria[0].id;
        Session::toggle(&mut session.criteria, yellow);
        assert_eq!(session.level(&routine), Some(Level::Yellow));
        session.choose_level(Level::Green, &routine);
        assert_eq!(
            session.level(&routine),
            Some(Level::Yellow),
            "never below the criteria"
        );
        session.choose_level(Level::Red, &routine);
        assert_eq!(session.level(&routine), Some(Level::Red), "always up");
        let red = &routine.level(Level::Red).unwrap().criteria[0].id;
        Session::toggle(&mut session.criteria, red);
        Session::toggle(&mut session.criteria, yellow);
        assert_eq!(session.level(&routine), Some(Level::Red));
    }

    #[test]
    fn reset_forgets_everything_and_changes_generation() {
        let routine = routine();
        let mut session = Session {
            step: Step::Checklist,
            audience: Some("barn-unge".into()),
            ..Session::default()
        };
        Session::toggle(&mut session.noticed, "x");
        Session::toggle(&mut session.done, "y");
        session.choose_level(Level::Green, &routine);
        let generation = session.generation();
        session.reset();
        assert!(session.is_blank());
        assert_eq!(session.step, Step::Who);
        assert_ne!(session.generation(), generation);
    }
}
