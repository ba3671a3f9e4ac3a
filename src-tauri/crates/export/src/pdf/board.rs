//! A journey board on landscape pages. The board is laid out once at full size; if it fits
//! the page at a scale that keeps its smallest text at `MIN_TEXT_PT` or more, it gets one
//! page. Otherwise it is tiled: steps across and lanes down are split into pages, each
//! repeating the stage, step and lane headers and saying "page N of M" for the board.

use std::ops::Range;

use feltboard_core::boards::{Board, Card, CardKind, CardSource, LaneKind, StepEmotions};
use krilla::geom::Transform;

use super::draw::{
    Area, BRAND, Colour, INK, INK_FAINT, INK_SOFT, Ink, LINE, PAPER_WARM, Pen, Type,
};
use super::fonts::{Fonts, Weight};
use super::{MARGIN, Sheet};
use crate::WorkshopContent;

/// The smallest text on a board page, in points, whatever the scale.
pub const MIN_TEXT_PT: f32 = 7.0;

const LANE_W: f32 = 112.0;
const STEP_W: f32 = 150.0;
const STAGE_H: f32 = 20.0;
const STEP_H: f32 = 46.0;
const CURVE_H: f32 = 124.0;
const CURVE_PAD: f32 = 24.0;
const PAD: f32 = 5.0;
const CARD_TEXT: f32 = 10.0;
const CARD_META: f32 = 8.0;
const CARD_GAP: f32 = 4.0;
const MIN_ROW: f32 = 34.0;
/// Below this the card's small print would fall under `MIN_TEXT_PT`.
const MIN_SCALE: f32 = MIN_TEXT_PT / CARD_META;
/// The title, the scenario and the legend above the grid.
const HEADER_H: f32 = 66.0;

const ASSUMED: Colour = Colour(0x6a5d4d);
const RATED: Colour = Colour(0x0072b2);
const DESIRED: Colour = Colour(0x009e73);
const ASSUMED_LINE: Ink = Ink {
    colour: ASSUMED,
    width: 1.8,
    dash: Some((7.0, 5.0)),
};
const RATED_LINE: Ink = Ink {
    colour: RATED,
    width: 2.8,
    dash: None,
};
const DESIRED_LINE: Ink = Ink {
    colour: DESIRED,
    width: 2.2,
    dash: Some((1.5, 4.5)),
};
const MOMENT: Colour = Colour(0xfdf3d0);

const LEVELS: [(i8, &str, &str); 5] = [
    (2, "😄", "Delighted"),
    (1, "🙂", "Happy"),
    (0, "😐", "Neutral"),
    (-1, "🙁", "Unhappy"),
    (-2, "😠", "Upset"),
];

/// One page's share of a board.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    pub steps: Range<usize>,
    pub lanes: Range<usize>,
    pub scale: f32,
    /// Every shown lane's height at full size, measured once for the whole board.
    pub rows: Vec<f32>,
}

fn card_style(kind: CardKind) -> (Colour, Colour) {
    match kind {
        CardKind::Quote => (Colour(0xeef5fb), Colour(0x0072b2)),
        CardKind::PainPoint => (Colour(0xfdeeea), Colour(0xc2553a)),
        CardKind::Opportunity | CardKind::Idea => (Colour(0xeaf6f0), Colour(0x1d8a5a)),
        CardKind::Note => (Colour(0xfffdf4), Colour(0xc9bd92)),
    }
}

fn kind_word(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Note => "Note",
        CardKind::Quote => "Quote",
        CardKind::PainPoint => "Pain point",
        CardKind::Idea => "Idea",
        CardKind::Opportunity => "Opportunity",
    }
}

fn card_text(card: &Card) -> String {
    let text = card.draft.text.trim();
    if card.draft.kind == CardKind::Quote {
        format!("“{}”", text.trim_matches(['"', '“', '”']))
    } else {
        text.to_owned()
    }
}

fn card_weight(card: &Card) -> Weight {
    if card.draft.kind == CardKind::Quote {
        Weight::Italic
    } else {
        Weight::Regular
    }
}

/// The small print under a card: its kind, who it came from, its votes, its owner.
fn card_meta(content: &WorkshopContent, card: &Card) -> String {
    let who = match card.draft.source {
        CardSource::Research => "Research".to_owned(),
        source => content.credit(card.draft.author_id).unwrap_or_else(|| {
            if source == CardSource::Customer {
                "A customer".to_owned()
            } else {
                "Team".to_owned()
            }
        }),
    };
    let mut meta = format!("{} · {who}", kind_word(card.draft.kind));
    if let Some(votes) = content.votes.get(&card.id) {
        meta += &format!(" · ▲ {votes}");
    }
    if card.draft.kind == CardKind::Opportunity {
        if !card.draft.owner.is_empty() {
            meta += &format!(" · Owner: {}", card.draft.owner);
        }
        if !card.draft.metric.is_empty() {
            meta += &format!(" · {}", card.draft.metric);
        }
    }
    meta
}

