//! Participants through the store's public API.

use feltboard_core::participants::{PALETTE, ParticipantDraft, ParticipantKind};
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{ErrorCode, Store, Timestamp};

fn person(name: &str, kind: ParticipantKind) -> ParticipantDraft {
    ParticipantDraft {
        name: name.to_owned(),
        kind,
        quote_by_name: false,
        colour: String::new(),
        persona_id: None,
    }
}

fn store_with_workshop() -> (Store, feltboard_core::ids::WorkshopId) {
    let mut store = Store::open_in_memory().expect("store");
    let draft = WorkshopDraft {
        title: "Returns".into(),
        ..WorkshopDraft::default()
    };
    let id = store
        .create_workshop(&draft, Timestamp(1))
        .expect("workshop")
        .id;
    (store, id)
}

#[test]
fn participants_keep_their_order_and_get_distinct_colours() {
    let (mut store, workshop) = store_with_workshop();
    for name in ["Maya", "Tomás", "Priya"] {
        store
            .add_participant(
                workshop,
                &person(name, ParticipantKind::Customer),
                Timestamp(2),
            )
            .expect("added");
    }
    let listed = store.list_participants(workshop).expect("list");
    let names: Vec<&str> = listed.iter().map(|p| p.draft.name.as_str()).collect();
    assert_eq!(names, ["Maya", "Tomás", "Priya"]);
    let colours: Vec<&str> = listed.iter().map(|p| p.draft.colour.as_str()).collect();
    assert_eq!(
        colours,
        PALETTE[..3],
        "each new person gets the next colour of the palette"
    );
    let summary = &store.list_workshops("").expect("home")[0];
    assert_eq!(summary.participant_count, 3);
}

#[test]
fn an_edit_changes_kind_consent_and_colour() {
    let (mut store, workshop) = store_with_workshop();
    let added = store
        .add_participant(
            workshop,
            &person("J.", ParticipantKind::Customer),
            Timestamp(2),
        )
        .expect("added");
    let edit = ParticipantDraft {
        name: "June R.".into(),
        kind: ParticipantKind::Stakeholder,
        quote_by_name: true,
        colour: "#ABCDEF".into(),
        persona_id: None,
    };
    let edited = store
        .update_participant(added.id, &edit, Timestamp(3))
        .expect("edited");
    assert_eq!(
        edited.draft,
        ParticipantDraft {
            colour: "#abcdef".into(),
            ..edit
        }
    );
    assert_eq!(edited.updated_at, Timestamp(3));
}

#[test]
fn bad_names_and_colours_are_refused() {
    let (mut store, workshop) = store_with_workshop();
    for bad in [
        person("  ", ParticipantKind::Team),
        person(&"n".repeat(201), ParticipantKind::Team),
        ParticipantDraft {
            colour: "blue".into(),
            ..person("Ben", ParticipantKind::Team)
        },
    ] {
        let error = store
            .add_participant(workshop, &bad, Timestamp(2))
            .expect_err("refused");
        assert_eq!(error.code(), ErrorCode::InvalidInput);
    }
    assert!(store.list_participants(workshop).expect("list").is_empty());
}

#[test]
fn a_removed_participant_can_be_restored() {
    let (mut store, workshop) = store_with_workshop();
    let maya = store
        .add_participant(
            workshop,
            &person("Maya", ParticipantKind::Customer),
            Timestamp(2),
        )
        .expect("added");
    store
        .delete_participant(maya.id, Timestamp(3))
        .expect("removed");
    assert!(store.list_participants(workshop).expect("list").is_empty());
    store.restore_participant(maya.id).expect("undo");
    assert_eq!(store.list_participants(workshop).expect("list"), vec![maya]);
}

#[test]
fn a_phone_that_gives_a_name_already_in_the_workshop_becomes_that_person_not_a_second_one() {
    let (mut store, workshop) = store_with_workshop();
    let maya = store
        .add_participant(
            workshop,
            &person("Maya Okafor", ParticipantKind::Customer),
            Timestamp(2),
        )
        .expect("added by the facilitator");
    let nobody_holds = |_| true;
    let (joined, known) = store
        .join_from_phone(
            workshop,
            &person("  maya  OKAFOR ", ParticipantKind::Customer),
            nobody_holds,
            Timestamp(3),
        )
        .expect("joins");
    assert!(known, "the phone is told she was already there");
    assert_eq!(
        joined.id, maya.id,
        "her phone speaks for her: her ratings are counted once"
    );
    assert_eq!(store.list_participants(workshop).expect("list").len(), 1);

    let (second, known) = store
        .join_from_phone(
            workshop,
            &person("Maya Okafor", ParticipantKind::Customer),
            |id| id != maya.id,
            Timestamp(4),
        )
        .expect("a second Maya joins");
    assert!(
        !known && second.id != maya.id,
        "another phone already speaks for Maya: a new participant"
    );
    let (team, known) = store
        .join_from_phone(
            workshop,
            &person("Maya Okafor", ParticipantKind::Team),
            nobody_holds,
            Timestamp(5),
        )
        .expect("joins as team");
    assert!(
        !known && team.id != maya.id,
        "a team member of the same name is someone else"
    );
}
