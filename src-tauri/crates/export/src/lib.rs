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

use feltboard_core::language::{Language, Words};
use feltboard_core::say;

/// Why an export was not made: the store's error, or the drawing's or the writing's (whose
/// details are the libraries' own words).
#[derive(Debug)]
pub enum ExportError {
    Store(feltboard_core::Error),
    Pdf(String),
    Json(String),
}

impl ExportError {
    /// Its sentence in `words`' language.
    pub fn said(&self, words: &Words) -> String {
        match self {
            ExportError::Store(error) => error.said(words),
            ExportError::Pdf(problem) => {
                say!(words, "error-pdf-not-made", problem = problem.as_str())
            }
            ExportError::Json(problem) => {
                say!(words, "error-json-not-written", problem = problem.as_str())
            }
        }
    }
}

/// In English: logs, tests, and whatever has no reader's language to hand.
impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Words::of(Language::En)))
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Store(error) => Some(error),
            _ => None,
        }
    }
}

impl From<feltboard_core::Error> for ExportError {
    fn from(error: feltboard_core::Error) -> Self {
        ExportError::Store(error)
    }
}
