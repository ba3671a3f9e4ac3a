use feltboard_core::language::Words;
use feltboard_core::{ErrorCode, say};
use tauri::{State, WebviewWindow};

use crate::ipc_error::{IpcError, IpcResult};
use crate::menu::{self, MenuOffer, SystemNames};
use crate::state::AppState;

/// The window says which of the menu's items it can do now, and what the menus and their
/// items are called in its language.
#[tauri::command]
#[specta::specta]
pub async fn offer_menu(
    state: State<'_, AppState>,
    window: WebviewWindow,
    offers: Vec<MenuOffer>,
    titles: Vec<String>,
    system: SystemNames,
) -> IpcResult<()> {
    menu::offer(&window, &offers, &titles, &system).map_err(|e| window_trouble(&e, state.words()))
}

/// Room mode fills the screen: on the projector, nothing but the board, not even the menu.
#[tauri::command]
#[specta::specta]
pub async fn fill_the_screen(
    state: State<'_, AppState>,
    window: WebviewWindow,
    on: bool,
) -> IpcResult<()> {
    let trouble = |e: tauri::Error| window_trouble(&e, state.words());
    window.set_fullscreen(on).map_err(trouble)?;
    if on {
        window.hide_menu()
    } else {
        window.show_menu()
    }
    .map_err(trouble)
}

/// What the window could not do, said in its `words`.
fn window_trouble(error: &tauri::Error, words: &Words) -> IpcError {
    IpcError {
        code: ErrorCode::Internal,
        message: say!(words, "error-window-trouble", problem = error.to_string()),
    }
}
