//! The routine being revised: a copy to edit, with undo and redo, live validation, and
//! whether it has changes not yet saved. Lives in memory until saved as a new version.

use std::path::PathBuf;

use chrono::NaiveDate;
use eframe::egui::util::undoer::{Settings as UndoSettings, Undoer};

use crate::routine::write::to_bytes;
use crate::routine::{Problem, Routine, check_bytes};

/// A routine under revision.
pub struct Draft {
    /// The routine as loaded (what "unsaved" is measured against, and the diff's base).
    pub original: Routine,
    /// The routine as edited so far.
    pub routine: Routine,
    /// The file it was loaded from, if any; saving offers it.
    pub path: Option<PathBuf>,
    /// Problems of the edited routine, found when it last changed.
    pub problems: Vec<Problem>,
    validated: Routine,
    undoer: Undoer<Routine>,
}

impl Draft {
    pub fn new(routine: Routine, path: Option<PathBuf>, today: NaiveDate) -> Self {
        let undoer = Undoer::with_settings(UndoSettings {
            max_undos: 200,
            stable_time: 0.5,
            auto_save_interval: 10.0,
        });
        let mut draft = Draft {
            original: routine.clone(),
            validated: routine.clone(),
            routine,
            path,
            problems: Vec::new(),
            undoer,
        };
        draft.problems = validate(&draft.routine, today);
        draft
    }

    /// Whether there are edits not saved.
    pub fn is_dirty(&self) -> bool {
        self.routine != self.original
    }

    /// Call after every frame: records the state for undo and re-validates on change.
    pub fn after_frame(&mut self, time: f64, today: NaiveDate) {
        self.undoer.feed_state(time, &self.routine);
        if self.routine != self.validated {
            self.problems = validate(&self.routine, today);
            self.validated = self.routine.clone();
        }
    }

    pub fn undo(&mut self) {
        if let Some(state) = self.undoer.undo(&self.routine) {
            self.routine = state.clone();
        }
    }

    pub fn redo(&mut self) {
        if let Some(state) = self.undoer.redo(&self.routine) {
            self.routine = state.clone();
        }
    }

    /// Marks the current state as saved.
    pub fn saved(&mut self, routine: Routine, path: PathBuf) {
        self.original = routine.clone();
        self.routine = routine;
        self.path = Some(path);
    }

    /// The problems whose path starts with `prefix` (for showing beside a field).
    pub fn problems_at<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a Problem> {
        self.problems.iter().filter(move |p| match &p.location {
            crate::routine::Location::Path(path) => {
                path == prefix
                    || path
                        .strip_prefix(prefix)
                        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
            }
            _ => false,
        })
    }
}

fn validate(routine: &Routine, today: NaiveDate) -> Vec<Problem> {
    check_bytes(&to_bytes(routine), today).problems
}

/// An id not yet used anywhere in the routine: `prefix-1`, `prefix-2`, …
pub fn fresh_id(routine: &Routine, prefix: &str) -> String {
    let text = String::from_utf8_lossy(&to_bytes(routine)).into_owned();
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !text.contains(&format!("\"id\": \"{id}\"")))
        .unwrap_or_else(|| prefix.to_owned())
}
