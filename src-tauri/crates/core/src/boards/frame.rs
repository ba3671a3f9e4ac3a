//! The board's frame: stages and their steps across, lanes down. Adding, renaming,
//! reordering, hiding and deleting (undoably) all keep every other item's position.

use rusqlite::{ToSql, params};

use super::LaneKind;
use crate::error::{Error, Field, Result, Thing};
use crate::ids::{BoardId, LaneId, StageId, StepId};
use crate::order_key::OrderKey;
use crate::store::{Store, Undoable};
use crate::text::{self, Limit};
use crate::time::Timestamp;

const STAGES_ON_BOARD: &str = "SELECT id, order_key FROM stages WHERE board_id = ?1 AND deleted_at IS NULL ORDER BY order_key";
const STEPS_IN_STAGE: &str =
    "SELECT id, order_key FROM steps WHERE stage_id = ?1 AND deleted_at IS NULL ORDER BY order_key";
const LANES_ON_BOARD: &str =
    "SELECT id, order_key FROM lanes WHERE board_id = ?1 AND deleted_at IS NULL ORDER BY order_key";

/// A part of the frame: what the facilitator calls it, how its title is named in messages,
/// and its statements, each written out in full at compile time.
#[derive(Clone, Copy)]
struct Part {
    entity: Thing,
    title_field: Field,
    /// The id (?1) of the row it belongs to: a stage's or a lane's board, a step's stage.
    parent: &'static str,
    /// Sets the title (?2).
    retitle: &'static str,
    /// Sets the place (?2).
    reorder: &'static str,
}

/// One [`Part`] from its table and the column naming what it belongs to.
macro_rules! part {
    ($table:literal, $parent:literal, $entity:expr, $title_field:expr) => {
        Part {
            entity: $entity,
            title_field: $title_field,
            parent: concat!(
                "SELECT ",
                $parent,
                " FROM ",
                $table,
                " WHERE id = ?1 AND deleted_at IS NULL"
            ),
            retitle: concat!(
                "UPDATE ",
                $table,
                " SET title = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL"
            ),
            reorder: concat!(
                "UPDATE ",
                $table,
                " SET order_key = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL"
            ),
        }
    };
}

const STAGE: Part = part!("stages", "board_id", Thing::Stage, Field::StageTitle);
const STEP: Part = part!("steps", "stage_id", Thing::Step, Field::StepTitle);
const LANE: Part = part!("lanes", "board_id", Thing::Lane, Field::LaneTitle);

const STEP_TO_STAGE: &str = "UPDATE steps SET order_key = ?2, stage_id = ?3, updated_at = ?4 WHERE id = ?1 AND deleted_at IS NULL";
const STEP_MOMENT_OF_TRUTH: &str = "UPDATE steps SET is_moment_of_truth = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL";
const LANE_HIDDEN: &str =
    "UPDATE lanes SET is_hidden = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL";

impl Store {
    /// Adds a stage at `index` (past the end: last) with a first step, so it has a column.
    pub fn add_stage(
        &mut self,
        board: BoardId,
        title: &str,
        index: usize,
        now: Timestamp,
    ) -> Result<StageId> {
        self.journey_board(board)?;
        let key = self
            .keys_at(STAGES_ON_BOARD, &[&board], &[], index, 1)?
            .remove(0);
        self.write(|tx| {
            let stage = super::insert_stage(tx, board, &key, title, now)?;
            super::insert_step(tx, stage, &OrderKey::first(), "First step", false, now)?;
            Ok(stage)
        })
    }

    /// Adds a step at `index` in `stage`.
    pub fn add_step(
        &mut self,
        stage: StageId,
        title: &str,
        index: usize,
        now: Timestamp,
    ) -> Result<StepId> {
        let _: BoardId = self.parent_of(STAGE, &stage)?;
        let key = self
            .keys_at(STEPS_IN_STAGE, &[&stage], &[], index, 1)?
            .remove(0);
        self.write(|tx| super::insert_step(tx, stage, &key, title, false, now))
    }

    /// Adds a lane at `index`.
    pub fn add_lane(
        &mut self,
        board: BoardId,
        kind: LaneKind,
        title: &str,
        index: usize,
        now: Timestamp,
    ) -> Result<LaneId> {
        self.journey_board(board)?;
        let key = self
            .keys_at(LANES_ON_BOARD, &[&board], &[], index, 1)?
            .remove(0);
        self.write(|tx| super::insert_lane(tx, board, &key, kind, title, now))
    }

    pub fn rename_stage(&mut self, id: StageId, title: &str, now: Timestamp) -> Result<()> {
        self.retitle(STAGE, &id, title, now)
    }

    pub fn rename_step(&mut self, id: StepId, title: &str, now: Timestamp) -> Result<()> {
        self.retitle(STEP, &id, title, now)
    }

    pub fn rename_lane(&mut self, id: LaneId, title: &str, now: Timestamp) -> Result<()> {
        self.retitle(LANE, &id, title, now)
    }

