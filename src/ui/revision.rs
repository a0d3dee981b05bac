//! The yearly revision: status and contacts to re-verify, the editor, the changes against
//! an earlier file, and saving as a new version with the approval.

use std::path::PathBuf;

use chrono::{Months, NaiveDate};
use eframe::egui;

use crate::editing::Draft;
use crate::i18n::{
    Language, Revision, Texts, derived_line, fill, readability_figures, standing_line,
};
use crate::routine::diff::{ChangeKind, diff};
use crate::routine::load::FileDigest;
use crate::routine::readability::readability;
use crate::routine::template::template_languages;
use crate::routine::{Checked, ContactStatus, Routine, Severity, Source, Trust, Unreadable};
use crate::signing::Passphrase;

use super::{Command, editor};

/// The parts of the revision screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Overview,
    Edit,
    Changes,
    Save,
    NewRoutine,
}

/// Text the revision screen's fields hold between frames (no personal data).
#[derive(Debug, Default)]
pub struct RevisionForm {
    pub tab: Tab,
    pub against: String,
    pub summary: String,
    pub by: String,
    pub approve: bool,
    pub approver_role: String,
    pub approver_name: String,
    /// The approver's private key, to sign the approval with («Godkjenn med nøkkel…»).
    pub key_file: String,
    /// The key's passphrase: used once when saving, then wiped; never saved or logged.
    pub passphrase: Passphrase,
    pub next_revision: String,
    pub save_to: String,
    /// The file to compare with, as read and checked when its path was confirmed.
    pub compared: Option<Compared>,
    /// The outcome of the last save or report.
    pub message: Option<String>,
    /// The last save found its file no longer the one loaded: what is there now.
    pub conflict: Option<Conflict>,
    /// «Ny rutine fra mal»: the municipality's name and the template's language.
    pub new_municipality: String,
    pub new_language: Language,
}

/// An earlier routine file, read once when its path was confirmed.
#[derive(Debug)]
pub struct Compared {
    pub path: String,
    pub result: Result<Checked, Unreadable>,
}

/// A save that found the file no longer the one loaded: someone saved over it in the
/// meantime, or it was moved or deleted. Nothing was written.
#[derive(Debug)]
pub struct Conflict {
    pub path: PathBuf,
    /// The file as it is now, read and checked; `None` when it is gone.
    pub on_disk: Option<OnDisk>,
    /// «Last inn deres versjon» was pressed with unsaved edits, and waits for the user to
    /// confirm that they are lost.
    pub confirming_reload: bool,
}

/// A routine file as it is on disk now.
#[derive(Debug)]
pub struct OnDisk {
    pub checked: Checked,
    pub digest: FileDigest,
}

/// What the revision screen asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum RevisionAction {
    /// Read and check the earlier file at this path, for the change list.
    CompareWith(String),
    /// Choose the earlier file in the system's dialog, then compare with it.
    ChooseCompareFile,
    /// Choose the approver's key file in the system's dialog, to sign the approval with.
    ChooseKeyFile,
    Undo,
    Redo,
    SaveNewVersion,
    /// «Lagre under et annet navn…»: save the new version where the system's dialog says.
    SaveElsewhere,
    /// «Last inn deres versjon»: continue from the file as it is on disk now, leaving the
    /// edits not saved (confirmed first when there are any).
    LoadTheirs,
    Report,
    /// Make a new routine from the template, saved where the system's dialog says.
    NewFromTemplate,
}

pub fn show(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    form: &mut RevisionForm,
    today: NaiveDate,
    t: &Texts,
) -> Option<Command> {
    let revision = &t.revision;
    let mut command = None;
    egui::Panel::top("revisjon-faner").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for (tab, label) in [
                (Tab::Overview, revision.overview),
                (Tab::Edit, revision.edit),
                (Tab::Changes, revision.changes),
                (Tab::Save, revision.save_new_version),
                (Tab::NewRoutine, revision.new_from_template),
            ] {
                if ui.selectable_label(form.tab == tab, label).clicked() {
                    form.tab = tab;
                }
            }
            ui.separator();
            if ui
                .add_enabled(draft.is_dirty(), egui::Button::new(revision.undo))
                .clicked()
            {
                command = Some(Command::Revision(RevisionAction::Undo));
            }
            if ui.button(revision.redo).clicked() {
                command = Some(Command::Revision(RevisionAction::Redo));
            }
            if draft.is_dirty() {
                ui.label(egui::RichText::new(revision.unsaved).strong());
            }
        });
        if let Some(message) = &form.message {
            ui.label(egui::RichText::new(message).strong());
        }
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let tab_command = match form.tab {
                    Tab::Overview => overview(ui, draft, earlier(form), today, t),
                    Tab::Edit => {
                        editor::show(ui, draft, today, t);
                        None
                    }
                    Tab::Changes => changes(ui, draft, form, t),
                    Tab::Save => save(ui, draft, form, today, t),
                    Tab::NewRoutine => new_routine(ui, form, revision),
                };
                command = command.take().or(tab_command);
            });
    });
    command
}

