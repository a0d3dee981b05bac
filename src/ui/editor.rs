//! The editor for the routine's content: every field with the problems found in it right
//! beside it. Lists can be added to, removed from and reordered.

use chrono::{NaiveDate, Weekday};
use eframe::egui;

use crate::editing::{Draft, fresh_id};
use crate::i18n::{Editor, Texts, fill};
use crate::routine::hours::{Schedule, TimeOfDay, TimeRange, WeeklyPeriod, day_names};
use crate::routine::{
    ChecklistItem, Contact, ContactRole, ContactStatus, Factor, FactorList, Item, Level,
    OpeningHours, Phone, Problem, Routine, Scope,
};

/// Draws the editor; edits go straight into the draft, which the app records for undo.
///
/// Section headers have fixed id salts, so which are open does not depend on the language.
pub fn show(ui: &mut egui::Ui, draft: &mut Draft, today: NaiveDate, t: &Texts) {
    let editor = &t.editor;
    let Draft {
        routine, problems, ..
    } = draft;
    let problems: &[Problem] = problems;
    let mut new_ids = NewIds::default();
    egui::CollapsingHeader::new(editor.about)
        .id_salt("metadata")
        .default_open(true)
        .show(ui, |ui| metadata(ui, routine, problems, editor));
    egui::CollapsingHeader::new(editor.contacts)
        .id_salt("contacts")
        .show(ui, |ui| {
            contacts(ui, routine, problems, today, &mut new_ids, t)
        });
    egui::CollapsingHeader::new(editor.levels)
        .id_salt("levels")
        .show(ui, |ui| levels(ui, routine, problems, editor));
    egui::CollapsingHeader::new(editor.intros)
        .id_salt("intros")
        .show(ui, |ui| intros(ui, routine, problems, editor));
    egui::CollapsingHeader::new(editor.audiences)
        .id_salt("audiences")
        .show(ui, |ui| {
            audiences(ui, routine, problems, &mut new_ids, editor)
        });
    egui::CollapsingHeader::new(editor.sectors)
        .id_salt("sectors")
        .show(ui, |ui| {
            sectors(ui, routine, problems, &mut new_ids, editor)
        });
    egui::CollapsingHeader::new(editor.sources)
        .id_salt("sources")
        .show(ui, |ui| sources(ui, routine, problems, editor));
    let mut lists = editable_lists(routine, editor);
    for (title, path, prefix, items) in &mut lists {
        egui::CollapsingHeader::new(title.as_str())
            .id_salt(path.as_str())
            .show(ui, |ui| {
                item_list(ui, problems, path, items, prefix, &mut new_ids, editor);
            });
    }
    drop(lists);
    for (title, path, list) in factor_lists(routine, editor) {
        egui::CollapsingHeader::new(title)
            .id_salt(path)
            .show(ui, |ui| {
                for (g, group) in list.groups.iter_mut().enumerate() {
                    factor_list(
                        ui,
                        problems,
                        &format!("{path}.groups[{g}].items"),
                        &mut group.factors,
                        &mut new_ids,
                        editor,
                    );
                }
            });
    }
    egui::CollapsingHeader::new(editor.checklist)
        .id_salt("checklist")
        .show(ui, |ui| {
            let levels = level_names(routine);
            checklist_items(
                ui,
                problems,
                "checklist",
                &mut routine.checklist,
                &mut new_ids,
                editor,
                &levels,
            )
        });
    egui::CollapsingHeader::new(editor.cases)
        .id_salt("cases")
        .show(ui, |ui| cases(ui, routine, problems, &mut new_ids, editor));
    egui::CollapsingHeader::new(editor.self_check)
        .id_salt("self_check")
        .show(ui, |ui| {
            self_check(ui, routine, problems, &mut new_ids, editor)
        });
    new_ids.assign(routine);
}

/// The three factor lists with their titles and the paths of their fields.
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

/// Items added this frame get ids after drawing, when the whole routine can be read.
#[derive(Default)]
struct NewIds(Vec<String>);

impl NewIds {
    fn placeholder(&mut self, prefix: &str) -> String {
        let marker = format!("__ny-{prefix}-{}", self.0.len());
        self.0.push(marker.clone());
        marker
    }

    fn assign(self, routine: &mut Routine) {
        for marker in self.0 {
            let prefix = marker
                .trim_start_matches("__ny-")
                .rsplit_once('-')
                .map_or("ny", |(p, _)| p)
                .to_owned();
            let id = fresh_id(routine, &prefix);
            rename_id(routine, &marker, &id);
        }
    }
}

