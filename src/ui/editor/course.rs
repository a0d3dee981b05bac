//! The editor's course: the pass mark, and each module's questions (self-check
//! questions or practice cases) in order, with the problems `check` finds in them.

use super::*;
use crate::i18n::module_title;
use crate::routine::course::default_choice;
use crate::routine::{Course, Module};

pub(super) fn course(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    t: &Texts,
) {
    let editor = &t.editor;
    problems_here(ui, problems, "course");
    let mut choices: Vec<(String, String)> = routine
        .self_check
        .iter()
        .map(|q| (q.id.clone(), short(&q.question)))
        .collect();
    choices.extend(routine.cases.iter().map(|c| {
        let title = fill(editor.course_case, &[("title", &c.title)]);
        (c.id.clone(), title)
    }));
    let Some(course) = &mut routine.course else {
        ui.label(editor.course_by_program);
        if ui.button(editor.course_choose).clicked() {
            let chosen = default_choice(routine);
            routine.course = Some(chosen);
        }
        return;
    };
    let label = ui.label(editor.pass_mark);
    ui.add(
        egui::DragValue::new(&mut course.pass_mark)
            .range(1..=100)
            .suffix(" %"),
    )
    .labelled_by(label.id);
    problems_here(ui, problems, "course.pass_mark");
    for module in Module::ALL {
        let title = fill(
            editor.course_module,
            &[
                ("module", &module_title(module, t)),
                ("most", &Course::MOST_QUESTIONS),
            ],
        );
        let path = format!("course.questions.{}", module.key());
        let list = course.questions.of_mut(module);
        ui.push_id(module.key(), |ui| {
            id_list(ui, problems, &path, &title, list, &choices, editor)
        });
    }
}
