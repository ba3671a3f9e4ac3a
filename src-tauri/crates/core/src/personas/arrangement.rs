//! Arranging the gallery: duplicating, reordering, and copying personas between workshops.

use rusqlite::params;

use crate::error::Result;
use crate::ids::{PersonaId, WorkshopId};
use crate::order_key::OrderKey;
use crate::store::{Store, WorkshopList};
use crate::time::Timestamp;

use super::{Persona, insert};

impl Store {
    /// Makes a copy of a persona right after it, named "… (copy)", portrait included.
    pub fn duplicate_persona(&mut self, id: PersonaId, now: Timestamp) -> Result<Persona> {
        let original = self.persona(id)?;
        let next: Option<OrderKey> = self.read().query_row(
            "SELECT min(order_key) FROM personas
             WHERE workshop_id = ?1 AND deleted_at IS NULL AND order_key > ?2",
            params![original.workshop_id, original.order_key],
            |r| r.get(0),
        )?;
        let mut draft = original.draft.clone();
        draft.name = copy_name(&draft.name);
        let copy = Persona {
            id: PersonaId::new(),
            order_key: OrderKey::between(Some(&original.order_key), next.as_ref())?,
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
        let (_, position) = self.append_position(WorkshopList::Personas, &workshop)?;
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
        let keys = self.keys_at(
            "SELECT id, order_key FROM personas WHERE workshop_id = ?1 AND deleted_at IS NULL
             ORDER BY order_key",
            &[&persona.workshop_id],
            &[id.to_string()],
            index,
            1,
        )?;
        self.write(|tx| {
            tx.execute(
                "UPDATE personas SET order_key = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, keys[0], now.0],
            )?;
            Ok(())
        })?;
        self.persona(id)
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
