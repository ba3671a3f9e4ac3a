//! A whole board as the editor shows it, read in a handful of queries.

use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::emotions::{self, EmotionRating, StepEmotions};
use super::evidence::{self, EvidenceLink, Support};
use super::{BoardDraft, CardDraft, JourneyBoard, LaneKind};
use crate::error::{Error, Result};
use crate::ids::{BoardId, CardId, LaneId, ParticipantId, PersonaId, StageId, StepId};
use crate::order_key::OrderKey;
use crate::store::Store;
use crate::time::Timestamp;

/// A stage of the journey and its steps, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Stage {
    pub id: StageId,
    pub title: String,
    pub order_key: OrderKey,
    pub steps: Vec<Step>,
}

/// A step: one column of the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub id: StepId,
    pub stage_id: StageId,
    pub title: String,
    pub order_key: OrderKey,
    pub is_moment_of_truth: bool,
    /// On a to-be board: the as-is step it was copied from.
    pub based_on: Option<StepId>,
}

/// A lane: one row of the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Lane {
    pub id: LaneId,
    pub kind: LaneKind,
    pub title: String,
    pub order_key: OrderKey,
    pub is_hidden: bool,
}

/// A card in the cell (step, lane).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Card {
    pub id: CardId,
    pub step_id: StepId,
    pub lane_id: LaneId,
    pub order_key: OrderKey,
    #[serde(flatten)]
    pub draft: CardDraft,
    /// Who the card is credited to, as people who were not in the room may see it
    /// ([`super::credit`]): the same words on the board, the projector and in the PDF.
    pub credit: super::Credit,
    /// Whether [`Card::credit`] names its author (with their consent, for a customer).
    pub credited_by_name: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Everything on a board. Cards are in cell order (step, lane, position).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Board {
    #[serde(flatten)]
    pub board: JourneyBoard,
    pub stages: Vec<Stage>,
    pub lanes: Vec<Lane>,
    pub cards: Vec<Card>,
    pub ratings: Vec<EmotionRating>,
    /// The three curves at each step, in step order, with the rated curve of each of the
    /// board's personas.
    pub emotions: Vec<StepEmotions>,
    /// What supports each opportunity: cards and steps, linked by the facilitator.
    pub evidence: Vec<EvidenceLink>,
    /// Each opportunity that has evidence, with it counted and said in words.
    pub support: Vec<Support>,
}

impl Board {
    /// The steps left to right, across all stages.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.stages.iter().flat_map(|s| s.steps.iter())
    }
}

/// The columns [`board_from_row`] reads, from `journey_boards` aliased `b`.
macro_rules! board_columns {
    () => {
        "b.id, b.workshop_id, b.based_on, b.title, b.scenario,
    b.expectations, b.order_key, b.created_at, b.updated_at"
    };
}
pub(crate) use board_columns;

/// A board from [`board_columns`], starting at column `at`.
pub(crate) fn board_from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<JourneyBoard> {
    Ok(JourneyBoard {
        id: row.get(at)?,
        workshop_id: row.get(at + 1)?,
        draft: BoardDraft {
            // Read apart, from `board_personas` ([`Store::board_personas`]).
            persona_ids: Vec::new(),
            title: row.get(at + 3)?,
            scenario: row.get(at + 4)?,
            expectations: row.get(at + 5)?,
        },
        based_on: row.get(at + 2)?,
        order_key: row.get(at + 6)?,
        created_at: Timestamp(row.get(at + 7)?),
        updated_at: Timestamp(row.get(at + 8)?),
    })
}

/// The columns [`card_from_row`] reads, from `cards` aliased `c`.
macro_rules! card_columns {
    () => {
        "c.id, c.step_id, c.lane_id, c.order_key, c.text, c.kind,
    c.source, c.author_id, c.owner, c.metric, c.created_at, c.updated_at,
    a.name, a.kind, a.quote_by_name, c.target, c.status"
    };
}
pub(crate) use card_columns;
/// The cards, each with its author while they are in the workshop (for its credit).
macro_rules! cards_with_authors {
    () => {
        "cards c LEFT JOIN participants a ON a.id = c.author_id AND a.deleted_at IS NULL"
    };
}
pub(crate) use cards_with_authors;

