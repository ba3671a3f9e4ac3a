//! The desktop shell: opens the store in the data folder and hands the window the commands.
//! Everything else lives in `feltboard-core`.

#[cfg(test)]
mod bindings;
mod commands;
mod ipc_error;
pub mod rendering;
mod state;

use feltboard_core::data_folder;

/// Starts the app: the data folder comes from `--data-dir`, then `FELTBOARD_DATA_DIR`,
/// then the system's folder for application data.
pub fn run() {
    let args: Vec<String> = std::env::args().collect();
    let state = match data_folder::resolve(&args, std::env::var(data_folder::ENV_VAR).ok()) {
        Ok(folder) => state::AppState::open(folder),
        Err(error) => {
            eprintln!("feltboard: {error}");
            std::process::exit(2);
        }
    };
    let ipc = commands::builder();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(ipc.invoke_handler())
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("feltboard: the window could not be opened: {error}");
        std::process::exit(1);
    }
}
