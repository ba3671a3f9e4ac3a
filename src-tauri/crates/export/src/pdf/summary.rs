//! The summary: where it hurts and what could be done about it, with owners, and the
//! customers' own words; every one of them, most-voted first (votes come from the room),
//! over as many pages as they need.

use feltboard_core::boards::{Card, CardKind, CardSource};
use feltboard_core::text;

use super::draw::{BRAND, Colour, INK, INK_SOFT, LINE, Pen, Type};
use super::flow::{Column, Flowing, Row};
use super::fonts::{Fonts, Weight};
use super::structure::Role;
use super::{MARGIN, Sheet};
use crate::WorkshopContent;

/// The title's height on the first page, and on the pages after it.
const TITLE_H: f32 = 40.0;
const CONTINUED_H: f32 = 30.0;

/// Cards of `kinds` across the boards, most-voted first, then in board order.
fn ranked<'c>(content: &'c WorkshopContent, kinds: &[CardKind]) -> Vec<(&'c Card, u32, &'c str)> {
    let mut cards: Vec<_> = content
        .boards
        .iter()
        .flat_map(|b| {
            b.cards
                .iter()
                .map(move |c| (c, b.board.draft.title.as_str()))
        })
        .filter(|(c, _)| kinds.contains(&c.draft.kind))
        .map(|(c, board)| (c, content.votes.get(&c.id).copied().unwrap_or(0), board))
        .collect();
    cards.sort_by_key(|c| std::cmp::Reverse(c.1));
    cards
}

fn votes(n: u32) -> String {
    match n {
        0 => String::new(),
        1 => " (1 vote)".to_owned(),
        n => format!(" ({n} votes)"),
    }
}

/// One section: a heading, then its items numbered (or `empty` when there are none).
fn section(fonts: &Fonts, width: f32, title: &str, items: &[String], empty: &str) -> Vec<Row> {
    let mut heading = Column::new(0.0, width);
    heading.heading(title, Type::new(Weight::Bold, 13.0, INK), 22.0);
    let mut rows = vec![Row {
        keep_with_next: true,
        ..Row::of(vec![heading])
    }];
    let mut list = Column::new(0.0, width);
    if items.is_empty() {
        list.paragraph(
            fonts,
            empty,
            Type::new(Weight::Italic, 10.0, INK_SOFT),
            0.0,
            None,
        );
    }
    let body = Type::new(Weight::Regular, 10.0, INK);
    for (i, item) in items.iter().enumerate() {
        let number = format!("{}.", i + 1);
        // Room for the number: "999." is wider than "9.".
        let indent = 12.0 + 6.0 * number.len() as f32;
        list.paragraph(
            fonts,
            item,
            body,
            indent,
            Some((&number, Type::new(Weight::SemiBold, 10.0, BRAND))),
        );
        list.space(5.0);
    }
    list.rule(24.0, LINE);
    rows.push(Row::of(vec![list]));
    rows
}

/// The summary laid out over as many pages as it needs.
pub fn flow(fonts: &Fonts, sheet: Sheet, content: &WorkshopContent) -> Flowing {
    let width = sheet.inner_width();
    let pains: Vec<String> = ranked(content, &[CardKind::PainPoint])
        .into_iter()
        .map(|(c, n, board)| format!("{}{} — {board}", c.draft.text.trim(), votes(n)))
        .collect();
    let chances: Vec<String> = ranked(content, &[CardKind::Opportunity, CardKind::Idea])
        .into_iter()
        .map(|(c, n, _)| {
            let owner = if c.draft.owner.is_empty() {
                "Owner: not yet chosen".to_owned()
            } else {
                format!("Owner: {}", c.draft.owner)
            };
            let metric = if c.draft.metric.is_empty() {
                String::new()
            } else {
                format!(" · Measured by: {}", c.draft.metric)
            };
            format!("{}{} — {owner}{metric}", c.draft.text.trim(), votes(n))
        })
        .collect();
    let quotes: Vec<String> = content
        .boards
        .iter()
        .flat_map(|b| b.cards.iter())
        .filter(|c| c.draft.kind == CardKind::Quote && c.draft.source == CardSource::Customer)
        .map(|c| format!("{} — {}", text::quoted(&c.draft.text), c.credit))
        .collect();

    let mut rows = section(
        fonts,
        width,
        "Where it hurts",
        &pains,
        "No pain points were recorded.",
    );
    rows.extend(section(
        fonts,
        width,
        "What we could do about it",
        &chances,
        "No opportunities were recorded.",
    ));
    let mut heading = Column::new(0.0, width);
    heading.heading(
        "In the customers' words",
        Type::new(Weight::Bold, 13.0, INK),
        22.0,
    );
    rows.push(Row {
        keep_with_next: true,
        ..Row::of(vec![heading])
    });
    let mut words = Column::new(0.0, width);
    if quotes.is_empty() {
        words.paragraph(
            fonts,
            "No customer quotes were recorded.",
            Type::new(Weight::Italic, 10.0, INK_SOFT),
            0.0,
            None,
        );
    }
    for quote in &quotes {
        words.paragraph(
            fonts,
            quote,
            Type::new(Weight::Italic, 10.5, INK),
            12.0,
            Some(("•", Type::new(Weight::Bold, 10.5, Colour(0x0072b2)))),
        );
        words.space(8.0);
    }
    rows.push(Row::of(vec![words]));
    let room = sheet.bottom() - MARGIN;
    Flowing::new(rows, room - TITLE_H, room - CONTINUED_H)
}

/// Page `page` of the summary laid out by [`flow`].
pub fn draw(pen: &mut Pen, sheet: Sheet, flowing: &Flowing, page: usize) {
    pen.band(sheet.width, BRAND);
    let top = if page == 0 {
        pen.as_role(Role::Heading(1), |pen| {
            pen.text(
                MARGIN,
                MARGIN + 22.0,
                "Summary",
                Type::new(Weight::Bold, 24.0, INK),
            )
        });
        TITLE_H
    } else {
        pen.text(
            MARGIN,
            MARGIN + 14.0,
            "Summary — continued",
            Type::new(Weight::SemiBold, 12.0, BRAND),
        );
        CONTINUED_H
    };
    flowing.draw(pen, MARGIN, MARGIN + top, page);
}
