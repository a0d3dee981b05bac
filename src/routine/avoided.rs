//! Phrases a routine's text must not contain, in each language a routine can be written
//! in: it never grades risk, and it says "ta sitt eget liv", not words that tie suicide
//! to crime. These are words the routine is checked for, not the program's own text.

use std::sync::LazyLock;

use super::problems::Advice;

/// Each phrase (lower case) with what to write instead.
pub static AVOIDED_PHRASES: LazyLock<Vec<(&'static str, Advice)>> = LazyLock::new(|| {
    let instead = |phrase: &str| Advice::Instead(phrase.to_owned());
    vec![
        // Bokmål.
        ("begå selvmord", instead("ta sitt eget liv")),
        ("begår selvmord", instead("tar sitt eget liv")),
        ("begått selvmord", instead("tatt sitt eget liv")),
        ("begikk selvmord", instead("tok sitt eget liv")),
        ("lav risiko", Advice::NoGrading),
        ("moderat risiko", Advice::NoGrading),
        ("høy risiko", Advice::NoGrading),
        ("risikonivå", Advice::NoGrading),
        ("risikoskår", Advice::NoScore),
        ("risikoscore", Advice::NoScore),
        // Nynorsk.
        ("gjere sjølvmord", instead("ta livet sitt")),
        ("begå sjølvmord", instead("ta livet sitt")),
        ("gjer sjølvmord", instead("tek livet sitt")),
        ("gjorde sjølvmord", instead("tok livet sitt")),
        ("gjort sjølvmord", instead("teke livet sitt")),
        ("låg risiko", Advice::NoGrading),
        ("høg risiko", Advice::NoGrading),
        // English.
        ("commit suicide", instead("take their own life")),
        ("commits suicide", instead("takes their own life")),
        ("committed suicide", instead("took their own life")),
        ("low risk", Advice::NoGrading),
        ("moderate risk", Advice::NoGrading),
        ("high risk", Advice::NoGrading),
        ("risk level", Advice::NoGrading),
        ("risk score", Advice::NoScore),
    ]
});
