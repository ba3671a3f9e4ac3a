//! A persona's page, laid out as the editor shows it: who they are, what they say, what
//! they are after and what gets in the way, and how sure we are.

use feltboard_core::personas::{Evidence, Persona, Portrait};
use krilla::geom::{Size, Transform};
use krilla::image::Image;

use super::draw::{Area, BRAND, Colour, INK, INK_SOFT, Ink, LINE, PAPER_WARM, Pen, Type};
use super::fonts::Weight;
use super::{MARGIN, Sheet};
use crate::WorkshopContent;

const ANTI: Colour = Colour(0xb23b2e);
const PORTRAIT: f32 = 96.0;

/// What stakeholders must not mistake this persona for.
pub fn label(persona: &Persona) -> &'static str {
    match (persona.draft.is_anti_persona, persona.draft.evidence) {
        (true, _) => "ANTI-PERSONA · WHO WE CHOOSE NOT TO SERVE",
        (false, Evidence::Assumed) => "PROTO-PERSONA · BUILT ON THE TEAM'S ASSUMPTIONS",
        (false, Evidence::Research) => "PERSONA · BASED ON RESEARCH",
    }
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

/// A titled list; returns the height used.
fn list(pen: &mut Pen, x: f32, y: f32, width: f32, title: &str, items: &[String]) -> f32 {
    if items.is_empty() {
        return 0.0;
    }
    let mut used = 0.0;
    pen.text(
        x,
        y + 9.0,
        &title.to_uppercase(),
        Type::new(Weight::SemiBold, 8.5, BRAND),
    );
    used += 15.0;
    let body = Type::new(Weight::Regular, 10.0, INK);
    for item in items {
        pen.text(
            x,
            y + used + 10.0,
            "•",
            Type::new(Weight::Bold, 10.0, BRAND),
        );
        used += pen.paragraph(x + 10.0, y + used, width - 10.0, item, body, 6) + 2.0;
    }
    used + 10.0
}

pub fn draw(pen: &mut Pen, sheet: Sheet, content: &WorkshopContent, index: usize) {
    let (persona, picture) = &content.personas[index];
    let d = &persona.draft;
    let width = sheet.inner_width();
    let accent = if d.is_anti_persona { ANTI } else { BRAND };

    pen.band(sheet.width, accent);
    let top = MARGIN + 4.0;
    portrait(pen, MARGIN, top, persona, picture.as_ref());
    let x = MARGIN + PORTRAIT + 20.0;
    let text_width = width - PORTRAIT - 20.0;
    pen.text(
        x,
        top + 10.0,
        label(persona),
        Type::new(Weight::SemiBold, 8.5, accent),
    );
    let mut y = top + 16.0;
    y += pen.paragraph(
        x,
        y,
        text_width,
        &d.name,
        Type::new(Weight::Bold, 24.0, INK),
        2,
    );
    if !d.role.is_empty() {
        y += pen.paragraph(
            x,
            y + 2.0,
            text_width,
            &d.role,
            Type::new(Weight::Regular, 12.0, INK_SOFT),
            2,
        ) + 2.0;
    }
    y = y.max(top + PORTRAIT) + 16.0;

    if !d.quote.is_empty() {
        let quote = Type::new(Weight::Italic, 14.0, INK);
        let lines = pen
            .fonts
            .wrap(&d.quote, quote.weight, quote.size, width - 24.0)
            .len()
            .min(4);
        let height = lines as f32 * quote.leading() + 16.0;
        pen.rect(
            Area::new(MARGIN, y, width, height),
            6.0,
            Some(PAPER_WARM),
            None,
        );
        pen.rect(Area::new(MARGIN, y, 4.0, height), 0.0, Some(accent), None);
        pen.paragraph(
            MARGIN + 16.0,
            y + 7.0,
            width - 24.0,
            &format!("“{}”", d.quote.trim_matches(['"', '“', '”'])),
            quote,
            4,
        );
        y += height + 14.0;
    }
    if d.is_anti_persona && !d.anti_reason.is_empty() {
        y += pen.paragraph(
            MARGIN,
            y,
            width,
            &format!("Why we choose not to serve them: {}", d.anti_reason),
            Type::new(Weight::SemiBold, 10.5, ANTI),
            4,
        ) + 10.0;
    }
    if !d.story.is_empty() {
        y += pen.paragraph(
            MARGIN,
            y,
            width,
            &d.story,
            Type::new(Weight::Regular, 10.5, INK),
            10,
        ) + 14.0;
    }

    let column = (width - 24.0) / 2.0;
    let mut left = y;
    let mut right = y;
    for (title, items) in [
        ("Goals", &d.goals),
        ("Needs", &d.needs),
        ("Pain points", &d.pain_points),
    ] {
        left += list(pen, MARGIN, left, column, title, items);
    }
    for (title, items) in [
        ("Behaviours", &d.behaviours),
        ("Channels", &d.channels),
        ("Wants to feel", &d.wants_to_feel),
    ] {
        right += list(pen, MARGIN + column + 24.0, right, column, title, items);
    }
    y = left.max(right);

    let empathy = [
        ("Says", &d.empathy.says),
        ("Thinks", &d.empathy.thinks),
        ("Does", &d.empathy.does),
        ("Feels", &d.empathy.feels),
    ];
    if empathy.iter().any(|(_, items)| !items.is_empty()) && y < sheet.bottom() - 120.0 {
        pen.text(
            MARGIN,
            y + 10.0,
            "EMPATHY MAP",
            Type::new(Weight::SemiBold, 8.5, BRAND),
        );
        y += 18.0;
        let cell_h = ((sheet.bottom() - 30.0 - y) / 2.0).min(120.0);
        for (i, (title, items)) in empathy.iter().enumerate() {
            let cx = MARGIN + (i % 2) as f32 * (column + 24.0);
            let cy = y + (i / 2) as f32 * (cell_h + 8.0);
            pen.rect(
                Area::new(cx, cy, column, cell_h),
                6.0,
                None,
                Some(Ink {
                    colour: LINE,
                    width: 1.0,
                    dash: None,
                }),
            );
            pen.text(
                cx + 10.0,
                cy + 16.0,
                title,
                Type::new(Weight::SemiBold, 10.0, INK),
            );
            pen.paragraph(
                cx + 10.0,
                cy + 22.0,
                column - 20.0,
                &items.join(" · "),
                Type::new(Weight::Regular, 9.5, INK_SOFT),
                ((cell_h - 30.0) / 12.35) as usize,
            );
        }
    }
    let evidence = match d.evidence {
        Evidence::Research if d.interview_count > 0 => format!(
            "Evidence: research, {} interviews. {}",
            d.interview_count, d.evidence_sources
        ),
        Evidence::Research => format!("Evidence: research. {}", d.evidence_sources),
        Evidence::Assumed => {
            "Evidence: the team's assumptions, not yet checked with customers.".to_owned()
        }
    };
    pen.paragraph(
        MARGIN,
        sheet.bottom() - 22.0,
        width,
        evidence.trim(),
        Type::new(Weight::Italic, 9.0, INK_SOFT),
        2,
    );
}