/// Gives the thing added with the placeholder id `from` its real id `to`: any content
/// item (from the routine's walk), contact, audience, case or self-check question.
fn rename_id(routine: &mut Routine, from: &str, to: &str) {
    let fix = |id: &mut String| {
        if id == from {
            *id = to.to_owned();
        }
    };
    routine.items_mut().into_iter().for_each(|i| fix(&mut i.id));
    routine.contacts.iter_mut().for_each(|c| fix(&mut c.id));
    routine.audiences.iter_mut().for_each(|a| fix(&mut a.id));
    routine.cases.iter_mut().for_each(|c| fix(&mut c.id));
    routine.self_check.iter_mut().for_each(|q| fix(&mut q.id));
}

type List<'r> = (String, String, &'static str, &'r mut Vec<Item>);

/// Every plain list of items with its title, JSON path and id prefix.
fn editable_lists<'r>(routine: &'r mut Routine, editor: &Editor) -> Vec<List<'r>> {
    let mut lists: Vec<List<'r>> = vec![
        (
            editor.purpose.into(),
            "purpose.items".into(),
            "formal",
            &mut routine.purpose.items,
        ),
        (
            editor.key_messages.into(),
            "key_messages".into(),
            "budskap",
            &mut routine.key_messages,
        ),
    ];
    for (g, group) in routine.warning_signs.groups.iter_mut().enumerate() {
        lists.push((
            fill(editor.warning_signs_group, &[("group", &group.title)]),
            format!("warning_signs.groups[{g}].signs"),
            "tegn",
            &mut group.signs,
        ));
    }
    let ask = &mut routine.ask;
    for (title, path, prefix, items) in [
        (
            editor.ask_phrasings,
            "ask.phrasings",
            "spor",
            &mut ask.phrasings,
        ),
        (
            editor.ask_follow_up,
            "ask.follow_up",
            "oppfolging",
            &mut ask.follow_up,
        ),
        (
            editor.ask_level_questions,
            "ask.level_questions",
            "niva-sporsmal",
            &mut ask.level_questions,
        ),
        (editor.dos, "ask.dos", "gjor", &mut ask.dos),
        (editor.donts, "ask.donts", "ikke-gjor", &mut ask.donts),
    ] {
        lists.push((title.into(), path.into(), prefix, items));
    }
    for (l, level) in routine.levels.iter_mut().enumerate() {
        lists.push((
            fill(editor.level_criteria, &[("level", &level.name)]),
            format!("levels[{l}].criteria"),
            "kriterium",
            &mut level.criteria,
        ));
        lists.push((
            fill(editor.level_actions, &[("level", &level.name)]),
            format!("levels[{l}].actions"),
            "handling",
            &mut level.actions,
        ));
    }
    for (g, guidance) in routine.guidance.iter_mut().enumerate() {
        lists.push((
            fill(editor.guidance_list, &[("title", &guidance.title)]),
            format!("guidance[{g}].items"),
            "veiledning",
            &mut guidance.items,
        ));
    }
    lists.push((
        editor.aftercare.into(),
        "aftercare.items".into(),
        "ivaretakelse",
        &mut routine.aftercare.items,
    ));
    lists.push((
        editor.poster_messages.into(),
        "poster_messages".into(),
        "plakat",
        &mut routine.poster_messages,
    ));
    lists
}

fn problems_here(ui: &mut egui::Ui, problems: &[Problem], path: &str) {
    for problem in problems
        .iter()
        .filter(|p| matches!(&p.location, crate::routine::Location::Path(at) if at == path))
    {
        let colour = egui::Color32::from_rgb(0xB0, 0x00, 0x20);
        ui.label(
            egui::RichText::new(format!("{}: {}", problem.severity.label(), problem.message))
                .color(colour),
        );
    }
}

fn text_field(
    ui: &mut egui::Ui,
    problems: &[Problem],
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
struct TextFormat<T: 'static> {
    show: fn(&T) -> String,
    parse: fn(&str) -> Option<T>,
    hint: fn(&Editor) -> &'static str,
}

const DATE: TextFormat<NaiveDate> = TextFormat {
    show: |d| d.format("%Y-%m-%d").to_string(),
    parse: |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
    hint: |editor| editor.date_hint,
};

const PHONE: TextFormat<Phone> = TextFormat {
    show: |p| p.display.clone(),
    parse: Phone::parse,
    hint: |editor| editor.phone_hint,
};

