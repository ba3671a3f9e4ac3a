//! Personas: who the customer is, and who we choose not to serve.

mod arrangement;
mod portrait;

pub use portrait::{MAX_PORTRAIT_BYTES, PORTRAIT_SIZE, Portrait};

use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Field, Items, Result};
use crate::ids::{PersonaId, WorkshopId};
use crate::order_key::OrderKey;
use crate::store::{Store, Undoable, WorkshopList};
use crate::text::{self, Limit};
use crate::time::Timestamp;

/// What a persona rests on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// A proto-persona: the team's assumptions, to be checked with customers.
    #[default]
    Assumed,
    /// Backed by research: interviews, surveys, analytics.
    Research,
}

crate::stored_as_text::stored_as_text!(Evidence {
    Assumed => "assumed",
    Research => "research",
});

/// What the persona says, thinks, does and feels.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EmpathyMap {
    pub says: Vec<String>,
    pub thinks: Vec<String>,
    pub does: Vec<String>,
    pub feels: Vec<String>,
}

/// Everything a facilitator writes about a persona (the portrait is kept apart).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct PersonaDraft {
    pub name: String,
    /// `#rrggbb` behind the initials avatar; empty picks one.
    pub avatar_colour: String,
    /// Role or segment.
    pub role: String,
    /// In the persona's own words.
    pub quote: String,
    pub story: String,
    /// What they want to achieve (not tasks).
    pub goals: Vec<String>,
    pub needs: Vec<String>,
    pub pain_points: Vec<String>,
    pub behaviours: Vec<String>,
    pub channels: Vec<String>,
    /// What they want to feel.
    pub wants_to_feel: Vec<String>,
    pub empathy: EmpathyMap,
    pub evidence: Evidence,
    pub evidence_sources: String,
    pub interview_count: u32,
    /// Someone we choose not to serve.
    pub is_anti_persona: bool,
    /// Why we choose not to serve them.
    pub anti_reason: String,
}

impl PersonaDraft {
    /// What "New persona" starts from; the editor asks for a name while it still has this one.
    pub fn new_persona() -> PersonaDraft {
        PersonaDraft {
            name: "New persona".to_owned(),
            ..PersonaDraft::default()
        }
    }
}

/// A persona as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Persona {
    pub id: PersonaId,
    pub workshop_id: WorkshopId,
    #[serde(flatten)]
    pub draft: PersonaDraft,
    pub has_portrait: bool,
    pub order_key: OrderKey,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// How many items one bullet list of a persona may hold.
pub const MAX_LIST_ITEMS: usize = 50;

/// A bullet list: `field` names one item in messages, `plural` the list's items.
fn list(field: Field, plural: Items, items: &[String]) -> Result<Vec<String>> {
    if items.len() > MAX_LIST_ITEMS {
        return Err(Error::TooMany {
            items: plural,
            count: items.len(),
            max: MAX_LIST_ITEMS,
        });
    }
    items
        .iter()
        .map(|item| text::optional(field, item, Limit::Paragraph))
        .filter(|item| !matches!(item, Ok(text) if text.is_empty()))
        .collect()
}

