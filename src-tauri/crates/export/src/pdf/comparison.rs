//! A to-be journey against the as-is one it started from, on landscape pages: both rated
//! curves on one axis, then step by step what became of each step, what customers rated on
//! each side, and the change they measured (rated to-be minus rated as-is, with how many
//! rated each) — the core's comparison, drawn; as many pages as the steps need.

use feltboard_core::boards::{Comparison, RatedSpread, SCALE, StepChange, StepFate, compare};

use super::board::{RATED, RATED_LINE, grid, level_in, scale, score, signed};
use super::draw::{
    Area, BRAND, Colour, INK, INK_FAINT, INK_SOFT, Ink, Marker, PAPER_WARM, Pen, Type,
};
use super::flow::Flowing;
use super::fonts::{Fonts, Weight};
use super::structure::Role;
use super::table::{CELL, CELL_SOFT, CELL_STRONG, Cell, Table};
use super::{MARGIN, Sheet};
use crate::WorkshopContent;
use feltboard_core::language::Words;
use feltboard_core::say;

const AS_IS: Colour = Colour(0x6a5d4d);
const AS_IS_LINE: Ink = Ink {
    colour: AS_IS,
    width: 2.2,
    dash: Some((9.0, 6.0)),
};
/// Where the chart starts, below the title, the boards' names and the legend.
const CHART_TOP: f32 = 78.0;
const CHART_H: f32 = 132.0;
/// The scale's emoji and words, left of the chart.
const SCALE_W: f32 = 78.0;
/// The widest a step's column of the chart gets.
const MOST_COLUMN: f32 = 110.0;
/// The step's number and what became of it, under the chart.
const AXIS_H: f32 = 30.0;
const CONTINUED_H: f32 = 30.0;

/// One to-be board laid against its as-is board, and the pages of its table.
#[derive(Debug)]
pub struct Compared {
    /// The to-be board, by its place in the workshop's boards.
    pub to_be: usize,
    pub comparison: Comparison,
    table: Table,
    pub flowing: Flowing,
}

/// Each to-be board of the workshop whose as-is board is in it too, compared, by the to-be
/// board's place.
pub fn flow(fonts: &Fonts, sheet: Sheet, content: &WorkshopContent) -> Vec<Compared> {
    let width = sheet.inner_width();
    let words = content.words();
    content
        .boards
        .iter()
        .enumerate()
        .filter_map(|(to_be, board)| {
            let as_is = content
                .boards
                .iter()
                .find(|b| Some(b.board.id) == board.board.based_on)?;
            let comparison = compare(as_is, board);
            let columns = [
                ("pdf-column-number", 0.35),
                ("pdf-comparison-column-step", 3.2),
                ("pdf-comparison-column-fate", 1.4),
                ("pdf-comparison-rated-as-is", 1.6),
                ("pdf-comparison-rated-to-be", 1.6),
                ("pdf-comparison-column-change", 2.0),
            ];
            let table = Table::new(fonts, width, words, &columns);
            let rows = comparison
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| table.row(fonts, cells(words, i, step)))
                .collect();
            let room = sheet.bottom() - MARGIN - table.heading_height();
            let first = room - CHART_TOP - CHART_H - AXIS_H;
            let flowing = Flowing::new(rows, first, room - CONTINUED_H);
            Some(Compared {
                to_be,
                comparison,
                table,
                flowing,
            })
        })
        .collect()
}

/// The level the mean is nearest, as an emoji: a number is never read alone. A mean halfway
/// goes up, as in the window.
fn face(mean: f64) -> &'static str {
    let level = (mean + 0.5).floor().clamp(-2.0, 2.0) as i8;
    SCALE
        .iter()
        .find(|(score, _, _)| *score == level)
        .map_or("", |(_, emoji, _)| emoji)
}

/// What became of a step, as the chart and its description say it within a line: "removed".
fn fate_word(words: &Words, fate: StepFate) -> String {
    let id = match fate {
        StepFate::Kept => "pdf-comparison-fate-kept",
        StepFate::Changed => "pdf-comparison-fate-changed",
        StepFate::Removed => "pdf-comparison-fate-removed",
        StepFate::New => "pdf-comparison-fate-new",
    };
    words.say(id, &[])
}

/// A side's rating: its mean and how many rated, or why there is none.
fn rated(words: &Words, side: Option<&RatedSpread>, absent: bool) -> (String, bool) {
    match side {
        Some(r) => (
            format!("{} {} (n={})", face(r.mean), score(words, r.mean), r.count),
            true,
        ),
        None if absent => ("—".to_owned(), false),
        None => (words.say("pdf-not-rated", &[]), false),
    }
}

