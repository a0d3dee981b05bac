//! The eframe app: the chosen routine, one conversation in memory, the settings, and the
//! commands the screens return, applied after each frame.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, NaiveDateTime, TimeDelta, TimeZone as _, Utc};
use eframe::egui;

use crate::checks::{check_bytes, check_file, save, template};
use crate::desktop::Desktop;
use crate::editing::Draft;
use crate::export;
use crate::fonts;
use crate::graphics::{self, Attempt, Failure, InUse};
use crate::i18n::{Common, Texts, fill};
use crate::local_copy::{Keeping, LocalCopies, choose_routine};
use crate::policy::{Policy, StartScreen};
use crate::routine::load::{Chosen, FileDigest, LoadedFile};
use crate::routine::seal::seal_approval;
use crate::routine::template::new_routine;
use crate::routine::write::{Expected, NewVersion, SaveError, next_version, retire_removed};
use crate::routine::{Approval, Checked, Routine, Standing, Unreadable};
use crate::session::Session;
use crate::settings::{Settings, SettingsProblem, SettingsStore, Theme};
use crate::signing::{self, AllowedSigners, TrustedApprovers};
use crate::training::Training;
use crate::training::slides::{self, Slide};
use crate::ui::shortcuts::KeyCommand;
use crate::ui::{
    self, Command, Compared, Conflict, Editable, ExportStatus, IdleNotice, OnDisk, PrintForm,
    RevisionAction, RevisionForm, Screen,
};

/// The program's name: the start of the window's title, and eframe's app name.
pub const TITLE: &str = "Rutineveileder";

/// The local wall-clock time; injectable so tests can be at night or on a holiday.
pub type Clock = Arc<dyn Fn() -> NaiveDateTime + Send + Sync>;

/// The computer's local time.
pub fn system_clock() -> Clock {
    Arc::new(|| chrono::Local::now().naive_local())
}

/// Opens the window and runs until it is closed. The graphics backends are tried in
/// turn until one draws the window; when none does, the user is told what was tried and
/// what IT can do.
pub fn run(routine_file: Option<PathBuf>) -> ExitCode {
    let common = &SettingsStore::platform().load().0.language.texts().common;
    let policy = crate::policy::machine::read();
    let mut failures = Vec::new();
    for attempt in graphics::attempts() {
        let opened = Arc::new(AtomicBool::new(false));
        let start = Start {
            routine_file: routine_file.clone(),
            policy: policy.clone(),
        };
        let result = open_window(&attempt, start, opened.clone(), common);
        let Err(error) = result else {
            return ExitCode::SUCCESS;
        };
        // Only a graphics failure is worth another backend; without a display or an
        // event loop, every backend would fail the same way.
        let graphics_failed = matches!(error, eframe::Error::Wgpu(_));
        let error = error.to_string();
        eprintln!(
            "{}",
            fill(
                common.graphics_failed,
                &[("backend", &attempt.name), ("error", &error)]
            )
        );
        // The window was drawn and the program ran before it failed: opening it again
        // could repeat the failure in a loop, so stop here (the line above says why).
        if opened.load(Ordering::SeqCst) {
            return ExitCode::FAILURE;
        }
        failures.push(Failure {
            attempt: attempt.name,
            error,
        });
        if !graphics_failed {
            break;
        }
    }
    graphics::tell_user(
        common.window_failed_title,
        &graphics::nothing_opened(&failures, common),
    );
    ExitCode::FAILURE
}

/// What the program starts with: the routine file given on the command line, and IT's
/// policy for the machine.
struct Start {
    routine_file: Option<PathBuf>,
    policy: Policy,
}

/// One try at opening the window with one set of graphics backends. `opened` is set once
/// the backend works and the program has started in it.
fn open_window(
    attempt: &Attempt,
    start: Start,
    opened: Arc<AtomicBool>,
    common: &'static Common,
) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_inner_size([960.0, 720.0])
            .with_min_inner_size([320.0, 260.0]),
        wgpu_options: attempt.wgpu_options(),
        ..Default::default()
    };
    let start = move |cc: &eframe::CreationContext<'_>| -> Result<Box<dyn eframe::App>, _> {
        let Start {
            routine_file,
            policy,
        } = start;
        let in_use = cc
            .wgpu_render_state
            .as_ref()
            .map(|state| InUse::from_adapter(&state.adapter));
        if let Some(in_use) = &in_use {
            eprintln!(
                "{}",
                fill(
                    common.graphics_in_use,
                    &[("backend", &in_use.backend), ("adapter", &in_use.adapter)]
                )
            );
        }
        opened.store(true, Ordering::SeqCst);
        let app = App::under_policy(
            &cc.egui_ctx,
            routine_file,
            SettingsStore::platform(),
            LocalCopies::platform(),
            system_clock(),
            policy,
        );
        Ok(Box::new(app.with_graphics(in_use)))
    };
    eframe::run_native(TITLE, options, Box::new(start))
}