const CARD_INNER: f32 = STEP_W - 2.0 * PAD - 2.0 * PAD - 3.0;

fn card_height(fonts: &Fonts, content: &WorkshopContent, card: &Card) -> f32 {
    let lines = fonts
        .wrap(&card_text(card), card_weight(card), CARD_TEXT, CARD_INNER)
        .len();
    let meta = fonts
        .wrap(
            &card_meta(content, card),
            Weight::Regular,
            CARD_META,
            CARD_INNER,
        )
        .len();
    2.0 * PAD + lines as f32 * CARD_TEXT * 1.3 + 2.0 + meta as f32 * CARD_META * 1.3
}

fn cards_in(board: &Board, step: usize, lane: usize) -> impl Iterator<Item = &Card> {
    let step_id = board.steps().nth(step).map(|s| s.id);
    let lane_id = board.lanes.get(lane).map(|l| l.id);
    board
        .cards
        .iter()
        .filter(move |c| Some(c.step_id) == step_id && Some(c.lane_id) == lane_id)
}

/// The lanes shown, by index into `board.lanes`.
fn shown_lanes(board: &Board) -> Vec<usize> {
    (0..board.lanes.len())
        .filter(|&i| !board.lanes[i].is_hidden)
        .collect()
}

/// Each shown lane's height at full size.
pub fn row_heights(board: &Board, fonts: &Fonts, content: &WorkshopContent) -> Vec<f32> {
    let steps = board.steps().count();
    shown_lanes(board)
        .into_iter()
        .map(|lane| {
            let tallest = (0..steps)
                .map(|step| {
                    let cards: Vec<f32> = cards_in(board, step, lane)
                        .map(|c| card_height(fonts, content, c))
                        .collect();
                    cards.iter().sum::<f32>()
                        + CARD_GAP * cards.len().saturating_sub(1) as f32
                        + 2.0 * PAD
                })
                .fold(MIN_ROW, f32::max);
            if board.lanes[lane].kind == LaneKind::Feelings {
                CURVE_H + tallest - 2.0 * PAD
            } else {
                tallest
            }
        })
        .collect()
}

/// The page that holds the whole board at full size, for a poster or a PNG.
pub fn poster(board: &Board, rows: &[f32]) -> (Sheet, Tile) {
    let steps = board.steps().count().max(1);
    let sheet = Sheet {
        width: LANE_W + steps as f32 * STEP_W + 2.0 * MARGIN,
        height: STAGE_H + STEP_H + rows.iter().sum::<f32>() + HEADER_H + 2.0 * MARGIN + 16.0,
    };
    (
        sheet,
        Tile {
            steps: 0..steps,
            lanes: 0..rows.len(),
            scale: 1.0,
            rows: rows.to_vec(),
        },
    )
}

/// Splits the board into pages (see the module's comment).
pub fn tiles(board: &Board, rows: &[f32], sheet: Sheet) -> Vec<Tile> {
    let steps = board.steps().count().max(1);
    let avail_w = sheet.inner_width();
    let avail_h = sheet.bottom() - MARGIN - HEADER_H;
    let natural_w = LANE_W + steps as f32 * STEP_W;
    let natural_h = STAGE_H + STEP_H + rows.iter().sum::<f32>();
    let fit = (avail_w / natural_w).min(avail_h / natural_h).min(1.0);
    if fit >= MIN_SCALE {
        return vec![Tile {
            steps: 0..steps,
            lanes: 0..rows.len(),
            scale: fit,
            rows: rows.to_vec(),
        }];
    }
    let scale = (avail_w / natural_w).clamp(MIN_SCALE, 1.0);
    let most = (((avail_w / scale) - LANE_W) / STEP_W).floor().max(1.0) as usize;
    // As many pages as the widest fill would need, with the steps shared out evenly: 9 steps
    // on pages of 4 become 3, 3 and 3 rather than 4, 4 and a lonely 1.
    let per_page = steps.div_ceil(steps.div_ceil(most));
    let room = avail_h / scale - STAGE_H - STEP_H;
    let mut lane_chunks = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    for (i, h) in rows.iter().enumerate() {
        if i > start && used + h > room {
            lane_chunks.push(start..i);
            start = i;
            used = 0.0;
        }
        used += h;
    }
    lane_chunks.push(start..rows.len());
    let mut tiles = Vec::new();
    for first in (0..steps).step_by(per_page) {
        for lanes in &lane_chunks {
            tiles.push(Tile {
                steps: first..(first + per_page).min(steps),
                lanes: lanes.clone(),
                scale,
                rows: rows.to_vec(),
            });
        }
    }
    tiles
}

