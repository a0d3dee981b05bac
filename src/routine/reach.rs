//! Whom to contact now: the contacts of an action level (and the employee's sector),
//! narrowed to the person's audience, each with whether it is open at a local time and,
//! while closed, what to use instead.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;

use super::hours::Availability;
use super::model::{Contact, ContactRole, Id, Level, Routine};

/// A contact and whether it can be reached at the moment asked about.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactNow<'r> {
    pub contact: &'r Contact,
    /// `None` when the routine does not know the opening hours.
    pub availability: Option<Availability>,
    /// While closed, or for a day service whose hours are not known: the contacts the
    /// routine names to use instead that are open now (or whose hours are not known).
    pub instead: Vec<&'r Contact>,
}

impl ContactNow<'_> {
    pub fn is_closed(&self) -> bool {
        matches!(self.availability, Some(Availability::Closed { .. }))
    }
}

/// The contacts for `level`: the level's own, then the sector's, in the routine's order,
/// without those meant only for other audiences.
pub fn contacts_now<'r>(
    routine: &'r Routine,
    level: Level,
    audience: Option<&str>,
    sector: Option<&str>,
    at: NaiveDateTime,
) -> Vec<ContactNow<'r>> {
    let level_ids = routine
        .level(level)
        .map(|l| l.contacts.as_slice())
        .unwrap_or_default();
    let sector_ids = sector
        .and_then(|id| routine.sectors.iter().find(|s| s.id == id))
        .map(|s| s.contacts.as_slice())
        .unwrap_or_default();
    let mut seen = Vec::new();
    level_ids
        .iter()
        .chain(sector_ids)
        .filter_map(|id| routine.contact(id))
        .filter(|c| for_audience(c, audience))
        .filter(|c| {
            let first = !seen.contains(&c.id);
            seen.push(c.id.clone());
            first
        })
        .map(|contact| contact_now(routine, contact, audience, at))
        .collect()
}

/// The number to call first at `level`: the contact a criterion in force names to call
/// first (112 when others are in danger), else the first of the level's contacts
/// (`contacts`, as [`contacts_now`] gives them) that has a number and is open now, else
/// the first that has a number at all.
pub fn first_to_call<'r>(
    routine: &'r Routine,
    level: Level,
    criteria: &BTreeSet<Id>,
    contacts: &[ContactNow<'r>],
) -> Option<&'r Contact> {
    let named = routine
        .level(level)
        .into_iter()
        .flat_map(|l| &l.criteria)
        .filter(|c| criteria.contains(&c.id))
        .find_map(|c| c.call_first.as_deref().and_then(|id| routine.contact(id)))
        .filter(|c| c.phone.is_some());
    let with_number = || contacts.iter().filter(|c| c.contact.phone.is_some());
    named
        .or_else(|| {
            with_number()
                .find(|c| c.availability.as_ref().is_some_and(|a| a.is_open()))
                .map(|c| c.contact)
        })
        .or_else(|| with_number().next().map(|c| c.contact))
}

/// The contacts with a number to call first, in their order, then those without.
pub fn numbers_first<'r>(contacts: Vec<ContactNow<'r>>) -> Vec<ContactNow<'r>> {
    let (with, without): (Vec<_>, Vec<_>) = contacts
        .into_iter()
        .partition(|c| c.contact.phone.is_some());
    with.into_iter().chain(without).collect()
}

fn for_audience(contact: &Contact, audience: Option<&str>) -> bool {
    match audience {
        Some(audience) => {
            contact.audiences.is_empty() || contact.audiences.iter().any(|a| a == audience)
        }
        None => true,
    }
}

fn availability_at(contact: &Contact, at: NaiveDateTime) -> Option<Availability> {
    contact.hours.as_ref().map(|h| h.schedule.availability(at))
}

/// Whether `contact` can be reached at the local time `at`, and, while it is closed (or
/// is a day service whose hours are not known), which of the contacts the routine names
/// for then are for the `audience` and open. The one answer the window, the web pages and
/// `rutineveileder hours` all give.
pub fn contact_now<'r>(
    routine: &'r Routine,
    contact: &'r Contact,
    audience: Option<&str>,
    at: NaiveDateTime,
) -> ContactNow<'r> {
    let availability = availability_at(contact, at);
    let may_be_closed = match &availability {
        Some(Availability::Closed { .. }) => true,
        Some(Availability::Open { .. }) => false,
        None => contact.role == ContactRole::Day,
    };
    let instead = if may_be_closed {
        contact
            .when_closed
            .iter()
            .filter_map(|id| routine.contact(id))
            .filter(|c| for_audience(c, audience))
            .filter(|c| availability_at(c, at).is_none_or(|a| a.is_open()))
            .collect()
    } else {
        Vec::new()
    };
    ContactNow {
        contact,
        availability,
        instead,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;
    use crate::i18n::{Time, availability};
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn describes_open_and_closed() {
        let now = at(2026, 11, 26, 10, 0); // Thursday
        let open = Availability::Open {
            until: Some(at(2026, 11, 26, 15, 30)),
        };
        assert_eq!(
            availability(Some(&open), now, &Time::NB),
            "Åpen nå, til kl. 15:30"
        );
        let closed = Availability::Closed {
            opens: Some(at(2026, 11, 30, 8, 0)),
        };
        assert_eq!(
            availability(Some(&closed), now, &Time::NB),
            "Stengt nå. Åpner mandag kl. 08:00"
        );
        let christmas = at(2026, 12, 25, 10, 0);
        let closed = Availability::Closed {
            opens: Some(at(2026, 12, 28, 8, 0)),
        };
        assert_eq!(
            availability(Some(&closed), christmas, &Time::NB),
            "Stengt nå (1. juledag). Åpner mandag kl. 08:00"
        );
        assert_eq!(availability(None, now, &Time::NB), "Åpningstid ukjent");
        assert_eq!(
            availability(Some(&closed), christmas, &Time::EN),
            "Closed now (Christmas Day). Opens Monday at 08:00"
        );
        assert_eq!(
            availability(Some(&closed), christmas, &Time::NN),
            "Stengt no (1. juledag). Opnar måndag kl. 08:00"
        );
    }

    #[test]
    fn a_day_service_with_unknown_hours_names_what_to_use_if_closed() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let routine = check_embedded(today).routine.unwrap();
        let now = at(2026, 11, 26, 23, 0);
        let contacts = contacts_now(&routine, Level::Yellow, None, None, now);
        let fastlege = contacts
            .iter()
            .find(|c| c.contact.id == "fastlege")
            .unwrap();
        assert_eq!(fastlege.availability, None);
        let instead: Vec<&str> = fastlege.instead.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(instead, ["legevakt-116117", "amk-113"]);
        let legevakt = contacts
            .iter()
            .find(|c| c.contact.id == "legevakt-116117")
            .unwrap();
        assert!(
            legevakt.instead.is_empty(),
            "an open service needs no replacement"
        );
    }

    #[test]
    fn youth_contacts_only_for_youth() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let routine = check_embedded(today).routine.unwrap();
        let now = at(2026, 11, 26, 10, 0);
        let youth_only = |c: &Contact| c.audiences == ["barn-unge"];
        let for_adult = contacts_now(&routine, Level::Green, Some("voksen"), None, now);
        assert!(!for_adult.iter().any(|c| youth_only(c.contact)));
        let for_youth = contacts_now(&routine, Level::Green, Some("barn-unge"), None, now);
        assert!(for_youth.iter().any(|c| youth_only(c.contact)));
    }
}