/// Where the user was going when unsaved changes stopped them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leave {
    To(Screen),
    Close,
}

/// The running program.
pub struct App {
    chosen: Chosen,
    /// Where the approval of the routine in use stands, checked once: the routine in use
    /// does not change while the program runs.
    standing: Option<Standing>,
    /// IT's policy for this machine, read once at start.
    policy: Policy,
    /// The trusted approvers IT's policy names (`AllowedSigners`), read once at start:
    /// where there are some, an approval counts only with a valid signature from one.
    trusted: Option<TrustedApprovers>,
    session: Session,
    settings: Settings,
    store: SettingsStore,
    /// Problems with the settings file, shown until the settings are saved.
    settings_problem: Option<SettingsProblem>,
    /// A routine file chosen in the settings, checked at once (used from the next start).
    routine_file_check: Option<Result<Checked, Unreadable>>,
    screen: Screen,
    print_form: PrintForm,
    /// The file the routine in use came from, as read or as copied (`None` for the
    /// embedded routine): the revision saves over it only while it is still that.
    routine_file: Option<LoadedFile>,
    /// The routine under revision, once the revision screen has been opened.
    draft: Option<Draft>,
    revision_form: RevisionForm,
    /// Where the user wanted to go when asked about unsaved changes.
    leaving: Option<Leave>,
    slides: Vec<Slide>,
    training: Training,
    export_status: Option<ExportStatus>,
    /// The screen the last export was made from, which alone shows how it went.
    export_screen: Screen,
    clock: Clock,
    last_activity: NaiveDateTime,
    /// Set by `RUTINEVEILEDER_EXIT_AFTER_FIRST_FRAME` for the start-up benchmark: exit as
    /// soon as the first frame is on screen.
    exit_after_first_frame: bool,
    /// The graphics backend drawing the window, shown to IT in the settings.
    graphics: Option<InUse>,
    /// The idle timeout cleared the conversation; said until the next input.
    idle_reset_happened: bool,
    /// The table of keyboard shortcuts is open (F1).
    show_shortcuts: bool,
    /// The notices are opened out; they stay as the user leaves them while the program
    /// runs, and are never saved.
    notices_open: bool,
    /// A number the employee asked to call, shown large until closed.
    calling: Option<ui::Calling>,
    /// A step was entered since the last frame: its first control takes the focus.
    step_entered: bool,
    /// The system's file dialogs, PDF viewer and file manager.
    desktop: Box<dyn Desktop>,
    /// The copy of the routine file being kept on this computer, waited for when the
    /// program ends.
    _keeping: Keeping,
}

impl App {
    /// The window's title as the program sets it.
    pub fn title(&self) -> String {
        window_title(&self.chosen)
    }
}

/// «Rutineveileder – Askvoll kommune»: the program and the municipality whose routine
/// is in use, so a PC with two municipalities' routines shows which window is which.
pub fn window_title(chosen: &Chosen) -> String {
    match &chosen.routine {
        Some(routine) => format!("{TITLE} – {}", routine.metadata.municipality),
        None => TITLE.to_owned(),
    }
}

/// How long before the idle reset the countdown shows.
const IDLE_WARNING: TimeDelta = TimeDelta::seconds(60);

impl App {
    /// Starts on a machine with no policy from IT: on the routine file given on the
    /// command line, else the one in the settings, else the embedded routine.
    pub fn new(
        ctx: &egui::Context,
        routine_file: Option<PathBuf>,
        store: SettingsStore,
        copies: LocalCopies,
        clock: Clock,
    ) -> Self {
        App::under_policy(ctx, routine_file, store, copies, clock, Policy::default())
    }

