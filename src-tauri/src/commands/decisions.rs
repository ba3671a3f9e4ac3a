//! From the room to decisions: the to-be journey and its comparison with the as-is one, and
//! the evidence behind each opportunity.

use feltboard_core::Timestamp;
use feltboard_core::boards::{Comparison, EvidenceItem};
use feltboard_core::ids::{BoardId, CardId};
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn start_to_be(state: State<'_, AppState>, id: BoardId) -> IpcResult<BoardId> {
    state.with_store(|store| store.start_to_be(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn compare_with_as_is(state: State<'_, AppState>, id: BoardId) -> IpcResult<Comparison> {
    state.with_store(|store| store.comparison(id))
}

#[tauri::command]
#[specta::specta]
pub async fn link_evidence(
    state: State<'_, AppState>,
    opportunity: CardId,
    evidence: Vec<EvidenceItem>,
) -> IpcResult<()> {
    state.with_store(|store| store.link_evidence(opportunity, &evidence, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn unlink_evidence(
    state: State<'_, AppState>,
    opportunity: CardId,
    evidence: Vec<EvidenceItem>,
) -> IpcResult<()> {
    state.with_store(|store| store.unlink_evidence(opportunity, &evidence))
}
