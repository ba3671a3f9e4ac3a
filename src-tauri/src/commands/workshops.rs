use feltboard_core::Timestamp;
use feltboard_core::ids::WorkshopId;
use feltboard_core::workshops::{Workshop, WorkshopDraft, WorkshopSummary};
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_workshops(
    state: State<'_, AppState>,
    search: String,
) -> IpcResult<Vec<WorkshopSummary>> {
    state.with_store(|store| store.list_workshops(&search))
}

/// Notes that the facilitator opened the workshop: Home lists it first.
#[tauri::command]
#[specta::specta]
pub async fn workshop_opened(state: State<'_, AppState>, id: WorkshopId) -> IpcResult<()> {
    state.with_store(|store| store.workshop_opened(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn get_workshop(state: State<'_, AppState>, id: WorkshopId) -> IpcResult<Workshop> {
    state.with_store(|store| store.workshop(id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_workshop(
    state: State<'_, AppState>,
    draft: WorkshopDraft,
) -> IpcResult<Workshop> {
    state.with_store(|store| store.create_workshop(&draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn update_workshop(
    state: State<'_, AppState>,
    id: WorkshopId,
    draft: WorkshopDraft,
) -> IpcResult<Workshop> {
    state.with_store(|store| store.update_workshop(id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_workshop(state: State<'_, AppState>, id: WorkshopId) -> IpcResult<()> {
    state.with_store(|store| store.delete_workshop(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_workshop(state: State<'_, AppState>, id: WorkshopId) -> IpcResult<()> {
    state.with_store(|store| store.restore_workshop(id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_sample_workshop(state: State<'_, AppState>) -> IpcResult<WorkshopId> {
    state.with_store(|store| store.add_sample_workshop(Timestamp::now()))
}
