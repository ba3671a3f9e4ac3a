//! The cover: what the workshop asked, when and where, and who was in the room. The title
//! and the question sit in a warm band; a long question, or a long list of people, goes on
//! below it and over the next page if it must.

use feltboard_core::participants::ParticipantKind;

use super::draw::{Area, BRAND, INK, INK_SOFT, LINE, PAPER_WARM, Pen, Type};
use super::flow::{Column, Flowing, Row};
use super::fonts::{Fonts, Weight};
use super::structure::Role;
use super::{MARGIN, Sheet};
use crate::WorkshopContent;
use feltboard_core::language::Words;
use feltboard_core::say;

/// `2026-11-18` as "18 November 2026" in `words`' language; anything else as it is.
pub fn long_date(words: &Words, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match (
        parts.first(),
        parts.get(1).and_then(|m| m.parse::<u8>().ok()),
        parts.get(2).and_then(|d| d.parse::<u8>().ok()),
    ) {
        (Some(year), Some(month @ 1..=12), Some(day)) => say!(
            words,
            "pdf-date",
            day = day,
            month = words.say(&format!("month-{month}"), &[]),
            year = *year
        ),
        _ => iso.to_owned(),
    }
}

/// Who was in the room, as stakeholders may read it: customers counted, and named only
/// when they agreed to be quoted by name.
pub fn room(content: &WorkshopContent) -> Vec<String> {
    let of = |kind: ParticipantKind| {
        content
            .participants
            .iter()
            .filter(move |p| p.draft.kind == kind)
    };
    let words = content.words();
    let mut lines = Vec::new();
    let customers: Vec<_> = of(ParticipantKind::Customer).collect();
    if !customers.is_empty() {
        let named: Vec<&str> = customers
            .iter()
            .filter(|p| p.draft.quote_by_name)
            .map(|p| p.draft.name.as_str())
            .collect();
        let unnamed = customers.len() - named.len();
        lines.push(say!(
            words,
            "pdf-cover-customers",
            count = customers.len(),
            named = named.join(", "),
            named_count = named.len(),
            unnamed = unnamed
        ));
    }
    for (kind, id) in [
        (ParticipantKind::Team, "pdf-cover-team"),
        (ParticipantKind::Stakeholder, "pdf-cover-stakeholders"),
    ] {
        let names: Vec<&str> = of(kind).map(|p| p.draft.name.as_str()).collect();
        if !names.is_empty() {
            lines.push(say!(words, id, names = names.join(", ")));
        }
    }
    lines
}

/// The top of the title, and the lines of it and of the question the band holds at most.
const TITLE_TOP: f32 = 96.0;
const TITLE_LINES: usize = 3;
const QUESTION_LINES: usize = 8;
/// The band's least height, and the space under it.
const BAND_H: f32 = 250.0;
const BELOW_BAND: f32 = 36.0;

fn title_style() -> Type {
    Type::new(Weight::Bold, 30.0, INK)
}

fn question_style() -> Type {
    Type::new(Weight::Italic, 14.0, INK_SOFT)
}

/// The cover laid out: the question's lines in the band, the band's height, and the rest
/// flowing below it.
#[derive(Debug)]
pub struct Cover {
    question: Vec<String>,
    band: f32,
    pub flowing: Flowing,
}

