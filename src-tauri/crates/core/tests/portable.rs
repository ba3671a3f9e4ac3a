//! The portable workshop file: what goes out comes back, and a bad file writes nothing.
//!
//! Long as a list is long: each test is one file a facilitator could be handed, standing alone.

use feltboard_core::boards::CardKind;
use feltboard_core::ids::WorkshopId;
use feltboard_core::portable::{FilePersona, FileWorkshop, ImportAs, WorkshopFile};
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
    let person = |id: Option<&String>| {
        file.participants
            .iter()
            .find(|p| Some(&p.id) == id)
            .map(|p| p.name.clone())
    };
    let mut lines = vec![format!(
        "{:?}",
        FileWorkshop {
            id: String::new(),
            ..file.workshop.clone()
        }
    )];
    lines.extend(
        file.participants
            .iter()
            .map(|p| format!("{} {:?} {} {}", p.name, p.kind, p.quote_by_name, p.colour)),
    );
    lines.extend(file.personas.iter().map(|p| {
        format!(
            "{:?} portrait={}",
            FilePersona {
                id: String::new(),
                portrait: None,
                ..p.clone()
            },
            p.portrait.is_some()
        )
    }));
    for board in &file.boards {
        let followed: Vec<_> = board
            .persona_ids
            .iter()
            .filter_map(|id| file.personas.iter().find(|p| &p.id == id))
            .map(|p| &p.name)
            .collect();
        lines.push(format!(
            "{} personas={followed:?} {} {}",
            board.title, board.scenario, board.expectations
        ));
        let step = |id: &String| {
            board
                .stages
                .iter()
                .flat_map(|s| &s.steps)
                .find(|s| &s.id == id)
                .map(|s| s.title.clone())
        };
        let lane = |id: &String| {
            board
                .lanes
                .iter()
                .find(|l| &l.id == id)
                .map(|l| l.title.clone())
        };
        let card = |id: &String| {
            board
                .cards
                .iter()
                .find(|c| &c.id == id)
                .map(|c| c.text.clone())
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
                step(&c.step_id),
                lane(&c.lane_id),
                c.text,
                c.kind,
                c.source,
                person(c.author_id.as_ref()),
                c.owner,
                c.metric
            )
        }));
        lines.extend(board.ratings.iter().map(|r| {
            format!(
                "rating {:?} {:?} {} by {:?}",
                step(&r.step_id),
                r.curve,
                r.score,
                person(r.participant_id.as_ref())
            )
        }));
        lines.extend(board.votes.iter().map(|v| {
            format!(
                "dot on {:?} by {:?}",
                card(&v.card_id),
                person(v.participant_id.as_ref())
            )
        }));
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
    assert_ne!(copy.to_string(), file.workshop.id);
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
    assert_ne!(again.boards[0].id, file.boards[0].id, "new ids");
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
            .filter(|w| w.workshop.draft.title == file.workshop.title)
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
    let original = WorkshopId(file.workshop.id.parse().expect("a uuid"));
    assert!(
        store.workshop(original).is_err(),
        "the original is gone (undoably)"
    );
    store
        .restore_workshop(original)
        .expect("and can be brought back");
    assert!(store.workshop(replacement).is_ok());
}

/// The sample's file with `change` made to it, as JSON.
fn edited(file: &WorkshopFile, change: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let mut value = serde_json::to_value(file).expect("value");
    change(&mut value);
    serde_json::to_vec(&value).expect("json")
}

/// Imports `bytes`, which must be refused without writing anything; gives the message.
fn refusal(store: &mut Store, what: &str, bytes: &[u8]) -> String {
    let before = store.list_workshops("").expect("list");
    let error = store
        .import_workshop(bytes, ImportAs::Copy, NOW)
        .expect_err(what);
    assert_eq!(
        store.list_workshops("").expect("list"),
        before,
        "{what} wrote nothing"
    );
    let message = error.to_string();
    assert!(
        message.starts_with("The workshop file can't be imported"),
        "{what}: {message}"
    );
    assert!(
        message.contains("Nothing was imported; "),
        "{what} says what to do: {message}"
    );
    // Serde's and SQLite's own words mean nothing to a facilitator.
    for internal in [
        "i8",
        "u32",
        "struct ",
        "`",
        "UNIQUE",
        "constraint",
        "invalid type",
        "variant",
    ] {
        assert!(
            !message.contains(internal),
            "{what}: “{internal}” in {message}"
        );
    }
    message
}

