//! Exports: read the workshop under the store's lock, then draw and write the file on a
//! blocking thread, so the window and other commands carry on meanwhile.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use feltboard_core::files;
use feltboard_core::ids::{BoardId, WorkshopId};
use feltboard_core::language::Words;
use feltboard_core::portable::ImportAs;
use feltboard_core::{ErrorCode, Timestamp, say};
use feltboard_export::{Export, ExportError, Include, PageSize, prepare, raster};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::ipc_error::{IpcError, IpcResult};
use crate::state::AppState;

/// How many pages the export dialog shows, and how large (pixels per point).
const PREVIEW_PAGES: usize = 12;
const PREVIEW_SCALE: f32 = 0.3;

/// The first pages of the PDF as pictures, and how many pages it has in all.
#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportPreview {
    pub page_count: u32,
    /// PNG data URLs.
    pub pages: Vec<String>,
}

/// What a board can be exported as.
#[derive(Debug, Clone, Copy, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum BoardFormat {
    Png,
    Csv,
}

/// An export's failure as the window shows it, in the window's `words`.
fn failed(error: ExportError, words: &Words) -> IpcError {
    match error {
        ExportError::Store(e) => IpcError::said(&e, words),
        other => IpcError {
            code: ErrorCode::Internal,
            message: other.said(words),
        },
    }
}

/// Reads what `what` needs under the store's lock, then makes and saves it off the window's
/// thread: the one export path (`feltboard_export::exporting`), as for the command line.
async fn export_to(
    state: &AppState,
    workshop_id: WorkshopId,
    what: Export,
    path: String,
) -> IpcResult<()> {
    let now = Timestamp::now();
    let words = state.words();
    let prepared = state
        .with_store(|store| Ok(prepare(store, workshop_id, what, now)))?
        .map_err(|e| failed(e, words))?;
    let folder = state.data_folder.clone();
    off_the_window(words, move || {
        let bytes = prepared.bytes(now).map_err(|e| failed(e, words))?;
        files::write_whole(Path::new(&path), &bytes, &folder).map_err(|e| IpcError::said(&e, words))
    })
    .await
}

/// Runs `work` on a blocking thread; a thread that died is said in the window's `words`.
async fn off_the_window<T: Send + 'static>(
    words: &Words,
    work: impl FnOnce() -> IpcResult<T> + Send + 'static,
) -> IpcResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError {
            code: ErrorCode::Internal,
            message: say!(words, "error-export-stopped", problem = e.to_string()),
        })?
}

#[tauri::command]
#[specta::specta]
pub async fn export_preview(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    page_size: PageSize,
    include: Include,
) -> IpcResult<ExportPreview> {
    let now = Timestamp::now();
    let what = Export::Pdf { page_size, include };
    let words = state.words();
    let prepared = state
        .with_store(|store| Ok(prepare(store, workshop_id, what, now)))?
        .map_err(|e| failed(e, words))?;
    off_the_window(words, move || {
        let bytes = prepared.bytes(now).map_err(|e| failed(e, words))?;
        let pictures = raster::pages_as_png(&bytes, PREVIEW_SCALE, PREVIEW_PAGES)
            .map_err(|e| failed(e, words))?;
        Ok(ExportPreview {
            page_count: u32::try_from(pictures.page_count).unwrap_or(u32::MAX),
            pages: pictures
                .pages
                .iter()
                .map(|png| format!("data:image/png;base64,{}", BASE64.encode(png)))
                .collect(),
        })
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn export_pdf(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    page_size: PageSize,
    include: Include,
    path: String,
) -> IpcResult<()> {
    export_to(
        &state,
        workshop_id,
        Export::Pdf { page_size, include },
        path,
    )
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn export_board(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    board_id: BoardId,
    format: BoardFormat,
    path: String,
) -> IpcResult<()> {
    let what = match format {
        BoardFormat::Png => Export::BoardPng(board_id),
        BoardFormat::Csv => Export::BoardCsv(board_id),
    };
    export_to(&state, workshop_id, what, path).await
}

#[tauri::command]
#[specta::specta]
pub async fn export_workshop_file(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    path: String,
) -> IpcResult<()> {
    export_to(&state, workshop_id, Export::WorkshopFile, path).await
}

/// Writes what the workshop decided — every opportunity, most-voted first — as a CSV.
#[tauri::command]
#[specta::specta]
pub async fn export_decisions(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    path: String,
) -> IpcResult<()> {
    export_to(&state, workshop_id, Export::DecisionsCsv, path).await
}

/// Adds the workshop in the file at `path`; with `replace`, the workshop it came from gives
/// way (undoably). A refused file writes nothing and says why.
#[tauri::command]
#[specta::specta]
pub async fn import_workshop(
    state: State<'_, AppState>,
    path: String,
    replace: bool,
) -> IpcResult<WorkshopId> {
    state.with_store(|store| {
        store.import_workshop_file(Path::new(&path), import_as(replace), Timestamp::now())
    })
}

/// Adds the workshop in a file dropped on the window, given as its text (a dropped file has
/// no path the window may read); as [`import_workshop`] otherwise.
#[tauri::command]
#[specta::specta]
pub async fn import_workshop_text(
    state: State<'_, AppState>,
    text: String,
    replace: bool,
) -> IpcResult<WorkshopId> {
    state.with_store(|store| {
        store.import_workshop(text.as_bytes(), import_as(replace), Timestamp::now())
    })
}

/// The workshop file Feltboard was opened with (double-clicked, or named on the command
/// line), to offer to import as the window opens: once, the first time it is asked.
#[tauri::command]
#[specta::specta]
pub async fn opened_with(state: State<'_, AppState>) -> IpcResult<Option<String>> {
    Ok(feltboard_room::lock(&state.opened_with).take())
}

fn import_as(replace: bool) -> ImportAs {
    if replace {
        ImportAs::Replacement
    } else {
        ImportAs::Copy
    }
}
