//! A persona's pages, laid out as the editor shows it: who they are, what they say, what
//! they are after and what gets in the way, and how sure we are. A persona with more to say
//! than a page holds goes on over the next page (`flow`), with its name at the top.

use feltboard_core::language::Words;
use feltboard_core::personas::{Evidence, Persona, Portrait};
use feltboard_core::say;
use krilla::geom::{Size, Transform};
use krilla::image::Image;

use super::draw::{Area, BRAND, Colour, INK, INK_SOFT, LINE, PAPER_WARM, Pen, Type};
use super::flow::{Column, Flowing, Frame, Row};
use super::fonts::{Fonts, Weight};
use super::structure::Role;
use super::{MARGIN, Sheet};
use crate::WorkshopContent;

const ANTI: Colour = Colour(0xb23b2e);
const PORTRAIT: f32 = 96.0;

/// What stakeholders must not mistake this persona for.
pub fn label(words: &Words, persona: &Persona) -> String {
    let id = match (persona.draft.is_anti_persona, persona.draft.evidence) {
        (true, _) => "pdf-persona-label-anti",
        (false, Evidence::Assumed) => "pdf-persona-label-assumed",
        (false, Evidence::Research) => "pdf-persona-label-research",
    };
    words.say(id, &[])
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect::<String>()
        .to_uppercase()
}

fn portrait(pen: &mut Pen, x: f32, y: f32, persona: &Persona, picture: Option<&Portrait>) {
    let (cx, cy, r) = (x + PORTRAIT / 2.0, y + PORTRAIT / 2.0, PORTRAIT / 2.0);
    let image = picture.and_then(|p| {
        let data = p.bytes.clone().into();
        match p.media_type {
            "image/jpeg" => Image::from_jpeg(data, true).ok(),
            "image/webp" => Image::from_webp(data, true).ok(),
            _ => Image::from_png(data, true).ok(),
        }
    });
    let Some(image) = image else {
        let colour = Colour::hex(&persona.draft.avatar_colour).unwrap_or(BRAND);
        pen.circle(cx, cy, r, Some(colour), None);
        let big = Type::new(Weight::SemiBold, 34.0, Colour(0xffffff));
        let text = initials(&persona.draft.name);
        let width = pen.fonts.width(&text, big.weight, big.size);
        pen.text(cx - width / 2.0, cy + 12.0, &text, big);
        return;
    };
    if let Some(size) = Size::from_wh(PORTRAIT, PORTRAIT) {
        pen.clip(Area::new(x, y, PORTRAIT, PORTRAIT), PORTRAIT / 2.0);
        pen.surface.push_transform(&Transform::from_translate(x, y));
        pen.surface.draw_image(image, size);
        pen.surface.pop();
        pen.surface.pop();
    }
}

/// The height of the first page's header: the portrait beside the label, name and role.
const HEADER_H: f32 = 4.0 + PORTRAIT + 16.0;
/// The height of a later page's header: the name, continued.
const CONTINUED_H: f32 = 34.0;
const GUTTER: f32 = 24.0;

/// The persona `index` laid out over as many pages as it needs.
pub fn flow(fonts: &Fonts, sheet: Sheet, content: &WorkshopContent, index: usize) -> Flowing {
    let room = sheet.bottom() - MARGIN;
    Flowing::new(
        rows(fonts, sheet, content.words(), &content.personas[index].0),
        room - HEADER_H,
        room - CONTINUED_H,
    )
}

fn accent(persona: &Persona) -> Colour {
    if persona.draft.is_anti_persona {
        ANTI
    } else {
        BRAND
    }
}

