//! The presentation: slides generated from the routine for a staff session. Long lists
//! are split over several slides so that no slide holds more than fits on a projector.

use crate::i18n::{Texts, fill};
use crate::routine::{ContactRole, Factor, Item, Level, Routine};

/// One slide: a title, the points on it, and notes for the facilitator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slide {
    pub title: String,
    /// A line shown large above the points ("Vi har ingen å miste.").
    pub lead: Option<String>,
    pub points: Vec<String>,
    /// Shown only when the facilitator asks for them.
    pub notes: Vec<String>,
    /// The action level a slide is about, for its colour and symbol.
    pub level: Option<Level>,
}

/// How many lines a slide's points may fill, counting a point of `CHARS_PER_LINE`
/// characters as one line. Sized for 1280 × 720 with the presentation's type.
pub const LINES_PER_SLIDE: usize = 9;
pub const CHARS_PER_LINE: usize = 58;

impl Slide {
    fn new(title: impl Into<String>) -> Slide {
        Slide {
            title: title.into(),
            lead: None,
            points: Vec::new(),
            notes: Vec::new(),
            level: None,
        }
    }

    fn with_notes(mut self, notes: impl IntoIterator<Item = String>) -> Slide {
        self.notes.extend(notes);
        self
    }
}

/// The lines a point takes on a slide.
pub fn lines(point: &str) -> usize {
    point.chars().count().div_ceil(CHARS_PER_LINE).max(1)
}

/// Splits points over as many slides as needed, numbering the titles ("(2/3)").
fn split(template: Slide, points: Vec<String>) -> Vec<Slide> {
    let mut chunks: Vec<Vec<String>> = vec![Vec::new()];
    let mut used = 0;
    for point in points {
        let needed = lines(&point);
        let current = chunks.last().map_or(0, Vec::len);
        if current > 0 && used + needed > LINES_PER_SLIDE {
            chunks.push(Vec::new());
            used = 0;
        }
        used += needed;
        if let Some(chunk) = chunks.last_mut() {
            chunk.push(point);
        }
    }
    let count = chunks.len();
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, points)| Slide {
            title: if count > 1 {
                format!("{} ({}/{count})", template.title, i + 1)
            } else {
                template.title.clone()
            },
            points,
            ..template.clone()
        })
        .collect()
}

fn texts(items: &[Item]) -> Vec<String> {
    items.iter().map(|i| i.text.clone()).collect()
}

fn flatten(factors: &[Factor], depth: usize, out: &mut Vec<String>) {
    for factor in factors {
        let dash = if depth > 0 { "– " } else { "" };
        out.push(format!("{dash}{}", factor.item.text));
        flatten(&factor.children, depth + 1, out);
    }
}

fn paragraphs(text: &Option<String>) -> Vec<String> {
    text.iter()
        .flat_map(|t| t.split("\n\n"))
        .map(str::to_owned)
        .collect()
}

/// Every slide of the presentation, in order, with the program's own texts (titles,
/// leads) in the language of `t`; the routine's content stays as it is.
pub fn all(routine: &Routine, t: &Texts) -> Vec<Slide> {
    let mut all = vec![title_slide(routine, t)];
    all.extend(split(
        Slide::new(t.training.slide_why).with_notes(paragraphs(&routine.purpose.intro)),
        texts(&routine.key_messages),
    ));
    for group in &routine.warning_signs.groups {
        let title = fill(
            t.training.slide_warning_signs,
            &[("group", &group.title.to_lowercase())],
        );
        let slide = Slide::new(title).with_notes(paragraphs(&routine.warning_signs.intro));
        all.extend(split(slide, texts(&group.signs)));
    }
    for (title, list) in [
        (t.training.risk_factors, &routine.risk_factors),
        (
            t.training.triggering_situations,
            &routine.triggering_situations,
        ),
        (
            t.training.slide_protective_factors,
            &routine.protective_factors,
        ),
    ] {
        let mut points = Vec::new();
        for group in &list.groups {
            if let Some(heading) = &group.title {
                points.push(format!("{heading}:"));
            }
            flatten(&group.factors, 0, &mut points);
        }
        let notes = paragraphs(&list.intro)
            .into_iter()
            .chain(paragraphs(&list.note));
        all.extend(split(Slide::new(title).with_notes(notes), points));
    }
    all.extend(ask_slides(routine, t));
    for level in &routine.levels {
        let name: [(&str, &dyn std::fmt::Display); 2] =
            [("name", &level.name), ("title", &level.title)];
        let template = Slide {
            level: Some(level.level),
            ..Slide::new(fill(t.training.slide_level_when, &name))
        }
        .with_notes(
            std::iter::once(level.summary.clone())
                .chain(routine.level_rule.iter().map(|rule| rule.text.clone())),
        );
        all.extend(split(template.clone(), texts(&level.criteria)));
        let actions = Slide {
            title: fill(t.training.slide_level_actions, &name),
            ..template
        };
        all.extend(split(actions, texts(&level.actions)));
    }
    all.extend(contact_slides(routine, t));
    let checklist = routine
        .checklist
        .iter()
        .map(|c| {
            let levels: Vec<&str> = c
                .levels
                .iter()
                .filter_map(|l| routine.level(*l))
                .map(|l| l.name.as_str())
                .collect();
            format!("{} ({})", c.item.text, levels.join(", "))
        })
        .collect();
    all.extend(split(Slide::new(t.training.slide_checklist), checklist));
    all.extend(split(
        Slide::new(routine.aftercare.title.clone())
            .with_notes(paragraphs(&routine.aftercare.intro)),
        texts(&routine.aftercare.items),
    ));
    all
}