/// A card from [`card_columns`].
pub(crate) fn card_from_row(r: &Row<'_>) -> rusqlite::Result<Card> {
    let source = r.get(6)?;
    let author = r
        .get::<_, Option<String>>(12)?
        .map(|name| -> rusqlite::Result<_> { Ok((name, r.get(13)?, r.get(14)?)) })
        .transpose()?;
    let author = author
        .as_ref()
        .map(|(name, kind, consent)| (name.as_str(), *kind, *consent));
    Ok(Card {
        id: r.get(0)?,
        step_id: r.get(1)?,
        lane_id: r.get(2)?,
        order_key: r.get(3)?,
        draft: CardDraft {
            text: r.get(4)?,
            kind: r.get(5)?,
            source: r.get(6)?,
            author_id: r.get(7)?,
            owner: r.get(8)?,
            metric: r.get(9)?,
            target: r.get(15)?,
            status: r.get(16)?,
        },
        credit: super::credit(source, author),
        credited_by_name: super::credited_by_name(source, author),
        created_at: Timestamp(r.get(10)?),
        updated_at: Timestamp(r.get(11)?),
    })
}

impl Store {
    /// The journey board itself.
    pub fn journey_board(&self, id: BoardId) -> Result<JourneyBoard> {
        self.read()
            .query_row(
                concat!(
                    "SELECT ",
                    board_columns!(),
                    " FROM journey_boards b WHERE b.id = ?1 AND b.deleted_at IS NULL"
                ),
                [id],
                |row| board_from_row(row, 0),
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "board" })
            .and_then(|mut board| {
                board.draft.persona_ids = self
                    .board_personas(id)?
                    .into_iter()
                    .map(|(persona, _)| persona)
                    .collect();
                Ok(board)
            })
    }

    /// How many votes each card of a board has; cards without votes are left out.
    pub fn card_votes(&self, board: BoardId) -> Result<std::collections::HashMap<CardId, u32>> {
        self.read()
            .prepare_cached(
                "SELECT v.card_id, COUNT(*) FROM votes v
                 JOIN cards c ON c.id = v.card_id
                 JOIN steps s ON s.id = c.step_id
                 JOIN stages g ON g.id = s.stage_id
                 WHERE g.board_id = ?1 AND c.deleted_at IS NULL
                 GROUP BY v.card_id",
            )?
            .query_map([board], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()
            .map_err(Error::from)
    }

    /// Each dot on a card of `board`: the card, and who put it there.
    pub fn votes_on(&self, board: BoardId) -> Result<Vec<(CardId, Option<ParticipantId>)>> {
        self.read()
            .prepare_cached(
                "SELECT v.card_id, v.participant_id FROM votes v
                 JOIN cards c ON c.id = v.card_id
                 JOIN steps s ON s.id = c.step_id
                 JOIN stages g ON g.id = s.stage_id
                 WHERE g.board_id = ?1 AND c.deleted_at IS NULL
                 ORDER BY v.created_at, v.id",
            )?
            .query_map([board], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()
            .map_err(Error::from)
    }

    /// A whole board: its stages and steps, lanes, cards and emotion curves.
    pub fn board(&self, id: BoardId) -> Result<Board> {
        let board = self.journey_board(id)?;
        let conn = self.read();

        let mut stages: Vec<Stage> = conn
            .prepare_cached(
                "SELECT id, title, order_key FROM stages
                 WHERE board_id = ?1 AND deleted_at IS NULL ORDER BY order_key",
            )?
            .query_map([id], |r| {
                Ok(Stage {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    order_key: r.get(2)?,
                    steps: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut steps = conn.prepare_cached(
            "SELECT s.id, s.stage_id, s.title, s.order_key, s.is_moment_of_truth, s.based_on
             FROM steps s JOIN stages g ON g.id = s.stage_id
             WHERE g.board_id = ?1 AND s.deleted_at IS NULL AND g.deleted_at IS NULL
             ORDER BY s.order_key",
        )?;
        for step in steps.query_map([id], |r| {
            Ok(Step {
                id: r.get(0)?,
                stage_id: r.get(1)?,
                title: r.get(2)?,
                order_key: r.get(3)?,
                is_moment_of_truth: r.get(4)?,
                based_on: r.get(5)?,
            })
        })? {
            let step = step?;
            if let Some(stage) = stages.iter_mut().find(|s| s.id == step.stage_id) {
                stage.steps.push(step);
            }
        }

        let lanes = conn
            .prepare_cached(
                "SELECT id, kind, title, order_key, is_hidden FROM lanes
                 WHERE board_id = ?1 AND deleted_at IS NULL ORDER BY order_key",
            )?
            .query_map([id], |r| {
                Ok(Lane {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    title: r.get(2)?,
                    order_key: r.get(3)?,
                    is_hidden: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let cards = conn
            .prepare_cached(concat!(
                "SELECT ",
                card_columns!(),
                " FROM ",
                cards_with_authors!(),
                " JOIN lanes l ON l.id = c.lane_id
                 JOIN steps s ON s.id = c.step_id JOIN stages g ON g.id = s.stage_id
                 WHERE l.board_id = ?1 AND c.deleted_at IS NULL AND l.deleted_at IS NULL
                   AND s.deleted_at IS NULL AND g.deleted_at IS NULL
                 ORDER BY c.step_id, c.lane_id, c.order_key"
            ))?
            .query_map([id], card_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let ratings = emotions::ratings_on_board(self, id)?;
        let step_ids: Vec<StepId> = stages
            .iter()
            .flat_map(|s| s.steps.iter().map(|t| t.id))
            .collect();
        let segments = self.segments(&board)?;
        let emotions = emotions::summarise(&step_ids, &ratings, &segments);
        let evidence = evidence::links_on_board(self, id)?;
        let cards_kept: std::collections::HashMap<CardId, super::CardKind> =
            cards.iter().map(|c| (c.id, c.draft.kind)).collect();
        let steps_kept: std::collections::HashSet<StepId> = step_ids.iter().copied().collect();
        // Only what is on the board now counts: an opportunity (still one) and its evidence on
        // steps, stages and lanes nobody deleted; the rest comes back with an undo.
        let evidence = evidence
            .into_iter()
            .filter(|link| {
                cards_kept.get(&link.opportunity_id) == Some(&super::CardKind::Opportunity)
                    && match link.evidence {
                        evidence::EvidenceItem::Card(card) => cards_kept.contains_key(&card),
                        evidence::EvidenceItem::Step(step) => steps_kept.contains(&step),
                    }
            })
            .collect();
        let mut whole = Board {
            board,
            stages,
            lanes,
            cards,
            ratings,
            emotions,
            evidence,
            support: Vec::new(),
        };
        whole.support = evidence::support(&whole);
        Ok(whole)
    }

    /// The board's personas, each with the participants who said they are most like it.
    fn segments(&self, board: &JourneyBoard) -> Result<Vec<(PersonaId, Vec<ParticipantId>)>> {
        let mut members = self.read().prepare_cached(
            "SELECT id FROM participants WHERE persona_id = ?1 AND deleted_at IS NULL",
        )?;
        board
            .draft
            .persona_ids
            .iter()
            .map(|&persona| {
                let who = members
                    .query_map([persona], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok((persona, who))
            })
            .collect()
    }

    /// Checks that a step belongs to a board, for operations that take both.
    pub(crate) fn board_of_step(&self, step: StepId) -> Result<BoardId> {
        self.read()
            .query_row(
                "SELECT g.board_id FROM steps s JOIN stages g ON g.id = s.stage_id
                 WHERE s.id = ?1 AND s.deleted_at IS NULL AND g.deleted_at IS NULL",
                params![step],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "step" })
    }
}
