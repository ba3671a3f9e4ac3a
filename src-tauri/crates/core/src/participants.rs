//! The people in the room: customers, the team, stakeholders.

use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Field, Result};
use crate::ids::{ParticipantId, PersonaId, WorkshopId};
use crate::order_key::OrderKey;
use crate::store::{Store, Undoable, WorkshopList};
use crate::text::{self, Limit};
use crate::time::Timestamp;

/// Who a participant is to the workshop; it decides how their cards look and are credited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ParticipantKind {
    Customer,
    Team,
    Stakeholder,
}

crate::stored_as_text::stored_as_text!(ParticipantKind {
    Customer => "customer",
    Team => "team",
    Stakeholder => "stakeholder",
});

/// What the facilitator types about a participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ParticipantDraft {
    /// A name or an alias: customers may prefer not to give their own.
    pub name: String,
    pub kind: ParticipantKind,
    /// Consent to be quoted by name; without it, quotes are attributed anonymously.
    pub quote_by_name: bool,
    /// `#rrggbb`; empty picks the next colour of the palette.
    pub colour: String,
    /// The persona they are most like, as they said on their phone or the facilitator set:
    /// their ratings also count for that persona's segment.
    #[serde(default)]
    pub persona_id: Option<PersonaId>,
}

/// A participant as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub id: ParticipantId,
    pub workshop_id: WorkshopId,
    #[serde(flatten)]
    pub draft: ParticipantDraft,
    pub order_key: OrderKey,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Colours that stay apart for colour-blind readers (Okabe and Ito's palette, darkened
/// where needed to hold white text).
pub const PALETTE: [&str; 8] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56b4e9", "#6a3d9a", "#4d4d4d",
];
/// What each colour of [`PALETTE`] is called, in the same order: a swatch is named by its
/// colour, not by its code.
pub const PALETTE_NAMES: [&str; 8] = [
    "Blue",
    "Vermilion",
    "Green",
    "Pink",
    "Ochre",
    "Sky blue",
    "Purple",
    "Grey",
];

impl ParticipantDraft {
    pub(crate) fn validated(&self, fallback_colour: &str) -> Result<ParticipantDraft> {
        let colour = if self.colour.trim().is_empty() {
            fallback_colour.to_owned()
        } else {
            text::colour(Field::Colour, &self.colour)?
        };
        Ok(ParticipantDraft {
            name: text::required(Field::Name, &self.name, Limit::Line)?,
            kind: self.kind,
            quote_by_name: self.quote_by_name,
            colour,
            persona_id: self.persona_id,
        })
    }
}

