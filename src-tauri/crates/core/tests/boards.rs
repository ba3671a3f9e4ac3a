//! Journey boards through the store's public API, on real SQLite.
//!
//! Long as a list is long: each test is one thing done to a board, standing alone.

use feltboard_core::boards::{
    Board, BoardDraft, CardDraft, CardKind, CardSource, Curve, LaneKind, board_templates,
};
use feltboard_core::ids::{BoardId, CardId, LaneId, StepId, WorkshopId};
use feltboard_core::language::Language;
use feltboard_core::participants::{ParticipantDraft, ParticipantKind};
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Error, ErrorCode, Store, Timestamp};

fn note(text: &str) -> CardDraft {
    CardDraft {
        text: text.into(),
        kind: CardKind::Note,
        source: CardSource::Team,
        author_id: None,
        owner: String::new(),
        metric: String::new(),
        target: String::new(),
        status: Default::default(),
    }
}

fn workshop(store: &mut Store) -> WorkshopId {
    let draft = WorkshopDraft {
        title: "Returns".into(),
        ..WorkshopDraft::default()
    };
    store
        .create_workshop(&draft, Timestamp(1))
        .expect("workshop")
        .id
}

fn template_board(store: &mut Store, key: &str) -> (WorkshopId, BoardId) {
    let w = workshop(store);
    let board = store
        .create_board_from_template(w, key, Timestamp(2))
        .expect("from template");
    (w, board)
}

fn texts_in(board: &Board, step: StepId, lane: LaneId) -> Vec<String> {
    board
        .cards
        .iter()
        .filter(|c| c.step_id == step && c.lane_id == lane)
        .map(|c| c.draft.text.clone())
        .collect()
}

fn first_cell(board: &Board) -> (StepId, LaneId) {
    (board.stages[0].steps[0].id, board.lanes[0].id)
}

#[test]
fn a_workshop_s_new_boards_start_in_its_language_with_every_template_in_every_language() {
    let english = board_templates(Language::En).expect("English");
    let mut store = Store::open_in_memory().expect("store");
    for language in Language::ALL {
        let theirs = board_templates(language).expect("templates parse");
        // The same templates and frames, in words of their own.
        for (t, e) in theirs.iter().zip(&english) {
            assert_eq!(
                (&t.key, t.stage_titles.len()),
                (&e.key, e.stage_titles.len())
            );
            if language != Language::En {
                assert_ne!(
                    t.title,
                    e.title,
                    "{}: {} is translated",
                    language.code(),
                    t.key
                );
            }
        }
        let w = workshop(&mut store);
        let draft = WorkshopDraft {
            language,
            ..store.workshop(w).expect("read").draft
        };
        store
            .update_workshop(w, &draft, Timestamp(2))
            .expect("in its language");
        assert_eq!(store.board_templates_for(w).expect("offered"), theirs);
        let id = store
            .create_board_from_template(w, "support-call", Timestamp(3))
            .expect("created");
        let board = store.board(id).expect("read");
        assert_eq!(board.board.draft.title, theirs[2].title);
        assert_eq!(board.stages[0].title, theirs[2].stage_titles[0]);
    }
}

#[test]
fn every_template_makes_a_complete_board() {
    let templates = board_templates(Language::En).expect("templates parse");
    let keys: Vec<&str> = templates.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "buying-online",
            "saas-onboarding",
            "support-call",
            "b2b-purchase"
        ]
    );
    let mut store = Store::open_in_memory().expect("store");
    for template in &templates {
        let w = workshop(&mut store);
        let id = store
            .create_board_from_template(w, &template.key, Timestamp(2))
            .expect("created");
        let board = store.board(id).expect("read");
        assert_eq!(board.board.draft.title, template.title);
        let stages: Vec<&str> = board.stages.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(stages, template.stage_titles);
        assert!(
            board.stages.iter().all(|s| !s.steps.is_empty()),
            "{}: every stage has a column",
            template.key
        );
        assert!(
            board.lanes.iter().any(|l| l.kind == LaneKind::Feelings),
            "{}: an emotion lane",
            template.key
        );
        assert!(
            board.steps().any(|s| s.is_moment_of_truth),
            "{}: a moment of truth",
            template.key
        );
    }
    let (_, support) = template_board(&mut store, "support-call");
    let blueprint = store.board(support).expect("read");
    assert!(
        blueprint
            .lanes
            .iter()
            .any(|l| l.kind == LaneKind::Backstage),
        "the support call is a blueprint"
    );
    let w = workshop(&mut store);
    let missing = store.create_board_from_template(w, "no-such", Timestamp(3));
    assert!(matches!(missing, Err(Error::NotFound { .. })));
}