#[test]
fn a_bad_file_is_refused_with_its_place_and_what_to_do_and_writes_nothing() {
    let (mut store, file) = sample();
    let json = serde_json::to_vec(&file).expect("json");
    let step =
        |v: &serde_json::Value, i: usize| v["boards"][0]["stages"][0]["steps"][i]["id"].clone();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated",
            json[..json.len() / 2].to_vec(),
            "it stops in the middle, at line 1, column",
        ),
        (
            "not json",
            b"%PDF-1.7 not a workshop".to_vec(),
            "it is damaged at line 1, column 1",
        ),
        (
            "empty",
            b" \n".to_vec(),
            "it is empty. Nothing was imported",
        ),
        (
            "null",
            b"null".to_vec(),
            "it is not a Feltboard workshop file. Nothing was imported; choose a file",
        ),
        (
            "a list",
            b"[1, 2]".to_vec(),
            "it is not a Feltboard workshop file",
        ),
        (
            "another format",
            br#"{"format": "miro-board", "version": 1}"#.to_vec(),
            "not a Feltboard workshop file",
        ),
        (
            "newer",
            edited(&file, |v| v["version"] = 4.into()),
            "newer Feltboard (file version 4; this one reads up to 3). Nothing was imported; update Feltboard",
        ),
        (
            "no version",
            edited(&file, |v| v["version"] = serde_json::Value::Null),
            "(at version): it does not say which version",
        ),
        (
            "version -1",
            edited(&file, |v| v["version"] = (-1).into()),
            "(at version): -1 is not a version of the format",
        ),
        (
            "version 0",
            edited(&file, |v| v["version"] = 0.into()),
            "(at version): 0 is not a version",
        ),
        (
            "a version as long as a file",
            edited(&file, |v| v["version"] = "x".repeat(5000).into()),
            "(at version): \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… is not a version",
        ),
        (
            "a field given twice",
            String::from_utf8(edited(&file, |_| {}))
                .expect("text")
                .replacen("\"title\":", "\"title\":\"Once\",\"title\":", 1)
                .into_bytes(),
            "“title” is given twice",
        ),
        (
            "version as text",
            edited(&file, |v| v["version"] = "2".into()),
            "(at version): \"2\" is not a version",
        ),
        (
            "a missing part",
            edited(&file, |v| {
                drop(v.as_object_mut().map(|o| o.remove("boards")))
            }),
            "“boards” is missing",
        ),
        (
            "a score as text",
            edited(&file, |v| {
                v["boards"][0]["ratings"][0]["score"] = "high".into()
            }),
            "(at boards[0].ratings[0].score): it holds the text \"high\" where a whole number from -2 to 2 belongs",
        ),
        (
            "a score out of range",
            edited(&file, |v| {
                v["boards"][0]["ratings"][0]["score"] = 300.into()
            }),
            "(at boards[0].ratings[0].score): it holds integer 300 where a whole number from -2 to 2 belongs",
        ),
        (
            "a score out of the scale",
            edited(&file, |v| v["boards"][0]["ratings"][0]["score"] = 3.into()),
            "(at boards[0].ratings[0]): the emotion score",
        ),
        (
            "goals as text",
            edited(&file, |v| v["personas"][0]["goals"] = "be quick".into()),
            "(at personas[0].goals): it holds the text \"be quick\" where a list [ … ] belongs",
        ),
        (
            "an unknown kind",
            edited(&file, |v| {
                v["boards"][0]["cards"][2]["kind"] = "banana".into()
            }),
            "(at boards[0].cards[2].kind): “banana” is not one of: note, quote, pain_point, idea, opportunity",
        ),
        (
            "the workshop as null",
            edited(&file, |v| v["workshop"] = serde_json::Value::Null),
            "(at workshop): it holds null where an object { … } belongs",
        ),
        (
            "a card in a step that is not there",
            edited(&file, |v| {
                v["boards"][0]["cards"][3]["stepId"] = "no-such-step".into()
            }),
            "(at boards[0].cards[3].stepId): it refers to a step the file does not hold (“no-such-step”)",
        ),
        (
            "an over-long card",
            edited(&file, |v| {
                v["boards"][0]["cards"][7]["text"] = "x".repeat(5000).into()
            }),
            "(at boards[0].cards[7]): the card's text is too long: 5000 characters, at most 2000 fit",
        ),
        (
            "a blank title",
            edited(&file, |v| v["workshop"]["title"] = " ".into()),
            "(at workshop): the title can't be empty",
        ),
        (
            "51 goals",
            edited(&file, |v| {
                v["personas"][1]["goals"] = vec!["a goal"; 51].into()
            }),
            "(at personas[1]): 51 goals are too many: at most 50 fit",
        ),
        (
            "a damaged portrait",
            edited(
                &file,
                |v| {
                    v["personas"][0]["portrait"] =
                        serde_json::json!({"mediaType": "image/png", "data": "bm90IGFuIGltYWdl"})
                },
            ),
            "(at personas[0].portrait)",
        ),
        (
            "a portrait that is not base64",
            edited(&file, |v| {
                v["personas"][0]["portrait"] =
                    serde_json::json!({"mediaType": "image/png", "data": "@@@"})
            }),
            "(at personas[0].portrait): the portrait is not valid: it is damaged: its data is not base64",
        ),
        (
            "a participant id twice",
            edited(&file, |v| {
                v["participants"][4]["id"] = v["participants"][0]["id"].clone()
            }),
            "(at participants[4].id): the participant id “",
        ),
        (
            "a persona id twice",
            edited(&file, |v| {
                v["personas"][1]["id"] = v["personas"][0]["id"].clone()
            }),
            "(at personas[1].id): the persona id “",
        ),
        (
            "a step id twice",
            edited(&file, |v| {
                let first = step(v, 0);
                v["boards"][0]["stages"][0]["steps"][1]["id"] = first;
            }),
            "(at boards[0].stages[0].steps[1].id): the step id “",
        ),
        (
            "a lane id twice",
            edited(&file, |v| {
                v["boards"][0]["lanes"][3]["id"] = v["boards"][0]["lanes"][1]["id"].clone()
            }),
            "(at boards[0].lanes[3].id): the lane id “",
        ),
        (
            "a card id twice",
            edited(&file, |v| {
                v["boards"][0]["cards"][9]["id"] = v["boards"][0]["cards"][8]["id"].clone()
            }),
            "(at boards[0].cards[9].id): the card id “",
        ),
        (
            "a rating twice",
            edited(&file, |v| {
                let again = v["boards"][0]["ratings"][0].clone();
                v["boards"][0]["ratings"]
                    .as_array_mut()
                    .expect("ratings")
                    .push(again);
            }),
            "rates the same step on the same curve as ratings[0]",
        ),
        (
            "a dot on a note",
            edited(&file, |v| {
                let card = v["boards"][0]["cards"][0]["id"].clone();
                v["boards"][0]["votes"] =
                    serde_json::json!([{"cardId": card, "participantId": null}]);
            }),
            "(at boards[0].votes[0]): it puts a dot on a note; dots go on pain points, ideas and opportunities only",
        ),
        (
            "a dot on nothing",
            edited(&file, |v| {
                v["boards"][0]["votes"] =
                    serde_json::json!([{"cardId": "gone", "participantId": null}])
            }),
            "(at boards[0].votes[0].cardId): it refers to a card the file does not hold",
        ),
    ];
    for (what, bytes, reason) in cases {
        let message = refusal(&mut store, what, &bytes);
        assert!(message.contains(reason), "{what}: {message}");
    }
}

