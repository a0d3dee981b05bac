//! The editor for the routine's content: every field with the problems found in it right
//! beside it. Lists can be added to, removed from and reordered.

use chrono::{NaiveDate, Weekday};
use eframe::egui;

use crate::editing::{Draft, NewIds};
use crate::i18n::{Editor, Texts, fill};
use crate::routine::hours::{Schedule, TimeOfDay, TimeRange, WeeklyPeriod, day_names};
use crate::routine::{
    ChecklistItem, Contact, ContactRole, ContactStatus, Factor, FactorList, Item, Level,
    OpeningHours, Phone, Problem, Routine, Scope,
};

mod cases;
mod contacts;
mod fields;
mod lists;
mod sections;

use cases::*;
use contacts::*;
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
    let problems: &[Problem] = problems;
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
    let mut lists = editable_lists(routine, editor);
    for (title, path, prefix, items) in &mut lists {
        egui::CollapsingHeader::new(title.as_str())
            .id_salt(path.as_str())
            .show(ui, |ui| {
                item_list(ui, problems, path, items, prefix, &mut new_ids, editor);
            });
    }
    drop(lists);
    for (title, path, list) in factor_lists(routine, editor) {
        egui::CollapsingHeader::new(title)
            .id_salt(path)
            .show(ui, |ui| {
                for (g, group) in list.groups.iter_mut().enumerate() {
                    factor_list(
                        ui,
                        problems,
                        &format!("{path}.groups[{g}].items"),
                        &mut group.factors,
                        &mut new_ids,
                        editor,
                    );
                }
            });
    }
    egui::CollapsingHeader::new(editor.checklist)
        .id_salt("checklist")
        .show(ui, |ui| {
            let levels = level_names(routine);
            checklist_items(
                ui,
                problems,
                "checklist",
                &mut routine.checklist,
                &mut new_ids,
                editor,
                &levels,
            )
        });
    egui::CollapsingHeader::new(editor.cases)
        .id_salt("cases")
        .show(ui, |ui| cases(ui, routine, problems, &mut new_ids, editor));
    egui::CollapsingHeader::new(editor.self_check)
        .id_salt("self_check")
        .show(ui, |ui| {
            self_check(ui, routine, problems, &mut new_ids, editor)
        });
    new_ids.assign(routine);
}

/// The three factor lists with their titles and the paths of their fields.
fn factor_lists<'r>(
    routine: &'r mut Routine,
    editor: &Editor,
) -> [(&'static str, &'static str, &'r mut FactorList); 3] {
    [
        (
            editor.risk_factors,
            "risk_factors",
            &mut routine.risk_factors,
        ),
        (
            editor.protective_factors,
            "protective_factors",
            &mut routine.protective_factors,
        ),
        (
            editor.situations,
            "triggering_situations",
            &mut routine.triggering_situations,
        ),
    ]
}

type List<'r> = (String, String, &'static str, &'r mut Vec<Item>);

/// Every plain list of items with its title, JSON path and id prefix.
fn editable_lists<'r>(routine: &'r mut Routine, editor: &Editor) -> Vec<List<'r>> {
    let mut lists: Vec<List<'r>> = vec![
        (
            editor.purpose.into(),
            "purpose.items".into(),
            "formal",
            &mut routine.purpose.items,
        ),
        (
            editor.key_messages.into(),
            "key_messages".into(),
            "budskap",
            &mut routine.key_messages,
        ),
    ];
    for (g, group) in routine.warning_signs.groups.iter_mut().enumerate() {
        lists.push((
            fill(editor.warning_signs_group, &[("group", &group.title)]),
            format!("warning_signs.groups[{g}].signs"),
            "tegn",
            &mut group.signs,
        ));
    }
    let ask = &mut routine.ask;
    for (title, path, prefix, items) in [
        (
            editor.ask_phrasings,
            "ask.phrasings",
            "spor",
            &mut ask.phrasings,
        ),
        (
            editor.ask_follow_up,
            "ask.follow_up",
            "oppfolging",
            &mut ask.follow_up,
        ),
        (
            editor.ask_level_questions,
            "ask.level_questions",
            "niva-sporsmal",
            &mut ask.level_questions,
        ),
        (editor.dos, "ask.dos", "gjor", &mut ask.dos),
        (editor.donts, "ask.donts", "ikke-gjor", &mut ask.donts),
    ] {
        lists.push((title.into(), path.into(), prefix, items));
    }
    for (l, level) in routine.levels.iter_mut().enumerate() {
        lists.push((
            fill(editor.level_criteria, &[("level", &level.name)]),
            format!("levels[{l}].criteria"),
            "kriterium",
            &mut level.criteria,
        ));
        lists.push((
            fill(editor.level_actions, &[("level", &level.name)]),
            format!("levels[{l}].actions"),
            "handling",
            &mut level.actions,
        ));
    }
    for (g, guidance) in routine.guidance.iter_mut().enumerate() {
        lists.push((
            fill(editor.guidance_list, &[("title", &guidance.title)]),
            format!("guidance[{g}].items"),
            "veiledning",
            &mut guidance.items,
        ));
    }
    lists.push((
        editor.aftercare.into(),
        "aftercare.items".into(),
        "ivaretakelse",
        &mut routine.aftercare.items,
    ));
    lists.push((
        editor.poster_messages.into(),
        "poster_messages".into(),
        "plakat",
        &mut routine.poster_messages,
    ));
    lists
}
