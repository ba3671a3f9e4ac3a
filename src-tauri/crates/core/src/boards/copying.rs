//! Duplicating a board: an as-is journey becomes the start of a to-be one.

use std::collections::HashMap;

use rusqlite::params;

use super::{BoardDraft, JourneyBoard};
use crate::error::Result;
use crate::ids::{BoardId, CardId, LaneId, RatingId, StageId, StepId};
use crate::store::Store;
use crate::time::Timestamp;

impl Store {
    /// Copies a board with everything on it, named "… (copy)", right after the original.
    pub fn duplicate_board(&mut self, id: BoardId, now: Timestamp) -> Result<BoardId> {
        let original = self.board(id)?;
        let next: Option<crate::order_key::OrderKey> = self.read().query_row(
            "SELECT min(order_key) FROM journey_boards
             WHERE workshop_id = ?1 AND deleted_at IS NULL AND order_key > ?2",
            params![original.board.workshop_id, original.board.order_key],
            |r| r.get(0),
        )?;
        let copy_id = BoardId::new();
        let title = format!("{} (copy)", original.board.draft.title);
        let copy = JourneyBoard {
            id: copy_id,
            draft: BoardDraft {
                title: crate::text::required("The board's title", &title, crate::text::Limit::Line)
                    .unwrap_or(original.board.draft.title.clone()),
                ..original.board.draft.clone()
            },
            order_key: crate::order_key::OrderKey::between(
                Some(&original.board.order_key),
                next.as_ref(),
            )?,
            created_at: now,
            updated_at: now,
            ..original.board.clone()
        };
        self.write(|tx| {
            super::insert_board(tx, &copy)?;
            let mut steps: HashMap<StepId, StepId> = HashMap::new();
            for stage in &original.stages {
                let new_stage = StageId::new();
                tx.execute(
                    "INSERT INTO stages (id, board_id, order_key, title, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    params![new_stage, copy_id, stage.order_key, stage.title, now.0],
                )?;
                for step in &stage.steps {
                    let new_step = StepId::new();
                    tx.execute(
                        "INSERT INTO steps (id, stage_id, order_key, title, is_moment_of_truth, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                        params![new_step, new_stage, step.order_key, step.title, step.is_moment_of_truth, now.0],
                    )?;
                    steps.insert(step.id, new_step);
                }
            }
            let mut lanes: HashMap<LaneId, LaneId> = HashMap::new();
            for lane in &original.lanes {
                let new_lane = LaneId::new();
                tx.execute(
                    "INSERT INTO lanes (id, board_id, order_key, kind, title, is_hidden, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![new_lane, copy_id, lane.order_key, lane.kind, lane.title, lane.is_hidden, now.0],
                )?;
                lanes.insert(lane.id, new_lane);
            }
            for card in &original.cards {
                if let (Some(step), Some(lane)) = (steps.get(&card.step_id), lanes.get(&card.lane_id)) {
                    let d = &card.draft;
                    tx.execute(
                        "INSERT INTO cards (id, step_id, lane_id, order_key, text, kind, source, author_id,
                            owner, metric, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                        params![CardId::new(), step, lane, card.order_key, d.text, d.kind, d.source,
                            d.author_id, d.owner, d.metric, now.0],
                    )?;
                }
            }
            for rating in &original.ratings {
                if let Some(step) = steps.get(&rating.step_id) {
                    tx.execute(
                        "INSERT INTO emotion_ratings (id, step_id, curve, score, participant_id, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                        params![RatingId::new(), step, rating.curve, rating.score, rating.participant_id, now.0],
                    )?;
                }
            }
            Ok(())
        })?;
        Ok(copy_id)
    }
}