#[test]
fn a_duplicate_id_never_moves_one_persons_cards_and_ratings_to_another() {
    let (mut store, file) = sample();
    let ana = file.participants[0].id.clone();
    let message = refusal(
        &mut store,
        "Bo given Ana's id",
        &edited(&file, |v| v["participants"][1]["id"] = ana.clone().into()),
    );
    assert!(
        message.contains(&format!("the participant id “{ana}” is used twice")),
        "{message}"
    );
}

#[test]
fn a_file_saved_with_a_byte_order_mark_imports() {
    let (mut store, file) = sample();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json::to_vec(&file).expect("json"));
    let id = store
        .import_workshop(&bytes, ImportAs::Copy, NOW)
        .expect("imported");
    assert_eq!(
        store.workshop(id).expect("there").draft.title,
        file.workshop.title
    );
}

#[test]
fn every_committed_workshop_file_keeps_importing_whole() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures/workshop-files");
    let mut seen = 0;
    for entry in std::fs::read_dir(&folder).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        // Every file an earlier or this Feltboard wrote: version 1, a real session's version 2,
        // and the sample of version 3 (segments, a to-be board, evidence).
        if !name.starts_with('v') {
            continue;
        }
        seen += 1;
        let old: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
        let mut store = Store::open_in_memory().expect("store");
        let id = store
            .import_workshop_file(&path, ImportAs::Copy, NOW)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let now = store.workshop_file(id, NOW).expect("read back");
        let count = |v: &serde_json::Value, list: &str| v[list].as_array().map_or(0, Vec::len);
        assert_eq!(
            now.participants.len(),
            count(&old, "participants"),
            "{name}"
        );
        assert_eq!(now.personas.len(), count(&old, "personas"), "{name}");
        for (board, old) in now
            .boards
            .iter()
            .zip(old["boards"].as_array().expect("boards"))
        {
            assert_eq!(board.cards.len(), count(old, "cards"), "{name}: every card");
            assert_eq!(
                board.ratings.len(),
                count(old, "ratings"),
                "{name}: every rating"
            );
            assert_eq!(board.votes.len(), count(old, "votes"), "{name}: every dot");
            assert_eq!(
                board.evidence.len(),
                count(old, "evidence"),
                "{name}: every piece of evidence"
            );
            assert_eq!(
                board.based_on.is_some(),
                old["basedOn"].is_string(),
                "{name}: where a to-be board started"
            );
            let origins = |steps: Vec<bool>| steps.into_iter().filter(|&o| o).count();
            assert_eq!(
                origins(
                    board
                        .stages
                        .iter()
                        .flat_map(|s| &s.steps)
                        .map(|s| s.based_on.is_some())
                        .collect()
                ),
                origins(
                    old["stages"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .flat_map(|s| s["steps"].as_array().into_iter().flatten())
                        .map(|s| s["basedOn"].is_string())
                        .collect()
                ),
                "{name}: where each to-be step came from"
            );
        }
        for (persona, old) in now
            .personas
            .iter()
            .zip(old["personas"].as_array().expect("personas"))
        {
            assert_eq!(
                persona.portrait.is_some(),
                old["portrait"].is_object(),
                "{name}: the portrait"
            );
        }
        // And once imported, the workshop goes round the current version unchanged.
        let json = serde_json::to_vec(&now).expect("json");
        let again = store
            .import_workshop(&json, ImportAs::Copy, NOW)
            .expect("again");
        assert_eq!(
            content(&store.workshop_file(again, NOW).expect("file")),
            content(&now),
            "{name}"
        );
    }
    assert!(seen >= 4, "the committed files are there ({seen})");
}

