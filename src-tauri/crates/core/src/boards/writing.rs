//! Writing a board's parts inside a transaction the caller owns: a board from a template, a
//! copy or a workshop file is then one change, all or nothing.

use rusqlite::{Transaction, params};

use super::{CardDraft, Curve, JourneyBoard, LaneKind, SCORE_RANGE};
use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, CardId, LaneId, ParticipantId, PersonaId, RatingId, StageId, StepId};
use crate::order_key::OrderKey;
use crate::text::{self, Limit};
use crate::time::Timestamp;

/// Writes a new board with its personas; the caller owns the transaction, so a whole board
/// can be one change.
pub(crate) fn insert_board(tx: &Transaction<'_>, b: &JourneyBoard) -> Result<()> {
    tx.execute(
        "INSERT INTO journey_boards (id, workshop_id, based_on, order_key, title, scenario,
            expectations, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            b.id,
            b.workshop_id,
            b.based_on,
            b.order_key,
            b.draft.title,
            b.draft.scenario,
            b.draft.expectations,
            b.created_at.0,
            b.updated_at.0
        ],
    )?;
    set_board_personas(tx, b.id, &b.draft.persona_ids)
}

/// Replaces the personas `board` follows with `personas`, in their order.
pub(crate) fn set_board_personas(
    tx: &Transaction<'_>,
    board: BoardId,
    personas: &[PersonaId],
) -> Result<()> {
    tx.execute("DELETE FROM board_personas WHERE board_id = ?1", [board])?;
    for (position, persona) in personas.iter().enumerate() {
        tx.execute(
            "INSERT INTO board_personas (board_id, persona_id, position) VALUES (?1, ?2, ?3)",
            params![board, persona, i64::try_from(position).unwrap_or(i64::MAX)],
        )?;
    }
    Ok(())
}

/// Remembers that the to-be `board` started from the as-is board `origin`.
pub(crate) fn set_board_origin(
    tx: &Transaction<'_>,
    board: BoardId,
    origin: BoardId,
) -> Result<()> {
    tx.execute(
        "UPDATE journey_boards SET based_on = ?2 WHERE id = ?1",
        params![board, origin],
    )?;
    Ok(())
}

/// Remembers that `step` of a to-be board was copied from `origin`.
pub(crate) fn set_step_origin(tx: &Transaction<'_>, step: StepId, origin: StepId) -> Result<()> {
    tx.execute(
        "UPDATE steps SET based_on = ?2 WHERE id = ?1",
        params![step, origin],
    )?;
    Ok(())
}

/// Writes a stage at `position` on `board`.
pub(crate) fn insert_stage(
    tx: &Transaction<'_>,
    board: BoardId,
    position: &OrderKey,
    title: &str,
    now: Timestamp,
) -> Result<StageId> {
    let id = StageId::new();
    tx.execute(
        "INSERT INTO stages (id, board_id, order_key, title, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            id,
            board,
            position,
            text::required(Field::StageTitle, title, Limit::Line)?,
            now.0
        ],
    )?;
    Ok(id)
}

/// Writes a step at `position` in `stage`.
pub(crate) fn insert_step(
    tx: &Transaction<'_>,
    stage: StageId,
    position: &OrderKey,
    title: &str,
    is_moment_of_truth: bool,
    now: Timestamp,
) -> Result<StepId> {
    let id = StepId::new();
    tx.execute(
        "INSERT INTO steps (id, stage_id, order_key, title, is_moment_of_truth, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id, stage, position, text::required(Field::StepTitle, title, Limit::Line)?,
            is_moment_of_truth, now.0],
    )?;
    Ok(id)
}

/// Writes a lane at `position` on `board`.
pub(crate) fn insert_lane(
    tx: &Transaction<'_>,
    board: BoardId,
    position: &OrderKey,
    kind: LaneKind,
    title: &str,
    now: Timestamp,
) -> Result<LaneId> {
    let id = LaneId::new();
    tx.execute(
        "INSERT INTO lanes (id, board_id, order_key, kind, title, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            id,
            board,
            position,
            kind,
            text::required(Field::LaneTitle, title, Limit::Line)?,
            now.0
        ],
    )?;
    Ok(id)
}

/// Hides a lane written in the same transaction.
pub(crate) fn hide_lane(tx: &Transaction<'_>, lane: LaneId) -> Result<()> {
    tx.execute("UPDATE lanes SET is_hidden = 1 WHERE id = ?1", [lane])?;
    Ok(())
}

/// Writes a card at `position` in the cell (`step`, `lane`).
pub(crate) fn insert_card(
    tx: &Transaction<'_>,
    (step, lane): (StepId, LaneId),
    position: &OrderKey,
    card: &CardDraft,
    now: Timestamp,
) -> Result<CardId> {
    let id = CardId::new();
    let card = card.validated()?;
    tx.execute(
        "INSERT INTO cards (id, step_id, lane_id, order_key, text, kind, source, author_id,
            owner, metric, target, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            id,
            step,
            lane,
            position,
            card.text,
            card.kind,
            card.source,
            card.author_id,
            card.owner,
            card.metric,
            card.target,
            card.status,
            now.0
        ],
    )?;
    Ok(id)
}

/// Writes one point of an emotion curve.
pub(crate) fn insert_rating(
    tx: &Transaction<'_>,
    step: StepId,
    curve: Curve,
    score: i8,
    participant: Option<ParticipantId>,
    now: Timestamp,
) -> Result<RatingId> {
    if !SCORE_RANGE.contains(&score) {
        return Err(Error::Invalid {
            field: Field::EmotionScore,
            reason: crate::phrase!("reason-score-out-of-range", score = score),
        });
    }
    let id = RatingId::new();
    tx.execute(
        "INSERT INTO emotion_ratings (id, step_id, curve, score, participant_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id, step, curve, score, participant, now.0],
    )?;
    Ok(id)
}
