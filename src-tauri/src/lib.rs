//! The desktop shell: opens the store in the data folder and hands the window the commands.
//! Everything else lives in `feltboard-core`.

#[cfg(test)]
mod bindings;
mod commands;
mod ipc_error;
mod launch_file;
mod menu;
mod one_window;
pub mod rendering;
mod state;
mod trouble;
mod window_place;

use feltboard_core::{command_line, data_folder};
use feltboard_room::network;
use tauri::Manager;

/// Starts the app: the data folder comes from `--data-dir`, then `FELTBOARD_DATA_DIR`,
/// then the system's folder for application data; the room's address from
/// `--room-address`, then `FELTBOARD_ROOM_ADDRESS`, else the laptop's network.
pub fn run() {
    let args: Vec<String> = std::env::args().collect();
    let chosen = command_line::setting(
        &args,
        data_folder::FLAG,
        std::env::var(data_folder::ENV_VAR).ok(),
    );
    let folder = data_folder::resolve(chosen.map(std::path::PathBuf::from))
        .unwrap_or_else(|error| refuse_to_start(error));
    let room_address = network::chosen_address(&args, std::env::var(network::ADDRESS_ENV_VAR).ok())
        .unwrap_or_else(|error| refuse_to_start(error));
    // The room holds a connection per phone and WebKit its own files: the soft limit on open
    // files (1,024 on many Linux systems) is raised as far as the system allows.
    #[cfg(unix)]
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    let log_dir = command_line::setting(
        &args,
        trouble::LOG_DIR_FLAG,
        std::env::var(trouble::LOG_DIR_ENV_VAR).ok(),
    )
    .map(std::path::PathBuf::from);
    let opened_with = launch_file::workshop_file(args.get(1..).unwrap_or_default());
    let one_window = one_window::plugin(&folder);
    let state = state::AppState::open(folder, room_address, opened_with);
    let ipc = commands::builder();
    let result = tauri::Builder::default()
        // First: a second launch on this data folder stops here, handing over to the first.
        .plugin(one_window)
        .plugin(trouble::log_plugin(log_dir.clone()))
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(ipc.invoke_handler())
        .setup(move |app| {
            ipc.mount_events(app);
            // The window opens hidden and shows once it is back where it was: no jump.
            if let Some(window) = app.get_webview_window("main") {
                menu::attach(&window)?;
                window_place::restore(&window);
                window_place::keep(&window);
                window.show()?;
            }
            let log_folder = trouble::log_folder(app.handle(), log_dir);
            trouble::watch_for_panics(app.handle(), log_folder);
            log::info!("Feltboard {} started", env!("CARGO_PKG_VERSION"));
            #[cfg(debug_assertions)]
            trouble::rehearse_if_asked(&args);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("feltboard: the window could not be opened: {error}");
        std::process::exit(1);
    }
}

/// Says why Feltboard cannot start as it was asked to, and stops (exit status 2, as for any
/// wrong command line).
fn refuse_to_start(error: impl std::fmt::Display) -> ! {
    eprintln!("feltboard: {error}");
    std::process::exit(2);
}