/// Everything under the header, in reading order.
fn rows(fonts: &Fonts, sheet: Sheet, words: &Words, persona: &Persona) -> Vec<Row> {
    let d = &persona.draft;
    let width = sheet.inner_width();
    let mut rows = Vec::new();
    let single = |build: &dyn Fn(&mut Column)| {
        let mut column = Column::new(0.0, width);
        build(&mut column);
        Row::of(vec![column])
    };
    if !d.quote.is_empty() {
        let quote = Type::new(Weight::Italic, 14.0, INK);
        let mut box_ = Column::framed(
            0.0,
            width,
            Frame {
                paper: Some(PAPER_WARM),
                edge: None,
                accent: Some(accent(persona)),
                pad: 8.0,
                inset: 14.0,
            },
        );
        box_.paragraph(fonts, &super::quoted(words, &d.quote), quote, 0.0, None);
        let mut row = Row::of(vec![box_]);
        row.keep_whole = true;
        row.gap = 14.0;
        rows.push(row);
    }
    if d.is_anti_persona && !d.anti_reason.is_empty() {
        let mut row = single(&|c| {
            c.paragraph(
                fonts,
                &say!(
                    words,
                    "pdf-persona-anti-reason",
                    reason = d.anti_reason.as_str()
                ),
                Type::new(Weight::SemiBold, 10.5, ANTI),
                0.0,
                None,
            );
        });
        row.gap = 10.0;
        rows.push(row);
    }
    if !d.story.is_empty() {
        let mut row = single(&|c| {
            c.paragraph(
                fonts,
                &d.story,
                Type::new(Weight::Regular, 10.5, INK),
                0.0,
                None,
            );
        });
        row.gap = 14.0;
        rows.push(row);
    }

    let column = (width - GUTTER) / 2.0;
    let lists = |x: f32, sections: [(&str, &Vec<String>); 3]| {
        let mut c = Column::new(x, column);
        for (title, items) in sections.into_iter().filter(|(_, items)| !items.is_empty()) {
            c.heading(
                &words.say(title, &[]),
                Type::new(Weight::SemiBold, 8.5, BRAND),
                15.0,
            );
            for item in items {
                c.paragraph(
                    fonts,
                    item,
                    Type::new(Weight::Regular, 10.0, INK),
                    10.0,
                    Some(("•", Type::new(Weight::Bold, 10.0, BRAND))),
                );
                c.space(2.0);
            }
            c.space(10.0);
        }
        c
    };
    rows.push(Row::of(vec![
        lists(
            0.0,
            [
                ("pdf-persona-goals", &d.goals),
                ("pdf-persona-needs", &d.needs),
                ("pdf-persona-pain-points", &d.pain_points),
            ],
        ),
        lists(
            column + GUTTER,
            [
                ("pdf-persona-behaviours", &d.behaviours),
                ("pdf-persona-channels", &d.channels),
                ("pdf-persona-wants-to-feel", &d.wants_to_feel),
            ],
        ),
    ]));

    let empathy = [
        ("pdf-persona-says", &d.empathy.says),
        ("pdf-persona-thinks", &d.empathy.thinks),
        ("pdf-persona-does", &d.empathy.does),
        ("pdf-persona-feels", &d.empathy.feels),
    ];
    if empathy.iter().any(|(_, items)| !items.is_empty()) {
        let mut title = single(&|c| {
            c.heading(
                &words.say("pdf-persona-empathy-map", &[]),
                Type::new(Weight::SemiBold, 8.5, BRAND),
                18.0,
            );
        });
        title.keep_with_next = true;
        rows.push(title);
        for pair in empathy.chunks(2) {
            let quadrants = pair
                .iter()
                .enumerate()
                .map(|(i, (name, items))| {
                    let mut c = Column::framed(
                        i as f32 * (column + GUTTER),
                        column,
                        Frame {
                            paper: None,
                            edge: Some(LINE),
                            accent: None,
                            pad: 8.0,
                            inset: 10.0,
                        },
                    );
                    c.heading(
                        &words.say(name, &[]),
                        Type::new(Weight::SemiBold, 10.0, INK),
                        16.0,
                    );
                    let body = Type::new(Weight::Regular, 9.5, INK_SOFT);
                    for item in items.iter() {
                        c.paragraph(fonts, item, body, 0.0, None);
                    }
                    // Room to write in, on paper, when the room has said little.
                    let written: f32 = c.slots.iter().map(|s| s.height).sum();
                    c.space((70.0 - written).max(0.0));
                    c
                })
                .collect();
            let mut row = Row::of(quadrants);
            row.gap = 8.0;
            rows.push(row);
        }
    }

    let sources = d.evidence_sources.as_str();
    let evidence = match d.evidence {
        Evidence::Research if d.interview_count > 0 => say!(
            words,
            "pdf-persona-evidence-interviews",
            count = d.interview_count,
            sources = sources
        ),
        Evidence::Research => say!(words, "pdf-persona-evidence-research", sources = sources),
        Evidence::Assumed => words.say("pdf-persona-evidence-assumed", &[]),
    };
    let mut last = single(&|c| {
        c.space(10.0);
        c.paragraph(
            fonts,
            evidence.trim(),
            Type::new(Weight::Italic, 9.0, INK_SOFT),
            0.0,
            None,
        );
    });
    last.keep_whole = true;
    rows.push(last);
    rows
}

/// Page `page` of the persona `index`, laid out by [`flow`].
pub fn draw(
    pen: &mut Pen,
    sheet: Sheet,
    content: &WorkshopContent,
    index: usize,
    flowing: &Flowing,
    page: usize,
) {
    let (persona, picture) = &content.personas[index];
    let d = &persona.draft;
    let words = content.words();
    let width = sheet.inner_width();
    let accent = accent(persona);
    pen.band(sheet.width, accent);
    let top = MARGIN + 4.0;
    if page > 0 {
        let style = Type::new(Weight::SemiBold, 12.0, accent);
        // The name is shortened to leave room for the rest of the line.
        let continued = say!(words, "pdf-continued", title = "");
        let room = width - pen.fonts.width(&continued, style.weight, style.size);
        let name = pen.fonts.shorten(&d.name, style.weight, style.size, room);
        pen.text(
            MARGIN,
            top + style.size,
            &say!(words, "pdf-continued", title = name),
            style,
        );
        flowing.draw(pen, MARGIN, MARGIN + CONTINUED_H, page);
        return;
    }
    let alt = match picture {
        Some(_) => say!(words, "pdf-persona-portrait", name = d.name.as_str()),
        None => say!(words, "pdf-persona-initials", name = d.name.as_str()),
    };
    pen.figure(&alt, |pen| {
        portrait(pen, MARGIN, top, persona, picture.as_ref())
    });
    let x = MARGIN + PORTRAIT + 20.0;
    let text_width = width - PORTRAIT - 20.0;
    pen.text(
        x,
        top + 10.0,
        &label(words, persona),
        Type::new(Weight::SemiBold, 8.5, accent),
    );
    let mut y = top + 16.0;
    y += pen.as_role(Role::Heading(1), |pen| {
        pen.paragraph(
            x,
            y,
            text_width,
            &d.name,
            Type::new(Weight::Bold, 24.0, INK),
            2,
        )
    });
    if !d.role.is_empty() {
        pen.paragraph(
            x,
            y + 2.0,
            text_width,
            &d.role,
            Type::new(Weight::Regular, 12.0, INK_SOFT),
            ((top + PORTRAIT - y) / 16.0).max(1.0) as usize,
        );
    }
    flowing.draw(pen, MARGIN, MARGIN + HEADER_H, page);
}