    /// Starts under IT's policy, which decides the routine file with the command line
    /// and the settings (`Policy::routine_file`), the start screen and whether the
    /// revision screen is there. The program passes the machine's policy; tests their own.
    /// A routine file read without errors is kept in `copies`, and its copy there is shown
    /// when the file cannot be used.
    pub fn under_policy(
        ctx: &egui::Context,
        routine_file: Option<PathBuf>,
        store: SettingsStore,
        copies: LocalCopies,
        clock: Clock,
        policy: Policy,
    ) -> Self {
        let (settings, settings_problem) = store.load();
        let now = clock();
        let file = policy
            .routine_file(routine_file.as_deref(), settings.routine_path.as_deref())
            .path;
        use_noto_sans(ctx);
        let (mut chosen, keeping) = choose_routine(file.as_deref(), &copies, now);
        let trusted = policy
            .allowed_signers
            .as_ref()
            .map(|file| TrustedApprovers::read(&file.value));
        if let Some(routine) = chosen.routine.as_mut() {
            let list = trusted.as_ref().map(|t| &t.list);
            signing::judge(routine, list, utc(now));
        }
        let texts = settings.language.texts();
        let slides = chosen
            .routine
            .as_ref()
            .map(|routine| slides_of(routine, texts))
            .unwrap_or_default();
        let routine_file = chosen.file.clone();
        apply_look(ctx, &settings);
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(window_title(&chosen)));
        let start = policy.start_screen(start_screen_variable().as_deref());
        let standing = chosen.routine.as_ref().map(Routine::standing);
        let mut app = App {
            chosen,
            standing,
            policy,
            trusted,
            session: Session::default(),
            settings,
            store,
            settings_problem,
            routine_file_check: None,
            screen: Screen::Guide,
            training: Training::default(),
            slides,
            routine_file,
            draft: None,
            revision_form: RevisionForm::default(),
            leaving: None,
            print_form: PrintForm::new(),
            export_status: None,
            export_screen: Screen::Print,
            clock,
            last_activity: now,
            exit_after_first_frame: std::env::var_os("RUTINEVEILEDER_EXIT_AFTER_FIRST_FRAME")
                .is_some(),
            graphics: None,
            idle_reset_happened: false,
            show_shortcuts: false,
            notices_open: false,
            calling: None,
            step_entered: false,
            desktop: Box::new(crate::desktop::System),
            _keeping: keeping,
        };
        if let Some(screen) = start {
            app.apply(Command::Show(screen_of(screen)), ctx);
        }
        app
    }

    /// Uses another desktop than the system's (tests stand in for dialogs this way).
    pub fn with_desktop(mut self, desktop: Box<dyn Desktop>) -> Self {
        self.desktop = desktop;
        self
    }

    /// When the system could not open a saved file or its folder, the printables screen
    /// says where the file is.
    fn note_if_not_shown(&mut self, shown: Result<(), String>) {
        if let (Err(_), Some(ExportStatus::Saved { could_not_show, .. })) =
            (shown, self.export_status.as_mut())
        {
            *could_not_show = true;
        }
    }

    /// Remembers which graphics backend draws the window, for the settings to show.
    pub fn with_graphics(mut self, in_use: Option<InUse>) -> Self {
        self.graphics = in_use;
        self
    }

    /// The conversation in memory (for tests that check it was cleared).
    pub fn session(&self) -> &Session {
        &self.session
    }

    fn idle_limit(&self) -> TimeDelta {
        let minutes = self
            .chosen
            .routine
            .as_ref()
            .map_or(10, |r| r.idle_reset_minutes);
        TimeDelta::minutes(i64::from(minutes))
    }

    /// Clears a conversation nobody has touched for the routine's idle time, and asks to
    /// be woken when that time is up; a blank conversation needs no wake-up at all.
    fn idle_reset(&mut self, ctx: &egui::Context, now: NaiveDateTime) {
        let active = ctx.input(|i| !i.events.is_empty() || i.pointer.is_moving());
        if active {
            self.last_activity = now;
            self.idle_reset_happened = false;
        }
        if self.session.is_blank() {
            return;
        }
        let left = self.idle_limit() - (now - self.last_activity);
        if left <= TimeDelta::zero() {
            self.session.reset();
            self.idle_reset_happened = true;
        } else if left <= IDLE_WARNING {
            // The countdown: wake every second until the reset.
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        } else if let Ok(until_warning) = (left - IDLE_WARNING).to_std() {
            ctx.request_repaint_after(until_warning);
        }
    }

    /// What the idle timeout has to say now: its countdown in the last minute, or that it
    /// cleared the conversation (until the next input).
    fn idle_notice(&self, now: NaiveDateTime) -> IdleNotice {
        if self.idle_reset_happened {
            let minutes = self.idle_limit().num_minutes();
            return IdleNotice::WasReset(u32::try_from(minutes).unwrap_or(u32::MAX));
        }
        if self.session.is_blank() {
            return IdleNotice::Quiet;
        }
        let left = self.idle_limit() - (now - self.last_activity);
        if left <= IDLE_WARNING {
            IdleNotice::ResetsIn(left.num_seconds().max(1))
        } else {
            IdleNotice::Quiet
        }
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        let Some(routine) = self.chosen.routine.as_ref() else {
            return;
        };
        match command {
            Command::GoTo(step) => {
                self.session.step = step;
                self.step_entered = true;
            }
            Command::Reset => self.session.reset(),
            Command::SetAudience(audience) => self.session.audience = audience,
            Command::ToggleNoticed(id) => Session::toggle(&mut self.session.noticed, &id),
            Command::ToggleCriterion(id) => Session::toggle(&mut self.session.criteria, &id),
            Command::Answer(question, answer) => self.session.answer(&question, answer),
            Command::Call(calling) => {
                // The number is shown large either way; where no program handles
                // `tel:` links, that is how it is called.
                let _ = self.desktop.call(&calling.tel);
                self.calling = Some(calling);
            }
            Command::CloseCall => self.calling = None,
            Command::ShowNotices(open) => self.notices_open = open,
            Command::ChooseLevel(level) => self.session.choose_level(level, routine),
            Command::ToggleDone(id) => Session::toggle(&mut self.session.done, &id),
            Command::CopySummary(text) => ctx.copy_text(text),
            Command::Show(Screen::Revision) if self.policy.hides_revision() => {}
            Command::Show(screen) => {
                let unsaved = self.draft.as_ref().is_some_and(Draft::is_dirty);
                if self.screen == Screen::Revision && screen != Screen::Revision && unsaved {
                    self.leaving = Some(Leave::To(screen));
                    return;
                }
                if screen == Screen::Revision && self.draft.is_none() {
                    let today = (self.clock)().date();
                    let file = self.routine_file.clone();
                    self.draft = Some(Draft::new(routine.clone(), file, today));
                }
                if self.screen == Screen::Training && screen != Screen::Training {
                    // Leaving training mode leaves no answers behind.
                    self.training = Training::default();
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
                self.screen = screen;
            }
            Command::Training(action) => self.training.apply(action, routine, self.slides.len()),
            Command::Revision(action) => self.revise(action),
            Command::KeepEditing => self.leaving = None,
            Command::DiscardChanges => {
                self.draft = None;
                match self.leaving.take() {
                    Some(Leave::To(screen)) => self.screen = screen,
                    Some(Leave::Close) => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                    None => {}
                }
            }
            Command::PrepareExport(kind) => {
                self.print_form.kind = kind;
                self.print_form.file_name = None;
                self.apply(Command::Show(Screen::Print), ctx);
            }
            Command::FullScreen(on) => {
                self.training.full_screen = on;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
            }
            Command::ShowShortcuts(open) => self.show_shortcuts = open,
            Command::SaveSettings(settings) => {
                if settings.routine_path != self.settings.routine_path {
                    let today = (self.clock)().date();
                    let path = settings.routine_path.as_deref();
                    self.routine_file_check = path.map(|p| check_file(p, today));
                }
                apply_look(ctx, &settings);
                if settings.language != self.settings.language {
                    // The slides' own titles are in the language chosen.
                    self.slides = slides_of(routine, settings.language.texts());
                }
                self.settings_problem = self.store.save(&settings).err();
                self.settings = settings;
            }
            Command::Export(kind, path) => {
                self.export_status = Some(export_to(kind, routine, path));
                self.export_screen = self.screen;
            }
            Command::OpenFile(path) => {
                let shown = self.desktop.open(&path);
                self.note_if_not_shown(shown);
            }
            Command::ShowInFolder(path) => {
                let shown = self.desktop.show_in_folder(&path);
                self.note_if_not_shown(shown);
            }
            Command::ChooseRoutineFile if self.policy.locked_routine().is_some() => {}
            Command::ChooseRoutineFile => {
                let folder = self.settings.routine_path.as_deref().and_then(Path::parent);
                if let Some(path) = self.desktop.choose_routine_file(folder) {
                    let settings = Settings {
                        routine_path: Some(path),
                        ..self.settings.clone()
                    };
                    self.apply(Command::SaveSettings(settings), ctx);
                }
            }
            Command::ExportWeb(folder) => {
                let today = (self.clock)().date();
                self.export_status = Some(export_web_to(routine, folder, today));
                self.export_screen = self.screen;
            }
            Command::ChooseWebFolder => {
                let folder = self.print_form.chosen_folder();
                if let Some(chosen) = self.desktop.choose_folder(folder.as_deref()) {
                    let today = (self.clock)().date();
                    self.export_status = Some(export_web_to(routine, chosen, today));
                    self.export_screen = self.screen;
                }
            }
            Command::SaveCoursePackage => {
                let folder = self.print_form.chosen_folder();
                let name = export::web::course::scorm::file_name(routine);
                if let Some(path) = self.desktop.save_package_as(folder.as_deref(), &name) {
                    let today = (self.clock)().date();
                    self.export_status = Some(save_package(routine, path, today));
                    self.export_screen = self.screen;
                }
            }
            Command::SaveAs(kind, name) => {
                let folder = self.print_form.chosen_folder();
                if let Some(path) = self.desktop.save_pdf_as(folder.as_deref(), &name) {
                    // The folder is remembered for the next save, in memory only.
                    if let Some(parent) = path.parent() {
                        self.print_form.folder = parent.display().to_string();
                    }
                    self.export_status = Some(export_to(kind, routine, path));
                    self.export_screen = self.screen;
                }
            }
        }
    }
}

