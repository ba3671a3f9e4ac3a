//! Evidence behind an opportunity: the cards (quotes, pain points, notes) and the steps whose
//! customers' ratings show why it matters, linked by the facilitator, counted and said in one
//! sentence a stakeholder reads — on the board, in the PDF and in the CSV alike.

use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::{Board, CardKind, Curve};
use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, CardId, StepId};
use crate::language::{Language, Words};
use crate::say;
use crate::store::Store;
use crate::time::Timestamp;

/// What can support an opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum EvidenceItem {
    /// Another card on the same board.
    Card(CardId),
    /// A step of the same board: its customers' ratings.
    Step(StepId),
}

/// One piece of evidence linked to an opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EvidenceLink {
    pub opportunity_id: CardId,
    pub evidence: EvidenceItem,
}

/// A step's ratings as evidence: how many customers rated it low, of how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct StepSupport {
    pub step_id: StepId,
    pub title: String,
    pub low: u32,
    pub rated: u32,
}

/// What supports one opportunity, counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Support {
    pub opportunity_id: CardId,
    /// How many cards and steps are linked.
    pub count: u32,
    pub quotes: u32,
    /// Quotes credited by name (customers only with their consent).
    pub quotes_by_name: u32,
    /// Linked cards other than quotes.
    pub other_cards: u32,
    pub steps: Vec<StepSupport>,
    /// All of it in one sentence: "3 of 5 customers rated ‘Pay’ −1 or lower; 4 quotes,
    /// 2 named with consent; 1 other card".
    pub summary: String,
}

/// A rating this low or lower is the step's customers saying it hurts.
pub const LOW_RATING: i8 = -1;

impl Support {
    /// All of it in one sentence, in `words`' language: "2 of 3 customers rated ‘Pay’ −1 or
    /// lower; 2 quotes, 1 named with consent; 1 other card".
    pub fn said(&self, words: &Words) -> String {
        let mut parts: Vec<String> = self
            .steps
            .iter()
            .map(|step| match step.rated {
                0 => say!(words, "evidence-step-unrated", step = step.title.as_str()),
                rated => say!(
                    words,
                    "evidence-step-rated",
                    low = step.low,
                    rated = rated,
                    step = step.title.as_str(),
                    score = u32::from(LOW_RATING.unsigned_abs())
                ),
            })
            .collect();
        if self.quotes > 0 {
            parts.push(say!(
                words,
                "evidence-quotes",
                quotes = self.quotes,
                named = self.quotes_by_name
            ));
        }
        if self.other_cards > 0 {
            parts.push(say!(
                words,
                "evidence-other-cards",
                cards = self.other_cards
            ));
        }
        parts.join(&words.say("evidence-separator", &[]))
    }
}

/// Each opportunity of `board` that has evidence still on the board, counted and said.
pub(crate) fn support(board: &Board) -> Vec<Support> {
    let mut opportunities: Vec<CardId> = Vec::new();
    for link in &board.evidence {
        if !opportunities.contains(&link.opportunity_id) {
            opportunities.push(link.opportunity_id);
        }
    }
    opportunities
        .into_iter()
        .map(|opportunity| {
            let mut support = Support {
                opportunity_id: opportunity,
                count: 0,
                quotes: 0,
                quotes_by_name: 0,
                other_cards: 0,
                steps: Vec::new(),
                summary: String::new(),
            };
            let links = board
                .evidence
                .iter()
                .filter(|l| l.opportunity_id == opportunity);
            for link in links {
                support.count += 1;
                match link.evidence {
                    EvidenceItem::Card(id) => match board.cards.iter().find(|c| c.id == id) {
                        Some(card) if card.draft.kind == CardKind::Quote => {
                            support.quotes += 1;
                            support.quotes_by_name += u32::from(card.credited_by_name);
                        }
                        _ => support.other_cards += 1,
                    },
                    EvidenceItem::Step(step_id) => {
                        let scores = board
                            .ratings
                            .iter()
                            .filter(|r| r.step_id == step_id && r.curve == Curve::Rated);
                        let (low, rated) = scores.fold((0, 0), |(low, all), r| {
                            (low + u32::from(r.score <= LOW_RATING), all + 1)
                        });
                        let title = board
                            .steps()
                            .find(|s| s.id == step_id)
                            .map_or("", |s| s.title.as_str());
                        support.steps.push(StepSupport {
                            step_id,
                            title: title.to_owned(),
                            low,
                            rated,
                        });
                    }
                }
            }
            // The window's language replaces it on its way there (the shell knows it).
            support.summary = support.said(Words::of(Language::En));
            support
        })
        .collect()
}

