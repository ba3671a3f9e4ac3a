use feltboard_core::Store;
use feltboard_core::language::Language;
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

/// The key the window's language is remembered under.
pub(crate) const KEY: &str = "window-language";

/// The language the facilitator chose for the window, if they chose one (else the system's).
#[tauri::command]
#[specta::specta]
pub async fn window_language(state: State<'_, AppState>) -> IpcResult<Option<Language>> {
    state.with_store(|store| chosen_window_language(store))
}

/// The language the facilitator chose for the window, as the store remembers it.
pub fn chosen_window_language(store: &Store) -> feltboard_core::Result<Option<Language>> {
    Ok(store
        .remembered(KEY)?
        .as_deref()
        .and_then(Language::from_tag))
}

/// Shows the window in `language` from now on, at every start.
#[tauri::command]
#[specta::specta]
pub async fn choose_window_language(
    state: State<'_, AppState>,
    language: Language,
) -> IpcResult<()> {
    state.with_store(|store| store.remember(KEY, language.code()))?;
    // Its messages too, from the next one on.
    state.set_window_language(language);
    Ok(())
}