fn level_y(top: f32, score: f64) -> f32 {
    top + CURVE_PAD + ((2.0 - score as f32) / 4.0) * (CURVE_H - 2.0 * CURVE_PAD)
}

/// Runs of consecutive steps that have a value, as points.
fn runs(points: impl Iterator<Item = Option<(f32, f32)>>) -> Vec<Vec<(f32, f32)>> {
    let mut runs: Vec<Vec<(f32, f32)>> = vec![Vec::new()];
    for point in points {
        match (point, runs.last_mut()) {
            (Some(p), Some(run)) => run.push(p),
            (None, Some(run)) if !run.is_empty() => runs.push(Vec::new()),
            _ => {}
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

fn curves(pen: &mut Pen, emotions: &[StepEmotions], steps: &Range<usize>, top: f32) {
    let x = |i: usize| LANE_W + (i as f32 - steps.start as f32) * STEP_W + STEP_W / 2.0;
    let shown = || emotions[steps.clone()].iter().zip(steps.clone());
    // On a tiled board the lines run on to the neighbouring steps and are cut at the page's
    // edge, so they read as one curve across the pages.
    let reach = steps.start.saturating_sub(1)..(steps.end + 1).min(emotions.len());
    let along = || emotions[reach.clone()].iter().zip(reach.clone());
    for (_, level, _) in LEVELS.iter().map(|l| (l.0, f64::from(l.0), l.2)) {
        let y = level_y(top, level);
        pen.polyline(
            &[(LANE_W, y), (LANE_W + steps.len() as f32 * STEP_W, y)],
            Ink {
                colour: Colour(0xe7e1d6),
                width: 0.6,
                dash: Some((2.0, 3.0)),
            },
        );
    }
    // The room's spread under the lines: mean ± one standard deviation, and the count.
    for (e, i) in shown() {
        if let Some(r) = &e.rated {
            let (lo, hi) = (
                (r.mean - r.std_dev).max(-2.0),
                (r.mean + r.std_dev).min(2.0),
            );
            pen.rect(
                Area::new(
                    x(i) - 7.0,
                    level_y(top, hi),
                    14.0,
                    (level_y(top, lo) - level_y(top, hi)).max(1.0),
                ),
                3.0,
                Some(Colour(0xcfe3f3)),
                None,
            );
        }
    }
    let assumed = runs(along().map(|(e, i)| e.assumed.map(|s| (x(i), level_y(top, f64::from(s))))));
    let desired = runs(along().map(|(e, i)| e.desired.map(|s| (x(i), level_y(top, f64::from(s))))));
    let rated = runs(along().map(|(e, i)| e.rated.as_ref().map(|r| (x(i), level_y(top, r.mean)))));
    pen.clip(
        Area::new(LANE_W, top, steps.len() as f32 * STEP_W, CURVE_H),
        0.0,
    );
    for run in &assumed {
        pen.smooth(run, ASSUMED_LINE);
        for &(px, py) in run {
            pen.rect(
                Area::new(px - 3.5, py - 3.5, 7.0, 7.0),
                0.0,
                Some(Colour(0xffffff)),
                Some(Ink {
                    colour: ASSUMED,
                    width: 1.5,
                    dash: None,
                }),
            );
        }
    }
    for run in &desired {
        pen.smooth(run, DESIRED_LINE);
        for &(px, py) in run {
            pen.area(
                &[
                    (px, py - 4.5),
                    (px + 4.5, py),
                    (px, py + 4.5),
                    (px - 4.5, py),
                ],
                DESIRED,
            );
        }
    }
    for run in &rated {
        pen.smooth(run, RATED_LINE);
    }
    pen.surface.pop();
    let small = Type::new(Weight::Regular, CARD_META, INK_SOFT);
    for (e, i) in shown() {
        if let Some(r) = &e.rated {
            let y = level_y(top, r.mean);
            pen.circle(
                x(i),
                y,
                4.5,
                Some(RATED),
                Some(Ink {
                    colour: Colour(0xffffff),
                    width: 1.2,
                    dash: None,
                }),
            );
            pen.text(x(i) + 7.0, y + 14.0, &format!("n={}", r.count), small);
        }
    }
}

fn legend(pen: &mut Pen, right: f32, y: f32) {
    let small = Type::new(Weight::Regular, 8.0, INK_SOFT);
    let items: [(&str, Ink); 3] = [
        ("Assumed by the team", ASSUMED_LINE),
        ("Rated by customers: mean, spread, count", RATED_LINE),
        ("Desired", DESIRED_LINE),
    ];
    let mut x = right;
    for (label, ink) in items.iter().rev() {
        x -= pen.fonts.width(label, Weight::Regular, 8.0);
        pen.text(x, y, label, small);
        x -= 28.0;
        pen.polyline(&[(x, y - 3.0), (x + 22.0, y - 3.0)], *ink);
        x -= 14.0;
    }
    let moment = "★ Moment of truth";
    x -= pen.fonts.width(moment, Weight::SemiBold, 8.0);
    pen.text(
        x,
        y,
        moment,
        Type::new(Weight::SemiBold, 8.0, Colour(0x9a6a00)),
    );
}

#[allow(clippy::too_many_arguments)]
pub fn draw(
    pen: &mut Pen,
    sheet: Sheet,
    content: &WorkshopContent,
    board: &Board,
    tile: &Tile,
    number: usize,
    of: usize,
) {
    let b = &board.board.draft;
    let width = sheet.inner_width();
    let title = Type::new(Weight::Bold, 16.0, INK);
    pen.text(MARGIN, MARGIN + 12.0, &b.title, title);
    if of > 1 {
        pen.text_right(
            sheet.width - MARGIN,
            MARGIN + 12.0,
            &format!("Board page {number} of {of}"),
            Type::new(Weight::SemiBold, 9.0, BRAND),
        );
    }
    let actor = b
        .actor_id
        .and_then(|id| content.personas.iter().find(|(p, _)| p.id == id))
        .map(|(p, _)| p.draft.name.clone());
    let mut about = Vec::new();
    if let Some(actor) = actor {
        about.push(format!("Whose journey: {actor}"));
    }
    if !b.scenario.is_empty() {
        about.push(format!("Scenario: {}", b.scenario));
    }
    if !b.expectations.is_empty() {
        about.push(format!("Expects: {}", b.expectations));
    }
    pen.paragraph(
        MARGIN,
        MARGIN + 18.0,
        width,
        &about.join("   ·   "),
        Type::new(Weight::Regular, 9.0, INK_SOFT),
        2,
    );
    legend(pen, sheet.width - MARGIN, MARGIN + HEADER_H - 8.0);

    let shown = shown_lanes(board);
    let steps: Vec<_> = board.steps().collect();
    let grid_w = LANE_W + tile.steps.len() as f32 * STEP_W;
    let grid_h = STAGE_H + STEP_H + tile.rows[tile.lanes.clone()].iter().sum::<f32>();
    let top = MARGIN + HEADER_H;
    pen.clip(
        Area::new(
            MARGIN - 1.0,
            top - 1.0,
            width + 2.0,
            sheet.bottom() - top + 2.0,
        ),
        0.0,
    );
    pen.surface
        .push_transform(&Transform::from_translate(MARGIN, top));
    pen.surface
        .push_transform(&Transform::from_scale(tile.scale, tile.scale));

    let border = Ink {
        colour: LINE,
        width: 0.8,
        dash: None,
    };
    let header = Type::new(Weight::SemiBold, 9.5, INK);
    // Stage headers over the steps of this tile.
    let mut column = 0;
    for stage in &board.stages {
        let span: Vec<usize> = (column..column + stage.steps.len())
            .filter(|i| tile.steps.contains(i))
            .collect();
        column += stage.steps.len();
        let (Some(&first), Some(&last)) = (span.first(), span.last()) else {
            continue;
        };
        let x = LANE_W + (first - tile.steps.start) as f32 * STEP_W;
        let w = (last - first + 1) as f32 * STEP_W;
        pen.rect(
            Area::new(x, 0.0, w, STAGE_H),
            0.0,
            Some(Colour(0xe9e2d4)),
            Some(border),
        );
        pen.paragraph(
            x + PAD,
            3.0,
            w - 2.0 * PAD,
            &stage.title.to_uppercase(),
            Type::new(Weight::Bold, 9.0, INK),
            1,
        );
    }
    for i in tile.steps.clone() {
        let step = steps[i];
        let x = LANE_W + (i - tile.steps.start) as f32 * STEP_W;
        let fill = if step.is_moment_of_truth {
            MOMENT
        } else {
            PAPER_WARM
        };
        pen.rect(
            Area::new(x, STAGE_H, STEP_W, STEP_H),
            0.0,
            Some(fill),
            Some(border),
        );
        let used = pen.paragraph(
            x + PAD,
            STAGE_H + 3.0,
            STEP_W - 2.0 * PAD,
            &step.title,
            header,
            2,
        );
        if step.is_moment_of_truth {
            pen.text(
                x + PAD,
                STAGE_H + 5.0 + used + CARD_META,
                "★ Moment of truth",
                Type::new(Weight::SemiBold, CARD_META, Colour(0x9a6a00)),
            );
        }
    }
    pen.rect(
        Area::new(0.0, 0.0, LANE_W, STAGE_H + STEP_H),
        0.0,
        Some(PAPER_WARM),
        Some(border),
    );

    let mut y = STAGE_H + STEP_H;
    for (row, &lane_index) in shown
        .iter()
        .enumerate()
        .filter(|(row, _)| tile.lanes.contains(row))
    {
        let lane = &board.lanes[lane_index];
        let h = tile.rows[row];
        pen.rect(
            Area::new(0.0, y, LANE_W, h),
            0.0,
            Some(PAPER_WARM),
            Some(border),
        );
        pen.paragraph(
            PAD + 2.0,
            y + 4.0,
            LANE_W - 2.0 * PAD - 2.0,
            &lane.title,
            header,
            3,
        );
        let mut cards_top = y;
        if lane.kind == LaneKind::Feelings {
            for (score, emoji, word) in LEVELS {
                pen.text(
                    PAD + 2.0,
                    level_y(y, f64::from(score)) + 3.0,
                    &format!("{emoji} {word}"),
                    Type::new(Weight::Regular, CARD_META, INK_SOFT),
                );
            }
            for i in tile.steps.clone() {
                pen.rect(
                    Area::new(
                        LANE_W + (i - tile.steps.start) as f32 * STEP_W,
                        y,
                        STEP_W,
                        h,
                    ),
                    0.0,
                    Some(Colour(0xffffff)),
                    Some(border),
                );
            }
            curves(pen, &board.emotions, &tile.steps, y);
            cards_top = y + CURVE_H - 2.0 * PAD;
        }
        for i in tile.steps.clone() {
            let x = LANE_W + (i - tile.steps.start) as f32 * STEP_W;
            if lane.kind != LaneKind::Feelings {
                pen.rect(
                    Area::new(x, y, STEP_W, h),
                    0.0,
                    Some(Colour(0xffffff)),
                    Some(border),
                );
            }
            let mut card_y = cards_top + PAD;
            for card in cards_in(board, i, lane_index) {
                let ch = card_height(pen.fonts, content, card);
                let (paper, edge) = card_style(card.draft.kind);
                let dash = (card.draft.source == CardSource::Research).then_some((3.0, 2.0));
                pen.rect(
                    Area::new(x + PAD, card_y, STEP_W - 2.0 * PAD, ch),
                    3.0,
                    Some(paper),
                    Some(Ink {
                        colour: Colour(0xe0d9c4),
                        width: 0.7,
                        dash,
                    }),
                );
                pen.rect(Area::new(x + PAD, card_y, 3.0, ch), 0.0, Some(edge), None);
                let text_x = x + 2.0 * PAD + 3.0;
                let used = pen.paragraph(
                    text_x,
                    card_y + PAD - 1.0,
                    CARD_INNER,
                    &card_text(card),
                    Type::new(card_weight(card), CARD_TEXT, INK),
                    usize::MAX,
                );
                pen.paragraph(
                    text_x,
                    card_y + PAD + used + 1.0,
                    CARD_INNER,
                    &card_meta(content, card),
                    Type::new(Weight::Regular, CARD_META, INK_FAINT),
                    usize::MAX,
                );
                card_y += ch + CARD_GAP;
            }
        }
        // The line of visibility: what the customer sees above, what they don't below.
        if lane.kind == LaneKind::Backstage
            && row > 0
            && shown
                .get(row - 1)
                .is_some_and(|&p| board.lanes[p].kind == LaneKind::Frontstage)
        {
            pen.polyline(
                &[(0.0, y), (grid_w, y)],
                Ink {
                    colour: BRAND,
                    width: 1.6,
                    dash: Some((6.0, 3.0)),
                },
            );
            pen.text(
                LANE_W + 4.0,
                y - 3.0,
                "Line of visibility",
                Type::new(Weight::SemiBold, CARD_META, BRAND),
            );
        }
        y += h;
    }
    pen.rect(
        Area::new(0.0, 0.0, grid_w, grid_h),
        0.0,
        None,
        Some(Ink {
            colour: Colour(0xb9b0a0),
            width: 1.0,
            dash: None,
        }),
    );
    pen.surface.pop();
    pen.surface.pop();
    pen.surface.pop();
}