#[test]
fn the_dots_on_a_board_go_out_in_the_file_and_come_back() {
    let (mut store, _) = sample();
    let workshop = store.list_workshops("").expect("list")[0].workshop.id;
    let board = store.list_boards(workshop).expect("boards")[0].board.id;
    let cards = store.board(board).expect("board").cards;
    let pain = cards
        .iter()
        .find(|c| c.draft.kind == CardKind::PainPoint)
        .expect("a pain point");
    let idea = cards
        .iter()
        .find(|c| c.draft.kind == CardKind::Opportunity)
        .expect("an opportunity");
    let people = store.list_participants(workshop).expect("people");
    let sample_dots = store.votes_on(board).expect("the sample's dots").len();
    for (card, person) in [(pain, 0), (pain, 1), (pain, 1), (idea, 2)] {
        store
            .cast_vote(board, card.id, people[person].id, 5, NOW)
            .expect("a dot");
    }
    let file = store.workshop_file(workshop, NOW).expect("file");
    assert_eq!(file.version, feltboard_core::portable::VERSION);
    assert_eq!(
        file.boards[0].votes.len(),
        sample_dots + 4,
        "every dot is in the file"
    );
    let copy = store
        .import_workshop(
            &serde_json::to_vec(&file).expect("json"),
            ImportAs::Copy,
            NOW,
        )
        .expect("imported");
    let copied = store.list_boards(copy).expect("boards")[0].board.id;
    let by_text = |board| {
        let cards = store.board(board).expect("board").cards;
        let mut dots: Vec<(String, u32)> = store
            .card_votes(board)
            .expect("votes")
            .into_iter()
            .map(|(id, n)| {
                (
                    cards
                        .iter()
                        .find(|c| c.id == id)
                        .expect("card")
                        .draft
                        .text
                        .clone(),
                    n,
                )
            })
            .collect();
        dots.sort();
        dots
    };
    assert_eq!(by_text(copied), by_text(board));
    assert_eq!(
        by_text(copied)
            .iter()
            .map(|(_, n)| *n as usize)
            .sum::<usize>(),
        sample_dots + 4
    );
    let copied_people = store.list_participants(copy).expect("people");
    assert_eq!(
        store
            .dots_of(copied, copied_people[1].id)
            .expect("dots")
            .values()
            .sum::<u32>(),
        2,
        "each dot is still its person's"
    );
}

