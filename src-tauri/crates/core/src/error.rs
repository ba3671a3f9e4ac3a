//! The one error type of the core, and the stable codes the UI branches on.

use std::path::{Path, PathBuf};

use crate::language::{Arg, Language, Words};
pub use crate::phrase::{Field, Items, Phrase, Thing};

/// What went wrong, in words a facilitator can act on.
///
/// Every variant's sentence names the thing concerned (a field, a file) so that it can be
/// shown as it is, in the reader's language ([`Error::said`]; `Display` says it in English);
/// [`Error::code`] gives the stable code the UI uses to choose a screen.
#[derive(Debug)]
pub enum Error {
    Blank {
        field: Field,
    },

    TooLong {
        field: Field,
        length: usize,
        max: usize,
    },

    Invalid {
        field: Field,
        reason: Phrase,
    },

    FileRefused {
        /// Where in the file, as a path like `boards[0].cards[12].text`; empty for the whole.
        place: String,
        reason: Phrase,
        /// What the person can do about it.
        advice: Phrase,
    },

    NotFound {
        /// What is missing, as an English word ("board"): see [`Thing::word`].
        entity: &'static str,
    },

    QueueFull {
        yours: bool,
        max: usize,
    },

    NoDotsLeft {
        budget: u32,
    },

    AlreadyOpen {
        path: PathBuf,
    },

    EditedMigration {
        number: i64,
    },

    NoStore {
        path: PathBuf,
    },

    StoreNeedsUpdate {
        path: PathBuf,
    },

    DataFolderNotWritable {
        path: PathBuf,
        reason: Phrase,
    },

    NotADatabase {
        path: PathBuf,
    },

    NewerStore {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    DiskFull,

    Busy,

    StoreFileAsTarget {
        path: PathBuf,
    },

    NotRead {
        /// What the file was to be ("The workshop file").
        what: Field,
        reason: Phrase,
    },

    NotWritten {
        path: PathBuf,
        reason: Phrase,
    },

    TooMany {
        items: Items,
        count: usize,
        max: usize,
    },

    Database(rusqlite::Error),

    Io(std::io::Error),
}

impl Error {
    /// Its sentence in `words`' language, from the `error-*` messages of `errors.ftl`.
    pub fn said(&self, words: &Words) -> String {
        let name = |id: &str| Arg::from(words.say(id, &[]));
        let path = |path: &Path| Arg::from(path.display().to_string());
        match self {
            Error::Blank { field } => {
                words.say_about("error-blank", field.id(), &[("field", name(field.id()))])
            }
            Error::TooLong { field, length, max } => words.say_about(
                "error-too-long",
                field.id(),
                &[
                    ("field", name(field.id())),
                    ("length", Arg::from(*length)),
                    ("max", Arg::from(*max)),
                ],
            ),
            Error::Invalid { field, reason } => words.say_about(
                "error-invalid",
                field.id(),
                &[("field", name(field.id())), ("reason", reason.arg(words))],
            ),
            Error::FileRefused {
                place,
                reason,
                advice,
            } => {
                let args = [
                    ("place", Arg::from(place.as_str())),
                    ("reason", reason.arg(words)),
                    ("advice", advice.arg(words)),
                ];
                if place.is_empty() {
                    words.say("error-file-refused", &args)
                } else {
                    words.say("error-file-refused-at", &args)
                }
            }
            Error::NotFound { entity } => match Thing::of_word(entity) {
                Some(thing) => words.say_about(
                    "error-not-found",
                    thing.id(),
                    &[("entity", name(thing.id()))],
                ),
                None => words.say("error-not-found", &[("entity", Arg::from(*entity))]),
            },
            Error::QueueFull { yours, max } => words.say(
                if *yours {
                    "error-queue-full-yours"
                } else {
                    "error-queue-full"
                },
                &[("max", Arg::from(*max))],
            ),
            Error::NoDotsLeft { budget } => {
                words.say("error-no-dots-left", &[("budget", Arg::from(*budget))])
            }
            Error::AlreadyOpen { path: p } => words.say("error-already-open", &[("path", path(p))]),
            Error::EditedMigration { number } => {
                words.say("error-edited-migration", &[("number", Arg::from(*number))])
            }
            Error::NoStore { path: p } => words.say("error-no-store", &[("path", path(p))]),
            Error::StoreNeedsUpdate { path: p } => {
                words.say("error-store-needs-update", &[("path", path(p))])
            }
            Error::DataFolderNotWritable { path: p, reason } => words.say(
                "error-data-folder-not-writable",
                &[("path", path(p)), ("reason", reason.arg(words))],
            ),
            Error::NotADatabase { path: p } => {
                words.say("error-not-a-database", &[("path", path(p))])
            }
            Error::NewerStore {
                path: p,
                found,
                known,
            } => words.say(
                "error-newer-store",
                &[
                    ("path", path(p)),
                    ("found", Arg::from(*found)),
                    ("known", Arg::from(*known)),
                ],
            ),
            Error::DiskFull => words.say("error-disk-full", &[]),
            Error::Busy => words.say("error-busy", &[]),
            Error::StoreFileAsTarget { path: p } => {
                words.say("error-store-file-as-target", &[("path", path(p))])
            }
            Error::NotRead { what, reason } => words.say_about(
                "error-not-read",
                what.id(),
                &[("what", name(what.id())), ("reason", reason.arg(words))],
            ),
            Error::NotWritten { path: p, reason } => words.say(
                "error-not-written",
                &[("path", path(p)), ("reason", reason.arg(words))],
            ),
            Error::TooMany { items, count, max } => words.say_about(
                "error-too-many",
                items.id(),
                &[
                    ("items", name(items.id())),
                    ("count", Arg::from(*count)),
                    ("max", Arg::from(*max)),
                ],
            ),
            Error::Database(error) => words.say(
                "error-database",
                &[("problem", Arg::from(error.to_string()))],
            ),
            Error::Io(error) => words.say("error-io", &[("problem", Arg::from(error.to_string()))]),
        }
    }
}

/// In English: logs, tests, and whatever has no reader's language to hand.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Words::of(Language::En)))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(error) => Some(error),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(error: std::io::Error) -> Self {
        Error::Io(error)
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