/// The table's row for `step`, the `i`-th.
fn cells(words: &Words, i: usize, step: &StepChange) -> Vec<Cell> {
    let mut title = vec![(step.title.clone(), CELL)];
    if let Some(was) = &step.was {
        title.push((
            say!(words, "pdf-comparison-was", step = was.as_str()),
            CELL_SOFT,
        ));
    }
    let shown = |(text, rated): (String, bool)| vec![(text, if rated { CELL } else { CELL_SOFT })];
    let change = match (&step.change, &step.before, &step.after) {
        (Some(change), Some(before), Some(after)) => vec![(
            format!(
                "{} (n={} → {})",
                signed(words, *change),
                before.count,
                after.count
            ),
            CELL_STRONG,
        )],
        _ if matches!(step.fate, StepFate::Removed | StepFate::New) => {
            vec![("—".to_owned(), CELL_SOFT)]
        }
        _ => vec![(words.say("pdf-comparison-not-measured", &[]), CELL_SOFT)],
    };
    vec![
        vec![((i + 1).to_string(), CELL_STRONG)],
        title,
        vec![(words.fate(step.fate), CELL)],
        shown(rated(
            words,
            step.before.as_ref(),
            step.fate == StepFate::New,
        )),
        shown(rated(
            words,
            step.after.as_ref(),
            step.fate == StepFate::Removed,
        )),
        change,
    ]
}

/// Page `page` of the comparison laid out by [`flow`].
pub fn draw(
    pen: &mut Pen,
    sheet: Sheet,
    content: &WorkshopContent,
    compared: &Compared,
    page: usize,
) {
    let c = &compared.comparison;
    let words = content.words();
    let width = sheet.inner_width();
    let top = if page == 0 {
        pen.text(
            MARGIN,
            MARGIN + 6.0,
            &words.say("pdf-comparison-kicker", &[]),
            Type::new(Weight::SemiBold, 9.0, BRAND),
        );
        let title = Type::new(Weight::Bold, 16.0, INK);
        let shown = pen
            .fonts
            .shorten(&c.to_be_title, title.weight, title.size, width);
        pen.as_role(Role::Heading(1), |pen| {
            pen.text(MARGIN, MARGIN + 26.0, &shown, title)
        });
        pen.paragraph(
            MARGIN,
            MARGIN + 32.0,
            width,
            &say!(
                words,
                "pdf-comparison-intro",
                as_is = c.as_is_title.as_str()
            ),
            Type::new(Weight::Regular, 9.0, INK_SOFT),
            2,
        );
        legend(pen, words, sheet.width - MARGIN, MARGIN + CHART_TOP - 8.0);
        let alt = describe(words, c);
        let chart_top = MARGIN + CHART_TOP;
        pen.figure(&alt, |pen| chart(pen, words, width, chart_top, &c.steps));
        CHART_TOP + CHART_H + AXIS_H
    } else {
        pen.text(
            MARGIN,
            MARGIN + 14.0,
            &say!(
                words,
                "pdf-continued",
                title = content.boards[compared.to_be].board.draft.title.as_str()
            ),
            Type::new(Weight::SemiBold, 12.0, BRAND),
        );
        CONTINUED_H
    };
    let y = MARGIN + top;
    let heading = compared.table.draw_heading(pen, MARGIN, y);
    compared.flowing.draw(pen, MARGIN, y + heading, page);
}

/// Both curves named, ending at `right`, the baseline at `y`.
fn legend(pen: &mut Pen, words: &Words, right: f32, y: f32) {
    let small = Type::new(Weight::Regular, 8.0, INK_SOFT);
    let mut x = right;
    let sides = [
        ("pdf-comparison-rated-as-is", 0),
        ("pdf-comparison-rated-to-be", 1),
    ];
    for (id, side) in sides.iter().rev() {
        let label = words.say(id, &[]);
        x -= pen.fonts.width(&label, Weight::Regular, 8.0);
        pen.text(x, y, &label, small);
        x -= 30.0;
        let ink = if *side == 0 { AS_IS_LINE } else { RATED_LINE };
        pen.polyline(&[(x, y - 3.0), (x + 24.0, y - 3.0)], ink);
        mark(pen, *side, x + 12.0, y - 3.0);
        x -= 16.0;
    }
}

