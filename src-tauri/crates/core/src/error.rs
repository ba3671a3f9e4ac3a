//! The one error type of the core, and the stable codes the UI branches on.

use std::path::PathBuf;

/// What went wrong, in words a facilitator can act on.
///
/// Every variant's message names the thing concerned (a field, a file) so that it can be
/// shown as it is; [`Error::code`] gives the stable code the UI uses to choose a screen.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field} can't be empty.")]
    Blank { field: &'static str },

    #[error("{field} is too long: {length} characters, at most {max} fit.")]
    TooLong {
        field: &'static str,
        length: usize,
        max: usize,
    },

    #[error("{field} is not valid: {reason}")]
    Invalid { field: &'static str, reason: String },

    #[error(
        "The workshop file can't be imported{}: {reason}. Nothing was imported; {advice}.",
        at(.place)
    )]
    FileRefused {
        /// Where in the file, as a path like `boards[0].cards[12].text`; empty for the whole.
        place: String,
        reason: String,
        /// What the person can do about it.
        advice: &'static str,
    },

    #[error("That {entity} no longer exists; it may have been deleted.")]
    NotFound { entity: &'static str },

    #[error("{}", if *yours {
        format!("You have {max} notes waiting for the facilitator: send more once they have read them.")
    } else {
        format!("The facilitator has {max} notes to read: send yours in a moment.")
    })]
    QueueFull { yours: bool, max: usize },

    #[error("All {budget} dots are spent.")]
    NoDotsLeft { budget: u32 },

    #[error(
        "Feltboard is already open on the data folder {}. Use that window, or close it first.",
        path.display()
    )]
    AlreadyOpen { path: PathBuf },

    #[error(
        "This store was made with a different schema migration {number} than this Feltboard's; \
         it was left as it is. A shipped migration must never be edited."
    )]
    EditedMigration { number: i64 },

    #[error("There is no Feltboard data in {}.", path.display())]
    NoStore { path: PathBuf },

    #[error(
        "The store in {} was made by an older Feltboard. Open Feltboard once to bring it up to date.",
        path.display()
    )]
    StoreNeedsUpdate { path: PathBuf },

    #[error("Feltboard can't write to the data folder {}: {reason}", path.display())]
    DataFolderNotWritable { path: PathBuf, reason: String },

    #[error(
        "{} is not a Feltboard database, or it is damaged. It was left exactly as it is; \
         move it aside to start afresh, or restore it from a backup.",
        path.display()
    )]
    NotADatabase { path: PathBuf },

    #[error(
        "{} was written by a newer Feltboard (store version {found}; this one knows up to \
         {known}). Update Feltboard to open it; nothing was changed.",
        path.display()
    )]
    NewerStore {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error(
        "The disk is full, so the last change could not be saved. Free some space and try again."
    )]
    DiskFull,

    #[error(
        "Another program is holding the database; the change was not saved. Try again in a moment."
    )]
    Busy,

    #[error(
        "{} is where Feltboard keeps its workshops. Save under another name or in another folder; nothing was written.",
        path.display()
    )]
    StoreFileAsTarget { path: PathBuf },

    #[error("{what} can't be used: {reason}.")]
    NotRead {
        /// What the file was to be ("The workshop file").
        what: &'static str,
        reason: String,
    },

    #[error("{} could not be written: {reason}. Nothing was changed there.", path.display())]
    NotWritten { path: PathBuf, reason: String },

    #[error("{count} {items} are too many: at most {max} fit.")]
    TooMany {
        items: &'static str,
        count: usize,
        max: usize,
    },

    #[error("The database reported an error: {0}")]
    Database(rusqlite::Error),

    #[error("A file could not be read or written: {0}")]
    Io(#[from] std::io::Error),
}

fn at(place: &str) -> String {
    if place.is_empty() {
        String::new()
    } else {
        format!(" (at {place})")
    }
}

/// The stable, machine-readable kind of an [`Error`]: the UI branches on it.
///
/// Add a code only when the UI needs to tell that case apart from the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input was refused; nothing changed. The message says which field and why.
    InvalidInput,
    NotFound,
    /// Another Feltboard holds the data folder.
    AlreadyOpen,
    /// The data folder or database cannot be used at all: the app shows the problem screen.
    StoreUnusable,
    /// The change was not saved but may be on a second try (disk full, database busy).
    NotSaved,
    Internal,
}

impl Error {
    /// The code the UI branches on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Blank { .. }
            | Error::TooLong { .. }
            | Error::TooMany { .. }
            | Error::Invalid { .. }
            | Error::StoreFileAsTarget { .. }
            | Error::FileRefused { .. }
            | Error::NotRead { .. }
            | Error::NoDotsLeft { .. }
            | Error::QueueFull { .. } => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::AlreadyOpen { .. } => ErrorCode::AlreadyOpen,
            Error::DataFolderNotWritable { .. }
            | Error::NoStore { .. }
            | Error::EditedMigration { .. }
            | Error::StoreNeedsUpdate { .. }
            | Error::NotADatabase { .. }
            | Error::NewerStore { .. } => ErrorCode::StoreUnusable,
            Error::DiskFull | Error::Busy | Error::NotWritten { .. } => ErrorCode::NotSaved,
            Error::Database(_) | Error::Io(_) => ErrorCode::Internal,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as Sqlite;
        match error.sqlite_error_code() {
            Some(Sqlite::DiskFull) => Error::DiskFull,
            Some(Sqlite::DatabaseBusy | Sqlite::DatabaseLocked) => Error::Busy,
            _ => Error::Database(error),
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
