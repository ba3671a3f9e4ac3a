//! The emotion curves across a board's steps: the team's assumed curve, the customers' rated
//! curve with its spread and count, the desired curve; and the legend that names them.

use std::ops::Range;

use feltboard_core::boards::{Board, SCALE, StepEmotions};

use super::{CARD_META, LANE_W, STEP_W};
use crate::pdf::draw::{Area, Colour, INK_SOFT, Ink, Pen, Type};
use crate::pdf::fonts::Weight;

/// The height of the curves above a feelings lane's cards.
pub const CURVE_H: f32 = 124.0;
const CURVE_PAD: f32 = 24.0;

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

/// The curves over `steps` in words, for those who cannot see them: each curve's score at
/// each step, and how many customers rated it.
pub fn describe(board: &Board, steps: &Range<usize>) -> String {
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
            Some(format!("{t} {:+.1} (n={})", r.mean, r.count))
        })
        .collect();
    let desired: Vec<String> = shown()
        .filter_map(|(t, e)| Some(format!("{t} {:+}", e.desired?)))
        .collect();
    let mut parts = vec!["Emotion curves, from −2 (upset) to +2 (delighted)".to_owned()];
    for (name, values) in [
        ("Assumed by the team", assumed),
        ("Rated by customers", rated),
        ("Desired", desired),
    ] {
        if !values.is_empty() {
            parts.push(format!("{name}: {}", values.join(", ")));
        }
    }
    parts.join(". ") + "."
}

/// Where `score` sits in the curves that start at `top`.
pub fn level_y(top: f32, score: f64) -> f32 {
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

/// The curves of `steps`, their top at `top`.
pub fn draw(pen: &mut Pen, emotions: &[StepEmotions], steps: &Range<usize>, top: f32) {
    let x = |i: usize| LANE_W + (i as f32 - steps.start as f32) * STEP_W + STEP_W / 2.0;
    let shown = || emotions[steps.clone()].iter().zip(steps.clone());
    // On a tiled board the lines run on to the neighbouring steps and are cut at the page's
    // edge, so they read as one curve across the pages.
    let reach = steps.start.saturating_sub(1)..(steps.end + 1).min(emotions.len());
    let along = || emotions[reach.clone()].iter().zip(reach.clone());
    for (_, level, _) in SCALE.iter().map(|l| (l.0, f64::from(l.0), l.2)) {
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

/// The legend, ending at `right`, its baseline at `y`.
pub fn legend(pen: &mut Pen, right: f32, y: f32) {
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