#[test]
fn the_sample_board_reads_back_in_order_with_its_curves() {
    let mut store = Store::open_in_memory().expect("store");
    let sample = store.add_sample_workshop(Timestamp(1)).expect("sample");
    let summary = store.list_boards(sample).expect("boards").remove(0);
    let board = store.board(summary.board.id).expect("board");
    let stages: Vec<&str> = board.stages.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(stages, summary.stage_titles);
    assert_eq!(board.cards.len() as u32, summary.card_count);
    assert_eq!(
        board.emotions.len(),
        board.steps().count(),
        "one emotion entry per step, in step order"
    );
    let first = &board.emotions[0];
    assert_eq!(first.step_id, board.stages[0].steps[0].id);
    assert_eq!((first.assumed, first.desired), (Some(1), Some(1)));
    let rated = first
        .rated
        .as_ref()
        .expect("customers rated the first step");
    assert_eq!(rated.count, 4);
    assert!(
        (rated.mean - 0.5).abs() < 1e-9,
        "Maya 0, Tomás 1, June 0, Ruth 1"
    );
}

#[test]
fn cards_are_added_where_asked_edited_and_refused_when_blank() {
    let mut store = Store::open_in_memory().expect("store");
    let (_, id) = template_board(&mut store, "buying-online");
    let cell = first_cell(&store.board(id).expect("board"));
    store
        .add_card(cell, &note("B"), 0, Timestamp(3))
        .expect("added");
    store
        .add_card(cell, &note("D"), 9, Timestamp(3))
        .expect("added at the end");
    let a = store
        .add_card(cell, &note("A"), 0, Timestamp(3))
        .expect("added first");
    store
        .add_card(cell, &note("C"), 2, Timestamp(3))
        .expect("added between");
    assert_eq!(
        texts_in(&store.board(id).expect("board"), cell.0, cell.1),
        ["A", "B", "C", "D"]
    );

    let opportunity = CardDraft {
        kind: CardKind::Opportunity,
        owner: "Ben".into(),
        metric: "Calls −30%".into(),
        ..note("Plain returns card")
    };
    let edited = store
        .update_card(a.id, &opportunity, Timestamp(4))
        .expect("edited");
    assert_eq!(edited.draft, opportunity);
    assert_eq!(
        edited.order_key, a.order_key,
        "editing keeps the card's place"
    );
    let blank = store
        .update_card(a.id, &note("  "), Timestamp(5))
        .expect_err("refused");
    assert_eq!(blank.code(), ErrorCode::InvalidInput);
    let long = store
        .add_card(cell, &note(&"x".repeat(2_001)), 0, Timestamp(5))
        .expect_err("refused");
    assert!(matches!(long, Error::TooLong { .. }));
}

