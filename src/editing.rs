//! The routine being revised: a copy to edit, with undo and redo, live validation, and
//! whether it has changes not yet saved. Lives in memory until saved as a new version.

use chrono::NaiveDate;
use eframe::egui::util::undoer::{Settings as UndoSettings, Undoer};

use crate::checks::check_bytes;
use crate::routine::load::LoadedFile;
use crate::routine::write::to_bytes;
use crate::routine::{Problem, Routine, Standing};

/// A routine under revision.
pub struct Draft {
    /// The routine as loaded (what "unsaved" is measured against, and the diff's base).
    pub original: Routine,
    /// The routine as edited so far.
    pub routine: Routine,
    /// The file it was loaded from or last saved to, if any, with the digest of its bytes
    /// then: saving offers it, and saves over it only while it is still that file.
    pub file: Option<LoadedFile>,
    /// Problems of the edited routine, found when it last changed.
    pub problems: Vec<Problem>,
    /// Where the approval of the edited routine stands, found when it last changed: an
    /// edit to an approved routine makes it changed after approval until it is approved
    /// again.
    pub standing: Standing,
    validated: Routine,
    undoer: Undoer<Routine>,
}

impl Draft {
    pub fn new(routine: Routine, file: Option<LoadedFile>, today: NaiveDate) -> Self {
        let undoer = Undoer::with_settings(UndoSettings {
            max_undos: 200,
            stable_time: 0.5,
            auto_save_interval: 10.0,
        });
        let standing = routine.standing();
        let mut draft = Draft {
            original: routine.clone(),
            validated: routine.clone(),
            routine,
            file,
            problems: Vec::new(),
            standing,
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
            self.standing = self.routine.standing();
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

    /// Marks the current state as saved, as `file`.
    pub fn saved(&mut self, routine: Routine, file: LoadedFile) {
        self.original = routine.clone();
        self.routine = routine;
        self.file = Some(file);
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

/// Items added this frame get ids after drawing, when the whole routine can be read.
#[derive(Default)]
pub struct NewIds(Vec<String>);

impl NewIds {
    /// A placeholder id for something added now, to be replaced by [`Self::assign`].
    pub fn placeholder(&mut self, prefix: &str) -> String {
        let marker = format!("__ny-{prefix}-{}", self.0.len());
        self.0.push(marker.clone());
        marker
    }

    /// Gives everything added with a placeholder a fresh id of its prefix.
    pub fn assign(self, routine: &mut Routine) {
        for marker in self.0 {
            let prefix = marker
                .trim_start_matches("__ny-")
                .rsplit_once('-')
                .map_or("ny", |(p, _)| p)
                .to_owned();
            let id = fresh_id(routine, &prefix);
            rename_id(routine, &marker, &id);
        }
    }
}

/// Gives the thing added with the placeholder id `from` its real id `to`: any content
/// item (from the routine's walk), contact, audience, case or self-check question.
fn rename_id(routine: &mut Routine, from: &str, to: &str) {
    let fix = |id: &mut String| {
        if id == from {
            *id = to.to_owned();
        }
    };
    routine.items_mut().into_iter().for_each(|i| fix(&mut i.id));
    routine.contacts.iter_mut().for_each(|c| fix(&mut c.id));
    routine.audiences.iter_mut().for_each(|a| fix(&mut a.id));
    routine.cases.iter_mut().for_each(|c| fix(&mut c.id));
    routine.self_check.iter_mut().for_each(|q| fix(&mut q.id));
}

/// An id not yet used anywhere in the routine: `prefix-1`, `prefix-2`, …
pub fn fresh_id(routine: &Routine, prefix: &str) -> String {
    let text = String::from_utf8_lossy(&to_bytes(routine)).into_owned();
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !text.contains(&format!("\"id\": \"{id}\"")))
        .unwrap_or_else(|| prefix.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;
    use crate::routine::Item;

    fn lier() -> Routine {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        check_embedded(today).routine.unwrap()
    }

    #[test]
    fn things_added_in_a_frame_get_fresh_unused_ids() {
        let mut routine = lier();
        let mut new_ids = NewIds::default();
        for _ in 0..2 {
            let id = new_ids.placeholder("tegn");
            routine.warning_signs.groups[0].signs.push(Item {
                id,
                text: "Nytt tegn".into(),
                ..Item::default()
            });
        }
        new_ids.assign(&mut routine);
        let signs = &routine.warning_signs.groups[0].signs;
        let added: Vec<&str> = signs[signs.len() - 2..]
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert!(added.iter().all(|id| id.starts_with("tegn-")), "{added:?}");
        assert_ne!(added[0], added[1]);
        let checked = check_bytes(
            &to_bytes(&routine),
            NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        );
        assert!(!checked.has_errors(), "{:?}", checked.problems);
    }

    #[test]
    fn renaming_reaches_items_nested_anywhere_and_leaves_the_rest() {
        let mut routine = lier();
        let child = routine.protective_factors.groups[0].factors[0].children[0]
            .item
            .id
            .clone();
        rename_id(&mut routine, &child, "ny-id");
        assert_eq!(
            routine.protective_factors.groups[0].factors[0].children[0]
                .item
                .id,
            "ny-id"
        );
        rename_id(&mut routine, "finnes-ikke", "annen-id");
        assert!(!String::from_utf8_lossy(&to_bytes(&routine)).contains("annen-id"));
    }

    #[test]
    fn a_fresh_id_is_not_in_the_file() {
        let routine = lier();
        let id = fresh_id(&routine, "chk");
        assert!(!String::from_utf8_lossy(&to_bytes(&routine)).contains(&format!("\"{id}\"")));
    }
}
