//! Words and phrases a routine's text must not contain, by the language the routine is
//! written in: it never grades risk, it says "ta sitt eget liv", not words that tie
//! suicide to crime, and a nynorsk routine uses the forms a nynorsk-writing municipality
//! would otherwise have to correct. These are checks of routine text; the program's own
//! texts are held to the same lists by a test in `i18n`.

use super::problems::Advice;

/// One phrase to avoid: in which languages, and what to write instead. A phrase is
/// found where it starts a word; a `whole_word` phrase must also end one («vert», not
/// «hvert»), the others catch longer forms too («risikonivå» in «risikonivåer»).
pub struct Avoided {
    pub languages: &'static [&'static str],
    pub phrase: &'static str,
    pub whole_word: bool,
    pub advice: Advice,
}

const ALL: &[&str] = &["nb", "nn", "en"];
const NB: &[&str] = &["nb"];
const NN: &[&str] = &["nn"];
const EN: &[&str] = &["en"];

/// Every avoided phrase (lower case), with its languages and advice.
pub fn avoided_phrases() -> Vec<Avoided> {
    let instead = |languages, phrase, write: &str| Avoided {
        languages,
        phrase,
        whole_word: false,
        advice: Advice::Instead(write.to_owned()),
    };
    let word = |languages, phrase, write: &str| Avoided {
        whole_word: true,
        ..instead(languages, phrase, write)
    };
    let no = |phrase, advice: Advice| Avoided {
        languages: ALL,
        phrase,
        whole_word: false,
        advice,
    };
    vec![
        instead(NB, "begå selvmord", "ta sitt eget liv"),
        instead(NB, "begår selvmord", "tar sitt eget liv"),
        instead(NB, "begått selvmord", "tatt sitt eget liv"),
        instead(NB, "begikk selvmord", "tok sitt eget liv"),
        instead(NN, "gjere sjølvmord", "ta livet sitt"),
        instead(NN, "begå sjølvmord", "ta livet sitt"),
        instead(NN, "gjer sjølvmord", "tek livet sitt"),
        instead(NN, "gjorde sjølvmord", "tok livet sitt"),
        instead(NN, "gjort sjølvmord", "teke livet sitt"),
        // Nynorsk forms the language read of the template corrected (content brief §12.12).
        word(NN, "vert", "blir"),
        word(NN, "grønn", "grøn"),
        word(NN, "formål", "føremål"),
        word(NN, "teie", "halde det hemmeleg"),
        word(NN, "forsøkt", "prøvd"),
        word(NN, "bekymring", "uro"),
        instead(NN, "nødtelefon", "naudtelefon"),
        instead(EN, "commit suicide", "take their own life"),
        instead(EN, "commits suicide", "takes their own life"),
        instead(EN, "committed suicide", "took their own life"),
        no("lav risiko", Advice::NoGrading),
        no("moderat risiko", Advice::NoGrading),
        no("høy risiko", Advice::NoGrading),
        no("låg risiko", Advice::NoGrading),
        no("høg risiko", Advice::NoGrading),
        no("risikonivå", Advice::NoGrading),
        no("risikoskår", Advice::NoScore),
        no("risikoscore", Advice::NoScore),
        no("low risk", Advice::NoGrading),
        no("moderate risk", Advice::NoGrading),
        no("high risk", Advice::NoGrading),
        no("risk level", Advice::NoGrading),
        no("risk score", Advice::NoScore),
    ]
}

/// The avoided phrases a text in `language` contains, each once, in the list's order.
pub fn found_in(text: &str, language: &str) -> Vec<Avoided> {
    let lower = text.to_lowercase();
    avoided_phrases()
        .into_iter()
        .filter(|a| a.languages.contains(&language) && contains(&lower, a))
        .collect()
}

/// Whether `lower` holds the phrase at the start of a word (and, for a whole word, at
/// the end of one too).
fn contains(lower: &str, avoided: &Avoided) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    lower.match_indices(avoided.phrase).any(|(at, phrase)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        let runs_on = avoided.whole_word && is_word(after);
        !is_word(before) && !runs_on
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str, language: &str) -> Vec<&'static str> {
        found_in(text, language).iter().map(|a| a.phrase).collect()
    }

    #[test]
    fn a_whole_word_is_found_only_as_a_word() {
        assert_eq!(phrases("Det vert gjort i dag.", "nn"), ["vert"]);
        assert!(phrases("Kvart hvert vertskap", "nn").is_empty());
        assert_eq!(phrases("Nivå GRØNN", "nn"), ["grønn"]);
        assert!(
            phrases("Nivå GRØNN", "nb").is_empty(),
            "bokmål writes GRØNN"
        );
    }

    #[test]
    fn other_phrases_catch_longer_forms_from_the_start_of_a_word() {
        assert_eq!(phrases("Ingen risikonivåer her.", "nb"), ["risikonivå"]);
        assert!(phrases("Arisikonivå", "nb").is_empty());
        assert_eq!(
            phrases("Han har begått selvmord.", "nb"),
            ["begått selvmord"]
        );
        assert_eq!(
            phrases("High risk.", "nb"),
            ["high risk"],
            "grading in any language"
        );
    }
}
