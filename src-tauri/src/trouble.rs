//! When something inside Feltboard goes wrong: a log in the system's log folder (kept small,
//! the older half rotated away), and a panic hook that writes what happened there and tells
//! the facilitator, in the window, that nothing was lost and where the log is.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_log::{RotationStrategy, Target, TargetKind};
use tauri_specta::Event;

/// `--log-dir FOLDER` (or `FELTBOARD_LOG_DIR`) puts the log elsewhere than the system's
/// log folder: tests keep theirs beside their data.
pub const LOG_DIR_FLAG: &str = "--log-dir";
pub const LOG_DIR_ENV_VAR: &str = "FELTBOARD_LOG_DIR";

/// The log file's name, before its extension.
const LOG_NAME: &str = "feltboard";
/// A log this big is set aside and a new one started; two of them are kept.
const LOG_BYTES: u128 = 1024 * 1024;

/// What the window hears when something went wrong inside: where the log that says what
/// happened is.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
#[serde(rename_all = "camelCase")]
pub struct Trouble {
    pub log_folder: String,
}

/// The logger: warnings and errors (and Feltboard's own news) into the log folder.
pub fn log_plugin<R: Runtime>(folder: Option<PathBuf>) -> tauri::plugin::TauriPlugin<R> {
    let file = Some(LOG_NAME.to_owned());
    let kind = match folder {
        Some(path) => TargetKind::Folder {
            path,
            file_name: file,
        },
        None => TargetKind::LogDir { file_name: file },
    };
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([Target::new(kind), Target::new(TargetKind::Stderr)])
        .level(log::LevelFilter::Warn)
        .level_for("feltboard_app", log::LevelFilter::Info)
        .max_file_size(LOG_BYTES)
        .rotation_strategy(RotationStrategy::KeepSome(2))
        .build()
}

/// The folder the log is written to.
pub fn log_folder<R: Runtime>(app: &AppHandle<R>, chosen: Option<PathBuf>) -> PathBuf {
    chosen
        .or_else(|| app.path().app_log_dir().ok())
        .unwrap_or_else(std::env::temp_dir)
}

/// From now on a panic anywhere is written to the log, with where it happened, and the
/// window is told. Every edit is saved in its own transaction as it is made, so what the
/// facilitator did is already on disk: the window says so, calmly.
pub fn watch_for_panics<R: Runtime>(app: &AppHandle<R>, log_folder: PathBuf) {
    let app = app.clone();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Straight into the file, not through the logger: a panic inside the logger (while it
        // holds its lock) must not wait on that lock for ever.
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log_folder.join(format!("{LOG_NAME}.log")))
            .and_then(|mut file| {
                use std::io::Write;
                writeln!(file, "[panic] {}", describe(info))
            });
        if let Err(error) = written {
            eprintln!("feltboard: the panic could not be written to the log: {error}");
        }
        previous(info);
        let _ = Trouble {
            log_folder: log_folder.display().to_string(),
        }
        .emit(&app);
    }));
}

/// A panic in words for the log: what, where, and the stack when Rust keeps one.
fn describe(info: &std::panic::PanicHookInfo<'_>) -> String {
    let what = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned());
    let place = info
        .location()
        .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("a thread without a name");
    format!(
        "Feltboard stopped short in {name}{place}: {what}\n{}",
        std::backtrace::Backtrace::force_capture()
    )
}

/// `--rehearse-a-panic`, in builds for testing only: a panic on a background thread soon
/// after the window opens, to see the hook and the window's message at work.
#[cfg(debug_assertions)]
pub fn rehearse_if_asked(args: &[String]) {
    if args.iter().any(|a| a == "--rehearse-a-panic") {
        std::thread::Builder::new()
            .name("rehearsal".to_owned())
            .spawn(|| {
                std::thread::sleep(std::time::Duration::from_millis(1500));
                panic!("a rehearsed panic, asked for with --rehearse-a-panic");
            })
            .ok();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    #[test]
    fn a_panic_is_described_with_its_message_place_and_thread() {
        let said = Arc::new(Mutex::new(String::new()));
        let kept = Arc::clone(&said);
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            *kept.lock().expect("kept") = super::describe(info);
        }));
        let _ = std::thread::Builder::new()
            .name("cards".to_owned())
            .spawn(|| panic!("the card {} is gone", 7))
            .expect("thread")
            .join();
        std::panic::set_hook(previous);
        let said = said.lock().expect("said").clone();
        assert!(
            said.starts_with("Feltboard stopped short in cards at "),
            "{said}"
        );
        assert!(said.contains("src/trouble.rs:"), "{said}");
        assert!(said.contains(": the card 7 is gone\n"), "{said}");
    }
}
