//! «Åpen nå» on the web pages, with every rule kept in Rust. At export, each contact's
//! status (open or closed, the window's own sentence for it, and what to use instead)
//! is worked out for every moment of the next [`DAYS`] days by asking the same function
//! the window asks (`routine::reach::contact_now`) at each moment the answer can change,
//! and is worded by the same `i18n` functions. The page holds the result as a compact
//! table; the site's script (`assets/web/site.js`) only finds the phone's Norwegian time
//! in it. No opening rule, holiday or wording is written twice.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::i18n::{Texts, availability, call, fill, use_instead};
use crate::routine::hours::{Availability, Schedule};
use crate::routine::reach::contact_now;
use crate::routine::{Contact, ContactRole, ContactStatus, Routine};

/// How many days from the export the pages can say what is open; after that they say
/// they are out of date instead of guessing.
pub const DAYS: u64 = 400;

/// Whether a contact is open at a moment, as the page marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Open,
    Closed,
    /// The routine does not know the hours.
    Unknown,
}

impl State {
    /// The word `rutineveileder hours` prints and the page marks the status with.
    pub fn key(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Closed => "closed",
            State::Unknown => "unknown",
        }
    }
}

/// What the window says about a contact at a moment, worded in the routine's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub state: State,
    /// «Åpen nå, til kl. 15:30», «Stengt nå (Skjærtorsdag). Åpner mandag kl. 09:00».
    pub sentence: String,
    /// The contacts to use instead, each with a line and a way to reach it.
    pub instead: Vec<Instead>,
}

/// «Bruk i stedet: Kirkens SOS», and the link that calls it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instead {
    pub line: String,
    /// «Ring 22 40 00 40» and `tel:22400040`, or a web address; `None` when the
    /// routine has no way to reach it (its text then says why, as the window does).
    pub link: Option<Link>,
}

/// A link's text and address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    /// `None` for a text that is no link («(nummer mangler)»).
    pub href: Option<String>,
}

/// What the window would say about `contact` at the local time `at`, with no audience
/// chosen, in the language of `t`.
pub fn status(routine: &Routine, contact: &Contact, at: NaiveDateTime, t: &Texts) -> Status {
    let reach = contact_now(routine, contact, None, at);
    let state = match &reach.availability {
        Some(Availability::Open { .. }) => State::Open,
        Some(Availability::Closed { .. }) => State::Closed,
        None => State::Unknown,
    };
    let instead = reach
        .instead
        .iter()
        .map(|other| Instead {
            line: use_instead(&reach, other, &t.guide),
            link: way_to_reach(other, t),
        })
        .collect();
    Status {
        state,
        sentence: availability(reach.availability.as_ref(), at, &t.time),
        instead,
    }
}

/// How the window offers a contact to use instead: its number to call, else its web
/// address, else «(nummer mangler)» for a placeholder.
fn way_to_reach(contact: &Contact, t: &Texts) -> Option<Link> {
    let guide = &t.guide;
    match (&contact.phone, &contact.url) {
        (Some(phone), _) => Some(Link {
            text: call(phone, guide),
            href: Some(phone.tel_uri()),
        }),
        (None, Some(url)) => Some(Link {
            text: url.clone(),
            href: (url.starts_with("https://") || url.starts_with("http://")).then(|| url.clone()),
        }),
        (None, None) if contact.status == ContactStatus::Placeholder => Some(Link {
            text: guide.number_missing.to_owned(),
            href: None,
        }),
        (None, None) => None,
    }
}

/// Whether the page can say anything about `contact` now: its hours are known, or it
/// is a day service whose hours are not, with contacts to use if it is closed.
pub fn has_status(contact: &Contact) -> bool {
    contact.hours.is_some() || (contact.role == ContactRole::Day && !contact.when_closed.is_empty())
}

/// A contact's status from the first moment on: each moment it changes, with the
/// status from then until the next.
pub type Timeline = Vec<(NaiveDateTime, Status)>;

