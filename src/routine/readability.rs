//! How easy the texts an employee reads in the middle of a conversation are to read: their
//! length, and LIX (Björnsson's läsbarhetsindex, used for Norwegian), with the limits the
//! routine keeps. Counting only; `validate` warns and `i18n` words the figures.

use super::model::{AskList, Routine};
use super::walk::{Place, Step};

/// An item shown in a conversation holds at most this many characters (Unicode
/// characters, not bytes).
pub const MOST_CHARACTERS: usize = 200;
/// An item of this many words or more is hard to read when its LIX reaches
/// [`HARD_ITEM_LIX`].
pub const HARD_ITEM_WORDS: usize = 15;
/// The LIX at which a long item (see [`HARD_ITEM_WORDS`]) is hard to read.
pub const HARD_ITEM_LIX: Lix = Lix(550);
/// The highest LIX for the conversation texts as a whole and for each of their sections.
pub const MOST_LIX: Lix = Lix(350);
/// A long word has more letters than this.
const LONG_WORD_LETTERS: usize = 6;

/// A text cut into its sentences, each with its closing mark: a sentence ends at `.`, `!`
/// or `?` before a space and a capital letter or an opening quote, so «kl. 08.00» and a
/// question inside a sentence stay whole. The pieces joined with one space are the text.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let rest = &text[at + c.len_utf8()..];
        let Some(next) = rest.strip_prefix(' ') else {
            continue;
        };
        if next.starts_with(|n: char| n.is_uppercase() || n == '«') {
            out.push(&text[start..at + c.len_utf8()]);
            start = at + c.len_utf8() + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// A LIX figure in tenths (29.8 is `Lix(298)`), so figures compare exactly and print as
/// they were measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Lix(pub u32);

impl Lix {
    /// The whole part and the tenth, for printing with the language's decimal sign.
    pub fn parts(self) -> (u32, u32) {
        (self.0 / 10, self.0 % 10)
    }
}

/// Words, sentences and long words of one or more texts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub long_words: usize,
}

impl Counts {
    /// Counts one item. A word is a run of letters (a hyphen between letters joins two
    /// runs into one word); digits are not words. A sentence ends at `.`, `!`, `?` or
    /// `:` followed by a space or the item's end, and an item is at least one sentence.
    pub fn of(text: &str) -> Counts {
        let chars: Vec<char> = text.chars().collect();
        let mut counts = Counts::default();
        let mut letters = 0;
        for (i, &c) in chars.iter().enumerate() {
            let next = chars.get(i + 1).copied();
            if c.is_alphabetic() {
                letters += 1;
                continue;
            }
            let joins = c == '-' && letters > 0 && next.is_some_and(char::is_alphabetic);
            if !joins {
                counts.end_word(letters);
                letters = 0;
            }
            if matches!(c, '.' | '!' | '?' | ':') && next.is_none_or(char::is_whitespace) {
                counts.sentences += 1;
            }
        }
        counts.end_word(letters);
        counts.sentences = counts.sentences.max(1);
        counts
    }

    fn end_word(&mut self, letters: usize) {
        if letters > 0 {
            self.words += 1;
            if letters > LONG_WORD_LETTERS {
                self.long_words += 1;
            }
        }
    }

    /// LIX = words / sentences + 100 × long words / words, rounded to a tenth; `None`
    /// without words.
    pub fn lix(self) -> Option<Lix> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let words = self.words as f64;
        let lix = words / self.sentences as f64 + 100.0 * self.long_words as f64 / words;
        Some(Lix((lix * 10.0).round() as u32))
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;

    /// The counts of both together.
    fn add(self, other: Counts) -> Counts {
        Counts {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            long_words: self.long_words + other.long_words,
        }
    }
}

/// A part of the texts read during a conversation, named by its place in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversationSection {
    LevelSummaries,
    Criteria,
    Actions,
    LevelQuestions,
    Phrasings,
    FollowUp,
    Dos,
    Donts,
    Checklist,
    Guidance,
}

impl ConversationSection {
    /// Every section, in the order the figures are printed.
    pub const ALL: [ConversationSection; 10] = [
        ConversationSection::LevelSummaries,
        ConversationSection::Criteria,
        ConversationSection::Actions,
        ConversationSection::LevelQuestions,
        ConversationSection::Phrasings,
        ConversationSection::FollowUp,
        ConversationSection::Dos,
        ConversationSection::Donts,
        ConversationSection::Checklist,
        ConversationSection::Guidance,
    ];

    /// The section's fields, as a JSON path with `[]` for every element of a list.
    pub fn path(self) -> &'static str {
        match self {
            ConversationSection::LevelSummaries => "levels[].summary",
            ConversationSection::Criteria => "levels[].criteria[]",
            ConversationSection::Actions => "levels[].actions[]",
            ConversationSection::LevelQuestions => "ask.level_questions[]",
            ConversationSection::Phrasings => "ask.phrasings[]",
            ConversationSection::FollowUp => "ask.follow_up[]",
            ConversationSection::Dos => "ask.dos[]",
            ConversationSection::Donts => "ask.donts[]",
            ConversationSection::Checklist => "checklist[]",
            ConversationSection::Guidance => "guidance[].items[]",
        }
    }

    /// The section a walked item belongs to, if it is read during a conversation.
    fn of_place(place: Place<'_>) -> Option<ConversationSection> {
        Some(match place {
            Place::LevelCriteria(_) => ConversationSection::Criteria,
            Place::LevelActions(_) => ConversationSection::Actions,
            Place::Ask(AskList::LevelQuestions) => ConversationSection::LevelQuestions,
            Place::Ask(AskList::Phrasings) => ConversationSection::Phrasings,
            Place::Ask(AskList::FollowUp) => ConversationSection::FollowUp,
            Place::Ask(AskList::Dos) => ConversationSection::Dos,
            Place::Ask(AskList::Donts) => ConversationSection::Donts,
            Place::Checklist => ConversationSection::Checklist,
            Place::Guidance(_) => ConversationSection::Guidance,
            _ => return None,
        })
    }
}

