//! Opening hours of a contact: "open now?" and "when does it open?" at a local time,
//! with Norwegian public holidays.

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use std::fmt;

use super::holidays::{next_day, public_holiday};

/// How many days ahead `availability` looks for the next opening. Long enough to pass
/// Easter (five closed days in a row) for a service open one day a week.
const LOOKAHEAD_DAYS: u64 = 14;

/// A time of day in whole minutes, from 00:00 to 24:00 inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// Midnight at the end of the day.
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(24 * 60);

    /// A time from hours and minutes; `None` unless 00:00 ≤ time ≤ 24:00.
    pub fn new(hours: u16, minutes: u16) -> Option<TimeOfDay> {
        let total = hours.checked_mul(60)?.checked_add(minutes)?;
        (minutes < 60 && total <= 24 * 60).then_some(TimeOfDay(total))
    }

    /// Parses `HH:MM`.
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let (h, m) = text.split_once(':')?;
        if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
        {
            return None;
        }
        TimeOfDay::new(h.parse().ok()?, m.parse().ok()?)
    }

    fn minutes(self) -> u16 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// From one time to another on the same day, or past midnight when `to` ≤ `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub from: TimeOfDay,
    pub to: TimeOfDay,
}

impl TimeRange {
    /// The stretch of time this range covers when it starts on `date`.
    fn on(self, date: NaiveDate) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let start = at_time(date, self.from)?;
        let end_date = if self.to <= self.from {
            next_day(date)?
        } else {
            date
        };
        Some((start, at_time(end_date, self.to)?))
    }
}

/// A time range on some days of the week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklyPeriod {
    pub days: Vec<Weekday>,
    pub range: TimeRange,
}

/// When a service answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Day and night, every day of the year.
    AlwaysOpen,
    /// Open in the given periods; on a public holiday only in `public_holidays`
    /// (closed when that is empty).
    Weekly {
        periods: Vec<WeeklyPeriod>,
        public_holidays: Vec<TimeRange>,
    },
}

/// Whether a service is open at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    /// Open; `until` is when it closes, `None` when it never does.
    Open { until: Option<NaiveDateTime> },
    /// Closed; `opens` is when it opens next, `None` when not within two weeks.
    Closed { opens: Option<NaiveDateTime> },
}

impl Availability {
    pub fn is_open(&self) -> bool {
        matches!(self, Availability::Open { .. })
    }
}

impl Schedule {
    /// Whether the service is open at the local time `at`, and until or from when.
    pub fn availability(&self, at: NaiveDateTime) -> Availability {
        let Schedule::Weekly { .. } = self else {
            return Availability::Open { until: None };
        };
        let stretches = self.stretches_from(at.date());
        match stretches
            .iter()
            .find(|(start, end)| *start <= at && at < *end)
        {
            Some(&(_, end)) => Availability::Open {
                until: Some(closing_time(&stretches, end)),
            },
            None => Availability::Closed {
                opens: stretches
                    .iter()
                    .map(|(start, _)| *start)
                    .filter(|start| *start > at)
                    .min(),
            },
        }
    }

    /// Every moment from `first` up to (not including) `end` at which the service opens or
    /// closes, sorted, each once; empty for a service that is always open. Between two
    /// of these moments, and within a day, [`Schedule::availability`] gives the same
    /// answer: a caller that asks at each of them and at each midnight knows every answer
    /// in between without asking again.
    pub fn edges(&self, first: NaiveDateTime, end: NaiveDateTime) -> Vec<NaiveDateTime> {
        if *self == Schedule::AlwaysOpen || end <= first {
            return Vec::new();
        }
        let from = first.date().pred_opt().unwrap_or(first.date());
        let mut edges: Vec<NaiveDateTime> = from
            .iter_days()
            .take_while(|day| *day <= end.date())
            .flat_map(|day| {
                self.ranges_on(day)
                    .into_iter()
                    .filter_map(move |r| r.on(day))
            })
            .flat_map(|(start, stop)| [start, stop])
            .filter(|moment| first <= *moment && *moment < end)
            .collect();
        edges.sort();
        edges.dedup();
        edges
    }

    /// Every open stretch that starts from the day before `date` up to the look-ahead,
    /// sorted by start.
    fn stretches_from(&self, date: NaiveDate) -> Vec<(NaiveDateTime, NaiveDateTime)> {
        let first = date.pred_opt().unwrap_or(date);
        let mut stretches: Vec<_> = first
            .iter_days()
            .take(LOOKAHEAD_DAYS as usize + 2)
            .flat_map(|day| {
                self.ranges_on(day)
                    .into_iter()
                    .filter_map(move |r| r.on(day))
            })
            .collect();
        stretches.sort();
        stretches
    }

