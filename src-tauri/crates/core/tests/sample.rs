//! The sample workshop a newcomer finds on the first run.

use feltboard_core::{Store, Timestamp};

#[test]
fn the_sample_is_seeded_once_even_after_the_facilitator_deletes_it() {
    let mut store = Store::open_in_memory().expect("store");
    let id = store
        .seed_sample_once(Timestamp(1))
        .expect("seeded")
        .expect("first run seeds");
    assert!(
        store
            .seed_sample_once(Timestamp(2))
            .expect("second call")
            .is_none()
    );
    store.delete_workshop(id, Timestamp(3)).expect("deleted");
    assert!(
        store
            .seed_sample_once(Timestamp(4))
            .expect("third call")
            .is_none(),
        "a deleted sample must not come back by itself"
    );
    let again = store
        .add_sample_workshop(Timestamp(5))
        .expect("asked for explicitly");
    assert_ne!(again, id, "an explicit request adds a fresh copy");
}

#[test]
fn the_sample_shows_what_the_app_is_for() {
    let mut store = Store::open_in_memory().expect("store");
    let id = store.add_sample_workshop(Timestamp(1)).expect("seeded");
    let summary = store.list_workshops("").expect("home").remove(0);
    assert_eq!(summary.workshop.id, id);
    assert!(
        !summary.workshop.draft.question.is_empty(),
        "it explores a question"
    );

    let people = store.list_participants(id).expect("participants");
    use feltboard_core::participants::ParticipantKind::*;
    for kind in [Customer, Team, Stakeholder] {
        assert!(
            people.iter().any(|p| p.draft.kind == kind),
            "someone of kind {kind:?}"
        );
    }
    assert!(
        people.iter().any(|p| !p.draft.quote_by_name),
        "one customer is quoted anonymously"
    );

    let personas = store.list_personas(id).expect("personas");
    assert_eq!(personas.len(), 2);
    assert_eq!(
        personas.iter().filter(|p| p.draft.is_anti_persona).count(),
        1,
        "one anti-persona"
    );
    let maya = &personas[0].draft;
    assert!(!maya.goals.is_empty() && !maya.empathy.feels.is_empty() && maya.interview_count > 0);

    let boards = store.list_boards(id).expect("boards");
    assert_eq!(boards.len(), 1);
    let board = &boards[0];
    assert!(
        board.stage_titles.len() >= 5,
        "a board of five stages or more"
    );
    assert!(board.step_count >= board.stage_titles.len() as u32);
    assert!(
        board.card_count >= 30,
        "enough cards to look like a real wall: {}",
        board.card_count
    );
    assert_eq!(board.persona_names.first(), Some(&maya.name));
}
