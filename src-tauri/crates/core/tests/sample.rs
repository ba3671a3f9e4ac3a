//! The sample workshop a newcomer finds on the first run.

use feltboard_core::boards::{Board, CardKind, OpportunityStatus, StepFate};
use feltboard_core::ids::WorkshopId;
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
    assert_eq!(personas.len(), 3);
    assert_eq!(
        personas.iter().filter(|p| p.draft.is_anti_persona).count(),
        1,
        "one anti-persona"
    );
    let maya = &personas[0].draft;
    assert!(!maya.goals.is_empty() && !maya.empathy.feels.is_empty() && maya.interview_count > 0);

    let boards = store.list_boards(id).expect("boards");
    assert_eq!(
        boards.len(),
        2,
        "the journey as it is, and the to-be journey"
    );
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

/// The sample's two boards, read whole: the as-is journey and the to-be journey.
fn sample_boards() -> (Store, WorkshopId, Board, Board) {
    let mut store = Store::open_in_memory().expect("store");
    let id = store.add_sample_workshop(Timestamp(1)).expect("seeded");
    let boards = store.list_boards(id).expect("boards");
    let [as_is, to_be] = [0, 1].map(|i| store.board(boards[i].board.id).expect("board"));
    (store, id, as_is, to_be)
}

#[test]
fn the_sample_rates_each_persona_of_the_board_apart() {
    let (store, id, as_is, _) = sample_boards();
    let personas = store.list_personas(id).expect("personas");
    let served: Vec<_> = personas
        .iter()
        .filter(|p| !p.draft.is_anti_persona)
        .map(|p| p.id)
        .collect();
    assert_eq!(
        as_is.board.draft.persona_ids, served,
        "the as-is board follows both personas the team serves, and not the anti-persona"
    );
    let customers: Vec<_> = store
        .list_participants(id)
        .expect("participants")
        .into_iter()
        .filter(|p| p.draft.kind == feltboard_core::participants::ParticipantKind::Customer)
        .collect();
    for customer in &customers {
        assert!(
            customer
                .draft
                .persona_id
                .is_some_and(|p| served.contains(&p)),
            "{} says which persona they are most like",
            customer.draft.name
        );
    }
    for at in &as_is.emotions {
        let all = at.rated.as_ref().expect("every step is rated");
        assert_eq!(all.count as usize, customers.len(), "every customer rated");
        let counts: Vec<u32> = at
            .segments
            .iter()
            .map(|s| s.rated.as_ref().map_or(0, |r| r.count))
            .collect();
        assert_eq!(
            counts,
            vec![2, 2],
            "two customers are most like each persona, so each segment has n = 2"
        );
    }
    // At the label, the segments part ways: those like Maya have no printer.
    let label = as_is
        .steps()
        .position(|s| s.title == "Gets a label")
        .expect("the label step");
    let means: Vec<f64> = as_is.emotions[label]
        .segments
        .iter()
        .map(|s| s.rated.as_ref().expect("rated").mean)
        .collect();
    assert!(
        means[0] < means[1] - 1.0,
        "the segments tell different stories at the label: {means:?}"
    );
}

#[test]
fn the_sample_compares_the_to_be_journey_with_the_as_is_one_by_measurement() {
    let (store, _, as_is, to_be) = sample_boards();
    assert_eq!(to_be.board.based_on, Some(as_is.board.id), "lineage");
    let comparison = store.comparison(to_be.board.id).expect("a comparison");
    for fate in [
        StepFate::Kept,
        StepFate::Changed,
        StepFate::Removed,
        StepFate::New,
    ] {
        assert!(
            comparison.steps.iter().any(|s| s.fate == fate),
            "a step {fate:?}"
        );
    }
    let changed = comparison
        .steps
        .iter()
        .find(|s| s.fate == StepFate::Changed)
        .expect("a changed step");
    assert_eq!(changed.was.as_deref(), Some("Gets a label"));
    let change = changed.change.expect("customers rated both sides");
    let (before, after) = (
        changed.before.as_ref().expect("before"),
        changed.after.as_ref().expect("after"),
    );
    assert_eq!((before.count, after.count), (4, 4));
    assert!(
        (change - (after.mean - before.mean)).abs() < 1e-9 && change > 1.0,
        "the measured change is the rated to-be minus the rated as-is: {change}"
    );
    assert!(
        comparison
            .steps
            .iter()
            .filter(|s| matches!(s.fate, StepFate::Kept | StepFate::Changed))
            .all(|s| s.change.is_some()),
        "every step in both journeys was rated on both, so each shows its measured change"
    );
}

#[test]
fn the_samples_opportunities_can_be_followed_up_and_show_their_evidence() {
    let (_, _, as_is, to_be) = sample_boards();
    let opportunities: Vec<_> = as_is
        .cards
        .iter()
        .filter(|c| c.draft.kind == CardKind::Opportunity)
        .collect();
    assert!(opportunities.len() >= 5, "{}", opportunities.len());
    for card in &opportunities {
        let d = &card.draft;
        assert!(
            !d.owner.is_empty() && !d.metric.is_empty() && !d.target.is_empty(),
            "{}: an owner, a metric and a target",
            d.text
        );
        let support = as_is
            .support
            .iter()
            .find(|s| s.opportunity_id == card.id)
            .unwrap_or_else(|| panic!("{}: evidence behind it", d.text));
        assert!(!support.summary.is_empty());
    }
    for status in [
        OpportunityStatus::Idea,
        OpportunityStatus::Planned,
        OpportunityStatus::InProgress,
        OpportunityStatus::Done,
    ] {
        assert!(
            opportunities.iter().any(|c| c.draft.status == status),
            "an opportunity {status:?}"
        );
    }
    let parcel = opportunities
        .iter()
        .find(|c| c.draft.text.starts_with("Send ‘we have your parcel’"))
        .expect("the parcel message");
    let support = as_is
        .support
        .iter()
        .find(|s| s.opportunity_id == parcel.id)
        .expect("its evidence");
    assert_eq!(
        support.summary,
        "4 of 4 customers rated ‘Hears nothing for a week’ −1 or lower; \
         1 quote, 1 named with consent; 2 other cards"
    );
    assert!(
        to_be.support.is_empty(),
        "the to-be board is the redesign, rated by the customers; its evidence is the as-is board's"
    );
}