impl App {
    fn revise(&mut self, action: RevisionAction) {
        let today = (self.clock)().date();
        let Some(draft) = self.draft.as_mut() else {
            return;
        };
        let form = &mut self.revision_form;
        let t = self.settings.language.texts();
        let common = &t.common;
        match action {
            RevisionAction::Undo => draft.undo(),
            RevisionAction::Redo => draft.redo(),
            RevisionAction::SaveNewVersion => {
                let path = PathBuf::from(form.save_to.trim());
                // Over the file loaded only while it is still that file.
                let expected = match &draft.file {
                    Some(loaded) if loaded.path == path => Expected::Unchanged(loaded.digest),
                    _ => Expected::Anything,
                };
                let when = (today, utc((self.clock)()));
                let trusted = self.trusted.as_ref().map(|t| &t.list);
                let saved = save_new_version(draft, form, (&path, expected), when, trusted, t);
                if let Some(saved) = saved {
                    form.message = Some(saved.message(&path, common));
                }
                // The passphrase is used once, and never kept.
                form.passphrase.clear();
            }
            RevisionAction::SaveElsewhere => {
                let Some(shared) = form.conflict.as_ref().map(|c| c.path.clone()) else {
                    return;
                };
                let name = elsewhere_name(&shared, t);
                let Some(path) = self.desktop.save_routine_as(shared.parent(), &name) else {
                    return;
                };
                // The system's dialog has asked before replacing a file there.
                let when = (today, utc((self.clock)()));
                let trusted = self.trusted.as_ref().map(|t| &t.list);
                let to = (path.as_path(), Expected::Anything);
                if let Some(saved) = save_new_version(draft, form, to, when, trusted, t) {
                    form.save_to = path.display().to_string();
                    let version = &saved.version;
                    form.message = Some(fill(
                        t.revision.saved_elsewhere,
                        &[
                            ("version", version),
                            ("file", &path.display()),
                            ("shared", &shared.display()),
                        ],
                    ));
                }
                form.passphrase.clear();
            }
            RevisionAction::LoadTheirs => {
                let Some(conflict) = form.conflict.take() else {
                    return;
                };
                let theirs = conflict
                    .on_disk
                    .and_then(|on_disk| Some((on_disk.checked.routine?, on_disk.digest)));
                let Some((routine, digest)) = theirs else {
                    return;
                };
                let discarded = draft.is_dirty();
                let version = routine.metadata.version.clone();
                let file = LoadedFile {
                    path: conflict.path,
                    digest,
                };
                *draft = Draft::new(routine, Some(file), today);
                let loaded = if discarded {
                    t.revision.loaded_theirs_discarded
                } else {
                    t.revision.loaded_theirs
                };
                form.message = Some(fill(loaded, &[("version", &version)]));
            }
            RevisionAction::ChooseKeyFile => {
                let folder = Path::new(form.key_file.trim()).parent();
                if let Some(path) = self.desktop.choose_key_file(folder) {
                    form.key_file = path.display().to_string();
                    form.approve = true;
                }
            }
            RevisionAction::ChooseCompareFile => {
                let folder = draft.file.as_ref().and_then(|f| f.path.parent());
                if let Some(path) = self.desktop.choose_routine_file(folder) {
                    form.against = path.display().to_string();
                    let path = form.against.clone();
                    self.revise(RevisionAction::CompareWith(path));
                }
            }
            RevisionAction::CompareWith(path) => {
                form.compared = (!path.is_empty()).then(|| Compared {
                    result: check_file(std::path::Path::new(&path), today),
                    path,
                });
            }
            RevisionAction::NewFromTemplate => {
                if let Some(message) = new_from_template(form, self.desktop.as_ref(), today, t) {
                    form.message = Some(message);
                }
            }
            RevisionAction::Report => {
                let against = match &form.compared {
                    Some(compared) if compared.path == form.against.trim() => compared
                        .result
                        .as_ref()
                        .ok()
                        .and_then(|c| c.routine.clone()),
                    _ => check_file(std::path::Path::new(form.against.trim()), today)
                        .ok()
                        .and_then(|c| c.routine),
                };
                let version = &draft.routine.metadata.version;
                let name = fill(common.report_file_name, &[("version", version)]);
                // Beside the routine file when there is one, else in the printables folder.
                let folder = draft
                    .file
                    .as_ref()
                    .and_then(|f| f.path.parent())
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from(self.print_form.folder.trim()));
                let path = folder.join(name);
                let written = export::revision_report(&draft.routine, against.as_ref(), today)
                    .and_then(|e| export::write_atomically(&path, &e.bytes));
                form.message = Some(match written {
                    Ok(()) => fill(common.report_saved, &[("file", &path.display())]),
                    Err(error) => fill(
                        common.report_not_saved,
                        &[("error", &crate::i18n::export_error(&error, t))],
                    ),
                });
            }
        }
    }

    /// Closing the window with unsaved revision changes asks first.
    fn guard_unsaved_close(&mut self, ctx: &egui::Context) {
        let unsaved = self.draft.as_ref().is_some_and(Draft::is_dirty);
        if unsaved && ctx.input(|i| i.viewport().close_requested()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.leaving = Some(Leave::Close);
        }
    }

    /// The keyboard commands that work on every screen (F1), and undo and redo of the
    /// routine under revision (Ctrl+Z, Ctrl+Shift+Z); the table is in `ui::shortcuts`.
    fn shortcut(&self, ctx: &egui::Context) -> Option<Command> {
        if KeyCommand::ShowShortcuts.pressed(ctx) {
            return Some(Command::ShowShortcuts(!self.show_shortcuts));
        }
        if self.screen != Screen::Revision || self.draft.is_none() {
            return None;
        }
        // Redo first: Ctrl+Shift+Z would also pass for Ctrl+Z.
        if KeyCommand::Redo.pressed(ctx) {
            Some(Command::Revision(RevisionAction::Redo))
        } else if KeyCommand::Undo.pressed(ctx) {
            Some(Command::Revision(RevisionAction::Undo))
        } else {
            None
        }
    }
}

