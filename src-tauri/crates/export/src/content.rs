//! Everything about one workshop that an export shows, read from the store at once.

use std::collections::HashMap;

use feltboard_core::boards::Board;
use feltboard_core::ids::{CardId, WorkshopId};
use feltboard_core::language::Words;
use feltboard_core::participants::Participant;
use feltboard_core::personas::Persona;
use feltboard_core::personas::Portrait;
use feltboard_core::workshops::Workshop;
use feltboard_core::{Result, Store};

#[derive(Debug)]
pub struct WorkshopContent {
    pub workshop: Workshop,
    pub participants: Vec<Participant>,
    pub personas: Vec<(Persona, Option<Portrait>)>,
    pub boards: Vec<Board>,
    pub votes: HashMap<CardId, u32>,
}

impl WorkshopContent {
    /// The words of the workshop's language, which its exports are written in.
    pub fn words(&self) -> &'static Words {
        Words::of(self.workshop.draft.language)
    }

    pub fn read(store: &Store, id: WorkshopId) -> Result<WorkshopContent> {
        let workshop = store.workshop(id)?;
        let participants = store.list_participants(id)?;
        let personas = store
            .list_personas(id)?
            .into_iter()
            .map(|p| {
                let portrait = if p.has_portrait {
                    store.persona_portrait(p.id)?
                } else {
                    None
                };
                Ok((p, portrait))
            })
            .collect::<Result<_>>()?;
        let mut boards = Vec::new();
        let mut votes = HashMap::new();
        for summary in store.list_boards(id)? {
            votes.extend(store.card_votes(summary.board.id)?);
            boards.push(store.board(summary.board.id)?);
        }
        Ok(WorkshopContent {
            workshop,
            participants,
            personas,
            boards,
            votes,
        })
    }
}