#[test]
fn several_cards_move_together_across_cells_keeping_their_order() {
    let mut store = Store::open_in_memory().expect("store");
    let (_, id) = template_board(&mut store, "buying-online");
    let board = store.board(id).expect("board");
    let from = first_cell(&board);
    let to = (board.stages[1].steps[0].id, board.lanes[2].id);
    let cards: Vec<CardId> = ["1", "2", "3", "4"]
        .iter()
        .map(|t| {
            store
                .add_card(from, &note(t), 99, Timestamp(3))
                .expect("added")
                .id
        })
        .collect();
    store
        .add_card(to, &note("x"), 0, Timestamp(3))
        .expect("added");
    store
        .add_card(to, &note("y"), 1, Timestamp(3))
        .expect("added");
    let there = store
        .move_cards(&[cards[3], cards[1]], to, 1, Timestamp(4))
        .expect("moved");
    let after = store.board(id).expect("board");
    assert_eq!(
        there
            .iter()
            .map(|c| c.draft.text.clone())
            .collect::<Vec<_>>(),
        texts_in(&after, to.0, to.1),
        "a move gives the cell it went to, as the board has it"
    );
    assert_eq!(texts_in(&after, from.0, from.1), ["1", "3"]);
    assert_eq!(
        texts_in(&after, to.0, to.1),
        ["x", "4", "2", "y"],
        "moved cards keep the order they were picked in"
    );

    let (_, other) = template_board(&mut store, "support-call");
    let elsewhere = first_cell(&store.board(other).expect("other"));
    let refused = store
        .move_cards(&[cards[0]], elsewhere, 0, Timestamp(5))
        .expect_err("other board");
    assert_eq!(refused.code(), ErrorCode::InvalidInput);
    assert_eq!(
        texts_in(&store.board(id).expect("board"), from.0, from.1),
        ["1", "3"],
        "a refused move moves nothing"
    );
}

#[test]
fn order_holds_under_many_random_moves() {
    let mut store = Store::open_in_memory().expect("store");
    let (_, id) = template_board(&mut store, "buying-online");
    let board = store.board(id).expect("board");
    let cells: Vec<(StepId, LaneId)> = board
        .steps()
        .take(3)
        .flat_map(|s| board.lanes.iter().take(2).map(move |l| (s.id, l.id)))
        .collect();
    // The model: what each cell should hold, in order.
    let mut model: Vec<Vec<CardId>> = vec![Vec::new(); cells.len()];
    for i in 0..30 {
        let cell = i % cells.len();
        model[cell].push(
            store
                .add_card(cells[cell], &note(&format!("card {i}")), 999, Timestamp(3))
                .expect("added")
                .id,
        );
    }
    let mut seed: u64 = 7;
    let mut random = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(seed >> 33).unwrap_or(0) % n.max(1)
    };
    for _ in 0..400 {
        let from = random(cells.len());
        if model[from].is_empty() {
            continue;
        }
        let at = random(model[from].len());
        let card = model[from].remove(at);
        let to = random(cells.len());
        let index = random(model[to].len() + 1);
        store
            .move_cards(&[card], cells[to], index, Timestamp(4))
            .expect("moved");
        model[to].insert(index, card);
    }
    let after = store.board(id).expect("board");
    for (cell, expected) in cells.iter().zip(&model) {
        let actual: Vec<CardId> = after
            .cards
            .iter()
            .filter(|c| (c.step_id, c.lane_id) == *cell)
            .map(|c| c.id)
            .collect();
        assert_eq!(
            &actual, expected,
            "every cell holds exactly the model's cards in the model's order"
        );
    }
    let longest = after
        .cards
        .iter()
        .map(|c| c.order_key.as_str().len())
        .max()
        .unwrap_or(0);
    assert!(
        longest < 24,
        "order keys stay short under many moves: {longest}"
    );
}

#[test]
fn deleted_cards_come_back_with_undo() {
    let mut store = Store::open_in_memory().expect("store");
    let (_, id) = template_board(&mut store, "buying-online");
    let cell = first_cell(&store.board(id).expect("board"));
    let a = store
        .add_card(cell, &note("A"), 0, Timestamp(3))
        .expect("a")
        .id;
    let b = store
        .add_card(cell, &note("B"), 1, Timestamp(3))
        .expect("b")
        .id;
    store.delete_cards(&[a, b], Timestamp(4)).expect("deleted");
    assert!(store.board(id).expect("board").cards.is_empty());
    store.restore_cards(&[a, b]).expect("undo");
    assert_eq!(
        texts_in(&store.board(id).expect("board"), cell.0, cell.1),
        ["A", "B"]
    );
}

