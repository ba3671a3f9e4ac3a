//! Where the window was: its size, its place and the screen it was on (the projector, say),
//! remembered in the data folder's store and given back at the next start — unless that
//! screen is gone, when the window opens where the system puts it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tauri::{Manager, PhysicalPosition, PhysicalSize, Runtime, WebviewWindow, WindowEvent};

use crate::state::AppState;

/// The key the place is remembered under.
const KEY: &str = "window_place";
/// Moving or resizing sends many events; the place is written once they have stopped.
const SETTLE: Duration = Duration::from_millis(400);

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Place {
    x: i32,
    y: i32,
    width: u32,
    height: u32,
    maximized: bool,
}

/// Puts `window` back where it was, if that place is still on a screen.
pub fn restore<R: Runtime>(window: &WebviewWindow<R>) {
    let Some(place) = remembered(window) else {
        return;
    };
    let screens = window.available_monitors().unwrap_or_default();
    let screen = screens.iter().find(|s| {
        let (at, size) = (s.position(), s.size());
        let inside = |v: i32, from: i32, length: u32| {
            v >= from && i64::from(v) < i64::from(from) + i64::from(length)
        };
        inside(place.x, at.x, size.width) && inside(place.y, at.y, size.height)
    });
    let Some(screen) = screen else {
        return;
    };
    // The place first: on a screen of another scale, the size is then that screen's. A
    // window bigger than the screen it is back on (a smaller projector) is made to fit it.
    let _ = window.set_position(PhysicalPosition::new(place.x, place.y));
    let _ = window.set_size(PhysicalSize::new(
        place.width.min(screen.size().width),
        place.height.min(screen.size().height),
    ));
    if place.maximized {
        let _ = window.maximize();
    }
}

/// From now on, `window`'s place is remembered whenever it settles after a move or resize.
pub fn keep<R: Runtime>(window: &WebviewWindow<R>) {
    let pending = Arc::new(Mutex::new(false));
    let watched = window.clone();
    window.on_window_event(move |event| {
        if !matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            return;
        }
        let mut waiting = pending
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if *waiting {
            return;
        }
        *waiting = true;
        let (window, pending) = (watched.clone(), Arc::clone(&pending));
        std::thread::spawn(move || {
            std::thread::sleep(SETTLE);
            *pending
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = false;
            remember(&window);
        });
    });
}

fn remembered<R: Runtime>(window: &WebviewWindow<R>) -> Option<Place> {
    let state = window.state::<AppState>();
    let text = state.with_store(|store| store.remembered(KEY)).ok()??;
    serde_json::from_str(&text).ok()
}

fn remember<R: Runtime>(window: &WebviewWindow<R>) {
    // A minimized window is "placed" off every screen (Windows says −32000): not a place.
    if window.is_minimized().unwrap_or(false) {
        return;
    }
    let (Ok(at), Ok(size)) = (window.outer_position(), window.inner_size()) else {
        return;
    };
    let maximized = window.is_maximized().unwrap_or(false);
    // A maximized window keeps the place it had before, to come back to when un-maximized.
    let place = match (maximized, remembered(window)) {
        (true, Some(before)) => Place {
            maximized,
            ..before
        },
        _ => Place {
            x: at.x,
            y: at.y,
            width: size.width,
            height: size.height,
            maximized,
        },
    };
    if let Ok(text) = serde_json::to_string(&place) {
        let state = window.state::<AppState>();
        if let Err(error) = state.with_store(|store| store.remember(KEY, &text)) {
            log::warn!(
                "the window's place could not be remembered: {}",
                error.message
            );
        }
    }
}
