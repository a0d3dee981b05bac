//! The presentation: slides made from the routine for a staff session, each of a kind
//! drawn for what it is (a title slide, section dividers, points with sub-points, a
//! level's criteria and actions in its colour, contacts as a table, the plan's messages
//! as quotes), laid out on the canvas of `canvas.rs`. The type never shrinks: what does
//! not fit goes on the next slide, decided from the same layout the window and the PDF
//! draw. A lead-in travels with its first items, a point with its first sub-point, and
//! every text of the routine the deck shows is on exactly one slide.

use crate::i18n::{Texts, fill, version_line};
use crate::routine::{
    Contact, ContactRole, ContactStatus, Factor, FactorList, Item, Level, Routine,
};

use super::canvas::{
    Area, Drawing, HEIGHT, Ink, MARGIN_X, Measure, Role, SMALLEST, Shape, TEXT_WIDTH, Text,
    TextLink, Type, WIDTH,
};

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
    /// A section divider; the levels' divider names the three levels.
    Section { levels: Vec<LevelName> },
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

// The slides' type, in canvas units: nothing smaller than `canvas::SMALLEST`.
const DECK_TITLE: Type = Type::bold(60.0);
const DIVIDER: Type = Type::bold(68.0);
const TITLE: Type = Type::bold(52.0);
const BODY: Type = Type::regular(SMALLEST);
const STRONG: Type = Type::bold(SMALLEST);
const QUOTE: Type = Type::bold(48.0);
const NUMBER: Type = Type::bold(52.0);

/// Where a slide's title starts, below the short accent bar above it.
const TITLE_TOP: f32 = 72.0;
/// The lowest any content may reach: the footer with 113 is below.
pub const CONTENT_BOTTOM: f32 = 604.0;
const FOOTER_RULE: f32 = 622.0;
const FOOTER_TOP: f32 = 638.0;
/// How far an item's text stands right of its bullet.
const BULLET_GAP: f32 = 46.0;
/// The contacts table: the name's column and the number's.
const NAME_WIDTH: f32 = 620.0;
const NUMBER_X: f32 = MARGIN_X + NAME_WIDTH + 40.0;
const ROW_PADDING: f32 = 10.0;

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
            draw(&mut drawing, &draft, measure, t);
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

/// «Akutt fare? Ring 113», with 113 a link named after the routine's contact for it.
fn call_113(routine: &Routine, t: &Texts) -> Text {
    let emergency = t.printed.emergency;
    let name = routine
        .contacts
        .iter()
        .find(|c| c.phone.as_ref().is_some_and(|p| p.digits == "113"))
        .map_or(emergency, |c| c.name.as_str());
    Text {
        role: Role::Emergency,
        text: emergency.to_owned(),
        lines: Vec::new(),
        width: 0.0,
        kind: STRONG,
        ink: Ink::Emergency,
        link: emergency.contains("113").then(|| TextLink {
            part: "113".to_owned(),
            uri: "tel:113".to_owned(),
            description: fill(t.printed.call_link, &[("number", &"113"), ("name", &name)]),
        }),
    }
}

