use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use feltboard_core::ids::{PersonaId, WorkshopId};
use feltboard_core::personas::{Persona, PersonaDraft, Portrait};
use feltboard_core::{Error, Field, Timestamp, phrase};
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

#[tauri::command]
#[specta::specta]
pub async fn get_persona(state: State<'_, AppState>, id: PersonaId) -> IpcResult<Persona> {
    state.with_store(|store| store.persona(id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_persona(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    draft: PersonaDraft,
) -> IpcResult<Persona> {
    state.with_store(|store| store.add_persona(workshop_id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn update_persona(
    state: State<'_, AppState>,
    id: PersonaId,
    draft: PersonaDraft,
) -> IpcResult<Persona> {
    state.with_store(|store| store.update_persona(id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_persona(state: State<'_, AppState>, id: PersonaId) -> IpcResult<()> {
    state.with_store(|store| store.delete_persona(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_persona(state: State<'_, AppState>, id: PersonaId) -> IpcResult<()> {
    state.with_store(|store| store.restore_persona(id))
}

#[tauri::command]
#[specta::specta]
pub async fn duplicate_persona(state: State<'_, AppState>, id: PersonaId) -> IpcResult<Persona> {
    state.with_store(|store| store.duplicate_persona(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn move_persona(
    state: State<'_, AppState>,
    id: PersonaId,
    index: u32,
) -> IpcResult<Persona> {
    state.with_store(|store| store.move_persona(id, index as usize, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn copy_persona_to(
    state: State<'_, AppState>,
    id: PersonaId,
    workshop_id: WorkshopId,
) -> IpcResult<Persona> {
    state.with_store(|store| store.copy_persona_to(id, workshop_id, Timestamp::now()))
}

/// The portrait as a `data:` URL the window can show, or `None`.
#[tauri::command]
#[specta::specta]
pub async fn persona_portrait(
    state: State<'_, AppState>,
    id: PersonaId,
) -> IpcResult<Option<String>> {
    let portrait = state.with_store(|store| store.persona_portrait(id))?;
    Ok(portrait.map(|p| format!("data:{};base64,{}", p.media_type, BASE64.encode(p.bytes))))
}

/// Sets the portrait from an image file the facilitator picked, sent as a `data:` URL or
/// bare base64; `None` removes the portrait.
#[tauri::command]
#[specta::specta]
pub async fn set_persona_portrait(
    state: State<'_, AppState>,
    id: PersonaId,
    file: Option<String>,
) -> IpcResult<Persona> {
    let portrait = match file {
        Some(file) => Some(
            decode_file(&file)
                .and_then(|bytes| Portrait::from_file(&bytes))
                .map_err(|error| state.said(&error))?,
        ),
        None => None,
    };
    state.with_store(|store| {
        store.set_persona_portrait(id, portrait.as_ref(), Timestamp::now())?;
        store.persona(id)
    })
}

fn decode_file(file: &str) -> feltboard_core::Result<Vec<u8>> {
    let base64 = file.split_once(";base64,").map_or(file, |(_, data)| data);
    BASE64.decode(base64.trim()).map_err(|_| Error::Invalid {
        field: Field::Portrait,
        reason: phrase!("reason-portrait-not-whole"),
    })
}