#[test]
fn stages_steps_and_lanes_are_added_moved_hidden_and_deleted() {
    let mut store = Store::open_in_memory().expect("store");
    let (_, id) = template_board(&mut store, "buying-online");
    let before = store.board(id).expect("board");
    let stage = store
        .add_stage(id, "Returning it", 99, Timestamp(3))
        .expect("stage");
    let board = store.board(id).expect("board");
    let added = board.stages.last().expect("last stage");
    assert_eq!(
        (added.id, added.title.as_str(), added.steps.len()),
        (stage, "Returning it", 1),
        "a new stage has a column"
    );

    store.move_stage(stage, 0, Timestamp(4)).expect("moved");
    assert_eq!(store.board(id).expect("board").stages[0].id, stage);

    let moving = before.stages[0].steps[1].id;
    store
        .move_step(moving, stage, 0, Timestamp(5))
        .expect("to another stage");
    let board = store.board(id).expect("board");
    assert_eq!(board.stages[0].steps[0].id, moving);
    assert_eq!(
        board.stages[1].steps.len(),
        before.stages[0].steps.len() - 1
    );

    let only = board.stages[1].steps[0].id;
    let refused = store
        .delete_step(only, Timestamp(6))
        .expect_err("the stage's only step");
    assert_eq!(refused.code(), ErrorCode::InvalidInput);

    let lane = store
        .add_lane(id, LaneKind::Custom, "Data we collect", 1, Timestamp(6))
        .expect("lane");
    assert_eq!(store.board(id).expect("board").lanes[1].id, lane);
    store
        .set_lane_hidden(lane, true, Timestamp(7))
        .expect("hidden");
    assert!(
        store.board(id).expect("board").lanes[1].is_hidden,
        "hidden lanes are still read, marked hidden"
    );
    store
        .rename_lane(lane, "What we measure", Timestamp(7))
        .expect("renamed");
    assert!(
        store.rename_lane(lane, " ", Timestamp(7)).is_err(),
        "a lane needs a title"
    );
    store
        .set_moment_of_truth(moving, true, Timestamp(8))
        .expect("marked");
    assert!(store.board(id).expect("board").stages[0].steps[0].is_moment_of_truth);

    store.delete_stage(stage, Timestamp(9)).expect("deleted");
    assert_eq!(
        store.board(id).expect("board").stages.len(),
        before.stages.len()
    );
    store.restore_stage(stage).expect("undo");
    assert_eq!(
        store.board(id).expect("board").stages[0].steps[0].id,
        moving,
        "undo brings the stage back with its steps"
    );
}