fn drafts(routine: &Routine, t: &Texts, measure: &dyn Measure) -> Vec<Draft> {
    let (title, shown) = title_slide(routine, t, measure);
    let mut all = vec![title];
    let quotes: Vec<String> = (routine.key_messages.iter().enumerate())
        .filter(|(i, _)| Some(*i) != shown)
        .map(|(_, m)| m.text.clone())
        .collect();
    // The purpose's points are the facilitator's to tell: the notes of the quotes.
    let purpose = routine
        .purpose
        .items
        .iter()
        .map(|i| i.text.clone())
        .collect();
    all.extend(quote_slides(
        t.training.slide_why,
        quotes,
        purpose,
        t,
        measure,
    ));

    let mut signs = Vec::new();
    for group in &routine.warning_signs.groups {
        let title = fill(
            t.training.slide_warning_signs,
            &[("group", &group.title.to_lowercase())],
        );
        let notes = paragraphs(&routine.warning_signs.intro);
        signs.extend(points(
            Heading::plain(&title),
            items(&group.signs),
            notes,
            measure,
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
        signs.extend(points(
            Heading::plain(title),
            factor_blocks(list),
            notes,
            measure,
        ));
    }
    section(&mut all, t.training.section_signs, Vec::new(), signs);

    let ask = &routine.ask;
    let mut asking = points(
        Heading {
            lead: ask.intro.as_deref().and_then(first_sentence),
            ..Heading::plain(t.training.slide_ask)
        },
        items(&ask.phrasings),
        paragraphs(&ask.intro),
        measure,
    );
    asking.extend(points(
        Heading::plain(t.training.slide_dos),
        items(&ask.dos),
        Vec::new(),
        measure,
    ));
    asking.extend(points(
        Heading::plain(t.training.slide_donts),
        items(&ask.donts),
        Vec::new(),
        measure,
    ));
    section(&mut all, t.training.section_ask, Vec::new(), asking);

    let names: Vec<LevelName> = routine.levels.iter().map(|l| level_name(l, t)).collect();
    let mut levels = Vec::new();
    if let Some(rule) = &routine.level_rule {
        let rule = vec![Block::new(BlockKind::Paragraph, rule.text.clone())];
        levels.extend(points(
            Heading::plain(t.training.slide_level_rule),
            rule,
            Vec::new(),
            measure,
        ));
    }
    for (level, name) in routine.levels.iter().zip(&names) {
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
            levels.extend(points(heading, items(list), notes.clone(), measure));
        }
    }
    let overview = divider_fits(t.training.section_levels, &names, measure).then_some(names);
    section(
        &mut all,
        t.training.section_levels,
        overview.unwrap_or_default(),
        levels,
    );

    let contacts = contact_slides(routine, t, measure);
    section(&mut all, t.training.section_contacts, Vec::new(), contacts);

    let mut after = points(
        Heading::plain(t.training.slide_checklist),
        checklist(routine),
        Vec::new(),
        measure,
    );
    after.extend(points(
        Heading::plain(&routine.aftercare.title),
        items(&routine.aftercare.items),
        paragraphs(&routine.aftercare.intro),
        measure,
    ));
    section(&mut all, t.training.section_after, Vec::new(), after);
    all
}

/// Adds a section: its divider, then its slides; a section with no slides is left out.
fn section(all: &mut Vec<Draft>, title: &str, levels: Vec<LevelName>, slides: Vec<Draft>) {
    if slides.is_empty() {
        return;
    }
    all.push(Draft {
        title: title.to_owned(),
        content: Content::Section { levels },
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
fn checklist(routine: &Routine) -> Vec<Block> {
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

/// What a slide's header holds besides its title.
#[derive(Clone)]
struct Heading {
    title: String,
    lead: Option<String>,
    level: Option<LevelName>,
}

impl Heading {
    fn plain(title: &str) -> Heading {
        Heading {
            title: title.to_owned(),
            lead: None,
            level: None,
        }
    }
}

/// Something to place on slides, top to bottom: how many lines it has and how tall
/// each is, the space above it (none at the top of a slide), and how it holds on to
/// what follows it.
#[derive(Debug, Clone, Copy)]
struct Unit {
    lines: usize,
    line_height: f32,
    above: f32,
    glue: Glue,
    /// Whether its lines may go on different slides when it is taller than a slide.
    breakable: bool,
}

impl Unit {
    fn height(&self, lines: usize) -> f32 {
        lines as f32 * self.line_height
    }
}

/// How a unit holds on to the unit after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glue {
    None,
    /// Never the last on a slide: a lead-in, a point whose sub-points follow.
    Hard,
    /// Goes to the next slide with what follows it where that fits there: a sub-point
    /// with more after it, so a point's sub-points stay together.
    Soft,
}

/// The lines `start..end` of a unit, on one slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    unit: usize,
    start: usize,
    end: usize,
}

/// Puts units on as few slides as hold them, in order, each slide no fuller than its
/// room (the first slide's room is `first_room`, the others' `room`). Glued units at
/// the end of a slide move to the next with what follows them; a hard-glued one stays
/// with at least the first line of what follows it even when that has to be broken. A
/// unit taller than a whole slide is broken between its lines (a breakable one) or left
/// alone on its slide.
fn split(units: &[Unit], first_room: f32, room: f32) -> Vec<Vec<Piece>> {
    let mut slides: Vec<Vec<Piece>> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    let mut used = 0.0;
    for (index, unit) in units.iter().enumerate() {
        let mut start = 0;
        let mut moved = false;
        while start < unit.lines {
            let limit = if slides.is_empty() { first_room } else { room };
            let above = if current.is_empty() { 0.0 } else { unit.above };
            let piece = |end| Piece {
                unit: index,
                start,
                end,
            };
            if used + above + unit.height(unit.lines - start) <= limit + 0.01 {
                current.push(piece(unit.lines));
                used += above + unit.height(unit.lines - start);
                break;
            }
            if !current.is_empty() && !moved {
                // A fresh slide, taking along the glued units that end this one.
                moved = true;
                let glued = current
                    .iter()
                    .rev()
                    .take_while(|p| units[p.unit].glue != Glue::None && p.start == 0)
                    .count();
                let keep = current.len() - glued;
                if keep > 0 {
                    let carried = current.split_off(keep);
                    slides.push(std::mem::replace(&mut current, carried));
                    used = height_of(&current, units);
                    continue;
                }
                let last = current.last().map(|p| units[p.unit].glue);
                if last == Some(Glue::Soft) && unit.height(unit.lines) <= room {
                    // A group taller than a slide: it goes on, whole units, on the next.
                    slides.push(std::mem::take(&mut current));
                    used = 0.0;
                    continue;
                }
            }
            // Here the slide is empty or holds only what leads into this unit: its
            // lines go on as far as they fit, the rest on the next slide.
            let fit = ((limit - used - above) / unit.line_height + 0.001)
                .floor()
                .max(0.0) as usize;
            let fit = fit.min(unit.lines - start);
            if fit == 0 || !unit.breakable {
                if current.is_empty() {
                    // Taller than a slide and not to be broken: alone on its slide.
                    current.push(piece(unit.lines));
                    used = f32::INFINITY;
                    break;
                }
                slides.push(std::mem::take(&mut current));
                used = 0.0;
                continue;
            }
            current.push(piece(start + fit));
            start += fit;
            slides.push(std::mem::take(&mut current));
            used = 0.0;
        }
    }
    if !current.is_empty() {
        slides.push(current);
    }
    slides
}

/// As [`split`], onto as few slides, but filled evenly: the smallest room that needs no
/// more slides than the full room does (found by halving), so a list of eleven points
/// goes on two slides of six and five, not of nine and two.
fn balanced(units: &[Unit], first_room: f32, room: f32) -> Vec<Vec<Piece>> {
    let full = split(units, first_room, room);
    if full.len() < 2 {
        return full;
    }
    let (mut low, mut high) = (0.0, room);
    for _ in 0..24 {
        let middle = (low + high) / 2.0;
        if split(units, first_room - (room - middle), middle).len() <= full.len() {
            high = middle;
        } else {
            low = middle;
        }
    }
    split(units, first_room - (room - high), high)
}

/// How tall pieces stand on one slide, with the space between them.
fn height_of(pieces: &[Piece], units: &[Unit]) -> f32 {
    pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let unit = &units[p.unit];
            let above = if i == 0 { 0.0 } else { unit.above };
            above + unit.height(p.end - p.start)
        })
        .sum()
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

/// The space above a block when it is not the first on its slide.
fn block_gap(kind: BlockKind) -> f32 {
    match kind {
        BlockKind::Paragraph => 18.0,
        BlockKind::LeadIn => 24.0,
        BlockKind::Point => 14.0,
        BlockKind::SubPoint => 4.0,
    }
}

/// A block's bullet, where it stands, and where its text starts and ends.
struct BlockPlace {
    bullet: Option<(&'static str, f32)>,
    x: f32,
    kind: Type,
}

fn block_place(kind: BlockKind) -> BlockPlace {
    match kind {
        BlockKind::Paragraph => BlockPlace {
            bullet: None,
            x: MARGIN_X,
            kind: BODY,
        },
        BlockKind::LeadIn => BlockPlace {
            bullet: None,
            x: MARGIN_X,
            kind: STRONG,
        },
        BlockKind::Point => BlockPlace {
            bullet: Some(("•", MARGIN_X)),
            x: MARGIN_X + BULLET_GAP,
            kind: BODY,
        },
        BlockKind::SubPoint => BlockPlace {
            bullet: Some(("–", MARGIN_X + BULLET_GAP)),
            x: MARGIN_X + 2.0 * BULLET_GAP,
            kind: BODY,
        },
    }
}

/// A block's lines, and where what follows it goes: on its last line when it fits
/// there, else on a line of its own.
struct LaidBlock {
    lines: Vec<String>,
    after: Option<(String, AfterPlace)>,
}

#[derive(Debug, Clone, Copy)]
enum AfterPlace {
    /// On the last line, this far right of the text's left edge.
    OnLastLine(f32),
    OwnLine,
}

impl LaidBlock {
    fn new(block: &Block, m: &dyn Measure) -> LaidBlock {
        let place = block_place(block.kind);
        let width = WIDTH - MARGIN_X - place.x;
        let lines = m.wrap(&block.text, place.kind.size, place.kind.bold, width);
        let after = block.after.as_ref().map(|after| {
            let last = lines
                .last()
                .map_or(0.0, |l| m.width(l, place.kind.size, place.kind.bold));
            let space = m.width(" ", BODY.size, false);
            let after_width = m.width(after, BODY.size, false);
            let at = if last + space + after_width <= width {
                AfterPlace::OnLastLine(last + space)
            } else {
                AfterPlace::OwnLine
            };
            (after.clone(), at)
        });
        LaidBlock { lines, after }
    }

    fn count(&self) -> usize {
        let own = matches!(self.after, Some((_, AfterPlace::OwnLine)));
        self.lines.len().max(1) + usize::from(own)
    }

    /// The block as it stands on one slide: whole, or the lines of a piece.
    fn piece_block(&self, block: &Block, piece: &Piece) -> Block {
        if piece.start == 0 && piece.end == self.count() {
            return block.clone();
        }
        let end = piece.end.min(self.lines.len());
        Block {
            kind: block.kind,
            text: self.lines[piece.start.min(end)..end].join(" "),
            after: block.after.clone().filter(|_| piece.end == self.count()),
        }
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

const QUOTE_GAP: f32 = 32.0;
const QUOTE_X: f32 = MARGIN_X + 36.0;

fn quote_text(quote: &str, t: &Texts, m: &dyn Measure, top: f32) -> Text {
    let shown = fill(t.printed.quote, &[("text", &quote)]);
    let mut text = Text::new(
        m,
        Role::Quote,
        &shown,
        QUOTE,
        Ink::Ink,
        (QUOTE_X, top),
        WIDTH - MARGIN_X - QUOTE_X,
    );
    text.text = quote.to_owned();
    text
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

/// One contact's row with its top at `top`: its marks, and its height (a rule below).
fn contact_marks(row: &ContactRow, top: f32, m: &dyn Measure, t: &Texts) -> (Vec<Text>, f32) {
    let number_kind = if row.phone { NUMBER } else { BODY };
    let number_ink = if row.link.is_some() || row.number == "–" {
        Ink::Ink
    } else {
        Ink::Muted
    };
    let number_top = top + ROW_PADDING;
    // The name's first baseline on the number's.
    let name_top = number_top + 0.95 * (number_kind.size - BODY.size);
    let name = Text::new(
        m,
        Role::RowHeader,
        &row.name,
        BODY,
        Ink::Ink,
        (MARGIN_X, name_top),
        NAME_WIDTH,
    );
    let link = row.link.as_ref().map(|uri| TextLink {
        part: row.number.clone(),
        uri: uri.clone(),
        description: if row.phone {
            fill(
                t.printed.call_link,
                &[("number", &row.number), ("name", &row.name)],
            )
        } else {
            fill(t.printed.web_link, &[("name", &row.name)])
        },
    });
    let number = Text::new(
        m,
        Role::Cell,
        &row.number,
        number_kind,
        number_ink,
        (NUMBER_X, number_top),
        WIDTH - MARGIN_X - NUMBER_X,
    )
    .with_link(link);
    let height = name.bottom().max(number.bottom()) - top + ROW_PADDING;
    (vec![name, number], height)
}

/// Whether the levels' divider holds its overview of the three levels.
fn divider_fits(title: &str, levels: &[LevelName], m: &dyn Measure) -> bool {
    let draft = Draft {
        title: title.to_owned(),
        content: Content::Section {
            levels: levels.to_vec(),
        },
        notes: Vec::new(),
    };
    divider(&mut Drawing::default(), &draft, levels, m) <= CONTENT_BOTTOM
}

/// Draws a slide's content (the footer is drawn after it).
fn draw(d: &mut Drawing, draft: &Draft, m: &dyn Measure, t: &Texts) {
    match &draft.content {
        Content::Title { .. } => {
            title_content(d, draft, m, t);
        }
        Content::Section { levels } => {
            divider(d, draft, levels, m);
        }
        Content::Points {
            lead,
            level,
            blocks,
        } => {
            let heading = Heading {
                title: draft.title.clone(),
                lead: lead.clone(),
                level: level.clone(),
            };
            let mut y = header(d, &heading, m);
            let bullet_ink = level.as_ref().map_or(Ink::Accent, |l| Ink::Level(l.level));
            for (i, block) in blocks.iter().enumerate() {
                if i > 0 {
                    y += block_gap(block.kind);
                }
                y = draw_block(d, block, bullet_ink, y, m);
            }
        }
        Content::Contacts { rows } => {
            let mut y = header(d, &Heading::plain(&draft.title), m);
            for row in rows {
                let (texts, height) = contact_marks(row, y, m, t);
                texts.into_iter().for_each(|text| d.text(text));
                y += height;
                d.shape(Shape::Fill(
                    Area {
                        x: MARGIN_X,
                        top: y - 1.0,
                        width: TEXT_WIDTH,
                        height: 2.0,
                    },
                    Ink::Rule,
                ));
            }
        }
        Content::Quotes { quotes } => {
            let mut y = header(d, &Heading::plain(&draft.title), m);
            for (i, quote) in quotes.iter().enumerate() {
                if i > 0 {
                    y += QUOTE_GAP;
                }
                let text = quote_text(quote, t, m, y);
                let bar = Area {
                    x: MARGIN_X,
                    top: y + 8.0,
                    width: 10.0,
                    height: text.bottom() - y - 16.0,
                };
                d.shape(Shape::Fill(bar, Ink::Accent));
                y = text.bottom();
                d.text(text);
            }
        }
    }
}

/// The title slide's content; returns where it ends.
fn title_content(d: &mut Drawing, draft: &Draft, m: &dyn Measure, t: &Texts) -> f32 {
    let Content::Title {
        municipality,
        words,
        status,
    } = &draft.content
    else {
        return 0.0;
    };
    d.shape(Shape::Fill(
        Area {
            x: 0.0,
            top: 0.0,
            width: 24.0,
            height: HEIGHT,
        },
        Ink::Accent,
    ));
    let place = |top| (MARGIN_X, top);
    let kicker = Text::new(
        m,
        Role::Paragraph,
        municipality,
        STRONG,
        Ink::Accent,
        place(64.0),
        TEXT_WIDTH,
    );
    let title = Text::new(
        m,
        Role::Heading,
        &draft.title,
        DECK_TITLE,
        Ink::Ink,
        place(kicker.bottom() + 16.0),
        TEXT_WIDTH,
    );
    let mut y = title.bottom() + 28.0;
    d.text(kicker);
    d.text(title);
    d.shape(Shape::Fill(
        Area {
            x: MARGIN_X,
            top: y,
            width: 120.0,
            height: 8.0,
        },
        Ink::Accent,
    ));
    y += 8.0 + 32.0;
    if let Some(words) = words {
        let quote = Text::new(
            m,
            Role::Quote,
            &fill(t.printed.quote, &[("text", words)]),
            QUOTE,
            Ink::Accent,
            place(y),
            TEXT_WIDTH,
        );
        y = quote.bottom() + 28.0;
        d.text(Text {
            text: words.clone(),
            ..quote
        });
    }
    let status = Text::new(
        m,
        Role::Paragraph,
        status,
        BODY,
        Ink::Muted,
        place(y),
        TEXT_WIDTH,
    );
    y = status.bottom();
    d.text(status);
    y
}

/// A section divider: a colour field, its title large, and the levels' overview on
/// the levels' divider; returns where it ends.
fn divider(d: &mut Drawing, draft: &Draft, levels: &[LevelName], m: &dyn Measure) -> f32 {
    d.shape(Shape::Fill(
        Area {
            x: 0.0,
            top: 0.0,
            width: 24.0,
            height: HEIGHT,
        },
        Ink::Accent,
    ));
    let probe = Text::new(
        m,
        Role::Heading,
        &draft.title,
        DIVIDER,
        Ink::Accent,
        (MARGIN_X, 0.0),
        TEXT_WIDTH,
    );
    let rows: Vec<Text> = levels.iter().map(|l| level_row(l, 0.0, m)).collect();
    let rows_height: f32 = rows.iter().map(|r| r.bottom() + 20.0).sum();
    let height = probe.bottom()
        + if rows.is_empty() {
            0.0
        } else {
            40.0 + rows_height
        };
    // Centred in the room above the footer, never above the top margin.
    let top = ((CONTENT_BOTTOM - height) / 2.0).max(56.0);
    let title = Text::new(
        m,
        Role::Heading,
        &draft.title,
        DIVIDER,
        Ink::Accent,
        (MARGIN_X, top),
        TEXT_WIDTH,
    );
    let mut y = title.bottom() + 40.0;
    d.text(title);
    for level in levels {
        let row = level_row(level, y, m);
        d.shape(Shape::Symbol(
            level.level,
            Area {
                x: MARGIN_X,
                top: y + 6.0,
                width: 38.0,
                height: 38.0,
            },
            Ink::Level(level.level),
        ));
        y = row.bottom() + 20.0;
        d.text(row);
    }
    if levels.is_empty() {
        top + probe.bottom()
    } else {
        y - 20.0
    }
}

fn level_row(level: &LevelName, top: f32, m: &dyn Measure) -> Text {
    let x = MARGIN_X + 64.0;
    Text::new(
        m,
        Role::Paragraph,
        &level.label,
        STRONG,
        Ink::Level(level.level),
        (x, top),
        WIDTH - MARGIN_X - x,
    )
}

/// A slide's header: a level's band or the accent bar, the title, and the lead; returns
/// where the content below it starts.
fn header(d: &mut Drawing, heading: &Heading, m: &dyn Measure) -> f32 {
    let mut top = TITLE_TOP;
    let mut ink = Ink::Ink;
    match &heading.level {
        Some(level) => {
            let x = MARGIN_X + 60.0;
            let label = Text::new(
                m,
                Role::Paragraph,
                &level.label,
                STRONG,
                Ink::Paper,
                (x, 28.0),
                WIDTH - MARGIN_X - x,
            );
            let band = label.bottom() + 28.0;
            d.shape(Shape::Fill(
                Area {
                    x: 0.0,
                    top: 0.0,
                    width: WIDTH,
                    height: band,
                },
                Ink::Level(level.level),
            ));
            d.shape(Shape::Symbol(
                level.level,
                Area {
                    x: MARGIN_X,
                    top: 28.0 + 4.0,
                    width: 38.0,
                    height: 38.0,
                },
                Ink::Paper,
            ));
            d.text(label);
            top = band + 32.0;
            ink = Ink::Level(level.level);
        }
        None => d.shape(Shape::Fill(
            Area {
                x: MARGIN_X,
                top: 44.0,
                width: 96.0,
                height: 8.0,
            },
            Ink::Accent,
        )),
    }
    let title = Text::new(
        m,
        Role::Heading,
        &heading.title,
        TITLE,
        ink,
        (MARGIN_X, top),
        TEXT_WIDTH,
    );
    let mut y = title.bottom() + 26.0;
    d.text(title);
    if let Some(lead) = &heading.lead {
        let lead = Text::new(
            m,
            Role::Paragraph,
            lead,
            STRONG,
            Ink::Accent,
            (MARGIN_X, y),
            TEXT_WIDTH,
        );
        y = lead.bottom() + 20.0;
        d.text(lead);
    }
    y
}

/// Draws a block of a points slide with its top at `top`; returns where it ends.
fn draw_block(d: &mut Drawing, block: &Block, bullet_ink: Ink, top: f32, m: &dyn Measure) -> f32 {
    let place = block_place(block.kind);
    let laid = LaidBlock::new(block, m);
    let depth = u8::from(block.kind == BlockKind::SubPoint);
    let (role, ink) = match block.kind {
        BlockKind::Paragraph => (Role::Paragraph, Ink::Ink),
        BlockKind::LeadIn => (Role::LeadIn, Ink::Ink),
        BlockKind::Point | BlockKind::SubPoint => (Role::Item { depth }, Ink::Ink),
    };
    if let Some((bullet, x)) = place.bullet {
        d.text(Text::new(
            m,
            Role::Bullet { depth },
            bullet,
            place.kind,
            bullet_ink,
            (x, top),
            BULLET_GAP,
        ));
    }
    let width = WIDTH - MARGIN_X - place.x;
    let text = Text::new(m, role, &block.text, place.kind, ink, (place.x, top), width);
    let mut bottom = text.bottom().max(top + place.kind.line_height);
    if let Some((after, at)) = &laid.after {
        let (x, y) = match at {
            AfterPlace::OnLastLine(offset) => (place.x + offset, bottom - place.kind.line_height),
            AfterPlace::OwnLine => (place.x, bottom),
        };
        let note = Text::new(
            m,
            Role::ItemNote,
            after,
            BODY,
            Ink::Muted,
            (x, y),
            WIDTH - MARGIN_X - x,
        );
        bottom = bottom.max(note.bottom());
        d.text(text);
        d.text(note);
    } else {
        d.text(text);
    }
    bottom
}

/// The footer: 113 on the left (`call`, placed here), the slide's number on the
/// right, a rule above.
fn footer(
    d: &mut Drawing,
    (index, total): (usize, usize),
    call: &Text,
    m: &dyn Measure,
    t: &Texts,
) {
    d.shape(Shape::Fill(
        Area {
            x: MARGIN_X,
            top: FOOTER_RULE,
            width: TEXT_WIDTH,
            height: 2.0,
        },
        Ink::Rule,
    ));
    let number = Text::right_aligned(
        m,
        Role::SlideNumber,
        &fill(
            t.training.slide_number,
            &[("number", &(index + 1)), ("total", &total)],
        ),
        BODY,
        Ink::Muted,
        (WIDTH - MARGIN_X, FOOTER_TOP),
    );
    let width = number.lines.first().map_or(TEXT_WIDTH, |l| l.x) - MARGIN_X - 40.0;
    d.text(
        Text::new(
            m,
            call.role,
            &call.text,
            call.kind,
            call.ink,
            (MARGIN_X, FOOTER_TOP),
            width,
        )
        .with_link(call.link.clone()),
    );
    d.text(number);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(lines: usize, glue: Glue) -> Unit {
        Unit {
            lines,
            line_height: 10.0,
            above: 0.0,
            glue,
            breakable: true,
        }
    }

    /// Each slide as (unit, first line, end) of its pieces.
    fn shape(slides: &[Vec<Piece>]) -> Vec<Vec<(usize, usize, usize)>> {
        slides
            .iter()
            .map(|s| s.iter().map(|p| (p.unit, p.start, p.end)).collect())
            .collect()
    }

    #[test]
    fn what_fits_stays_on_one_slide() {
        let units = [unit(2, Glue::None), unit(3, Glue::None)];
        assert_eq!(shape(&split(&units, 50.0, 50.0)), [[(0, 0, 2), (1, 0, 3)]]);
        assert!(split(&[], 50.0, 50.0).is_empty());
    }

    #[test]
    fn a_lead_in_never_ends_a_slide() {
        let units = [
            unit(3, Glue::None),
            unit(3, Glue::None),
            unit(1, Glue::Hard),
            unit(3, Glue::None),
        ];
        assert_eq!(
            shape(&split(&units, 75.0, 75.0)),
            [vec![(0, 0, 3), (1, 0, 3)], vec![(2, 0, 1), (3, 0, 3)]]
        );
    }

    #[test]
    fn a_point_and_its_sub_points_move_together_where_they_fit_together() {
        let units = [
            unit(4, Glue::None),
            unit(1, Glue::Hard),
            unit(1, Glue::Soft),
            unit(1, Glue::None),
            unit(1, Glue::None),
        ];
        assert_eq!(
            shape(&split(&units, 60.0, 60.0)),
            [
                vec![(0, 0, 4)],
                vec![(1, 0, 1), (2, 0, 1), (3, 0, 1), (4, 0, 1)]
            ]
        );
    }

    #[test]
    fn a_unit_taller_than_a_slide_goes_on_over_the_next_with_its_lead_in() {
        let units = [
            unit(2, Glue::None),
            unit(1, Glue::Hard),
            unit(12, Glue::None),
        ];
        assert_eq!(
            shape(&split(&units, 50.0, 50.0)),
            [
                vec![(0, 0, 2)],
                vec![(1, 0, 1), (2, 0, 4)],
                vec![(2, 4, 9)],
                vec![(2, 9, 12)]
            ]
        );
        let whole = Unit {
            breakable: false,
            ..unit(12, Glue::None)
        };
        let units = [unit(2, Glue::None), whole, unit(1, Glue::None)];
        assert_eq!(
            shape(&split(&units, 50.0, 50.0)),
            [vec![(0, 0, 2)], vec![(1, 0, 12)], vec![(2, 0, 1)]],
            "alone on its slide, the only way it can be shown whole"
        );
    }

    #[test]
    fn the_space_above_a_unit_counts_except_at_the_top_of_a_slide() {
        let spaced = Unit {
            above: 5.0,
            ..unit(2, Glue::None)
        };
        let units = [spaced, spaced, spaced];
        assert_eq!(
            shape(&split(&units, 45.0, 45.0)),
            [vec![(0, 0, 2), (1, 0, 2)], vec![(2, 0, 2)]]
        );
    }

    #[test]
    fn a_long_list_is_shared_evenly_between_its_slides() {
        let units = [unit(1, Glue::None); 11];
        let greedy: Vec<usize> = split(&units, 90.0, 90.0).iter().map(Vec::len).collect();
        assert_eq!(greedy, [9, 2]);
        let even: Vec<usize> = balanced(&units, 90.0, 90.0).iter().map(Vec::len).collect();
        assert_eq!(even, [6, 5]);
    }

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
