//! A journey board on landscape pages: the title and legend, then the grid of stages and
//! steps across, lanes down, cards in the cells and the emotion curves. `layout` decides what
//! each page holds; `cards` and `curves` draw the parts.

mod cards;
mod curves;
mod layout;
mod segments;

use feltboard_core::boards::{Board, LaneKind};
use feltboard_core::say;
use krilla::geom::Transform;

use super::draw::{Area, BRAND, Colour, INK, INK_SOFT, Ink, LINE, PAPER_WARM, Pen, Type};
use super::fonts::Weight;
use super::structure::Role;
use super::{MARGIN, Sheet};
use crate::WorkshopContent;
use cards::{CARD_GAP, CARD_META, draw_piece};
use curves::CURVE_H;
pub use curves::{RATED, RATED_LINE, grid, level_in, runs, scale, score, signed};
pub use layout::{Layout, Tile, pages, poster};

/// The smallest text on a board page, in points, whatever the scale.
pub const MIN_TEXT_PT: f32 = 7.0;

const LANE_W: f32 = 112.0;
const STEP_W: f32 = 150.0;
const STAGE_H: f32 = 20.0;
const STEP_H: f32 = 46.0;
const PAD: f32 = 5.0;
/// Below this the card's small print would fall under `MIN_TEXT_PT`.
const MIN_SCALE: f32 = MIN_TEXT_PT / CARD_META;
/// The title, the scenario and the legend above the grid.
const HEADER_H: f32 = 66.0;
const MOMENT: Colour = Colour(0xfdf3d0);

/// Page `number` of `of` of `board`: the part `tile` of its `layout`.
#[allow(clippy::too_many_arguments)]
pub fn draw(
    pen: &mut Pen,
    sheet: Sheet,
    content: &WorkshopContent,
    board: &Board,
    layout: &Layout,
    tile: &Tile,
    number: usize,
    of: usize,
) {
    let b = &board.board.draft;
    let words = content.words();
    let width = sheet.inner_width();
    let title = Type::new(Weight::Bold, 16.0, INK);
    let place = (of > 1).then(|| {
        let style = Type::new(Weight::SemiBold, 9.0, BRAND);
        (
            say!(words, "pdf-board-page", number = number, of = of),
            style,
        )
    });
    let room = place.as_ref().map_or(width, |(text, style)| {
        width - pen.fonts.width(text, style.weight, style.size) - 16.0
    });
    // The whole title is in the PDF's bookmarks.
    let shown = pen.fonts.shorten(&b.title, title.weight, title.size, room);
    pen.as_role(Role::Heading(1), |pen| {
        pen.text(MARGIN, MARGIN + 12.0, &shown, title)
    });
    if let Some((text, style)) = place {
        pen.text_right(sheet.width - MARGIN, MARGIN + 12.0, &text, style);
    }
    let followed: Vec<&str> = b
        .persona_ids
        .iter()
        .filter_map(|id| content.personas.iter().find(|(p, _)| p.id == *id))
        .map(|(p, _)| p.draft.name.as_str())
        .collect();
    let mut about = Vec::new();
    match followed.as_slice() {
        [] => {}
        [one] => about.push(say!(words, "pdf-board-persona", persona = *one)),
        [first, others @ ..] => about.push(say!(
            words,
            "pdf-board-personas",
            persona = *first,
            others = others.join(", ")
        )),
    }
    if !b.scenario.is_empty() {
        about.push(say!(
            words,
            "pdf-board-scenario",
            scenario = b.scenario.as_str()
        ));
    }
    if !b.expectations.is_empty() {
        about.push(say!(
            words,
            "pdf-board-expects",
            expectations = b.expectations.as_str()
        ));
    }
    pen.paragraph(
        MARGIN,
        MARGIN + 18.0,
        width,
        &about.join("   ·   "),
        Type::new(Weight::Regular, 9.0, INK_SOFT),
        2,
    );
    curves::legend(pen, words, sheet.width - MARGIN, MARGIN + HEADER_H - 8.0);
    let segments = segments::of(board, content);

    let shown = layout::shown_lanes(board);
    let steps: Vec<_> = board.steps().collect();
    let bands = &layout.bands[tile.bands.clone()];
    let grid_w = LANE_W + tile.steps.len() as f32 * STEP_W;
    let grid_h = STAGE_H + STEP_H + bands.iter().map(|b| b.height).sum::<f32>();
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
        .push_transform(&Transform::from_scale(layout.scale, layout.scale));

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
                &words.say("pdf-board-moment-of-truth", &[]),
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
    for band in bands {
        let lane = &board.lanes[band.lane];
        let h = band.height;
        pen.rect(
            Area::new(0.0, y, LANE_W, h),
            0.0,
            Some(PAPER_WARM),
            Some(border),
        );
        let used = pen.paragraph(
            PAD + 2.0,
            y + 4.0,
            LANE_W - 2.0 * PAD - 2.0,
            &lane.title,
            header,
            3,
        );
        let small = Type::new(Weight::Italic, CARD_META, INK_SOFT);
        if band.part > 0 {
            let continued = words.say("pdf-board-lane-continued", &[]);
            pen.text(PAD + 2.0, y + 6.0 + used + CARD_META, &continued, small);
        }
        if band.more {
            let continues = words.say("pdf-board-lane-continues", &[]);
            pen.text(PAD + 2.0, y + h - PAD, &continues, small);
        }
        let mut cards_top = y;
        if band.has_curves(board) {
            scale(pen, words, PAD + 2.0, y, CURVE_H);
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
            let alt = curves::describe(words, board, &tile.steps, &segments);
            pen.figure(&alt, |pen| {
                curves::draw(pen, &board.emotions, &tile.steps, y, &segments)
            });
            segments::table(pen, words, &board.emotions, &tile.steps, y, &segments);
            cards_top = y + curves::height(board) - 2.0 * PAD;
        }
        for i in tile.steps.clone() {
            let x = LANE_W + (i - tile.steps.start) as f32 * STEP_W;
            if !band.has_curves(board) {
                pen.rect(
                    Area::new(x, y, STEP_W, h),
                    0.0,
                    Some(Colour(0xffffff)),
                    Some(border),
                );
            }
            let mut card_y = cards_top + PAD;
            for piece in &band.cells[i - tile.steps.start] {
                let card = &board.cards[piece.card];
                let lines = &layout.cards[piece.card];
                card_y += draw_piece(pen, x + PAD, card_y, card, lines, piece) + CARD_GAP;
            }
        }
        // The line of visibility: what the customer sees above, what they don't below.
        let row = shown.iter().position(|&l| l == band.lane).unwrap_or(0);
        if lane.kind == LaneKind::Backstage
            && band.part == 0
            && row > 0
            && board.lanes[shown[row - 1]].kind == LaneKind::Frontstage
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
                &words.say("pdf-board-line-of-visibility", &[]),
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
