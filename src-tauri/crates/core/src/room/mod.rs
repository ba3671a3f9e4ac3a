//! What the room sends, as the core keeps it: notes from phones wait for the facilitator
//! (approve, edit, reject, approve all) before they become cards; ratings count for the step
//! they rate; dot votes (`dots.rs`) on pain points, ideas and opportunities are limited to a
//! budget per participant.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::boards::cards::CARDS_IN_CELL;
use crate::boards::{CardDraft, LaneKind, Speaker, insert_card};
use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, CardId, LaneId, ParticipantId, PendingNoteId, StepId};
use crate::participants::ParticipantKind;
use crate::store::Store;
use crate::text::{self, Limit};
use crate::time::Timestamp;

mod dots;
mod segments;

pub use dots::VOTABLE;
pub(crate) use dots::{NOT_VOTABLE, insert_vote};
pub use segments::PersonaChoice;

/// A note from a phone, not yet on the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct PendingNote {
    pub id: PendingNoteId,
    pub step_id: StepId,
    pub lane_id: LaneId,
    pub participant_id: ParticipantId,
    pub text: String,
    pub created_at: Timestamp,
}

/// Where a note stands in the queue: the queue is in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct QueuePlace {
    pub created_at: Timestamp,
    pub id: PendingNoteId,
}

fn note_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PendingNote> {
    Ok(PendingNote {
        id: r.get(0)?,
        step_id: r.get(1)?,
        lane_id: r.get(2)?,
        participant_id: r.get(3)?,
        text: r.get(4)?,
        created_at: Timestamp(r.get(5)?),
    })
}

fn insert_pending(tx: &rusqlite::Transaction<'_>, note: &PendingNote, text: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO pending_notes (id, step_id, lane_id, participant_id, text, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            note.id,
            note.step_id,
            note.lane_id,
            note.participant_id,
            text,
            note.created_at.0
        ],
    )?;
    Ok(())
}

/// How many notes one person may have waiting for the facilitator at once.
pub const MAX_WAITING_EACH: usize = 20;
/// How many notes may wait on one board at once.
pub const MAX_WAITING: usize = 300;