/// A point of the as-is curve (0: a white square) or of the to-be curve (1: a blue dot).
fn mark(pen: &mut Pen, side: u8, x: f32, y: f32) {
    if side == 0 {
        pen.marker(Marker::Box, x, y, 7.0, AS_IS);
    } else {
        pen.marker(Marker::Dot, x, y, 9.0, RATED);
    }
}

/// The chart: the scale, a column a row of the table (numbered as it is), both rated curves
/// split where a side has no rating, and the measured change between them at each step.
fn chart(pen: &mut Pen, words: &Words, width: f32, top: f32, steps: &[StepChange]) {
    let left = MARGIN + SCALE_W;
    let column = ((width - SCALE_W) / steps.len().max(1) as f32).min(MOST_COLUMN);
    let right = left + column * steps.len() as f32;
    let x = |i: usize| left + (i as f32 + 0.5) * column;
    let y = |mean: f64| level_in(top, CHART_H, mean);
    for (i, step) in steps.iter().enumerate() {
        if step.fate != StepFate::Kept {
            let area = Area::new(left + i as f32 * column, top, column, CHART_H);
            pen.rect(area, 0.0, Some(PAPER_WARM), None);
        }
    }
    grid(pen, (left, right), top, CHART_H);
    scale(pen, words, MARGIN, top, CHART_H);
    // Each journey's curve runs through its own steps: past a step only the other journey
    // has, and broken only where one of its own was not rated.
    for (side, ink, elsewhere) in [
        (0u8, AS_IS_LINE, StepFate::New),
        (1, RATED_LINE, StepFate::Removed),
    ] {
        let points = steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.fate != elsewhere)
            .map(|(i, s)| {
                let rated = if side == 0 { &s.before } else { &s.after };
                rated.as_ref().map(|r| (x(i), y(r.mean)))
            });
        for run in super::board::runs(points) {
            pen.smooth(&run, ink);
        }
    }
    let small = Type::new(Weight::SemiBold, 8.0, INK);
    for (i, step) in steps.iter().enumerate() {
        if let (Some(before), Some(after), Some(change)) = (&step.before, &step.after, step.change)
        {
            let (from, to) = (y(before.mean), y(after.mean));
            if (from - to).abs() > 12.0 {
                pen.polyline(
                    &[(x(i), from), (x(i), to)],
                    Ink {
                        colour: INK_FAINT,
                        width: 1.0,
                        dash: Some((1.5, 2.0)),
                    },
                );
            }
            if column >= 44.0 {
                // Between the two points, or above them when they are too close to fit it.
                let y = if (from - to).abs() > 14.0 {
                    (from + to) / 2.0 + 3.0
                } else {
                    from.min(to) - 7.0
                };
                pen.text(x(i) + 7.0, y, &signed(words, change), small);
            }
        }
        if let Some(before) = &step.before {
            mark(pen, 0, x(i), y(before.mean));
        }
        if let Some(after) = &step.after {
            mark(pen, 1, x(i), y(after.mean));
        }
    }
    let number = Type::new(Weight::SemiBold, 8.0, INK);
    let fate = Type::new(Weight::Italic, 7.5, INK_SOFT);
    for (i, step) in steps.iter().enumerate() {
        let label = (i + 1).to_string();
        let w = pen.fonts.width(&label, number.weight, number.size);
        pen.text(x(i) - w / 2.0, top + CHART_H + 11.0, &label, number);
        if step.fate != StepFate::Kept && column >= 44.0 {
            let word = fate_word(words, step.fate);
            let w = pen.fonts.width(&word, fate.weight, fate.size);
            pen.text(x(i) - w / 2.0, top + CHART_H + 22.0, &word, fate);
        }
    }
}

/// The chart in words, for those who cannot see it.
fn describe(words: &Words, c: &Comparison) -> String {
    let side = |r: &Option<RatedSpread>| {
        r.as_ref().map_or_else(
            || words.say("pdf-not-rated", &[]),
            |r| format!("{} (n={})", score(words, r.mean), r.count),
        )
    };
    let steps: Vec<String> = c
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            say!(
                words,
                "pdf-comparison-alt-step",
                number = i + 1,
                step = s.title.as_str(),
                fate = fate_word(words, s.fate),
                as_is = side(&s.before),
                to_be = side(&s.after)
            )
        })
        .collect();
    say!(
        words,
        "pdf-comparison-alt",
        as_is = c.as_is_title.as_str(),
        to_be = c.to_be_title.as_str(),
        steps = steps.join("; ")
    )
}
