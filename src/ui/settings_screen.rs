//! The settings screen: language, theme, text size, sector and routine file, and what
//! IT's policy sets on this PC.

use eframe::egui;

use crate::i18n::{
    Common, Language, Texts, fill, located, policy_line, policy_problem_line, unreadable,
};
use crate::policy::{Key, Policy, RoutineFrom};
use crate::routine::{Checked, Routine, Unreadable};
use crate::settings::{Settings, TEXT_SCALE_RANGE, Theme};

use super::{Command, Screen, View};

pub fn show(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>) -> Option<Command> {
    let mut command = None;
    let common = &view.t.common;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(common.settings_title);
            ui.label(common.settings_intro);
            if let Some(path) = view.settings_path {
                ui.label(fill(common.settings_saved_in, &[("file", &path.display())]));
            }
            command = form(ui, routine, view, common);
            if let Some(check) = view.routine_file_check {
                routine_file_status(ui, check, view.t);
            }
            if !view.policy.is_empty() {
                policy_section(ui, view.policy, view.t);
            }
            if let Some(graphics) = view.graphics {
                ui.add_space(8.0);
                ui.label(fill(
                    common.graphics_setting,
                    &[
                        ("backend", &graphics.backend),
                        ("adapter", &graphics.adapter),
                    ],
                ));
            }
            ui.add_space(8.0);
            if ui.button(common.back_to_guide).clicked() {
                command = Some(Command::Show(Screen::Guide));
            }
        });
    });
    command
}

fn form(ui: &mut egui::Ui, routine: &Routine, view: &View<'_>, common: &Common) -> Option<Command> {
    let current = view.settings;
    let mut edited = current.clone();
    ui.add_space(6.0);
    // Language first, and named in both bokmål and English, so that someone who does
    // not read the current language still finds it.
    ui.label(egui::RichText::new(common.language).strong());
    ui.label(common.language_note);
    ui.horizontal_wrapped(|ui| {
        for language in Language::ALL {
            ui.radio_value(&mut edited.language, language, language.name());
        }
    });
    ui.label(egui::RichText::new(common.appearance).strong());
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut edited.theme, Theme::Light, common.theme_light);
        ui.radio_value(&mut edited.theme, Theme::Dark, common.theme_dark);
        ui.radio_value(
            &mut edited.theme,
            Theme::HighContrast,
            common.theme_high_contrast,
        );
    });
    ui.label(egui::RichText::new(common.text_size).strong());
    ui.horizontal_wrapped(|ui| {
        for percent in (*TEXT_SCALE_RANGE.start()..=*TEXT_SCALE_RANGE.end()).step_by(25) {
            ui.radio_value(
                &mut edited.text_scale_percent,
                percent,
                format!("{percent} %"),
            );
        }
    });
    ui.label(egui::RichText::new(common.workplace).strong());
    ui.radio_value(&mut edited.sector, None, common.not_chosen);
    for sector in &routine.sectors {
        ui.radio_value(&mut edited.sector, Some(sector.id.clone()), &sector.label);
    }
    let mut command = (edited != *current).then_some(Command::SaveSettings(edited));
    match routine_path(ui, current, view.policy, view.t) {
        Some(PathChoice::Apply(path)) => {
            command = Some(Command::SaveSettings(Settings {
                routine_path: path,
                ..current.clone()
            }));
        }
        Some(PathChoice::Dialog) => command = Some(Command::ChooseRoutineFile),
        None => {}
    }
    command
}

/// What the user did with the routine file's path.
enum PathChoice {
    /// Use this path (`None`: the embedded routine).
    Apply(Option<std::path::PathBuf>),
    /// Choose the file in the system's dialog.
    Dialog,
}

