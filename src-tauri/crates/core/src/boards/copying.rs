//! Copying a board: a duplicate to try something on, or the to-be journey started from an
//! as-is one, which remembers, step by step, where each step came from.

use std::collections::HashMap;

use rusqlite::params;

use super::evidence::{EvidenceItem, insert_link};
use super::{BoardDraft, Curve, JourneyBoard};
use crate::error::{Field, Result};
use crate::ids::{BoardId, CardId, LaneId, StepId};
use crate::order_key::OrderKey;
use crate::store::Store;
use crate::text::{self, Limit};
use crate::time::Timestamp;

/// What a copy is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copy {
    /// Everything on it, customers' ratings too, named "… (copy)".
    Duplicate,
    /// The to-be journey: the same frame, cards and the team's curves, named "… (to-be)";
    /// customers rate it afresh, in its own room.
    ToBe,
}

impl Store {
    /// Copies a board with everything on it, named "… (copy)", right after the original.
    pub fn duplicate_board(&mut self, id: BoardId, now: Timestamp) -> Result<BoardId> {
        self.copy_board(id, Copy::Duplicate, now)
    }

    /// Starts the to-be journey from the as-is board `id`: a copy right after it that
    /// remembers the board and each step it came from, without the customers' ratings.
    pub fn start_to_be(&mut self, id: BoardId, now: Timestamp) -> Result<BoardId> {
        self.copy_board(id, Copy::ToBe, now)
    }

    fn copy_board(&mut self, id: BoardId, copy: Copy, now: Timestamp) -> Result<BoardId> {
        let original = self.board(id)?;
        let next: Option<OrderKey> = self.read().query_row(
            "SELECT min(order_key) FROM journey_boards
             WHERE workshop_id = ?1 AND deleted_at IS NULL AND order_key > ?2",
            params![original.board.workshop_id, original.board.order_key],
            |r| r.get(0),
        )?;
        let suffix = match copy {
            Copy::Duplicate => "copy",
            Copy::ToBe => "to-be",
        };
        let title = format!("{} ({suffix})", original.board.draft.title);
        let board = JourneyBoard {
            id: BoardId::new(),
            draft: BoardDraft {
                // A title at its limit keeps its own words rather than refusing the copy.
                title: text::required(Field::BoardTitle, &title, Limit::Line)
                    .unwrap_or(original.board.draft.title.clone()),
                ..original.board.draft.clone()
            },
            based_on: (copy == Copy::ToBe).then_some(id),
            order_key: OrderKey::between(Some(&original.board.order_key), next.as_ref())?,
            created_at: now,
            updated_at: now,
            ..original.board.clone()
        };
        self.write(|tx| {
            super::insert_board(tx, &board)?;
            let mut steps: HashMap<StepId, StepId> = HashMap::new();
            for stage in &original.stages {
                let new_stage =
                    super::insert_stage(tx, board.id, &stage.order_key, &stage.title, now)?;
                for step in &stage.steps {
                    let new_step = super::insert_step(
                        tx,
                        new_stage,
                        &step.order_key,
                        &step.title,
                        step.is_moment_of_truth,
                        now,
                    )?;
                    if copy == Copy::ToBe {
                        super::set_step_origin(tx, new_step, step.id)?;
                    }
                    steps.insert(step.id, new_step);
                }
            }
            let mut lanes: HashMap<LaneId, LaneId> = HashMap::new();
            for lane in &original.lanes {
                let new_lane =
                    super::insert_lane(tx, board.id, &lane.order_key, lane.kind, &lane.title, now)?;
                if lane.is_hidden {
                    super::hide_lane(tx, new_lane)?;
                }
                lanes.insert(lane.id, new_lane);
            }
            let mut cards: HashMap<CardId, CardId> = HashMap::new();
            for card in &original.cards {
                if let (Some(&step), Some(&lane)) =
                    (steps.get(&card.step_id), lanes.get(&card.lane_id))
                {
                    let new_card =
                        super::insert_card(tx, (step, lane), &card.order_key, &card.draft, now)?;
                    cards.insert(card.id, new_card);
                }
            }
            for rating in &original.ratings {
                if copy == Copy::ToBe && rating.curve == Curve::Rated {
                    continue;
                }
                if let Some(&step) = steps.get(&rating.step_id) {
                    super::insert_rating(
                        tx,
                        step,
                        rating.curve,
                        rating.score,
                        rating.participant_id,
                        now,
                    )?;
                }
            }
            for link in &original.evidence {
                let evidence = match link.evidence {
                    EvidenceItem::Card(card) => cards.get(&card).map(|&c| EvidenceItem::Card(c)),
                    // A to-be step's ratings are of the redesign: they would argue against the
                    // opportunity they were meant to support, so a to-be copy leaves them out.
                    EvidenceItem::Step(_) if copy == Copy::ToBe => None,
                    EvidenceItem::Step(step) => steps.get(&step).map(|&s| EvidenceItem::Step(s)),
                };
                if let (Some(&opportunity), Some(evidence)) =
                    (cards.get(&link.opportunity_id), evidence)
                {
                    insert_link(tx, opportunity, evidence, now)?;
                }
            }
            Ok(())
        })?;
        Ok(board.id)
    }
}