/// The stretch of time the pages can speak for: from midnight of the export date,
/// [`DAYS`] days on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

impl Span {
    pub fn from_export(exported: NaiveDate) -> Span {
        let start = exported.and_time(chrono::NaiveTime::MIN);
        let end = exported
            .checked_add_days(Days::new(DAYS))
            .map_or(start, |day| day.and_time(chrono::NaiveTime::MIN));
        Span { start, end }
    }
}

/// `contact`'s timeline over `span`, or `None` when the page can say nothing about it.
///
/// The status can only change where the contact or a contact to use instead opens or
/// closes, and (for the words «i morgen», a weekday or a holiday's name) at midnight,
/// so it is asked at exactly those moments.
pub fn timeline(routine: &Routine, contact: &Contact, span: Span, t: &Texts) -> Option<Timeline> {
    if !has_status(contact) {
        return None;
    }
    let own = contact.hours.as_ref().map(|h| &h.schedule);
    let mut moments = vec![span.start];
    if let Some(schedule @ Schedule::Weekly { .. }) = own {
        moments.extend(midnights(span));
        moments.extend(schedule.edges(span.start, span.end));
    }
    if own != Some(&Schedule::AlwaysOpen) {
        for other in contact
            .when_closed
            .iter()
            .filter_map(|id| routine.contact(id))
        {
            if let Some(hours) = &other.hours {
                moments.extend(hours.schedule.edges(span.start, span.end));
            }
        }
    }
    moments.sort();
    moments.dedup();
    let mut timeline: Timeline = Vec::new();
    for at in moments {
        let now = status(routine, contact, at, t);
        if timeline.last().is_none_or(|(_, last)| *last != now) {
            timeline.push((at, now));
        }
    }
    Some(timeline)
}

fn midnights(span: Span) -> impl Iterator<Item = NaiveDateTime> {
    span.start
        .date()
        .iter_days()
        .map(|day| day.and_time(chrono::NaiveTime::MIN))
        .take_while(move |midnight| *midnight < span.end)
}

/// Every contact's timeline, by id, for the contacts the page can say something about.
pub fn timelines<'r>(routine: &'r Routine, span: Span, t: &Texts) -> BTreeMap<&'r str, Timeline> {
    routine
        .contacts
        .iter()
        .filter_map(|c| Some((c.id.as_str(), timeline(routine, c, span, t)?)))
        .collect()
}

/// `[state, sentence, [[line, link text, address], …]]`.
type StatusRow<'a> = (
    State,
    Option<&'a str>,
    Vec<(&'a str, Option<&'a str>, Option<&'a str>)>,
);

/// The table a page holds for its contacts: minutes are counted on the Norwegian wall
/// clock from 1970-01-01 00:00, as the script counts the phone's time.
#[derive(Debug, Serialize)]
struct Table<'a> {
    /// The first and the last minute the table speaks for.
    start: i64,
    end: i64,
    /// Shown when the phone's time is past `end`.
    expired: String,
    /// Every status the page's contacts have: `[state, sentence, [[line, link text,
    /// address], …]]`; the sentence is `null` when the hours are not known (the page
    /// already says so).
    statuses: Vec<StatusRow<'a>>,
    /// By contact id: pairs of minutes since the previous change (the first since
    /// `start`) and the index of the status from then.
    contacts: BTreeMap<&'a str, Vec<i64>>,
}

/// Minutes from 1970-01-01 00:00 to `at`, on the wall clock.
fn minutes(at: NaiveDateTime) -> i64 {
    at.signed_duration_since(chrono::DateTime::UNIX_EPOCH.naive_utc())
        .num_minutes()
}

