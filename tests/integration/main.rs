//! Integration tests: routine files and validation, the embedded routine, the command
//! line, the printables read back, saving a new version, and the window driven through
//! AccessKit with egui_kittest (the guide, training, revision, settings, languages, large
//! text, accessibility, the file dialogs through a stand-in desktop), and IT's machine
//! policy (the `policy` command, the window under a policy, the ADMX and MSI keys), and
//! approvers' keys and signatures checked by OpenSSH's ssh-keygen.

// A test that unwraps fails where it should; the test harness's own setup (the
// environment, a fresh HOME) needs unsafe in this edition.
#![allow(clippy::unwrap_used, clippy::expect_used, unsafe_code)]

mod accessibility;
mod approval;
mod approval_marks;
mod approval_window;
mod archive;
mod cli;
mod course;
mod desktop;
mod embedded;
mod glyphs;
mod guide;
mod languages;
mod layout;
mod local_copy;
mod malformed;
mod moment_of_need;
mod pdf;
mod policy;
mod printed_languages;
mod readability;
mod revision;
mod revision_ui;
mod signing;
mod signing_window;
mod slides;
mod support;
mod tagged;
mod templates;
mod training;
mod type_sizes;
mod validation;
mod walk;
mod web;