#[test]
fn a_workshop_with_someone_or_a_step_just_removed_still_goes_out_and_comes_back() {
    let (mut store, _) = sample();
    let workshop = store.list_workshops("").expect("list")[0].workshop.id;
    let board = store.list_boards(workshop).expect("boards")[0].board.id;
    let maya = store.list_participants(workshop).expect("people")[0].id;
    let step = store.board(board).expect("board").stages[0].steps[0].id;
    store
        .delete_participant(maya, NOW)
        .expect("removed, undoably");
    store.delete_step(step, NOW).expect("removed, undoably");
    let file = store.workshop_file(workshop, NOW).expect("file");
    let copy = store
        .import_workshop(
            &serde_json::to_vec(&file).expect("json"),
            ImportAs::Copy,
            NOW,
        )
        .expect("imported");
    let copied = store.workshop_file(copy, NOW).expect("file");
    assert_eq!(content(&copied), content(&file));
    assert!(
        file.boards[0].cards.iter().any(|c| c.author_id.is_none()),
        "Maya's cards stay, unnamed"
    );
}

#[test]
fn a_file_too_large_or_not_a_file_is_refused_unread() {
    let dir = tempfile::tempdir().expect("dir");
    let huge = dir.path().join("huge.json");
    std::fs::File::create(&huge)
        .and_then(|f| f.set_len(3 << 30))
        .expect("a sparse 3 GB file");
    let mut store = Store::open_in_memory().expect("store");
    let error = store
        .import_workshop_file(&huge, ImportAs::Copy, NOW)
        .expect_err("too large");
    assert!(
        error
            .to_string()
            .contains("is 3072 MB; at most 100 MB can be read"),
        "{error}"
    );
    let error = store
        .import_workshop_file(dir.path(), ImportAs::Copy, NOW)
        .expect_err("a folder");
    assert!(
        error.to_string().ends_with("is a folder, not a file."),
        "{error}"
    );
    assert!(store.list_workshops("").expect("list").is_empty());
}
