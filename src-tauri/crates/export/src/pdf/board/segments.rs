//! The rated curve of each persona a board follows, beside every customer's: the ratings of
//! the customers who said they are most like that persona (the core's segments). Each has
//! its own colour, line pattern and marker, its name in the legend and at the head of its
//! row of numbers under the curves — mean, spread and n at each step — so it is never told
//! apart by colour alone.

use std::ops::Range;

use feltboard_core::boards::{Board, RatedSpread, SEGMENT_LOOKS, StepEmotions};
use feltboard_core::language::Words;

use super::curves::{RATED_LINE, level_y, runs, score};
use super::{CARD_META, CURVE_H, LANE_W, PAD, STEP_W};
use crate::WorkshopContent;
use crate::pdf::draw::{Colour, INK, INK_SOFT, Ink, LINE, Marker, Pen, Type};
use crate::pdf::fonts::Weight;

/// How one persona's curve looks: the core's colour and line pattern for its place among the
/// board's personas (the window draws it the same), and a marker of the PDF's own.
struct Look {
    colour: Colour,
    dash: (f32, f32),
    marker: Marker,
}

const MARKERS: [Marker; 6] = [
    Marker::TriangleUp,
    Marker::TriangleDown,
    Marker::Cross,
    Marker::Plus,
    Marker::Ring,
    Marker::Bar,
];

/// The same persona keeps its look wherever it is drawn: by its place among the board's.
fn look(index: usize) -> Look {
    let (colour, [dash, gap]) = SEGMENT_LOOKS[index % SEGMENT_LOOKS.len()];
    Look {
        colour: Colour::hex(colour).unwrap_or(INK),
        dash: (dash, gap),
        marker: MARKERS[index % MARKERS.len()],
    }
}

fn line(look: &Look) -> Ink {
    Ink {
        colour: look.colour,
        width: 1.6,
        dash: Some(look.dash),
    }
}

/// One persona's curve on a board: its place among the board's personas (and in each step's
/// segments), and its name.
#[derive(Debug, Clone)]
pub struct Segment {
    pub index: usize,
    pub name: String,
}

pub type Segments = Vec<Segment>;

/// The places of the board's personas whose customers rated any step: a persona nobody
/// said they are like has no curve to draw.
pub fn rated(board: &Board) -> Vec<usize> {
    (0..board.board.draft.persona_ids.len())
        .filter(|&index| {
            board
                .emotions
                .iter()
                .any(|e| e.segments.get(index).is_some_and(|s| s.rated.is_some()))
        })
        .collect()
}

/// The personas' curves to draw on `board`, named.
pub fn of(board: &Board, content: &WorkshopContent) -> Segments {
    rated(board)
        .into_iter()
        .filter_map(|index| {
            let id = board.board.draft.persona_ids.get(index)?;
            let (persona, _) = content.personas.iter().find(|(p, _)| p.id == *id)?;
            Some(Segment {
                index,
                name: persona.draft.name.clone(),
            })
        })
        .collect()
}

/// One row of numbers under the curves, and the space around the rows.
const ROW: f32 = 11.5;
const ROWS_PAD: f32 = 4.0;

/// The height of the rows under the curves: every customer's, then one a persona.
pub fn table_height(rated: &[usize]) -> f32 {
    if rated.is_empty() {
        0.0
    } else {
        (rated.len() + 1) as f32 * ROW + ROWS_PAD
    }
}

/// Side by side in a step's column, so equal means do not hide each other: left of every
/// customer's point, where its count is not, the first persona nearest.
fn offset(position: usize) -> f32 {
    -12.0 * (position + 1) as f32
}

