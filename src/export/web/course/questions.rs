//! The questions that end each module, as forms: a self-check question with its
//! options, or a practice case with the three levels to choose from. Each carries the
//! routine's answer, hidden until the first answer is given: for a question its right
//! option and explanation, for a case its level, the criteria in the story that decide
//! it, the guidance it turns on and why, as the window's practice screen shows them.

use maud::{Markup, html};

use crate::i18n::{Texts, fill};
use crate::routine::course::Asked;
use crate::routine::{PracticeCase, Question, Routine};

use super::super::html::level_heading;

/// A question's number in the course (from 1) and how many there are.
#[derive(Debug, Clone, Copy)]
pub(super) struct Numbered {
    pub number: usize,
    pub total: usize,
}

/// The options of a question, and which of them are right.
pub(super) fn options(asked: &Asked<'_>, routine: &Routine) -> (Vec<String>, Vec<usize>) {
    match asked {
        Asked::SelfCheck(question) => (
            question.options.iter().map(|o| o.text.clone()).collect(),
            question
                .options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.correct)
                .map(|(i, _)| i)
                .collect(),
        ),
        Asked::Case(case) => (
            routine.levels.iter().map(level_heading).collect(),
            routine
                .levels
                .iter()
                .position(|l| l.level == case.level)
                .into_iter()
                .collect(),
        ),
    }
}

/// A question as a form: what is asked, its options, the answer button, and the
/// routine's answer (hidden until answered).
pub(super) fn form(asked: &Asked<'_>, at: Numbered, routine: &Routine, t: &Texts) -> Markup {
    let n = at.number;
    let (options, right) = options(asked, routine);
    let number = fill(
        t.course.question_of,
        &[("number", &n), ("total", &at.total)],
    );
    let asks = match asked {
        Asked::SelfCheck(question) => question.question.as_str(),
        Asked::Case(_) => t.course.case_question,
    };
    html! {
        form.question id={ "question-" (n) } data-question=(n - 1) {
            @if let Asked::Case(case) = asked {
                (story(case, t))
            }
            fieldset {
                legend {
                    span.question-number { (number) }
                    " "
                    span.question-text { (asks) }
                }
                @for (o, option) in options.iter().enumerate() {
                    div.option {
                        input type="radio" name={ "q-" (n) } id={ "q-" (n) "-" (o + 1) } value=(o);
                        label for={ "q-" (n) "-" (o + 1) } { (option) }
                    }
                }
            }
            p.answer-row {
                button.answer-button type="submit" { (t.course.answer) }
            }
            p.hint aria-live="polite" {}
            div.feedback id={ "feedback-" (n) } tabindex="-1" hidden {
                p.verdict {}
                p.routine-answer { (routine_answer(&options, &right, t)) }
                @match asked {
                    Asked::SelfCheck(question) => (explanation(question)),
                    Asked::Case(case) => (case_answer(case, routine, t)),
                }
            }
        }
    }
}

fn story(case: &PracticeCase, t: &Texts) -> Markup {
    html! {
        div.case {
            p { strong { (fill(t.course.case_made_up, &[("title", &case.title)])) } }
            @for paragraph in &case.story {
                p { (paragraph) }
            }
        }
    }
}

/// «Rutinens svar: 113», the right options joined with «eller».
fn routine_answer(options: &[String], right: &[usize], t: &Texts) -> String {
    let answers: Vec<&str> = right
        .iter()
        .filter_map(|i| options.get(*i))
        .map(String::as_str)
        .collect();
    fill(
        t.course.routine_answer,
        &[("answer", &answers.join(t.course.answer_or))],
    )
}

fn explanation(question: &Question) -> Markup {
    html! { p { (question.explanation) } }
}

/// A case's answer as the practice screen gives it: the criteria in the story that
/// decide the level, the note when the routine chose higher for a doubt, the guidance
/// the case turns on, why, and the contacts.
fn case_answer(case: &PracticeCase, routine: &Routine, t: &Texts) -> Markup {
    let training = &t.training;
    let criteria: Vec<String> = case
        .criteria
        .iter()
        .filter_map(|id| routine.criterion(id))
        .map(|(level, criterion)| {
            let name = routine
                .level(level)
                .map_or(level.key(), |l| l.name.as_str());
            fill(
                training.criterion_line,
                &[("level", &name), ("text", &criterion.text)],
            )
        })
        .collect();
    let doubt = case
        .ved_tvil
        .then(|| {
            routine
                .level_of_criteria(case)
                .and_then(|l| routine.level(l))
        })
        .flatten()
        .map(|level| fill(training.ved_tvil_note, &[("level", &level.name)]));
    let guidance: Vec<String> = case
        .guidance
        .iter()
        .filter_map(|id| routine.guidance_item(id))
        .map(|(section, item)| {
            fill(
                training.guidance_line,
                &[("section", &section.title), ("text", &item.text)],
            )
        })
        .collect();
    let contacts: Vec<&str> = case
        .contacts
        .iter()
        .filter_map(|id| routine.contact(id))
        .map(|c| c.name.as_str())
        .collect();
    html! {
        @if !criteria.is_empty() {
            p { (training.deciding_criteria) }
            ul { @for line in &criteria { li { (line) } } }
        }
        @if let Some(doubt) = doubt {
            p { (doubt) }
        }
        @if !guidance.is_empty() {
            p { (training.case_guidance) }
            ul { @for line in &guidance { li { (line) } } }
        }
        p { (fill(training.why, &[("why", &case.why)])) }
        @if !contacts.is_empty() {
            p { (fill(t.course.case_contacts, &[("contacts", &contacts.join(", "))])) }
        }
    }
}
