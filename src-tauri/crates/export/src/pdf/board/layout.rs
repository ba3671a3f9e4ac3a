//! How a board becomes pages. Every card is measured once. If the whole board fits a page at
//! a scale that keeps its smallest text at `MIN_TEXT_PT` or more, it gets one page. Otherwise
//! it is tiled: steps across are shared out over pages, and lanes down are cut into bands no
//! taller than a page — a cell with more cards than a page holds goes on in the next band,
//! and a card taller than a page goes on line by line — so no card is ever left out.

use std::collections::HashMap;
use std::ops::Range;

use feltboard_core::boards::{Board, LaneKind};
use feltboard_core::ids::{LaneId, StepId};

use super::cards::{CARD_GAP, CARD_TEXT, CardLines, Piece};
use super::{HEADER_H, LANE_W, MIN_SCALE, PAD, STAGE_H, STEP_H, STEP_W, curves};
use crate::WorkshopContent;
use crate::pdf::draw::Type;
use crate::pdf::fonts::Fonts;
use crate::pdf::{MARGIN, Sheet};

/// The least height of a band, so that an empty lane still reads as a lane.
const MIN_ROW: f32 = 34.0;

/// A board measured and cut into bands, at the scale its pages are drawn.
#[derive(Debug, Clone)]
pub struct Layout {
    pub scale: f32,
    /// Each card's lines, by index into the board's cards.
    pub cards: Vec<CardLines>,
    pub bands: Vec<Band>,
}

/// One lane, or the part of it that fits a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// Index into the board's lanes.
    pub lane: usize,
    /// Which part of the lane: 0 for its first band.
    pub part: usize,
    /// Whether the lane goes on in the next band.
    pub more: bool,
    pub height: f32,
    /// For each step of its page, left to right, the pieces of cards in this band, top to
    /// bottom.
    pub cells: Vec<Vec<Piece>>,
}

impl Band {
    /// Whether this band draws the emotion curves above its cards.
    pub fn has_curves(&self, board: &Board) -> bool {
        self.part == 0 && board.lanes[self.lane].kind == LaneKind::Feelings
    }
}

/// One page's share of a board: some steps across, some bands down.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub steps: Range<usize>,
    pub bands: Range<usize>,
}

/// The board on pages of `sheet`: its layout, and what each page shows.
pub fn pages(
    board: &Board,
    fonts: &Fonts,
    content: &WorkshopContent,
    sheet: Sheet,
) -> (Layout, Vec<Tile>) {
    let cards = measure(board, fonts, content);
    let steps = board.steps().count().max(1);
    let avail_w = sheet.inner_width();
    let avail_h = sheet.bottom() - MARGIN - HEADER_H;
    let natural_w = LANE_W + steps as f32 * STEP_W;
    let whole = bands(board, &cards, 0..steps, f32::INFINITY);
    let natural_h = STAGE_H + STEP_H + whole.iter().map(|b| b.height).sum::<f32>();
    let fit = (avail_w / natural_w).min(avail_h / natural_h).min(1.0);
    if fit >= MIN_SCALE {
        let tile = Tile {
            steps: 0..steps,
            bands: 0..whole.len(),
        };
        let layout = Layout {
            scale: fit,
            cards,
            bands: whole,
        };
        return (layout, vec![tile]);
    }
    let scale = (avail_w / natural_w).clamp(MIN_SCALE, 1.0);
    let most = (((avail_w / scale) - LANE_W) / STEP_W).floor().max(1.0) as usize;
    // As many pages as the widest fill would need, with the steps shared out evenly: 9 steps
    // on pages of 4 become 3, 3 and 3 rather than 4, 4 and a lonely 1.
    let per_page = steps.div_ceil(steps.div_ceil(most));
    let room = avail_h / scale - STAGE_H - STEP_H;
    // Each page's steps get bands of their own: a tall cell makes more pages for its own
    // steps only, not empty ones for every other step.
    let mut all = Vec::new();
    let mut tiles = Vec::new();
    for first in (0..steps).step_by(per_page) {
        let columns = first..(first + per_page).min(steps);
        let cut = bands(board, &cards, columns.clone(), room);
        let offset = all.len();
        let mut start = 0;
        let mut used = 0.0;
        for (i, band) in cut.iter().enumerate() {
            if i > start && used + band.height > room {
                tiles.push(Tile {
                    steps: columns.clone(),
                    bands: offset + start..offset + i,
                });
                start = i;
                used = 0.0;
            }
            used += band.height;
        }
        tiles.push(Tile {
            steps: columns,
            bands: offset + start..offset + cut.len(),
        });
        all.extend(cut);
    }
    let layout = Layout {
        scale,
        cards,
        bands: all,
    };
    (layout, tiles)
}