/// The columns a participant is written with, in [`from_row`]'s order.
macro_rules! columns {
    () => {
        "id, workshop_id, name, kind, quote_by_name, colour, order_key, created_at, updated_at,
         persona_id"
    };
}
/// The columns [`from_row`] reads: the persona they are most like only while it is in the
/// workshop (a deleted one comes back, with them, by its undo).
macro_rules! read_columns {
    () => {
        "id, workshop_id, name, kind, quote_by_name, colour, order_key, created_at, updated_at,
         (SELECT p.id FROM personas p WHERE p.id = participants.persona_id AND p.deleted_at IS NULL)"
    };
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Participant> {
    Ok(Participant {
        id: row.get(0)?,
        workshop_id: row.get(1)?,
        draft: ParticipantDraft {
            name: row.get(2)?,
            kind: row.get(3)?,
            quote_by_name: row.get(4)?,
            colour: row.get(5)?,
            persona_id: row.get(9)?,
        },
        order_key: row.get(6)?,
        created_at: Timestamp(row.get(7)?),
        updated_at: Timestamp(row.get(8)?),
    })
}

fn not_found() -> Error {
    Error::NotFound {
        entity: "participant",
    }
}

impl Store {
    /// The workshop's participants, in the order they were added.
    pub fn list_participants(&self, workshop: WorkshopId) -> Result<Vec<Participant>> {
        let mut statement = self.read().prepare_cached(concat!(
            "SELECT ",
            read_columns!(),
            " FROM participants
             WHERE workshop_id = ?1 AND deleted_at IS NULL ORDER BY order_key"
        ))?;
        let rows = statement.query_map([workshop], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One participant.
    pub fn participant(&self, id: ParticipantId) -> Result<Participant> {
        self.read()
            .query_row(
                concat!(
                    "SELECT ",
                    read_columns!(),
                    " FROM participants WHERE id = ?1 AND deleted_at IS NULL"
                ),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(not_found)
    }

    /// Adds a participant at the end of the workshop's list.
    pub fn add_participant(
        &mut self,
        workshop: WorkshopId,
        draft: &ParticipantDraft,
        now: Timestamp,
    ) -> Result<Participant> {
        self.workshop(workshop)?;
        self.check_most_like(workshop, draft.persona_id)?;
        let (count, position) = self.append_position(WorkshopList::Participants, &workshop)?;
        let participant = Participant {
            id: ParticipantId::new(),
            workshop_id: workshop,
            draft: draft.validated(PALETTE[count % PALETTE.len()])?,
            order_key: position,
            created_at: now,
            updated_at: now,
        };
        self.write(|tx| insert(tx, &participant))?;
        Ok(participant)
    }

    /// The participant a phone joining as `draft` speaks for: someone of the same kind
    /// already in the workshop under the same name (whatever its case and spacing) for whom
    /// no other phone speaks (`is_free`), else a new participant. True when they were there
    /// already, so the phone can say so; a second person of the same name is still let in.
    pub fn join_from_phone(
        &mut self,
        workshop: WorkshopId,
        draft: &ParticipantDraft,
        is_free: impl Fn(ParticipantId) -> bool,
        now: Timestamp,
    ) -> Result<(Participant, bool)> {
        let name = text::required(Field::Name, &draft.name, Limit::Line)?;
        let wanted = name_key(&name);
        if NOT_FOR_PHONES.contains(&wanted.as_str()) {
            return Err(Error::Invalid {
                field: Field::Name,
                reason: crate::phrase!("reason-someone-elses-name", name = name.as_str()),
            });
        }
        let known = self.list_participants(workshop)?.into_iter().find(|p| {
            p.draft.kind == draft.kind && name_key(&p.draft.name) == wanted && is_free(p.id)
        });
        match known {
            // Who they are most like, said again, waits until the phone is let in
            // ([`Store::set_most_like`]): a phone turned away changes nothing.
            Some(participant) => Ok((participant, true)),
            None => Ok((self.add_participant(workshop, draft, now)?, false)),
        }
    }

    /// Replaces what the facilitator typed about a participant.
    pub fn update_participant(
        &mut self,
        id: ParticipantId,
        draft: &ParticipantDraft,
        now: Timestamp,
    ) -> Result<Participant> {
        let current = self.participant(id)?;
        let draft = draft.validated(&current.draft.colour)?;
        self.check_most_like(current.workshop_id, draft.persona_id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE participants SET name = ?2, kind = ?3, quote_by_name = ?4, colour = ?5,
                    persona_id = ?6, updated_at = ?7 WHERE id = ?1",
                params![
                    id,
                    draft.name,
                    draft.kind,
                    draft.quote_by_name,
                    draft.colour,
                    draft.persona_id,
                    now.0
                ],
            )?;
            Ok(())
        })?;
        self.participant(id)
    }

    /// Says which persona `id` is most like (`None`: none of them).
    pub fn set_most_like(
        &mut self,
        id: ParticipantId,
        persona: Option<PersonaId>,
        now: Timestamp,
    ) -> Result<Participant> {
        let draft = ParticipantDraft {
            persona_id: persona,
            ..self.participant(id)?.draft
        };
        self.update_participant(id, &draft, now)
    }

    /// Refuses a persona that is not one of the workshop's.
    fn check_most_like(&self, workshop: WorkshopId, persona: Option<PersonaId>) -> Result<()> {
        match persona {
            Some(persona) if self.persona(persona)?.workshop_id != workshop => {
                Err(Error::Invalid {
                    field: Field::TheirPersona,
                    reason: crate::phrase!("reason-persona-of-another-workshop"),
                })
            }
            _ => Ok(()),
        }
    }

    /// Removes a participant, undoably until the store is next opened. Their cards stay.
    pub fn delete_participant(&mut self, id: ParticipantId, now: Timestamp) -> Result<()> {
        self.set_deleted(Undoable::Participants, &id, Some(now))
    }

    /// Undoes [`Store::delete_participant`].
    pub fn restore_participant(&mut self, id: ParticipantId) -> Result<()> {
        self.set_deleted(Undoable::Participants, &id, None)
    }
}

/// Writes a new participant row.
pub(crate) fn insert(tx: &rusqlite::Transaction<'_>, p: &Participant) -> Result<()> {
    tx.execute(
        concat!(
            "INSERT INTO participants (",
            columns!(),
            ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        ),
        params![
            p.id,
            p.workshop_id,
            p.draft.name,
            p.draft.kind,
            p.draft.quote_by_name,
            p.draft.colour,
            p.order_key,
            p.created_at.0,
            p.updated_at.0,
            p.draft.persona_id
        ],
    )?;
    Ok(())
}

/// A name as people say it: "maya  okafor" and "Maya Okafor" are the same person.
/// Names a phone may not take: how the board credits the team, research and customers who
/// stay anonymous, or names that sound like whoever runs the room.
const NOT_FOR_PHONES: [&str; 8] = [
    "facilitator",
    "feltboard",
    "the team",
    "team",
    "research",
    "a customer",
    "admin",
    "moderator",
];

fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
