//! What the staff course asks, as data: the questions that end each module and the pass
//! mark, as the routine's `course` section chooses them, or by default the whole
//! self-check spread over the modules in order and one practice case per level in the
//! module on the levels. No words here: the export words and shows the course.

use super::model::{Course, CourseQuestions, Level, Module, PracticeCase, Question, Routine};

/// A question the course asks: a self-check question, or a practice case with the
/// question which action level it calls for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Asked<'r> {
    SelfCheck(&'r Question),
    Case(&'r PracticeCase),
}

impl Asked<'_> {
    /// The id of the question or case.
    pub fn id(&self) -> &str {
        match self {
            Asked::SelfCheck(question) => &question.id,
            Asked::Case(case) => &case.id,
        }
    }
}

/// The course: each module with its questions, in the course's order, and the pass mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan<'r> {
    pub modules: Vec<(Module, Vec<Asked<'r>>)>,
    /// Per cent right at the first try that passes.
    pub pass_mark: u32,
    /// The routine chose the questions (`course`); else they are the default.
    pub chosen: bool,
}

impl Plan<'_> {
    /// Every question in the order the course asks them.
    pub fn questions(&self) -> impl Iterator<Item = (Module, &Asked<'_>)> {
        self.modules
            .iter()
            .flat_map(|(module, asked)| asked.iter().map(move |a| (*module, a)))
    }

    /// How many questions the course asks.
    pub fn question_count(&self) -> usize {
        self.modules.iter().map(|(_, asked)| asked.len()).sum()
    }
}

/// The modules the default spreads the self-check over: all but the one on the levels,
/// which ends with the cases.
const SELF_CHECK_MODULES: [Module; 6] = [
    Module::Why,
    Module::Notice,
    Module::Ask,
    Module::Contacts,
    Module::Parting,
    Module::Aftercare,
];

/// The course the routine asks for. An id the routine's `course` names that is neither a
/// self-check question nor a case is left out here (validation reports it).
pub fn plan(routine: &Routine) -> Plan<'_> {
    match &routine.course {
        Some(course) => chosen(routine, course),
        None => default(routine),
    }
}

fn chosen<'r>(routine: &'r Routine, course: &Course) -> Plan<'r> {
    let modules = Module::ALL
        .into_iter()
        .map(|module| {
            let asked = course
                .questions
                .of(module)
                .iter()
                .filter_map(|id| asked(routine, id))
                .collect();
            (module, asked)
        })
        .collect();
    Plan {
        modules,
        pass_mark: course.pass_mark,
        chosen: true,
    }
}

/// The question or case with this id.
pub fn asked<'r>(routine: &'r Routine, id: &str) -> Option<Asked<'r>> {
    routine
        .self_check
        .iter()
        .find(|q| q.id == id)
        .map(Asked::SelfCheck)
        .or_else(|| routine.cases.iter().find(|c| c.id == id).map(Asked::Case))
}

/// How many self-check questions the default course can ask: three in each module
/// but the one on the levels.
pub const DEFAULT_MOST_SELF_CHECK: usize = SELF_CHECK_MODULES.len() * Course::MOST_QUESTIONS;

/// The default: the self-check in its order, spread as evenly as it goes over the
/// modules but the one on the levels (earlier modules taking one more when it does not
/// divide), at most three a module; and the first case of each level, one not marked
/// «ved tvil» where there is one, in the module on the levels.
fn default(routine: &Routine) -> Plan<'_> {
    let questions: Vec<&Question> = routine
        .self_check
        .iter()
        .take(DEFAULT_MOST_SELF_CHECK)
        .collect();
    let spread = SELF_CHECK_MODULES.len();
    let mut rest = questions.as_slice();
    let mut modules = Vec::new();
    for module in Module::ALL {
        if module == Module::Levels {
            modules.push((module, level_cases(routine)));
            continue;
        }
        let index = SELF_CHECK_MODULES
            .iter()
            .position(|m| *m == module)
            .unwrap_or(0);
        let count = questions.len() / spread + usize::from(index < questions.len() % spread);
        let (these, after) = rest.split_at(count.min(rest.len()));
        rest = after;
        modules.push((module, these.iter().map(|q| Asked::SelfCheck(q)).collect()));
    }
    Plan {
        modules,
        pass_mark: Course::DEFAULT_PASS_MARK,
        chosen: false,
    }
}

/// The default course written out as a `course` section, for a routine owner to start
/// choosing from.
pub fn default_choice(routine: &Routine) -> Course {
    let plan = default(routine);
    let mut questions = CourseQuestions::default();
    for (module, asked) in &plan.modules {
        *questions.of_mut(*module) = asked.iter().map(|a| a.id().to_owned()).collect();
    }
    Course {
        pass_mark: plan.pass_mark,
        questions,
    }
}

fn level_cases(routine: &Routine) -> Vec<Asked<'_>> {
    Level::ALL
        .into_iter()
        .filter_map(|level| {
            let of_level = || routine.cases.iter().filter(move |c| c.level == level);
            of_level()
                .find(|c| !c.ved_tvil)
                .or_else(|| of_level().next())
                .map(Asked::Case)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;

    fn lier() -> Routine {
        check_embedded(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
            .routine
            .unwrap()
    }

    #[test]
    fn the_default_asks_the_whole_self_check_and_a_case_a_level() {
        let mut routine = lier();
        routine.course = None;
        let plan = plan(&routine);
        assert!(!plan.chosen);
        assert_eq!(plan.pass_mark, 80);
        let ids: Vec<&str> = plan.questions().map(|(_, a)| a.id()).collect();
        let self_check: Vec<&str> = routine.self_check.iter().map(|q| q.id.as_str()).collect();
        let asked_self_check: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| self_check.contains(id))
            .collect();
        assert_eq!(asked_self_check, self_check, "all of it, in its order");
        let levels = &plan.modules[3];
        assert_eq!(levels.0, Module::Levels);
        let case_levels: Vec<Level> = levels
            .1
            .iter()
            .map(|a| match a {
                Asked::Case(case) => case.level,
                Asked::SelfCheck(q) => panic!("{} in the levels module", q.id),
            })
            .collect();
        assert_eq!(case_levels, Level::ALL);
        for (module, asked) in &plan.modules {
            assert!(
                (1..=Course::MOST_QUESTIONS).contains(&asked.len()),
                "{module:?}: {}",
                asked.len()
            );
        }
    }

    #[test]
    fn the_routine_chooses_its_questions_and_pass_mark() {
        let mut routine = lier();
        routine.course = Some(Course {
            pass_mark: 70,
            questions: crate::routine::CourseQuestions {
                why: vec!["q-hvem-vurderer".into()],
                levels: vec!["case-nav".into(), "q-tvil".into()],
                ..Default::default()
            },
        });
        let plan = plan(&routine);
        assert!(plan.chosen);
        assert_eq!(plan.pass_mark, 70);
        let ids: Vec<(Module, &str)> = plan.questions().map(|(m, a)| (m, a.id())).collect();
        assert_eq!(
            ids,
            [
                (Module::Why, "q-hvem-vurderer"),
                (Module::Levels, "case-nav"),
                (Module::Levels, "q-tvil"),
            ]
        );
    }
}
