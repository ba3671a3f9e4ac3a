//! Feltboard's core: the workshop domain and its local store.
//!
//! Everything a facilitator makes lives in one SQLite database in the data folder
//! ([`data_folder`]). [`Store`] is the only door to it: every change is one transaction,
//! every text is checked against its limits ([`text`]), and every failure is an [`Error`]
//! whose message can be shown as it is. Nothing here knows about windows or webviews.

pub mod boards;
pub mod command_line;
pub mod data_folder;
pub mod dates;
pub mod error;
pub mod files;
pub mod ids;
pub mod language;
mod named;
pub mod order_key;
pub mod participants;
pub mod personas;
pub mod phrase;
pub mod portable;
pub mod room;
mod sample;
mod store;
mod stored_as_text;
pub mod text;
pub mod time;
pub mod workshops;

pub use error::{Error, ErrorCode, Result};
pub use phrase::{Field, Items, Phrase, Thing};
pub use store::{Store, latest_version};
pub use time::Timestamp;