/// The personas' curves over `steps` (and the steps `reach`ing beyond, cut at the page's
/// edge), the curves' top at `top`: each a line through its means, a marker at each, and the
/// spread (± one standard deviation) as a whisker.
pub fn draw(
    pen: &mut Pen,
    emotions: &[StepEmotions],
    (steps, reach): (&Range<usize>, &Range<usize>),
    top: f32,
    segments: &Segments,
) {
    let x = |i: usize| LANE_W + (i as f32 - steps.start as f32) * STEP_W + STEP_W / 2.0;
    for (position, segment) in segments.iter().enumerate() {
        let look = look(segment.index);
        let at = |i: usize| x(i) + offset(position);
        let spread = |e: &StepEmotions| e.segments.get(segment.index)?.rated.clone();
        let along = emotions[reach.clone()].iter().zip(reach.clone());
        let points: Vec<Option<(usize, RatedSpread)>> =
            along.map(|(e, i)| spread(e).map(|r| (i, r))).collect();
        for run in runs(
            points
                .iter()
                .map(|p| p.as_ref().map(|(i, r)| (at(*i), level_y(top, r.mean)))),
        ) {
            pen.smooth(&run, line(&look));
        }
        for (i, r) in points.iter().flatten() {
            let (hi, lo) = (
                level_y(top, (r.mean + r.std_dev).min(2.0)),
                level_y(top, (r.mean - r.std_dev).max(-2.0)),
            );
            if lo - hi > 1.0 {
                let whisker = Ink {
                    colour: look.colour,
                    width: 1.0,
                    dash: None,
                };
                pen.polyline(&[(at(*i), hi), (at(*i), lo)], whisker);
                for end in [hi, lo] {
                    pen.polyline(&[(at(*i) - 2.5, end), (at(*i) + 2.5, end)], whisker);
                }
            }
            pen.marker(look.marker, at(*i), level_y(top, r.mean), 8.0, look.colour);
        }
    }
}

/// A cell's numbers: mean, spread and how many rated, or that nobody did.
fn numbers(words: &Words, rated: Option<&RatedSpread>) -> String {
    rated.map_or_else(
        || words.say("pdf-not-rated", &[]),
        |r| {
            let spread = words.language().decimal(&format!("{:.1}", r.std_dev));
            format!("{} ±{spread} · n={}", score(words, r.mean), r.count)
        },
    )
}

/// The rows under the curves of `steps`, the curves' top at `top`: every customer's numbers,
/// then each persona's, at each step. The head of each row, in the lane's header, is the
/// legend: the curve's line and marker, and whose it is.
pub fn table(
    pen: &mut Pen,
    words: &Words,
    emotions: &[StepEmotions],
    steps: &Range<usize>,
    top: f32,
    segments: &Segments,
) {
    if segments.is_empty() {
        return;
    }
    // The rows take the place of the plot's bottom padding, then push the cards down.
    let first = top + CURVE_H - PAD;
    pen.polyline(
        &[
            (LANE_W, first),
            (LANE_W + steps.len() as f32 * STEP_W, first),
        ],
        Ink {
            colour: LINE,
            width: 0.6,
            dash: None,
        },
    );
    let name = Type::new(Weight::SemiBold, CARD_META, INK);
    let value = Type::new(Weight::Regular, CARD_META, INK_SOFT);
    let everyone = (
        Marker::Dot,
        RATED_LINE,
        words.say("pdf-curves-all-customers", &[]),
        None,
    );
    let rows = std::iter::once(everyone).chain(segments.iter().map(|s| {
        let look = look(s.index);
        (look.marker, line(&look), s.name.clone(), Some(s.index))
    }));
    for (row, (marker, ink, label, index)) in rows.enumerate() {
        let baseline = first + ROWS_PAD / 2.0 + (row + 1) as f32 * ROW - 3.0;
        let middle = baseline - CARD_META * 0.35;
        let sample = PAD + 2.0;
        pen.polyline(&[(sample, middle), (sample + 20.0, middle)], ink);
        pen.marker(marker, sample + 10.0, middle, 6.5, ink.colour);
        let room = LANE_W - sample - 26.0 - PAD;
        let label = pen.fonts.shorten(&label, name.weight, name.size, room);
        pen.text(sample + 25.0, baseline, &label, name);
        for i in steps.clone() {
            let Some(e) = emotions.get(i) else { continue };
            let rated = match index {
                None => e.rated.as_ref(),
                Some(index) => e.segments.get(index).and_then(|s| s.rated.as_ref()),
            };
            let left = LANE_W + (i - steps.start) as f32 * STEP_W + PAD;
            pen.marker(marker, left + 4.0, middle, 6.0, ink.colour);
            pen.text(left + 11.0, baseline, &numbers(words, rated), value);
        }
    }
}