impl PersonaDraft {
    pub(crate) fn validated(&self, fallback_colour: &str) -> Result<PersonaDraft> {
        let avatar_colour = if self.avatar_colour.trim().is_empty() {
            fallback_colour.to_owned()
        } else {
            text::colour(Field::AvatarColour, &self.avatar_colour)?
        };
        Ok(PersonaDraft {
            name: text::required(Field::Name, &self.name, Limit::Line)?,
            avatar_colour,
            role: text::optional(Field::Role, &self.role, Limit::Line)?,
            quote: text::optional(Field::Quote, &self.quote, Limit::Paragraph)?,
            story: text::optional(Field::Story, &self.story, Limit::Page)?,
            goals: list(Field::Goal, Items::Goals, &self.goals)?,
            needs: list(Field::Need, Items::Needs, &self.needs)?,
            pain_points: list(Field::PainPoint, Items::PainPoints, &self.pain_points)?,
            behaviours: list(Field::Behaviour, Items::Behaviours, &self.behaviours)?,
            channels: list(Field::Channel, Items::Channels, &self.channels)?,
            wants_to_feel: list(Field::Feeling, Items::Feelings, &self.wants_to_feel)?,
            empathy: EmpathyMap {
                says: list(Field::Says, Items::Says, &self.empathy.says)?,
                thinks: list(Field::Thinks, Items::Thinks, &self.empathy.thinks)?,
                does: list(Field::Does, Items::Does, &self.empathy.does)?,
                feels: list(Field::Feels, Items::Feels, &self.empathy.feels)?,
            },
            evidence: self.evidence,
            evidence_sources: text::optional(
                Field::Sources,
                &self.evidence_sources,
                Limit::Paragraph,
            )?,
            interview_count: self.interview_count,
            is_anti_persona: self.is_anti_persona,
            anti_reason: text::optional(Field::Reason, &self.anti_reason, Limit::Paragraph)?,
        })
    }
}

/// The columns [`from_row`] reads, in its order (the portrait's presence follows them).
macro_rules! columns {
    () => {
        "id, workshop_id, order_key, name, avatar_colour, role, quote, story, goals,
    needs, pain_points, behaviours, channels, wants_to_feel, empathy_says, empathy_thinks,
    empathy_does, empathy_feels, evidence, evidence_sources, interview_count, is_anti_persona,
    anti_reason, created_at, updated_at"
    };
}

