//! A card on a board page: its look by kind, its text and small print measured into lines
//! once, and drawn piece by piece (a card taller than a page goes on over the next).

use std::ops::Range;

use feltboard_core::boards::{Board, Card, CardKind, CardSource, OpportunityStatus};
use feltboard_core::language::Words;
use feltboard_core::say;

use super::{PAD, STEP_W};
use crate::WorkshopContent;
use crate::decisions::Ranked;
use crate::pdf::draw::{Area, Colour, INK, INK_FAINT, Ink, Pen, Type};
use crate::pdf::fonts::{Fonts, Weight};

pub const CARD_TEXT: f32 = 10.0;
pub const CARD_META: f32 = 8.0;
/// The space between two cards in a cell.
pub const CARD_GAP: f32 = 4.0;
/// The width of a card's text, inside its padding and coloured edge.
const CARD_INNER: f32 = STEP_W - 2.0 * PAD - 2.0 * PAD - 3.0;
const EDGE: f32 = 3.0;

/// A card's text and small print, wrapped to the card's width.
#[derive(Debug, Clone)]
pub struct CardLines {
    pub text: Vec<String>,
    pub meta: Vec<String>,
}

impl CardLines {
    pub fn measure(
        fonts: &Fonts,
        content: &WorkshopContent,
        board: &Board,
        card: &Card,
    ) -> CardLines {
        CardLines {
            text: fonts.wrap(
                &card_text(content.words(), card),
                card_weight(card),
                CARD_TEXT,
                CARD_INNER,
            ),
            meta: fonts.wrap(
                &card_meta(content, board, card),
                Weight::Regular,
                CARD_META,
                CARD_INNER,
            ),
        }
    }

    /// The height of the small print, with the space above it.
    pub fn meta_height(&self) -> f32 {
        2.0 + self.meta.len() as f32 * Type::leading_of(CARD_META)
    }
}

/// The part of a card drawn in one place: some of its lines of text, and its small print
/// when this is the card's last piece.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Index into the board's cards.
    pub card: usize,
    pub lines: Range<usize>,
    pub meta: bool,
}

impl Piece {
    pub fn height(&self, lines: &CardLines) -> f32 {
        let text = self.lines.len() as f32 * Type::leading_of(CARD_TEXT);
        2.0 * PAD + text + if self.meta { lines.meta_height() } else { 0.0 }
    }
}

/// Draws `piece` of `card` with its top left at (`x`, `y`); returns its height.
pub fn draw_piece(
    pen: &mut Pen,
    x: f32,
    y: f32,
    card: &Card,
    lines: &CardLines,
    piece: &Piece,
) -> f32 {
    let height = piece.height(lines);
    let (paper, edge) = card_style(card.draft.kind);
    let dash = (card.draft.source == CardSource::Research).then_some((3.0, 2.0));
    let width = STEP_W - 2.0 * PAD;
    pen.rect(
        Area::new(x, y, width, height),
        3.0,
        Some(paper),
        Some(Ink {
            colour: Colour(0xe0d9c4),
            width: 0.7,
            dash,
        }),
    );
    pen.rect(Area::new(x, y, EDGE, height), 0.0, Some(edge), None);
    let text_x = x + PAD + EDGE;
    let text = Type::new(card_weight(card), CARD_TEXT, INK);
    let shown = &lines.text[piece.lines.clone()];
    let mut top = y + PAD - 1.0;
    for line in shown {
        pen.text_in(text_x, CARD_INNER, top + CARD_TEXT, line, text);
        top += text.leading();
    }
    if piece.meta {
        let meta = Type::new(Weight::Regular, CARD_META, INK_FAINT);
        top += 2.0;
        for line in &lines.meta {
            pen.text_in(text_x, CARD_INNER, top + CARD_META, line, meta);
            top += meta.leading();
        }
    }
    height
}

fn card_style(kind: CardKind) -> (Colour, Colour) {
    match kind {
        CardKind::Quote => (Colour(0xeef5fb), Colour(0x0072b2)),
        CardKind::PainPoint => (Colour(0xfdeeea), Colour(0xc2553a)),
        CardKind::Opportunity | CardKind::Idea => (Colour(0xeaf6f0), Colour(0x1d8a5a)),
        CardKind::Note => (Colour(0xfffdf4), Colour(0xc9bd92)),
    }
}

fn card_text(words: &Words, card: &Card) -> String {
    let text = card.draft.text.trim();
    if card.draft.kind == CardKind::Quote {
        crate::pdf::quoted(words, text)
    } else {
        text.to_owned()
    }
}

fn card_weight(card: &Card) -> Weight {
    if card.draft.kind == CardKind::Quote {
        Weight::Italic
    } else {
        Weight::Regular
    }
}

/// The small print under a card: its kind, who it came from, its votes; for an opportunity
/// how far it has got, its owner, its metric and target, and how much evidence supports it.
fn card_meta(content: &WorkshopContent, board: &Board, card: &Card) -> String {
    let words = content.words();
    let mut meta = format!(
        "{} · {}",
        words.card_kind(card.draft.kind),
        words.credit(&card.credit)
    );
    let votes = content.votes.get(&card.id).copied();
    if let Some(votes) = votes {
        meta += &format!(" · ▲ {votes}");
    }
    if card.draft.kind == CardKind::Opportunity {
        let ranked = Ranked {
            card,
            board,
            votes: votes.unwrap_or(0),
        };
        if card.draft.status != OpportunityStatus::Idea {
            meta += &format!(" · {}", words.status(card.draft.status));
        }
        if !card.draft.owner.is_empty() {
            let owner = say!(words, "pdf-owner", owner = card.draft.owner.as_str());
            meta += &format!(" · {owner}");
        }
        let measured = ranked.metric_and_target();
        if !measured.is_empty() {
            meta += &format!(" · {measured}");
        }
        match ranked.evidence_count() {
            0 => {}
            n => meta += &format!(" · {}", say!(words, "pdf-card-evidence", count = n)),
        }
    }
    meta
}
