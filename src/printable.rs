//! What a printable is, on the floor below both the printables that make it (`export`)
//! and the words that name it (`i18n`): its kinds, and why one could not be made or
//! written. `export` re-exports both.

use crate::routine::Routine;

/// The kinds of printable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A card to cut and fold: 113, the three levels, how to ask, key contacts.
    PocketCard,
    /// The whole routine for staff, A4.
    Handout,
    /// Blank referral checklists per level, A4, to fill in by hand.
    Checklist,
    /// The information poster for TV screens, 16:9.
    Poster,
    /// The information poster for print, A3 portrait.
    PosterA3,
    /// The presentation's slides, one 16:9 page each, as the window shows them.
    Slides,
    /// The slides for the trainer: an A4 page each, the slide small above its notes.
    SlideNotes,
    /// The yearly revision report (needs the earlier version: `--against`).
    RevisionReport,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::PocketCard,
        Kind::Handout,
        Kind::Checklist,
        Kind::Poster,
        Kind::PosterA3,
        Kind::Slides,
        Kind::SlideNotes,
    ];

    /// A file name for the kind and routine version, such as `lommekort-v0.1.pdf`.
    pub fn file_name(self, routine: &Routine) -> String {
        let stem = match self {
            Kind::PocketCard => "lommekort",
            Kind::Handout => "rutine",
            Kind::Checklist => "sjekkliste",
            Kind::Poster => "plakat-skjerm",
            Kind::PosterA3 => "plakat-a3",
            Kind::Slides => "lysbilder",
            Kind::SlideNotes => "lysbilder-notater",
            Kind::RevisionReport => "revisjonsrapport",
        };
        format!("{stem}-v{}.pdf", routine.metadata.version)
    }
}

/// Why a PDF could not be made or written (`i18n` words it).
#[derive(Debug)]
pub enum ExportError {
    /// The font to embed could not be read.
    Font,
    Write {
        path: String,
        source: std::io::Error,
    },
}
