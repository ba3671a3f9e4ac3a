use feltboard_core::Timestamp;
use feltboard_core::ids::{ParticipantId, WorkshopId};
use feltboard_core::participants::{Participant, ParticipantDraft};
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_participants(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> IpcResult<Vec<Participant>> {
    state.with_store(|store| store.list_participants(workshop_id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_participant(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    draft: ParticipantDraft,
) -> IpcResult<Participant> {
    state.with_store(|store| store.add_participant(workshop_id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn update_participant(
    state: State<'_, AppState>,
    id: ParticipantId,
    draft: ParticipantDraft,
) -> IpcResult<Participant> {
    state.with_store(|store| store.update_participant(id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_participant(state: State<'_, AppState>, id: ParticipantId) -> IpcResult<()> {
    state.with_store(|store| store.delete_participant(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_participant(state: State<'_, AppState>, id: ParticipantId) -> IpcResult<()> {
    state.with_store(|store| store.restore_participant(id))
}
