//! Feltboard's exports, for people who were not in the room: the stakeholders' PDF and a
//! board's cards as CSV. Built on the core's types; used by the app and by `feltboard-cli`.

mod content;
pub mod csv;
pub mod decisions;
pub mod exporting;
pub mod pdf;
pub mod raster;

pub use content::WorkshopContent;
pub use exporting::{Export, Prepared, prepare};
pub use pdf::{Include, PageSize, PdfOptions, board_poster, workshop_pdf};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] feltboard_core::Error),
    #[error("The PDF could not be made: {0}")]
    Pdf(String),
    #[error("The workshop could not be written as JSON: {0}")]
    Json(String),
}
