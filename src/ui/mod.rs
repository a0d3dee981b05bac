//! The screens. Each draws the state it is given and returns what the user asked for
//! as a `Command`; the app applies it after the frame.

mod banners;
mod call;
mod editor;
mod emergency;
mod guide;
mod idle_notice;
mod practice;
mod presentation;
mod print_screen;
mod revision;
mod self_check;
mod settings_screen;
pub mod shortcuts;
pub mod theme;
mod training;

pub use call::Calling;
pub use idle_notice::IdleNotice;
pub use print_screen::{ExportFailure, ExportStatus, PrintForm};
pub use revision::{Compared, Conflict, OnDisk, RevisionAction, RevisionForm};

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use eframe::egui;

use crate::export::Kind;
use crate::i18n::{Common, Texts, fill};
use crate::routine::load::Chosen;
use crate::routine::{Id, Level};
use crate::session::{Answer, Session, Step};
use crate::settings::Settings;

/// The name egui knows the bold face of Noto Sans by (the slides' titles and numbers
/// are bold, as in the PDF).
pub const BOLD_FONT: &str = "noto-sans-bold";

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Guide,
    Training,
    Revision,
    Print,
    Settings,
}

/// Everything a user can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    GoTo(Step),
    Reset,
    SetAudience(Option<Id>),
    ToggleNoticed(Id),
    ToggleCriterion(Id),
    /// Answers one of the routine's level questions (the same answer again takes it back).
    Answer(Id, Answer),
    ChooseLevel(Level),
    /// «Ring nå»: ask the system to call the number, and show it large.
    Call(Calling),
    /// Close the large number.
    CloseCall,
    /// Open or fold the notices about the routine (for as long as the program runs).
    ShowNotices(bool),
    ToggleDone(Id),
    CopySummary(String),
    Show(Screen),
    SaveSettings(Settings),
    Export(Kind, PathBuf),
    OpenFile(PathBuf),
    Training(crate::training::Action),
    /// Opens the printables screen with a kind chosen (handouts for a session).
    PrepareExport(Kind),
    Revision(RevisionAction),
    /// Leave the revision with unsaved changes thrown away (after asking).
    DiscardChanges,
    /// Stay in the revision (the user answered "Avbryt").
    KeepEditing,
    FullScreen(bool),
    /// Choose the routine file in the system's dialog, and check it as if typed.
    ChooseRoutineFile,
    /// Save a printable where the system's «Lagre som» dialog says, offering this name.
    SaveAs(Kind, String),
    /// Write the web site into this folder.
    ExportWeb(PathBuf),
    /// Choose the web site's folder in the system's dialog, then write it there.
    ChooseWebFolder,
    /// Save the staff course as a SCORM package where the system's «Lagre som» dialog
    /// says.
    SaveCoursePackage,
    /// Show the folder a saved file is in.
    ShowInFolder(PathBuf),
    /// Show or hide the table of keyboard shortcuts (F1).
    ShowShortcuts(bool),
}

/// What the screens draw from.
pub struct View<'a> {
    pub chosen: &'a Chosen,
    /// Where the approval of the routine in use stands.
    pub standing: Option<&'a crate::routine::Standing>,
    /// IT's policy for this machine.
    pub policy: &'a crate::policy::Policy,
    /// The trusted approvers IT's policy names, as read.
    pub trusted: Option<&'a crate::signing::TrustedApprovers>,
    pub session: &'a Session,
    pub settings: &'a Settings,
    pub settings_problem: Option<&'a crate::settings::SettingsProblem>,
    pub settings_path: Option<&'a Path>,
    /// The routine file chosen in the settings this session, as checked when chosen.
    pub routine_file_check: Option<&'a Result<crate::routine::Checked, crate::routine::Unreadable>>,
    pub screen: Screen,
    /// How the last export went, when it was made from the screen shown.
    pub export_status: Option<&'a ExportStatus>,
    pub slides: &'a [crate::training::slides::Slide],
    pub training: &'a crate::training::Training,
    /// The idle timeout's countdown, or that it has cleared the conversation.
    pub idle: IdleNotice,
    /// The table of keyboard shortcuts is open (F1).
    pub show_shortcuts: bool,
    /// The notices are opened out, not folded into one line.
    pub notices_open: bool,
    /// A number the employee asked to call, shown large.
    pub calling: Option<&'a Calling>,
    /// A step was just entered: its first control takes the keyboard focus.
    pub step_entered: bool,
    /// The graphics backend drawing the window (`None` in tests without one).
    pub graphics: Option<&'a crate::graphics::InUse>,
    pub now: NaiveDateTime,
    /// The program's texts in the chosen language.
    pub t: &'static Texts,
}

