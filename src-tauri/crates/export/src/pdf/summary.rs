//! The summary: where it hurts and what could be done about it — each opportunity with its
//! owner, metric and target, status and the evidence behind it — and the customers' own
//! words; every one of them, most-voted first (votes come from the room), over as many pages
//! as they need.

use feltboard_core::boards::{CardKind, CardSource, EvidenceItem};
use feltboard_core::language::Words;
use feltboard_core::say;

use super::draw::{BRAND, Colour, INK, INK_SOFT, LINE, Pen, Type};
use super::flow::{Column, Flowing, Row};
use super::fonts::{Fonts, Weight};
use super::{MARGIN, Sheet};
use crate::WorkshopContent;
use crate::decisions::Ranked;

/// The title's height on the first page, and on the pages after it.
const TITLE_H: f32 = 40.0;
const CONTINUED_H: f32 = 30.0;

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
fn follow_up(words: &Words, r: &Ranked<'_>) -> Vec<(String, Type)> {
    let d = &r.card.draft;
    let soft = Type::new(Weight::Regular, 9.0, INK_SOFT);
    let mut facts = vec![if d.owner.is_empty() {
        words.say("pdf-summary-no-owner", &[])
    } else {
        say!(words, "pdf-owner", owner = d.owner.as_str())
    }];
    let measured = r.metric_and_target();
    if !measured.is_empty() {
        facts.push(say!(words, "pdf-summary-measured-by", measure = measured));
    }
    if d.kind != CardKind::Opportunity {
        return vec![(facts.join(" · "), soft)];
    }
    facts.push(say!(
        words,
        "pdf-summary-status",
        status = words.status(d.status)
    ));
    let mut lines = vec![(facts.join(" · "), soft)];
    let evidence = r.support().map_or_else(
        || words.say("pdf-summary-no-evidence", &[]),
        |s| say!(words, "pdf-summary-evidence", evidence = s.said(words)),
    );
    lines.push((evidence, Type::new(Weight::Regular, 9.0, INK)));
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
            credited(words, &quote.draft.text, &words.credit(&quote.credit)),
            Type::new(Weight::Italic, 9.0, INK_SOFT),
        ));
    }
    lines
}

/// A customer's words, quoted, and who said them.
fn credited(words: &Words, said: &str, credit: &str) -> String {
    say!(
        words,
        "pdf-quote-credited",
        quote = super::quoted(words, said),
        credit = credit
    )
}

/// The summary laid out over as many pages as it needs.
pub fn flow(fonts: &Fonts, sheet: Sheet, content: &WorkshopContent) -> Flowing {
    let width = sheet.inner_width();
    let words = content.words();
    let pains: Vec<Item> = content
        .ranked(&[CardKind::PainPoint])
        .into_iter()
        .map(|r| Item {
            text: say!(
                words,
                "pdf-summary-pain",
                text = r.card.draft.text.trim(),
                votes = r.votes,
                board = r.board.board.draft.title.as_str()
            ),
            details: Vec::new(),
        })
        .collect();
    let chances: Vec<Item> = content
        .ranked(&[CardKind::Opportunity, CardKind::Idea])
        .into_iter()
        .map(|r| Item {
            text: say!(
                words,
                "pdf-summary-opportunity",
                text = r.card.draft.text.trim(),
                votes = r.votes
            ),
            details: follow_up(words, &r),
        })
        .collect();
    let quotes: Vec<String> = content
        .boards
        .iter()
        .flat_map(|b| b.cards.iter())
        .filter(|c| c.draft.kind == CardKind::Quote && c.draft.source == CardSource::Customer)
        .map(|c| credited(words, &c.draft.text, &words.credit(&c.credit)))
        .collect();

    let mut rows = section(
        fonts,
        width,
        &words.say("pdf-summary-pains", &[]),
        &pains,
        &words.say("pdf-summary-no-pains", &[]),
    );
    rows.extend(section(
        fonts,
        width,
        &words.say("pdf-summary-opportunities", &[]),
        &chances,
        &words.say("pdf-no-opportunities", &[]),
    ));
    let mut heading = Column::new(0.0, width);
    heading.heading(
        &words.say("pdf-summary-quotes", &[]),
        Type::new(Weight::Bold, 13.0, INK),
        22.0,
    );
    rows.push(Row {
        keep_with_next: true,
        ..Row::of(vec![heading])
    });
    let mut said = Column::new(0.0, width);
    if quotes.is_empty() {
        said.paragraph(
            fonts,
            &words.say("pdf-summary-no-quotes", &[]),
            Type::new(Weight::Italic, 10.0, INK_SOFT),
            0.0,
            None,
        );
    }
    for quote in &quotes {
        said.paragraph(
            fonts,
            quote,
            Type::new(Weight::Italic, 10.5, INK),
            12.0,
            Some(("•", Type::new(Weight::Bold, 10.5, Colour(0x0072b2)))),
        );
        said.space(8.0);
    }
    rows.push(Row::of(vec![said]));
    let room = sheet.bottom() - MARGIN;
    Flowing::new(rows, room - TITLE_H, room - CONTINUED_H)
}

/// Page `page` of the summary laid out by [`flow`].
pub fn draw(pen: &mut Pen, sheet: Sheet, words: &Words, flowing: &Flowing, page: usize) {
    super::page_title(
        pen,
        sheet,
        words,
        &words.say("pdf-summary-title", &[]),
        page,
    );
    let top = if page == 0 { TITLE_H } else { CONTINUED_H };
    flowing.draw(pen, MARGIN, MARGIN + top, page);
}