    /// The time ranges that start on `date`.
    fn ranges_on(&self, date: NaiveDate) -> Vec<TimeRange> {
        match self {
            Schedule::AlwaysOpen => vec![TimeRange {
                from: TimeOfDay(0),
                to: TimeOfDay::END_OF_DAY,
            }],
            Schedule::Weekly {
                periods,
                public_holidays,
            } => {
                if public_holiday(date).is_some() {
                    public_holidays.clone()
                } else {
                    periods
                        .iter()
                        .filter(|p| p.days.contains(&date.weekday()))
                        .map(|p| p.range)
                        .collect()
                }
            }
        }
    }
}

/// When a service that is open until `end` really closes: stretches that touch or
/// overlap (Monday 08–24 and Tuesday 00–08) count as one.
fn closing_time(
    stretches: &[(NaiveDateTime, NaiveDateTime)],
    mut end: NaiveDateTime,
) -> NaiveDateTime {
    while let Some(&(_, later_end)) = stretches
        .iter()
        .find(|(start, stretch_end)| *start <= end && *stretch_end > end)
    {
        end = later_end;
    }
    end
}

fn at_time(date: NaiveDate, time: TimeOfDay) -> Option<NaiveDateTime> {
    if time == TimeOfDay::END_OF_DAY {
        return next_day(date)?.and_hms_opt(0, 0, 0);
    }
    let m = u32::from(time.minutes());
    NaiveTime::from_hms_opt(m / 60, m % 60, 0).map(|t| date.and_time(t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Time, schedule};
    use Weekday::*;

    fn t(text: &str) -> TimeOfDay {
        TimeOfDay::parse(text).unwrap()
    }

    fn at(y: i32, m: u32, d: u32, time: &str) -> NaiveDateTime {
        let time = t(time);
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(u32::from(time.0 / 60), u32::from(time.0 % 60), 0)
            .unwrap()
    }

    fn weekly(periods: &[(&[Weekday], &str, &str)], holidays: &[(&str, &str)]) -> Schedule {
        Schedule::Weekly {
            periods: periods
                .iter()
                .map(|(days, from, to)| WeeklyPeriod {
                    days: days.to_vec(),
                    range: TimeRange {
                        from: t(from),
                        to: t(to),
                    },
                })
                .collect(),
            public_holidays: holidays
                .iter()
                .map(|(from, to)| TimeRange {
                    from: t(from),
                    to: t(to),
                })
                .collect(),
        }
    }

    fn office() -> Schedule {
        weekly(&[(&[Mon, Tue, Wed, Thu, Fri], "08:00", "15:30")], &[])
    }

    #[test]
    fn parses_and_rejects_times() {
        assert_eq!(t("00:00").0, 0);
        assert_eq!(t("24:00"), TimeOfDay::END_OF_DAY);
        assert_eq!(t("09:05").to_string(), "09:05");
        for bad in [
            "24:01", "25:00", "9:00", "09:60", "0900", "ab:cd", "", "-1:00", "+9:00",
        ] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn weekday_office_hours_edges() {
        // Thursday 26 November 2026.
        let s = office();
        assert_eq!(
            s.availability(at(2026, 11, 26, "07:59")),
            Availability::Closed {
                opens: Some(at(2026, 11, 26, "08:00"))
            }
        );
        assert_eq!(
            s.availability(at(2026, 11, 26, "08:00")),
            Availability::Open {
                until: Some(at(2026, 11, 26, "15:30"))
            }
        );
        assert!(s.availability(at(2026, 11, 26, "15:29")).is_open());
        // Closing time is exclusive; the evening points to the next morning.
        assert_eq!(
            s.availability(at(2026, 11, 26, "15:30")),
            Availability::Closed {
                opens: Some(at(2026, 11, 27, "08:00"))
            }
        );
    }

    #[test]
    fn weekend_points_to_monday() {
        let s = office();
        let expected = Availability::Closed {
            opens: Some(at(2026, 11, 30, "08:00")),
        };
        assert_eq!(s.availability(at(2026, 11, 27, "16:00")), expected); // Friday evening
        assert_eq!(s.availability(at(2026, 11, 28, "12:00")), expected); // Saturday
        assert_eq!(s.availability(at(2026, 11, 29, "23:59")), expected); // Sunday night
    }

    #[test]
    fn closed_on_public_holidays_unless_listed() {
        let s = office();
        // 17 May 2027 is a Monday; 2. juledag 2026 is a Saturday, 1. juledag a Friday.
        assert_eq!(
            s.availability(at(2027, 5, 17, "10:00")),
            Availability::Closed {
                opens: Some(at(2027, 5, 18, "08:00"))
            }
        );
        assert_eq!(
            s.availability(at(2026, 12, 24, "16:00")),
            Availability::Closed {
                opens: Some(at(2026, 12, 28, "08:00"))
            }
        );
        // Easter 2027: Thursday 25 March to Monday 29 March closed.
        assert_eq!(
            s.availability(at(2027, 3, 24, "18:00")),
            Availability::Closed {
                opens: Some(at(2027, 3, 30, "08:00"))
            }
        );
        let with_holiday_hours = weekly(
            &[(&[Mon, Tue, Wed, Thu, Fri], "14:00", "22:00")],
            &[("16:00", "22:00")],
        );
        assert_eq!(
            with_holiday_hours.availability(at(2027, 5, 17, "15:00")),
            Availability::Closed {
                opens: Some(at(2027, 5, 17, "16:00"))
            }
        );
        assert!(
            with_holiday_hours
                .availability(at(2027, 5, 17, "21:59"))
                .is_open()
        );
    }

    #[test]
    fn periods_past_midnight() {
        // 18:30–01:30 on Thursday runs into Friday morning.
        let s = weekly(&[(&[Thu], "18:30", "01:30")], &[]);
        assert_eq!(
            s.availability(at(2026, 11, 27, "01:00")),
            Availability::Open {
                until: Some(at(2026, 11, 27, "01:30"))
            }
        );
        assert!(!s.availability(at(2026, 11, 27, "01:30")).is_open());
        assert_eq!(
            s.availability(at(2026, 11, 26, "18:00")),
            Availability::Closed {
                opens: Some(at(2026, 11, 26, "18:30"))
            }
        );
    }

    #[test]
    fn touching_periods_close_at_the_real_end() {
        let s = weekly(
            &[(&[Mon], "08:00", "24:00"), (&[Tue], "00:00", "08:00")],
            &[],
        );
        assert_eq!(
            s.availability(at(2026, 11, 30, "23:00")),
            Availability::Open {
                until: Some(at(2026, 12, 1, "08:00"))
            }
        );
    }

    #[test]
    fn describes_hours_in_words() {
        assert_eq!(schedule(&Schedule::AlwaysOpen, &Time::NB), "Døgnåpen");
        assert_eq!(
            schedule(&office(), &Time::NB),
            "man–fre 08:00–15:30; stengt på helligdager"
        );
        let evenings = weekly(
            &[
                (&[Sat, Sun], "14:30", "01:30"),
                (&[Mon, Wed], "18:30", "22:30"),
            ],
            &[("16:00", "22:00")],
        );
        assert_eq!(
            schedule(&evenings, &Time::NB),
            "lør, søn 14:30–01:30; man, ons 18:30–22:30; helligdager 16:00–22:00"
        );
        let every_day = weekly(
            &[(&[Mon, Tue, Wed, Thu, Fri, Sat, Sun], "18:30", "22:30")],
            &[],
        );
        assert_eq!(
            schedule(&every_day, &Time::NB),
            "alle dager 18:30–22:30; stengt på helligdager"
        );
        assert_eq!(
            schedule(&evenings, &Time::EN),
            "Sat, Sun 14:30–01:30; Mon, Wed 18:30–22:30; public holidays 16:00–22:00"
        );
        assert_eq!(
            schedule(&office(), &Time::NN),
            "mån–fre 08:00–15:30; stengt på heilagdagar"
        );
    }

    #[test]
    fn edges_are_every_opening_and_closing_in_a_stretch_of_time() {
        let s = weekly(&[(&[Thu], "18:30", "01:30")], &[]);
        // Friday 27 November 2026 00:00 to Friday 4 December 00:00: the Thursday before
        // closes inside it, the Thursday inside opens and closes.
        assert_eq!(
            s.edges(at(2026, 11, 27, "00:00"), at(2026, 12, 4, "00:00")),
            [at(2026, 11, 27, "01:30"), at(2026, 12, 3, "18:30")]
        );
        // Christmas Day 2026 is a Friday: an office has no edges then.
        let edges = office().edges(at(2026, 12, 24, "00:00"), at(2026, 12, 26, "00:00"));
        assert_eq!(
            edges,
            [at(2026, 12, 24, "08:00"), at(2026, 12, 24, "15:30")]
        );
        assert!(
            Schedule::AlwaysOpen
                .edges(at(2026, 12, 24, "00:00"), at(2027, 12, 24, "00:00"))
                .is_empty()
        );
    }

    #[test]
    fn always_open_and_never_open() {
        assert_eq!(
            Schedule::AlwaysOpen.availability(at(2026, 12, 25, "03:00")),
            Availability::Open { until: None }
        );
        let never = weekly(&[], &[]);
        assert_eq!(
            never.availability(at(2026, 12, 25, "03:00")),
            Availability::Closed { opens: None }
        );
    }
}
