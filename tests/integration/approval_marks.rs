//! What a routine changed after it was approved prints, in its own language: every
//! printable read back from its PDF bytes, the web pages and the course say «ikke
//! godkjent – endret etter godkjenning» where the approval stood.

use chrono::NaiveDate;
use rutineveileder::checks::{check_embedded, check_file};
use rutineveileder::export::{self, Kind};
use rutineveileder::routine::seal::seal_approval;
use rutineveileder::routine::{Approval, Routine, Standing};

use crate::pdf::{pdf_text, words};
use crate::support::today;

/// The routine approved and sealed on 20 November; changed after it when `changed`.
fn approved(mut routine: Routine, changed: bool) -> Routine {
    routine.metadata.approval = Some(Approval {
        role: "Kommuneoverlege".into(),
        name: None,
        date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        seal: None,
        signature: None,
        trust: Default::default(),
    });
    seal_approval(&mut routine);
    if changed {
        routine.contacts[0].what_for.push_str(" Endret for hånd.");
    }
    routine
}

/// Lier's routine (bokmål) and the nynorsk template, with the mark of a change after
/// approval and the words of an approval that holds, in each one's language.
fn routines() -> [(Routine, &'static str, &'static str); 2] {
    let lier = check_embedded(today()).routine.unwrap();
    let nynorsk = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routines/mal-nn.json");
    let nynorsk = check_file(&nynorsk, today()).unwrap().routine.unwrap();
    [
        (
            lier,
            "ikke godkjent – endret etter godkjenning",
            "godkjent 20.11.2026 av Kommuneoverlege",
        ),
        (
            nynorsk,
            "ikkje godkjend – endra etter godkjenning",
            "godkjend 20.11.2026 av Kommuneoverlege",
        ),
    ]
}

/// A printable's text as a reader gets it from the PDF, on one line and in lower case.
fn printed(kind: Kind, routine: &Routine) -> String {
    let exported = match kind {
        Kind::RevisionReport => export::revision_report(routine, None, today()),
        _ => export::render(kind, routine),
    };
    words(&pdf_text(&exported.unwrap().bytes))
        .join(" ")
        .to_lowercase()
}

#[test]
fn every_printable_of_a_routine_changed_after_approval_says_so() {
    for (routine, mark, holds) in routines() {
        let changed = approved(routine.clone(), true);
        assert!(matches!(changed.standing(), Standing::NotApproved { .. }));
        let unchanged = approved(routine, false);
        for kind in Kind::ALL.into_iter().chain([Kind::SlideNotes]) {
            let text = printed(kind, &changed);
            assert!(text.contains(mark), "{kind:?} lacks «{mark}»: {text}");
            assert!(!text.contains(&holds.to_lowercase()), "{kind:?}");
            let text = printed(kind, &unchanged);
            assert!(
                text.contains(&holds.to_lowercase()),
                "{kind:?} lacks «{holds}»"
            );
            assert!(!text.contains(mark), "{kind:?}");
        }
    }
}

#[test]
fn the_web_pages_and_the_course_of_a_routine_changed_after_approval_say_so() {
    for (routine, mark, holds) in routines() {
        let version = format!("versjon {}", routine.metadata.version);
        let site = export::web::site(&approved(routine, true), today());
        let pages: Vec<(&str, String)> = site
            .files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .map(|f| {
                (
                    f.path.as_str(),
                    String::from_utf8_lossy(&f.bytes).to_lowercase(),
                )
            })
            .collect();
        let with_version: Vec<&str> = pages
            .iter()
            .filter(|(_, page)| page.contains(&version))
            .map(|(path, _)| *path)
            .collect();
        assert!(
            with_version.iter().any(|p| p.ends_with("index.html"))
                && with_version.iter().any(|p| p.contains("kurs")),
            "{with_version:?}"
        );
        for (path, page) in &pages {
            if page.contains(&version) {
                assert!(page.contains(mark), "{path} lacks «{mark}»");
                assert!(!page.contains(&holds.to_lowercase()), "{path}");
            }
        }
    }
}