fn json_list(row: &Row<'_>, index: usize) -> rusqlite::Result<Vec<String>> {
    let text: String = row.get(index)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Persona> {
    Ok(Persona {
        id: row.get(0)?,
        workshop_id: row.get(1)?,
        order_key: row.get(2)?,
        draft: PersonaDraft {
            name: row.get(3)?,
            avatar_colour: row.get(4)?,
            role: row.get(5)?,
            quote: row.get(6)?,
            story: row.get(7)?,
            goals: json_list(row, 8)?,
            needs: json_list(row, 9)?,
            pain_points: json_list(row, 10)?,
            behaviours: json_list(row, 11)?,
            channels: json_list(row, 12)?,
            wants_to_feel: json_list(row, 13)?,
            empathy: EmpathyMap {
                says: json_list(row, 14)?,
                thinks: json_list(row, 15)?,
                does: json_list(row, 16)?,
                feels: json_list(row, 17)?,
            },
            evidence: row.get(18)?,
            evidence_sources: row.get(19)?,
            interview_count: row.get(20)?,
            is_anti_persona: row.get(21)?,
            anti_reason: row.get(22)?,
        },
        created_at: Timestamp(row.get(23)?),
        updated_at: Timestamp(row.get(24)?),
        has_portrait: row.get(25)?,
    })
}

fn to_json(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}

fn not_found() -> Error {
    Error::NotFound { entity: "persona" }
}

impl Store {
    /// The workshop's personas in the facilitator's order.
    pub fn list_personas(&self, workshop: WorkshopId) -> Result<Vec<Persona>> {
        let mut statement = self.read().prepare_cached(concat!(
            "SELECT ",
            columns!(),
            ", portrait IS NOT NULL FROM personas
             WHERE workshop_id = ?1 AND deleted_at IS NULL ORDER BY order_key"
        ))?;
        let rows = statement.query_map([workshop], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One persona.
    pub fn persona(&self, id: PersonaId) -> Result<Persona> {
        self.read()
            .query_row(
                concat!(
                    "SELECT ",
                    columns!(),
                    ", portrait IS NOT NULL FROM personas
                     WHERE id = ?1 AND deleted_at IS NULL"
                ),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(not_found)
    }

    /// Adds a persona at the end of the workshop's gallery.
    pub fn add_persona(
        &mut self,
        workshop: WorkshopId,
        draft: &PersonaDraft,
        now: Timestamp,
    ) -> Result<Persona> {
        self.workshop(workshop)?;
        let (count, position) = self.append_position(WorkshopList::Personas, &workshop)?;
        let persona = Persona {
            id: PersonaId::new(),
            workshop_id: workshop,
            draft: draft.validated(fallback_colour(count))?,
            has_portrait: false,
            order_key: position,
            created_at: now,
            updated_at: now,
        };
        self.write(|tx| insert(tx, &persona, None))?;
        Ok(persona)
    }

    /// Replaces everything written about a persona (not its portrait or place).
    pub fn update_persona(
        &mut self,
        id: PersonaId,
        draft: &PersonaDraft,
        now: Timestamp,
    ) -> Result<Persona> {
        let current = self.persona(id)?;
        let d = draft.validated(&current.draft.avatar_colour)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE personas SET name = ?2, avatar_colour = ?3, role = ?4, quote = ?5, story = ?6,
                    goals = ?7, needs = ?8, pain_points = ?9, behaviours = ?10, channels = ?11,
                    wants_to_feel = ?12, empathy_says = ?13, empathy_thinks = ?14, empathy_does = ?15,
                    empathy_feels = ?16, evidence = ?17, evidence_sources = ?18, interview_count = ?19,
                    is_anti_persona = ?20, anti_reason = ?21, updated_at = ?22
                 WHERE id = ?1",
                params![id, d.name, d.avatar_colour, d.role, d.quote, d.story, to_json(&d.goals),
                    to_json(&d.needs), to_json(&d.pain_points), to_json(&d.behaviours),
                    to_json(&d.channels), to_json(&d.wants_to_feel), to_json(&d.empathy.says),
                    to_json(&d.empathy.thinks), to_json(&d.empathy.does), to_json(&d.empathy.feels),
                    d.evidence, d.evidence_sources, d.interview_count, d.is_anti_persona,
                    d.anti_reason, now.0],
            )?;
            Ok(())
        })?;
        self.persona(id)
    }

    /// Removes a persona, undoably until the store is next opened. Boards keep their cards
    /// but lose their actor.
    pub fn delete_persona(&mut self, id: PersonaId, now: Timestamp) -> Result<()> {
        self.set_deleted(Undoable::Personas, &id, Some(now))
    }

    /// Undoes [`Store::delete_persona`].
    pub fn restore_persona(&mut self, id: PersonaId) -> Result<()> {
        self.set_deleted(Undoable::Personas, &id, None)
    }
}

pub(crate) fn fallback_colour(count: usize) -> &'static str {
    crate::participants::PALETTE[count % crate::participants::PALETTE.len()]
}

/// Writes a new persona row, with its portrait if it has one.
pub(crate) fn insert(tx: &Transaction<'_>, p: &Persona, portrait: Option<&Portrait>) -> Result<()> {
    let d = &p.draft;
    tx.execute(
        concat!(
            "INSERT INTO personas (",
            columns!(),
            ", portrait, portrait_type) VALUES (?1, ?2, ?3, ?4, ?5,
                ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                ?23, ?24, ?25, ?26, ?27)"
        ),
        params![
            p.id,
            p.workshop_id,
            p.order_key,
            d.name,
            d.avatar_colour,
            d.role,
            d.quote,
            d.story,
            to_json(&d.goals),
            to_json(&d.needs),
            to_json(&d.pain_points),
            to_json(&d.behaviours),
            to_json(&d.channels),
            to_json(&d.wants_to_feel),
            to_json(&d.empathy.says),
            to_json(&d.empathy.thinks),
            to_json(&d.empathy.does),
            to_json(&d.empathy.feels),
            d.evidence,
            d.evidence_sources,
            d.interview_count,
            d.is_anti_persona,
            d.anti_reason,
            p.created_at.0,
            p.updated_at.0,
            portrait.map(|x| x.bytes.as_slice()),
            portrait.map(|x| x.media_type)
        ],
    )?;
    Ok(())
}