/// The earlier version chosen under «Endringer», when it could be read.
fn earlier(form: &RevisionForm) -> Option<Routine> {
    let compared = form.compared.as_ref()?;
    let checked = compared.result.as_ref().ok()?;
    checked.routine.clone()
}

fn overview(
    ui: &mut egui::Ui,
    draft: &mut Draft,
    earlier: Option<Routine>,
    today: NaiveDate,
    t: &Texts,
) -> Option<Command> {
    let revision = &t.revision;
    let meta = &draft.routine.metadata;
    ui.heading(revision.status);
    ui.label(fill(
        revision.version_and_owner,
        &[("version", &meta.version), ("owner", &meta.owner)],
    ));
    ui.label(standing_line(&draft.routine, &draft.standing, t));
    if let Some(Trust::Signed { by }) = meta.approval.as_ref().map(|a| &a.trust) {
        ui.label(fill(t.signing.signed_by, &[("signer", by)]));
    }
    let overdue = today.signed_duration_since(meta.next_revision).num_days();
    let date = meta.next_revision.format("%d.%m.%Y");
    ui.label(if overdue == 1 {
        fill(revision.next_revision_overdue_one_day, &[("date", &date)])
    } else if overdue > 1 {
        fill(
            revision.next_revision_overdue,
            &[("date", &date), ("days", &overdue)],
        )
    } else {
        fill(revision.next_revision, &[("date", &date)])
    });
    let errors = draft
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = draft.problems.len() - errors;
    ui.label(
        egui::RichText::new(fill(
            revision.problem_count,
            &[("errors", &errors), ("warnings", &warnings)],
        ))
        .strong(),
    );
    for problem in &draft.problems {
        ui.label(crate::i18n::problem(problem, t));
    }
    ui.label(readability_figures(&readability(&draft.routine), t));
    ui.add_space(8.0);
    derived(ui, &draft.routine, earlier.as_ref(), t);
    ui.add_space(8.0);
    ui.heading(revision.contacts_oldest_first);
    let mut order: Vec<usize> = (0..draft.routine.contacts.len()).collect();
    order.sort_by_key(|i| draft.routine.contacts[*i].last_verified);
    for i in order {
        let contact = &draft.routine.contacts[i];
        let state = crate::i18n::verification(contact.verification(today), revision);
        let name = contact.name.clone();
        let sources: Vec<(String, Option<String>)> = contact
            .sources
            .iter()
            .filter_map(|id| draft.routine.source(id))
            .map(|s| (source_line(s), s.url.clone()))
            .collect();
        let mut verified_today = false;
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(format!("{name} – {state}")).strong());
            for (title, url) in &sources {
                match url {
                    Some(url) => ui.hyperlink_to(title, url),
                    None => ui.label(title),
                };
            }
            verified_today = ui
                .button(fill(revision.verified_today, &[("name", &name)]))
                .clicked();
        });
        if verified_today {
            let contact = &mut draft.routine.contacts[i];
            contact.last_verified = Some(today);
            if contact.phone.is_some() || contact.url.is_some() || contact.email.is_some() {
                contact.status = ContactStatus::Verified;
            }
        }
    }
    ui.add_space(8.0);
    ui.button(revision.report)
        .clicked()
        .then_some(Command::Revision(RevisionAction::Report))
}

/// The routine's own readings of its sources, which the approver must take a stand on,
/// each with its note, and marked new when the earlier version compared with lacks it.
fn derived(ui: &mut egui::Ui, routine: &Routine, earlier: Option<&Routine>, t: &Texts) {
    let revision = &t.revision;
    let items = routine.derived_items();
    let heading = fill(revision.derived_heading, &[("count", &items.len())]);
    ui.label(revision.derived_intro);
    // Folded by default: the list is long, and the report below it must stay in reach.
    egui::CollapsingHeader::new(egui::RichText::new(heading).heading())
        .id_salt("derived-items")
        .show(ui, |ui| {
            if items.is_empty() {
                ui.label(revision.derived_none);
            }
            for located in items {
                ui.label(derived_line(&located, routine, earlier, t));
                if let Some(note) = &located.item.note {
                    ui.label(
                        egui::RichText::new(fill(revision.derived_note, &[("note", note)])).weak(),
                    );
                }
            }
        });
}

/// "S84 (2019-08-27): Kommunen, «Kriseberedskap»": a source with the date it shows.
fn source_line(source: &Source) -> String {
    match &source.date {
        Some(date) => format!("{} ({date}): {}", source.id, source.title),
        None => format!("{}: {}", source.id, source.title),
    }
}

