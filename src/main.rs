//! Starts Rutineveileder: runs a command-line command, or opens the window.

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser as _;
use rutineveileder::cli::{self, Cli, Command};

fn main() -> ExitCode {
    if std::env::args_os().len() > 1 {
        attach_console();
    }
    let args = Cli::parse();
    let today = chrono::Local::now().date_naive();
    match args.command {
        Some(Command::Check {
            files,
            allowed_signers,
        }) => cli::check(&files, allowed_signers.as_deref(), today),
        Some(Command::Export {
            kind,
            out,
            routine,
            against,
            notes,
            date,
        }) => {
            let files = cli::ExportFiles {
                out: &out,
                routine: routine.as_deref(),
                against: against.as_deref(),
                notes,
            };
            cli::export(kind, files, date.unwrap_or(today))
        }
        Some(Command::Hours { routine, at }) => {
            let now = chrono::Local::now().naive_local();
            cli::hours(routine.as_deref(), at.unwrap_or(now))
        }
        Some(Command::Diff { old, new }) => cli::diff(&old, &new, today),
        Some(Command::Keys { command }) => cli::keys(command, today),
        Some(Command::Approve {
            file,
            role,
            name,
            date,
            key,
        }) => {
            let request = cli::Approve {
                file: &file,
                role: &role,
                name: &name,
                date,
                key: key.as_deref(),
            };
            cli::approve(request, today)
        }
        Some(Command::Policy) => cli::policy(&rutineveileder::policy::machine::read()),
        Some(Command::New {
            municipality,
            language,
            out,
            force,
        }) => {
            let request = cli::NewRoutine {
                municipality: &municipality,
                language: &language,
                out: &out,
                force,
            };
            cli::new(request, today)
        }
        None => rutineveileder::app::run(args.routine),
    }
}

/// A release build on Windows has no console of its own (so the window opens alone);
/// when it is run from a command prompt with arguments, borrow that console so
/// `check`, `export` and `diff` can print.
#[cfg(all(windows, not(debug_assertions)))]
#[allow(
    unsafe_code,
    reason = "AttachConsole is a Windows API with no safe wrapper"
)]
fn attach_console() {
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
    }
    // SAFETY: AttachConsole takes a process id and only changes this process's console;
    // failing (no parent console) is harmless and leaves output where it was.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(all(windows, not(debug_assertions))))]
fn attach_console() {}
