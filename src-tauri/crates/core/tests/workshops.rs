//! Workshops through the store's public API, on real SQLite.

use feltboard_core::language::Language;
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Error, ErrorCode, Store, Timestamp};

fn draft(title: &str) -> WorkshopDraft {
    WorkshopDraft {
        title: title.to_owned(),
        ..WorkshopDraft::default()
    }
}

#[test]
fn created_workshops_are_listed_newest_first_and_found_by_title_in_any_case() {
    let mut store = Store::open_in_memory().expect("store");
    for (i, title) in ["Onboarding", "Café loyalty", "Returns"].iter().enumerate() {
        store
            .create_workshop(&draft(title), Timestamp(1_000 + i as i64))
            .expect("created");
    }
    let titles = |found: Vec<feltboard_core::workshops::WorkshopSummary>| -> Vec<String> {
        found.into_iter().map(|s| s.workshop.draft.title).collect()
    };
    assert_eq!(
        titles(store.list_workshops("").expect("list")),
        ["Returns", "Café loyalty", "Onboarding"]
    );
    assert_eq!(
        titles(store.list_workshops("CAFÉ").expect("search")),
        ["Café loyalty"],
        "search ignores case, accents included"
    );
    assert!(
        store
            .list_workshops("nothing like it")
            .expect("search")
            .is_empty()
    );
}

#[test]
fn every_field_is_kept_trimmed_and_an_edit_moves_updated_at_only() {
    let mut store = Store::open_in_memory().expect("store");
    let full = WorkshopDraft {
        title: "  Returns  ".into(),
        question: "Where do we lose people?".into(),
        held_on: Some("2026-11-18".into()),
        place: "Leeds".into(),
        facilitator: "Amira".into(),
        notes: "Customers first.".into(),
        language: Language::De,
    };
    let created = store
        .create_workshop(&full, Timestamp(10))
        .expect("created");
    assert_eq!(created.draft.title, "Returns", "titles are trimmed");
    assert_eq!(store.workshop(created.id).expect("read back"), created);

    let renamed = WorkshopDraft {
        title: "Returns, revisited".into(),
        ..full
    };
    let updated = store
        .update_workshop(created.id, &renamed, Timestamp(20))
        .expect("updated");
    assert_eq!(updated.draft.title, "Returns, revisited");
    assert_eq!(updated.draft.place, "Leeds");
    assert_eq!(
        (updated.created_at, updated.updated_at),
        (Timestamp(10), Timestamp(20))
    );
}

#[test]
fn blank_titles_oversized_text_and_bad_dates_are_refused_and_nothing_is_written() {
    let mut store = Store::open_in_memory().expect("store");
    let refused = [
        draft("   "),
        draft(&"x".repeat(201)),
        WorkshopDraft {
            notes: "n".repeat(20_001),
            ..draft("ok")
        },
        WorkshopDraft {
            held_on: Some("next Tuesday".into()),
            ..draft("ok")
        },
    ];
    for bad in &refused {
        let error = store
            .create_workshop(bad, Timestamp(1))
            .expect_err("refused");
        assert_eq!(error.code(), ErrorCode::InvalidInput, "{error}");
    }
    assert!(
        store.list_workshops("").expect("list").is_empty(),
        "a refused workshop leaves no trace"
    );

    let kept = store
        .create_workshop(&draft("Kept"), Timestamp(1))
        .expect("created");
    let error = store
        .update_workshop(kept.id, &draft(""), Timestamp(2))
        .expect_err("refused");
    assert!(matches!(error, Error::Blank { .. }));
    assert_eq!(
        store.workshop(kept.id).expect("still there").draft.title,
        "Kept"
    );
}

#[test]
fn a_deleted_workshop_can_be_restored_until_the_store_is_opened_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (undone, gone) = {
        let mut store = Store::open(dir.path()).expect("store");
        let undone = store
            .create_workshop(&draft("Undone"), Timestamp(1))
            .expect("created");
        let gone = store
            .create_workshop(&draft("Gone"), Timestamp(2))
            .expect("created");
        store
            .add_participant(
                gone.id,
                &feltboard_core::participants::ParticipantDraft {
                    name: "Maya".into(),
                    kind: feltboard_core::participants::ParticipantKind::Customer,
                    quote_by_name: true,
                    colour: String::new(),
                    persona_id: None,
                },
                Timestamp(3),
            )
            .expect("participant");
        store
            .delete_workshop(undone.id, Timestamp(4))
            .expect("deleted");
        store
            .delete_workshop(gone.id, Timestamp(4))
            .expect("deleted");
        assert!(
            store.list_workshops("").expect("list").is_empty(),
            "deleted ones are hidden at once"
        );
        store.restore_workshop(undone.id).expect("undo");
        (undone, gone)
    };
    let mut store = Store::open(dir.path()).expect("reopened");
    assert_eq!(
        store
            .workshop(undone.id)
            .expect("restored one stays")
            .draft
            .title,
        "Undone"
    );
    assert!(matches!(
        store.workshop(gone.id),
        Err(Error::NotFound { .. })
    ));
    assert!(
        matches!(store.restore_workshop(gone.id), Err(Error::NotFound { .. })),
        "after a reopen the deletion is final, and so is everything that was in it"
    );
}

#[test]
fn home_lists_the_workshop_last_opened_first_then_the_newest() {
    let mut store = Store::open_in_memory().expect("store");
    let titles = |store: &Store| -> Vec<String> {
        store
            .list_workshops("")
            .expect("list")
            .into_iter()
            .map(|s| s.workshop.draft.title)
            .collect()
    };
    let old = store
        .create_workshop(&draft("Kettles"), Timestamp(10))
        .expect("old")
        .id;
    store
        .create_workshop(&draft("Returns"), Timestamp(20))
        .expect("new");
    assert_eq!(titles(&store), ["Returns", "Kettles"], "newest first");
    let before = store.workshop(old).expect("old").updated_at;
    store.workshop_opened(old, Timestamp(30)).expect("opened");
    assert_eq!(titles(&store), ["Kettles", "Returns"], "last opened first");
    assert_eq!(
        store.workshop(old).expect("old").updated_at,
        before,
        "opening is not an edit"
    );
    store.delete_workshop(old, Timestamp(31)).expect("deleted");
    assert!(matches!(
        store.workshop_opened(old, Timestamp(32)),
        Err(Error::NotFound { .. })
    ));
}
