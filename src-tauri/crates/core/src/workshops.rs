//! Workshops: the sessions a facilitator runs, each holding its people, personas and boards.

use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::dates;
use crate::error::{Error, Field, Result};
use crate::ids::WorkshopId;
use crate::language::Language;
use crate::store::{Store, Undoable};
use crate::text::{self, Limit};
use crate::time::Timestamp;

/// What the facilitator types about a workshop; used to create and to edit one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopDraft {
    pub title: String,
    /// The question the workshop explores.
    pub question: String,
    /// The day it is held, `YYYY-MM-DD`.
    pub held_on: Option<String>,
    pub place: String,
    pub facilitator: String,
    pub notes: String,
    /// The language of its PDF and its phone page (phones that speak another of Feltboard's
    /// languages get theirs). Drafts and files from before languages are English.
    #[serde(default)]
    pub language: Language,
}

/// A workshop as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Workshop {
    pub id: WorkshopId,
    #[serde(flatten)]
    pub draft: WorkshopDraft,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A line of the Home screen's list: a workshop and how much it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopSummary {
    #[serde(flatten)]
    pub workshop: Workshop,
    pub participant_count: u32,
    pub persona_count: u32,
    pub board_count: u32,
}

impl WorkshopDraft {
    /// The draft with its text trimmed, or the first field that is not acceptable.
    pub(crate) fn validated(&self) -> Result<WorkshopDraft> {
        let held_on = match self.held_on.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(day) => Some(dates::day(Field::Date, day)?),
        };
        Ok(WorkshopDraft {
            title: text::required(Field::Title, &self.title, Limit::Line)?,
            question: text::optional(Field::Question, &self.question, Limit::Paragraph)?,
            held_on,
            place: text::optional(Field::Place, &self.place, Limit::Line)?,
            facilitator: text::optional(Field::Facilitator, &self.facilitator, Limit::Line)?,
            notes: text::optional(Field::Notes, &self.notes, Limit::Page)?,
            language: self.language,
        })
    }
}

/// The columns [`from_row`] reads, in its order.
macro_rules! columns {
    () => {
        "id, title, question, held_on, place, facilitator, notes, created_at, updated_at, language"
    };
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Workshop> {
    Ok(Workshop {
        id: row.get(0)?,
        draft: WorkshopDraft {
            title: row.get(1)?,
            question: row.get(2)?,
            held_on: row.get(3)?,
            place: row.get(4)?,
            facilitator: row.get(5)?,
            notes: row.get(6)?,
            language: row.get(9)?,
        },
        created_at: Timestamp(row.get(7)?),
        updated_at: Timestamp(row.get(8)?),
    })
}

fn not_found() -> Error {
    Error::NotFound { entity: "workshop" }
}

impl Store {
    /// Notes that the facilitator opened `id` now: Home lists it first. Not an edit: nothing
    /// to undo, and the workshop's "changed" time stays.
    pub fn workshop_opened(&mut self, id: WorkshopId, now: Timestamp) -> Result<()> {
        self.write(|tx| {
            match tx.execute(
                "UPDATE workshops SET opened_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                params![id, now.0],
            )? {
                0 => Err(not_found()),
                _ => Ok(()),
            }
        })
    }

    /// The workshops, the last opened (or, never opened, the newest) first, whose title contains `search` (any case; empty for all).
    pub fn list_workshops(&self, search: &str) -> Result<Vec<WorkshopSummary>> {
        let mut statement = self.read().prepare_cached(concat!(
            "SELECT ",
            columns!(),
            ",
                (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id AND p.deleted_at IS NULL),
                (SELECT count(*) FROM personas p WHERE p.workshop_id = w.id AND p.deleted_at IS NULL),
                (SELECT count(*) FROM journey_boards b WHERE b.workshop_id = w.id AND b.deleted_at IS NULL)
             FROM workshops w WHERE deleted_at IS NULL
             ORDER BY coalesce(opened_at, created_at) DESC, id DESC"
        ))?;
        let needle = search.trim().to_lowercase();
        let rows = statement.query_map([], |row| {
            Ok(WorkshopSummary {
                workshop: from_row(row)?,
                participant_count: row.get(10)?,
                persona_count: row.get(11)?,
                board_count: row.get(12)?,
            })
        })?;
        let mut found = Vec::new();
        for summary in rows {
            let summary = summary?;
            // Matching in Rust, not SQL: SQLite's case folding only knows ASCII, and
            // customers' workshops are named in every language.
            if summary
                .workshop
                .draft
                .title
                .to_lowercase()
                .contains(&needle)
            {
                found.push(summary);
            }
        }
        Ok(found)
    }

    /// One workshop.
    pub fn workshop(&self, id: WorkshopId) -> Result<Workshop> {
        self.read()
            .query_row(
                concat!(
                    "SELECT ",
                    columns!(),
                    " FROM workshops WHERE id = ?1 AND deleted_at IS NULL"
                ),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(not_found)
    }

    /// Creates a workshop; refuses a blank title or text over its limits.
    pub fn create_workshop(&mut self, draft: &WorkshopDraft, now: Timestamp) -> Result<Workshop> {
        let workshop = Workshop {
            id: WorkshopId::new(),
            draft: draft.validated()?,
            created_at: now,
            updated_at: now,
        };
        self.write(|tx| insert(tx, &workshop))?;
        Ok(workshop)
    }

    /// Replaces what the facilitator typed about a workshop.
    pub fn update_workshop(
        &mut self,
        id: WorkshopId,
        draft: &WorkshopDraft,
        now: Timestamp,
    ) -> Result<Workshop> {
        let draft = draft.validated()?;
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE workshops SET title = ?2, question = ?3, held_on = ?4, place = ?5,
                    facilitator = ?6, notes = ?7, updated_at = ?8, language = ?9
                 WHERE id = ?1 AND deleted_at IS NULL",
                params![
                    id,
                    draft.title,
                    draft.question,
                    draft.held_on,
                    draft.place,
                    draft.facilitator,
                    draft.notes,
                    now.0,
                    draft.language
                ],
            )?;
            if changed == 0 {
                return Err(not_found());
            }
            Ok(())
        })?;
        self.workshop(id)
    }

    /// Deletes a workshop and everything in it, undoably until the store is next opened.
    pub fn delete_workshop(&mut self, id: WorkshopId, now: Timestamp) -> Result<()> {
        self.set_deleted(Undoable::Workshops, &id, Some(now))
    }

    /// Undoes [`Store::delete_workshop`].
    pub fn restore_workshop(&mut self, id: WorkshopId) -> Result<()> {
        self.set_deleted(Undoable::Workshops, &id, None)
    }
}

pub(crate) fn insert(tx: &rusqlite::Transaction<'_>, w: &Workshop) -> Result<()> {
    tx.execute(
        concat!(
            "INSERT INTO workshops (",
            columns!(),
            ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        ),
        params![
            w.id,
            w.draft.title,
            w.draft.question,
            w.draft.held_on,
            w.draft.place,
            w.draft.facilitator,
            w.draft.notes,
            w.created_at.0,
            w.updated_at.0,
            w.draft.language
        ],
    )?;
    Ok(())
}