/// A new version saved: its number, and the backup the file it replaced is kept as.
struct VersionSaved {
    version: String,
    backup: Option<PathBuf>,
}

impl VersionSaved {
    /// «Versjon 0.3 er lagret i lier.json. Den forrige filen er beholdt som …»
    fn message(&self, path: &Path, common: &Common) -> String {
        match &self.backup {
            Some(backup) => fill(
                common.version_saved,
                &[
                    ("version", &self.version),
                    ("file", &path.display()),
                    ("backup", &backup.display()),
                ],
            ),
            None => fill(
                common.version_saved_new_file,
                &[("version", &self.version), ("file", &path.display())],
            ),
        }
    }
}

/// Saves the draft as its next version at `path`, over the file there only as `expected`
/// says, approved and signed when the form says so. When it is not saved, the form says
/// why, and keeps a conflict (the file is no longer the one loaded) for the revision
/// screen to show. `trusted` are the approvers IT trusts, if it names any.
fn save_new_version(
    draft: &mut Draft,
    form: &mut RevisionForm,
    (path, expected): (&Path, Expected),
    (today, now): (chrono::NaiveDate, DateTime<Utc>),
    trusted: Option<&AllowedSigners>,
    t: &Texts,
) -> Option<VersionSaved> {
    let common = &t.common;
    let next_revision = form.next_revision.trim();
    let Ok(next_revision) = chrono::NaiveDate::parse_from_str(next_revision, "%Y-%m-%d") else {
        form.message = Some(fill(common.not_a_date, &[("text", &form.next_revision)]));
        return None;
    };
    let approval = form.approve.then(|| Approval {
        role: form.approver_role.trim().to_owned(),
        name: Some(form.approver_name.trim().to_owned()).filter(|n| !n.is_empty()),
        date: today,
        seal: None,
        signature: None,
        trust: Default::default(),
    });
    let change = NewVersion {
        summary: form.summary.trim().to_owned(),
        by: form.by.trim().to_owned(),
        date: today,
        approval,
        next_revision,
    };
    let mut next = next_version(&draft.routine, &change);
    retire_removed(&draft.original, &mut next);
    seal_approval(&mut next);
    let key = Path::new(form.key_file.trim());
    if let Some(approval) = next.metadata.approval.as_mut()
        && !key.as_os_str().is_empty()
    {
        let text = signing::signed_text(approval).unwrap_or_default();
        match signing::sign(&text, key, form.passphrase.as_str()) {
            Ok(signature) => approval.signature = Some(signature),
            Err(fault) => {
                form.message = Some(crate::i18n::key_fault(&fault, key, t));
                return None;
            }
        }
    }
    signing::judge(&mut next, trusted, now);
    let previous = draft.original.metadata.version.clone();
    match save(&next, path, expected, &previous, today) {
        Ok(saved) => {
            let version = next.metadata.version.clone();
            let file = LoadedFile {
                path: path.to_owned(),
                digest: saved.digest,
            };
            draft.saved(next, file);
            form.conflict = None;
            Some(VersionSaved {
                version,
                backup: saved.backup,
            })
        }
        Err(error) => {
            form.message = Some(fill(
                common.version_not_saved,
                &[("error", &crate::i18n::save_error(&error, t))],
            ));
            if let SaveError::Conflict { path, on_disk } = error {
                form.conflict = Some(Conflict {
                    path,
                    on_disk: on_disk.map(|bytes| OnDisk {
                        checked: check_bytes(&bytes, today),
                        digest: FileDigest::of(&bytes),
                    }),
                    confirming_reload: false,
                });
            }
            None
        }
    }
}

