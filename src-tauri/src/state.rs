//! The app's state: the store (or the reason it could not be opened), and the room if one
//! is open.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use feltboard_core::Store;
use feltboard_room::{Room, SharedStore};

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
        AppState {
            data_folder,
            store: store
                .map(|store| Arc::new(Mutex::new(store)))
                .map_err(IpcError::from),
            room_address,
            room: tokio::sync::Mutex::default(),
            opened_with: Mutex::new(opened_with),
        }
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
        Ok(work(&mut feltboard_room::lock(store))?)
    }
}
