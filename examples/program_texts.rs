//! Prints the program's own texts in one language, one a line as `area.key<TAB>text`, or
//! with `--avoided` the phrases a routine in that language avoids, one a line: what the
//! spelling check in CI (`.ci/spell/check.py`) reads. Run:
//! `cargo run --example program_texts -- nn [--avoided]`.

use std::process::ExitCode;

use rutineveileder::i18n::{self, Language};
use rutineveileder::routine::avoided::avoided_phrases;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(language) = args.first().and_then(|code| Language::from_code(code)) else {
        eprintln!("bruk: program_texts nb|nn|en [--avoided]");
        return ExitCode::from(2);
    };
    let column = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or_default();
    if args.iter().any(|a| a == "--avoided") {
        for avoided in avoided_phrases() {
            if avoided.languages.contains(&language.code()) {
                println!("{}", avoided.phrase);
            }
        }
        return ExitCode::SUCCESS;
    }
    for (area, table) in i18n::tables() {
        for (key, texts) in table {
            println!("{area}.{key}\t{}", texts[column].replace('\n', " "));
        }
    }
    ExitCode::SUCCESS
}
