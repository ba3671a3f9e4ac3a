//! The emotion curves across a board's steps: the team's assumed curve, the customers' rated
//! curve with its spread and count, the desired curve; each persona's rated curve beside them
//! (`segments`); and the legend that names them.

use std::ops::Range;

use feltboard_core::boards::{Board, SCALE, StepEmotions};
use feltboard_core::language::Words;
use feltboard_core::say;

use super::segments::{self, Segments};
use super::{CARD_META, LANE_W, STEP_W};
use crate::pdf::draw::{Area, Colour, INK_SOFT, Ink, Marker, Pen, Type};
use crate::pdf::fonts::Weight;

/// The height of the curves above a feelings lane's cards.
pub const CURVE_H: f32 = 124.0;
const CURVE_PAD: f32 = 24.0;

const ASSUMED: Colour = Colour(0x6a5d4d);
pub const RATED: Colour = Colour(0x0072b2);
const DESIRED: Colour = Colour(0x009e73);
const ASSUMED_LINE: Ink = Ink {
    colour: ASSUMED,
    width: 1.8,
    dash: Some((7.0, 5.0)),
};
pub const RATED_LINE: Ink = Ink {
    colour: RATED,
    width: 2.8,
    dash: None,
};
const DESIRED_LINE: Ink = Ink {
    colour: DESIRED,
    width: 2.2,
    dash: Some((1.5, 4.5)),
};

/// The curves over `steps` in words, for those who cannot see them: each curve's score at
/// each step, and how many customers rated it, in all and most like each persona.
pub fn describe(words: &Words, board: &Board, steps: &Range<usize>, segments: &Segments) -> String {
    let titles: Vec<&str> = board.steps().map(|s| s.title.as_str()).collect();
    let shown = || {
        steps
            .clone()
            .filter_map(|i| Some((*titles.get(i)?, board.emotions.get(i)?)))
    };
    let assumed: Vec<String> = shown()
        .filter_map(|(t, e)| Some(format!("{t} {:+}", e.assumed?)))
        .collect();
    let rated: Vec<String> = shown()
        .filter_map(|(t, e)| {
            let r = e.rated.as_ref()?;
            Some(format!("{t} {} (n={})", score(words, r.mean), r.count))
        })
        .collect();
    let desired: Vec<String> = shown()
        .filter_map(|(t, e)| Some(format!("{t} {:+}", e.desired?)))
        .collect();
    // Each sentence says one curve: whose it is, then its values.
    let mut curves = vec![
        ("pdf-curves-alt-assumed", None, assumed),
        ("pdf-curves-alt-rated", None, rated),
    ];
    for segment in segments {
        let values = shown()
            .filter_map(|(t, e)| {
                let r = e.segments.get(segment.index)?.rated.as_ref()?;
                Some(format!("{t} {} (n={})", score(words, r.mean), r.count))
            })
            .collect();
        curves.push((
            "pdf-curves-alt-persona",
            Some(segment.name.as_str()),
            values,
        ));
    }
    curves.push(("pdf-curves-alt-desired", None, desired));
    let mut sentences = vec![words.say("pdf-curves-alt", &[])];
    for (id, persona, values) in curves {
        if !values.is_empty() {
            sentences.push(say!(
                words,
                id,
                persona = persona.unwrap_or_default(),
                values = values.join(", ")
            ));
        }
    }
    sentences.join(" ")
}

/// Where `score` sits in the curves that start at `top`.
pub fn level_y(top: f32, score: f64) -> f32 {
    level_in(top, CURVE_H, score)
}

/// Where `score` sits in curves `height` high from `top`.
pub fn level_in(top: f32, height: f32, score: f64) -> f32 {
    top + CURVE_PAD + ((2.0 - score as f32) / 4.0) * (height - 2.0 * CURVE_PAD)
}

/// The height the curves take on `board`: the plot, and under it each persona's numbers.
pub fn height(board: &Board) -> f32 {
    CURVE_H + segments::table_height(&segments::rated(board))
}

/// A mean score as people read it: one decimal (with the decimal mark of `words`' language),
/// a true minus sign.
pub fn score(words: &Words, value: f64) -> String {
    words.language().decimal(&plain_score(value))
}

/// A mean score with one decimal after a point, a true minus sign.
fn plain_score(value: f64) -> String {
    // Halves round away from zero, as the window rounds them: −1.25 is −1.3 in both.
    let shown = format!("{:.1}", (value.abs() * 10.0).round() / 10.0);
    if value < 0.0 && shown != "0.0" {
        format!("−{shown}")
    } else {
        shown
    }
}

