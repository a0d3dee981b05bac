//! Texts about time, and the words for opening hours: whether a service is open,
//! weekdays and public holidays.

use chrono::{Datelike as _, NaiveDateTime, Weekday};

use super::fill;
use crate::routine::holidays::{Holiday, public_holiday};
use crate::routine::hours::{Availability, Schedule, TimeRange};

texts! {
    Time {
        hours_unknown: ["Åpningstid ukjent", "Opningstid ukjend", "Opening hours unknown"],
        always_open: ["Døgnåpen", "Døgnope", "Open day and night"],
        open_until: ["Åpen nå, til {when}", "Open no, til {when}", "Open now, until {when}"],
        closed: ["Stengt nå", "Stengt no", "Closed now"],
        closed_holiday: ["Stengt nå ({holiday})", "Stengt no ({holiday})", "Closed now ({holiday})"],
        opens: ["{closed}. Åpner {when}", "{closed}. Opnar {when}", "{closed}. Opens {when}"],
        today_at: ["kl. {time}", "kl. {time}", "at {time}"],
        tomorrow_at: ["i morgen kl. {time}", "i morgon kl. {time}", "tomorrow at {time}"],
        weekday_at: ["{day} kl. {time}", "{day} kl. {time}", "{day} at {time}"],
        date_at: ["{day}.{month}. kl. {time}", "{day}.{month}. kl. {time}", "{day}/{month} at {time}"],
        every_day: ["alle dager", "alle dagar", "every day"],
        closed_on_holidays: ["stengt på helligdager", "stengt på heilagdagar", "closed on public holidays"],
        holiday_hours: ["helligdager {hours}", "heilagdagar {hours}", "public holidays {hours}"],
        mon_short: ["man", "mån", "Mon"],
        tue_short: ["tir", "tys", "Tue"],
        wed_short: ["ons", "ons", "Wed"],
        thu_short: ["tor", "tor", "Thu"],
        fri_short: ["fre", "fre", "Fri"],
        sat_short: ["lør", "lau", "Sat"],
        sun_short: ["søn", "sun", "Sun"],
        monday: ["mandag", "måndag", "Monday"],
        tuesday: ["tirsdag", "tysdag", "Tuesday"],
        wednesday: ["onsdag", "onsdag", "Wednesday"],
        thursday: ["torsdag", "torsdag", "Thursday"],
        friday: ["fredag", "fredag", "Friday"],
        saturday: ["lørdag", "laurdag", "Saturday"],
        sunday: ["søndag", "sundag", "Sunday"],
        new_years_day: ["1. nyttårsdag", "1. nyttårsdag", "New Year's Day"],
        labour_day: ["Arbeidernes dag", "Arbeidarane sin dag", "Labour Day"],
        constitution_day: ["Grunnlovsdag", "Grunnlovsdagen", "Constitution Day"],
        christmas_day: ["1. juledag", "1. juledag", "Christmas Day"],
        boxing_day: ["2. juledag", "2. juledag", "Boxing Day"],
        maundy_thursday: ["Skjærtorsdag", "Skjærtorsdag", "Maundy Thursday"],
        good_friday: ["Langfredag", "Langfredag", "Good Friday"],
        easter_sunday: ["1. påskedag", "1. påskedag", "Easter Sunday"],
        easter_monday: ["2. påskedag", "2. påskedag", "Easter Monday"],
        ascension_day: ["Kristi himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day"],
        whit_sunday: ["1. pinsedag", "1. pinsedag", "Whit Sunday"],
        whit_monday: ["2. pinsedag", "2. pinsedag", "Whit Monday"],
    }
}

/// The opening hours in words: "Døgnåpen", "man–fre 08:00–15:30; stengt på helligdager".
pub fn schedule(schedule: &Schedule, time: &Time) -> String {
    let Schedule::Weekly {
        periods,
        public_holidays,
    } = schedule
    else {
        return time.always_open.to_owned();
    };
    let mut parts: Vec<String> = periods
        .iter()
        .map(|p| format!("{} {}", days(&p.days, time), range(p.range)))
        .collect();
    parts.push(if public_holidays.is_empty() {
        time.closed_on_holidays.to_owned()
    } else {
        let ranges: Vec<String> = public_holidays.iter().map(|r| range(*r)).collect();
        fill(time.holiday_hours, &[("hours", &ranges.join(", "))])
    });
    parts.join("; ")
}

