//! What the room decided: cards ranked by the room's dots, across every board, with what the
//! core counted in support of each opportunity. The PDF's summary, its "What we decided"
//! table and the decisions CSV all read them from here, in the same order.

use feltboard_core::boards::{Board, Card, CardKind, Support};

use crate::WorkshopContent;

/// A card in the ranking: the card, the board it is on, and its dots.
#[derive(Debug, Clone, Copy)]
pub struct Ranked<'c> {
    pub card: &'c Card,
    pub board: &'c Board,
    pub votes: u32,
}

impl WorkshopContent {
    /// The cards of `kinds` on every board, most dots first, then in board order.
    pub fn ranked(&self, kinds: &[CardKind]) -> Vec<Ranked<'_>> {
        let mut cards: Vec<Ranked<'_>> = self
            .boards
            .iter()
            .flat_map(|board| board.cards.iter().map(move |card| (card, board)))
            .filter(|(card, _)| kinds.contains(&card.draft.kind))
            .map(|(card, board)| Ranked {
                card,
                board,
                votes: self.votes.get(&card.id).copied().unwrap_or(0),
            })
            .collect();
        cards.sort_by_key(|r| std::cmp::Reverse(r.votes));
        cards
    }

    /// Every opportunity of every board, most dots first: what was decided.
    pub fn decisions(&self) -> Vec<Ranked<'_>> {
        self.ranked(&[CardKind::Opportunity])
    }
}

impl Ranked<'_> {
    /// What supports the card, as the core counted and said it; `None` when nothing does.
    pub fn support(&self) -> Option<&Support> {
        self.board
            .support
            .iter()
            .find(|s| s.opportunity_id == self.card.id)
    }

    /// How many cards and steps support it.
    pub fn evidence_count(&self) -> u32 {
        self.support().map_or(0, |s| s.count)
    }

    /// How success is measured and what counts as success: "metric → target", as much as
    /// has been set.
    pub fn metric_and_target(&self) -> String {
        let d = &self.card.draft;
        match (d.metric.trim(), d.target.trim()) {
            ("", "") => String::new(),
            (metric, "") => metric.to_owned(),
            ("", target) => format!("→ {target}"),
            (metric, target) => format!("{metric} → {target}"),
        }
    }

    /// The step the card is on.
    pub fn step_title(&self) -> &str {
        self.board
            .steps()
            .find(|s| s.id == self.card.step_id)
            .map_or("", |s| s.title.as_str())
    }
}