/// The table for a page that lists the contacts `ids`, as a `<script
/// type="application/json">` element for the end of its body (data, never run); `None`
/// when none of them has a status.
pub(super) fn page_data<'t, 'i>(
    timelines: &'t BTreeMap<&'t str, Timeline>,
    ids: impl IntoIterator<Item = &'i str>,
    span: Span,
    exported: &str,
    t: &Texts,
) -> Option<String> {
    let mut statuses: Vec<&'t Status> = Vec::new();
    let mut contacts: BTreeMap<&'t str, Vec<i64>> = BTreeMap::new();
    for id in ids {
        let Some((id, timeline)) = timelines.get_key_value(id) else {
            continue;
        };
        if contacts.contains_key(id) {
            continue;
        }
        let mut previous = minutes(span.start);
        let mut pairs = Vec::with_capacity(timeline.len() * 2);
        for (at, status) in timeline {
            let index = statuses
                .iter()
                .position(|s| *s == status)
                .unwrap_or_else(|| {
                    statuses.push(status);
                    statuses.len() - 1
                });
            let at = minutes(*at);
            pairs.extend([at - previous, i64::try_from(index).unwrap_or(i64::MAX)]);
            previous = at;
        }
        contacts.insert(*id, pairs);
    }
    if contacts.is_empty() {
        return None;
    }
    let table = Table {
        start: minutes(span.start),
        end: minutes(span.end),
        expired: fill(t.web.out_of_date, &[("date", &exported)]),
        statuses: statuses.into_iter().map(status_row).collect(),
        contacts,
    };
    let json = serde_json::to_string(&table).ok()?;
    let element = maud::html! {
        script type="application/json" id="open-now-data" { (maud::PreEscaped(script_safe(&json))) }
    };
    Some(element.into_string())
}

/// A status as the table holds it.
fn status_row(status: &Status) -> StatusRow<'_> {
    let sentence = (status.state != State::Unknown).then_some(status.sentence.as_str());
    let instead = status
        .instead
        .iter()
        .map(|i| {
            let link = i.link.as_ref();
            (
                i.line.as_str(),
                link.map(|l| l.text.as_str()),
                link.and_then(|l| l.href.as_deref()),
            )
        })
        .collect();
    (status.state, sentence, instead)
}

