//! The presentation: slides made from the routine for a staff session, each of a kind
//! drawn for what it is (a title slide, section dividers, points with sub-points, a
//! level's criteria and actions in its colour, contacts as a table, the plan's messages
//! as quotes), laid out on the canvas of `canvas.rs`. The type never shrinks: what does
//! not fit goes on the next slide, decided from the same layout the window and the PDF
//! draw. A lead-in travels with its first items, a point with its first sub-point, and
//! every text of the routine the deck shows is on exactly one slide. How each kind is
//! drawn is in `slides/draw.rs`; how things are shared between slides in
//! `slides/split.rs`.

mod draw;
mod split;

use crate::i18n::{Texts, fill, version_line};
use crate::routine::readability::sentences;
use crate::routine::{
    Contact, ContactRole, ContactStatus, Factor, FactorList, Item, Level, Routine,
};

use super::canvas::{Drawing, Measure};
pub use draw::CONTENT_BOTTOM;
use draw::{
    BODY, Heading, LaidBlock, QUOTE, QUOTE_GAP, block_gap, call_113, contact_marks, divider_fits,
    footer, header, quote_text, title_content,
};
use split::{Glue, Unit, balanced};

/// One slide: its title as shown, what is on it, its notes for the facilitator (shown
/// only on request), and where everything on it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub title: String,
    pub content: Content,
    pub notes: Vec<String>,
    pub drawing: Drawing,
}

/// What a slide holds, by its kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// The first slide: the routine's title (the slide's), the municipality, the version
    /// with its approval or «utkast», and the plan's words.
    Title {
        municipality: String,
        words: Option<String>,
        status: String,
    },
    /// A section divider: which part of the deck it opens (the first of five …); the
    /// levels' divider names the three levels.
    Section {
        part: (usize, usize),
        levels: Vec<LevelName>,
    },
    /// Points, led in or not, with one level of sub-points; a level's criteria or actions
    /// carry the level.
    Points {
        lead: Option<String>,
        level: Option<LevelName>,
        blocks: Vec<Block>,
    },
    /// Whom to contact, with their numbers.
    Contacts { rows: Vec<ContactRow> },
    /// The plan's messages.
    Quotes { quotes: Vec<String> },
}

/// An action level as a slide names it: «RØD – Akutt fare – handle nå».
#[derive(Debug, Clone, PartialEq)]
pub struct LevelName {
    pub level: Level,
    pub label: String,
}

/// What a block of a points slide is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Text of its own (the rule for choosing a level).
    Paragraph,
    /// A line that introduces the points after it; never the last on a slide.
    LeadIn,
    Point,
    /// A point under the point before it, drawn indented.
    SubPoint,
}

/// A block of a points slide: its text, and what follows it on its last line (the
/// levels a checklist item is for).
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub after: Option<String>,
}

impl Block {
    fn new(kind: BlockKind, text: impl Into<String>) -> Block {
        Block {
            kind,
            text: text.into(),
            after: None,
        }
    }
}

/// A contact and its number as a slide shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactRow {
    pub name: String,
    pub number: String,
    /// How the number is reached: a phone number (`tel:`) or a web address.
    pub link: Option<String>,
    /// Whether the number is a phone number, shown large.
    pub phone: bool,
    /// A placeholder contact shown without a number: the user should know.
    pub gap: bool,
}

impl Slide {
    /// The texts of the routine's items the slide shows (its signs, factors, criteria,
    /// actions, messages …), as the routine words them: the program's own words, the
    /// titles, lead-ins and contacts left out.
    pub fn item_texts(&self) -> Vec<&str> {
        match &self.content {
            Content::Title { words, .. } => words.iter().map(String::as_str).collect(),
            Content::Section { .. } | Content::Contacts { .. } => Vec::new(),
            Content::Points { blocks, .. } => blocks
                .iter()
                .filter(|b| b.kind != BlockKind::LeadIn)
                .map(|b| b.text.as_str())
                .collect(),
            Content::Quotes { quotes } => quotes.iter().map(String::as_str).collect(),
        }
    }

