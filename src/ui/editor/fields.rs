//! The editor's fields: text, dates, phone numbers and times that must parse, ticks of
//! ids, and the problems found in a field shown right beside it.

use super::*;

/// A problem in the window's language, with the path of the field it is about.
pub(super) struct FieldProblem {
    path: Option<String>,
    text: String,
}

/// Words the draft's problems once for the frame.
pub(super) fn word_problems(problems: &[Problem], t: &Texts) -> Vec<FieldProblem> {
    problems
        .iter()
        .map(|problem| FieldProblem {
            path: match &problem.location {
                crate::routine::Location::Path(path) => Some(path.clone()),
                _ => None,
            },
            text: format!(
                "{}: {}",
                crate::i18n::severity(problem.severity, t),
                crate::i18n::message(&problem.message, t)
            ),
        })
        .collect()
}

pub(super) fn problems_here(ui: &mut egui::Ui, problems: &[FieldProblem], path: &str) {
    for problem in problems.iter().filter(|p| p.path.as_deref() == Some(path)) {
        let colour = crate::ui::theme::problem_colour(ui);
        ui.label(egui::RichText::new(&problem.text).color(colour));
    }
}

pub(super) fn text_field(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    label: &str,
    path: &str,
    text: &mut String,
    multiline: bool,
) {
    let label = ui.label(label);
    let field = if multiline {
        egui::TextEdit::multiline(text).desired_rows(2)
    } else {
        egui::TextEdit::singleline(text)
    };
    ui.add(field.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    problems_here(ui, problems, path);
}

/// How a value that must parse (a date, a phone number) is shown and read back.
pub(super) struct TextFormat<T: 'static> {
    pub(super) show: fn(&T) -> String,
    pub(super) parse: fn(&str) -> Option<T>,
    pub(super) hint: fn(&Editor) -> &'static str,
}

pub(super) const DATE: TextFormat<NaiveDate> = TextFormat {
    show: |d| d.format("%Y-%m-%d").to_string(),
    parse: |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
    hint: |editor| editor.date_hint,
};

pub(super) const PHONE: TextFormat<Phone> = TextFormat {
    show: |p| p.display.clone(),
    parse: Phone::parse,
    hint: |editor| editor.phone_hint,
};

/// A field whose text must parse: the text is kept while it does not, and the value
/// changes only when it does.
pub(super) fn parsed_field<T: Clone>(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    (label, path): (&str, &str),
    value: &mut Option<T>,
    format: &TextFormat<T>,
    editor: &Editor,
) {
    let hint = (format.hint)(editor);
    let id = egui::Id::unique(("felt", path));
    let shown = value.as_ref().map(format.show).unwrap_or_default();
    let mut text = ui
        .data_mut(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let label = ui.label(label);
    let response = ui
        .add(egui::TextEdit::singleline(&mut text).hint_text(hint))
        .labelled_by(label.id);
    let parsed = (format.parse)(text.trim());
    if response.changed() {
        if text.trim().is_empty() {
            *value = None;
        } else if let Some(parsed) = parsed.clone() {
            *value = Some(parsed);
        }
    }
    if !text.trim().is_empty() && parsed.is_none() {
        let colour = crate::ui::theme::problem_colour(ui);
        ui.label(egui::RichText::new(fill(editor.invalid, &[("hint", &hint)])).color(colour));
    }
    ui.data_mut(|d| d.insert_temp(id, text));
    problems_here(ui, problems, path);
}

pub(super) fn date_field(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    label: &str,
    path: &str,
    value: &mut Option<NaiveDate>,
    editor: &Editor,
) {
    parsed_field(ui, problems, (label, path), value, &DATE, editor);
}

/// A one-line text that may be left blank (`None`).
pub(super) fn optional_text(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    label: &str,
    path: &str,
    value: &mut Option<String>,
) {
    optional_field(ui, problems, (label, path), value, false);
}

/// A text of several lines that may be left blank (`None`).
pub(super) fn optional_area(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    label: &str,
    path: &str,
    value: &mut Option<String>,
) {
    optional_field(ui, problems, (label, path), value, true);
}

fn optional_field(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    (label, path): (&str, &str),
    value: &mut Option<String>,
    multiline: bool,
) {
    let mut text = value.clone().unwrap_or_default();
    text_field(ui, problems, label, path, &mut text, multiline);
    *value = (!text.trim().is_empty()).then_some(text);
}

/// Ticks for a list of ids chosen from `choices` (id, label); keeps the list's order.
pub(super) fn id_ticks(
    ui: &mut egui::Ui,
    label: &str,
    chosen: &mut Vec<String>,
    choices: &[(String, String)],
) {
    ui.label(label);
    ui.horizontal_wrapped(|ui| {
        for (id, name) in choices {
            let mut on = chosen.contains(id);
            if ui.checkbox(&mut on, format!("{label}: {name}")).changed() {
                if on {
                    chosen.push(id.clone());
                } else {
                    chosen.retain(|c| c != id);
                }
            }
        }
    });
}

pub(super) fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

pub(super) fn contact_choices(routine: &Routine) -> Vec<(String, String)> {
    routine
        .contacts
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect()
}

pub(super) fn audience_choices(routine: &Routine) -> Vec<(String, String)> {
    routine
        .audiences
        .iter()
        .map(|a| (a.id.clone(), a.label.clone()))
        .collect()
}

/// The action levels with the names the routine gives them ("RØD", …), most urgent
/// first: they are the routine's words, shown as the guide shows them.
pub(super) type LevelNames = [(Level, String); 3];

pub(super) fn level_names(routine: &Routine) -> LevelNames {
    Level::ALL.map(|level| {
        let name = routine.level(level).map(|l| l.name.clone());
        (level, name.unwrap_or_else(|| level.key().to_owned()))
    })
}
