//! Training mode's domain: slides generated from the routine, practice cases compared
//! with the routine's answer, and a self-check. All in memory; nothing is saved.

pub mod canvas;
pub mod practice;
pub mod quiz;
pub mod slides;

use crate::routine::{Id, Level, Routine};

/// The parts of training mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Part {
    #[default]
    Presentation,
    Cases,
    SelfCheck,
}

/// Everything a training session holds, in memory only. Leaving training mode drops it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Training {
    pub part: Part,
    pub slide: usize,
    pub show_notes: bool,
    /// The slide is shown alone under the 113 bar, in full screen (F11).
    pub full_screen: bool,
    pub case: usize,
    pub answer: practice::CaseAnswer,
    pub revealed: bool,
    pub round: quiz::Round,
}

/// What a trainer or group can ask for in training mode.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ShowPart(Part),
    Slide(usize),
    ToggleNotes,
    ChooseCase(usize),
    ToggleSign(Id),
    ChooseLevel(Level),
    ToggleContact(Id),
    Reveal,
    TryAgain,
    Answer { question: usize, option: usize },
    NewRound,
}

impl Training {
    /// Applies an action; `slide_count` keeps the slide within the presentation.
    pub fn apply(&mut self, action: Action, routine: &Routine, slide_count: usize) {
        match action {
            Action::ShowPart(part) => self.part = part,
            Action::Slide(slide) => self.slide = slide.min(slide_count.saturating_sub(1)),
            Action::ToggleNotes => self.show_notes = !self.show_notes,
            Action::ChooseCase(case) if case < routine.cases.len() => {
                self.case = case;
                self.answer = practice::CaseAnswer::default();
                self.revealed = false;
            }
            Action::ChooseCase(_) => {}
            Action::ToggleSign(id) => toggle(&mut self.answer.signs, id),
            Action::ChooseLevel(level) => self.answer.level = Some(level),
            Action::ToggleContact(id) => toggle(&mut self.answer.contacts, id),
            Action::Reveal => self.revealed = true,
            Action::TryAgain => {
                self.answer = practice::CaseAnswer::default();
                self.revealed = false;
            }
            Action::Answer { question, option } => self.round.answer(question, option),
            Action::NewRound => self.round = quiz::Round::default(),
        }
    }
}

fn toggle(set: &mut std::collections::BTreeSet<Id>, id: Id) {
    if !set.remove(&id) {
        set.insert(id);
    }
}
