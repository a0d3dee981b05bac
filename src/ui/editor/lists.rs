//! Lists in the editor: items, factors with their children, checklist items and plain
//! texts, each with buttons to move an entry up or down, remove it, or add one.

use super::*;

/// Up, down and remove buttons for element `i` of a list; returns the edit to make.
pub(super) fn reorder_buttons(
    ui: &mut egui::Ui,
    i: usize,
    len: usize,
    what: &str,
    editor: &Editor,
) -> Option<Reorder> {
    let mut edit = None;
    let values: &[(&str, &dyn std::fmt::Display)] = &[("what", &what)];
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(i > 0, egui::Button::new(fill(editor.move_up, values)))
            .clicked()
        {
            edit = Some(Reorder::Up(i));
        }
        if ui
            .add_enabled(
                i + 1 < len,
                egui::Button::new(fill(editor.move_down, values)),
            )
            .clicked()
        {
            edit = Some(Reorder::Down(i));
        }
        if ui.button(fill(editor.remove, values)).clicked() {
            edit = Some(Reorder::Remove(i));
        }
    });
    edit
}

pub(super) enum Reorder {
    Up(usize),
    Down(usize),
    Remove(usize),
}

pub(super) fn reorder<T>(list: &mut Vec<T>, edit: Option<Reorder>) {
    match edit {
        Some(Reorder::Up(i)) if i > 0 => list.swap(i, i - 1),
        Some(Reorder::Down(i)) if i + 1 < list.len() => list.swap(i, i + 1),
        Some(Reorder::Remove(i)) if i < list.len() => {
            list.remove(i);
        }
        _ => {}
    }
}

pub(super) fn item_list(
    ui: &mut egui::Ui,
    problems: &[Problem],
    path: &str,
    items: &mut Vec<Item>,
    prefix: &str,
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let mut edit = None;
    let len = items.len();
    for (i, item) in items.iter_mut().enumerate() {
        let at = format!("{path}[{i}]");
        ui.push_id(&at, |ui| {
            text_field(
                ui,
                problems,
                &fill(editor.item_text, &[("number", &(i + 1))]),
                &format!("{at}.text"),
                &mut item.text,
                true,
            );
            problems_here(ui, problems, &format!("{at}.id"));
            edit = reorder_buttons(ui, i, len, &short(&item.text), editor).or(edit.take());
        });
    }
    reorder(items, edit);
    if ui.button(editor.add).clicked() {
        items.push(Item {
            id: new_ids.placeholder(prefix),
            text: editor.new_text.into(),
            ..Item::default()
        });
    }
}

pub(super) fn factor_list(
    ui: &mut egui::Ui,
    problems: &[Problem],
    path: &str,
    factors: &mut Vec<Factor>,
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let mut edit = None;
    let len = factors.len();
    for (i, factor) in factors.iter_mut().enumerate() {
        let at = format!("{path}[{i}]");
        ui.push_id(&at, |ui| {
            let label = fill(editor.factor, &[("number", &(i + 1))]);
            text_field(
                ui,
                problems,
                &label,
                &format!("{at}.text"),
                &mut factor.item.text,
                true,
            );
            ui.indent("under", |ui| {
                factor_list(
                    ui,
                    problems,
                    &format!("{at}.children"),
                    &mut factor.children,
                    new_ids,
                    editor,
                )
            });
            edit = reorder_buttons(ui, i, len, &short(&factor.item.text), editor).or(edit.take());
        });
    }
    reorder(factors, edit);
    if ui
        .button(fill(editor.add_factor, &[("path", &path)]))
        .clicked()
    {
        factors.push(Factor {
            item: Item {
                id: new_ids.placeholder("faktor"),
                text: editor.new_factor.into(),
                ..Item::default()
            },
            children: Vec::new(),
        });
    }
}

pub(super) fn checklist_items(
    ui: &mut egui::Ui,
    problems: &[Problem],
    path: &str,
    items: &mut Vec<ChecklistItem>,
    new_ids: &mut NewIds,
    editor: &Editor,
    levels: &LevelNames,
) {
    let mut edit = None;
    let len = items.len();
    for (i, item) in items.iter_mut().enumerate() {
        let at = format!("{path}[{i}]");
        ui.push_id(&at, |ui| {
            text_field(
                ui,
                problems,
                &fill(editor.checkpoint, &[("number", &(i + 1))]),
                &format!("{at}.text"),
                &mut item.item.text,
                true,
            );
            ui.horizontal_wrapped(|ui| {
                for (level, name) in levels {
                    let level = *level;
                    let mut on = item.levels.contains(&level);
                    if ui
                        .checkbox(&mut on, format!("{name}: {}", short(&item.item.text)))
                        .changed()
                    {
                        if on {
                            item.levels.push(level);
                            item.levels.sort();
                        } else {
                            item.levels.retain(|l| *l != level);
                        }
                    }
                }
            });
            problems_here(ui, problems, &format!("{at}.levels"));
            edit = reorder_buttons(ui, i, len, &short(&item.item.text), editor).or(edit.take());
        });
    }
    reorder(items, edit);
    if ui.button(editor.add_checkpoint).clicked() {
        items.push(ChecklistItem {
            item: Item {
                id: new_ids.placeholder("sjekk"),
                text: editor.new_checkpoint.into(),
                ..Item::default()
            },
            levels: vec![Level::Yellow],
        });
    }
}

/// A list of paragraphs or questions, each editable, with add and remove.
pub(super) fn string_list(
    ui: &mut egui::Ui,
    problems: &[Problem],
    label: &str,
    path: &str,
    list: &mut Vec<String>,
    editor: &Editor,
) {
    let mut remove = None;
    for (i, text) in list.iter_mut().enumerate() {
        ui.push_id((path, i), |ui| {
            text_field(
                ui,
                problems,
                &format!("{label} {}", i + 1),
                &format!("{path}[{i}]"),
                text,
                true,
            );
            let what = format!("{label} {}", i + 1);
            if ui.button(fill(editor.remove, &[("what", &what)])).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        list.remove(i);
    }
    if ui
        .button(fill(editor.add_named, &[("what", &label)]))
        .clicked()
    {
        list.push(String::new());
    }
    problems_here(ui, problems, path);
}