/// The name «Lagre under et annet navn…» offers: `lier.json` → `lier-mine-endringer.json`.
fn elsewhere_name(shared: &Path, t: &Texts) -> String {
    let stem = shared
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    fill(t.revision.elsewhere_file_name, &[("stem", &stem)])
}

/// The presentation in the window's language, laid out with the font it is drawn in
/// (the one the PDFs embed, so the window and the PDF split it alike).
fn slides_of(routine: &crate::routine::Routine, t: &Texts) -> Vec<Slide> {
    match export::layout::Fonts::embedded() {
        Some(fonts) => slides::deck(routine, t, &fonts),
        None => Vec::new(),
    }
}

/// Makes the course's SCORM package, dated today, and writes it where the user chose.
fn save_package(
    routine: &crate::routine::Routine,
    path: PathBuf,
    today: chrono::NaiveDate,
) -> ExportStatus {
    let written = export::web::course::scorm::package(routine, today)
        .map_err(|error| crate::ui::ExportFailure::Write {
            file: path.display().to_string(),
            error: error.0,
        })
        .and_then(|bytes| {
            export::write_atomically(&path, &bytes).map_err(crate::ui::ExportFailure::from)
        });
    match written {
        Ok(()) => ExportStatus::Saved {
            path,
            placeholders: Vec::new(),
            could_not_show: false,
        },
        Err(failure) => ExportStatus::Failed(failure),
    }
}