fn changes(
    ui: &mut egui::Ui,
    draft: &Draft,
    form: &mut RevisionForm,
    t: &Texts,
) -> Option<Command> {
    let (revision, common) = (&t.revision, &t.common);
    ui.heading(revision.changes);
    ui.label(revision.changes_since_loaded);
    list_changes(ui, &diff(&draft.original, &draft.routine), t);
    ui.add_space(8.0);
    let mut command = None;
    let label = ui.label(revision.compare_with);
    let mut field = None;
    ui.horizontal(|ui| {
        if ui.button(common.choose_file).clicked() {
            command = Some(Command::Revision(RevisionAction::ChooseCompareFile));
        }
        let typed = egui::TextEdit::singleline(&mut form.against).desired_width(f32::INFINITY);
        field = Some(ui.add(typed).labelled_by(label.id));
    });
    let confirmed = field.is_some_and(|f| f.lost_focus());
    // The file is read once, when the path is confirmed (Enter or leaving the field), as
    // a command; drawing only shows the kept result. A file on a shared drive is not read
    // over the network on every mouse move.
    if confirmed {
        let path = form.against.trim().to_owned();
        command = Some(Command::Revision(RevisionAction::CompareWith(path)));
    }
    match &form.compared {
        Some(compared) if compared.path == form.against.trim() => {
            show_comparison(ui, draft, compared, t);
        }
        Some(_) => {
            ui.label(revision.press_enter_to_compare);
        }
        None => {}
    }
    if ui.button(revision.report).clicked() {
        command = Some(Command::Revision(RevisionAction::Report));
    }
    command
}

fn show_comparison(ui: &mut egui::Ui, draft: &Draft, compared: &Compared, t: &Texts) {
    let revision = &t.revision;
    match &compared.result {
        Ok(checked) => match &checked.routine {
            Some(old) => {
                ui.label(fill(
                    revision.from_version,
                    &[("version", &old.metadata.version)],
                ));
                list_changes(ui, &diff(old, &draft.routine), t);
            }
            None => {
                let file = PathBuf::from(&compared.path);
                ui.label(fill(revision.cannot_compare, &[("file", &file.display())]));
            }
        },
        Err(unreadable) => {
            ui.label(crate::i18n::unreadable(unreadable, t));
        }
    }
}

fn list_changes(ui: &mut egui::Ui, changes: &[crate::routine::diff::Change], t: &Texts) {
    let revision = &t.revision;
    if changes.is_empty() {
        ui.label(revision.no_changes);
    }
    for change in changes {
        let verb = match change.kind {
            ChangeKind::Added => revision.added,
            ChangeKind::Removed => revision.removed,
            ChangeKind::Changed => revision.changed,
        };
        let line = format!(
            "{} – {verb}: {}",
            crate::i18n::section(&change.section, t),
            crate::i18n::subject(&change.what, t)
        );
        let mut text = egui::RichText::new(line);
        if change.important {
            text = text
                .strong()
                .color(super::level_colour(ui, crate::routine::Level::Red));
        }
        ui.label(text);
        for detail in &change.details {
            let detail = crate::i18n::detail(detail, t);
            ui.label(format!("    {detail}"));
        }
    }
}

/// «Ny rutine fra mal»: the municipality's name, the template's language, and the button
/// that saves the new routine through the system's dialog.
fn new_routine(ui: &mut egui::Ui, form: &mut RevisionForm, revision: &Revision) -> Option<Command> {
    ui.heading(revision.new_from_template);
    ui.label(revision.new_explained);
    field(ui, revision.new_municipality, &mut form.new_municipality);
    ui.horizontal_wrapped(|ui| {
        ui.label(revision.new_language);
        for language in template_languages().filter_map(Language::from_code) {
            ui.radio_value(&mut form.new_language, language, language.name());
        }
    });
    ui.button(revision.new_save)
        .clicked()
        .then_some(Command::Revision(RevisionAction::NewFromTemplate))
}

fn field(ui: &mut egui::Ui, label: &str, text: &mut String) {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
        .labelled_by(label.id);
}

