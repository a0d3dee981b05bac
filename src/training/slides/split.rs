//! Putting things on as few slides as hold them: lines of text of a known height, the
//! space between them, and what must not end a slide without what follows it. Knows
//! nothing of what the things are; `slides.rs` says.

/// Something to place on slides, top to bottom: how many lines it has and how tall
/// each is, the space above it (none at the top of a slide), and how it holds on to
/// what follows it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unit {
    pub(super) lines: usize,
    pub(super) line_height: f32,
    pub(super) above: f32,
    pub(super) glue: Glue,
    /// Whether its lines may go on different slides when it is taller than a slide.
    pub(super) breakable: bool,
}

impl Unit {
    pub(super) fn height(&self, lines: usize) -> f32 {
        lines as f32 * self.line_height
    }
}

/// How a unit holds on to the unit after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Glue {
    None,
    /// Never the last on a slide: a lead-in, a point whose sub-points follow.
    Hard,
    /// Goes to the next slide with what follows it where that fits there: a sub-point
    /// with more after it, so a point's sub-points stay together.
    Soft,
}

/// The lines `start..end` of a unit, on one slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Piece {
    pub(super) unit: usize,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Puts units on as few slides as hold them, in order, each slide no fuller than its
/// room (the first slide's room is `first_room`, the others' `room`). Glued units at
/// the end of a slide move to the next with what follows them; a hard-glued one stays
/// with at least the first line of what follows it even when that has to be broken. A
/// unit taller than a whole slide is broken between its lines (a breakable one) or left
/// alone on its slide.
pub(super) fn split(units: &[Unit], first_room: f32, room: f32) -> Vec<Vec<Piece>> {
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
/// more slides than the full room does and breaks no text the full room keeps whole
/// (found by halving), so a list of eleven points goes on two slides of six and five,
/// not of nine and two.
pub(super) fn balanced(units: &[Unit], first_room: f32, room: f32) -> Vec<Vec<Piece>> {
    let full = split(units, first_room, room);
    if full.len() < 2 {
        return full;
    }
    let broken = |slides: &[Vec<Piece>]| {
        (slides.iter().flatten())
            .filter(|p| p.start > 0 || p.end < units[p.unit].lines)
            .count()
    };
    let (mut low, mut high) = (0.0, room);
    for _ in 0..24 {
        let middle = (low + high) / 2.0;
        let tried = split(units, first_room - (room - middle), middle);
        if tried.len() <= full.len() && broken(&tried) <= broken(&full) {
            high = middle;
        } else {
            low = middle;
        }
    }
    split(units, first_room - (room - high), high)
}

/// How tall pieces stand on one slide, with the space between them.
pub(super) fn height_of(pieces: &[Piece], units: &[Unit]) -> f32 {
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
    fn sharing_evenly_never_breaks_a_text_that_fits_whole() {
        // A smaller room would break the second text over two slides and still take
        // three: it is not taken.
        let units = [
            unit(2, Glue::None),
            unit(5, Glue::None),
            unit(2, Glue::None),
        ];
        let even = balanced(&units, 60.0, 60.0);
        assert_eq!(
            shape(&even),
            [vec![(0, 0, 2)], vec![(1, 0, 5)], vec![(2, 0, 2)]]
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
}
