//! The portable workshop file: one workshop and everything in it — participants, personas
//! with their portraits, boards with every card and rating — as JSON, to move a workshop to
//! another laptop or keep it safe. The file carries its format's version; a newer one is
//! refused with a clear message rather than half-read.
//!
//! Importing checks and writes inside one transaction: any problem anywhere in the file
//! (a broken reference, an over-long text, a damaged portrait) undoes everything, so a bad
//! file writes nothing. An import is always a copy with new ids; to replace the workshop it
//! came from, the facilitator asks for it, and the old one is deleted (undoably).

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};

use crate::boards::JourneyBoard;
use crate::boards::{
    self, Board, insert_board, insert_card, insert_lane, insert_rating, insert_stage, insert_step,
};
use crate::error::{Error, Result};
use crate::ids::{BoardId, LaneId, ParticipantId, PersonaId, StepId, WorkshopId};
use crate::order_key::OrderKey;
use crate::participants::{self, Participant};
use crate::personas::{self, Persona, Portrait};
use crate::store::Store;
use crate::time::Timestamp;
use crate::workshops::{self, Workshop};

/// What the file says it is.
pub const FORMAT: &str = "feltboard-workshop";
/// The version this Feltboard writes and the newest it reads.
pub const VERSION: u32 = 1;
/// A file larger than this is refused before it is read: portraits are at most 512 px.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;

const FILE: &str = "The workshop file";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopFile {
    pub format: String,
    pub version: u32,
    pub exported_at: Timestamp,
    pub workshop: Workshop,
    pub participants: Vec<Participant>,
    pub personas: Vec<FilePersona>,
    pub boards: Vec<Board>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FilePersona {
    #[serde(flatten)]
    pub persona: Persona,
    /// The portrait as it is stored, base64-encoded, with its media type.
    pub portrait: Option<FilePortrait>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FilePortrait {
    pub media_type: String,
    pub data: String,
}

/// Just enough of a file to know whether it can be read at all.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

fn refused(reason: String) -> Error {
    Error::Invalid {
        field: FILE,
        reason,
    }
}

/// Whether to keep the workshop the file came from, or replace it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportAs {
    Copy,
    /// Deletes (undoably) the workshop with the file's workshop id, if this store has it.
    Replacement,
}

impl Store {
    /// Everything in the workshop, ready to be written as JSON.
    pub fn workshop_file(&self, id: WorkshopId, now: Timestamp) -> Result<WorkshopFile> {
        let personas = self
            .list_personas(id)?
            .into_iter()
            .map(|persona| {
                let portrait = if persona.has_portrait {
                    self.persona_portrait(persona.id)?
                } else {
                    None
                };
                Ok(FilePersona {
                    persona,
                    portrait: portrait.map(|p| FilePortrait {
                        media_type: p.media_type.to_owned(),
                        data: BASE64.encode(&p.bytes),
                    }),
                })
            })
            .collect::<Result<_>>()?;
        let boards = self
            .list_boards(id)?
            .into_iter()
            .map(|b| self.board(b.board.id))
            .collect::<Result<_>>()?;
        Ok(WorkshopFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            exported_at: now,
            workshop: self.workshop(id)?,
            participants: self.list_participants(id)?,
            personas,
            boards,
        })
    }

    /// Reads a workshop file and adds what it holds as a new workshop; see the module.
    pub fn import_workshop(
        &mut self,
        bytes: &[u8],
        import_as: ImportAs,
        now: Timestamp,
    ) -> Result<WorkshopId> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(refused(format!(
                "it is {} MB; a workshop file is at most {} MB",
                bytes.len() / 1_048_576,
                MAX_FILE_BYTES / 1_048_576
            )));
        }
        let header: Header = serde_json::from_slice(bytes).map_err(|e| {
            refused(format!(
                "it is not readable JSON ({e}); it may be cut short or damaged"
            ))
        })?;
        if header.format.as_deref() != Some(FORMAT) {
            return Err(refused("it is not a Feltboard workshop file".to_owned()));
        }
        match header.version {
            Some(v) if v > VERSION => {
                return Err(refused(format!(
                    "it was made by a newer Feltboard (file version {v}; this one reads up to {VERSION}). Update Feltboard to import it"
                )));
            }
            None | Some(0) => {
                return Err(refused(
                    "it does not say which version of the format it is".to_owned(),
                ));
            }
            Some(_) => {}
        }
        let file: WorkshopFile = serde_json::from_slice(bytes)
            .map_err(|e| refused(format!("part of it is not as Feltboard writes it ({e})")))?;
        let portraits = file
            .personas
            .iter()
            .map(|p| p.portrait.as_ref().map(decode_portrait).transpose())
            .collect::<Result<Vec<_>>>()
            .map_err(in_the_file)?;
        let replaced = match import_as {
            ImportAs::Replacement => self.workshop(file.workshop.id).ok().map(|w| w.id),
            ImportAs::Copy => None,
        };
        let id = self
            .write(|tx| write_file(tx, &file, &portraits, now))
            .map_err(in_the_file)?;
        if let Some(old) = replaced {
            self.delete_workshop(old, now)?;
        }
        Ok(id)
    }
}

