//! The one way to export, for the app and for `feltboard-cli`: choose what ([`Export`]),
//! read it from the store at once ([`prepare`], under the store's lock), then make its bytes
//! ([`Prepared::bytes`], anywhere: the app does it off the window's thread) and write them
//! whole with `feltboard_core::files::write_whole`.

use feltboard_core::ids::{BoardId, WorkshopId};
use feltboard_core::portable::WorkshopFile;
use feltboard_core::{Error, Store, Timestamp};

use crate::{
    ExportError, Include, PageSize, PdfOptions, WorkshopContent, csv, raster, workshop_pdf,
};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The stakeholders' PDF of the whole workshop.
    Pdf {
        page_size: PageSize,
        include: Include,
    },
    /// A picture of one board.
    BoardPng(BoardId),
    /// One board's cards, for a spreadsheet.
    BoardCsv(BoardId),
    /// Every opportunity of the workshop, what was decided about it, for a spreadsheet.
    DecisionsCsv,
    /// Everything, to open in Feltboard on another laptop.
    WorkshopFile,
}

/// What an export needs, read from the store.
#[derive(Debug)]
pub enum Prepared {
    Pdf {
        content: WorkshopContent,
        page_size: PageSize,
        include: Include,
    },
    /// A board, by its place in `content.boards`.
    Png {
        content: WorkshopContent,
        board: usize,
    },
    Csv {
        content: WorkshopContent,
        board: usize,
    },
    Decisions(WorkshopContent),
    File(Box<WorkshopFile>),
}

/// Reads what `what` needs of `workshop` from the store, at once.
pub fn prepare(
    store: &Store,
    workshop: WorkshopId,
    what: Export,
    now: Timestamp,
) -> Result<Prepared, ExportError> {
    let content = || WorkshopContent::read(store, workshop);
    let place = |content: &WorkshopContent, board: BoardId| {
        content
            .boards
            .iter()
            .position(|b| b.board.id == board)
            .ok_or(ExportError::Store(Error::NotFound { entity: "board" }))
    };
    Ok(match what {
        Export::Pdf { page_size, include } => Prepared::Pdf {
            content: content()?,
            page_size,
            include,
        },
        Export::BoardPng(board) => {
            let content = content()?;
            Prepared::Png {
                board: place(&content, board)?,
                content,
            }
        }
        Export::BoardCsv(board) => {
            let content = content()?;
            Prepared::Csv {
                board: place(&content, board)?,
                content,
            }
        }
        Export::DecisionsCsv => Prepared::Decisions(content()?),
        Export::WorkshopFile => Prepared::File(Box::new(store.workshop_file(workshop, now)?)),
    })
}

impl Prepared {
    /// The export's bytes; `now` is printed on the PDF.
    pub fn bytes(&self, now: Timestamp) -> Result<Vec<u8>, ExportError> {
        match self {
            Prepared::Pdf {
                content,
                page_size,
                include,
            } => workshop_pdf(
                content,
                &PdfOptions {
                    page_size: *page_size,
                    now,
                    include: *include,
                },
            ),
            Prepared::Png { content, board } => raster::board_png(content, *board),
            Prepared::Csv { content, board } => {
                Ok(csv::board_csv(content, &content.boards[*board]).into_bytes())
            }
            Prepared::Decisions(content) => Ok(csv::decisions_csv(content).into_bytes()),
            Prepared::File(file) => {
                serde_json::to_vec_pretty(file).map_err(|e| ExportError::Json(e.to_string()))
            }
        }
    }
}
