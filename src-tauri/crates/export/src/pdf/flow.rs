//! Pages whose content flows on: a persona or the summary, however long, over as many pages
//! as it needs, never cut and never drawn over the footer. Content is a list of rows; a row
//! has one or two columns (a list beside a list, a box beside a box), and a column is made
//! of slots, one line high each, so a row can be split between any two lines. A heading
//! stays with the line after it, and a short row (a quote) moves to the next page whole
//! rather than being split.
//!
//! (Long for one file: about 390 lines of the one pagination algorithm and the columns it
//! measures, then its tests; split, each half would need the other to be read.)

use std::ops::Range;

use super::draw::{Area, Colour, Ink, Pen, Type};
use super::fonts::Fonts;
use super::structure::Role;

/// One thing drawn on a line of a column, `x` from the column's left.
#[derive(Debug, Clone)]
pub struct Mark {
    pub x: f32,
    pub width: f32,
    pub text: String,
    pub style: Type,
}

/// One line's height of a column: what is drawn on it (nothing, for a space).
#[derive(Debug, Clone, Default)]
pub struct Slot {
    pub height: f32,
    pub marks: Vec<Mark>,
    /// A heading: never the last line of a page while something follows it.
    pub keep_with_next: bool,
    /// A line across the column, at the middle of the slot.
    pub rule: Option<Colour>,
}

/// A column's background: a box around its lines, with an accent bar at its left.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub paper: Option<Colour>,
    pub edge: Option<Colour>,
    pub accent: Option<Colour>,
    /// Space inside the box above and below the lines.
    pub pad: f32,
    /// Space inside the box left and right of the lines.
    pub inset: f32,
}

#[derive(Debug, Clone)]
pub struct Column {
    /// From the content's left edge.
    pub x: f32,
    pub width: f32,
    pub slots: Vec<Slot>,
    pub frame: Option<Frame>,
}

impl Column {
    pub fn new(x: f32, width: f32) -> Column {
        Column {
            x,
            width,
            slots: Vec::new(),
            frame: None,
        }
    }

    /// A column whose lines sit in a box.
    pub fn framed(x: f32, width: f32, frame: Frame) -> Column {
        Column {
            frame: Some(frame),
            ..Column::new(x, width)
        }
    }

    /// The width its lines may take.
    fn inner_width(&self) -> f32 {
        self.width - self.frame.map_or(0.0, |f| 2.0 * f.inset)
    }

    /// A heading line.
    pub fn heading(&mut self, text: &str, style: Type, height: f32) {
        self.slots.push(Slot {
            height,
            marks: vec![Mark {
                x: 0.0,
                width: self.inner_width(),
                text: text.to_owned(),
                style,
            }],
            keep_with_next: true,
            rule: None,
        });
    }

    /// `text` wrapped to the column, from `indent`; the first line carries `marker` (a
    /// bullet, a number) before the indent.
    pub fn paragraph(
        &mut self,
        fonts: &Fonts,
        text: &str,
        style: Type,
        indent: f32,
        marker: Option<(&str, Type)>,
    ) {
        let width = self.inner_width() - indent;
        for (i, line) in fonts
            .wrap(text, style.weight, style.size, width)
            .into_iter()
            .enumerate()
        {
            let mut marks = vec![Mark {
                x: indent,
                width,
                text: line,
                style,
            }];
            // The marker first, so the text layer reads "1. Item".
            if let (0, Some((marker, marker_style))) = (i, marker) {
                marks.insert(
                    0,
                    Mark {
                        x: 0.0,
                        width: indent,
                        text: marker.to_owned(),
                        style: marker_style,
                    },
                );
            }
            self.slots.push(Slot {
                height: style.leading(),
                marks,
                ..Slot::default()
            });
        }
    }

    /// Lines already broken, one slot each.
    pub fn lines(&mut self, lines: Vec<String>, style: Type) {
        let width = self.inner_width();
        for text in lines {
            self.slots.push(Slot {
                height: style.leading(),
                marks: vec![Mark {
                    x: 0.0,
                    width,
                    text,
                    style,
                }],
                ..Slot::default()
            });
        }
    }

    /// Empty space.
    pub fn space(&mut self, height: f32) {
        self.slots.push(Slot {
            height,
            ..Slot::default()
        });
    }

    /// A line across the column, in the middle of `height`.
    pub fn rule(&mut self, height: f32, colour: Colour) {
        self.slots.push(Slot {
            height,
            rule: Some(colour),
            ..Slot::default()
        });
    }

    fn height(&self, slots: Range<usize>) -> f32 {
        let lines: f32 = self.slots[slots].iter().map(|s| s.height).sum();
        lines + self.frame.map_or(0.0, |f| 2.0 * f.pad)
    }
}