/// A field whose text must parse: the text is kept while it does not, and the value
/// changes only when it does.
fn parsed_field<T: Clone>(
    ui: &mut egui::Ui,
    problems: &[Problem],
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
        let colour = egui::Color32::from_rgb(0xB0, 0x00, 0x20);
        ui.label(egui::RichText::new(fill(editor.invalid, &[("hint", &hint)])).color(colour));
    }
    ui.data_mut(|d| d.insert_temp(id, text));
    problems_here(ui, problems, path);
}

fn date_field(
    ui: &mut egui::Ui,
    problems: &[Problem],
    label: &str,
    path: &str,
    value: &mut Option<NaiveDate>,
    editor: &Editor,
) {
    parsed_field(ui, problems, (label, path), value, &DATE, editor);
}

fn metadata(ui: &mut egui::Ui, routine: &mut Routine, problems: &[Problem], editor: &Editor) {
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

fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

fn item_list(
    ui: &mut egui::Ui,
    problems: &[Problem],
    path: &str,
    items: &mut Vec<Item>,
    prefix: &str,
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let mut edit = None;
    let len = items.len();
    for (i, item) in items.iter_mut().enumerate() {
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
            edit = reorder_buttons(ui, i, len, &short(&item.text), editor).or(edit.take());
        });
    }
    reorder(items, edit);
    if ui.button(editor.add).clicked() {
        items.push(Item {
            id: new_ids.placeholder(prefix),
            text: editor.new_text.into(),
            ..Item::default()
        });
    }
}

