//! The editor's contacts: name, number, status, opening hours, and what to use when
//! closed.

use super::*;

pub(super) fn contacts(
    ui: &mut egui::Ui,
    routine: &mut Routine,
    problems: &[FieldProblem],
    today: NaiveDate,
    new_ids: &mut NewIds,
    t: &Texts,
) {
    let editor = &t.editor;
    let choices = Choices {
        contacts: contact_choices(routine),
        audiences: audience_choices(routine),
    };
    let add = edit_list(
        ui,
        &mut routine.contacts,
        editor,
        editor.add_contact,
        |ui, i, contact, buttons| {
            let at = format!("contacts[{i}]");
            egui::CollapsingHeader::new(contact.name.clone())
                .id_salt(&at)
                .show(ui, |ui| {
                    contact_form(ui, problems, &at, contact, today, t);
                    contact_links(ui, problems, &at, contact, &choices, editor);
                    buttons.show(ui, &contact.name);
                });
        },
    );
    if add {
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
            public: false,
            internal: false,
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

pub(super) fn contact_form(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
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
    ui.checkbox(
        &mut contact.public,
        fill(editor.public, &[("name", &contact.name)]),
    );
    problems_here(ui, problems, &format!("{at}.public"));
    ui.checkbox(
        &mut contact.internal,
        fill(editor.internal, &[("name", &contact.name)]),
    );
    problems_here(ui, problems, &format!("{at}.internal"));
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

pub(super) const TIME: TextFormat<TimeOfDay> = TextFormat {
    show: |t| t.to_string(),
    parse: TimeOfDay::parse,
    hint: |editor| editor.time_hint,
};

/// Opening hours: unknown, always open, or weekly periods with their own holiday hours.
pub(super) fn hours_form(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
    at: &str,
    hours: &mut Option<OpeningHours>,
    t: &Texts,
) {
    let editor = &t.editor;
    let described = hours.as_ref().map_or(editor.hours_unknown.to_owned(), |h| {
        crate::i18n::schedule(&h.schedule, &t.time)
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
    let add = edit_list(
        ui,
        periods,
        editor,
        editor.add_period,
        |ui, i, period, buttons| {
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
                buttons.show(ui, &fill(editor.period, &[("number", &(i + 1))]));
            });
        },
    );
    if add {
        periods.push(weekday_period());
    }
    let add = edit_list(
        ui,
        public_holidays,
        editor,
        editor.add_holiday_hours,
        |ui, i, range, buttons| {
            let path = format!("{at}.public_holidays[{i}]");
            ui.push_id(&path, |ui| {
                ui.label(editor.open_on_holidays);
                time_range(ui, problems, &path, range, editor);
                buttons.show(ui, &fill(editor.holiday_hours, &[("number", &(i + 1))]));
            });
        },
    );
    if add {
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

pub(super) fn time_range(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
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
pub(super) fn office_hours() -> Schedule {
    Schedule::Weekly {
        periods: vec![weekday_period()],
        public_holidays: Vec::new(),
    }
}

pub(super) fn weekday_period() -> WeeklyPeriod {
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

/// The contacts and audiences a contact can point to, as (id, label).
pub(super) struct Choices {
    contacts: Vec<(String, String)>,
    audiences: Vec<(String, String)>,
}

/// A contact's scope, audiences, replacements while closed, and sources.
pub(super) fn contact_links(
    ui: &mut egui::Ui,
    problems: &[FieldProblem],
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