fn range(range: TimeRange) -> String {
    format!("{}–{}", range.from, range.to)
}

/// The days of the week with their short names, Monday first.
pub fn day_names(time: &Time) -> [(Weekday, &'static str); 7] {
    [
        (Weekday::Mon, time.mon_short),
        (Weekday::Tue, time.tue_short),
        (Weekday::Wed, time.wed_short),
        (Weekday::Thu, time.thu_short),
        (Weekday::Fri, time.fri_short),
        (Weekday::Sat, time.sat_short),
        (Weekday::Sun, time.sun_short),
    ]
}

/// "man–fre", "lør, søn", "alle dager": runs of three or more days as a range.
fn days(days: &[Weekday], time: &Time) -> String {
    let names = day_names(time);
    let present: Vec<bool> = names.iter().map(|(d, _)| days.contains(d)).collect();
    if present.iter().all(|p| *p) {
        return time.every_day.to_owned();
    }
    let mut parts = Vec::new();
    let mut i = 0;
    while i < present.len() {
        if !present[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < present.len() && present[i + 1] {
            i += 1;
        }
        match i - start {
            0 => parts.push(names[start].1.to_owned()),
            1 => parts.extend([names[start].1.to_owned(), names[i].1.to_owned()]),
            _ => parts.push(format!("{}–{}", names[start].1, names[i].1)),
        }
        i += 1;
    }
    parts.join(", ")
}

/// "Åpen nå, til kl. 15:30", "Stengt nå (2. juledag). Åpner mandag kl. 08:00" and the like.
pub fn availability(availability: Option<&Availability>, at: NaiveDateTime, time: &Time) -> String {
    match availability {
        None => time.hours_unknown.to_owned(),
        Some(Availability::Open { until: None }) => time.always_open.to_owned(),
        Some(Availability::Open { until: Some(until) }) => {
            fill(time.open_until, &[("when", &when(*until, at, time))])
        }
        Some(Availability::Closed { opens }) => {
            let closed = match public_holiday(at.date()) {
                Some(day) => fill(time.closed_holiday, &[("holiday", &holiday(day, time))]),
                None => time.closed.to_owned(),
            };
            match opens {
                Some(opens) => fill(
                    time.opens,
                    &[("closed", &closed), ("when", &when(*opens, at, time))],
                ),
                None => closed,
            }
        }
    }
}

/// A moment relative to `now`: "kl. 15:30", "i morgen kl. 08:00", "mandag kl. 08:00",
/// "30.12. kl. 08:00".
fn when(moment: NaiveDateTime, now: NaiveDateTime, time: &Time) -> String {
    let clock = moment.format("%H:%M");
    match (moment.date() - now.date()).num_days() {
        0 => fill(time.today_at, &[("time", &clock)]),
        1 => fill(time.tomorrow_at, &[("time", &clock)]),
        2..=6 => fill(
            time.weekday_at,
            &[("day", &weekday(moment.weekday(), time)), ("time", &clock)],
        ),
        _ => fill(
            time.date_at,
            &[
                ("day", &moment.day()),
                ("month", &moment.month()),
                ("time", &clock),
            ],
        ),
    }
}

fn weekday(day: Weekday, time: &Time) -> &'static str {
    match day {
        Weekday::Mon => time.monday,
        Weekday::Tue => time.tuesday,
        Weekday::Wed => time.wednesday,
        Weekday::Thu => time.thursday,
        Weekday::Fri => time.friday,
        Weekday::Sat => time.saturday,
        Weekday::Sun => time.sunday,
    }
}

/// A public holiday's name.
pub fn holiday(holiday: Holiday, time: &Time) -> &'static str {
    match holiday {
        Holiday::NewYearsDay => time.new_years_day,
        Holiday::MaundyThursday => time.maundy_thursday,
        Holiday::GoodFriday => time.good_friday,
        Holiday::EasterSunday => time.easter_sunday,
        Holiday::EasterMonday => time.easter_monday,
        Holiday::LabourDay => time.labour_day,
        Holiday::AscensionDay => time.ascension_day,
        Holiday::ConstitutionDay => time.constitution_day,
        Holiday::WhitSunday => time.whit_sunday,
        Holiday::WhitMonday => time.whit_monday,
        Holiday::ChristmasDay => time.christmas_day,
        Holiday::BoxingDay => time.boxing_day,
    }
}
