//! Cards in the cells of a board: added by keyboard capture, edited in place, moved by drag
//! and drop (several at once), deleted undoably.

use rusqlite::{OptionalExtension, params};

use super::reading::{card_columns, card_from_row, cards_with_authors};
use super::{Card, CardDraft};
use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, CardId, LaneId, StepId};
use crate::store::Store;
use crate::time::Timestamp;

pub(crate) const CARDS_IN_CELL: &str = "SELECT id, order_key FROM cards
     WHERE step_id = ?1 AND lane_id = ?2 AND deleted_at IS NULL ORDER BY order_key";

impl Store {
    /// One card.
    pub fn card(&self, id: CardId) -> Result<Card> {
        self.read()
            .query_row(
                concat!(
                    "SELECT ",
                    card_columns!(),
                    " FROM ",
                    cards_with_authors!(),
                    " WHERE c.id = ?1 AND c.deleted_at IS NULL"
                ),
                [id],
                card_from_row,
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "card" })
    }

    /// Adds a card at `index` in the cell (`step`, `lane`); past the end means last.
    pub fn add_card(
        &mut self,
        (step, lane): (StepId, LaneId),
        draft: &CardDraft,
        index: usize,
        now: Timestamp,
    ) -> Result<Card> {
        self.check_cell(step, lane)?;
        let key = self
            .keys_at(CARDS_IN_CELL, &[&step, &lane], &[], index, 1)?
            .remove(0);
        let id = self.write(|tx| super::insert_card(tx, (step, lane), &key, draft, now))?;
        self.card(id)
    }

    /// Replaces what a card says (its place stays).
    pub fn update_card(&mut self, id: CardId, draft: &CardDraft, now: Timestamp) -> Result<Card> {
        let draft = draft.validated()?;
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE cards SET text = ?2, kind = ?3, source = ?4, author_id = ?5, owner = ?6,
                    metric = ?7, target = ?8, status = ?9, updated_at = ?10
                 WHERE id = ?1 AND deleted_at IS NULL",
                params![
                    id,
                    draft.text,
                    draft.kind,
                    draft.source,
                    draft.author_id,
                    draft.owner,
                    draft.metric,
                    draft.target,
                    draft.status,
                    now.0
                ],
            )?;
            if changed == 0 {
                return Err(Error::NotFound { entity: "card" });
            }
            Ok(())
        })?;
        self.card(id)
    }

    /// Moves `cards`, keeping their order, to `index` in the cell (`step`, `lane`) of the same
    /// board. All of them move, or none does. Gives the cell's cards as they are now, in
    /// order: all a board on screen needs to show the move (the cells the cards left keep
    /// the rest of theirs in order).
    pub fn move_cards(
        &mut self,
        cards: &[CardId],
        (step, lane): (StepId, LaneId),
        index: usize,
        now: Timestamp,
    ) -> Result<Vec<Card>> {
        let board = self.check_cell(step, lane)?;
        for &card in cards {
            let from = self.card(card)?;
            if self.board_of_step(from.step_id)? != board {
                return Err(Error::Invalid {
                    field: Field::Card,
                    reason: crate::phrase!("reason-cards-stay-on-their-board"),
                });
            }
        }
        let moving: Vec<String> = cards.iter().map(ToString::to_string).collect();
        let keys = self.keys_at(CARDS_IN_CELL, &[&step, &lane], &moving, index, cards.len())?;
        self.write(|tx| {
            for (card, key) in cards.iter().zip(&keys) {
                tx.execute(
                    "UPDATE cards SET step_id = ?2, lane_id = ?3, order_key = ?4, updated_at = ?5 WHERE id = ?1",
                    params![card, step, lane, key, now.0],
                )?;
            }
            Ok(())
        })?;
        self.cards_in_cell((step, lane))
    }

    /// The cards of the cell (`step`, `lane`), in order.
    pub fn cards_in_cell(&self, (step, lane): (StepId, LaneId)) -> Result<Vec<Card>> {
        let mut query = self.read().prepare_cached(concat!(
            "SELECT ",
            card_columns!(),
            " FROM ",
            cards_with_authors!(),
            " WHERE c.step_id = ?1 AND c.lane_id = ?2 AND c.deleted_at IS NULL ORDER BY c.order_key"
        ))?;
        let cards = query
            .query_map(params![step, lane], card_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(cards)
    }

    /// Deletes cards, undoably until the store is next opened.
    pub fn delete_cards(&mut self, cards: &[CardId], now: Timestamp) -> Result<()> {
        self.set_cards_deleted(cards, Some(now))
    }

    /// Undoes [`Store::delete_cards`].
    pub fn restore_cards(&mut self, cards: &[CardId]) -> Result<()> {
        self.set_cards_deleted(cards, None)
    }

    fn set_cards_deleted(&mut self, cards: &[CardId], deleted_at: Option<Timestamp>) -> Result<()> {
        self.write(|tx| {
            for card in cards {
                let changed = tx.execute(
                    "UPDATE cards SET deleted_at = ?2 WHERE id = ?1",
                    params![card, deleted_at.map(|t| t.0)],
                )?;
                if changed == 0 {
                    return Err(Error::NotFound { entity: "card" });
                }
            }
            Ok(())
        })
    }

    /// The board of a cell, when its step and lane are both on it.
    pub(crate) fn check_cell(&self, step: StepId, lane: LaneId) -> Result<BoardId> {
        let board = self.board_of_step(step)?;
        let lane_board: Option<BoardId> = self
            .read()
            .query_row(
                "SELECT board_id FROM lanes WHERE id = ?1 AND deleted_at IS NULL",
                [lane],
                |r| r.get(0),
            )
            .optional()?;
        match lane_board {
            Some(b) if b == board => Ok(board),
            Some(_) => Err(Error::Invalid {
                field: Field::Cell,
                reason: crate::phrase!("reason-cell-across-boards"),
            }),
            None => Err(Error::NotFound { entity: "lane" }),
        }
    }
}
