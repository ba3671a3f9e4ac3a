//! The summary: what hurts most and what could be done about it, with owners, and the
//! customers' own words. Most-voted first; votes come from the room.

use feltboard_core::boards::{Card, CardKind, CardSource};

use super::draw::{Area, BRAND, Colour, INK, INK_SOFT, Ink, LINE, Pen, Type};
use super::fonts::Weight;
use super::{MARGIN, Sheet};
use crate::WorkshopContent;

const SHOWN: usize = 8;

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

fn heading(pen: &mut Pen, y: &mut f32, title: &str) {
    pen.text(MARGIN, *y + 12.0, title, Type::new(Weight::Bold, 13.0, INK));
    *y += 22.0;
}

fn section(pen: &mut Pen, y: &mut f32, sheet: Sheet, title: &str, items: Vec<String>, empty: &str) {
    let width = sheet.inner_width();
    heading(pen, y, title);
    if items.is_empty() {
        *y += pen.paragraph(
            MARGIN,
            *y,
            width,
            empty,
            Type::new(Weight::Italic, 10.0, INK_SOFT),
            2,
        ) + 12.0;
        return;
    }
    let body = Type::new(Weight::Regular, 10.0, INK);
    for (i, item) in items.iter().enumerate() {
        if *y > sheet.bottom() - 40.0 {
            break;
        }
        pen.text(
            MARGIN,
            *y + 10.0,
            &format!("{}.", i + 1),
            Type::new(Weight::SemiBold, 10.0, BRAND),
        );
        *y += pen.paragraph(MARGIN + 18.0, *y, width - 18.0, item, body, 4) + 5.0;
    }
    *y += 10.0;
    pen.polyline(
        &[(MARGIN, *y), (sheet.width - MARGIN, *y)],
        Ink {
            colour: LINE,
            width: 0.8,
            dash: None,
        },
    );
    *y += 14.0;
}

fn votes(n: u32) -> String {
    match n {
        0 => String::new(),
        1 => " (1 vote)".to_owned(),
        n => format!(" ({n} votes)"),
    }
}

pub fn draw(pen: &mut Pen, sheet: Sheet, content: &WorkshopContent) {
    let mut y = MARGIN;
    pen.band(sheet.width, BRAND);
    pen.text(
        MARGIN,
        y + 22.0,
        "Summary",
        Type::new(Weight::Bold, 24.0, INK),
    );
    y += 40.0;

    let pains = ranked(content, &[CardKind::PainPoint])
        .into_iter()
        .take(SHOWN)
        .map(|(c, n, board)| format!("{}{} — {board}", c.draft.text.trim(), votes(n)))
        .collect();
    section(
        pen,
        &mut y,
        sheet,
        "Where it hurts",
        pains,
        "No pain points were recorded.",
    );

    let chances = ranked(content, &[CardKind::Opportunity, CardKind::Idea])
        .into_iter()
        .take(SHOWN)
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
    section(
        pen,
        &mut y,
        sheet,
        "What we could do about it",
        chances,
        "No opportunities were recorded.",
    );

    let quotes: Vec<String> = content
        .boards
        .iter()
        .flat_map(|b| b.cards.iter())
        .filter(|c| c.draft.kind == CardKind::Quote && c.draft.source == CardSource::Customer)
        .take(SHOWN)
        .map(|c| {
            let who = content
                .credit(c.draft.author_id)
                .unwrap_or_else(|| "A customer".to_owned());
            format!(
                "“{}” — {who}",
                c.draft.text.trim().trim_matches(['"', '“', '”'])
            )
        })
        .collect();
    heading(pen, &mut y, "In the customers' words");
    if quotes.is_empty() {
        pen.paragraph(
            MARGIN,
            y,
            sheet.inner_width(),
            "No customer quotes were recorded.",
            Type::new(Weight::Italic, 10.0, INK_SOFT),
            1,
        );
    }
    for quote in quotes {
        if y > sheet.bottom() - 40.0 {
            break;
        }
        pen.rect(
            Area::new(MARGIN, y, 3.0, 14.0),
            0.0,
            Some(Colour(0x0072b2)),
            None,
        );
        y += pen.paragraph(
            MARGIN + 12.0,
            y,
            sheet.inner_width() - 12.0,
            &quote,
            Type::new(Weight::Italic, 10.5, INK),
            4,
        ) + 8.0;
    }
}
