use feltboard_core::ids::WorkshopId;
use feltboard_core::personas::Persona;
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_personas(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> IpcResult<Vec<Persona>> {
    state.with_store(|store| store.list_personas(workshop_id))
}
