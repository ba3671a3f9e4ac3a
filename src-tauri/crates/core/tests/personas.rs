//! Personas through the store's public API, on real SQLite.

use feltboard_core::ids::WorkshopId;
use feltboard_core::personas::{EmpathyMap, Evidence, MAX_LIST_ITEMS, PersonaDraft, Portrait};
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Error, ErrorCode, Store, Timestamp};

fn workshop(store: &mut Store, title: &str) -> WorkshopId {
    let draft = WorkshopDraft {
        title: title.into(),
        ..WorkshopDraft::default()
    };
    store
        .create_workshop(&draft, Timestamp(1))
        .expect("workshop")
        .id
}

fn named(name: &str) -> PersonaDraft {
    PersonaDraft {
        name: name.into(),
        ..PersonaDraft::default()
    }
}

fn complete() -> PersonaDraft {
    let list = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    PersonaDraft {
        name: "Ελένη Παππά".into(),
        avatar_colour: "#009E73".into(),
        role: "Night-shift nurse".into(),
        quote: "I shop at 3 a.m., when the house is quiet.".into(),
        story: "Eleni works nights and buys online between shifts.".into(),
        goals: list(&["Rest on days off", "Never queue"]),
        needs: list(&["Delivery she can sleep through"]),
        pain_points: list(&["Couriers ring at 10 a.m."]),
        behaviours: list(&["Orders on her phone at work"]),
        channels: list(&["App", "SMS"]),
        wants_to_feel: list(&["Looked after"]),
        empathy: EmpathyMap {
            says: list(&["\"Leave it with a neighbour.\""]),
            thinks: list(&["Will it be stolen?"]),
            does: list(&["Tracks every parcel"]),
            feels: list(&["Tired", "Relieved"]),
        },
        evidence: Evidence::Research,
        evidence_sources: "Diary study, 2026".into(),
        interview_count: 7,
        is_anti_persona: true,
        anti_reason: "Not this quarter".into(),
    }
}

#[test]
fn every_field_is_kept_exactly_with_lists_in_their_order() {
    let mut store = Store::open_in_memory().expect("store");
    let w = workshop(&mut store, "Returns");
    let created = store
        .add_persona(w, &complete(), Timestamp(2))
        .expect("created");
    let expected = PersonaDraft {
        avatar_colour: "#009e73".into(),
        ..complete()
    };
    assert_eq!(
        created.draft, expected,
        "text is trimmed and colours lower-cased, nothing else"
    );
    assert_eq!(store.persona(created.id).expect("read back"), created);

    let mut edited = expected.clone();
    edited.goals.reverse();
    edited.is_anti_persona = false;
    edited.evidence = Evidence::Assumed;
    let updated = store
        .update_persona(created.id, &edited, Timestamp(3))
        .expect("updated");
    assert_eq!(
        updated.draft.goals,
        ["Never queue", "Rest on days off"],
        "list order is the facilitator's"
    );
    assert_eq!(updated.draft, edited);
    assert_eq!(
        (updated.created_at, updated.updated_at),
        (Timestamp(2), Timestamp(3))
    );
}

#[test]
fn blank_list_items_are_dropped_and_limits_are_enforced() {
    let mut store = Store::open_in_memory().expect("store");
    let w = workshop(&mut store, "Returns");
    let with_blanks = PersonaDraft {
        goals: vec!["  ".into(), "Real goal".into(), String::new()],
        ..named("Maya")
    };
    let kept = store
        .add_persona(w, &with_blanks, Timestamp(2))
        .expect("created");
    assert_eq!(
        kept.draft.goals,
        ["Real goal"],
        "an empty bullet is not a goal"
    );

    let too_many = PersonaDraft {
        needs: vec!["x".into(); MAX_LIST_ITEMS + 1],
        ..named("Maya")
    };
    let long_story = PersonaDraft {
        story: "s".repeat(20_001),
        ..named("Maya")
    };
    for bad in [
        named(" "),
        too_many,
        long_story,
        PersonaDraft {
            avatar_colour: "teal".into(),
            ..named("Maya")
        },
    ] {
        let error = store
            .add_persona(w, &bad, Timestamp(3))
            .expect_err("refused");
        assert_eq!(error.code(), ErrorCode::InvalidInput, "{error}");
    }
    assert_eq!(
        store.list_personas(w).expect("list").len(),
        1,
        "refusals write nothing"
    );
}

