//! Rutineveileder: a municipality's routine for identifying suicide risk, in front of
//! every employee who meets people. Any municipality starts from a national template.
//!
//! - [`routine`]: the routine file format, validation, the change list, opening hours
//!   and Norwegian public holidays.
//! - [`export`]: the printables as PDF (pocket card, handout, checklist, posters, the
//!   revision report); [`printable`]: their kinds, named below both `export` and `i18n`;
//!   [`fonts`]: the fonts the program embeds and what they draw.
//! - [`checks`]: a routine checked in full, the printables' fit included, for loading,
//!   saving and the templates.
//! - [`training`]: the presentation's slides, practice cases and the self-check.
//! - [`session`]: one conversation, in memory only; [`settings`]: the settings file;
//!   [`local_copy`]: the copy of the municipality's routine kept on the computer.
//! - [`editing`]: the routine under revision, with undo and redo.
//! - [`cli`]: the command line (`check`, `export`, `diff`, `policy`).
//! - [`policy`]: what IT sets for every user of a PC (registry or policy file).
//! - [`signing`]: approvers' keys and signatures in OpenSSH's formats, and IT's list of
//!   trusted approvers.
//! - [`app`]: the eframe window; [`ui`] its screens; [`i18n`] their texts in bokmål,
//!   nynorsk and English; [`graphics`] the backends tried in turn until the window opens;
//!   [`desktop`] the system's file dialogs and file viewer; [`palette`] the colours the
//!   window, the slides and the printables share.
//!
//! The program identifies and refers; it never grades risk. It stores no personal data.

pub mod app;
pub mod checks;
pub mod cli;
pub mod desktop;
pub mod editing;
pub mod export;
pub mod fonts;
pub mod graphics;
pub mod i18n;
pub mod local_copy;
pub mod palette;
pub mod policy;
pub mod printable;
pub mod routine;
pub mod session;
pub mod settings;
pub mod signing;
pub mod training;
pub mod ui;