fn factor_list(
    ui: &mut egui::Ui,
    problems: &[Problem],
    path: &str,
    factors: &mut Vec<Factor>,
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let mut edit = None;
    let len = factors.len();
    for (i, factor) in factors.iter_mut().enumerate() {
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
            edit = reorder_buttons(ui, i, len, &short(&factor.item.text), editor).or(edit.take());
        });
    }
    reorder(factors, edit);
    if ui
        .button(fill(editor.add_factor, &[("path", &path)]))
        .clicked()
    {
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

fn checklist_items(
    ui: &mut egui::Ui,
    problems: &[Problem],
    path: &str,
    items: &mut Vec<ChecklistItem>,
    new_ids: &mut NewIds,
    editor: &Editor,
    levels: &LevelNames,
) {
    let mut edit = None;
    let len = items.len();
    for (i, item) in items.iter_mut().enumerate() {
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
            edit = reorder_buttons(ui, i, len, &short(&item.item.text), editor).or(edit.take());
        });
    }
    reorder(items, edit);
    if ui.button(editor.add_checkpoint).clicked() {
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

fn contacts(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[Problem],
    today: NaiveDate,
    new_ids: &mut NewIds,
    t: &Texts,
) {
    let editor = &t.editor;
    let mut edit = None;
    let len = routine.contacts.len();
    let choices = Choices {
        contacts: contact_choices(routine),
        audiences: audience_choices(routine),
    };
    for (i, contact) in routine.contacts.iter_mut().enumerate() {
        let at = format!("contacts[{i}]");
        egui::CollapsingHeader::new(contact.name.clone())
            .id_salt(&at)
            .show(ui, |ui| {
                contact_form(ui, problems, &at, contact, today, t);
                contact_links(ui, problems, &at, contact, &choices, editor);
                edit = reorder_buttons(ui, i, len, &contact.name, editor).or(edit.take());
            });
    }
    reorder(&mut routine.contacts, edit);
    if ui.button(editor.add_contact).clicked() {
        routine.contacts.push(Contact {
            id: new_ids.placeholder("kontakt"),
            name: editor.new_contact.into(),
            what_for: editor.new_contact_what_for.into(),
            phone: None,
            url: None,
            email: None,
            scope: Scope::Local,
            role: ContactRole::Day,
            persons_own: false,
            audiences: Vec::new(),
            hours: None,
            when_closed: Vec::new(),
            notes: None,
            sources: Vec::new(),
            last_verified: None,
            status: ContactStatus::Placeholder,
        });
    }
}

fn optional_text(
    ui: &mut egui::Ui,
    problems: &[Problem],
    label: &str,
    path: &str,
    value: &mut Option<String>,
) {
    let mut text = value.clone().unwrap_or_default();
    text_field(ui, problems, label, path, &mut text, false);
    *value = (!text.trim().is_empty()).then_some(text);
}

fn contact_form(
    ui: &mut egui::Ui,
    problems: &[Problem],
    at: &str,
    contact: &mut Contact,
    today: NaiveDate,
    t: &Texts,
) {
    let editor = &t.editor;
    text_field(
        ui,
        problems,
        editor.name,
        &format!("{at}.name"),
        &mut contact.name,
        false,
    );
    text_field(
        ui,
        problems,
        editor.what_for,
        &format!("{at}.what_for"),
        &mut contact.what_for,
        true,
    );
    let phone_path = format!("{at}.phone");
    parsed_field(
        ui,
        problems,
        (editor.phone, &phone_path),
        &mut contact.phone,
        &PHONE,
        editor,
    );
    optional_text(
        ui,
        problems,
        editor.url,
        &format!("{at}.url"),
        &mut contact.url,
    );
    optional_text(
        ui,
        problems,
        editor.email,
        &format!("{at}.email"),
        &mut contact.email,
    );
    optional_text(
        ui,
        problems,
        editor.note,
        &format!("{at}.notes"),
        &mut contact.notes,
    );
    ui.checkbox(
        &mut contact.persons_own,
        fill(editor.persons_own, &[("name", &contact.name)]),
    );
    problems_here(ui, problems, &format!("{at}.persons_own"));
    ui.horizontal_wrapped(|ui| {
        ui.label(editor.status);
        ui.radio_value(
            &mut contact.status,
            ContactStatus::Verified,
            editor.status_verified,
        );
        ui.radio_value(
            &mut contact.status,
            ContactStatus::ToVerify,
            editor.status_to_verify,
        );
        ui.radio_value(
            &mut contact.status,
            ContactStatus::Placeholder,
            editor.status_placeholder,
        );
    });
    problems_here(ui, problems, &format!("{at}.status"));
    ui.horizontal_wrapped(|ui| {
        ui.label(editor.role);
        ui.radio_value(&mut contact.role, ContactRole::Day, editor.role_day);
        ui.radio_value(
            &mut contact.role,
            ContactRole::OutOfHours,
            editor.role_out_of_hours,
        );
        ui.radio_value(&mut contact.role, ContactRole::Any, editor.role_any);
    });
    date_field(
        ui,
        problems,
        editor.last_verified,
        &format!("{at}.last_verified"),
        &mut contact.last_verified,
        editor,
    );
    if ui
        .button(fill(editor.verified_today, &[("name", &contact.name)]))
        .clicked()
    {
        contact.last_verified = Some(today);
        ui.data_mut(|d| {
            d.remove::<String>(egui::Id::unique((
                "felt",
                format!("{at}.last_verified").as_str(),
            )))
        });
        if contact.phone.is_some() || contact.url.is_some() || contact.email.is_some() {
            contact.status = ContactStatus::Verified;
        }
    }
    hours_form(ui, problems, &format!("{at}.hours"), &mut contact.hours, t);
}

const TIME: TextFormat<TimeOfDay> = TextFormat {
    show: |t| t.to_string(),
    parse: TimeOfDay::parse,
    hint: |editor| editor.time_hint,
};

/// Opening hours: unknown, always open, or weekly periods with their own holiday hours.
fn hours_form(
    ui: &mut egui::Ui,
    problems: &[Problem],
    at: &str,
    hours: &mut Option<OpeningHours>,
    t: &Texts,
) {
    let editor = &t.editor;
    let described = hours.as_ref().map_or(editor.hours_unknown.to_owned(), |h| {
        h.schedule.describe_in(&t.time)
    });
    ui.label(fill(editor.hours, &[("hours", &described)]));
    ui.horizontal_wrapped(|ui| {
        if ui.radio(hours.is_none(), editor.unknown).clicked() {
            *hours = None;
        }
        let always = matches!(
            hours,
            Some(OpeningHours {
                schedule: Schedule::AlwaysOpen,
                ..
            })
        );
        if ui.radio(always, editor.always_open).clicked() && !always {
            let note = hours.take().and_then(|h| h.note);
            *hours = Some(OpeningHours {
                schedule: Schedule::AlwaysOpen,
                note,
            });
        }
        let weekly = matches!(
            hours,
            Some(OpeningHours {
                schedule: Schedule::Weekly { .. },
                ..
            })
        );
        if ui.radio(weekly, editor.weekly).clicked() && !weekly {
            let note = hours.take().and_then(|h| h.note);
            *hours = Some(OpeningHours {
                schedule: office_hours(),
                note,
            });
        }
    });
    problems_here(ui, problems, at);
    let Some(OpeningHours {
        schedule: Schedule::Weekly {
            periods,
            public_holidays,
        },
        note,
    }) = hours
    else {
        return;
    };
    let mut edit = None;
    let len = periods.len();
    for (i, period) in periods.iter_mut().enumerate() {
        let path = format!("{at}.weekly[{i}]");
        ui.push_id(&path, |ui| {
            ui.horizontal_wrapped(|ui| {
                for (day, name) in day_names(&t.time) {
                    let mut on = period.days.contains(&day);
                    let label = fill(
                        editor.day_in_period,
                        &[("day", &name), ("number", &(i + 1))],
                    );
                    if ui.checkbox(&mut on, label).changed() {
                        if on {
                            period.days.push(day);
                            period.days.sort_by_key(|d| d.num_days_from_monday());
                        } else {
                            period.days.retain(|d| *d != day);
                        }
                    }
                }
            });
            time_range(ui, problems, &path, &mut period.range, editor);
            edit = reorder_buttons(
                ui,
                i,
                len,
                &fill(editor.period, &[("number", &(i + 1))]),
                editor,
            )
            .or(edit.take());
        });
    }
    reorder(periods, edit);
    if ui.button(editor.add_period).clicked() {
        periods.push(weekday_period());
    }
    let mut edit = None;
    let len = public_holidays.len();
    for (i, range) in public_holidays.iter_mut().enumerate() {
        let path = format!("{at}.public_holidays[{i}]");
        ui.push_id(&path, |ui| {
            ui.label(editor.open_on_holidays);
            time_range(ui, problems, &path, range, editor);
            edit = reorder_buttons(
                ui,
                i,
                len,
                &fill(editor.holiday_hours, &[("number", &(i + 1))]),
                editor,
            )
            .or(edit.take());
        });
    }
    reorder(public_holidays, edit);
    if ui.button(editor.add_holiday_hours).clicked() {
        public_holidays.push(TimeRange {
            from: TimeOfDay::new(10, 0).unwrap_or_default(),
            to: TimeOfDay::new(14, 0).unwrap_or_default(),
        });
    }
    let mut text = note.clone().unwrap_or_default();
    text_field(
        ui,
        problems,
        editor.hours_note,
        &format!("{at}.note"),
        &mut text,
        false,
    );
    *note = (!text.trim().is_empty()).then_some(text);
}

fn time_range(
    ui: &mut egui::Ui,
    problems: &[Problem],
    path: &str,
    range: &mut TimeRange,
    editor: &Editor,
) {
    let mut from = Some(range.from);
    let mut to = Some(range.to);
    parsed_field(
        ui,
        problems,
        (editor.from, &format!("{path}.from")),
        &mut from,
        &TIME,
        editor,
    );
    parsed_field(
        ui,
        problems,
        (editor.to, &format!("{path}.to")),
        &mut to,
        &TIME,
        editor,
    );
    range.from = from.unwrap_or(range.from);
    range.to = to.unwrap_or(range.to);
    problems_here(ui, problems, path);
}

/// A starting point for new weekly hours: weekdays 08:00–15:30.
fn office_hours() -> Schedule {
    Schedule::Weekly {
        periods: vec![weekday_period()],
        public_holidays: Vec::new(),
    }
}

/// The action levels with the names the routine gives them ("RØD", …), most urgent
/// first: they are the routine's words, shown as the guide shows them.
type LevelNames = [(Level, String); 3];

fn level_names(routine: &Routine) -> LevelNames {
    Level::ALL.map(|level| {
        let name = routine.level(level).map(|l| l.name.clone());
        (level, name.unwrap_or_else(|| level.key().to_owned()))
    })
}

fn weekday_period() -> WeeklyPeriod {
    WeeklyPeriod {
        days: vec![
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
        ],
        range: TimeRange {
            from: TimeOfDay::new(8, 0).unwrap_or_default(),
            to: TimeOfDay::new(15, 30).unwrap_or_default(),
        },
    }
}

fn cases(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[Problem],
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
    let mut edit = None;
    let len = routine.cases.len();
    for (i, case) in routine.cases.iter_mut().enumerate() {
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
                edit = reorder_buttons(ui, i, len, &case.title, editor).or(edit.take());
            });
    }
    reorder(&mut routine.cases, edit);
    if ui.button(editor.add_case).clicked() {
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
            ved_tvil: false,
            why: editor.new_case_why.into(),
            contacts: Vec::new(),
            discussion: Vec::new(),
        });
    }
}

