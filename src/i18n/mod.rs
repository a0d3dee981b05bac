//! The program's own texts in bokmål, nynorsk and English; the routine's content stays
//! in the language of its file.
//!
//! Every text is one row of a table with all three languages side by side, so a
//! missing translation does not compile. Texts with values in them are templates with
//! named places (`"Steg {step} av {total}"`) filled by [`fill`]; the tests check that
//! every language has the same places.

use std::fmt::Display;

use serde::{Deserialize, Serialize};

use crate::routine::{AskList, Level, Place, Routine};

/// Declares one area's texts: a struct with a `&'static str` per key, its three
/// language versions, and the table the tests read.
macro_rules! texts {
    ($(#[$doc:meta])* $name:ident {
        $($(#[$key_doc:meta])* $key:ident: [$nb:expr, $nn:expr, $en:expr $(,)?],)*
    }) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $name {
            $($(#[$key_doc])* pub $key: &'static str,)*
        }

        impl $name {
            pub const NB: Self = Self { $($key: $nb,)* };
            pub const NN: Self = Self { $($key: $nn,)* };
            pub const EN: Self = Self { $($key: $en,)* };

            /// Every key with its bokmål, nynorsk and English text.
            pub fn table() -> $crate::i18n::Table {
                vec![$((stringify!($key), [$nb, $nn, $en]),)*]
            }
        }
    };
}

mod approval;
mod changes;
mod checks;
mod common;
mod course;
mod editor;
mod guide;
mod policy;
mod print;
mod printed;
mod revision;
mod signing;
mod time;
mod training;
mod web;

pub use approval::{ApprovalTexts, changed_banner, parts, parts_named, standing_line};
pub use changes::{Changes, change_line, change_list, detail, section, subject};
pub use checks::{
    Checks, export_error, lix_figure, located, location, message, problem, readability_figures,
    save_error, severity, unreadable,
};
pub use common::Common;
pub use course::{CourseTexts, approval_state, module_title};
pub use editor::Editor;
pub use guide::{Guide, call, use_instead};
pub use policy::{
    PolicyTexts, policy_fault, policy_line, policy_line_or_not_set, policy_notice,
    policy_problem_line,
};
pub use print::Print;
pub use printed::{
    Printed, approval, approval_status, printable, printed_gap, version_line, version_line_as,
};
pub use revision::{Revision, derived_line, first_entry, verification};
pub use signing::{
    SigningTexts, key_fault, new_key_fault, refusal, signers_problems, unsigned_why, verdict,
};
pub use time::{Time, availability, day_names, holiday, schedule};
pub use training::Training;
pub use web::Web;

/// A language for the program's own texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "nb")]
    Bokmal,
    #[serde(rename = "nn")]
    Nynorsk,
    #[serde(rename = "en")]
    English,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Bokmal, Language::Nynorsk, Language::English];

    /// The language's code, as in the settings file and a routine's `language`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Bokmal => "nb",
            Language::Nynorsk => "nn",
            Language::English => "en",
        }
    }

    /// The language's name in itself, as language menus show it.
    pub fn name(self) -> &'static str {
        match self {
            Language::Bokmal => "Bokmål",
            Language::Nynorsk => "Nynorsk",
            Language::English => "English",
        }
    }

    /// The language with this code (`nb`, `nn`, `en`), as a routine's `language` names it.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language printables of this routine are worded in: the routine's own, or
    /// bokmål when the program has no texts in it.
    pub fn of_routine(routine: &Routine) -> Language {
        Language::from_code(&routine.metadata.language).unwrap_or_default()
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Language::Bokmal => &NB,
            Language::Nynorsk => &NN,
            Language::English => &EN,
        }
    }
}

/// All the program's texts in one language, by area.
#[derive(Debug)]
pub struct Texts {
    pub common: Common,
    pub checks: Checks,
    pub changes: Changes,
    pub time: Time,
    pub guide: Guide,
    pub training: Training,
    pub print: Print,
    pub printed: Printed,
    pub revision: Revision,
    pub editor: Editor,
    pub web: Web,
    pub policy: PolicyTexts,
    pub course: CourseTexts,
    pub signing: SigningTexts,
    pub approval: ApprovalTexts,
}

macro_rules! language {
    ($name:ident, $version:ident) => {
        static $name: Texts = Texts {
            common: Common::$version,
            checks: Checks::$version,
            changes: Changes::$version,
            time: Time::$version,
            guide: Guide::$version,
            training: Training::$version,
            print: Print::$version,
            printed: Printed::$version,
            revision: Revision::$version,
            editor: Editor::$version,
            web: Web::$version,
            policy: PolicyTexts::$version,
            course: CourseTexts::$version,
            signing: SigningTexts::$version,
            approval: ApprovalTexts::$version,
        };
    };
}

language!(NB, NB);
language!(NN, NN);
language!(EN, EN);

/// One area's texts: every key with its bokmål, nynorsk and English text.
pub type Table = Vec<(&'static str, [&'static str; 3])>;

