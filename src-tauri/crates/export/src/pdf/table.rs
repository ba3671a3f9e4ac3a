//! Tables that go on over pages (`flow`): a heading row the page draws at its top, then rows
//! kept whole where a page holds them, a rule between them, and never a row left out.

use super::draw::{BRAND, Colour, INK, INK_SOFT, LINE, Pen, Type};
use super::flow::{Column, Flowing, Row};
use super::fonts::{Fonts, Weight};
use feltboard_core::language::Words;

/// The space between two columns.
const GUTTER: f32 = 10.0;
/// The space above and below a row's text.
const ROW_PAD: f32 = 4.0;

/// How a table's words look.
pub const CELL: Type = Type::new(Weight::Regular, 9.5, INK);
pub const CELL_STRONG: Type = Type::new(Weight::SemiBold, 9.5, INK);
pub const CELL_SOFT: Type = Type::new(Weight::Italic, 8.5, INK_SOFT);
const HEADING: Type = Type::new(Weight::SemiBold, 8.5, BRAND);

/// One cell: its paragraphs, each in its own style.
pub type Cell = Vec<(String, Type)>;

/// A table's columns: where each starts and how wide it is, and its heading.
#[derive(Debug, Clone)]
pub struct Table {
    width: f32,
    columns: Vec<(f32, f32)>,
    heading: Flowing,
}

impl Table {
    /// A table `width` wide whose `columns` are headings (the ids of their messages in
    /// `words`, shown in capitals), each with its share of the width.
    pub fn new(fonts: &Fonts, width: f32, words: &Words, columns: &[(&str, f32)]) -> Table {
        let total: f32 = columns.iter().map(|(_, share)| share).sum();
        let room = width - GUTTER * (columns.len().saturating_sub(1)) as f32;
        let mut x = 0.0;
        let places: Vec<(f32, f32)> = columns
            .iter()
            .map(|(_, share)| {
                let w = room * share / total;
                let place = (x, w);
                x += w + GUTTER;
                place
            })
            .collect();
        let cells: Vec<Column> = columns
            .iter()
            .zip(&places)
            .map(|((heading, _), &(x, w))| {
                let mut column = Column::new(x, w);
                let heading = words.say(heading, &[]).to_uppercase();
                column.paragraph(fonts, &heading, HEADING, 0.0, None);
                column.space(3.0);
                column
            })
            .collect();
        let mut table = Table {
            width,
            columns: places,
            heading: Flowing::new(Vec::new(), f32::INFINITY, f32::INFINITY),
        };
        let heading = table.with_rule(cells, INK_SOFT);
        table.heading = Flowing::new(vec![heading], f32::INFINITY, f32::INFINITY);
        table
    }

    /// The heading's height: what each page gives up for it.
    pub fn heading_height(&self) -> f32 {
        self.heading.rows.iter().map(row_height).sum()
    }

    /// Draws the heading with its top at `y`; returns its height.
    pub fn draw_heading(&self, pen: &mut Pen, x: f32, y: f32) -> f32 {
        self.heading.draw(pen, x, y, 0)
    }

    /// A row of `cells`, one a column, kept whole where a page holds it.
    pub fn row(&self, fonts: &Fonts, cells: Vec<Cell>) -> Row {
        let columns = cells
            .into_iter()
            .zip(&self.columns)
            .map(|(cell, &(x, w))| {
                let mut column = Column::new(x, w);
                column.space(ROW_PAD);
                for (text, style) in cell {
                    column.paragraph(fonts, &text, style, 0.0, None);
                }
                column.space(ROW_PAD);
                column
            })
            .collect();
        Row {
            keep_whole: true,
            ..self.with_rule(columns, LINE)
        }
    }

    /// `cells` with a rule in `colour` across the whole table under them.
    fn with_rule(&self, mut cells: Vec<Column>, colour: Colour) -> Row {
        let mut rule = Column::new(0.0, self.width);
        rule.space(cells.iter().map(height).fold(0.0, f32::max));
        rule.rule(0.0, colour);
        cells.push(rule);
        Row::of(cells)
    }
}

fn height(column: &Column) -> f32 {
    column.slots.iter().map(|s| s.height).sum()
}

fn row_height(row: &Row) -> f32 {
    row.columns.iter().map(height).fold(0.0, f32::max) + row.gap
}
