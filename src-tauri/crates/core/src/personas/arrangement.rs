//! Arranging the gallery: duplicating, reordering, and copying personas between workshops.

use crate::error::Result;
use crate::ids::{PersonaId, WorkshopId};
use crate::order_key::OrderKey;
use crate::store::Store;
use crate::time::Timestamp;

use super::{Persona, insert};

impl Store {
    /// Makes a copy of a persona right after it, named "… (copy)", portrait included.
    pub fn duplicate_persona(&mut self, id: PersonaId, now: Timestamp) -> Result<Persona> {
        let original = self.persona(id)?;
        let keys = self.persona_keys(original.workshop_id)?;
        let next = keys
            .iter()
            .map(|(_, k)| k)
            .find(|k| **k > original.order_key);
        let mut draft = original.draft.clone();
        draft.name = copy_name(&draft.name);
        let copy = Persona {
            id: PersonaId::new(),
            order_key: OrderKey::between(Some(&original.order_key), next)?,
            draft: draft.validated(&original.draft.avatar_colour)?,
            created_at: now,
            updated_at: now,
            ..original
        };
        self.write_copy(copy, id)
    }

    /// Copies a persona to the end of another workshop's gallery, portrait included.
    pub fn copy_persona_to(
        &mut self,
        id: PersonaId,
        workshop: WorkshopId,
        now: Timestamp,
    ) -> Result<Persona> {
        let original = self.persona(id)?;
        self.workshop(workshop)?;
        let (_, position) = self.append_position("personas", "workshop_id", &workshop)?;
        let copy = Persona {
            id: PersonaId::new(),
            workshop_id: workshop,
            order_key: position,
            created_at: now,
            updated_at: now,
            ..original
        };
        self.write_copy(copy, id)
    }

    /// Moves a persona to `index` among its workshop's personas (0 is first; past the end
    /// means last). Only the moved persona's position changes.
    pub fn move_persona(&mut self, id: PersonaId, index: usize, now: Timestamp) -> Result<Persona> {
        let persona = self.persona(id)?;
        let others: Vec<OrderKey> = self
            .persona_keys(persona.workshop_id)?
            .into_iter()
            .filter(|(other, _)| *other != id)
            .map(|(_, key)| key)
            .collect();
        let index = index.min(others.len());
        let before = index.checked_sub(1).and_then(|i| others.get(i));
        let key = OrderKey::between(before, others.get(index))?;
        self.write(|tx| {
            tx.execute(
                "UPDATE personas SET order_key = ?2, updated_at = ?3 WHERE id = ?1",
                rusqlite::params![id, key, now.0],
            )?;
            Ok(())
        })?;
        self.persona(id)
    }

    /// The shown personas' ids and keys, in order: positions count only what the
    /// facilitator sees.
    fn persona_keys(&self, workshop: WorkshopId) -> Result<Vec<(PersonaId, OrderKey)>> {
        let mut statement = self.read().prepare_cached(
            "SELECT id, order_key FROM personas WHERE workshop_id = ?1 AND deleted_at IS NULL
             ORDER BY order_key",
        )?;
        let rows = statement.query_map([workshop], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn write_copy(&mut self, copy: Persona, original: PersonaId) -> Result<Persona> {
        let portrait = self.persona_portrait(original)?;
        self.write(|tx| insert(tx, &copy, portrait.as_ref()))?;
        Ok(copy)
    }
}

fn copy_name(name: &str) -> String {
    let copy = format!("{name} (copy)");
    // A long name keeps its limit: the suffix matters more than the name's last letters.
    let max = crate::text::Limit::Line as usize;
    if copy.chars().count() <= max {
        return copy;
    }
    let kept: String = name.chars().take(max - " (copy)".chars().count()).collect();
    format!("{kept} (copy)")
}
