//! The cover: what the workshop asked, when and where, and who was in the room.

use feltboard_core::participants::ParticipantKind;

use super::draw::{Area, BRAND, INK, INK_SOFT, Ink, LINE, PAPER_WARM, Pen, Type};
use super::fonts::Weight;
use super::structure::Role;
use super::{MARGIN, Sheet};
use crate::WorkshopContent;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `2026-11-18` as "18 November 2026"; anything else as it is.
pub fn long_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match (
        parts.first(),
        parts.get(1).and_then(|m| m.parse::<usize>().ok()),
        parts.get(2).and_then(|d| d.parse::<u8>().ok()),
    ) {
        (Some(year), Some(month @ 1..=12), Some(day)) => {
            format!("{day} {} {year}", MONTHS[month - 1])
        }
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
    let mut lines = Vec::new();
    let customers: Vec<_> = of(ParticipantKind::Customer).collect();
    if !customers.is_empty() {
        let named: Vec<&str> = customers
            .iter()
            .filter(|p| p.draft.quote_by_name)
            .map(|p| p.draft.name.as_str())
            .collect();
        let unnamed = customers.len() - named.len();
        let mut who = named.join(", ");
        if unnamed > 0 {
            let rest = if unnamed == 1 {
                "one who asked not to be named".to_owned()
            } else {
                format!("{unnamed} who asked not to be named")
            };
            who = if who.is_empty() {
                rest
            } else {
                format!("{who} and {rest}")
            };
        }
        let count = if customers.len() == 1 {
            "1 customer".to_owned()
        } else {
            format!("{} customers", customers.len())
        };
        lines.push(format!("{count}: {who}"));
    }
    for (kind, label) in [
        (ParticipantKind::Team, "Team"),
        (ParticipantKind::Stakeholder, "Stakeholders"),
    ] {
        let names: Vec<&str> = of(kind).map(|p| p.draft.name.as_str()).collect();
        if !names.is_empty() {
            lines.push(format!("{label}: {}", names.join(", ")));
        }
    }
    lines
}

pub fn draw(pen: &mut Pen, sheet: Sheet, content: &WorkshopContent, made_on: &(u16, u8, u8)) {
    let w = &content.workshop.draft;
    let width = sheet.inner_width();
    pen.rect(
        Area::new(0.0, 0.0, sheet.width, 250.0),
        0.0,
        Some(PAPER_WARM),
        None,
    );
    pen.text(
        MARGIN,
        80.0,
        "CUSTOMER JOURNEY WORKSHOP",
        Type::new(Weight::SemiBold, 10.0, BRAND),
    );
    let mut y = 96.0;
    y += pen.as_role(Role::Heading(1), |pen| {
        pen.paragraph(
            MARGIN,
            y,
            width,
            &w.title,
            Type::new(Weight::Bold, 30.0, INK),
            3,
        )
    });
    if !w.question.is_empty() {
        y += 8.0;
        y += pen.paragraph(
            MARGIN,
            y,
            width,
            &w.question,
            Type::new(Weight::Italic, 14.0, INK_SOFT),
            5,
        );
    }
    y = y.max(250.0) + 36.0;

    let label = Type::new(Weight::SemiBold, 9.0, BRAND);
    let body = Type::new(Weight::Regular, 11.5, INK);
    let facts = [
        (
            "HELD ON",
            w.held_on.as_deref().map(long_date).unwrap_or_default(),
        ),
        ("WHERE", w.place.clone()),
        ("FACILITATED BY", w.facilitator.clone()),
    ];
    for (name, value) in facts.iter().filter(|(_, v)| !v.is_empty()) {
        pen.text(MARGIN, y, name, label);
        y += 4.0;
        y += pen.paragraph(MARGIN, y, width, value, body, 3) + 14.0;
    }
    let room = room(content);
    if !room.is_empty() {
        pen.text(MARGIN, y, "IN THE ROOM", label);
        y += 4.0;
        for line in room {
            y += pen.paragraph(MARGIN, y, width, &line, body, 4) + 3.0;
        }
        y += 11.0;
    }

    pen.polyline(
        &[(MARGIN, y), (sheet.width - MARGIN, y)],
        Ink {
            colour: LINE,
            width: 1.0,
            dash: None,
        },
    );
    y += 24.0;
    pen.text(MARGIN, y, "IN THIS DOCUMENT", label);
    y += 6.0;
    let personas = content.personas.len();
    let boards = content.boards.len();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let contents = [
        plural(
            personas,
            "persona: who the customer is, and who we choose not to serve",
            "personas: who the customer is, and who we choose not to serve",
        ),
        plural(
            boards,
            "journey board: what the customer does, thinks and feels at each step",
            "journey boards: what the customer does, thinks and feels at each step",
        ),
        "A summary: the pain points, the opportunities and their owners, the customers' own words"
            .to_owned(),
    ];
    for line in contents {
        y += pen.paragraph(
            MARGIN + 12.0,
            y,
            width - 12.0,
            &format!("• {line}"),
            body,
            2,
        ) + 3.0;
    }
    let (year, month, day) = *made_on;
    let small = Type::new(Weight::Regular, 9.0, INK_SOFT);
    pen.text(
        MARGIN,
        sheet.bottom() - 10.0,
        &format!(
            "Exported from Feltboard on {}",
            long_date(&format!("{year}-{month:02}-{day:02}"))
        ),
        small,
    );
}
