//! The editor's smaller sections: about the routine, the levels, the introductions,
//! audiences, sectors and the source register.

use super::*;

pub(super) fn metadata(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    editor: &Editor,
) {
    let meta = &mut routine.metadata;
    text_field(
        ui,
        problems,
        editor.title,
        "metadata.title",
        &mut meta.title,
        false,
    );
    text_field(
        ui,
        problems,
        editor.municipality,
        "metadata.municipality",
        &mut meta.municipality,
        false,
    );
    text_field(
        ui,
        problems,
        editor.owner,
        "metadata.owner",
        &mut meta.owner,
        false,
    );
    text_field(
        ui,
        problems,
        editor.content_language,
        "metadata.language",
        &mut meta.language,
        false,
    );
    let mut document_id = meta.document_id.clone().unwrap_or_default();
    text_field(
        ui,
        problems,
        editor.document_id,
        "metadata.document_id",
        &mut document_id,
        false,
    );
    meta.document_id = (!document_id.trim().is_empty()).then_some(document_id);
    let mut web_address = meta.web_address.clone().unwrap_or_default();
    text_field(
        ui,
        problems,
        editor.web_address,
        "metadata.web_address",
        &mut web_address,
        false,
    );
    meta.web_address = (!web_address.trim().is_empty()).then_some(web_address);
    optional_text(
        ui,
        problems,
        editor.feedback_contact,
        "metadata.feedback_contact",
        &mut meta.feedback_contact,
    );
    optional_text(
        ui,
        problems,
        editor.accessibility_statement,
        "metadata.accessibility_statement",
        &mut meta.accessibility_statement,
    );
    let mut next = Some(meta.next_revision);
    date_field(
        ui,
        problems,
        editor.next_revision,
        "metadata.next_revision",
        &mut next,
        editor,
    );
    if let Some(next) = next {
        meta.next_revision = next;
    }
    let label = ui.label(editor.idle_reset);
    ui.add(egui::DragValue::new(&mut routine.idle_reset_minutes).range(1..=120))
        .labelled_by(label.id);
}

pub(super) fn levels(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    editor: &Editor,
) {
    let choices = contact_choices(routine);
    if let Some(rule) = &mut routine.level_rule {
        text_field(
            ui,
            problems,
            editor.level_rule,
            "level_rule.text",
            &mut rule.text,
            true,
        );
    }
    for (l, level) in routine.levels.iter_mut().enumerate() {
        let at = format!("levels[{l}]");
        egui::CollapsingHeader::new(level.name.clone())
            .id_salt(&at)
            .show(ui, |ui| {
                text_field(
                    ui,
                    problems,
                    editor.name,
                    &format!("{at}.name"),
                    &mut level.name,
                    false,
                );
                text_field(
                    ui,
                    problems,
                    editor.title,
                    &format!("{at}.title"),
                    &mut level.title,
                    false,
                );
                text_field(
                    ui,
                    problems,
                    editor.summary,
                    &format!("{at}.summary"),
                    &mut level.summary,
                    true,
                );
                id_ticks(
                    ui,
                    &fill(editor.contact_for_level, &[("level", &level.name)]),
                    &mut level.contacts,
                    &choices,
                );
                problems_here(ui, problems, &format!("{at}.contacts"));
            });
    }
}

pub(super) fn intros(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    editor: &Editor,
) {
    text_field(
        ui,
        problems,
        editor.purpose_title,
        "purpose.title",
        &mut routine.purpose.title,
        false,
    );
    optional_area(
        ui,
        problems,
        editor.purpose_intro,
        "purpose.intro",
        &mut routine.purpose.intro,
    );
    optional_area(
        ui,
        problems,
        editor.warning_signs_intro,
        "warning_signs.intro",
        &mut routine.warning_signs.intro,
    );
    for (g, group) in routine.warning_signs.groups.iter_mut().enumerate() {
        text_field(
            ui,
            problems,
            &fill(editor.group_title, &[("number", &(g + 1))]),
            &format!("warning_signs.groups[{g}].title"),
            &mut group.title,
            false,
        );
    }
    for (name, path, list) in factor_lists(routine, editor) {
        optional_area(
            ui,
            problems,
            &fill(editor.list_intro, &[("list", &name)]),
            &format!("{path}.intro"),
            &mut list.intro,
        );
        optional_area(
            ui,
            problems,
            &fill(editor.list_note, &[("list", &name)]),
            &format!("{path}.note"),
            &mut list.note,
        );
    }
    optional_area(
        ui,
        problems,
        editor.ask_intro,
        "ask.intro",
        &mut routine.ask.intro,
    );
    for (g, guidance) in routine.guidance.iter_mut().enumerate() {
        text_field(
            ui,
            problems,
            &fill(editor.guidance_title, &[("number", &(g + 1))]),
            &format!("guidance[{g}].title"),
            &mut guidance.title,
            false,
        );
        optional_area(
            ui,
            problems,
            &fill(editor.guidance_intro, &[("number", &(g + 1))]),
            &format!("guidance[{g}].intro"),
            &mut guidance.intro,
        );
    }
    text_field(
        ui,
        problems,
        editor.aftercare_title,
        "aftercare.title",
        &mut routine.aftercare.title,
        false,
    );
    optional_area(
        ui,
        problems,
        editor.aftercare_intro,
        "aftercare.intro",
        &mut routine.aftercare.intro,
    );
}

