//! The room: opening it for a board (the server phones join), voting, and the facilitator's
//! moderation queue.

use std::collections::HashMap;

use feltboard_core::ids::{BoardId, CardId, ParticipantId, PendingNoteId};
use feltboard_core::language::Words;
use feltboard_core::room::{PendingNote, QueuePlace};
use feltboard_core::{ErrorCode, Timestamp};
use feltboard_room::{OpenError, Room, RoomEvent, RoomLimits, RoomStatus, Voting, network};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_specta::Event;

use crate::ipc_error::{IpcError, IpcResult};
use crate::state::AppState;

/// What the window hears when a phone did something: it catches up.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct RoomActivity(pub RoomEvent);

/// Opens the room for `board_id` (closing one open for another board) on the address given
/// at start (`--room-address`), else on the network picked last on the networks the laptop
/// is on now, else on the one the room takes by itself, else on the laptop alone.
#[tauri::command]
#[specta::specta]
pub async fn open_room(
    app: AppHandle,
    state: State<'_, AppState>,
    board_id: BoardId,
) -> IpcResult<RoomStatus> {
    let mut room = state.room.lock().await;
    if let Some(open) = room.take() {
        open.close().await;
    }
    let networks = network::laptop_networks();
    let picked = state.with_store(|store| store.remembered(&picked_on(&networks)))?;
    let opened = Room::open(
        state.shared_store()?,
        board_id,
        network::listen_on(state.room_address, &networks, picked.as_deref()),
        RoomLimits::default(),
        move |event: RoomEvent| {
            // A window that is gone has nobody to tell.
            let _ = RoomActivity(event).emit(&app);
        },
    )
    .await
    .map_err(|error| not_opened(&state, error))?;
    let status = opened.status();
    *room = Some(opened);
    Ok(status)
}

/// The key the network picked on `networks` is remembered under.
fn picked_on(networks: &[network::Network]) -> String {
    format!("room-network {}", network::situation(networks))
}

/// Why the room could not listen, in the window's words.
fn not_opened(state: &AppState, error: OpenError) -> IpcError {
    match error {
        OpenError::Store(error) => state.said(&error),
        listen @ OpenError::Listen(_) => IpcError {
            code: ErrorCode::Internal,
            message: listen.said(state.words()),
        },
    }
}

/// Moves the open room to the laptop's network at `ip` (the facilitator picked it), keeping
/// its code (phones join again there, as who they were), and remembers the pick for the
/// networks the laptop is on.
#[tauri::command]
#[specta::specta]
pub async fn move_room(state: State<'_, AppState>, ip: std::net::IpAddr) -> IpcResult<RoomStatus> {
    let mut room = state.room.lock().await;
    let room = room.as_mut().ok_or_else(|| closed(state.words()))?;
    let networks = network::laptop_networks();
    let picked = networks
        .iter()
        .find(|n| n.ip == ip)
        .ok_or_else(|| IpcError {
            code: ErrorCode::NotFound,
            message: feltboard_core::say!(
                state.words(),
                "error-room-network-gone",
                address = ip.to_string()
            ),
        })?;
    // Already there: phones keep their place.
    if room.address().ip() == ip {
        return Ok(room.status());
    }
    room.move_to(ip)
        .await
        .map_err(|error| not_opened(&state, error))?;
    // The room has moved: a pick that could not be remembered costs the next opening a
    // choice, not this one.
    if let Err(error) =
        state.with_store(|store| store.remember(&picked_on(&networks), &picked.pick()))
    {
        log::warn!(
            "the room's network could not be remembered: {}",
            error.message
        );
    }
    Ok(room.status())
}

/// The open room, if any.
#[tauri::command]
#[specta::specta]
pub async fn room_status(state: State<'_, AppState>) -> IpcResult<Option<RoomStatus>> {
    Ok(state.room.lock().await.as_ref().map(Room::status))
}

/// Closes the room: the server stops listening at once.
#[tauri::command]
#[specta::specta]
pub async fn close_room(state: State<'_, AppState>) -> IpcResult<()> {
    if let Some(open) = state.room.lock().await.take() {
        open.close().await;
    }
    Ok(())
}

/// No room is open, said in the window's `words`.
fn closed(words: &Words) -> IpcError {
    IpcError {
        code: ErrorCode::NotFound,
        message: words.say("error-room-closed", &[]),
    }
}

/// Opens or closes dot voting in the open room.
#[tauri::command]
#[specta::specta]
pub async fn set_voting(state: State<'_, AppState>, voting: Voting) -> IpcResult<RoomStatus> {
    let room = state.room.lock().await;
    let room = room.as_ref().ok_or_else(|| closed(state.words()))?;
    room.set_voting(voting);
    Ok(room.status())
}

/// Sends away the phones that speak for `participant_id`: they must join again.
#[tauri::command]
#[specta::specta]
pub async fn remove_device(
    state: State<'_, AppState>,
    participant_id: ParticipantId,
) -> IpcResult<RoomStatus> {
    let room = state.room.lock().await;
    let room = room.as_ref().ok_or_else(|| closed(state.words()))?;
    room.remove_device(participant_id);
    Ok(room.status())
}

/// The notes waiting on `board_id`; only those after `after`, when given.
#[tauri::command]
#[specta::specta]
pub async fn pending_notes(
    state: State<'_, AppState>,
    board_id: BoardId,
    after: Option<QueuePlace>,
) -> IpcResult<Vec<PendingNote>> {
    state.with_store(|store| match &after {
        Some(place) => store.pending_notes_after(board_id, place),
        None => store.pending_notes(board_id),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn approve_note(
    state: State<'_, AppState>,
    id: PendingNoteId,
    edited: Option<String>,
) -> IpcResult<CardId> {
    state.with_store(|store| store.approve_note(id, edited.as_deref(), Timestamp::now()))
}

/// Approves the notes `ids` as sent (the queue as the facilitator saw it, for "approve
/// all"); the cards made, in the same order.
#[tauri::command]
#[specta::specta]
pub async fn approve_notes(
    state: State<'_, AppState>,
    ids: Vec<PendingNoteId>,
) -> IpcResult<Vec<CardId>> {
    state.with_store(|store| store.approve_notes(&ids, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn reject_note(state: State<'_, AppState>, id: PendingNoteId) -> IpcResult<PendingNote> {
    state.with_store(|store| store.reject_note(id))
}

#[tauri::command]
#[specta::specta]
pub async fn requeue_note(state: State<'_, AppState>, note: PendingNote) -> IpcResult<()> {
    state.with_store(|store| store.requeue_note(&note))
}

/// The dots on each card of the board.
#[tauri::command]
#[specta::specta]
pub async fn card_votes(
    state: State<'_, AppState>,
    board_id: BoardId,
) -> IpcResult<HashMap<CardId, u32>> {
    state.with_store(|store| store.card_votes(board_id))
}
