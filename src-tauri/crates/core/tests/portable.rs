//! The portable workshop file: what goes out comes back, and a bad file writes nothing.

use feltboard_core::portable::{ImportAs, WorkshopFile};
use feltboard_core::{Store, Timestamp};

const NOW: Timestamp = Timestamp(1_795_305_600_000);

fn sample() -> (Store, WorkshopFile) {
    let mut store = Store::open_in_memory().expect("store");
    let id = store.add_sample_workshop(NOW).expect("sample");
    let file = store.workshop_file(id, NOW).expect("file");
    (store, file)
}

/// The file's content with every id replaced by what it names, so two copies compare equal.
fn content(file: &WorkshopFile) -> Vec<String> {
    let person = |id: Option<_>| {
        file.participants
            .iter()
            .find(|p| Some(p.id) == id)
            .map(|p| p.draft.name.clone())
    };
    let mut lines = vec![format!("{:?}", file.workshop.draft)];
    lines.extend(file.participants.iter().map(|p| format!("{:?}", p.draft)));
    lines.extend(
        file.personas
            .iter()
            .map(|p| format!("{:?} portrait={}", p.persona.draft, p.portrait.is_some())),
    );
    for board in &file.boards {
        let actor = file
            .personas
            .iter()
            .find(|p| Some(p.persona.id) == board.board.draft.actor_id)
            .map(|p| &p.persona.draft.name);
        lines.push(format!(
            "{} actor={actor:?} {} {}",
            board.board.draft.title, board.board.draft.scenario, board.board.draft.expectations
        ));
        let step = |id| board.steps().find(|s| s.id == id).map(|s| s.title.clone());
        let lane = |id| {
            board
                .lanes
                .iter()
                .find(|l| l.id == id)
                .map(|l| l.title.clone())
        };
        for stage in &board.stages {
            lines.push(format!(
                "stage {}: {:?}",
                stage.title,
                stage
                    .steps
                    .iter()
                    .map(|s| (&s.title, s.is_moment_of_truth))
                    .collect::<Vec<_>>()
            ));
        }
        lines.extend(
            board
                .lanes
                .iter()
                .map(|l| format!("lane {:?} {} hidden={}", l.kind, l.title, l.is_hidden)),
        );
        lines.extend(board.cards.iter().map(|c| {
            format!(
                "card {:?} {:?} {} {:?} {:?} by {:?} {} {}",
                step(c.step_id),
                lane(c.lane_id),
                c.draft.text,
                c.draft.kind,
                c.draft.source,
                person(c.draft.author_id),
                c.draft.owner,
                c.draft.metric
            )
        }));
        lines.extend(board.ratings.iter().map(|r| {
            format!(
                "rating {:?} {:?} {} by {:?}",
                step(r.step_id),
                r.curve,
                r.score,
                person(r.participant_id)
            )
        }));
        lines.push(format!(
            "{:?}",
            board
                .emotions
                .iter()
                .map(|e| (e.assumed, e.desired, e.rated.clone()))
                .collect::<Vec<_>>()
        ));
    }
    lines
}

#[test]
fn export_then_import_gives_the_same_workshop_with_new_ids() {
    let (mut store, file) = sample();
    assert!(
        file.boards[0].cards.len() > 40 && !file.boards[0].ratings.is_empty(),
        "the sample has cards and ratings to carry"
    );
    let json = serde_json::to_vec_pretty(&file).expect("json");
    let copy = store
        .import_workshop(&json, ImportAs::Copy, NOW)
        .expect("imported");
    assert_ne!(copy, file.workshop.id);
    let again = store.workshop_file(copy, NOW).expect("read back");
    assert_eq!(content(&again), content(&file));
    assert!(
        again
            .personas
            .iter()
            .zip(&file.personas)
            .all(|(a, b)| a.portrait == b.portrait),
        "portraits come back as they were"
    );
    assert_ne!(again.boards[0].board.id, file.boards[0].board.id, "new ids");
}

#[test]
fn importing_twice_makes_two_copies_unless_asked_to_replace() {
    let (mut store, file) = sample();
    let json = serde_json::to_vec(&file).expect("json");
    store
        .import_workshop(&json, ImportAs::Copy, NOW)
        .expect("first");
    store
        .import_workshop(&json, ImportAs::Copy, NOW)
        .expect("second");
    let titled = |store: &Store| {
        store
            .list_workshops("")
            .expect("list")
            .iter()
            .filter(|w| w.workshop.draft.title == file.workshop.draft.title)
            .count()
    };
    assert_eq!(titled(&store), 3, "the original and two copies");

    let replacement = store
        .import_workshop(&json, ImportAs::Replacement, NOW)
        .expect("replaced");
    assert_eq!(
        titled(&store),
        3,
        "the original gave way to the replacement"
    );
    assert!(
        store.workshop(file.workshop.id).is_err(),
        "the original is gone (undoably)"
    );
    store
        .restore_workshop(file.workshop.id)
        .expect("and can be brought back");
    assert!(store.workshop(replacement).is_ok());
}

#[test]
fn a_bad_file_is_refused_with_a_reason_and_writes_nothing() {
    let (mut store, file) = sample();
    let json = serde_json::to_string(&file).expect("json");
    let value: serde_json::Value = serde_json::from_str(&json).expect("value");
    let edited = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut v = value.clone();
        change(&mut v);
        serde_json::to_vec(&v).expect("json")
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated",
            json.as_bytes()[..json.len() / 2].to_vec(),
            "not readable JSON",
        ),
        (
            "not json",
            b"%PDF-1.7 not a workshop".to_vec(),
            "not readable JSON",
        ),
        (
            "another format",
            br#"{"format": "miro-board", "version": 1}"#.to_vec(),
            "not a Feltboard workshop file",
        ),
        (
            "newer",
            edited(&|v| v["version"] = 2.into()),
            "newer Feltboard (file version 2",
        ),
        (
            "a missing part",
            edited(&|v| drop(v.as_object_mut().map(|o| o.remove("boards")))),
            "not as Feltboard writes it",
        ),
        (
            "a card in a step that is not there",
            edited(&|v| {
                v["boards"][0]["cards"][3]["stepId"] = "0190b6f0-0000-7000-8000-000000000001".into()
            }),
            "refers to a step it does not hold",
        ),
        (
            "an over-long card",
            edited(&|v| v["boards"][0]["cards"][7]["text"] = "x".repeat(5000).into()),
            "too long",
        ),
        (
            "a damaged portrait",
            edited(&|v| {
                v["personas"][0]["portrait"] =
                    serde_json::json!({"mediaType": "image/png", "data": "bm90IGFuIGltYWdl"})
            }),
            "",
        ),
        (
            "oversized",
            vec![b' '; 100 * 1024 * 1024 + 1],
            "at most 100 MB",
        ),
    ];
    let before = store.list_workshops("").expect("list").len();
    for (what, bytes, reason) in cases {
        let error = store
            .import_workshop(&bytes, ImportAs::Copy, NOW)
            .expect_err(what);
        let message = error.to_string();
        assert!(
            message.starts_with("The workshop file"),
            "{what}: {message}"
        );
        assert!(message.contains(reason), "{what}: {message}");
        assert_eq!(
            store.list_workshops("").expect("list").len(),
            before,
            "{what} wrote nothing"
        );
    }
}
