//! How each kind of slide is drawn on the canvas: the type and where things stand, the
//! header (a level's band or the accent bar, the title, the lead), points with their
//! bullets, quotes, the contacts' rows, the title slide, dividers, and the footer with
//! 113 and the slide's number.

use crate::i18n::{Texts, fill};
use crate::routine::Routine;
use crate::training::canvas::{
    Area, Drawing, HEIGHT, Ink, MARGIN_X, Measure, Role, SMALLEST, Shape, TEXT_WIDTH, Text,
    TextLink, Type, WIDTH,
};

use super::split::Piece;
use super::{Block, BlockKind, ContactRow, Content, Draft, LevelName};

// The slides' type, in canvas units: nothing smaller than `canvas::SMALLEST`.
const DECK_TITLE: Type = Type::bold(60.0);
const DIVIDER: Type = Type::bold(68.0);
const TITLE: Type = Type::bold(52.0);
pub(super) const BODY: Type = Type::regular(SMALLEST);
const STRONG: Type = Type::bold(SMALLEST);
pub(super) const QUOTE: Type = Type::bold(48.0);
const NUMBER: Type = Type::bold(56.0);

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

/// «Akutt fare? Ring 113», with 113 a link named after the routine's contact for it.
pub(super) fn call_113(routine: &Routine, t: &Texts) -> Text {
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

/// What a slide's header holds besides its title.
#[derive(Clone)]
pub(super) struct Heading {
    pub(super) title: String,
    pub(super) lead: Option<String>,
    pub(super) level: Option<LevelName>,
}

impl Heading {
    pub(super) fn plain(title: &str) -> Heading {
        Heading {
            title: title.to_owned(),
            lead: None,
            level: None,
        }
    }
}

/// The space above a block when it is not the first on its slide.
pub(super) fn block_gap(kind: BlockKind) -> f32 {
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
pub(super) struct LaidBlock {
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
    pub(super) fn new(block: &Block, m: &dyn Measure) -> LaidBlock {
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

    pub(super) fn count(&self) -> usize {
        let own = matches!(self.after, Some((_, AfterPlace::OwnLine)));
        self.lines.len().max(1) + usize::from(own)
    }

    /// The block as it stands on one slide: whole, or the lines of a piece.
    pub(super) fn piece_block(&self, block: &Block, piece: &Piece) -> Block {
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

pub(super) const QUOTE_GAP: f32 = 32.0;
const QUOTE_X: f32 = MARGIN_X + 36.0;

pub(super) fn quote_text(quote: &str, t: &Texts, m: &dyn Measure, top: f32) -> Text {
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

/// One contact's row with its top at `top`: its marks, and its height (a rule below).
pub(super) fn contact_marks(
    row: &ContactRow,
    top: f32,
    m: &dyn Measure,
    t: &Texts,
) -> (Vec<Text>, f32) {
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
pub(super) fn divider_fits(title: &str, levels: &[LevelName], m: &dyn Measure, t: &Texts) -> bool {
    let draft = Draft {
        title: title.to_owned(),
        content: Content::Section {
            part: (99, 99),
            levels: levels.to_vec(),
        },
        notes: Vec::new(),
    };
    divider_at(
        &mut Drawing::default(),
        &draft,
        ((99, 99), levels),
        0.0,
        m,
        t,
    ) + 56.0
        <= CONTENT_BOTTOM
}

/// Draws a slide's content (the footer is drawn after it).
pub(super) fn content(d: &mut Drawing, draft: &Draft, m: &dyn Measure, t: &Texts) {
    match &draft.content {
        Content::Title { .. } => {
            title_content(d, draft, m, t);
        }
        Content::Section { .. } => {
            divider(d, draft, m, t);
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
pub(super) fn title_content(d: &mut Drawing, draft: &Draft, m: &dyn Measure, t: &Texts) -> f32 {
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

/// A section divider: a colour field at its left, which part of the deck it opens, its
/// title large, and the levels' overview on the levels' divider; centred in the room
/// above the footer. Returns where it ends.
fn divider(d: &mut Drawing, draft: &Draft, m: &dyn Measure, t: &Texts) -> f32 {
    let Content::Section { part, levels } = &draft.content else {
        return 0.0;
    };
    let height = divider_at(&mut Drawing::default(), draft, (*part, levels), 0.0, m, t);
    // Centred in the room above the footer, never above the top margin.
    let top = ((CONTENT_BOTTOM - height) / 2.0).max(56.0);
    d.shape(Shape::Fill(
        Area {
            x: 0.0,
            top: 0.0,
            width: 24.0,
            height: HEIGHT,
        },
        Ink::Accent,
    ));
    divider_at(d, draft, (*part, levels), top, m, t)
}

/// A divider's texts from `top` down; returns where they end.
fn divider_at(
    d: &mut Drawing,
    draft: &Draft,
    ((number, total), levels): ((usize, usize), &[LevelName]),
    top: f32,
    m: &dyn Measure,
    t: &Texts,
) -> f32 {
    let part = fill(
        t.training.section_part,
        &[("number", &number), ("total", &total)],
    );
    let kicker = Text::new(
        m,
        Role::Paragraph,
        &part,
        STRONG,
        Ink::Muted,
        (MARGIN_X, top),
        TEXT_WIDTH,
    );
    let title = Text::new(
        m,
        Role::Heading,
        &draft.title,
        DIVIDER,
        Ink::Accent,
        (MARGIN_X, kicker.bottom() + 12.0),
        TEXT_WIDTH,
    );
    let mut y = title.bottom() + 24.0;
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
    y += 8.0;
    for level in levels {
        y += 32.0;
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
        let row = level_row(level, y, m);
        y = row.bottom();
        d.text(row);
    }
    y
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
pub(super) fn header(d: &mut Drawing, heading: &Heading, m: &dyn Measure) -> f32 {
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
pub(super) fn footer(
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
