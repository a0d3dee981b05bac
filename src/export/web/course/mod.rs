//! The staff course: short modules made from the routine (why, what to notice, asking
//! directly, the action levels, whom to contact, before you part, looking after
//! yourself), each ending with questions from the routine's self-check or practice
//! cases, with the routine's answer at once, and a result that can be printed as a
//! confirmation with a blank line for a name. One page, so nothing has to be stored
//! between pages: the answers live in the page's memory only.
//!
//! The same course is written into the web site beside the other pages
//! (`kurs.html`) and, as a SCORM 1.2 package for a municipality's learning platform,
//! by [`scorm`]. Its script (`assets/web/course.js`) only shows what the page holds:
//! every text, answer and time is worked out here, in Rust, in the routine's language.

mod modules;
mod page;
mod questions;
pub mod scorm;

use maud::Markup;

use crate::i18n::Texts;
use crate::routine::course::{Plan, plan};
use crate::routine::{Module, Routine};

pub(super) use page::site_page;

/// The course's script.
pub(super) const SCRIPT: &str = include_str!("../../../../assets/web/course.js");
pub(super) const SCRIPT_FILE: &str = "course.js";
/// The course's style, beside the site's.
pub(super) const STYLE: &str = include_str!("../../../../assets/web/course.css");
pub(super) const STYLE_FILE: &str = "course.css";

/// Reading speed the course's times assume, in words a minute.
pub const WORDS_PER_MINUTE: u32 = 200;
/// Time the course's times allow for each question, in seconds.
pub const SECONDS_PER_QUESTION: u32 = 30;

/// One module of the course: its text, and the questions it ends with.
pub struct CourseModule<'r> {
    pub module: Module,
    /// Its number in the course, from 1.
    pub number: usize,
    /// What the module teaches, as HTML.
    pub body: Markup,
    /// The words of its text, counted as [`words`] counts them.
    pub words: u32,
    pub questions: Vec<crate::routine::course::Asked<'r>>,
}

impl CourseModule<'_> {
    /// How long the module takes: its words at [`WORDS_PER_MINUTE`] and
    /// [`SECONDS_PER_QUESTION`] for each question, in seconds.
    pub fn seconds(&self) -> u32 {
        seconds(self.words, self.questions.len())
    }
}

/// Seconds to read `words` and answer `questions`.
fn seconds(words: u32, questions: usize) -> u32 {
    let questions = u32::try_from(questions).unwrap_or(u32::MAX);
    (words * 60).div_ceil(WORDS_PER_MINUTE) + questions * SECONDS_PER_QUESTION
}

/// Whole minutes for a time in seconds, as the course says it: rounded, at least one.
pub fn minutes(seconds: u32) -> u32 {
    ((seconds + 30) / 60).max(1)
}

/// Where the course is shown: in the web site, whose other pages it may link to, or
/// alone in a package for a learning platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    Site,
    Package,
}

/// The whole course for a routine, in the routine's language.
pub struct Course<'r> {
    pub modules: Vec<CourseModule<'r>>,
    pub pass_mark: u32,
}

impl Course<'_> {
    /// The whole course's time, in seconds.
    pub fn seconds(&self) -> u32 {
        self.modules.iter().map(CourseModule::seconds).sum()
    }

    pub fn question_count(&self) -> usize {
        self.modules.iter().map(|m| m.questions.len()).sum()
    }
}

/// The course made from `routine`: each module's text (for the site, which links to its
/// other pages, or alone) and questions.
pub(super) fn course<'r>(routine: &'r Routine, t: &Texts, target: Target) -> Course<'r> {
    let Plan {
        modules, pass_mark, ..
    } = plan(routine);
    let modules = modules
        .into_iter()
        .enumerate()
        .map(|(i, (module, questions))| {
            let body = modules::body(module, routine, t, target);
            CourseModule {
                module,
                number: i + 1,
                words: words(&body.0),
                body,
                questions,
            }
        })
        .collect();
    Course { modules, pass_mark }
}

/// The course's page as the web site holds it, for a routine exported on `exported`.
pub fn page(routine: &Routine, exported: chrono::NaiveDate) -> String {
    site_page(&super::export(routine, exported))
}

/// The course's time in whole minutes, as its page and the site's start page say it.
pub fn total_minutes(routine: &Routine) -> u32 {
    let t = crate::i18n::Language::of_routine(routine).texts();
    minutes(course(routine, t, Target::Site).seconds())
}

/// The words of an HTML text: what lies between its tags, split at white space,
/// counting only pieces with a letter or digit in them (a dash is no word).
pub fn words(html: &str) -> u32 {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut in_entity = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            '&' if !in_tag => in_entity = true,
            ';' if in_entity => {
                in_entity = false;
                text.push(' ');
            }
            _ if in_tag || in_entity => {}
            _ => text.push(c),
        }
    }
    let count = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_words_between_the_tags() {
        assert_eq!(words("<p>Ring 113 – nå.</p><ul><li>Én</li></ul>"), 4);
        assert_eq!(words("<p>Rød &amp; gul</p>"), 2);
        assert_eq!(words("<a href=\"a b c\">lenke</a>"), 1);
    }

    #[test]
    fn times_are_words_at_200_a_minute_and_30_seconds_a_question() {
        assert_eq!(seconds(200, 0), 60);
        assert_eq!(seconds(400, 3), 210);
        assert_eq!(minutes(210), 4);
        assert_eq!(minutes(10), 1);
    }
}
