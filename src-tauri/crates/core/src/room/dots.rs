//! Dot votes from the room: on pain points, ideas and opportunities, within each person's
//! budget, taken back by their own phone only.

use rusqlite::{OptionalExtension, params};

use crate::boards::CardKind;
use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, CardId, ParticipantId};
use crate::store::Store;
use crate::time::Timestamp;

/// The cards dots may go on: what hurts, and what could be done about it.
pub const VOTABLE: [CardKind; 3] = [CardKind::PainPoint, CardKind::Opportunity, CardKind::Idea];

/// Why a card of another kind takes no dot.
pub(crate) const NOT_VOTABLE: &str = "reason-not-votable";

/// Puts one dot of `participant` (or of someone since removed) on `card`.
pub(crate) fn insert_vote(
    tx: &rusqlite::Transaction<'_>,
    card: CardId,
    participant: Option<ParticipantId>,
    now: Timestamp,
) -> Result<()> {
    tx.execute(
        "INSERT INTO votes (id, card_id, participant_id, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![uuid::Uuid::now_v7().to_string(), card, participant, now.0],
    )?;
    Ok(())
}

impl Store {
    /// The dots `participant` has put on each card of `board`.
    pub fn dots_of(
        &self,
        board: BoardId,
        participant: ParticipantId,
    ) -> Result<std::collections::HashMap<CardId, u32>> {
        self.read()
            .prepare_cached(
                "SELECT v.card_id, COUNT(*) FROM votes v JOIN cards c ON c.id = v.card_id
                 JOIN lanes l ON l.id = c.lane_id
                 WHERE l.board_id = ?1 AND v.participant_id = ?2 AND c.deleted_at IS NULL
                 GROUP BY v.card_id",
            )?
            .query_map(params![board, participant], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()
            .map_err(Error::from)
    }

    /// How many of `budget` dots `participant` has left on `board`.
    pub fn dots_left(
        &self,
        board: BoardId,
        participant: ParticipantId,
        budget: u32,
    ) -> Result<u32> {
        let spent: u32 = self.dots_of(board, participant)?.values().sum();
        Ok(budget.saturating_sub(spent))
    }

    /// Puts one of `participant`'s dots on a pain point or opportunity of `board`, within
    /// `budget`.
    pub fn cast_vote(
        &mut self,
        on_board: BoardId,
        card: CardId,
        participant: ParticipantId,
        budget: u32,
        now: Timestamp,
    ) -> Result<()> {
        let (board, kind): (BoardId, CardKind) = self
            .read()
            .query_row(
                "SELECT l.board_id, c.kind FROM cards c JOIN lanes l ON l.id = c.lane_id WHERE c.id = ?1 AND c.deleted_at IS NULL",
                [card],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .filter(|(board, _)| *board == on_board)
            .ok_or(Error::NotFound { entity: "card" })?;
        if !VOTABLE.contains(&kind) {
            return Err(Error::Invalid {
                field: Field::Vote,
                reason: crate::Phrase::of(NOT_VOTABLE),
            });
        }
        self.check_member(board, participant)?;
        if self.dots_left(board, participant, budget)? == 0 {
            return Err(Error::NoDotsLeft { budget });
        }
        self.write(|tx| insert_vote(tx, card, Some(participant), now))
    }

    /// Takes back one of the dots `participant` put on `card` (of `on_board`): the last
    /// one placed. Fails with "not found" when they have none there.
    pub fn take_vote_back(
        &mut self,
        on_board: BoardId,
        card: CardId,
        participant: ParticipantId,
    ) -> Result<()> {
        self.check_member(on_board, participant)?;
        let vote: Option<String> = self
            .read()
            .query_row(
                "SELECT v.id FROM votes v JOIN cards c ON c.id = v.card_id JOIN lanes l ON l.id = c.lane_id
                 WHERE v.card_id = ?1 AND v.participant_id = ?2 AND l.board_id = ?3
                 ORDER BY v.created_at DESC, v.id DESC LIMIT 1",
                params![card, participant, on_board],
                |r| r.get(0),
            )
            .optional()?;
        let vote = vote.ok_or(Error::NotFound { entity: "dot" })?;
        self.write(|tx| {
            tx.execute("DELETE FROM votes WHERE id = ?1", [vote])?;
            Ok(())
        })
    }
}