/// Makes a printable and writes it where the user chose.
fn export_to(kind: export::Kind, routine: &crate::routine::Routine, path: PathBuf) -> ExportStatus {
    let written = export::render(kind, routine)
        .and_then(|exported| export::write_atomically(&path, &exported.bytes).map(|()| exported));
    match written {
        Ok(exported) => ExportStatus::Saved {
            path,
            placeholders: exported.placeholders,
            could_not_show: false,
        },
        Err(error) => ExportStatus::Failed(error.into()),
    }
}

/// «Ny rutine fra mal»: a new routine for the municipality named in the form, from the
/// template in the language chosen, saved where the system's dialog says. `None` when
/// the dialog was cancelled.
fn new_from_template(
    form: &RevisionForm,
    desktop: &dyn Desktop,
    today: chrono::NaiveDate,
    t: &Texts,
) -> Option<String> {
    let municipality = form.new_municipality.trim();
    if municipality.is_empty() {
        return Some(t.revision.new_needs_name.to_owned());
    }
    let language = form.new_language;
    let Some(template) = template(language.code(), today) else {
        eprintln!("malen på «{}» mangler eller har feil", language.code());
        return None;
    };
    let entry = crate::i18n::first_entry(language.texts());
    let routine = new_routine(&template, municipality, today, entry);
    let name = format!("{}.json", routine.metadata.id);
    let path = desktop.save_routine_as(None, &name)?;
    // The system's dialog has asked before replacing a file there.
    Some(
        match save(&routine, &path, Expected::Anything, "0", today) {
            Ok(_) => fill(t.revision.new_saved, &[("file", &path.display())]),
            Err(error) => fill(
                t.common.version_not_saved,
                &[("error", &crate::i18n::save_error(&error, t))],
            ),
        },
    )
}

/// Writes the web site into `folder`; the saved file shown is its start page, and the
/// gaps reported are the placeholder contacts its employees' pages print as gaps.
fn export_web_to(
    routine: &crate::routine::Routine,
    folder: PathBuf,
    today: chrono::NaiveDate,
) -> ExportStatus {
    let site = export::web::site(routine, today);
    match export::web::write_site(&site, &folder) {
        Ok(()) => ExportStatus::Saved {
            path: folder.join("index.html"),
            placeholders: routine
                .placeholder_contacts()
                .map(|c| c.name.clone())
                .collect(),
            could_not_show: false,
        },
        Err(error) => ExportStatus::Failed(error.into()),
    }
}

/// Noto Sans for the window's text, the font the PDFs embed: sturdier than egui's thin
/// default at small sizes and on projectors; its bold face for the slides. DejaVu Sans
/// draws what Noto Sans lacks (arrows, ✓, ☎ and other symbols), so a routine's text
/// never shows an empty box; egui's own fonts stay as the last fallbacks.
fn use_noto_sans(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in [
        ("noto-sans", fonts::NOTO_SANS_REGULAR),
        (ui::BOLD_FONT, fonts::NOTO_SANS_BOLD),
        ("dejavu-sans", fonts::DEJAVU_SANS_FALLBACK),
    ] {
        let data = Arc::new(egui::FontData::from_static(bytes));
        fonts.font_data.insert(name.to_owned(), data);
    }
    let proportional = fonts
        .families
        .entry(egui::FontFamily::Proportional)
        .or_default();
    proportional.insert(0, "noto-sans".to_owned());
    proportional.insert(1, "dejavu-sans".to_owned());
    let monospace = fonts
        .families
        .entry(egui::FontFamily::Monospace)
        .or_default();
    monospace.insert(monospace.len().min(1), "dejavu-sans".to_owned());
    // Bold, for the slides' titles: Noto Sans Bold, then the regular faces' fallbacks.
    let bold = [ui::BOLD_FONT, "dejavu-sans"]
        .map(str::to_owned)
        .into_iter();
    let fallbacks = (fonts
        .families
        .get(&egui::FontFamily::Proportional)
        .into_iter())
    .flatten()
    .filter(|f| !["noto-sans", "dejavu-sans"].contains(&f.as_str()))
    .cloned();
    let bold = bold.chain(fallbacks).collect();
    fonts
        .families
        .insert(egui::FontFamily::Name(ui::BOLD_FONT.into()), bold);
    ctx.set_fonts(fonts);
}