#[test]
fn personas_can_be_reordered_without_touching_the_others() {
    let mut store = Store::open_in_memory().expect("store");
    let w = workshop(&mut store, "Returns");
    let ids: Vec<_> = ["A", "B", "C", "D"]
        .iter()
        .map(|n| {
            store
                .add_persona(w, &named(n), Timestamp(2))
                .expect("added")
        })
        .collect();
    let names = |store: &Store| -> Vec<String> {
        store
            .list_personas(w)
            .expect("list")
            .into_iter()
            .map(|p| p.draft.name)
            .collect()
    };
    store
        .move_persona(ids[3].id, 0, Timestamp(3))
        .expect("to the front");
    assert_eq!(names(&store), ["D", "A", "B", "C"]);
    store
        .move_persona(ids[3].id, 99, Timestamp(4))
        .expect("to the end");
    assert_eq!(names(&store), ["A", "B", "C", "D"]);
    store
        .move_persona(ids[0].id, 2, Timestamp(5))
        .expect("into the middle");
    assert_eq!(names(&store), ["B", "C", "A", "D"]);
    let untouched = store.persona(ids[1].id).expect("B");
    assert_eq!(
        untouched.order_key, ids[1].order_key,
        "moving one persona never renumbers its siblings"
    );
}

#[test]
fn a_duplicate_sits_right_after_the_original_with_its_portrait() {
    let mut store = Store::open_in_memory().expect("store");
    let w = workshop(&mut store, "Returns");
    let maya = store
        .add_persona(w, &complete(), Timestamp(2))
        .expect("maya");
    store
        .add_persona(w, &named("Sam"), Timestamp(2))
        .expect("sam");
    let portrait = Portrait {
        media_type: "image/png",
        bytes: vec![1, 2, 3],
    };
    store
        .set_persona_portrait(maya.id, Some(&portrait), Timestamp(3))
        .expect("portrait");

    let copy = store
        .duplicate_persona(maya.id, Timestamp(4))
        .expect("duplicated");
    let names: Vec<String> = store
        .list_personas(w)
        .expect("list")
        .into_iter()
        .map(|p| p.draft.name)
        .collect();
    assert_eq!(names, ["Ελένη Παππά", "Ελένη Παππά (copy)", "Sam"]);
    assert_ne!(copy.id, maya.id);
    assert_eq!(copy.draft.goals, maya.draft.goals);
    assert_eq!(
        store.persona_portrait(copy.id).expect("portrait"),
        Some(portrait)
    );
}

#[test]
fn a_persona_copied_to_another_workshop_is_independent_of_the_original() {
    let mut store = Store::open_in_memory().expect("store");
    let from = workshop(&mut store, "Returns");
    let to = workshop(&mut store, "Onboarding");
    let maya = store
        .add_persona(from, &complete(), Timestamp(2))
        .expect("maya");
    let copy = store
        .copy_persona_to(maya.id, to, Timestamp(3))
        .expect("copied");
    assert_eq!(copy.workshop_id, to);
    assert_eq!(
        copy.draft, maya.draft,
        "every field travels, name unchanged"
    );

    store
        .update_persona(maya.id, &named("Changed"), Timestamp(4))
        .expect("edit the original");
    store
        .delete_workshop(from, Timestamp(5))
        .expect("delete the first workshop");
    let copied = store.list_personas(to).expect("list");
    assert_eq!(copied.len(), 1);
    assert_eq!(
        copied[0].draft.name, "Ελένη Παππά",
        "the copy is its own persona"
    );
    let missing = store
        .copy_persona_to(copy.id, from, Timestamp(6))
        .expect_err("deleted target");
    assert!(matches!(missing, Error::NotFound { .. }));
}

#[test]
fn a_deleted_persona_comes_back_with_undo_and_its_board_keeps_its_cards() {
    let mut store = Store::open_in_memory().expect("store");
    let sample = store.add_sample_workshop(Timestamp(1)).expect("sample");
    let maya = store.list_personas(sample).expect("list").remove(0);
    store
        .delete_persona(maya.id, Timestamp(2))
        .expect("deleted");
    assert_eq!(store.list_personas(sample).expect("list").len(), 2);
    let board = store.list_boards(sample).expect("boards").remove(0);
    assert_eq!(
        board.persona_names,
        ["Graham Lewis"],
        "a board without one of its personas still shows, with the others"
    );
    assert!(board.card_count > 0);
    store.restore_persona(maya.id).expect("undo");
    assert_eq!(
        store.list_boards(sample).expect("boards")[0].persona_names,
        ["Maya Okafor", "Graham Lewis"]
    );
}

#[test]
fn a_portrait_can_be_set_replaced_and_removed() {
    let mut store = Store::open_in_memory().expect("store");
    let w = workshop(&mut store, "Returns");
    let maya = store
        .add_persona(w, &named("Maya"), Timestamp(2))
        .expect("maya");
    assert_eq!(store.persona_portrait(maya.id).expect("none yet"), None);
    let png = Portrait {
        media_type: "image/png",
        bytes: vec![9; 10],
    };
    store
        .set_persona_portrait(maya.id, Some(&png), Timestamp(3))
        .expect("set");
    assert!(store.persona(maya.id).expect("read").has_portrait);
    assert_eq!(store.persona_portrait(maya.id).expect("read"), Some(png));
    store
        .set_persona_portrait(maya.id, None, Timestamp(4))
        .expect("removed");
    assert!(!store.persona(maya.id).expect("read").has_portrait);
}
