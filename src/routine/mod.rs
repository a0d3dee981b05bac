//! The routine: its file format, validation, opening hours and holidays. No egui here.

pub mod avoided;
pub mod course;
pub mod diff;
pub mod format;
pub mod holidays;
pub mod hours;
pub mod load;
pub mod model;
pub mod problems;
pub mod reach;
pub(crate) mod read;
pub mod readability;
pub mod seal;
mod strict_json;
pub mod template;
mod validate;
pub mod walk;
pub mod write;

pub use load::{Checked, Fit, Unreadable};
pub use model::*;
pub use problems::{
    Advice, CardSide, Choice, Expected, IdKind, IoProblem, JsonSyntax, JsonType, Location, Message,
    Needed, Problem, Severity,
};
pub use seal::{SealVerdict, Standing};
pub use validate::{is_email, is_https_page};
pub use walk::{ItemKind, Place, Step, Walked};