fn title_slide(routine: &Routine, t: &Texts) -> Slide {
    let meta = &routine.metadata;
    Slide {
        // The routine's second key message is its call to everyone ("alle kan gjøre
        // noe"); a routine with one message shows that one. Content keeps its language.
        lead: routine
            .key_messages
            .get(1)
            .or(routine.key_messages.first())
            .map(|m| m.text.clone()),
        points: vec![
            meta.municipality.clone(),
            fill(t.training.slide_version, &[("version", &meta.version)]),
        ],
        ..Slide::new(meta.title.clone())
    }
    .with_notes(paragraphs(&routine.purpose.intro))
}

/// The first sentence of a text, when the text has more than one.
fn first_sentence(text: &str) -> Option<String> {
    text.split_once(". ").map(|(first, _)| format!("{first}."))
}

fn ask_slides(routine: &Routine, t: &Texts) -> Vec<Slide> {
    let ask = &routine.ask;
    // The lead is the intro's first sentence, in the routine's own words.
    let lead = ask.intro.as_deref().and_then(first_sentence);
    let mut all = split(
        Slide {
            lead,
            ..Slide::new(t.training.slide_ask)
        }
        .with_notes(paragraphs(&ask.intro)),
        texts(&ask.phrasings),
    );
    all.extend(split(Slide::new(t.training.slide_dos), texts(&ask.dos)));
    all.extend(split(Slide::new(t.training.slide_donts), texts(&ask.donts)));
    all
}

/// The contacts of the levels, by day and out of hours, with their numbers.
fn contact_slides(routine: &Routine, t: &Texts) -> Vec<Slide> {
    let mut seen: Vec<&str> = Vec::new();
    let mut day = Vec::new();
    let mut night = Vec::new();
    for contact in routine
        .levels
        .iter()
        .flat_map(|l| &l.contacts)
        .filter_map(|id| routine.contact(id))
    {
        if seen.contains(&contact.id.as_str()) {
            continue;
        }
        seen.push(&contact.id);
        let number = contact
            .phone
            .as_ref()
            .map(|p| p.display.clone())
            .or_else(|| contact.url.clone())
            .unwrap_or_else(|| t.training.slide_number_missing.to_owned());
        let line = format!("{}: {number}", contact.name);
        match contact.role {
            ContactRole::Day => day.push(line),
            ContactRole::OutOfHours | ContactRole::Any => night.push(line),
        }
    }
    let mut all = split(Slide::new(t.training.slide_contacts_day), day);
    all.extend(split(Slide::new(t.training.slide_contacts_night), night));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;
    use crate::i18n::Language;

    fn routine() -> Routine {
        check_embedded(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
            .routine
            .unwrap()
    }

    #[test]
    fn no_slide_holds_more_than_fits() {
        for slide in all(&routine(), Language::Bokmal.texts()) {
            let used: usize = slide.points.iter().map(|p| lines(p)).sum();
            assert!(
                used <= LINES_PER_SLIDE || slide.points.len() == 1,
                "{}: {used} lines",
                slide.title
            );
        }
    }

    #[test]
    fn every_sign_factor_phrasing_and_level_is_on_a_slide() {
        let routine = routine();
        let all: Vec<String> = all(&routine, Language::Bokmal.texts())
            .into_iter()
            .flat_map(|s| s.points)
            .collect();
        let has = |text: &str| all.iter().any(|p| p.contains(text));
        for item in routine.all_items() {
            assert!(has(&item.text), "missing on slides: {}", item.text);
        }
        for phrasing in &routine.ask.phrasings {
            assert!(has(&phrasing.text));
        }
        for level in &routine.levels {
            for action in &level.actions {
                assert!(has(&action.text));
            }
        }
    }

    #[test]
    fn split_lists_are_numbered() {
        let points: Vec<String> = (0..20).map(|i| format!("Punkt {i}")).collect();
        let slides = split(Slide::new("Liste"), points);
        assert_eq!(slides.len(), 3);
        assert_eq!(slides[0].title, "Liste (1/3)");
        assert_eq!(slides.iter().map(|s| s.points.len()).sum::<usize>(), 20);
    }
}
