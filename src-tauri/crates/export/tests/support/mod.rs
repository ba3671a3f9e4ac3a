//! What the export tests and the PDF benchmark both build.

use feltboard_core::ids::{BoardId, StepId};
use feltboard_core::{Store, Timestamp};

/// Adds 8 stages of 5 steps — 40 columns, the speed target's width — to `board`; the steps'
/// ids, left to right.
pub fn forty_steps(store: &mut Store, board: BoardId, now: Timestamp) -> Vec<StepId> {
    for s in 0..8 {
        // A stage comes with its first step.
        let stage = store
            .add_stage(board, &format!("Stage {s}"), 99, now)
            .expect("stage");
        for t in 1..5 {
            store
                .add_step(stage, &format!("Step {s}.{t}"), 99, now)
                .expect("step");
        }
    }
    store
        .board(board)
        .expect("board")
        .steps()
        .map(|s| s.id)
        .collect()
}
