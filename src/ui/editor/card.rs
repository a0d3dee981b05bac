//! The editor's pocket card: what its back holds (phrasings, contacts by day and out of
//! hours, each in order) and how full each side is, in lines of 7.5 pt type.

use super::*;
use crate::export::{CardFill, card_choice, card_fill};
use crate::routine::PocketCard;

pub(super) fn pocket_card(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    editor: &Editor,
) {
    if let Some((front, back)) = card_fill(routine) {
        fill_measure(ui, front, back, editor);
    }
    problems_here(ui, problems, "pocket_card");
    let phrasings: Vec<(String, String)> = routine
        .ask
        .phrasings
        .iter()
        .map(|p| (p.id.clone(), short(&p.text)))
        .collect();
    let contacts = contact_choices(routine);
    let Some(card) = &mut routine.pocket_card else {
        ui.label(editor.card_by_program);
        if ui.button(editor.card_choose).clicked() {
            let chosen = card_choice(routine);
            routine.pocket_card = Some(chosen);
        }
        return;
    };
    let lists: [CardList; 3] = [
        ("ask", &mut card.ask, &phrasings, PocketCard::MOST_PHRASINGS),
        ("day", &mut card.day, &contacts, PocketCard::MOST_CONTACTS),
        (
            "out_of_hours",
            &mut card.out_of_hours,
            &contacts,
            PocketCard::MOST_CONTACTS,
        ),
    ];
    for (name, list, choices, most) in lists {
        let title = match name {
            "ask" => editor.card_ask,
            "day" => editor.card_day,
            _ => editor.card_out_of_hours,
        };
        let title = fill(title, &[("most", &most)]);
        let path = format!("pocket_card.{name}");
        ui.push_id(name, |ui| {
            id_list(ui, problems, &path, &title, list, choices, editor)
        });
    }
}

/// One list on the card's back: its field name, its entries, what may be added and how
/// many it may hold.
type CardList<'a> = (
    &'static str,
    &'a mut Vec<String>,
    &'a [(String, String)],
    usize,
);

/// Lines used of lines available on each side; a side that overflows in the problem
/// colour.
fn fill_measure(ui: &mut egui::Ui, front: CardFill, back: CardFill, editor: &Editor) {
    let text = fill(
        editor.card_fill,
        &[
            ("front_used", &front.used),
            ("front_available", &front.available),
            ("back_used", &back.used),
            ("back_available", &back.available),
        ],
    );
    let mut text = egui::RichText::new(text).strong();
    if front.used > front.available || back.used > back.available {
        text = text.color(crate::ui::theme::problem_colour(ui));
    }
    ui.label(text);
}

/// A list of ids chosen in order (one of the card's lists, a module's questions): its
/// entries, each with buttons to move or remove it and the problems found in it (at
/// `path[i]`), and a choice to add one more.
pub(super) fn id_list(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    path: &str,
    title: &str,
    list: &mut Vec<String>,
    choices: &[(String, String)],
    editor: &Editor,
) {
    ui.label(egui::RichText::new(title).strong());
    let name_of = |id: &str| {
        choices
            .iter()
            .find(|(c, _)| c == id)
            .map_or_else(|| id.to_owned(), |(_, n)| n.clone())
    };
    let mut add = None;
    edit_entries(ui, list, editor, |ui, i, id, buttons| {
        let shown = name_of(id);
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}. {shown}", i + 1));
            buttons.show(ui, &shown);
        });
        problems_here(ui, problems, &format!("{path}[{i}]"));
    });
    problems_here(ui, problems, path);
    // The choices to add, behind their own header: a card has few lines, a routine
    // many contacts.
    let label = fill(editor.card_add, &[("list", &title)]);
    egui::CollapsingHeader::new(label)
        .id_salt("add")
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for (id, shown) in choices.iter().filter(|(id, _)| !list.contains(id)) {
                    let name = fill(editor.card_add_this, &[("what", shown)]);
                    if ui.button(name).clicked() {
                        add = Some(id.clone());
                    }
                }
            });
        });
    if let Some(id) = add {
        list.push(id);
    }
}