#[test]
fn customers_rate_steps_once_each_and_the_team_sets_its_curves() {
    let mut store = Store::open_in_memory().expect("store");
    let (w, id) = template_board(&mut store, "buying-online");
    let person = |name: &str| ParticipantDraft {
        name: name.into(),
        kind: ParticipantKind::Customer,
        quote_by_name: true,
        colour: String::new(),
        persona_id: None,
    };
    let maya = store
        .add_participant(w, &person("Maya"), Timestamp(2))
        .expect("maya")
        .id;
    let tomas = store
        .add_participant(w, &person("Tomás"), Timestamp(2))
        .expect("tomás")
        .id;
    let step = store.board(id).expect("board").stages[0].steps[0].id;

    store
        .rate_step(step, maya, Some(-2), Timestamp(3))
        .expect("rated");
    store
        .rate_step(step, maya, Some(-1), Timestamp(4))
        .expect("re-rated");
    store
        .rate_step(step, tomas, Some(1), Timestamp(4))
        .expect("rated");
    store
        .set_curve_point(step, Curve::Assumed, Some(2), Timestamp(4))
        .expect("assumed");
    store
        .set_curve_point(step, Curve::Desired, Some(2), Timestamp(4))
        .expect("desired");
    store
        .set_curve_point(step, Curve::Desired, None, Timestamp(5))
        .expect("cleared");
    let emotions = store.board(id).expect("board").emotions.remove(0);
    let rated = emotions.rated.expect("rated");
    assert_eq!(rated.count, 2, "Maya's second rating replaced her first");
    assert!((rated.mean - 0.0).abs() < 1e-9);
    assert_eq!((emotions.assumed, emotions.desired), (Some(2), None));

    for bad in [Some(3), Some(-3)] {
        assert_eq!(
            store
                .rate_step(step, maya, bad, Timestamp(6))
                .expect_err("out of range")
                .code(),
            ErrorCode::InvalidInput
        );
    }
    assert!(
        store
            .set_curve_point(step, Curve::Rated, Some(1), Timestamp(6))
            .is_err(),
        "rated points come from people"
    );
    store
        .rate_step(step, tomas, None, Timestamp(7))
        .expect("withdrawn");
    assert_eq!(
        store.board(id).expect("board").emotions[0]
            .rated
            .as_ref()
            .map(|r| r.count),
        Some(1)
    );
}

#[test]
fn a_blank_board_can_be_created_and_read() {
    let mut store = Store::open_in_memory().expect("store");
    let w = workshop(&mut store);
    let draft = BoardDraft {
        title: "To-be journey".into(),
        ..BoardDraft::default()
    };
    let board = store
        .create_board(w, &draft, Timestamp(2))
        .expect("created");
    let read = store.board(board.id).expect("read");
    assert!(read.stages.is_empty() && read.lanes.is_empty() && read.cards.is_empty());
}

#[test]
fn a_duplicated_board_is_a_full_independent_copy() {
    let mut store = Store::open_in_memory().expect("store");
    let sample = store.add_sample_workshop(Timestamp(1)).expect("sample");
    let original = store
        .list_boards(sample)
        .expect("boards")
        .remove(0)
        .board
        .id;
    let copy = store
        .duplicate_board(original, Timestamp(2))
        .expect("duplicated");
    let (a, b) = (
        store.board(original).expect("original"),
        store.board(copy).expect("copy"),
    );
    assert_eq!(
        b.board.draft.title,
        format!("{} (copy)", a.board.draft.title)
    );
    assert_eq!(b.board.draft.persona_ids, a.board.draft.persona_ids);
    let shape = |x: &Board| {
        (
            x.stages
                .iter()
                .map(|s| (s.title.clone(), s.steps.len()))
                .collect::<Vec<_>>(),
            x.lanes.len(),
            x.cards.len(),
            x.ratings.len(),
        )
    };
    assert_eq!(shape(&a), shape(&b));
    let texts = |x: &Board| {
        x.cards
            .iter()
            .map(|c| c.draft.text.clone())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(texts(&a), texts(&b));
    let titles: Vec<String> = store
        .list_boards(sample)
        .expect("boards")
        .into_iter()
        .map(|s| s.board.draft.title)
        .collect();
    assert_eq!(titles.len(), 3, "the sample's two boards and the copy");
    assert!(
        titles[1].ends_with("(copy)"),
        "the copy sits right after the original"
    );

    store
        .delete_cards(&[b.cards[0].id], Timestamp(3))
        .expect("edit the copy");
    assert_eq!(
        store.board(original).expect("original").cards.len(),
        a.cards.len(),
        "the original is untouched"
    );
    store.delete_board(copy, Timestamp(4)).expect("deleted");
    assert_eq!(store.list_boards(sample).expect("boards").len(), 2);
    store.restore_board(copy).expect("undo");
    let renamed = BoardDraft {
        title: "To-be".into(),
        ..b.board.draft.clone()
    };
    assert_eq!(
        store
            .update_board(copy, &renamed, Timestamp(5))
            .expect("renamed")
            .draft
            .title,
        "To-be"
    );
}
