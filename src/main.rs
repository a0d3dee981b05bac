//! Starts Rutineveileder: runs a command-line command, or opens the window.

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser as _;
use rutineveileder::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let args = Cli::parse();
    let today = chrono::Local::now().date_naive();
    match args.command {
        Some(Command::Check { files }) => cli::check(&files, today),
        Some(Command::Export {
            kind,
            out,
            routine,
            against,
        }) => {
            let files = cli::ExportFiles {
                out: &out,
                routine: routine.as_deref(),
                against: against.as_deref(),
            };
            cli::export(kind, files, today)
        }
        Some(Command::Diff { old, new }) => cli::diff(&old, &new, today),
        None => rutineveileder::app::run(args.routine),
    }
}
