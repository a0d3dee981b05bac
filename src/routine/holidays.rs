//! Norwegian public holidays (helligdager and the two høytidsdager 1 and 17 May).

use chrono::{Datelike as _, Days, NaiveDate};

/// A Norwegian public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    MaundyThursday,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    LabourDay,
    AscensionDay,
    ConstitutionDay,
    WhitSunday,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
}

/// The public holiday on `date`, or `None` on an ordinary day.
///
/// Ordinary Sundays are not listed: opening hours treat them as Sundays already.
/// Christmas Eve and New Year's Eve are not public holidays in Norway.
pub fn public_holiday(date: NaiveDate) -> Option<Holiday> {
    fixed_holiday(date.month(), date.day()).or_else(|| easter_holiday(date))
}

fn fixed_holiday(month: u32, day: u32) -> Option<Holiday> {
    match (month, day) {
        (1, 1) => Some(Holiday::NewYearsDay),
        (5, 1) => Some(Holiday::LabourDay),
        (5, 17) => Some(Holiday::ConstitutionDay),
        (12, 25) => Some(Holiday::ChristmasDay),
        (12, 26) => Some(Holiday::BoxingDay),
        _ => None,
    }
}

/// Holidays counted in days from Easter Sunday.
const EASTER_HOLIDAYS: [(i64, Holiday); 7] = [
    (-3, Holiday::MaundyThursday),
    (-2, Holiday::GoodFriday),
    (0, Holiday::EasterSunday),
    (1, Holiday::EasterMonday),
    (39, Holiday::AscensionDay),
    (49, Holiday::WhitSunday),
    (50, Holiday::WhitMonday),
];

fn easter_holiday(date: NaiveDate) -> Option<Holiday> {
    let easter = easter_sunday(date.year())?;
    let offset = date.signed_duration_since(easter).num_days();
    EASTER_HOLIDAYS
        .iter()
        .find(|(days, _)| *days == offset)
        .map(|(_, name)| *name)
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm,
/// also known as Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = u32::try_from(month).ok()?;
    let day = u32::try_from(day).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The day after `date`, if the calendar has one.
pub(crate) fn next_day(date: NaiveDate) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Time, holiday};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_matches_known_dates() {
        // Known Easter Sundays, from published calendars.
        for (y, m, d) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2038, 4, 25),
            (2000, 4, 23),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(y), Some(date(y, m, d)), "year {y}");
        }
    }

    #[test]
    fn names_every_holiday_of_2026() {
        let expected = [
            ((1, 1), "1. nyttårsdag"),
            ((4, 2), "Skjærtorsdag"),
            ((4, 3), "Langfredag"),
            ((4, 5), "1. påskedag"),
            ((4, 6), "2. påskedag"),
            ((5, 1), "Arbeidernes dag"),
            ((5, 14), "Kristi himmelfartsdag"),
            ((5, 17), "Grunnlovsdag"),
            ((5, 24), "1. pinsedag"),
            ((5, 25), "2. pinsedag"),
            ((12, 25), "1. juledag"),
            ((12, 26), "2. juledag"),
        ];
        for ((m, d), name) in expected {
            assert_eq!(
                public_holiday(date(2026, m, d)).map(|h| holiday(h, &Time::NB)),
                Some(name),
                "{d}.{m}."
            );
        }
        let holidays_in_year = (1..=365)
            .filter_map(|n| NaiveDate::from_yo_opt(2026, n))
            .filter(|d| public_holiday(*d).is_some())
            .count();
        assert_eq!(holidays_in_year, expected.len());
    }

    #[test]
    fn ordinary_days_around_holidays_are_not_holidays() {
        for (m, d) in [(12, 24), (12, 31), (4, 1), (4, 7), (5, 16), (5, 18)] {
            assert_eq!(public_holiday(date(2026, m, d)), None, "{d}.{m}.");
        }
    }
}
