use feltboard_core::boards::BoardSummary;
use feltboard_core::ids::WorkshopId;
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_boards(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> IpcResult<Vec<BoardSummary>> {
    state.with_store(|store| store.list_boards(workshop_id))
}