    /// Moves a stage, with its steps, to `index`.
    pub fn move_stage(&mut self, id: StageId, index: usize, now: Timestamp) -> Result<()> {
        let board: BoardId = self.parent_of(STAGE, &id)?;
        let key = self
            .keys_at(STAGES_ON_BOARD, &[&board], &[id.to_string()], index, 1)?
            .remove(0);
        self.update_one(STAGE, STAGE.reorder, &id, &key, now)
    }

    /// Moves a step to `index` in `stage`, which may be another stage of the same board.
    pub fn move_step(
        &mut self,
        id: StepId,
        stage: StageId,
        index: usize,
        now: Timestamp,
    ) -> Result<()> {
        let from: StageId = self.parent_of(STEP, &id)?;
        let board_from: BoardId = self.parent_of(STAGE, &from)?;
        let board_to: BoardId = self.parent_of(STAGE, &stage)?;
        if board_from != board_to {
            return Err(Error::Invalid {
                field: Field::Step,
                reason: crate::phrase!("reason-steps-stay-on-their-board"),
            });
        }
        let key = self
            .keys_at(STEPS_IN_STAGE, &[&stage], &[id.to_string()], index, 1)?
            .remove(0);
        self.write(|tx| {
            tx.execute(STEP_TO_STAGE, params![id, key, stage, now.0])?;
            Ok(())
        })
    }

    /// Moves a lane to `index`.
    pub fn move_lane(&mut self, id: LaneId, index: usize, now: Timestamp) -> Result<()> {
        let board: BoardId = self.parent_of(LANE, &id)?;
        let key = self
            .keys_at(LANES_ON_BOARD, &[&board], &[id.to_string()], index, 1)?
            .remove(0);
        self.update_one(LANE, LANE.reorder, &id, &key, now)
    }

    /// Marks a step as a moment of truth, or not.
    pub fn set_moment_of_truth(
        &mut self,
        id: StepId,
        is_moment_of_truth: bool,
        now: Timestamp,
    ) -> Result<()> {
        self.update_one(STEP, STEP_MOMENT_OF_TRUTH, &id, &is_moment_of_truth, now)
    }

    /// Hides a lane from the board (its cards stay), or shows it again.
    pub fn set_lane_hidden(&mut self, id: LaneId, is_hidden: bool, now: Timestamp) -> Result<()> {
        self.update_one(LANE, LANE_HIDDEN, &id, &is_hidden, now)
    }

    /// Deletes a stage with its steps and their cards, undoably until the store next opens.
    pub fn delete_stage(&mut self, id: StageId, now: Timestamp) -> Result<()> {
        self.set_deleted(Undoable::Stages, &id, Some(now))
    }

    pub fn restore_stage(&mut self, id: StageId) -> Result<()> {
        self.set_deleted(Undoable::Stages, &id, None)
    }

    /// Deletes a step and its cards, undoably. The last step of a stage stays: a stage
    /// without a column could not be seen to be deleted or filled again.
    pub fn delete_step(&mut self, id: StepId, now: Timestamp) -> Result<()> {
        let stage: StageId = self.parent_of(STEP, &id)?;
        let siblings: i64 = self.read().query_row(
            "SELECT count(*) FROM steps WHERE stage_id = ?1 AND deleted_at IS NULL",
            [stage],
            |r| r.get(0),
        )?;
        if siblings <= 1 {
            return Err(Error::Invalid {
                field: Field::Step,
                reason: crate::phrase!("reason-only-step"),
            });
        }
        self.set_deleted(Undoable::Steps, &id, Some(now))
    }

    pub fn restore_step(&mut self, id: StepId) -> Result<()> {
        self.set_deleted(Undoable::Steps, &id, None)
    }

    /// Deletes a lane and its cards, undoably.
    pub fn delete_lane(&mut self, id: LaneId, now: Timestamp) -> Result<()> {
        self.set_deleted(Undoable::Lanes, &id, Some(now))
    }

    pub fn restore_lane(&mut self, id: LaneId) -> Result<()> {
        self.set_deleted(Undoable::Lanes, &id, None)
    }

    fn parent_of<P: rusqlite::types::FromSql>(&self, part: Part, id: &dyn ToSql) -> Result<P> {
        use rusqlite::OptionalExtension;
        self.read()
            .query_row(part.parent, [id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound {
                entity: part.entity.word(),
            })
    }

    fn retitle(&mut self, part: Part, id: &dyn ToSql, title: &str, now: Timestamp) -> Result<()> {
        let title = text::required(part.title_field, title, Limit::Line)?;
        self.update_one(part, part.retitle, id, &title, now)
    }

    /// Runs `statement` (?1 the id, ?2 the value, ?3 the time) on a row that is still there.
    fn update_one(
        &mut self,
        part: Part,
        statement: &str,
        id: &dyn ToSql,
        value: &dyn ToSql,
        now: Timestamp,
    ) -> Result<()> {
        self.write(|tx| {
            if tx.execute(statement, params![id, value, now.0])? == 0 {
                return Err(Error::NotFound {
                    entity: part.entity.word(),
                });
            }
            Ok(())
        })
    }
}