/// The state the screens edit in place: form fields, and the routine under revision.
pub struct Editable<'a> {
    pub print_form: &'a mut PrintForm,
    pub revision_form: &'a mut RevisionForm,
    pub draft: Option<&'a mut crate::editing::Draft>,
    /// Set while asking whether to throw away unsaved changes.
    pub asking_to_discard: bool,
}

/// Draws the whole window: the 113 bar first, the idle countdown when there is one, the
/// menu with the notices (folded into a button until opened, and while presenting), what
/// is shown in place of a routine file that could not be used,
/// then the screen; the shortcut table and the question about unsaved changes over it
/// when open. A slide shown alone (F11) has only the 113 bar above it.
pub fn draw(ui: &mut egui::Ui, view: &View<'_>, editable: Editable<'_>) -> Option<Command> {
    let Editable {
        print_form,
        revision_form,
        draft,
        asking_to_discard,
    } = editable;
    let mut command = None;
    if asking_to_discard {
        command = discard_dialog(ui.ctx(), &view.t.common);
    }
    if view.show_shortcuts {
        let here = shortcuts::KeyScope::of(view);
        command = shortcuts::show(ui.ctx(), here, &view.t.common).or(command);
    }
    if let Some(calling) = view.calling {
        command = call::show(ui.ctx(), calling, &view.t.guide).or(command);
    }
    egui::Panel::top("akutt").show(ui, |ui| emergency::bar(ui, &view.t.common));
    if view.idle != IdleNotice::Quiet {
        egui::Panel::top("tomgang").show(ui, |ui| idle_notice::show(ui, view.idle, &view.t.common));
    }
    let folded = banners::are_folded(view);
    if !slide_alone(view) {
        egui::Panel::top("meny").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let hide_revision = view.policy.hides_revision();
                let chosen = menu(ui, view.screen, hide_revision, &view.t.common);
                command = command.take().or(chosen);
                if folded {
                    command = banners::folded(ui, view).or(command.take());
                }
            });
        });
        banners::replaced(ui, view);
    }
    if let Some(changed) = banners::changed_after_approval(view).filter(|_| !slide_alone(view)) {
        egui::Panel::top("endret").show(ui, |ui| banners::show_line(ui, &changed, &view.t.common));
    }
    if !folded {
        egui::Panel::top("merknader").show(ui, |ui| {
            command = banners::show(ui, view).or(command.take());
        });
    }
    let Some(routine) = view.chosen.routine.as_ref() else {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(view.t.common.no_routine);
        });
        return command;
    };
    let screen_command = match view.screen {
        Screen::Guide => guide::show(ui, routine, view),
        Screen::Training => training::show(ui, routine, view),
        Screen::Print => {
            let other_language = routine.metadata.language != view.settings.language.code();
            let print = &view.t.print;
            print_screen::show(
                ui,
                routine,
                print_form,
                view.export_status,
                print,
                other_language,
            )
        }
        Screen::Revision => match draft {
            Some(draft) => revision::show(ui, draft, revision_form, view.now.date(), view.t),
            None => None,
        },
        Screen::Settings => settings_screen::show(ui, routine, view),
    };
    command.or(screen_command)
}

