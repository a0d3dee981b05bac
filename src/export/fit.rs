//! Text fitted into a box (a side of the pocket card, a poster): the largest type at
//! which the blocks fit, each block tagged as a heading, a paragraph or a list item.

use super::flow::spaced;
use super::layout::{Fonts, Line, Rich, Style};
use super::pages::{LinkElems, Pages};
use super::structure::{Attributes, Numbering, Role};

/// What a block is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockRole {
    Heading(u8),
    Paragraph,
    /// An item of a list; consecutive items make one list.
    ListItem,
}

/// A piece of text to fit into a box: its style at full scale and the space after it.
/// An empty block is only space.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: Rich,
    pub style: Style,
    pub gap_after: f32,
    pub role: BlockRole,
}

impl Block {
    /// A paragraph.
    pub fn new(text: impl Into<Rich>, style: Style, gap_after: f32) -> Block {
        Block {
            text: text.into(),
            style,
            gap_after,
            role: BlockRole::Paragraph,
        }
    }

    pub fn heading(self, level: u8) -> Block {
        Block {
            role: BlockRole::Heading(level),
            ..self
        }
    }

    pub fn list_item(self) -> Block {
        Block {
            role: BlockRole::ListItem,
            ..self
        }
    }
}

/// One block laid out at the fitted scale.
struct FittedBlock {
    text: Rich,
    lines: Vec<Line>,
    style: Style,
    gap: f32,
    role: BlockRole,
}

/// Blocks laid out in a box at one scale.
pub struct Fitted {
    blocks: Vec<FittedBlock>,
    pub height: f32,
}

/// Lays out blocks at `scale` in `width`, however tall that makes them.
pub fn lay_out(fonts: &Fonts, blocks: &[Block], width: f32, scale: f32) -> Fitted {
    let laid: Vec<FittedBlock> = blocks
        .iter()
        .map(|b| {
            let style = b.style.scaled(scale);
            FittedBlock {
                text: b.text.clone(),
                lines: spaced(&fonts.lines(&b.text, style, width)),
                style,
                gap: b.gap_after * scale,
                role: b.role,
            }
        })
        .collect();
    let height = laid.iter().map(FittedBlock::height).sum();
    Fitted {
        blocks: laid,
        height,
    }
}

/// Lays out blocks at the largest scale from `max_scale` down to `min_scale` at which
/// they fit in `width` × `height`; `None` when they do not fit even at `min_scale`.
pub fn fit(
    fonts: &Fonts,
    blocks: &[Block],
    width: f32,
    height: f32,
    max_scale: f32,
    min_scale: f32,
) -> Option<Fitted> {
    let mut scale = max_scale;
    while scale >= min_scale {
        let laid = lay_out(fonts, blocks, width, scale);
        if laid.height <= height {
            return Some(laid);
        }
        scale *= 0.96;
    }
    None
}

impl FittedBlock {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.style.line_height() + self.gap
    }
}

impl Fitted {
    /// The index of the first block that ends below `height`, if any.
    pub fn first_beyond(&self, height: f32) -> Option<usize> {
        let mut bottom = 0.0;
        self.blocks.iter().position(|block| {
            bottom += block.lines.len() as f32 * block.style.line_height();
            let beyond = bottom > height + 0.01;
            bottom += block.gap;
            beyond
        })
    }

    /// Only the blocks before `count`.
    pub fn first(mut self, count: usize) -> Fitted {
        self.blocks.truncate(count);
        self.height = self.blocks.iter().map(FittedBlock::height).sum();
        self
    }

    /// Draws the blocks with their top-left corner at `at`, tagged: consecutive list
    /// items as one list.
    pub fn draw(&self, pages: &mut Pages<'_>, page: usize, at: (f32, f32)) {
        let (x, mut y) = at;
        let mut in_list = false;
        for block in &self.blocks {
            let is_item = block.role == BlockRole::ListItem && !block.text.is_empty();
            if in_list && !is_item {
                pages.close();
                in_list = false;
            }
            if block.text.is_empty() {
                y += block.lines.len() as f32 * block.style.line_height() + block.gap;
                continue;
            }
            if is_item && !in_list {
                let unlabelled = Attributes {
                    numbering: Some(Numbering::Unlabelled),
                    ..Attributes::default()
                };
                pages.open(Role::L, unlabelled);
                in_list = true;
            }
            let roles: &[Role] = match block.role {
                BlockRole::Heading(level) => &[Role::heading(level)],
                BlockRole::Paragraph => &[Role::P],
                BlockRole::ListItem => &[Role::LI, Role::LBody],
            };
            for role in roles {
                pages.open(*role, Attributes::default());
            }
            let mut links = LinkElems::default();
            for line in &block.lines {
                pages.line(page, (x, y), line, &block.text, block.style, &mut links);
                y += block.style.line_height();
            }
            for _ in roles {
                pages.close();
            }
            y += block.gap;
        }
        if in_list {
            pages.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::layout::Style;

    #[test]
    fn fit_shrinks_until_it_fits_or_gives_up() {
        let f = Fonts::embedded().unwrap();
        let blocks = vec![Block::new("Vi har ingen å miste.", Style::bold(40.0), 10.0)];
        let fitted = fit(&f, &blocks, 200.0, 100.0, 1.0, 0.2).unwrap();
        let size = fitted.blocks[0].style.size;
        assert!(
            size < 40.0 && fitted.height <= 100.0,
            "{size} {}",
            fitted.height
        );
        let roomy = fit(&f, &blocks, 600.0, 200.0, 1.0, 0.2).unwrap();
        assert_eq!(
            roomy.blocks[0].style.size, 40.0,
            "no shrinking when it fits"
        );
        assert!(fit(&f, &blocks, 200.0, 2.0, 1.0, 0.5).is_none());
    }
}