/// The links of the opportunities on `board` to what is still on it.
pub(super) fn links_on_board(store: &Store, board: BoardId) -> Result<Vec<EvidenceLink>> {
    let mut statement = store.read().prepare_cached(
        "SELECT e.opportunity_id, e.card_id, e.step_id FROM evidence e
         JOIN cards o ON o.id = e.opportunity_id
         JOIN lanes l ON l.id = o.lane_id
         LEFT JOIN cards c ON c.id = e.card_id
         LEFT JOIN steps s ON s.id = e.step_id
         WHERE l.board_id = ?1 AND o.deleted_at IS NULL
           AND (c.id IS NULL OR c.deleted_at IS NULL) AND (s.id IS NULL OR s.deleted_at IS NULL)
         ORDER BY e.created_at, e.rowid",
    )?;
    let rows = statement.query_map([board], |r| {
        let card: Option<CardId> = r.get(1)?;
        let step: Option<StepId> = r.get(2)?;
        Ok((r.get(0)?, card, step))
    })?;
    let mut links = Vec::new();
    for row in rows {
        let (opportunity_id, card, step) = row?;
        let evidence = match (card, step) {
            (Some(card), _) => EvidenceItem::Card(card),
            (None, Some(step)) => EvidenceItem::Step(step),
            (None, None) => continue,
        };
        links.push(EvidenceLink {
            opportunity_id,
            evidence,
        });
    }
    Ok(links)
}

impl Store {
    /// Links `evidence` to `opportunity`; what is already linked stays linked once.
    pub fn link_evidence(
        &mut self,
        opportunity: CardId,
        evidence: &[EvidenceItem],
        now: Timestamp,
    ) -> Result<()> {
        self.check_evidence(opportunity, evidence)?;
        self.write(|tx| {
            for item in evidence {
                insert_link(tx, opportunity, *item, now)?;
            }
            Ok(())
        })
    }

    /// Takes `evidence` away from `opportunity`.
    pub fn unlink_evidence(
        &mut self,
        opportunity: CardId,
        evidence: &[EvidenceItem],
    ) -> Result<()> {
        self.write(|tx| {
            for item in evidence {
                let (card, step) = columns(*item);
                tx.execute(
                    "DELETE FROM evidence WHERE opportunity_id = ?1
                     AND card_id IS ?2 AND step_id IS ?3",
                    params![opportunity, card, step],
                )?;
            }
            Ok(())
        })
    }

    /// Evidence supports an opportunity on its own board, and is not the opportunity itself.
    fn check_evidence(&self, opportunity: CardId, evidence: &[EvidenceItem]) -> Result<()> {
        let card = self.card(opportunity)?;
        if card.draft.kind != CardKind::Opportunity {
            return Err(Error::Invalid {
                field: Field::Evidence,
                reason: crate::phrase!("reason-evidence-for-opportunities"),
            });
        }
        let board = self.board_of_step(card.step_id)?;
        for item in evidence {
            let on = match *item {
                EvidenceItem::Card(id) if id == opportunity => {
                    return Err(Error::Invalid {
                        field: Field::Evidence,
                        reason: crate::phrase!("reason-own-evidence"),
                    });
                }
                EvidenceItem::Card(id) => self.board_of_step(self.card(id)?.step_id)?,
                EvidenceItem::Step(id) => self.board_of_step(id)?,
            };
            if on != board {
                return Err(Error::Invalid {
                    field: Field::Evidence,
                    reason: crate::phrase!("reason-evidence-from-its-board"),
                });
            }
        }
        Ok(())
    }
}

/// Writes one link inside the caller's transaction (a copy, an import); a link already there
/// stays as it is.
pub(crate) fn insert_link(
    tx: &rusqlite::Transaction<'_>,
    opportunity: CardId,
    evidence: EvidenceItem,
    now: Timestamp,
) -> Result<()> {
    let (card, step) = columns(evidence);
    tx.execute(
        "INSERT OR IGNORE INTO evidence (opportunity_id, card_id, step_id, created_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![opportunity, card, step, now.0],
    )?;
    Ok(())
}

fn columns(evidence: EvidenceItem) -> (Option<CardId>, Option<StepId>) {
    match evidence {
        EvidenceItem::Card(card) => (Some(card), None),
        EvidenceItem::Step(step) => (None, Some(step)),
    }
}
