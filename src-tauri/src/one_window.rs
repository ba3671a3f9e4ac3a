//! One Feltboard per data folder: a second launch on the same folder hands its command line
//! to the Feltboard already open — which comes to the front, and offers to import the workshop
//! file the launch named (double-clicked) — and exits. Feltboards on other data folders are
//! other apps and run side by side.

use std::hash::{Hash, Hasher};
use std::path::Path;

use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime};
use tauri_specta::Event;

use crate::launch_file;

/// What the window hears when a second launch handed it a workshop file to open.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
#[serde(rename_all = "camelCase")]
pub struct FileHandedOver {
    pub path: String,
}

/// The plugin that keeps one Feltboard per `data_folder`.
pub fn plugin<R: Runtime>(data_folder: &Path) -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(bus_name(data_folder))
        .callback(|app, args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
            if let Some(path) = launch_file::workshop_file(args.get(1..).unwrap_or_default()) {
                let _ = FileHandedOver { path }.emit(app);
            }
        })
        .build()
}

/// A name of the session's bus for the data folder: the same folder, the same name.
fn bus_name(data_folder: &Path) -> String {
    let mut hash = std::collections::hash_map::DefaultHasher::new();
    data_folder.hash(&mut hash);
    format!("org.feltboard.desktop.folder{:016x}", hash.finish())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn each_data_folder_has_its_own_name_on_the_bus() {
        let a = super::bus_name(Path::new("/home/amira/.local/share/feltboard"));
        assert_eq!(
            a,
            super::bus_name(Path::new("/home/amira/.local/share/feltboard"))
        );
        assert_ne!(a, super::bus_name(Path::new("/media/usb/workshops")));
        // A bus name: dot-separated elements of letters, digits and _, none starting with a digit.
        assert!(a.split('.').all(|e| !e.is_empty()
            && !e.starts_with(|c: char| c.is_ascii_digit())
            && e.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')));
    }
}
