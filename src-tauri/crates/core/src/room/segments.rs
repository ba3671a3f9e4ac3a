//! Which persona a phone's person is most like: the board's personas are the choices, so a
//! customer's ratings count for that segment as well as for the room.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, PersonaId};
use crate::store::Store;

/// A persona as a phone shows it when asking "Which of these is most like you?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonaChoice {
    pub id: PersonaId,
    pub name: String,
    pub role: String,
    pub colour: String,
}

impl Store {
    /// The personas a phone in the room on `board` may say they are most like.
    pub fn persona_choices(&self, board: BoardId) -> Result<Vec<PersonaChoice>> {
        self.journey_board(board)?
            .draft
            .persona_ids
            .into_iter()
            .map(|id| {
                let persona = self.persona(id)?;
                Ok(PersonaChoice {
                    id,
                    name: persona.draft.name,
                    role: persona.draft.role,
                    colour: persona.draft.avatar_colour,
                })
            })
            .collect()
    }

    /// Refuses a persona the board does not follow: a phone chooses among the board's.
    pub fn check_persona_choice(&self, board: BoardId, persona: Option<PersonaId>) -> Result<()> {
        match persona {
            Some(id) if !self.journey_board(board)?.draft.persona_ids.contains(&id) => {
                Err(Error::Invalid {
                    field: Field::YourPersona,
                    reason: crate::phrase!("reason-not-this-boards-persona"),
                })
            }
            _ => Ok(()),
        }
    }
}