/// Every area's table, named, for the tests.
pub fn tables() -> Vec<(&'static str, Table)> {
    vec![
        ("common", Common::table()),
        ("checks", Checks::table()),
        ("changes", Changes::table()),
        ("time", Time::table()),
        ("guide", Guide::table()),
        ("training", Training::table()),
        ("print", Print::table()),
        ("printed", Printed::table()),
        ("revision", Revision::table()),
        ("editor", Editor::table()),
        ("web", Web::table()),
        ("policy", PolicyTexts::table()),
        ("course", CourseTexts::table()),
        ("signing", SigningTexts::table()),
        ("approval", ApprovalTexts::table()),
    ]
}

/// Where an item stands, in words: the routine's own title of the list where it has
/// one (a guidance section, a sign group, a sector), else the program's name for it.
pub fn place_name(place: Place<'_>, routine: &Routine, t: &Texts) -> String {
    let revision = &t.revision;
    let level = |level: Level| {
        routine
            .level(level)
            .map_or_else(|| level.key().to_owned(), |l| l.name.clone())
    };
    match place {
        Place::Purpose => routine.purpose.title.clone(),
        Place::KeyMessages => revision.place_key_messages.to_owned(),
        Place::WarningSigns(group) => fill(revision.place_warning_signs, &[("group", &group)]),
        Place::RiskFactors => t.guide.risk_factors.to_owned(),
        Place::ProtectiveFactors => t.guide.protective_factors.to_owned(),
        Place::TriggeringSituations => t.guide.triggering_situations.to_owned(),
        Place::Ask(list) => ask_list(list, t).to_owned(),
        Place::LevelRule => revision.place_level_rule.to_owned(),
        Place::LevelCriteria(l) => fill(revision.place_level_criteria, &[("level", &level(l))]),
        Place::LevelActions(l) => fill(revision.place_level_actions, &[("level", &level(l))]),
        Place::Checklist => revision.place_checklist.to_owned(),
        Place::SectorChecklist(sector) => {
            fill(revision.place_sector_checklist, &[("sector", &sector)])
        }
        Place::Guidance(title) => title.to_owned(),
        Place::Aftercare => routine.aftercare.title.clone(),
        Place::PosterMessages => revision.place_poster.to_owned(),
    }
}

/// The heading of one of the ask guidance's lists.
pub fn ask_list(list: AskList, t: &Texts) -> &'static str {
    match list {
        AskList::Phrasings => t.guide.ask_phrasings,
        AskList::FollowUp => t.guide.ask_follow_up,
        AskList::LevelQuestions => t.guide.ask_level_questions,
        AskList::Dos => t.guide.dos,
        AskList::Donts => t.guide.donts,
    }
}

