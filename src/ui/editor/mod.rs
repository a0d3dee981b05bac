//! The editor for the routine's content: every field with the problems found in it right
//! beside it. Lists can be added to, removed from and reordered.

use chrono::{NaiveDate, Weekday};
use eframe::egui;

use crate::editing::{Draft, NewIds};
use crate::i18n::{Editor, Texts, day_names, fill};
use crate::routine::hours::{Schedule, TimeOfDay, TimeRange, WeeklyPeriod};
use crate::routine::walk::{ItemListMut, ListMut};
use crate::routine::{AskList, Place};
use crate::routine::{
    ChecklistItem, Contact, ContactRole, ContactStatus, Factor, FactorList, Item, Level,
    OpeningHours, Phone, Problem, Routine, Scope,
};

mod card;
mod cases;
mod contacts;
mod course;
mod fields;
mod lists;
mod sections;

use card::*;
use cases::*;
use contacts::*;
use course::*;
use fields::*;
use lists::*;
use sections::*;

/// Draws the editor; edits go straight into the draft, which the app records for undo.
///
/// Section headers have fixed id salts, so which are open does not depend on the language.
pub fn show(ui: &mut egui::Ui, draft: &mut Draft, today: NaiveDate, t: &Texts) {
    let editor = &t.editor;
    let Draft {
        routine, problems, ..
    } = draft;
    let problems = &word_problems(problems, t);
    let mut new_ids = NewIds::default();
    egui::CollapsingHeader::new(editor.about)
        .id_salt("metadata")
        .default_open(true)
        .show(ui, |ui| metadata(ui, routine, problems, editor));
    egui::CollapsingHeader::new(editor.contacts)
        .id_salt("contacts")
        .show(ui, |ui| {
            contacts(ui, routine, problems, today, &mut new_ids, t)
        });
    egui::CollapsingHeader::new(editor.levels)
        .id_salt("levels")
        .show(ui, |ui| levels(ui, routine, problems, editor));
    egui::CollapsingHeader::new(editor.pocket_card)
        .id_salt("pocket_card")
        .show(ui, |ui| pocket_card(ui, routine, problems, editor));
    egui::CollapsingHeader::new(editor.intros)
        .id_salt("intros")
        .show(ui, |ui| intros(ui, routine, problems, editor));
    egui::CollapsingHeader::new(editor.audiences)
        .id_salt("audiences")
        .show(ui, |ui| {
            audiences(ui, routine, problems, &mut new_ids, editor)
        });
    egui::CollapsingHeader::new(editor.sectors)
        .id_salt("sectors")
        .show(ui, |ui| {
            sectors(ui, routine, problems, &mut new_ids, editor)
        });
    egui::CollapsingHeader::new(editor.sources)
        .id_salt("sources")
        .show(ui, |ui| sources(ui, routine, problems, editor));
    let levels = level_names(routine);
    // Every list of content items, from the routine's walk. The factor lists come in
    // groups, drawn together under their list's heading; the level rule and the
    // sectors' checklists are edited in their own sections above.
    let mut lists = routine.item_lists_mut().into_iter().peekable();
    while let Some(first) = lists.next() {
        let Some((title, salt, prefix)) = heading(first.place, &first.path, &levels, editor) else {
            continue;
        };
        let mut group = vec![first];
        while let Some(next) = lists.next_if(|l| l.place == group[0].place) {
            group.push(next);
        }
        egui::CollapsingHeader::new(title)
            .id_salt(salt)
            .show(ui, |ui| {
                for ItemListMut { path, list, .. } in &mut group {
                    match list {
                        ListMut::Items(items) => {
                            item_list(ui, problems, path, items, prefix, &mut new_ids, editor);
                        }
                        ListMut::Factors(factors) => {
                            factor_list(ui, problems, path, factors, &mut new_ids, editor);
                        }
                        ListMut::Checklist(items) => checklist_items(
                            ui,
                            problems,
                            path,
                            items,
                            &mut new_ids,
                            editor,
                            &levels,
                        ),
                        ListMut::Single(_) => {}
                    }
                }
            });
    }
    egui::CollapsingHeader::new(editor.cases)
        .id_salt("cases")
        .show(ui, |ui| cases(ui, routine, problems, &mut new_ids, editor));
    egui::CollapsingHeader::new(editor.self_check)
        .id_salt("self_check")
        .show(ui, |ui| {
            self_check(ui, routine, problems, &mut new_ids, editor)
        });
    egui::CollapsingHeader::new(editor.course)
        .id_salt("course")
        .show(ui, |ui| course(ui, routine, problems, t));
    new_ids.assign(routine);
}

/// A list section's heading, the id salt that keeps it open or shut across languages,
/// and the prefix of new items' ids; `None` for lists edited elsewhere (the level rule
/// with the levels, the sectors' checklists with the sectors).
fn heading(
    place: Place<'_>,
    path: &str,
    levels: &LevelNames,
    editor: &Editor,
) -> Option<(String, String, &'static str)> {
    let level_name = |level: Level| {
        levels
            .iter()
            .find(|(l, _)| *l == level)
            .map_or_else(|| level.key().to_owned(), |(_, name)| name.clone())
    };
    // The factor lists are one section each, holding all their groups.
    let whole_list = |title: &str, field: &str| Some((title.to_owned(), field.to_owned(), ""));
    let (title, prefix) = match place {
        Place::Purpose => (editor.purpose.to_owned(), "formal"),
        Place::KeyMessages => (editor.key_messages.to_owned(), "budskap"),
        Place::WarningSigns(group) => (
            fill(editor.warning_signs_group, &[("group", &group)]),
            "tegn",
        ),
        Place::RiskFactors => return whole_list(editor.risk_factors, "risk_factors"),
        Place::ProtectiveFactors => {
            return whole_list(editor.protective_factors, "protective_factors");
        }
        Place::TriggeringSituations => {
            return whole_list(editor.situations, "triggering_situations");
        }
        Place::Ask(list) => match list {
            AskList::Phrasings => (editor.ask_phrasings.to_owned(), "spor"),
            AskList::FollowUp => (editor.ask_follow_up.to_owned(), "oppfolging"),
            AskList::LevelQuestions => (editor.ask_level_questions.to_owned(), "niva-sporsmal"),
            AskList::Dos => (editor.dos.to_owned(), "gjor"),
            AskList::Donts => (editor.donts.to_owned(), "ikke-gjor"),
        },
        Place::LevelRule | Place::SectorChecklist(_) => return None,
        Place::LevelCriteria(level) => (
            fill(editor.level_criteria, &[("level", &level_name(level))]),
            "kriterium",
        ),
        Place::LevelActions(level) => (
            fill(editor.level_actions, &[("level", &level_name(level))]),
            "handling",
        ),
        Place::Checklist => (editor.checklist.to_owned(), "sjekk"),
        Place::Guidance(title) => (
            fill(editor.guidance_list, &[("title", &title)]),
            "veiledning",
        ),
        Place::Aftercare => (editor.aftercare.to_owned(), "ivaretakelse"),
        Place::PosterMessages => (editor.poster_messages.to_owned(), "plakat"),
    };
    Some((title, path.to_owned(), prefix))
}