/// One text read during a conversation, and where it stands in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationText<'r> {
    pub section: ConversationSection,
    /// The place of the text itself (`levels[0].criteria[2].text`, `levels[1].summary`).
    pub steps: Vec<Step>,
    pub text: &'r str,
}

impl ConversationText<'_> {
    /// The number of characters (not bytes).
    pub fn characters(&self) -> usize {
        self.text.chars().count()
    }
}

/// Every text an employee reads during a conversation, in the file's order within each
/// section: the levels' summaries, then the walked items.
pub fn conversation_texts(routine: &Routine) -> Vec<ConversationText<'_>> {
    let summaries = routine
        .levels
        .iter()
        .enumerate()
        .map(|(i, level)| ConversationText {
            section: ConversationSection::LevelSummaries,
            steps: vec![
                Step::Field("levels"),
                Step::Index(i),
                Step::Field("summary"),
            ],
            text: &level.summary,
        });
    let items = routine.walk_items().into_iter().filter_map(|walked| {
        let section = ConversationSection::of_place(walked.place)?;
        let mut steps = walked.steps;
        steps.push(Step::Field("text"));
        Some(ConversationText {
            section,
            steps,
            text: &walked.item.text,
        })
    });
    summaries.chain(items).collect()
}

/// The LIX figures of a routine's conversation texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Readability {
    /// All conversation texts together.
    pub overall: Counts,
    /// Each section that has text, in the order of [`ConversationSection::ALL`].
    pub sections: Vec<(ConversationSection, Counts)>,
}

/// Counts a routine's conversation texts, as a whole and by section.
pub fn readability(routine: &Routine) -> Readability {
    let texts = conversation_texts(routine);
    let sections: Vec<(ConversationSection, Counts)> = ConversationSection::ALL
        .into_iter()
        .map(|section| {
            let counts = texts
                .iter()
                .filter(|t| t.section == section)
                .map(|t| Counts::of(t.text))
                .fold(Counts::default(), |sum, counts| sum + counts);
            (section, counts)
        })
        .filter(|(_, counts)| counts.words > 0)
        .collect();
    let overall = sections
        .iter()
        .map(|(_, counts)| *counts)
        .fold(Counts::default(), |sum, counts| sum + counts);
    Readability { overall, sections }
}

/// Whether one item is hard to read: long enough to count, with a LIX at the limit or
/// above. Returns its counts and LIX when it is.
pub fn hard_item(text: &str) -> Option<(Counts, Lix)> {
    let counts = Counts::of(text);
    let lix = counts.lix()?;
    (counts.words >= HARD_ITEM_WORDS && lix >= HARD_ITEM_LIX).then_some((counts, lix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_letters_and_a_hyphen_inside_joins() {
        let counts = Counts::of("Ring 116 117 – legevakten, e-post og helse- og omsorg.");
        // Ring, legevakten, e-post, og, helse, og, omsorg: digits and a dash are no
        // words, «e-post» is one, «helse-» ends before a space.
        assert_eq!(counts.words, 7);
        assert_eq!(
            counts.long_words, 1,
            "only «legevakten» has more than 6 letters"
        );
        assert_eq!(counts.sentences, 1);
    }

    #[test]
    fn a_text_cuts_into_sentences_that_join_back_into_it() {
        let text = "Start med RØD; det første som passer, gjelder. Ring kl. 08.00. Spør: «Har du tanker om å dø?» 113 avgjør. Hva nå? Bli der!";
        let cut = sentences(text);
        assert_eq!(
            cut,
            [
                "Start med RØD; det første som passer, gjelder.",
                "Ring kl. 08.00.",
                "Spør: «Har du tanker om å dø?» 113 avgjør.",
                "Hva nå?",
                "Bli der!",
            ]
        );
        assert_eq!(cut.join(" "), text);
        assert_eq!(
            sentences("Én setning uten punktum"),
            ["Én setning uten punktum"]
        );
    }

    #[test]
    fn sentences_end_at_a_mark_before_a_space_or_the_end_and_an_item_is_one() {
        assert_eq!(
            Counts::of("Ring 113. Bli hos hen! Hvem? Slik: nå").sentences,
            4
        );
        assert_eq!(
            Counts::of("Kl. 08.00 og 3.5 mm").sentences,
            1,
            "only «Kl.» ends one"
        );
        assert_eq!(Counts::of("«Har du tanker om å dø?»").sentences, 1);
        assert_eq!(Counts::of("Uten punktum").sentences, 1);
        assert_eq!(Counts::of("").lix(), None);
    }

    #[test]
    fn lix_is_words_per_sentence_plus_the_share_of_long_words() {
        let counts = Counts::of("Personen sier nei. Spør igjen om selvmordstanker i morgen.");
        assert_eq!(
            (counts.words, counts.sentences, counts.long_words),
            (9, 2, 2)
        );
        // 9 / 2 + 100 × 2 / 9 = 4.5 + 22.2 = 26.7.
        assert_eq!(counts.lix(), Some(Lix(267)));
        assert_eq!(Lix(267).parts(), (26, 7));
    }
}