#[derive(Debug, Clone)]
pub struct Row {
    pub columns: Vec<Column>,
    /// Moved to the next page whole when it does not fit, if a page holds it.
    pub keep_whole: bool,
    /// A heading over the next row: never the last thing on a page.
    pub keep_with_next: bool,
    /// Space below it.
    pub gap: f32,
}

impl Row {
    pub fn of(columns: Vec<Column>) -> Row {
        Row {
            columns,
            keep_whole: false,
            keep_with_next: false,
            gap: 0.0,
        }
    }

    /// The height of its first line in each column: what must follow a heading over it.
    fn first_line(&self) -> f32 {
        self.columns
            .iter()
            .map(|c| c.height(0..c.slots.len().min(1)))
            .fold(0.0, f32::max)
    }

    fn height(&self, parts: &[Range<usize>]) -> f32 {
        self.columns
            .iter()
            .zip(parts)
            .map(|(c, part)| c.height(part.clone()))
            .fold(0.0, f32::max)
    }
}

/// The part of a row on one page: for each column, the slots drawn there.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub row: usize,
    pub slots: Vec<Range<usize>>,
}

/// Content laid out over pages: its rows, and the parts of them on each page.
#[derive(Debug, Clone)]
pub struct Flowing {
    pub rows: Vec<Row>,
    pub pages: Vec<Vec<Part>>,
}

impl Flowing {
    /// `rows` on pages whose content is `first` high on the first page, `rest` on the others.
    pub fn new(rows: Vec<Row>, first: f32, rest: f32) -> Flowing {
        let pages = paginate(&rows, |page| if page == 0 { first } else { rest });
        Flowing { rows, pages }
    }

    /// Draws page `page` of it, from the top `y`, content starting at `x`.
    pub fn draw(&self, pen: &mut Pen, x: f32, y: f32, page: usize) -> f32 {
        draw(pen, x, y, &self.rows, &self.pages[page])
    }
}

/// Shares `rows` out over pages, `room(k)` high for the k-th page's content.
pub fn paginate(rows: &[Row], room: impl Fn(usize) -> f32) -> Vec<Vec<Part>> {
    let mut pages: Vec<Vec<Part>> = vec![Vec::new()];
    let mut used = 0.0;
    for (index, row) in rows.iter().enumerate() {
        let mut next: Vec<usize> = vec![0; row.columns.len()];
        loop {
            let page = pages.len() - 1;
            let left = room(page) - used;
            let rest: Vec<Range<usize>> = row
                .columns
                .iter()
                .zip(&next)
                .map(|(c, &from)| from..c.slots.len())
                .collect();
            let height = row.height(&rest);
            let follower = if row.keep_with_next {
                rows.get(index + 1)
                    .map_or(0.0, |next| row.gap + next.first_line())
            } else {
                0.0
            };
            if !pages[page].is_empty() && height <= left && height + follower > left {
                pages.push(Vec::new());
                used = 0.0;
                continue;
            }
            if height <= left {
                pages[page].push(Part {
                    row: index,
                    slots: rest,
                });
                used += height + row.gap;
                break;
            }
            let fresh = pages[page].is_empty();
            if !fresh && row.keep_whole && height <= room(page + 1) {
                pages.push(Vec::new());
                used = 0.0;
                continue;
            }
            let taken: Vec<Range<usize>> = row
                .columns
                .iter()
                .zip(&next)
                .map(|(c, &from)| fitting(c, from, left))
                .collect();
            let progress = taken.iter().any(|t| !t.is_empty());
            if progress || fresh {
                // On an empty page with not even a line fitting, one line each goes anyway.
                let taken: Vec<Range<usize>> = if progress {
                    taken
                } else {
                    rest.iter()
                        .map(|r| r.start..(r.start + 1).min(r.end))
                        .collect()
                };
                for (n, t) in next.iter_mut().zip(&taken) {
                    *n = t.end;
                }
                pages[page].push(Part {
                    row: index,
                    slots: taken,
                });
            }
            pages.push(Vec::new());
            used = 0.0;
        }
    }
    pages.retain(|p| !p.is_empty());
    if pages.is_empty() {
        pages.push(Vec::new());
    }
    pages
}

/// The slots of `column` from `from` that fit in `room`, not ending on a heading.
fn fitting(column: &Column, from: usize, room: f32) -> Range<usize> {
    let mut end = from;
    let mut height = column.frame.map_or(0.0, |f| 2.0 * f.pad);
    while end < column.slots.len() && height + column.slots[end].height <= room {
        height += column.slots[end].height;
        end += 1;
    }
    while end > from && end < column.slots.len() && column.slots[end - 1].keep_with_next {
        end -= 1;
    }
    from..end
}

