//! The summary: where it hurts and what could be done about it — each opportunity with its
//! owner, metric and target, status and the evidence behind it — and the customers' own
//! words; every one of them, most-voted first (votes come from the room), over as many pages
//! as they need.

use feltboard_core::boards::{CardKind, CardSource, EvidenceItem};
use feltboard_core::text;

use super::draw::{BRAND, Colour, INK, INK_SOFT, LINE, Pen, Type};
use super::flow::{Column, Flowing, Row};
use super::fonts::{Fonts, Weight};
use super::{MARGIN, Sheet};
use crate::WorkshopContent;
use crate::decisions::Ranked;

/// The title's height on the first page, and on the pages after it.
const TITLE_H: f32 = 40.0;
const CONTINUED_H: f32 = 30.0;

fn votes(n: u32) -> String {
    match n {
        0 => String::new(),
        1 => " (1 vote)".to_owned(),
        n => format!(" ({n} votes)"),
    }
}

/// One item of a section: its line, and under it what more there is to say about it.
struct Item {
    text: String,
    details: Vec<(String, Type)>,
}

/// One section: a heading, then its items numbered (or `empty` when there are none).
fn section(fonts: &Fonts, width: f32, title: &str, items: &[Item], empty: &str) -> Vec<Row> {
    let mut heading = Column::new(0.0, width);
    heading.heading(title, Type::new(Weight::Bold, 13.0, INK), 22.0);
    let mut rows = vec![Row {
        keep_with_next: true,
        ..Row::of(vec![heading])
    }];
    if items.is_empty() {
        let mut none = Column::new(0.0, width);
        none.paragraph(
            fonts,
            empty,
            Type::new(Weight::Italic, 10.0, INK_SOFT),
            0.0,
            None,
        );
        rows.push(Row::of(vec![none]));
    }
    let body = Type::new(Weight::Regular, 10.0, INK);
    for (i, item) in items.iter().enumerate() {
        let mut lines = Column::new(0.0, width);
        let number = format!("{}.", i + 1);
        // Room for the number: "999." is wider than "9.".
        let indent = 12.0 + 6.0 * number.len() as f32;
        lines.paragraph(
            fonts,
            &item.text,
            body,
            indent,
            Some((&number, Type::new(Weight::SemiBold, 10.0, BRAND))),
        );
        for (detail, style) in &item.details {
            lines.space(1.5);
            lines.paragraph(fonts, detail, *style, indent, None);
        }
        lines.space(if item.details.is_empty() { 5.0 } else { 8.0 });
        // An opportunity and what is said under it stay together where a page holds them.
        rows.push(Row {
            keep_whole: !item.details.is_empty(),
            ..Row::of(vec![lines])
        });
    }
    let mut rule = Column::new(0.0, width);
    rule.rule(24.0, LINE);
    rows.push(Row::of(vec![rule]));
    rows
}

/// Under an opportunity: who owns it, how it is measured and the target, where it stands;
/// then the evidence the core counted behind it, and the quotes among it, credited as the
/// core credits them (customers by name only with their consent). An idea has its owner and
/// metric only.
fn follow_up(r: &Ranked<'_>) -> Vec<(String, Type)> {
    let d = &r.card.draft;
    let soft = Type::new(Weight::Regular, 9.0, INK_SOFT);
    let mut facts = vec![if d.owner.is_empty() {
        "Owner: not yet chosen".to_owned()
    } else {
        format!("Owner: {}", d.owner)
    }];
    let measured = r.metric_and_target();
    if !measured.is_empty() {
        facts.push(format!("Measured by: {measured}"));
    }
    if d.kind != CardKind::Opportunity {
        return vec![(facts.join(" · "), soft)];
    }
    facts.push(format!("Status: {}", d.status.name()));
    let mut lines = vec![(facts.join(" · "), soft)];
    let evidence = r
        .support()
        .map_or("none linked yet".to_owned(), |s| s.summary.clone());
    lines.push((
        format!("Evidence: {evidence}"),
        Type::new(Weight::Regular, 9.0, INK),
    ));
    let quotes = r
        .board
        .evidence
        .iter()
        .filter(|link| link.opportunity_id == r.card.id)
        .filter_map(|link| match link.evidence {
            EvidenceItem::Card(id) => r.board.cards.iter().find(|c| c.id == id),
            EvidenceItem::Step(_) => None,
        })
        .filter(|c| c.draft.kind == CardKind::Quote);
    for quote in quotes {
        lines.push((
            format!(
                "{} — {}",
                text::quoted(quote.draft.text.trim()),
                quote.credit
            ),
            Type::new(Weight::Italic, 9.0, INK_SOFT),
        ));
    }
    lines
}

/// The summary laid out over as many pages as it needs.
pub fn flow(fonts: &Fonts, sheet: Sheet, content: &WorkshopContent) -> Flowing {
    let width = sheet.inner_width();
    let pains: Vec<Item> = content
        .ranked(&[CardKind::PainPoint])
        .into_iter()
        .map(|r| Item {
            text: format!(
                "{}{} — {}",
                r.card.draft.text.trim(),
                votes(r.votes),
                r.board.board.draft.title
            ),
            details: Vec::new(),
        })
        .collect();
    let chances: Vec<Item> = content
        .ranked(&[CardKind::Opportunity, CardKind::Idea])
        .into_iter()
        .map(|r| Item {
            text: format!("{}{}", r.card.draft.text.trim(), votes(r.votes)),
            details: follow_up(&r),
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
    super::page_title(pen, sheet, "Summary", page);
    let top = if page == 0 { TITLE_H } else { CONTINUED_H };
    flowing.draw(pen, MARGIN, MARGIN + top, page);
}