/// A list of paragraphs or questions, each editable, with add and remove.
fn string_list(
    ui: &mut egui::Ui,
    problems: &[Problem],
    label: &str,
    path: &str,
    list: &mut Vec<String>,
    editor: &Editor,
) {
    let mut remove = None;
    for (i, text) in list.iter_mut().enumerate() {
        ui.push_id((path, i), |ui| {
            text_field(
                ui,
                problems,
                &format!("{label} {}", i + 1),
                &format!("{path}[{i}]"),
                text,
                true,
            );
            let what = format!("{label} {}", i + 1);
            if ui.button(fill(editor.remove, &[("what", &what)])).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        list.remove(i);
    }
    if ui
        .button(fill(editor.add_named, &[("what", &label)]))
        .clicked()
    {
        list.push(String::new());
    }
    problems_here(ui, problems, path);
}

fn self_check(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[Problem],
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let mut edit = None;
    let len = routine.self_check.len();
    for (i, question) in routine.self_check.iter_mut().enumerate() {
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
                edit =
                    reorder_buttons(ui, i, len, &short(&question.question), editor).or(edit.take());
            });
    }
    reorder(&mut routine.self_check, edit);
    if ui.button(editor.add_question).clicked() {
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

/// Ticks for a list of ids chosen from `choices` (id, label); keeps the list's order.
fn id_ticks(
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

fn contact_choices(routine: &Routine) -> Vec<(String, String)> {
    routine
        .contacts
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect()
}

fn audience_choices(routine: &Routine) -> Vec<(String, String)> {
    routine
        .audiences
        .iter()
        .map(|a| (a.id.clone(), a.label.clone()))
        .collect()
}

fn levels(ui: &mut egui::Ui, routine: &mut Routine, problems: &[Problem], editor: &Editor) {
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

fn optional_area(
    ui: &mut egui::Ui,
    problems: &[Problem],
    label: &str,
    path: &str,
    value: &mut Option<String>,
) {
    let mut text = value.clone().unwrap_or_default();
    text_field(ui, problems, label, path, &mut text, true);
    *value = (!text.trim().is_empty()).then_some(text);
}

fn intros(ui: &mut egui::Ui, routine: &mut Routine, problems: &[Problem], editor: &Editor) {
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

fn audiences(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[Problem],
    new_ids: &mut NewIds,
    editor: &Editor,
) {
    let mut edit = None;
    let len = routine.audiences.len();
    for (i, audience) in routine.audiences.iter_mut().enumerate() {
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
            edit = reorder_buttons(ui, i, len, &audience.label, editor).or(edit.take());
        });
    }
    reorder(&mut routine.audiences, edit);
    if ui.button(editor.add_audience).clicked() {
        routine.audiences.push(crate::routine::Audience {
            id: new_ids.placeholder("malgruppe"),
            label: editor.new_audience.into(),
            description: None,
        });
    }
}

fn sectors(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[Problem],
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
const SOURCE_ID_PREFIX: char = 'S';

fn sources(ui: &mut egui::Ui, routine: &mut Routine, problems: &[Problem], editor: &Editor) {
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

/// The contacts and audiences a contact can point to, as (id, label).
struct Choices {
    contacts: Vec<(String, String)>,
    audiences: Vec<(String, String)>,
}

/// A contact's scope, audiences, replacements while closed, and sources.
fn contact_links(
    ui: &mut egui::Ui,
    problems: &[Problem],
    at: &str,
    contact: &mut Contact,
    choices: &Choices,
    editor: &Editor,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(editor.scope);
        ui.radio_value(&mut contact.scope, Scope::National, editor.scope_national);
        ui.radio_value(&mut contact.scope, Scope::Local, editor.scope_local);
    });
    id_ticks(
        ui,
        &fill(editor.only_for_audience, &[("contact", &contact.name)]),
        &mut contact.audiences,
        &choices.audiences,
    );
    problems_here(ui, problems, &format!("{at}.audiences"));
    let others: Vec<(String, String)> = choices
        .contacts
        .iter()
        .filter(|(id, _)| *id != contact.id)
        .cloned()
        .collect();
    id_ticks(
        ui,
        &fill(editor.when_closed, &[("contact", &contact.name)]),
        &mut contact.when_closed,
        &others,
    );
    problems_here(ui, problems, &format!("{at}.when_closed"));
    let mut sources = contact.sources.join(", ");
    text_field(
        ui,
        problems,
        editor.contact_sources,
        &format!("{at}.sources"),
        &mut sources,
        false,
    );
    let parsed: Vec<String> = sources
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    if parsed != contact.sources {
        contact.sources = parsed;
    }
}