/// Says that a refusal is about the file, not about something the facilitator typed; other
/// failures (a full disk, a busy database) keep their own words.
fn in_the_file(error: Error) -> Error {
    match error {
        Error::Invalid { field: FILE, .. } => error,
        Error::Blank { .. } | Error::TooLong { .. } | Error::Invalid { .. } => {
            refused(error.to_string())
        }
        other => other,
    }
}

fn decode_portrait(portrait: &FilePortrait) -> Result<Portrait> {
    let bytes = BASE64
        .decode(&portrait.data)
        .map_err(|e| refused(format!("a portrait is damaged ({e})")))?;
    Portrait::from_file(&bytes)
}

/// Looks up the new id for an old one the file refers to.
fn mapped<K: std::hash::Hash + Eq + std::fmt::Display, V: Copy>(
    map: &HashMap<K, V>,
    old: &K,
    what: &str,
) -> Result<V> {
    map.get(old)
        .copied()
        .ok_or_else(|| refused(format!("it refers to a {what} it does not hold ({old})")))
}

fn write_file(
    tx: &rusqlite::Transaction<'_>,
    file: &WorkshopFile,
    portraits: &[Option<Portrait>],
    now: Timestamp,
) -> Result<WorkshopId> {
    let workshop = Workshop {
        id: WorkshopId::new(),
        draft: file.workshop.draft.validated()?,
        created_at: now,
        updated_at: now,
    };
    workshops::insert(tx, &workshop)?;

    let mut position = OrderKey::first();
    let mut people: HashMap<ParticipantId, ParticipantId> = HashMap::new();
    for (i, p) in file.participants.iter().enumerate() {
        let participant = Participant {
            id: ParticipantId::new(),
            workshop_id: workshop.id,
            draft: p
                .draft
                .validated(participants::PALETTE[i % participants::PALETTE.len()])?,
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        };
        participants::insert(tx, &participant)?;
        people.insert(p.id, participant.id);
        position = position.after();
    }

    let mut position = OrderKey::first();
    let mut personas: HashMap<PersonaId, PersonaId> = HashMap::new();
    for (i, (p, portrait)) in file.personas.iter().zip(portraits).enumerate() {
        let persona = Persona {
            id: PersonaId::new(),
            workshop_id: workshop.id,
            draft: p.persona.draft.validated(personas::fallback_colour(i))?,
            has_portrait: portrait.is_some(),
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        };
        personas::insert(tx, &persona, portrait.as_ref())?;
        personas.insert(p.persona.id, persona.id);
        position = position.after();
    }

    let mut position = OrderKey::first();
    for board in &file.boards {
        write_board(tx, workshop.id, &position, board, &people, &personas, now)?;
        position = position.after();
    }
    Ok(workshop.id)
}

fn write_board(
    tx: &rusqlite::Transaction<'_>,
    workshop: WorkshopId,
    position: &OrderKey,
    board: &Board,
    people: &HashMap<ParticipantId, ParticipantId>,
    personas: &HashMap<PersonaId, PersonaId>,
    now: Timestamp,
) -> Result<BoardId> {
    let mut draft = board.board.draft.clone();
    draft.actor_id = board
        .board
        .draft
        .actor_id
        .map(|a| mapped(personas, &a, "persona"))
        .transpose()?;
    let id = BoardId::new();
    insert_board(
        tx,
        &JourneyBoard {
            id,
            workshop_id: workshop,
            draft: draft.validated()?,
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        },
    )?;

    let mut steps: HashMap<StepId, StepId> = HashMap::new();
    let mut stage_at = OrderKey::first();
    for stage in &board.stages {
        let stage_id = insert_stage(tx, id, &stage_at, &stage.title, now)?;
        let mut step_at = OrderKey::first();
        for step in &stage.steps {
            steps.insert(
                step.id,
                insert_step(
                    tx,
                    stage_id,
                    &step_at,
                    &step.title,
                    step.is_moment_of_truth,
                    now,
                )?,
            );
            step_at = step_at.after();
        }
        stage_at = stage_at.after();
    }
    let mut lanes: HashMap<LaneId, LaneId> = HashMap::new();
    let mut lane_at = OrderKey::first();
    for lane in &board.lanes {
        let lane_id = insert_lane(tx, id, &lane_at, lane.kind, &lane.title, now)?;
        if lane.is_hidden {
            boards::hide_lane(tx, lane_id)?;
        }
        lanes.insert(lane.id, lane_id);
        lane_at = lane_at.after();
    }
    // Cards come in cell order; each cell's cards are placed one after another.
    let mut card_at = OrderKey::first();
    for card in &board.cards {
        let mut draft = card.draft.clone();
        draft.author_id = card
            .draft
            .author_id
            .map(|a| mapped(people, &a, "participant"))
            .transpose()?;
        let cell = (
            mapped(&steps, &card.step_id, "step")?,
            mapped(&lanes, &card.lane_id, "lane")?,
        );
        insert_card(tx, cell, &card_at, &draft, now)?;
        card_at = card_at.after();
    }
    for rating in &board.ratings {
        let participant = rating
            .participant_id
            .map(|p| mapped(people, &p, "participant"))
            .transpose()?;
        insert_rating(
            tx,
            mapped(&steps, &rating.step_id, "step")?,
            rating.curve,
            rating.score,
            participant,
            now,
        )?;
    }
    Ok(id)
}