pub fn flow(
    fonts: &Fonts,
    sheet: Sheet,
    content: &WorkshopContent,
    made_on: &(u16, u8, u8),
) -> Cover {
    let w = &content.workshop.draft;
    let width = sheet.inner_width();
    let title = title_style();
    let title_lines = fonts
        .wrap(&w.title, title.weight, title.size, width)
        .len()
        .min(TITLE_LINES);
    let ask = question_style();
    let mut question = if w.question.is_empty() {
        Vec::new()
    } else {
        fonts.wrap(&w.question, ask.weight, ask.size, width)
    };
    let rest = question.split_off(question.len().min(QUESTION_LINES));
    let question_h = if question.is_empty() {
        0.0
    } else {
        8.0 + question.len() as f32 * ask.leading()
    };
    let band = (TITLE_TOP + title_lines as f32 * title.leading() + question_h).max(BAND_H);

    let label = Type::new(Weight::SemiBold, 9.0, BRAND);
    let body = Type::new(Weight::Regular, 11.5, INK);
    let mut column = Column::new(0.0, width);
    if !rest.is_empty() {
        column.lines(rest, ask);
        column.space(BELOW_BAND);
    }
    let words = content.words();
    let facts = [
        (
            "pdf-cover-held-on",
            w.held_on
                .as_deref()
                .map(|day| long_date(words, day))
                .unwrap_or_default(),
        ),
        ("pdf-cover-where", w.place.clone()),
        ("pdf-cover-facilitated-by", w.facilitator.clone()),
    ];
    for (name, value) in facts.iter().filter(|(_, v)| !v.is_empty()) {
        column.heading(&words.say(name, &[]), label, 14.0);
        column.paragraph(fonts, value, body, 0.0, None);
        column.space(14.0);
    }
    let room = room(content);
    if !room.is_empty() {
        column.heading(&words.say("pdf-cover-in-the-room", &[]), label, 14.0);
        for line in room {
            column.paragraph(fonts, &line, body, 0.0, None);
            column.space(3.0);
        }
        column.space(11.0);
    }
    column.rule(24.0, LINE);
    column.heading(&words.say("pdf-cover-in-this-document", &[]), label, 16.0);
    let contents = [
        say!(words, "pdf-cover-personas", count = content.personas.len()),
        say!(words, "pdf-cover-boards", count = content.boards.len()),
    ];
    let to_be = content
        .boards
        .iter()
        .filter(|b| {
            content
                .boards
                .iter()
                .any(|a| Some(a.board.id) == b.board.based_on)
        })
        .count();
    let compared = (to_be > 0).then(|| say!(words, "pdf-cover-compared", count = to_be));
    let contents = contents.into_iter().chain(compared).chain([
        words.say("pdf-cover-summary", &[]),
        words.say("pdf-cover-decided", &[]),
    ]);
    for line in contents {
        column.paragraph(fonts, &line, body, 12.0, Some(("•", body)));
        column.space(3.0);
    }
    let (year, month, day) = *made_on;
    let mut made = Column::new(0.0, width);
    made.space(24.0);
    made.paragraph(
        fonts,
        &say!(
            words,
            "pdf-cover-exported",
            date = long_date(words, &format!("{year}-{month:02}-{day:02}"))
        ),
        Type::new(Weight::Regular, 9.0, INK_SOFT),
        0.0,
        None,
    );
    let rows = vec![
        Row::of(vec![column]),
        Row {
            keep_whole: true,
            ..Row::of(vec![made])
        },
    ];
    let first = sheet.bottom() - band - BELOW_BAND;
    Cover {
        question,
        band,
        flowing: Flowing::new(rows, first, sheet.bottom() - MARGIN),
    }
}

/// Page `page` of the cover laid out by [`flow`].
pub fn draw(pen: &mut Pen, sheet: Sheet, content: &WorkshopContent, cover: &Cover, page: usize) {
    if page > 0 {
        cover.flowing.draw(pen, MARGIN, MARGIN, page);
        return;
    }
    let width = sheet.inner_width();
    pen.rect(
        Area::new(0.0, 0.0, sheet.width, cover.band),
        0.0,
        Some(PAPER_WARM),
        None,
    );
    pen.text(
        MARGIN,
        80.0,
        &content.words().say("pdf-cover-kicker", &[]),
        Type::new(Weight::SemiBold, 10.0, BRAND),
    );
    // The whole title is the PDF's own title, in its properties.
    let mut y = TITLE_TOP;
    y += pen.as_role(Role::Heading(1), |pen| {
        pen.paragraph(
            MARGIN,
            y,
            width,
            &content.workshop.draft.title,
            title_style(),
            TITLE_LINES,
        )
    });
    if !cover.question.is_empty() {
        y += 8.0;
        let ask = question_style();
        for line in &cover.question {
            pen.text_in(MARGIN, width, y + ask.size, line, ask);
            y += ask.leading();
        }
    }
    cover
        .flowing
        .draw(pen, MARGIN, cover.band + BELOW_BAND, page);
}