/// The page that holds the whole board at full size, for a poster or a PNG.
pub fn poster(board: &Board, fonts: &Fonts, content: &WorkshopContent) -> (Sheet, Layout, Tile) {
    let cards = measure(board, fonts, content);
    let steps = board.steps().count().max(1);
    let whole = bands(board, &cards, 0..steps, f32::INFINITY);
    let sheet = Sheet {
        width: LANE_W + steps as f32 * STEP_W + 2.0 * MARGIN,
        height: STAGE_H
            + STEP_H
            + whole.iter().map(|b| b.height).sum::<f32>()
            + HEADER_H
            + 2.0 * MARGIN
            + 16.0,
    };
    let tile = Tile {
        steps: 0..steps,
        bands: 0..whole.len(),
    };
    let layout = Layout {
        scale: 1.0,
        cards,
        bands: whole,
    };
    (sheet, layout, tile)
}

/// The lanes shown, by index into `board.lanes`.
pub fn shown_lanes(board: &Board) -> Vec<usize> {
    (0..board.lanes.len())
        .filter(|&i| !board.lanes[i].is_hidden)
        .collect()
}

fn measure(board: &Board, fonts: &Fonts, content: &WorkshopContent) -> Vec<CardLines> {
    board
        .cards
        .iter()
        .map(|card| CardLines::measure(fonts, content, board, card))
        .collect()
}

/// Every shown lane across `columns` (steps, by index) cut into bands no taller than `room`
/// (infinite: one band a lane).
fn bands(board: &Board, cards: &[CardLines], columns: Range<usize>, room: f32) -> Vec<Band> {
    let mut in_cell: HashMap<(StepId, LaneId), Vec<usize>> = HashMap::new();
    for (index, card) in board.cards.iter().enumerate() {
        in_cell
            .entry((card.step_id, card.lane_id))
            .or_default()
            .push(index);
    }
    let steps: Vec<StepId> = board
        .steps()
        .skip(columns.start)
        .take(columns.len())
        .map(|s| s.id)
        .collect();
    let mut bands = Vec::new();
    let curves_height = curves::height(board);
    for lane in shown_lanes(board) {
        let curves = if board.lanes[lane].kind == LaneKind::Feelings {
            curves_height - 2.0 * PAD
        } else {
            0.0
        };
        // Room for cards in the lane's `part`-th band: the curves take some of the first.
        let room_for_cards = |part: usize| room - 2.0 * PAD - if part == 0 { curves } else { 0.0 };
        let cells: Vec<Vec<Vec<Piece>>> = steps
            .iter()
            .map(|&step| {
                let here = in_cell
                    .get(&(step, board.lanes[lane].id))
                    .map_or(&[][..], Vec::as_slice);
                pack(here, cards, room_for_cards)
            })
            .collect();
        let parts = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for part in 0..parts {
            let band_cells: Vec<Vec<Piece>> = cells
                .iter()
                .map(|cell| cell.get(part).cloned().unwrap_or_default())
                .collect();
            let tallest = band_cells
                .iter()
                .map(|pieces| 2.0 * PAD + stacked(pieces, cards))
                .fold(MIN_ROW, f32::max);
            bands.push(Band {
                lane,
                part,
                more: part + 1 < parts,
                height: tallest + if part == 0 { curves } else { 0.0 },
                cells: band_cells,
            });
        }
    }
    bands
}

/// The height of `pieces` stacked with gaps between them.
fn stacked(pieces: &[Piece], cards: &[CardLines]) -> f32 {
    pieces.iter().map(|p| p.height(&cards[p.card])).sum::<f32>()
        + CARD_GAP * pieces.len().saturating_sub(1) as f32
}