/// Puts values into a template's named places: `fill("Steg {step}", &[("step", &3)])`.
/// A place without a value is left as it is, so a mistake shows rather than vanishes.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after
            .find('}')
            .and_then(|close| Some((close, values.iter().find(|(k, _)| *k == &after[..close])?)));
        match value {
            Some((close, (_, value))) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    /// The named places in a template, sorted.
    fn places(template: &str) -> Vec<&str> {
        let mut places: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect();
        places.sort_unstable();
        places
    }

    #[test]
    fn fills_named_places_once() {
        assert_eq!(
            fill("Steg {step} av {total}", &[("total", &7), ("step", &2)]),
            "Steg 2 av 7"
        );
        assert_eq!(
            fill("{a}", &[("a", &"{a}")]),
            "{a}",
            "values are not filled again"
        );
        assert_eq!(fill("{ukjent} {", &[]), "{ukjent} {");
    }

    /// The program's own bokmål and nynorsk texts avoid what a routine in that language
    /// avoids (`routine/avoided.rs`): «vert», «GRØNN» and «teie» have no place in nynorsk.
    #[test]
    fn norwegian_texts_avoid_the_phrases_a_routine_avoids() {
        let mut found = Vec::new();
        for (area, table) in tables() {
            for (key, [nb, nn, _]) in table {
                for (code, text) in [("nb", nb), ("nn", nn)] {
                    for avoided in crate::routine::avoided::found_in(text, code) {
                        found.push(format!("{area}.{key} ({code}): «{}»", avoided.phrase));
                    }
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    /// English texts that hold a Norwegian word on purpose: the language heading says
    /// "Språk" too, so that a reader of either finds it.
    const NORWEGIAN_IN_ENGLISH: [&str; 3] = [
        "common.language",
        "checks.unknown_language",
        "web.a11y_checks_intro",
    ];

    #[test]
    fn every_text_exists_in_every_language_with_the_same_places() {
        let mut problems = Vec::new();
        for (area, table) in tables() {
            for (key, [nb, nn, en]) in table {
                for (language, text) in [("nb", nb), ("nn", nn), ("en", en)] {
                    if text.trim().is_empty() {
                        problems.push(format!("{area}.{key}: empty in {language}"));
                    }
                    if places(text) != places(nb) {
                        problems.push(format!("{area}.{key}: {language} has other places"));
                    }
                }
                let on_purpose = NORWEGIAN_IN_ENGLISH.contains(&format!("{area}.{key}").as_str());
                if en.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']) && !on_purpose {
                    problems.push(format!("{area}.{key}: English text looks Norwegian: {en}"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn codes_are_those_of_the_settings_file() {
        for language in Language::ALL {
            let json = serde_json::to_string(&language).unwrap();
            assert_eq!(json, format!("\"{}\"", language.code()));
        }
    }

    #[test]
    fn keys_are_unique_within_an_area() {
        for (area, table) in tables() {
            let mut keys: Vec<_> = table.iter().map(|(k, _)| *k).collect();
            keys.sort_unstable();
            let before = keys.len();
            keys.dedup();
            assert_eq!(before, keys.len(), "{area}");
        }
    }

    /// A text no code uses is a text nobody reviews; every key must be read somewhere.
    #[test]
    fn every_text_is_used() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut source = String::new();
        collect_sources(&root, &mut source);
        let mut unused = Vec::new();
        for (area, table) in tables() {
            for (key, _) in table {
                if !source.contains(&format!("{area}.{key}")) {
                    unused.push(format!("{area}.{key}"));
                }
            }
        }
        assert!(unused.is_empty(), "texts no code reads: {unused:?}");
    }

    /// The files that draw the program's own texts, and the domain and printables
    /// behind them. Their code (tests aside) may hold no text meant for a person: that
    /// belongs in the tables above, so that each front end words it in its language.
    const SCREEN_SOURCES: [&str; 6] = [
        "src/ui",
        "src/app.rs",
        "src/session.rs",
        "src/training",
        "src/routine",
        "src/export",
    ];

    #[test]
    fn screens_take_their_words_from_the_tables() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut found = Vec::new();
        for source in SCREEN_SOURCES {
            let mut files = Vec::new();
            rust_files(&root.join(source), &mut files);
            for file in files {
                let text = std::fs::read_to_string(&file).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                for (n, line) in code.lines().enumerate() {
                    let line = line.trim();
                    if line.starts_with("//") || names_a_widget(line) {
                        continue;
                    }
                    for literal in string_literals(line).into_iter().filter(|l| is_wording(l)) {
                        found.push(format!("{}:{}: {literal:?}", file.display(), n + 1));
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "texts outside the tables:\n{}",
            found.join("\n")
        );
    }

    /// Lines whose strings are never shown to a person in the program's words: names for
    /// egui's memory, links, environment variables, the program's name, messages to the
    /// terminal (which, like the command line, stay in bokmål), serde's field names and
    /// serde_json's own English messages read back into data, font files and PDF ids, and
    /// the phrases a routine's text is checked for (`routine/avoided.rs`).
    fn names_a_widget(line: &str) -> bool {
        [
            "skip_serializing_if",
            "serialize_struct(",
            "JsonSyntax::",
            ".rsplit_once(\" at line \")",
            "include_bytes!(",
            "add_font(",
            "Advice::",
            "instead(\"",
            "instead(NB, ",
            "instead(NN, ",
            "instead(EN, ",
            "word(NN, ",
            "no(\"",
            "env::var",
            "env!(",
            "eprintln!(",
            "\"Rutineveileder\"",
            "id_salt(",
            "Id::new(",
            "Id::unique(",
            ".with(\"",
            "Panel::top(",
            "Panel::bottom(",
            "Panel::left(",
            "Panel::right(",
            "\"tel:",
            "\"file://",
        ]
        .iter()
        .any(|call| line.contains(call))
    }

    /// A string a person would read: words with a space, a capital or a Norwegian letter,
    /// not counting `{places}` and date formats' `%d`.
    fn is_wording(literal: &str) -> bool {
        let mut outside = String::new();
        let mut depth = 0;
        let mut chars = literal.chars();
        while let Some(c) = chars.next() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '%' => {
                    chars.next();
                }
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        outside.chars().any(char::is_alphabetic)
            && outside
                .chars()
                .any(|c| c == ' ' || c.is_uppercase() || !c.is_ascii())
    }

    /// The contents of the `"…"` string literals on one line of Rust.
    fn string_literals(line: &str) -> Vec<String> {
        let mut literals = Vec::new();
        let mut chars = line.chars().peekable();
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            if c == '\'' && chars.peek() == Some(&'"') {
                chars.next();
                previous = '"';
                continue;
            }
            // A byte string (`b"…"`) holds bytes, never words.
            let bytes = previous == 'b';
            if c == '"' && previous != '\\' {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => literal.push(c),
                    }
                }
                if !bytes {
                    literals.push(literal);
                }
            }
            previous = c;
        }
        literals
    }

    fn rust_files(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        if path.is_dir() {
            for entry in std::fs::read_dir(path).unwrap() {
                rust_files(&entry.unwrap().path(), out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_owned());
        }
    }

    /// Every Rust file under `dir`, `i18n/` included: its tables name keys as `key: [`,
    /// never as `area.key`, so only code that reads a text (such as `place_name`) counts.
    fn collect_sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect_sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
}