pub(super) fn audiences(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let add = edit_list(
        ui,
        &mut routine.audiences,
        editor,
        editor.add_audience,
        |ui, i, audience, buttons| {
            let at = format!("audiences[{i}]");
            ui.push_id(&at, |ui| {
                text_field(
                    ui,
                    problems,
                    &fill(editor.audience, &[("number", &(i + 1))]),
                    &format!("{at}.label"),
                    &mut audience.label,
                    false,
                );
                optional_text(
                    ui,
                    problems,
                    editor.description,
                    &format!("{at}.description"),
                    &mut audience.description,
                );
                buttons.show(ui, &audience.label);
            });
        },
    );
    if add {
        routine.audiences.push(crate::routine::Audience {
            id: new_ids.placeholder("malgruppe"),
            label: editor.new_audience.into(),
            description: None,
        });
    }
}

pub(super) fn sectors(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let choices = contact_choices(routine);
    let levels = level_names(routine);
    for (i, sector) in routine.sectors.iter_mut().enumerate() {
        let at = format!("sectors[{i}]");
        egui::CollapsingHeader::new(sector.label.clone())
            .id_salt(&at)
            .show(ui, |ui| {
                text_field(
                    ui,
                    problems,
                    editor.name,
                    &format!("{at}.label"),
                    &mut sector.label,
                    false,
                );
                optional_text(
                    ui,
                    problems,
                    editor.description,
                    &format!("{at}.description"),
                    &mut sector.description,
                );
                id_ticks(
                    ui,
                    &fill(editor.extra_contact, &[("sector", &sector.label)]),
                    &mut sector.contacts,
                    &choices,
                );
                checklist_items(
                    ui,
                    problems,
                    &format!("{at}.checklist"),
                    &mut sector.checklist,
                    new_ids,
                    editor,
                    &levels,
                );
            });
    }
}

/// Sources are numbered S01, S02 …; a new one gets the first number not taken.
pub(super) const SOURCE_ID_PREFIX: char = 'S';

pub(super) fn sources(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    editor: &Editor,
) {
    for (i, source) in routine.sources.iter_mut().enumerate() {
        let at = format!("sources[{i}]");
        ui.push_id(&at, |ui| {
            text_field(
                ui,
                problems,
                &fill(editor.source_title, &[("id", &source.id)]),
                &format!("{at}.title"),
                &mut source.title,
                false,
            );
            optional_text(
                ui,
                problems,
                &fill(editor.source_url, &[("id", &source.id)]),
                &format!("{at}.url"),
                &mut source.url,
            );
            optional_text(
                ui,
                problems,
                &fill(editor.source_date, &[("id", &source.id)]),
                &format!("{at}.date"),
                &mut source.date,
            );
        });
    }
    if ui.button(editor.add_source).clicked() {
        let id = (routine.sources.len() + 1..)
            .map(|n| format!("{SOURCE_ID_PREFIX}{n:02}"))
            .find(|id| !routine.sources.iter().any(|s| &s.id == id))
            .unwrap_or_default();
        routine.sources.push(crate::routine::Source {
            id,
            title: editor.new_source.into(),
            url: None,
            date: None,
        });
    }
}

/// The three factor lists with their titles and the paths of their fields, for their
/// introductions and notes (their items are edited from the routine's walk).
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
