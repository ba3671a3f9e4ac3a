use feltboard_core::ErrorCode;
use tauri::WebviewWindow;

use crate::ipc_error::{IpcError, IpcResult};
use crate::menu::{self, MenuOffer};

/// The window says which of the menu's items it can do now, and what the menus and their
/// items are called in its language.
#[tauri::command]
#[specta::specta]
pub async fn offer_menu(
    window: WebviewWindow,
    offers: Vec<MenuOffer>,
    titles: Vec<String>,
) -> IpcResult<()> {
    menu::offer(&window, &offers, &titles).map_err(window_trouble)
}

/// Room mode fills the screen: on the projector, nothing but the board, not even the menu.
#[tauri::command]
#[specta::specta]
pub async fn fill_the_screen(window: WebviewWindow, on: bool) -> IpcResult<()> {
    window.set_fullscreen(on).map_err(window_trouble)?;
    if on {
        window.hide_menu()
    } else {
        window.show_menu()
    }
    .map_err(window_trouble)
}

fn window_trouble(error: tauri::Error) -> IpcError {
    IpcError {
        code: ErrorCode::Internal,
        message: format!("The window could not do that: {error}"),
    }
}
