//! "What we decided": every opportunity of every board in one table, most-voted first — what
//! it is, on which board, who owns it, how success is measured and the target, where it
//! stands, its dots and how much evidence supports it. On landscape pages, one if it fits,
//! as many as the list needs if not; never a row left out.

use super::draw::{INK_SOFT, Pen, Type};
use super::flow::{Column, Flowing, Row};
use super::fonts::{Fonts, Weight};
use super::table::{CELL, CELL_SOFT, CELL_STRONG, Table};
use super::{MARGIN, Sheet};
use crate::WorkshopContent;
use feltboard_core::language::Words;

/// The title and the line under it on the first page, and the title of the pages after.
const TITLE_H: f32 = 56.0;
const CONTINUED_H: f32 = 30.0;

/// The table, laid out over its pages.
#[derive(Debug)]
pub struct Decided {
    table: Table,
    /// Whether there is any opportunity: with none, the table's heading is left out.
    any: bool,
    pub flowing: Flowing,
}

pub fn flow(fonts: &Fonts, sheet: Sheet, content: &WorkshopContent) -> Decided {
    let width = sheet.inner_width();
    let words = content.words();
    let columns = [
        ("pdf-column-number", 0.3),
        ("pdf-decided-column-opportunity", 3.1),
        ("pdf-decided-column-board", 1.6),
        ("pdf-decided-column-owner", 1.5),
        ("pdf-decided-column-measure", 2.4),
        ("pdf-decided-column-status", 0.9),
        ("pdf-decided-column-votes", 0.55),
        ("pdf-decided-column-evidence", 0.75),
    ];
    let table = Table::new(fonts, width, words, &columns);
    let decisions = content.decisions();
    let mut rows: Vec<Row> = decisions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let draft = &d.card.draft;
            let or_soft = |text: String, missing: &str| {
                if text.trim().is_empty() {
                    vec![(words.say(missing, &[]), CELL_SOFT)]
                } else {
                    vec![(text, CELL)]
                }
            };
            let evidence = match d.evidence_count() {
                0 => vec![(words.say("pdf-decided-no-evidence", &[]), CELL_SOFT)],
                n => vec![(n.to_string(), CELL)],
            };
            table.row(
                fonts,
                vec![
                    vec![((i + 1).to_string(), CELL_STRONG)],
                    vec![(draft.text.trim().to_owned(), CELL_STRONG)],
                    vec![(d.board.board.draft.title.clone(), CELL)],
                    or_soft(draft.owner.clone(), "pdf-decided-no-owner"),
                    or_soft(d.metric_and_target(), "pdf-decided-no-measure"),
                    vec![(words.status(draft.status), CELL)],
                    vec![(d.votes.to_string(), CELL)],
                    evidence,
                ],
            )
        })
        .collect();
    let any = !rows.is_empty();
    if !any {
        let mut none = Column::new(0.0, width);
        none.space(8.0);
        none.paragraph(
            fonts,
            &words.say("pdf-no-opportunities", &[]),
            Type::new(Weight::Italic, 10.0, INK_SOFT),
            0.0,
            None,
        );
        rows.push(Row::of(vec![none]));
    }
    let room = sheet.bottom() - MARGIN - table.heading_height();
    Decided {
        flowing: Flowing::new(rows, room - TITLE_H, room - CONTINUED_H),
        table,
        any,
    }
}

/// Page `page` of the table laid out by [`flow`].
pub fn draw(pen: &mut Pen, sheet: Sheet, words: &Words, decided: &Decided, page: usize) {
    super::page_title(
        pen,
        sheet,
        words,
        &words.say("pdf-decided-title", &[]),
        page,
    );
    let top = if page == 0 {
        pen.paragraph(
            MARGIN,
            MARGIN + 30.0,
            sheet.inner_width(),
            &words.say("pdf-decided-intro", &[]),
            Type::new(Weight::Regular, 9.5, INK_SOFT),
            2,
        );
        TITLE_H
    } else {
        CONTINUED_H
    };
    let y = MARGIN + top;
    let heading = if decided.any {
        decided.table.draw_heading(pen, MARGIN, y)
    } else {
        0.0
    };
    decided.flowing.draw(pen, MARGIN, y + heading, page);
}
