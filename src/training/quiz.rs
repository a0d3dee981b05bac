//! The self-check: questions on the routine with immediate feedback and a score that is
//! shown on screen only. A new round starts clean.

use crate::routine::Routine;

/// One round: the option chosen for each question, the first choice being final.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Round {
    chosen: Vec<Option<usize>>,
}

impl Round {
    /// Records an answer; a question already answered keeps its first answer.
    pub fn answer(&mut self, question: usize, option: usize) {
        if self.chosen.len() <= question {
            self.chosen.resize(question + 1, None);
        }
        if self.chosen[question].is_none() {
            self.chosen[question] = Some(option);
        }
    }

    /// The option chosen for a question, if any.
    pub fn chosen(&self, question: usize) -> Option<usize> {
        self.chosen.get(question).copied().flatten()
    }

    /// How many answers were right, and how many questions were answered.
    pub fn score(&self, routine: &Routine) -> (usize, usize) {
        let mut right = 0;
        let mut answered = 0;
        for (question, chosen) in routine.self_check.iter().zip(&self.chosen) {
            if let Some(option) = chosen {
                answered += 1;
                if question.options.get(*option).is_some_and(|o| o.correct) {
                    right += 1;
                }
            }
        }
        (right, answered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;

    #[test]
    fn scores_first_answers_only() {
        let routine = check_embedded(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
            .routine
            .unwrap();
        let right = |q: usize| {
            routine.self_check[q]
                .options
                .iter()
                .position(|o| o.correct)
                .unwrap()
        };
        let wrong = |q: usize| {
            routine.self_check[q]
                .options
                .iter()
                .position(|o| !o.correct)
                .unwrap()
        };
        let mut round = Round::default();
        round.answer(0, right(0));
        round.answer(1, wrong(1));
        round.answer(1, right(1));
        assert_eq!(round.score(&routine), (1, 2));
        assert_eq!(round.chosen(1), Some(wrong(1)));
        assert_eq!(round.chosen(2), None);
    }
}