/// Whether the presentation is showing (its notices folded away).
pub(crate) fn presenting(view: &View<'_>) -> bool {
    view.screen == Screen::Training && view.training.part == crate::training::Part::Presentation
}

/// Whether a slide is shown alone, under nothing but the 113 bar (F11).
fn slide_alone(view: &View<'_>) -> bool {
    presenting(view) && view.training.full_screen
}

/// The menu of screens; without «Revisjon» where IT's policy hides it.
fn menu(
    ui: &mut egui::Ui,
    screen: Screen,
    hide_revision: bool,
    common: &Common,
) -> Option<Command> {
    let entries: Vec<(Screen, &str)> = [
        (Screen::Guide, common.menu_guide),
        (Screen::Training, common.menu_training),
        (Screen::Revision, common.menu_revision),
        (Screen::Print, common.menu_print),
        (Screen::Settings, common.menu_settings),
    ]
    .into_iter()
    .filter(|(target, _)| !(hide_revision && *target == Screen::Revision))
    .collect();
    let labels: Vec<&str> = entries.iter().map(|(_, label)| *label).collect();
    let mut command = None;
    let mut entry = |ui: &mut egui::Ui, (target, label): (Screen, &str)| {
        if ui.selectable_label(screen == target, label).clicked() {
            command = Some(Command::Show(target));
            ui.close();
        }
    };
    // The menu never takes two rows: where the names do not fit side by side (large
    // text, a narrow window) it becomes one button that opens them.
    if fits_in_one_row(ui, &labels) {
        ui.horizontal(|ui| entries.iter().for_each(|e| entry(ui, *e)));
    } else {
        let current = entries
            .iter()
            .find(|(s, _)| *s == screen)
            .map_or("", |e| e.1);
        ui.menu_button(fill(common.menu_compact, &[("screen", &current)]), |ui| {
            entries.iter().for_each(|e| entry(ui, *e));
        });
    }
    command
}

/// Whether buttons with these labels fit side by side in the width left in `ui`.
pub(crate) fn fits_in_one_row(ui: &egui::Ui, labels: &[&str]) -> bool {
    rows_needed(ui, labels) <= 1
}

/// How many rows buttons with these labels take when they wrap in the width left in `ui`.
pub(crate) fn rows_needed(ui: &egui::Ui, labels: &[&str]) -> usize {
    let spacing = ui.spacing();
    let (padding, gap) = (2.0 * spacing.button_padding.x, spacing.item_spacing.x);
    let available = ui.available_width();
    let mut rows = 1;
    let mut used = 0.0;
    for label in labels {
        let galley = egui::WidgetText::from(*label).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            // egui 0.37 sets a button's text in the body style.
            egui::TextStyle::Body,
        );
        let width = galley.size().x + padding;
        if used > 0.0 && used + gap + width > available {
            rows += 1;
            used = width;
        } else {
            used += if used > 0.0 { gap + width } else { width };
        }
    }
    rows
}

/// The colour of an action level; always shown with its name, never alone.
pub fn level_colour(ui: &egui::Ui, level: Level) -> egui::Color32 {
    theme::level_colour(level, ui.visuals())
}

/// Asks before unsaved changes to the routine are thrown away.
fn discard_dialog(ctx: &egui::Context, common: &Common) -> Option<Command> {
    let mut command = None;
    egui::Modal::new(egui::Id::unique("forkast-endringer")).show(ctx, |ui| {
        ui.heading(common.discard_title);
        ui.label(common.discard_question);
        ui.horizontal_wrapped(|ui| {
            if ui.button(common.discard).clicked() {
                command = Some(Command::DiscardChanges);
            }
            if ui.button(common.cancel).clicked() {
                command = Some(Command::KeepEditing);
            }
        });
    });
    command
}
