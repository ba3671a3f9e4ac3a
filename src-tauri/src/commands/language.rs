use feltboard_core::language::Language;
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

/// The key the window's language is remembered under.
const KEY: &str = "window-language";

/// The language the facilitator chose for the window, if they chose one (else the system's).
#[tauri::command]
#[specta::specta]
pub async fn window_language(state: State<'_, AppState>) -> IpcResult<Option<Language>> {
    state.with_store(|store| {
        Ok(store
            .remembered(KEY)?
            .as_deref()
            .and_then(Language::from_tag))
    })
}

/// Shows the window in `language` from now on, at every start.
#[tauri::command]
#[specta::specta]
pub async fn choose_window_language(
    state: State<'_, AppState>,
    language: Language,
) -> IpcResult<()> {
    state.with_store(|store| store.remember(KEY, language.code()))
}