fn save(
    ui: &mut egui::Ui,
    draft: &Draft,
    form: &mut RevisionForm,
    today: NaiveDate,
    t: &Texts,
) -> Option<Command> {
    let (revision, signing) = (&t.revision, &t.signing);
    let mut command = form
        .conflict
        .as_mut()
        .and_then(|conflict| show_conflict(ui, draft, conflict, t));
    ui.heading(revision.save_heading);
    if form.next_revision.is_empty() {
        form.next_revision = today
            .checked_add_months(Months::new(12))
            .unwrap_or(today)
            .format("%Y-%m-%d")
            .to_string();
    }
    if form.save_to.is_empty() {
        form.save_to = draft
            .file
            .as_ref()
            .map(|f| f.path.display().to_string())
            .unwrap_or_default();
    }
    let version = &draft.routine.metadata.version;
    ui.label(fill(
        revision.version_becomes,
        &[
            ("old", version),
            ("new", &crate::routine::write::bump(version)),
        ],
    ));
    field(ui, revision.summary, &mut form.summary);
    field(ui, revision.changed_by, &mut form.by);
    ui.checkbox(&mut form.approve, revision.approve);
    if form.approve {
        field(ui, revision.approved_by, &mut form.approver_role);
        field(ui, revision.approver_name, &mut form.approver_name);
        field(ui, signing.key_file, &mut form.key_file);
        if !form.key_file.trim().is_empty() {
            passphrase_field(ui, &mut form.passphrase, signing.key_passphrase_field);
        }
    }
    field(ui, revision.next_revision_field, &mut form.next_revision);
    field(ui, revision.save_to, &mut form.save_to);
    let errors = draft
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    if errors > 0 {
        ui.label(egui::RichText::new(fill(revision.cannot_save, &[("errors", &errors)])).strong());
    }
    let ready = errors == 0 && !form.summary.trim().is_empty() && !form.save_to.trim().is_empty();
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(ready, egui::Button::new(revision.save_new_version))
            .clicked()
        {
            command = Some(Command::Revision(RevisionAction::SaveNewVersion));
        }
        if ui.button(signing.approve_with_key).clicked() {
            command = Some(Command::Revision(RevisionAction::ChooseKeyFile));
        }
    });
    command
}

/// What the last save ran into: who saved the file since it was loaded and what they
/// changed (the change list from the version loaded to theirs), or that it is gone; and
/// the ways on, saving elsewhere or continuing from their version.
fn show_conflict(
    ui: &mut egui::Ui,
    draft: &Draft,
    conflict: &mut Conflict,
    t: &Texts,
) -> Option<Command> {
    let (revision, common) = (&t.revision, &t.common);
    let file = conflict.path.display();
    let mut command = None;
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        let Some(on_disk) = &conflict.on_disk else {
            ui.heading(revision.conflict_gone_heading);
            ui.label(fill(revision.conflict_gone, &[("file", &file)]));
            if ui.button(revision.save_elsewhere).clicked() {
                command = Some(Command::Revision(RevisionAction::SaveElsewhere));
            }
            return;
        };
        ui.heading(revision.conflict_heading);
        ui.label(fill(revision.conflict_changed, &[("file", &file)]));
        let theirs = on_disk.checked.routine.as_ref();
        match theirs {
            Some(theirs) => {
                if let Some(last) = theirs.metadata.revision_log.last() {
                    ui.label(
                        egui::RichText::new(fill(
                            revision.conflict_their_version,
                            &[
                                ("version", &theirs.metadata.version),
                                ("date", &last.date.format("%d.%m.%Y")),
                                ("by", &last.by),
                                ("summary", &last.summary),
                            ],
                        ))
                        .strong(),
                    );
                }
                ui.label(revision.conflict_their_changes);
                list_changes(ui, &diff(&draft.original, theirs), t);
            }
            None => {
                ui.label(fill(revision.conflict_their_errors, &[("file", &file)]));
            }
        }
        ui.add_space(4.0);
        if conflict.confirming_reload {
            let version = theirs.map_or("", |r| r.metadata.version.as_str());
            ui.label(
                egui::RichText::new(fill(
                    revision.load_theirs_question,
                    &[("version", &version)],
                ))
                .strong(),
            );
            ui.horizontal_wrapped(|ui| {
                if ui.button(revision.load_theirs_confirm).clicked() {
                    command = Some(Command::Revision(RevisionAction::LoadTheirs));
                }
                if ui.button(common.cancel).clicked() {
                    conflict.confirming_reload = false;
                }
            });
            return;
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(revision.save_elsewhere).clicked() {
                command = Some(Command::Revision(RevisionAction::SaveElsewhere));
            }
            let load = ui.add_enabled(theirs.is_some(), egui::Button::new(revision.load_theirs));
            if load.clicked() {
                if draft.is_dirty() {
                    conflict.confirming_reload = true;
                } else {
                    command = Some(Command::Revision(RevisionAction::LoadTheirs));
                }
            }
        });
    });
    ui.add_space(8.0);
    command
}

/// The key's passphrase, typed without being shown. Once it is wiped (after saving),
/// the field's own undo history, which would hold copies, is wiped too.
fn passphrase_field(ui: &mut egui::Ui, passphrase: &mut Passphrase, label: &str) {
    let id = egui::Id::unique("passfrase");
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(passphrase.text_mut())
            .password(true)
            .id(id)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    if passphrase.is_empty()
        && let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), id)
    {
        state.clear_undoer();
        state.store(ui.ctx(), id);
    }
}