/// Draws `parts` of `rows` from the top `y`, content starting at `x`; returns the height
/// used.
fn draw(pen: &mut Pen, x: f32, y: f32, rows: &[Row], parts: &[Part]) -> f32 {
    let mut top = y;
    for part in parts {
        let row = &rows[part.row];
        let height = row.height(&part.slots);
        for (column, slots) in row.columns.iter().zip(&part.slots) {
            let mut left = x + column.x;
            let mut line_top = top;
            if let Some(frame) = column.frame {
                pen.rect(
                    Area::new(left, top, column.width, height),
                    6.0,
                    frame.paper,
                    frame.edge.map(|colour| Ink {
                        colour,
                        width: 1.0,
                        dash: None,
                    }),
                );
                if let Some(accent) = frame.accent {
                    pen.rect(Area::new(left, top, 4.0, height), 0.0, Some(accent), None);
                }
                line_top += frame.pad;
                left += frame.inset;
            }
            for slot in &column.slots[slots.clone()] {
                if let Some(colour) = slot.rule {
                    let middle = line_top + slot.height / 2.0;
                    pen.polyline(
                        &[(left, middle), (left + column.inner_width(), middle)],
                        Ink {
                            colour,
                            width: 0.8,
                            dash: None,
                        },
                    );
                }
                // A heading line (one that keeps with the next) is a heading to a reader.
                let role = if slot.keep_with_next {
                    Role::Heading(2)
                } else {
                    Role::Paragraph
                };
                pen.as_role(role, |pen| {
                    for mark in &slot.marks {
                        pen.text_in(
                            left + mark.x,
                            mark.width,
                            line_top + mark.style.size,
                            &mark.text,
                            mark.style,
                        );
                    }
                });
                line_top += slot.height;
            }
        }
        top += height + row.gap;
    }
    top - y
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::draw::INK;
    use crate::pdf::fonts::Weight;

    fn lines(column: &mut Column, n: usize) {
        let style = Type::new(Weight::Regular, 10.0, INK);
        for i in 0..n {
            column.slots.push(Slot {
                height: 13.0,
                marks: vec![Mark {
                    x: 0.0,
                    width: 100.0,
                    text: format!("line {i}"),
                    style,
                }],
                ..Slot::default()
            });
        }
    }

    fn all_slots(pages: &[Vec<Part>], rows: &[Row]) -> Vec<(usize, usize, usize)> {
        let mut seen = Vec::new();
        for part in pages.iter().flatten() {
            for (c, range) in part.slots.iter().enumerate() {
                seen.extend(range.clone().map(|s| (part.row, c, s)));
            }
        }
        seen.sort_unstable();
        let mut expected = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, column) in row.columns.iter().enumerate() {
                expected.extend((0..column.slots.len()).map(|s| (r, c, s)));
            }
        }
        assert_eq!(seen, expected, "every line once");
        seen
    }

    #[test]
    fn a_long_row_of_two_columns_goes_on_over_pages_and_loses_nothing() {
        let mut left = Column::new(0.0, 100.0);
        let mut right = Column::new(120.0, 100.0);
        left.heading("GOALS", Type::new(Weight::SemiBold, 8.5, INK), 15.0);
        lines(&mut left, 200);
        lines(&mut right, 30);
        let rows = vec![Row::of(vec![left, right])];
        let pages = paginate(&rows, |_| 500.0);
        all_slots(&pages, &rows);
        assert!(pages.len() >= 5, "200 lines of 13 pt need 6 pages of 500");
        for page in &pages {
            let used: f32 = page.iter().map(|p| rows[p.row].height(&p.slots)).sum();
            assert!(used <= 500.0, "each page fits: {used}");
        }
    }

    #[test]
    fn a_heading_is_never_left_alone_at_the_foot_of_a_page() {
        let mut first = Column::new(0.0, 100.0);
        lines(&mut first, 37);
        let mut second = Column::new(0.0, 100.0);
        second.heading(
            "IN THE CUSTOMERS' WORDS",
            Type::new(Weight::Bold, 13.0, INK),
            22.0,
        );
        lines(&mut second, 5);
        let rows = vec![Row::of(vec![first]), Row::of(vec![second])];
        let pages = paginate(&rows, |_| 500.0);
        all_slots(&pages, &rows);
        for page in &pages {
            let last = page.last().expect("a part");
            let column = &rows[last.row].columns[0];
            let end = last.slots[0].end;
            assert!(
                end == column.slots.len() || !column.slots[end - 1].keep_with_next,
                "a page ends on a heading"
            );
        }
    }

    #[test]
    fn a_short_row_that_does_not_fit_moves_whole_to_the_next_page() {
        let mut filler = Column::new(0.0, 100.0);
        lines(&mut filler, 35);
        let mut quote = Column::new(0.0, 100.0);
        lines(&mut quote, 4);
        let rows = vec![
            Row::of(vec![filler]),
            Row {
                keep_whole: true,
                ..Row::of(vec![quote])
            },
        ];
        let pages = paginate(&rows, |_| 500.0);
        assert_eq!(pages.len(), 2);
        assert_eq!(
            pages[1][0].slots[0],
            0..4,
            "the quote is whole on the next page"
        );
    }
}
