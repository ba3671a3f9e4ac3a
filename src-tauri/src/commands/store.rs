use serde::Serialize;
use tauri::State;

use crate::ipc_error::IpcError;
use crate::state::AppState;

/// Where the data lives, and what is wrong with it if the store could not be opened.
#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StoreStatus {
    pub data_folder: String,
    pub problem: Option<IpcError>,
}

#[tauri::command]
#[specta::specta]
pub async fn store_status(state: State<'_, AppState>) -> Result<StoreStatus, IpcError> {
    Ok(StoreStatus {
        data_folder: state.data_folder.display().to_string(),
        problem: state.problem(),
    })
}
