//! Exports: read the workshop under the store's lock, then draw and write the file on a
//! blocking thread, so the window and other commands carry on meanwhile.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use feltboard_core::files;
use feltboard_core::ids::{BoardId, WorkshopId};
use feltboard_core::portable::ImportAs;
use feltboard_core::{ErrorCode, Timestamp};
use feltboard_export::{
    ExportError, Include, PageSize, PdfOptions, WorkshopContent, csv, raster, workshop_pdf,
};
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

impl From<ExportError> for IpcError {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Store(e) => e.into(),
            other => IpcError {
                code: ErrorCode::Internal,
                message: other.to_string(),
            },
        }
    }
}

fn read(state: &AppState, workshop_id: WorkshopId) -> IpcResult<WorkshopContent> {
    state.with_store(|store| WorkshopContent::read(store, workshop_id))
}

/// Runs `work` on a blocking thread.
async fn off_the_window<T: Send + 'static>(
    work: impl FnOnce() -> IpcResult<T> + Send + 'static,
) -> IpcResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError {
            code: ErrorCode::Internal,
            message: format!("The export stopped unexpectedly: {e}"),
        })?
}

fn save(path: &str, bytes: &[u8], data_folder: &Path) -> IpcResult<()> {
    Ok(files::write_whole(Path::new(path), bytes, data_folder)?)
}

fn pdf(content: &WorkshopContent, page_size: PageSize, include: Include) -> IpcResult<Vec<u8>> {
    Ok(workshop_pdf(
        content,
        &PdfOptions {
            page_size,
            now: Timestamp::now(),
            include,
        },
    )?)
}

#[tauri::command]
#[specta::specta]
pub async fn export_preview(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    page_size: PageSize,
    include: Include,
) -> IpcResult<ExportPreview> {
    let content = read(&state, workshop_id)?;
    off_the_window(move || {
        let bytes = pdf(&content, page_size, include)?;
        let pictures = raster::pages_as_png(&bytes, PREVIEW_SCALE, PREVIEW_PAGES)?;
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
    let content = read(&state, workshop_id)?;
    let folder = state.data_folder.clone();
    off_the_window(move || save(&path, &pdf(&content, page_size, include)?, &folder)).await
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
    let content = read(&state, workshop_id)?;
    let folder = state.data_folder.clone();
    off_the_window(move || {
        let index = content
            .boards
            .iter()
            .position(|b| b.board.id == board_id)
            .ok_or_else(|| IpcError::from(feltboard_core::Error::NotFound { entity: "board" }))?;
        let bytes = match format {
            BoardFormat::Csv => csv::board_csv(&content, &content.boards[index]).into_bytes(),
            BoardFormat::Png => raster::board_png(&content, index)?,
        };
        save(&path, &bytes, &folder)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn export_workshop_file(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    path: String,
) -> IpcResult<()> {
    let file = state.with_store(|store| store.workshop_file(workshop_id, Timestamp::now()))?;
    let folder = state.data_folder.clone();
    off_the_window(move || {
        let bytes = serde_json::to_vec_pretty(&file).map_err(|e| IpcError {
            code: ErrorCode::Internal,
            message: format!("The workshop could not be written as JSON: {e}"),
        })?;
        save(&path, &bytes, &folder)
    })
    .await
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
    let import_as = if replace {
        ImportAs::Replacement
    } else {
        ImportAs::Copy
    };
    state.with_store(|store| {
        store.import_workshop_file(Path::new(&path), import_as, Timestamp::now())
    })
}