/// JSON that cannot end the `<script>` element it stands in, whatever the routine's
/// texts hold: `<`, `>` and `&` only occur inside JSON strings, where their escapes
/// mean the same.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;
    use crate::i18n::Language;
    use crate::routine::hours::{TimeOfDay, TimeRange, WeeklyPeriod};
    use chrono::{Duration, Weekday};

    fn lier() -> Routine {
        check_embedded(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
            .routine
            .unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    /// The status the timeline holds at `at`, found as the page's script finds it.
    fn lookup(timeline: &Timeline, at: NaiveDateTime) -> &Status {
        &timeline
            .iter()
            .rev()
            .find(|(start, _)| *start <= at)
            .unwrap()
            .1
    }

    /// Every contact's timeline holds exactly what the window would say, at each change
    /// and the minute before it, and at moments spread over the whole span.
    fn timelines_agree_with_the_window(routine: &Routine, exported: NaiveDate) {
        let t = Language::of_routine(routine).texts();
        let span = Span::from_export(exported);
        let timelines = timelines(routine, span, t);
        assert!(!timelines.is_empty());
        for (id, timeline) in &timelines {
            let contact = routine.contact(id).unwrap();
            let mut moments: Vec<NaiveDateTime> = timeline
                .iter()
                .flat_map(|(start, _)| [*start, *start - Duration::minutes(1)])
                .filter(|m| *m >= span.start)
                .collect();
            let mut sample = span.start;
            while sample < span.end {
                moments.push(sample);
                sample += Duration::minutes(317);
            }
            moments.push(span.end - Duration::minutes(1));
            for moment in moments {
                assert_eq!(
                    lookup(timeline, moment),
                    &status(routine, contact, moment, t),
                    "{id} at {moment}"
                );
            }
            for pair in timeline.windows(2) {
                assert_ne!(pair[0].1, pair[1].1, "{id}: a change that changes nothing");
            }
        }
    }

    #[test]
    fn lier_s_timelines_say_what_the_window_says() {
        timelines_agree_with_the_window(&lier(), NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
    }

    #[test]
    fn evenings_past_midnight_and_holiday_hours_too() {
        let mut routine = lier();
        let t = |text| TimeOfDay::parse(text).unwrap();
        let leve = routine
            .contacts
            .iter_mut()
            .find(|c| c.id == "leve")
            .unwrap();
        leve.hours.as_mut().unwrap().schedule = Schedule::Weekly {
            periods: vec![
                WeeklyPeriod {
                    days: vec![Weekday::Thu, Weekday::Sat],
                    range: TimeRange {
                        from: t("18:30"),
                        to: t("01:30"),
                    },
                },
                WeeklyPeriod {
                    days: vec![Weekday::Mon],
                    range: TimeRange {
                        from: t("08:00"),
                        to: t("24:00"),
                    },
                },
                WeeklyPeriod {
                    days: vec![Weekday::Tue],
                    range: TimeRange {
                        from: t("00:00"),
                        to: t("08:00"),
                    },
                },
            ],
            public_holidays: vec![TimeRange {
                from: t("16:00"),
                to: t("22:00"),
            }],
        };
        timelines_agree_with_the_window(&routine, NaiveDate::from_ymd_opt(2027, 2, 1).unwrap());
    }

    #[test]
    fn the_four_moments_of_the_issue_in_words() {
        let routine = lier();
        let t = Language::Bokmal.texts();
        let span = Span::from_export(NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
        let leve = timeline(&routine, routine.contact("leve").unwrap(), span, t).unwrap();
        let says = |moment| lookup(&leve, moment).sentence.clone();
        // Wednesday 9 December 2026, Saturday 12 December, Maundy Thursday and
        // Constitution Day 2027 (a Monday).
        assert_eq!(says(at(2026, 12, 9, 10, 0)), "Åpen nå, til kl. 15:00");
        assert_eq!(
            says(at(2026, 12, 9, 16, 5)),
            "Stengt nå. Åpner i morgen kl. 09:00"
        );
        assert_eq!(
            says(at(2026, 12, 12, 2, 0)),
            "Stengt nå. Åpner mandag kl. 09:00"
        );
        assert_eq!(
            says(at(2027, 3, 25, 16, 5)),
            "Stengt nå (Skjærtorsdag). Åpner tirsdag kl. 09:00"
        );
        assert_eq!(
            says(at(2027, 5, 17, 12, 0)),
            "Stengt nå (Grunnlovsdag). Åpner i morgen kl. 09:00"
        );
        let closed = lookup(&leve, at(2027, 5, 17, 12, 0));
        assert_eq!(closed.state, State::Closed);
        let instead: Vec<&str> = closed.instead.iter().map(|i| i.line.as_str()).collect();
        assert_eq!(
            instead,
            [
                "Bruk i stedet: Kirkens SOS",
                "Bruk i stedet: Mental Helse Hjelpetelefonen"
            ]
        );
        assert_eq!(
            closed.instead[0].link,
            Some(Link {
                text: "Ring 22 40 00 40".into(),
                href: Some("tel:+4722400040".into())
            })
        );
    }

    #[test]
    fn the_span_is_400_days_from_midnight_of_the_export() {
        let span = Span::from_export(NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
        assert_eq!(span.start, at(2026, 12, 4, 0, 0));
        assert_eq!(span.end, at(2028, 1, 8, 0, 0));
        assert_eq!(minutes(at(1970, 1, 2, 0, 1)), 24 * 60 + 1);
    }

    #[test]
    fn the_table_cannot_end_its_script_element() {
        assert_eq!(
            script_safe(r#"{"a":"</script><!-- & >"}"#),
            r#"{"a":"\u003c/script\u003e\u003c!-- \u0026 \u003e"}"#
        );
    }
}