impl Store {
    /// Checks that `participant` belongs to the workshop of `board`.
    pub(crate) fn check_member(
        &self,
        board: BoardId,
        participant: ParticipantId,
    ) -> Result<ParticipantKind> {
        self.read()
            .query_row(
                "SELECT p.kind FROM participants p JOIN journey_boards b ON b.workshop_id = p.workshop_id
                 WHERE p.id = ?1 AND b.id = ?2 AND p.deleted_at IS NULL",
                params![participant, board],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "participant" })
    }

    /// Queues a note a participant sent for the cell (`step`, `lane`) of `board`: a cell of
    /// any other board is as good as missing.
    pub fn submit_note(
        &mut self,
        board: BoardId,
        (step, lane): (StepId, LaneId),
        participant: ParticipantId,
        text: &str,
        now: Timestamp,
    ) -> Result<PendingNote> {
        if self.check_cell(step, lane)? != board {
            return Err(Error::NotFound { entity: "step" });
        }
        let author = self.check_member(board, participant)?;
        // A lane the phone is not shown (hidden, or behind the line for customers) is as
        // good as missing.
        let (kind, hidden): (LaneKind, bool) = self.read().query_row(
            "SELECT kind, is_hidden FROM lanes WHERE id = ?1",
            [lane],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if hidden || !kind.open_to(author) {
            return Err(Error::NotFound { entity: "lane" });
        }
        self.check_queue_room(board, participant)?;
        let note = PendingNote {
            id: PendingNoteId::new(),
            step_id: step,
            lane_id: lane,
            participant_id: participant,
            text: text::required(Field::Note, text, Limit::Paragraph)?,
            created_at: now,
        };
        self.write(|tx| insert_pending(tx, &note, &note.text))?;
        Ok(note)
    }

    /// Refuses a note when its writer already has [`MAX_WAITING_EACH`] waiting, or the board
    /// [`MAX_WAITING`]: the facilitator reads them one by one, and a flood would bury them.
    fn check_queue_room(&self, board: BoardId, participant: ParticipantId) -> Result<()> {
        let (all, mine): (i64, i64) = self.read().query_row(
            "SELECT count(*), count(*) FILTER (WHERE n.participant_id = ?2)
             FROM pending_notes n JOIN lanes l ON l.id = n.lane_id WHERE l.board_id = ?1",
            params![board, participant],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (all, mine) = (
            usize::try_from(all).unwrap_or(usize::MAX),
            usize::try_from(mine).unwrap_or(usize::MAX),
        );
        if mine >= MAX_WAITING_EACH {
            return Err(Error::QueueFull {
                yours: true,
                max: MAX_WAITING_EACH,
            });
        }
        if all >= MAX_WAITING {
            return Err(Error::QueueFull {
                yours: false,
                max: MAX_WAITING,
            });
        }
        Ok(())
    }

    /// The notes waiting on `board`, oldest first.
    pub fn pending_notes(&self, board: BoardId) -> Result<Vec<PendingNote>> {
        self.read()
            .prepare_cached(
                "SELECT n.id, n.step_id, n.lane_id, n.participant_id, n.text, n.created_at
                 FROM pending_notes n JOIN lanes l ON l.id = n.lane_id
                 WHERE l.board_id = ?1 ORDER BY n.created_at, n.id",
            )?
            .query_map([board], note_from_row)?
            .collect::<rusqlite::Result<_>>()
            .map_err(Error::from)
    }

    /// The notes waiting on `board` that came after the one at `place`, oldest first: the
    /// facilitator's screen catches up with what is new instead of reading the whole queue.
    pub fn pending_notes_after(
        &self,
        board: BoardId,
        place: &QueuePlace,
    ) -> Result<Vec<PendingNote>> {
        self.read()
            .prepare_cached(
                "SELECT n.id, n.step_id, n.lane_id, n.participant_id, n.text, n.created_at
                 FROM pending_notes n JOIN lanes l ON l.id = n.lane_id
                 WHERE l.board_id = ?1 AND (n.created_at, n.id) > (?2, ?3)
                 ORDER BY n.created_at, n.id",
            )?
            .query_map(params![board, place.created_at.0, place.id], note_from_row)?
            .collect::<rusqlite::Result<_>>()
            .map_err(Error::from)
    }

    fn pending_note(&self, id: PendingNoteId) -> Result<PendingNote> {
        self.read()
            .query_row(
                "SELECT id, step_id, lane_id, participant_id, text, created_at FROM pending_notes WHERE id = ?1",
                [id],
                note_from_row,
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "note" })
    }

    /// Puts a waiting note on the board as a card credited to its author, with the
    /// facilitator's `edited` text if given; the note leaves the queue in the same change.
    pub fn approve_note(
        &mut self,
        id: PendingNoteId,
        edited: Option<&str>,
        now: Timestamp,
    ) -> Result<CardId> {
        let cards = self.approve(&[(id, edited)], now)?;
        cards
            .into_iter()
            .next()
            .ok_or(Error::NotFound { entity: "note" })
    }

    /// Approves every waiting note on `board`, oldest first; the cards made.
    pub fn approve_all(&mut self, board: BoardId, now: Timestamp) -> Result<Vec<CardId>> {
        let waiting: Vec<PendingNoteId> = self
            .pending_notes(board)?
            .into_iter()
            .map(|n| n.id)
            .collect();
        self.approve_notes(&waiting, now)
    }

    /// Approves the notes `ids` as sent, in that order, in one change: all become cards or
    /// none do (an undo then takes all of them back). The cards made, in the same order.
    pub fn approve_notes(&mut self, ids: &[PendingNoteId], now: Timestamp) -> Result<Vec<CardId>> {
        let notes: Vec<(PendingNoteId, Option<&str>)> = ids.iter().map(|&id| (id, None)).collect();
        self.approve(&notes, now)
    }

    /// The card a waiting note becomes: what its writer says, by the one rule for cards
    /// ([`crate::boards::card_kind`]), in the facilitator's `edited` words if given.
    fn card_for(&self, note: &PendingNote, edited: Option<&str>) -> Result<CardDraft> {
        self.spoken(
            (note.step_id, note.lane_id),
            edited.unwrap_or(&note.text),
            Speaker::Participant(note.participant_id),
        )
    }

    /// Makes each note (with its edited text, if any) a card at the end of its cell, in the
    /// given order, and takes them out of the queue: one transaction.
    fn approve(
        &mut self,
        notes: &[(PendingNoteId, Option<&str>)],
        now: Timestamp,
    ) -> Result<Vec<CardId>> {
        let mut planned = Vec::with_capacity(notes.len());
        for &(id, edited) in notes {
            let note = self.pending_note(id)?;
            let draft = self.card_for(&note, edited)?;
            planned.push((id, (note.step_id, note.lane_id), draft));
        }
        // Each cell's new cards go one after another at its end.
        let mut keys: std::collections::HashMap<(StepId, LaneId), std::collections::VecDeque<_>> =
            std::collections::HashMap::new();
        for &(_, cell, _) in &planned {
            if keys.contains_key(&cell) {
                continue;
            }
            let count = planned.iter().filter(|(_, c, _)| *c == cell).count();
            let cell_keys =
                self.keys_at(CARDS_IN_CELL, &[&cell.0, &cell.1], &[], usize::MAX, count)?;
            keys.insert(cell, cell_keys.into());
        }
        self.write(|tx| {
            planned
                .iter()
                .map(|(id, cell, draft)| {
                    let key = keys
                        .get_mut(cell)
                        .and_then(std::collections::VecDeque::pop_front)
                        .ok_or(Error::NotFound { entity: "cell" })?;
                    let card = insert_card(tx, *cell, &key, draft, now)?;
                    tx.execute("DELETE FROM pending_notes WHERE id = ?1", [id])?;
                    Ok(card)
                })
                .collect()
        })
    }

    /// Drops a waiting note; it is returned so that [`Store::requeue_note`] can undo this.
    pub fn reject_note(&mut self, id: PendingNoteId) -> Result<PendingNote> {
        let note = self.pending_note(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM pending_notes WHERE id = ?1", [id])?;
            Ok(())
        })?;
        Ok(note)
    }

    /// Puts a rejected note back in the queue, where it was.
    pub fn requeue_note(&mut self, note: &PendingNote) -> Result<()> {
        let board = self.check_cell(note.step_id, note.lane_id)?;
        self.check_member(board, note.participant_id)?;
        let text = text::required(Field::Note, &note.text, Limit::Paragraph)?;
        self.write(|tx| insert_pending(tx, note, &text))
    }

    /// How `participant` felt at `step` of `board`, from the room: as [`Store::rate_step`],
    /// for a step of that board only.
    pub fn rate_step_on(
        &mut self,
        board: BoardId,
        step: StepId,
        participant: ParticipantId,
        score: Option<i8>,
        now: Timestamp,
    ) -> Result<()> {
        if self.board_of_step(step)? != board {
            return Err(Error::NotFound { entity: "step" });
        }
        self.rate_step(step, participant, score, now)
    }
}
