//! Rutineveileder: Lier kommune's routine for identifying suicide risk (measure 5 of the
//! municipality's action plan), in front of every employee who meets people.
//!
//! - [`routine`]: the routine file format, validation, opening hours and holidays.
//! - [`cli`]: the command line (`check`).
//! - [`app`]: the eframe window; [`ui`] its screens; [`i18n`] their texts in bokmål,
//!   nynorsk and English; [`graphics`] the backends tried in turn until the window opens.
//!
//! The program identifies and refers; it never grades risk. It stores no personal data.

pub mod app;
pub mod cli;
pub mod desktop;
pub mod editing;
pub mod export;
pub mod graphics;
pub mod i18n;
pub mod routine;
pub mod session;
pub mod settings;
pub mod training;
pub mod ui;