/// A change of score: signed, + or −, and ± for none.
pub fn signed(words: &Words, value: f64) -> String {
    let shown = match plain_score(value) {
        zero if zero == "0.0" => format!("±{zero}"),
        minus if minus.starts_with('−') => minus,
        plus => format!("+{plus}"),
    };
    words.language().decimal(&shown)
}

/// The emotion scale's levels as faint lines from `left` to `right`, in curves `height` high
/// from `top`.
pub fn grid(pen: &mut Pen, (left, right): (f32, f32), top: f32, height: f32) {
    for (score, _, _) in SCALE {
        let y = level_in(top, height, f64::from(score));
        pen.polyline(
            &[(left, y), (right, y)],
            Ink {
                colour: Colour(0xe7e1d6),
                width: 0.6,
                dash: Some((2.0, 3.0)),
            },
        );
    }
}

/// The emotion scale's emoji and words at `x`, beside its levels in curves `height` high
/// from `top`: never colour or height alone.
pub fn scale(pen: &mut Pen, words: &Words, x: f32, top: f32, height: f32) {
    for (score, emoji, _) in SCALE {
        pen.text(
            x,
            level_in(top, height, f64::from(score)) + 3.0,
            &format!("{emoji} {}", words.emotion(score)),
            Type::new(Weight::Regular, CARD_META, INK_SOFT),
        );
    }
}

/// Runs of consecutive steps that have a value, as points.
pub fn runs(points: impl Iterator<Item = Option<(f32, f32)>>) -> Vec<Vec<(f32, f32)>> {
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

/// The curves of `steps`, their top at `top`, with the rated curve of each of `segments`.
pub fn draw(
    pen: &mut Pen,
    emotions: &[StepEmotions],
    steps: &Range<usize>,
    top: f32,
    segments: &Segments,
) {
    let x = |i: usize| LANE_W + (i as f32 - steps.start as f32) * STEP_W + STEP_W / 2.0;
    let shown = || emotions[steps.clone()].iter().zip(steps.clone());
    // On a tiled board the lines run on to the neighbouring steps and are cut at the page's
    // edge, so they read as one curve across the pages.
    let reach = steps.start.saturating_sub(1)..(steps.end + 1).min(emotions.len());
    let along = || emotions[reach.clone()].iter().zip(reach.clone());
    grid(
        pen,
        (LANE_W, LANE_W + steps.len() as f32 * STEP_W),
        top,
        CURVE_H,
    );
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
            pen.marker(Marker::Box, px, py, 7.0, ASSUMED);
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
    segments::draw(pen, emotions, (steps, &reach), top, segments);
    for run in &rated {
        pen.smooth(run, RATED_LINE);
    }
    pen.surface.pop();
    let small = Type::new(Weight::Regular, CARD_META, INK_SOFT);
    for (e, i) in shown() {
        if let Some(r) = &e.rated {
            let y = level_y(top, r.mean);
            pen.marker(Marker::Dot, x(i), y, 9.0, RATED);
            pen.text(x(i) + 7.0, y + 14.0, &format!("n={}", r.count), small);
        }
    }
}

/// The legend, ending at `right`, its baseline at `y`.
pub fn legend(pen: &mut Pen, words: &Words, right: f32, y: f32) {
    let small = Type::new(Weight::Regular, 8.0, INK_SOFT);
    let items: [(&str, Ink); 3] = [
        ("pdf-curves-assumed", ASSUMED_LINE),
        ("pdf-curves-rated", RATED_LINE),
        ("pdf-curves-desired", DESIRED_LINE),
    ];
    let mut x = right;
    for (id, ink) in items.iter().rev() {
        let label = words.say(id, &[]);
        x -= pen.fonts.width(&label, Weight::Regular, 8.0);
        pen.text(x, y, &label, small);
        x -= 28.0;
        pen.polyline(&[(x, y - 3.0), (x + 22.0, y - 3.0)], *ink);
        x -= 14.0;
    }
    let moment = words.say("pdf-board-moment-of-truth", &[]);
    x -= pen.fonts.width(&moment, Weight::SemiBold, 8.0);
    pen.text(
        x,
        y,
        &moment,
        Type::new(Weight::SemiBold, 8.0, Colour(0x9a6a00)),
    );
}
