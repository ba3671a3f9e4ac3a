//! How an error crosses to the UI: a code to branch on and a message to show, in the window's
//! language.

use feltboard_core::language::Words;
use feltboard_core::{Error, ErrorCode};
use serde::Serialize;

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    /// The core's `error`, said in `words`' language: the window's (`AppState::said`).
    pub fn said(error: &Error, words: &Words) -> IpcError {
        IpcError {
            code: error.code(),
            message: error.said(words),
        }
    }
}

/// What every command returns.
pub type IpcResult<T> = Result<T, IpcError>;