/// Shares one cell's `cards` out over parts, `room(k)` high for the cards of the k-th: whole
/// cards while they fit; a card that fits a part of its own starts the next one; a card
/// taller than any part is cut between its lines, its small print kept with its last line.
fn pack(cell: &[usize], cards: &[CardLines], room: impl Fn(usize) -> f32) -> Vec<Vec<Piece>> {
    let line = Type::leading_of(CARD_TEXT);
    let mut parts: Vec<Vec<Piece>> = vec![Vec::new()];
    let mut used = 0.0;
    for &card in cell {
        let lines = &cards[card];
        let mut start = 0;
        loop {
            let part = parts.len() - 1;
            let gap = if parts[part].is_empty() {
                0.0
            } else {
                CARD_GAP
            };
            let space = room(part) - used - gap - 2.0 * PAD;
            let left = lines.text.len() - start;
            let fitting = ((space / line).floor().max(0.0) as usize).min(left);
            let rest = Piece {
                card,
                lines: start..lines.text.len(),
                meta: true,
            };
            if fitting == left && space - left as f32 * line >= lines.meta_height() {
                used += gap + rest.height(lines);
                parts[part].push(rest);
                break;
            }
            let started = !parts[part].is_empty();
            if started && (rest.height(lines) <= room(part + 1) || fitting == 0) {
                parts.push(Vec::new());
                used = 0.0;
                continue;
            }
            if fitting == 0 {
                // Not a line fits even an empty part: the part is too small to cut the card
                // any finer, so the rest goes here whole rather than being lost.
                used += rest.height(lines);
                parts[part].push(rest);
                break;
            }
            parts[part].push(Piece {
                card,
                lines: start..start + fitting,
                meta: false,
            });
            start += fitting;
            parts.push(Vec::new());
            used = 0.0;
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(text_lines: usize, meta_lines: usize) -> CardLines {
        CardLines {
            text: (0..text_lines).map(|i| format!("line {i}")).collect(),
            meta: (0..meta_lines).map(|i| format!("meta {i}")).collect(),
        }
    }

    /// Every line of every card, in order, exactly once, and each card's small print once.
    fn assert_all_there(parts: &[Vec<Piece>], cards: &[CardLines]) {
        let mut seen: Vec<(usize, usize)> = Vec::new();
        let mut metas = Vec::new();
        for piece in parts.iter().flatten() {
            seen.extend(piece.lines.clone().map(|l| (piece.card, l)));
            if piece.meta {
                metas.push(piece.card);
            }
        }
        let expected: Vec<(usize, usize)> = cards
            .iter()
            .enumerate()
            .flat_map(|(c, lines)| (0..lines.text.len()).map(move |l| (c, l)))
            .collect();
        assert_eq!(seen, expected, "no line is lost, doubled or reordered");
        assert_eq!(metas, (0..cards.len()).collect::<Vec<_>>());
    }

    #[test]
    fn forty_cards_in_a_cell_go_on_over_as_many_parts_as_they_need() {
        let cards: Vec<CardLines> = (0..40).map(|_| card(2, 1)).collect();
        let cell: Vec<usize> = (0..40).collect();
        let room = 300.0;
        let parts = pack(&cell, &cards, |_| room);
        assert_all_there(&parts, &cards);
        assert!(parts.len() > 1, "forty cards do not fit one page's room");
        for part in &parts {
            assert!(stacked(part, &cards) <= room, "each part fits its room");
            assert!(
                part.iter().all(|p| p.meta && p.lines.start == 0),
                "cards that fit a part are never cut"
            );
        }
    }

    #[test]
    fn a_card_taller_than_a_page_is_cut_between_lines_and_keeps_its_small_print_last() {
        let cards = vec![card(3, 1), card(150, 2), card(1, 1)];
        let room = 400.0;
        let parts = pack(&[0, 1, 2], &cards, |_| room);
        assert_all_there(&parts, &cards);
        assert!(parts.len() >= 4, "150 lines of 13 pt need several parts");
        for part in &parts {
            assert!(stacked(part, &cards) <= room, "each part fits its room");
        }
        let pieces_of_long: Vec<&Piece> = parts.iter().flatten().filter(|p| p.card == 1).collect();
        assert!(pieces_of_long.iter().rev().skip(1).all(|p| !p.meta));
        assert!(pieces_of_long.last().is_some_and(|p| p.meta));
    }

    #[test]
    fn the_first_part_can_be_smaller_and_an_infinite_room_keeps_the_cell_whole() {
        let cards: Vec<CardLines> = (0..10).map(|_| card(2, 1)).collect();
        let cell: Vec<usize> = (0..10).collect();
        let parts = pack(&cell, &cards, |part| if part == 0 { 60.0 } else { 200.0 });
        assert_all_there(&parts, &cards);
        assert!(stacked(&parts[0], &cards) <= 60.0);
        let whole = pack(&cell, &cards, |_| f32::INFINITY);
        assert_eq!(whole.len(), 1);
        assert_all_there(&whole, &cards);
    }
}
