use feltboard_core::Timestamp;
use feltboard_core::boards::{
    Board, BoardDraft, BoardSummary, Card, CardDraft, Curve, JourneyBoard, LaneKind, Speaker,
    TemplateSummary,
};
use feltboard_core::ids::{BoardId, CardId, LaneId, ParticipantId, StageId, StepId, WorkshopId};
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn list_boards(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> IpcResult<Vec<BoardSummary>> {
    state.with_store(|store| store.list_boards(workshop_id))
}

#[tauri::command]
#[specta::specta]
pub async fn get_board(state: State<'_, AppState>, id: BoardId) -> IpcResult<Board> {
    state.with_store(|store| store.board(id))
}

#[tauri::command]
#[specta::specta]
pub async fn board_templates(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> IpcResult<Vec<TemplateSummary>> {
    state.with_store(|store| store.board_templates_for(workshop_id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_board(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    draft: BoardDraft,
) -> IpcResult<JourneyBoard> {
    state.with_store(|store| store.create_board(workshop_id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn create_board_from_template(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    key: String,
) -> IpcResult<BoardId> {
    state.with_store(|store| store.create_board_from_template(workshop_id, &key, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn update_board(
    state: State<'_, AppState>,
    id: BoardId,
    draft: BoardDraft,
) -> IpcResult<JourneyBoard> {
    state.with_store(|store| store.update_board(id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn duplicate_board(state: State<'_, AppState>, id: BoardId) -> IpcResult<BoardId> {
    state.with_store(|store| store.duplicate_board(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_board(state: State<'_, AppState>, id: BoardId) -> IpcResult<()> {
    state.with_store(|store| store.delete_board(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_board(state: State<'_, AppState>, id: BoardId) -> IpcResult<()> {
    state.with_store(|store| store.restore_board(id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_stage(
    state: State<'_, AppState>,
    board_id: BoardId,
    title: String,
    index: u32,
) -> IpcResult<StageId> {
    state.with_store(|store| store.add_stage(board_id, &title, index as usize, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn rename_stage(state: State<'_, AppState>, id: StageId, title: String) -> IpcResult<()> {
    state.with_store(|store| store.rename_stage(id, &title, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn move_stage(state: State<'_, AppState>, id: StageId, index: u32) -> IpcResult<()> {
    state.with_store(|store| store.move_stage(id, index as usize, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_stage(state: State<'_, AppState>, id: StageId) -> IpcResult<()> {
    state.with_store(|store| store.delete_stage(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_stage(state: State<'_, AppState>, id: StageId) -> IpcResult<()> {
    state.with_store(|store| store.restore_stage(id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_step(
    state: State<'_, AppState>,
    stage_id: StageId,
    title: String,
    index: u32,
) -> IpcResult<StepId> {
    state.with_store(|store| store.add_step(stage_id, &title, index as usize, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn rename_step(state: State<'_, AppState>, id: StepId, title: String) -> IpcResult<()> {
    state.with_store(|store| store.rename_step(id, &title, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn move_step(
    state: State<'_, AppState>,
    id: StepId,
    stage_id: StageId,
    index: u32,
) -> IpcResult<()> {
    state.with_store(|store| store.move_step(id, stage_id, index as usize, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn set_moment_of_truth(
    state: State<'_, AppState>,
    id: StepId,
    is_moment_of_truth: bool,
) -> IpcResult<()> {
    state.with_store(|store| store.set_moment_of_truth(id, is_moment_of_truth, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_step(state: State<'_, AppState>, id: StepId) -> IpcResult<()> {
    state.with_store(|store| store.delete_step(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_step(state: State<'_, AppState>, id: StepId) -> IpcResult<()> {
    state.with_store(|store| store.restore_step(id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_lane(
    state: State<'_, AppState>,
    board_id: BoardId,
    kind: LaneKind,
    title: String,
    index: u32,
) -> IpcResult<LaneId> {
    state.with_store(|store| {
        store.add_lane(board_id, kind, &title, index as usize, Timestamp::now())
    })
}

#[tauri::command]
#[specta::specta]
pub async fn rename_lane(state: State<'_, AppState>, id: LaneId, title: String) -> IpcResult<()> {
    state.with_store(|store| store.rename_lane(id, &title, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn move_lane(state: State<'_, AppState>, id: LaneId, index: u32) -> IpcResult<()> {
    state.with_store(|store| store.move_lane(id, index as usize, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn set_lane_hidden(
    state: State<'_, AppState>,
    id: LaneId,
    is_hidden: bool,
) -> IpcResult<()> {
    state.with_store(|store| store.set_lane_hidden(id, is_hidden, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn delete_lane(state: State<'_, AppState>, id: LaneId) -> IpcResult<()> {
    state.with_store(|store| store.delete_lane(id, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_lane(state: State<'_, AppState>, id: LaneId) -> IpcResult<()> {
    state.with_store(|store| store.restore_lane(id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_card(
    state: State<'_, AppState>,
    step_id: StepId,
    lane_id: LaneId,
    draft: CardDraft,
    index: Option<u32>,
) -> IpcResult<Card> {
    state
        .with_store(|store| store.add_card((step_id, lane_id), &draft, at(index), Timestamp::now()))
}

/// What `speaker` says, as a card at the end of the cell: the core decides its kind and
/// source.
#[tauri::command]
#[specta::specta]
pub async fn add_spoken_card(
    state: State<'_, AppState>,
    step_id: StepId,
    lane_id: LaneId,
    text: String,
    speaker: Speaker,
) -> IpcResult<Card> {
    state.with_store(|store| {
        store.add_spoken_card((step_id, lane_id), &text, speaker, Timestamp::now())
    })
}

#[tauri::command]
#[specta::specta]
pub async fn update_card(
    state: State<'_, AppState>,
    id: CardId,
    draft: CardDraft,
) -> IpcResult<Card> {
    state.with_store(|store| store.update_card(id, &draft, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn move_cards(
    state: State<'_, AppState>,
    ids: Vec<CardId>,
    step_id: StepId,
    lane_id: LaneId,
    index: Option<u32>,
) -> IpcResult<Vec<Card>> {
    state
        .with_store(|store| store.move_cards(&ids, (step_id, lane_id), at(index), Timestamp::now()))
}

/// A place among a cell's cards: `None` is at the end (the core takes any index past the
/// end as the end).
fn at(index: Option<u32>) -> usize {
    index.map_or(usize::MAX, |i| i as usize)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_cards(state: State<'_, AppState>, ids: Vec<CardId>) -> IpcResult<()> {
    state.with_store(|store| store.delete_cards(&ids, Timestamp::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn restore_cards(state: State<'_, AppState>, ids: Vec<CardId>) -> IpcResult<()> {
    state.with_store(|store| store.restore_cards(&ids))
}

/// Sets (or clears) a point of the team's assumed curve or of the desired curve.
#[tauri::command]
#[specta::specta]
pub async fn set_curve_point(
    state: State<'_, AppState>,
    step_id: StepId,
    curve: Curve,
    score: Option<i8>,
) -> IpcResult<()> {
    state.with_store(|store| store.set_curve_point(step_id, curve, score, Timestamp::now()))
}

/// Records (or withdraws) how a participant felt at a step.
#[tauri::command]
#[specta::specta]
pub async fn rate_step(
    state: State<'_, AppState>,
    step_id: StepId,
    participant_id: ParticipantId,
    score: Option<i8>,
) -> IpcResult<()> {
    state.with_store(|store| store.rate_step(step_id, participant_id, score, Timestamp::now()))
}