/// The routine file: a path chosen in the system's dialog, or typed or pasted by IT
/// staff, used from the next start. The typed field is always there: a dialog that could
/// not open looks the same as a cancelled one. Where IT has locked the routine file,
/// the screen says so and offers nothing to change.
fn routine_path(
    ui: &mut egui::Ui,
    current: &Settings,
    policy: &Policy,
    t: &Texts,
) -> Option<PathChoice> {
    let common = &t.common;
    let heading = ui.label(egui::RichText::new(common.routine_file).strong());
    let choice = policy.routine_file(None, current.routine_path.as_deref());
    let file = choice.path.as_deref().map(std::path::Path::display);
    let (in_use, clear) = match (choice.from, file) {
        (RoutineFrom::LockedPolicy, Some(file)) => {
            ui.label(
                egui::RichText::new(fill(t.policy.routine_locked, &[("file", &file)])).strong(),
            );
            return None;
        }
        (RoutineFrom::Policy, Some(file)) => (
            fill(t.policy.routine_from_policy, &[("file", &file)]),
            t.policy.use_policy_routine,
        ),
        (_, Some(file)) => (
            fill(common.routine_file_next_start, &[("file", &file)]),
            match &policy.routine_path {
                Some(_) => t.policy.use_policy_routine,
                None => common.use_embedded_routine,
            },
        ),
        (_, None) => (
            common.routine_embedded.to_owned(),
            common.use_embedded_routine,
        ),
    };
    ui.label(in_use);
    // The typed text, and the saved path it started from: when the saved path changes
    // (a dialog's answer), the field shows the new one.
    let draft_id = ui.scope_id().with("rutinefil-utkast");
    let saved = current.routine_path.clone();
    let text_of = |path: &Option<std::path::PathBuf>| {
        path.as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    };
    let (mut draft, basis) = ui.data_mut(|d| {
        d.get_temp_mut_or_insert_with(draft_id, || (text_of(&saved), saved.clone()))
            .clone()
    });
    if basis != saved {
        draft = text_of(&saved);
    }
    let field = ui.add(
        egui::TextEdit::singleline(&mut draft)
            .hint_text(common.routine_file_hint)
            .desired_width(f32::INFINITY),
    );
    let field = field.labelled_by(heading.id);
    ui.data_mut(|d| d.insert_temp(draft_id, (draft.clone(), saved.clone())));
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        if ui.button(common.choose_file).clicked() {
            chosen = Some(PathChoice::Dialog);
        }
        let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(common.use_routine_file).clicked() || submitted {
            let trimmed = draft.trim();
            chosen = Some(PathChoice::Apply(
                (!trimmed.is_empty()).then(|| trimmed.into()),
            ));
        }
        if ui.button(clear).clicked() {
            ui.data_mut(|d| d.insert_temp(draft_id, (String::new(), saved.clone())));
            chosen = Some(PathChoice::Apply(None));
        }
    });
    chosen
}

/// What IT's policy sets on this PC, each value with where it was read; that the routine
/// file is locked is said where the routine file is chosen.
fn policy_section(ui: &mut egui::Ui, policy: &Policy, t: &Texts) {
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t.policy.heading).strong());
    ui.label(t.policy.intro);
    for line in Key::ALL
        .iter()
        .filter_map(|key| policy_line(policy, *key, t))
    {
        ui.label(line);
    }
    for problem in &policy.problems {
        ui.label(format!("• {}", policy_problem_line(problem, t)));
    }
}

/// What the program found in a routine file the moment it was chosen, so IT staff know
/// before the next start whether it will be used.
fn routine_file_status(ui: &mut egui::Ui, check: &Result<Checked, Unreadable>, t: &Texts) {
    let common = &t.common;
    let errors: Vec<String> = match check {
        Ok(Checked {
            routine: Some(routine),
            ..
        }) => {
            let meta = &routine.metadata;
            ui.label(fill(
                common.routine_file_usable,
                &[("title", &meta.title), ("version", &meta.version)],
            ));
            return;
        }
        Ok(checked) => checked.errors().iter().map(|p| located(p, t)).collect(),
        Err(error) => {
            let text = fill(
                common.routine_file_unreadable,
                &[("error", &unreadable(error, t))],
            );
            ui.label(egui::RichText::new(text).strong());
            return;
        }
    };
    let text = fill(common.routine_file_has_errors, &[("errors", &errors.len())]);
    ui.label(egui::RichText::new(text).strong());
    for error in errors.iter().take(5) {
        ui.label(format!("• {error}"));
    }
    if errors.len() > 5 {
        let more = fill(common.more_reasons, &[("count", &(errors.len() - 5))]);
        ui.label(format!("• {more}"));
    }
}
