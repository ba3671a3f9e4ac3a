//! The portable workshop file: one workshop and everything in it — participants, personas
//! with their portraits, boards with every card, rating and dot — as JSON, to move a
//! workshop to another laptop or keep it safe. The file carries its format's version; a
//! newer one is refused with a clear message rather than half-read, and every older one
//! keeps importing (`tests/fixtures/workshop-files`).
//!
//! Importing checks and writes inside one transaction: any problem anywhere in the file
//! (a broken reference, an id used twice, an over-long text, a damaged portrait) undoes
//! everything, so a bad file writes nothing, and the refusal names its place in the file.
//! An import is always a copy with new ids; to replace the workshop it came from, the
//! facilitator asks for it, and the old one is deleted (undoably).

mod format;
mod importing;
mod parsing;

use std::collections::HashSet;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

pub use format::*;

use crate::error::{Field, Result};
use crate::files;
use crate::ids::WorkshopId;
use crate::store::Store;
use crate::time::Timestamp;

/// A to-be board whose as-is board is not in the file (deleted since) is written without
/// its origin, so the file reads back whole.
fn forget_origins_outside(boards: &mut [FileBoard]) {
    let board_ids: HashSet<String> = boards.iter().map(|b| b.id.clone()).collect();
    let step_ids: HashSet<String> = boards
        .iter()
        .flat_map(|b| {
            b.stages
                .iter()
                .flat_map(|s| s.steps.iter().map(|t| t.id.clone()))
        })
        .collect();
    for board in boards {
        board.based_on = board.based_on.take().filter(|b| board_ids.contains(b));
        for step in board.stages.iter_mut().flat_map(|s| s.steps.iter_mut()) {
            step.based_on = step.based_on.take().filter(|s| step_ids.contains(s));
        }
    }
}

/// What the file says it is.
pub const FORMAT: &str = "feltboard-workshop";
/// The version this Feltboard writes and the newest it reads. 2 added the dots (`votes`);
/// 3 segments, as-is and to-be, and evidence (see `format.rs`).
pub const VERSION: u32 = 3;
/// The workshop file's own extension; older Feltboards wrote `.json`, which still opens.
pub const FILE_EXTENSIONS: [&str; 2] = ["feltboard", "json"];
/// A file larger than this is refused before it is read: portraits are at most 512 px.
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;

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
        let participants = self.list_participants(id)?;
        let listed: HashSet<_> = participants.iter().map(|p| p.id).collect();
        let personas = self
            .list_personas(id)?
            .into_iter()
            .map(|persona| {
                let portrait = if persona.has_portrait {
                    self.persona_portrait(persona.id)?
                } else {
                    None
                };
                Ok(FilePersona::new(
                    &persona,
                    portrait.map(|p| FilePortrait {
                        media_type: p.media_type.to_owned(),
                        data: BASE64.encode(&p.bytes),
                    }),
                ))
            })
            .collect::<Result<_>>()?;
        let mut boards: Vec<FileBoard> = self
            .list_boards(id)?
            .into_iter()
            .map(|b| {
                let board = self.board(b.board.id)?;
                let votes = self.votes_on(b.board.id)?;
                Ok(FileBoard::new(&board, &votes, |p| listed.contains(&p)))
            })
            .collect::<Result<_>>()?;
        forget_origins_outside(&mut boards);
        Ok(WorkshopFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            exported_at: now.0,
            workshop: FileWorkshop::from(&self.workshop(id)?),
            participants: participants.iter().map(FileParticipant::from).collect(),
            personas,
            boards,
        })
    }

    /// Reads the workshop file at `path` and imports it; see [`Store::import_workshop`].
    /// Anything but a regular file of at most [`MAX_FILE_BYTES`] is refused unread.
    pub fn import_workshop_file(
        &mut self,
        path: &Path,
        import_as: ImportAs,
        now: Timestamp,
    ) -> Result<WorkshopId> {
        let bytes = files::read_limited(path, MAX_FILE_BYTES, Field::WorkshopFile)?;
        self.import_workshop(&bytes, import_as, now)
    }

    /// Reads a workshop file and adds what it holds as a new workshop; see the module.
    pub fn import_workshop(
        &mut self,
        bytes: &[u8],
        import_as: ImportAs,
        now: Timestamp,
    ) -> Result<WorkshopId> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(crate::Error::NotRead {
                what: Field::WorkshopFile,
                reason: crate::phrase!(
                    "reason-file-too-large",
                    size = (bytes.len() as u64).div_ceil(1_048_576),
                    max = MAX_FILE_BYTES / 1_048_576,
                ),
            });
        }
        let file = parsing::parse(bytes)?;
        let portraits = importing::portraits(&file)?;
        let replaced = match import_as {
            ImportAs::Replacement => file
                .workshop
                .id
                .parse()
                .ok()
                .and_then(|old| self.workshop(WorkshopId(old)).ok())
                .map(|w| w.id),
            ImportAs::Copy => None,
        };
        let id = self.write(|tx| importing::write_file(tx, &file, &portraits, now))?;
        if let Some(old) = replaced {
            self.delete_workshop(old, now)?;
        }
        Ok(id)
    }
}
