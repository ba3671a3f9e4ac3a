//! How an error crosses to the UI: a code to branch on and a message to show.

use feltboard_core::{Error, ErrorCode};
use serde::Serialize;

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl From<Error> for IpcError {
    fn from(error: Error) -> Self {
        IpcError {
            code: error.code(),
            message: error.to_string(),
        }
    }
}

/// What every command returns.
pub type IpcResult<T> = Result<T, IpcError>;
