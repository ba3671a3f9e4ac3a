//! The app's state: the store (or the reason it could not be opened), and the room if one
//! is open.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use feltboard_core::language::{Language, Words};
use feltboard_core::{Error, Store};
use feltboard_room::{Room, SharedStore};

use crate::commands::language::chosen_window_language;
use crate::ipc_error::{IpcError, IpcResult};

/// Held by Tauri for the app's lifetime.
#[derive(Debug)]
pub struct AppState {
    pub data_folder: PathBuf,
    store: Result<SharedStore, IpcError>,
    /// Where the room listens when Feltboard was told (`--room-address`); else it finds the
    /// laptop's network itself.
    pub room_address: Option<IpAddr>,
    /// The room phones can join, while the facilitator keeps it open.
    pub room: tokio::sync::Mutex<Option<Room>>,
    /// The workshop file Feltboard was started with, until the window has offered it.
    pub opened_with: Mutex<Option<String>>,
    /// The window's language, which its error messages are said in: the facilitator's
    /// choice, else the system's (`LANG`), else English.
    window_language: RwLock<Language>,
}

impl AppState {
    /// Opens the store in `data_folder` and adds the sample workshop on the first run.
    ///
    /// A store that can't be opened is kept as the reason, for the UI's problem screen.
    pub fn open(
        data_folder: PathBuf,
        room_address: Option<IpAddr>,
        opened_with: Option<String>,
    ) -> Self {
        let store = Store::open(&data_folder).and_then(|mut store| {
            store.seed_sample_once(feltboard_core::Timestamp::now())?;
            Ok(store)
        });
        let chosen = store
            .as_ref()
            .ok()
            .and_then(|store| chosen_window_language(store).ok().flatten());
        let language = chosen
            .or_else(Language::of_the_terminal)
            .unwrap_or_default();
        let words = Words::of(language);
        AppState {
            data_folder,
            store: store
                .map(|store| Arc::new(Mutex::new(store)))
                .map_err(|error| IpcError::said(&error, words)),
            room_address,
            room: tokio::sync::Mutex::default(),
            opened_with: Mutex::new(opened_with),
            window_language: RwLock::new(language),
        }
    }

    /// The words of the window's language.
    pub fn words(&self) -> &'static Words {
        Words::of(
            *self
                .window_language
                .read()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    /// Says the window's messages in `language` from now on.
    pub fn set_window_language(&self, language: Language) {
        *self
            .window_language
            .write()
            .unwrap_or_else(PoisonError::into_inner) = language;
    }

    /// The core's `error` as the window shows it, in the window's language.
    pub fn said(&self, error: &Error) -> IpcError {
        IpcError::said(error, self.words())
    }

    /// Why the store is unusable, if it is.
    pub fn problem(&self) -> Option<IpcError> {
        self.store.as_ref().err().cloned()
    }

    /// The store itself, for the room's server to share.
    pub fn shared_store(&self) -> IpcResult<SharedStore> {
        self.store.as_ref().map(Arc::clone).map_err(Clone::clone)
    }

    /// Runs `work` on the store, turning its errors into what the UI receives.
    pub fn with_store<T>(
        &self,
        work: impl FnOnce(&mut Store) -> feltboard_core::Result<T>,
    ) -> IpcResult<T> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        work(&mut feltboard_room::lock(store)).map_err(|error| self.said(&error))
    }
}

#[cfg(test)]
mod tests {
    use feltboard_core::workshops::WorkshopDraft;
    use feltboard_core::{ErrorCode, Timestamp};

    use super::*;
    use crate::commands::language::KEY;

    fn open(folder: &tempfile::TempDir) -> AppState {
        AppState::open(folder.path().to_path_buf(), None, None)
    }

    fn untitled(state: &AppState) -> IpcError {
        state
            .with_store(|store| store.create_workshop(&WorkshopDraft::default(), Timestamp::now()))
            .expect_err("a workshop needs a title")
    }

    #[test]
    fn the_core_s_errors_reach_the_window_in_its_language() {
        let folder = tempfile::tempdir().expect("a data folder");
        let state = open(&folder);
        state.set_window_language(Language::En);
        assert_eq!(untitled(&state).message, "The title can't be empty.");
        state.set_window_language(Language::De);
        let refused = untitled(&state);
        assert_eq!(refused.message, "Der Titel darf nicht leer sein.");
        assert_eq!(refused.code, ErrorCode::InvalidInput);
    }

    #[test]
    fn the_window_s_errors_keep_the_language_chosen_before_a_restart() {
        let folder = tempfile::tempdir().expect("a data folder");
        {
            let state = open(&folder);
            state
                .with_store(|store| store.remember(KEY, Language::Fr.code()))
                .expect("remembered");
        }
        let state = open(&folder);
        assert_eq!(state.words().language(), Language::Fr);
        assert_eq!(untitled(&state).message, "Le titre ne peut pas être vide.");
    }
}
