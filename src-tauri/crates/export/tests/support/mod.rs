//! What the export tests and the PDF benchmark both build.

use feltboard_core::boards::{BoardDraft, CardDraft, CardKind, CardSource, LaneKind};
use feltboard_core::ids::{BoardId, StepId, WorkshopId};
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

/// The lanes of a full board, one of each kind.
pub const LANE_KINDS: [LaneKind; 9] = [
    LaneKind::Actions,
    LaneKind::Touchpoints,
    LaneKind::Thoughts,
    LaneKind::Feelings,
    LaneKind::PainPoints,
    LaneKind::Opportunities,
    LaneKind::Frontstage,
    LaneKind::Backstage,
    LaneKind::Support,
];

/// The text of card `i` of [`big_board`]: its number first, fixed width, so that a search
/// for one card never finds another.
pub fn big_card_text(i: usize) -> String {
    format!("Card {i:04}: what the customer does, thinks or feels at this step")
}

/// A real-sized board in `workshop`: 40 steps × 9 lanes holding `cards` cards of every kind,
/// the first `tall` of them in one cell (the first step's first lane), the rest spread over
/// the grid. Its id.
pub fn big_board(
    store: &mut Store,
    workshop: WorkshopId,
    cards: usize,
    tall: usize,
    now: Timestamp,
) -> BoardId {
    let draft = BoardDraft {
        title: "Big board".into(),
        persona_ids: Vec::new(),
        scenario: "Two thousand cards".into(),
        expectations: String::new(),
    };
    let board = store.create_board(workshop, &draft, now).expect("board");
    let lanes: Vec<_> = LANE_KINDS
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            store
                .add_lane(board.id, *kind, &format!("Lane {i}"), 99, now)
                .expect("lane")
        })
        .collect();
    let steps = forty_steps(store, board.id, now);
    for i in 0..cards {
        let card = card(
            big_card_text(i),
            [
                CardKind::Note,
                CardKind::Quote,
                CardKind::PainPoint,
                CardKind::Opportunity,
            ][i % 4],
            CardSource::Team,
        );
        let cell = if i < tall {
            (steps[0], lanes[0])
        } else {
            (
                steps[i % steps.len()],
                lanes[(i / steps.len()) % lanes.len()],
            )
        };
        store.add_card(cell, &card, 999, now).expect("card");
    }
    board.id
}

/// A customer's words in each script Feltboard must draw: (script, words), from
/// `tests/fixtures/every-script.json`, which the window's tests read too.
pub fn every_script() -> Vec<(String, String)> {
    let file: serde_json::Value = serde_json::from_str(include_str!(
        "../../../../../tests/fixtures/every-script.json"
    ))
    .expect("the fixture is JSON");
    file["texts"]
        .as_array()
        .expect("a list of texts")
        .iter()
        .map(|t| {
            let field = |name: &str| t[name].as_str().expect("a string").to_owned();
            (field("script"), field("words"))
        })
        .collect()
}

/// A card's draft with no author, owner or metric: what most tests need.
pub fn card(text: String, kind: CardKind, source: CardSource) -> CardDraft {
    CardDraft {
        text,
        kind,
        source,
        author_id: None,
        owner: String::new(),
        metric: String::new(),
        target: String::new(),
        status: Default::default(),
    }
}