/// The screen `RUTINEVEILEDER_START_SCREEN` names (samtale, opplaering, revisjon,
/// utskrifter, innstillinger): for kiosk PCs in training rooms and for the screenshot
/// script. It wins over the policy's `StartScreen`.
fn start_screen_variable() -> Option<String> {
    std::env::var("RUTINEVEILEDER_START_SCREEN").ok()
}

/// The window's screen for a start screen's name.
fn screen_of(start: StartScreen) -> Screen {
    match start {
        StartScreen::Guide => Screen::Guide,
        StartScreen::Training => Screen::Training,
        StartScreen::Revision => Screen::Revision,
        StartScreen::Print => Screen::Print,
        StartScreen::Settings => Screen::Settings,
    }
}

/// Applies theme and text size. Body text is larger than egui's default: people read
/// this under stress, often on a laptop at arm's length.
fn apply_look(ctx: &egui::Context, settings: &Settings) {
    ctx.all_styles_mut(|style| {
        use egui::{FontId, TextStyle};
        for (text_style, size) in [
            (TextStyle::Heading, 24.0),
            (TextStyle::Body, 17.0),
            (TextStyle::Button, 17.0),
            (TextStyle::Small, 13.0),
        ] {
            style
                .text_styles
                .insert(text_style, FontId::proportional(size));
        }
        style.spacing.item_spacing = egui::vec2(10.0, 7.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
    });
    ctx.set_theme(match settings.theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark | Theme::HighContrast => egui::Theme::Dark,
    });
    ctx.set_visuals_of(egui::Theme::Light, ui::theme::visuals(Theme::Light));
    let dark = match settings.theme {
        Theme::HighContrast => Theme::HighContrast,
        _ => Theme::Dark,
    };
    ctx.set_visuals_of(egui::Theme::Dark, ui::theme::visuals(dark));
    ctx.set_zoom_factor(f32::from(settings.text_scale_percent) / 100.0);
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.exit_after_first_frame && ctx.cumulative_frame_nr() > 0 {
            // The first frame has been painted: the start-up benchmark stops here, without
            // the window's teardown (the bare window it is compared with does the same).
            std::process::exit(0);
        }
        let now = (self.clock)();
        self.idle_reset(&ctx, now);
        self.guard_unsaved_close(&ctx);
        if let Some(command) = self.shortcut(&ctx) {
            self.apply(command, &ctx);
        }
        let step_entered = std::mem::take(&mut self.step_entered);
        let view = ui::View {
            chosen: &self.chosen,
            standing: self.standing.as_ref(),
            policy: &self.policy,
            trusted: self.trusted.as_ref(),
            session: &self.session,
            settings: &self.settings,
            settings_problem: self.settings_problem.as_ref(),
            settings_path: self.store.path(),
            routine_file_check: self.routine_file_check.as_ref(),
            screen: self.screen,
            export_status: (self.export_screen == self.screen)
                .then_some(self.export_status.as_ref())
                .flatten(),
            slides: &self.slides,
            training: &self.training,
            graphics: self.graphics.as_ref(),
            idle: self.idle_notice(now),
            show_shortcuts: self.show_shortcuts,
            notices_open: self.notices_open,
            calling: self.calling.as_ref(),
            step_entered,
            now,
            t: self.settings.language.texts(),
        };
        let editable = Editable {
            print_form: &mut self.print_form,
            revision_form: &mut self.revision_form,
            draft: self.draft.as_mut(),
            asking_to_discard: self.leaving.is_some(),
        };
        let command = ui::draw(ui, &view, editable);
        if let Some(draft) = self.draft.as_mut() {
            draft.after_frame(ctx.input(|i| i.time), now.date());
        }
        if let Some(command) = command {
            self.apply(command, &ctx);
            ctx.request_repaint();
        }
        if self.exit_after_first_frame {
            // One more frame, which starts once this one is on screen.
            ctx.request_repaint();
        }
    }
}

/// A moment on the clock (Norwegian local time) in UTC, for the validity of IT's
/// trusted approvers' keys.
fn utc(moment: NaiveDateTime) -> DateTime<Utc> {
    chrono::Local
        .from_local_datetime(&moment)
        .earliest()
        .map_or_else(|| moment.and_utc(), |local| local.with_timezone(&Utc))
}
