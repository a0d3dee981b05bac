//! Integration tests: routine files and validation, the embedded routine, the command line.

mod accessibility;
mod cli;
mod desktop;
mod embedded;
mod guide;
mod languages;
mod layout;
mod malformed;
mod pdf;
mod revision;
mod revision_ui;
mod support;
mod training;
mod validation;
