//! The editor's practice cases and self-check questions.

use super::*;

pub(super) fn cases(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let contacts = contact_choices(routine);
    let levels = level_names(routine);
    let criteria: Vec<(String, String)> = routine
        .levels
        .iter()
        .flat_map(|l| {
            l.criteria
                .iter()
                .map(move |c| (c.id.clone(), format!("{} – {}", l.name, short(&c.text))))
        })
        .collect();
    let guidance: Vec<(String, String)> = routine
        .guidance
        .iter()
        .flat_map(|g| {
            g.items
                .iter()
                .map(move |i| (i.id.clone(), format!("{} – {}", g.title, short(&i.text))))
        })
        .collect();
    let signs: Vec<(String, String)> = routine
        .all_items()
        .filter(|i| {
            !routine
                .levels
                .iter()
                .any(|l| l.criteria.iter().any(|c| c.id == i.id))
        })
        .map(|i| (i.id.clone(), short(&i.text)))
        .collect();
    let add = edit_list(
        ui,
        &mut routine.cases,
        editor,
        editor.add_case,
        |ui, i, case, buttons| {
            let at = format!("cases[{i}]");
            egui::CollapsingHeader::new(case.title.clone())
                .id_salt(&at)
                .show(ui, |ui| {
                    text_field(
                        ui,
                        problems,
                        editor.title,
                        &format!("{at}.title"),
                        &mut case.title,
                        false,
                    );
                    string_list(
                        ui,
                        problems,
                        editor.paragraph,
                        &format!("{at}.story"),
                        &mut case.story,
                        editor,
                    );
                    ui.horizontal_wrapped(|ui| {
                        ui.label(editor.expected_level);
                        for (level, name) in &levels {
                            ui.radio_value(
                                &mut case.level,
                                *level,
                                format!("{name} ({})", short(&case.title)),
                            );
                        }
                    });
                    problems_here(ui, problems, &format!("{at}.level"));
                    id_ticks(
                        ui,
                        &fill(editor.criteria_in_case, &[("case", &short(&case.title))]),
                        &mut case.criteria,
                        &criteria,
                    );
                    problems_here(ui, problems, &format!("{at}.criteria"));
                    id_ticks(
                        ui,
                        &fill(editor.guidance_in_case, &[("case", &short(&case.title))]),
                        &mut case.guidance,
                        &guidance,
                    );
                    problems_here(ui, problems, &format!("{at}.guidance"));
                    ui.checkbox(
                        &mut case.ved_tvil,
                        fill(editor.ved_tvil, &[("case", &short(&case.title))]),
                    );
                    problems_here(ui, problems, &format!("{at}.ved_tvil"));
                    text_field(
                        ui,
                        problems,
                        editor.why_level,
                        &format!("{at}.why"),
                        &mut case.why,
                        true,
                    );
                    id_ticks(
                        ui,
                        &fill(editor.signs_in_case, &[("case", &short(&case.title))]),
                        &mut case.signs,
                        &signs,
                    );
                    problems_here(ui, problems, &format!("{at}.signs"));
                    id_ticks(
                        ui,
                        &fill(editor.contact_in_case, &[("case", &short(&case.title))]),
                        &mut case.contacts,
                        &contacts,
                    );
                    problems_here(ui, problems, &format!("{at}.contacts"));
                    string_list(
                        ui,
                        problems,
                        editor.discussion,
                        &format!("{at}.discussion"),
                        &mut case.discussion,
                        editor,
                    );
                    buttons.show(ui, &case.title);
                });
        },
    );
    if add {
        let audience = routine
            .audiences
            .first()
            .map(|a| a.id.clone())
            .unwrap_or_default();
        routine.cases.push(crate::routine::PracticeCase {
            id: new_ids.placeholder("case"),
            title: editor.new_case.into(),
            sector: None,
            audience,
            story: vec![editor.new_case_story.into()],
            signs: Vec::new(),
            criteria: Vec::new(),
            level: Level::Yellow,
            guidance: Vec::new(),
            ved_tvil: false,
            why: editor.new_case_why.into(),
            contacts: Vec::new(),
            discussion: Vec::new(),
        });
    }
}

pub(super) fn self_check(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let add = edit_list(
        ui,
        &mut routine.self_check,
        editor,
        editor.add_question,
        |ui, i, question, buttons| {
            let at = format!("self_check[{i}]");
            egui::CollapsingHeader::new(question.question.clone())
                .id_salt(&at)
                .show(ui, |ui| {
                    text_field(
                        ui,
                        problems,
                        editor.question,
                        &format!("{at}.question"),
                        &mut question.question,
                        true,
                    );
                    let mut remove = None;
                    for (o, option) in question.options.iter_mut().enumerate() {
                        ui.push_id(o, |ui| {
                            text_field(
                                ui,
                                problems,
                                &fill(editor.answer, &[("number", &(o + 1))]),
                                &format!("{at}.options[{o}].text"),
                                &mut option.text,
                                false,
                            );
                            ui.checkbox(
                                &mut option.correct,
                                fill(editor.correct_answer, &[("answer", &short(&option.text))]),
                            );
                            if ui
                                .button(fill(editor.remove_answer, &[("number", &(o + 1))]))
                                .clicked()
                            {
                                remove = Some(o);
                            }
                        });
                    }
                    if let Some(o) = remove {
                        question.options.remove(o);
                    }
                    if ui.button(editor.add_answer).clicked() {
                        question.options.push(crate::routine::AnswerOption {
                            text: editor.new_answer.into(),
                            correct: false,
                        });
                    }
                    problems_here(ui, problems, &format!("{at}.options"));
                    text_field(
                        ui,
                        problems,
                        editor.explanation,
                        &format!("{at}.explanation"),
                        &mut question.explanation,
                        true,
                    );
                    buttons.show(ui, &short(&question.question));
                });
        },
    );
    if add {
        routine.self_check.push(crate::routine::Question {
            id: new_ids.placeholder("sporsmal"),
            question: editor.new_question.into(),
            options: vec![
                crate::routine::AnswerOption {
                    text: editor.new_right_answer.into(),
                    correct: true,
                },
                crate::routine::AnswerOption {
                    text: editor.new_wrong_answer.into(),
                    correct: false,
                },
            ],
            explanation: editor.new_explanation.into(),
            sources: Vec::new(),
        });
    }
}