    /// The contacts printed as a gap, by name.
    pub fn gaps(&self) -> Vec<&str> {
        match &self.content {
            Content::Contacts { rows } => rows
                .iter()
                .filter(|r| r.gap)
                .map(|r| r.name.as_str())
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// A slide before it is drawn: its title, content and notes.
struct Draft {
    title: String,
    content: Content,
    notes: Vec<String>,
}

/// Every slide of the presentation, in order, with the program's own words (titles,
/// leads, the version line) in the language of `t`; the routine's content stays as it
/// is. `measure` is the font the slides are drawn with.
pub fn deck(routine: &Routine, t: &Texts, measure: &dyn Measure) -> Vec<Slide> {
    let drafts = drafts(routine, t, measure);
    let total = drafts.len();
    let call = call_113(routine, t);
    drafts
        .into_iter()
        .enumerate()
        .map(|(index, draft)| {
            let mut drawing = Drawing::default();
            draw::content(&mut drawing, &draft, measure, t);
            footer(&mut drawing, (index, total), &call, measure, t);
            Slide {
                title: draft.title,
                content: draft.content,
                notes: draft.notes,
                drawing,
            }
        })
        .collect()
}

fn drafts(routine: &Routine, t: &Texts, m: &dyn Measure) -> Vec<Draft> {
    let (title, shown) = title_slide(routine, t, m);
    let mut all = vec![title];
    all.extend(why(routine, shown, t, m));
    let none = Vec::new;
    section(
        &mut all,
        (t.training.section_signs, signs(routine, t, m)),
        none(),
    );
    section(
        &mut all,
        (t.training.section_ask, asking(routine, t, m)),
        none(),
    );
    let names: Vec<LevelName> = routine.levels.iter().map(|l| level_name(l, t)).collect();
    let levels_slides = levels(routine, &names, t, m);
    // The levels' divider names the three levels where they fit on it.
    let overview = divider_fits(t.training.section_levels, &names, m, t).then_some(names);
    let levels = (t.training.section_levels, levels_slides);
    section(&mut all, levels, overview.unwrap_or_default());
    let contacts = contact_slides(routine, t, m);
    section(&mut all, (t.training.section_contacts, contacts), none());
    section(
        &mut all,
        (t.training.section_after, after(routine, t, m)),
        none(),
    );
    number_sections(&mut all);
    all
}

/// Numbers the section dividers: the first of five, the second …
fn number_sections(all: &mut [Draft]) {
    let total = (all.iter())
        .filter(|d| matches!(d.content, Content::Section { .. }))
        .count();
    let mut number = 0;
    for draft in all {
        if let Content::Section { part, .. } = &mut draft.content {
            number += 1;
            *part = (number, total);
        }
    }
}

/// The plan's messages as quotes (all but the title slide's), with the purpose's
/// points as the facilitator's notes.
fn why(routine: &Routine, shown: Option<usize>, t: &Texts, m: &dyn Measure) -> Vec<Draft> {
    let quotes: Vec<String> = (routine.key_messages.iter().enumerate())
        .filter(|(i, _)| Some(*i) != shown)
        .map(|(_, message)| message.text.clone())
        .collect();
    let purpose = routine
        .purpose
        .items
        .iter()
        .map(|i| i.text.clone())
        .collect();
    quote_slides(t.training.slide_why, quotes, purpose, t, m)
}

/// What to notice: the warning signs by group, the risk factors, the situations that
/// should sharpen attention, and the protective factors.
fn signs(routine: &Routine, t: &Texts, m: &dyn Measure) -> Vec<Draft> {
    let mut all = Vec::new();
    for group in &routine.warning_signs.groups {
        let group_name = group.title.to_lowercase();
        let title = fill(t.training.slide_warning_signs, &[("group", &group_name)]);
        let notes = paragraphs(&routine.warning_signs.intro);
        all.extend(points(
            Heading::plain(&title),
            items(&group.signs),
            notes,
            m,
        ));
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
        let notes = paragraphs(&list.intro)
            .into_iter()
            .chain(paragraphs(&list.note))
            .collect();
        all.extend(points(Heading::plain(title), factor_blocks(list), notes, m));
    }
    all
}

/// How to ask: the phrasings, led by the first sentence of the guidance, and the do's
/// and don'ts.
fn asking(routine: &Routine, t: &Texts, m: &dyn Measure) -> Vec<Draft> {
    let ask = &routine.ask;
    let heading = Heading {
        lead: ask.intro.as_deref().and_then(first_sentence),
        ..Heading::plain(t.training.slide_ask)
    };
    let mut all = points(heading, items(&ask.phrasings), paragraphs(&ask.intro), m);
    for (title, list) in [
        (t.training.slide_dos, &ask.dos),
        (t.training.slide_donts, &ask.donts),
    ] {
        all.extend(points(Heading::plain(title), items(list), Vec::new(), m));
    }
    all
}

/// The rule for choosing a level, then each level's criteria and actions on its band.
fn levels(routine: &Routine, names: &[LevelName], t: &Texts, m: &dyn Measure) -> Vec<Draft> {
    let mut all = Vec::new();
    if let Some(rule) = &routine.level_rule {
        // One point a sentence, so a long rule breaks between sentences, never inside one.
        let rule = sentences(&rule.text)
            .into_iter()
            .map(|sentence| Block::new(BlockKind::Point, sentence.to_owned()))
            .collect();
        let heading = Heading::plain(t.training.slide_level_rule);
        all.extend(points(heading, rule, Vec::new(), m));
    }
    for (level, name) in routine.levels.iter().zip(names) {
        let values: [(&str, &dyn std::fmt::Display); 1] = [("name", &level.name)];
        let notes = vec![level.summary.clone()];
        for (title, list) in [
            (t.training.slide_level_when, &level.criteria),
            (t.training.slide_level_actions, &level.actions),
        ] {
            let heading = Heading {
                level: Some(name.clone()),
                ..Heading::plain(&fill(title, &values))
            };
            all.extend(points(heading, items(list), notes.clone(), m));
        }
    }
    all
}

/// Before parting and after: the checklist, and taking care of yourself.
fn after(routine: &Routine, t: &Texts, m: &dyn Measure) -> Vec<Draft> {
    let checklist = Heading::plain(t.training.slide_checklist);
    let mut all = points(checklist, checklist_blocks(routine), Vec::new(), m);
    let aftercare = &routine.aftercare;
    let notes = paragraphs(&aftercare.intro);
    all.extend(points(
        Heading::plain(&aftercare.title),
        items(&aftercare.items),
        notes,
        m,
    ));
    all
}

/// Adds a section: its divider, then its slides; a section with no slides is left out.
fn section(all: &mut Vec<Draft>, (title, slides): (&str, Vec<Draft>), levels: Vec<LevelName>) {
    if slides.is_empty() {
        return;
    }
    all.push(Draft {
        title: title.to_owned(),
        content: Content::Section {
            part: (0, 0),
            levels,
        },
        notes: Vec::new(),
    });
    all.extend(slides);
}

/// The title slide, and which of the key messages it shows as the plan's words: the
/// routine's second (its call to everyone, "alle kan gjøre noe"), else its only one;
/// none when they do not fit (the quotes slide shows them all instead).
fn title_slide(routine: &Routine, t: &Texts, measure: &dyn Measure) -> (Draft, Option<usize>) {
    let meta = &routine.metadata;
    let shown = match routine.key_messages.len() {
        0 => None,
        1 => Some(0),
        _ => Some(1),
    };
    let with_words = |words: Option<usize>| Draft {
        title: meta.title.clone(),
        content: Content::Title {
            municipality: meta.municipality.clone(),
            words: words
                .and_then(|i| routine.key_messages.get(i))
                .map(|m| m.text.clone()),
            status: version_line(routine, t),
        },
        notes: paragraphs(&routine.purpose.intro),
    };
    let draft = with_words(shown);
    if title_content(&mut Drawing::default(), &draft, measure, t) > CONTENT_BOTTOM {
        return (with_words(None), None);
    }
    (draft, shown)
}

/// What a level is called on its slides: its name and title.
fn level_name(level: &crate::routine::ActionLevel, t: &Texts) -> LevelName {
    LevelName {
        level: level.level,
        label: fill(
            t.training.slide_level_band,
            &[("name", &level.name), ("title", &level.title)],
        ),
    }
}

fn items(list: &[Item]) -> Vec<Block> {
    list.iter()
        .map(|i| Block::new(BlockKind::Point, i.text.clone()))
        .collect()
}

/// A list of factors: each group's title leads in its factors; factors nested deeper
/// than one level are shown as sub-points too.
fn factor_blocks(list: &FactorList) -> Vec<Block> {
    fn nested(factors: &[Factor], out: &mut Vec<Block>) {
        for factor in factors {
            out.push(Block::new(BlockKind::SubPoint, factor.item.text.clone()));
            nested(&factor.children, out);
        }
    }
    let mut out = Vec::new();
    for group in &list.groups {
        if let Some(title) = &group.title {
            out.push(Block::new(BlockKind::LeadIn, lead_in(title)));
        }
        for factor in &group.factors {
            out.push(Block::new(BlockKind::Point, factor.item.text.clone()));
            nested(&factor.children, &mut out);
        }
    }
    out
}

/// A group's title as a line that leads in what follows: with a colon, unless it ends
/// in punctuation of its own.
fn lead_in(title: &str) -> String {
    if title.ends_with([':', '.', '?', '!']) {
        title.to_owned()
    } else {
        format!("{title}:")
    }
}

/// The checklist, each item followed by the levels it is for.
fn checklist_blocks(routine: &Routine) -> Vec<Block> {
    routine
        .checklist
        .iter()
        .map(|c| {
            let levels: Vec<&str> = c
                .levels
                .iter()
                .filter_map(|l| routine.level(*l))
                .map(|l| l.name.as_str())
                .collect();
            Block {
                after: (!levels.is_empty()).then(|| format!("({})", levels.join(", "))),
                ..Block::new(BlockKind::Point, c.item.text.clone())
            }
        })
        .collect()
}

fn paragraphs(text: &Option<String>) -> Vec<String> {
    text.iter()
        .flat_map(|t| t.split("\n\n"))
        .map(str::to_owned)
        .collect()
}

/// The first sentence of a text, when the text has more than one.
fn first_sentence(text: &str) -> Option<String> {
    text.split_once(". ").map(|(first, _)| format!("{first}."))
}

/// The contacts of the levels, by day and out of hours, with their numbers.
fn contact_slides(routine: &Routine, t: &Texts, measure: &dyn Measure) -> Vec<Draft> {
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
        let row = contact_row(contact, t);
        match contact.role {
            ContactRole::Day => day.push(row),
            ContactRole::OutOfHours | ContactRole::Any => night.push(row),
        }
    }
    let mut all = table_slides(t.training.slide_contacts_day, day, measure, t);
    all.extend(table_slides(
        t.training.slide_contacts_night,
        night,
        measure,
        t,
    ));
    all
}

/// A contact's number as shown: the phone number, else the web address, else a gap;
/// the person's own contact (their fastlege) has a dash instead of a gap.
fn contact_row(contact: &Contact, t: &Texts) -> ContactRow {
    let (number, link, phone) = match (&contact.phone, &contact.url) {
        (Some(phone), _) => (phone.display.clone(), Some(phone.tel_uri()), true),
        (None, Some(url)) => (web_address(url), Some(url.clone()), false),
        (None, None) if contact.persons_own => ("–".to_owned(), None, false),
        (None, None) => (t.training.slide_number_missing.to_owned(), None, false),
    };
    ContactRow {
        name: contact.name.clone(),
        gap: link.is_none() && !contact.persons_own && contact.status == ContactStatus::Placeholder,
        number,
        link,
        phone,
    }
}

/// A web address as read aloud and typed: without `https://` and a closing slash.
fn web_address(url: &str) -> String {
    let bare = ["https://", "http://"]
        .iter()
        .find_map(|scheme| url.strip_prefix(scheme))
        .unwrap_or(url);
    bare.strip_suffix('/').unwrap_or(bare).to_owned()
}

/// Titles numbered "(2/3)" when a list takes more than one slide.
fn numbered(title: &str, index: usize, count: usize) -> String {
    if count > 1 {
        format!("{title} ({}/{count})", index + 1)
    } else {
        title.to_owned()
    }
}

/// The longest a numbered title can be, to reserve its room before the split is known.
fn widest_title(title: &str) -> String {
    format!("{title} (99/99)")
}

/// Points over as many slides as they need.
fn points(heading: Heading, blocks: Vec<Block>, notes: Vec<String>, m: &dyn Measure) -> Vec<Draft> {
    if blocks.is_empty() {
        return Vec::new();
    }
    let laid: Vec<LaidBlock> = blocks.iter().map(|b| LaidBlock::new(b, m)).collect();
    let units: Vec<Unit> = blocks
        .iter()
        .zip(&laid)
        .enumerate()
        .map(|(i, (block, lines))| Unit {
            lines: lines.count(),
            line_height: BODY.line_height,
            above: block_gap(block.kind),
            glue: glue(block.kind, blocks.get(i + 1).map(|b| b.kind)),
            breakable: true,
        })
        .collect();
    let probe = Heading {
        title: widest_title(&heading.title),
        ..heading.clone()
    };
    let first = CONTENT_BOTTOM - header(&mut Drawing::default(), &probe, m);
    let without_lead = Heading {
        lead: None,
        ..probe
    };
    let rest = CONTENT_BOTTOM - header(&mut Drawing::default(), &without_lead, m);
    let slides = balanced(&units, first, rest);
    let count = slides.len();
    slides
        .into_iter()
        .enumerate()
        .map(|(index, pieces)| Draft {
            title: numbered(&heading.title, index, count),
            content: Content::Points {
                lead: heading.lead.clone().filter(|_| index == 0),
                level: heading.level.clone(),
                blocks: pieces
                    .iter()
                    .map(|p| laid[p.unit].piece_block(&blocks[p.unit], p))
                    .collect(),
            },
            notes: notes.clone(),
        })
        .collect()
}

/// How a block holds on to the one after it: a lead-in always; a point to its first
/// sub-point always, and a sub-point to the next one where they fit together.
fn glue(kind: BlockKind, next: Option<BlockKind>) -> Glue {
    match (kind, next) {
        (BlockKind::LeadIn, _) | (BlockKind::Point, Some(BlockKind::SubPoint)) => Glue::Hard,
        (BlockKind::SubPoint, Some(BlockKind::SubPoint)) => Glue::Soft,
        _ => Glue::None,
    }
}

/// The plan's messages as quotes, over as many slides as they need.
fn quote_slides(
    title: &str,
    quotes: Vec<String>,
    notes: Vec<String>,
    t: &Texts,
    m: &dyn Measure,
) -> Vec<Draft> {
    if quotes.is_empty() {
        return Vec::new();
    }
    let units: Vec<Unit> = quotes
        .iter()
        .map(|q| Unit {
            lines: quote_text(q, t, m, 0.0).lines.len(),
            line_height: QUOTE.line_height,
            above: QUOTE_GAP,
            glue: Glue::None,
            breakable: false,
        })
        .collect();
    let room = CONTENT_BOTTOM
        - header(
            &mut Drawing::default(),
            &Heading::plain(&widest_title(title)),
            m,
        );
    let slides = balanced(&units, room, room);
    let count = slides.len();
    slides
        .into_iter()
        .enumerate()
        .map(|(index, pieces)| Draft {
            title: numbered(title, index, count),
            content: Content::Quotes {
                quotes: pieces.iter().map(|p| quotes[p.unit].clone()).collect(),
            },
            notes: notes.clone(),
        })
        .collect()
}

/// Contacts as a table over as many slides as it needs.
fn table_slides(title: &str, rows: Vec<ContactRow>, m: &dyn Measure, t: &Texts) -> Vec<Draft> {
    if rows.is_empty() {
        return Vec::new();
    }
    let units: Vec<Unit> = rows
        .iter()
        .map(|row| Unit {
            lines: 1,
            line_height: contact_marks(row, 0.0, m, t).1,
            above: 0.0,
            glue: Glue::None,
            breakable: false,
        })
        .collect();
    let room = CONTENT_BOTTOM
        - header(
            &mut Drawing::default(),
            &Heading::plain(&widest_title(title)),
            m,
        );
    let slides = balanced(&units, room, room);
    let count = slides.len();
    slides
        .into_iter()
        .enumerate()
        .map(|(index, pieces)| Draft {
            title: numbered(title, index, count),
            content: Content::Contacts {
                rows: pieces.iter().map(|p| rows[p.unit].clone()).collect(),
            },
            notes: Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_titles_lead_in_and_web_addresses_read_short() {
        assert_eq!(
            lead_in("Andre beskyttende faktorer kan være"),
            "Andre beskyttende faktorer kan være:"
        );
        assert_eq!(lead_in("Spør:"), "Spør:");
        assert_eq!(
            web_address("https://www.helsenorge.no/"),
            "www.helsenorge.no"
        );
        assert_eq!(web_address("sidetmedord.no"), "sidetmedord.no");
    }
}
