//! Lists in the editor: items, factors with their children, checklist items and plain
//! texts, each with buttons to move an entry up or down, remove it, or add one.

use super::*;

/// Up, down and remove buttons for element `i` of a list; returns the edit to make.
fn reorder_buttons(
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

/// The editor's one list editor: draws each entry with `entry`, which puts the entry's
/// buttons to move it up or down or remove it where it wants them (`buttons.show`), makes
/// that change once the list is drawn, and draws the add button below. Returns whether
/// the add button was pressed; the caller adds the new entry, with a fresh id where it
/// has one.
pub(super) fn edit_list<T>(
    ui: &mut egui::Ui,
    list: &mut Vec<T>,
    editor: &Editor,
    add_label: &str,
    entry: impl FnMut(&mut egui::Ui, usize, &mut T, &mut Buttons<'_>),
) -> bool {
    edit_entries(ui, list, editor, entry);
    ui.button(add_label).clicked()
}

/// The list editor without its add button, for a list whose entries are chosen
/// elsewhere (the pocket card's).
pub(super) fn edit_entries<T>(
    ui: &mut egui::Ui,
    list: &mut Vec<T>,
    editor: &Editor,
    mut entry: impl FnMut(&mut egui::Ui, usize, &mut T, &mut Buttons<'_>),
) {
    let len = list.len();
    let mut edit = None;
    for (i, element) in list.iter_mut().enumerate() {
        let mut buttons = Buttons {
            i,
            len,
            editor,
            edit: &mut edit,
        };
        entry(ui, i, element, &mut buttons);
    }
    reorder(list, edit);
}

/// The up, down and remove buttons of one entry of a list being edited.
pub(super) struct Buttons<'a> {
    i: usize,
    len: usize,
    editor: &'a Editor,
    edit: &'a mut Option<Reorder>,
}

impl Buttons<'_> {
    /// Draws the buttons here, naming the entry `what` («Flytt opp: …»).
    pub(super) fn show(&mut self, ui: &mut egui::Ui, what: &str) {
        if let Some(edit) = reorder_buttons(ui, self.i, self.len, what, self.editor) {
            *self.edit = Some(edit);
        }
    }
}

enum Reorder {
    Up(usize),
    Down(usize),
    Remove(usize),
}

fn reorder<T>(list: &mut Vec<T>, edit: Option<Reorder>) {
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
    problems: &[FieldProblem],
    path: &str,
    items: &mut Vec<Item>,
    prefix: &str,
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let add = edit_list(ui, items, editor, editor.add, |ui, i, item, buttons| {
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
            buttons.show(ui, &short(&item.text));
        });
    });
    if add {
        items.push(Item {
            id: new_ids.placeholder(prefix),
            text: editor.new_text.into(),
            ..Item::default()
        });
    }
}

pub(super) fn factor_list(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    path: &str,
    factors: &mut Vec<Factor>,
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let add = edit_list(
        ui,
        factors,
        editor,
        &fill(editor.add_factor, &[("path", &path)]),
        |ui, i, factor, buttons| {
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
                buttons.show(ui, &short(&factor.item.text));
            });
        },
    );
    if add {
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
    problems: &[FieldProblem],
    path: &str,
    items: &mut Vec<ChecklistItem>,
    new_ids: &mut NewIds,
    editor: &Editor,
    levels: &LevelNames,
) {
    let add = edit_list(
        ui,
        items,
        editor,
        editor.add_checkpoint,
        |ui, i, item, buttons| {
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
                buttons.show(ui, &short(&item.item.text));
            });
        },
    );
    if add {
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
    problems: &[FieldProblem],
    label: &str,
    path: &str,
    list: &mut Vec<String>,
    editor: &Editor,
) {
    let add_label = fill(editor.add_named, &[("what", &label)]);
    let add = edit_list(ui, list, editor, &add_label, |ui, i, text, buttons| {
        ui.push_id((path, i), |ui| {
            text_field(
                ui,
                problems,
                &format!("{label} {}", i + 1),
                &format!("{path}[{i}]"),
                text,
                true,
            );
            buttons.show(ui, &format!("{label} {}", i + 1));
        });
    });
    if add {
        list.push(String::new());
    }
    problems_here(ui, problems, path);
}
