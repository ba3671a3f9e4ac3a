//! The room's side of the store: notes from phones wait for the facilitator, dots are
//! limited to a budget.
//!
//! Long as a list is long: each test is one thing a phone asks of the store, standing alone.

use feltboard_core::boards::{Board, CardKind, CardSource};
use feltboard_core::ids::{CardId, LaneId, StepId};
use feltboard_core::participants::{Participant, ParticipantKind};
use feltboard_core::{Store, Timestamp};

const NOW: Timestamp = Timestamp(1_795_305_600_000);

struct Room {
    store: Store,
    board: Board,
    people: Vec<Participant>,
}

fn room() -> Room {
    let mut store = Store::open_in_memory().expect("store");
    let workshop = store.add_sample_workshop(NOW).expect("sample");
    let summary = store.list_boards(workshop).expect("boards").remove(0);
    let board = store.board(summary.board.id).expect("board");
    let people = store.list_participants(workshop).expect("people");
    Room {
        store,
        board,
        people,
    }
}

impl Room {
    fn cell(&self, step: usize, lane: usize) -> (StepId, LaneId) {
        (
            self.board.steps().nth(step).expect("step").id,
            self.board.lanes[lane].id,
        )
    }
    fn person(&self, kind: ParticipantKind) -> &Participant {
        self.people
            .iter()
            .find(|p| p.draft.kind == kind)
            .expect("someone of that kind")
    }
}

/// The first card of `kind` on `board`.
fn card_of(board: &Board, kind: CardKind) -> CardId {
    board
        .cards
        .iter()
        .find(|c| c.draft.kind == kind)
        .unwrap_or_else(|| panic!("a {kind:?} on the board"))
        .id
}

#[test]
fn notes_wait_for_the_facilitator_then_become_credited_cards() {
    let mut r = room();
    let customer = r.person(ParticipantKind::Customer).id;
    let team = r.person(ParticipantKind::Team).id;
    let first = r
        .store
        .submit_note(
            r.board.board.id,
            r.cell(0, 0),
            customer,
            "Cut the box open with a bread knife",
            NOW,
        )
        .expect("queued");
    let second = r
        .store
        .submit_note(
            r.board.board.id,
            r.cell(1, 0),
            team,
            "We never test the box",
            Timestamp(NOW.0 + 1),
        )
        .expect("queued");
    let third = r
        .store
        .submit_note(
            r.board.board.id,
            r.cell(2, 0),
            customer,
            "Too many emails",
            Timestamp(NOW.0 + 2),
        )
        .expect("queued");
    let cards_before = r.store.board(r.board.board.id).expect("board").cards.len();

    let waiting: Vec<_> = r
        .store
        .pending_notes(r.board.board.id)
        .expect("queue")
        .into_iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(
        waiting,
        [first.id, second.id, third.id],
        "oldest first, nothing on the board yet"
    );
    assert_eq!(
        r.store.board(r.board.board.id).expect("board").cards.len(),
        cards_before
    );

    let card = r
        .store
        .approve_note(first.id, Some("Opened the box with a bread knife"), NOW)
        .expect("approved");
    r.store.reject_note(second.id).expect("rejected");
    let board = r.store.board(r.board.board.id).expect("board");
    let made = board
        .cards
        .iter()
        .find(|c| c.id == card)
        .expect("on the board");
    assert_eq!(made.draft.text, "Opened the box with a bread knife");
    assert_eq!(
        (made.draft.source, made.draft.author_id),
        (CardSource::Customer, Some(customer))
    );
    assert_eq!(
        made.draft.kind,
        CardKind::Quote,
        "what a customer wrote themselves is in their own words"
    );
    assert_eq!((made.step_id, made.lane_id), r.cell(0, 0));
    let cell: Vec<_> = board
        .cards
        .iter()
        .filter(|c| (c.step_id, c.lane_id) == r.cell(0, 0))
        .collect();
    assert_eq!(
        cell.last().map(|c| c.id),
        Some(card),
        "it joins the end of its cell"
    );

    let all = r
        .store
        .approve_all(r.board.board.id, NOW)
        .expect("approve all");
    assert_eq!(all.len(), 1, "only the third was still waiting");
    assert!(
        r.store
            .pending_notes(r.board.board.id)
            .expect("queue")
            .is_empty()
    );
    assert_eq!(
        r.store.board(r.board.board.id).expect("board").cards.len(),
        cards_before + 2
    );
    assert!(
        r.store.reject_note(second.id).is_err(),
        "a note is decided once"
    );
}

#[test]
fn a_rejected_note_can_be_put_back_where_it_was() {
    let mut r = room();
    let board = r.board.board.id;
    let maya = r.person(ParticipantKind::Customer).id;
    let first = r
        .store
        .submit_note(board, r.cell(0, 0), maya, "First", NOW)
        .expect("queued");
    r.store
        .submit_note(board, r.cell(0, 0), maya, "Second", Timestamp(NOW.0 + 1))
        .expect("queued");
    let rejected = r.store.reject_note(first.id).expect("rejected");
    assert_eq!(rejected, first);
    assert_eq!(r.store.pending_notes(board).expect("queue").len(), 1);
    r.store.requeue_note(&rejected).expect("undone");
    let texts: Vec<String> = r
        .store
        .pending_notes(board)
        .expect("queue")
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(
        texts,
        ["First", "Second"],
        "back in its place, oldest first"
    );
}

#[test]
fn a_note_must_fit_and_come_from_someone_in_the_workshop() {
    let mut r = room();
    let customer = r.person(ParticipantKind::Customer).id;
    assert!(
        r.store
            .submit_note(
                r.board.board.id,
                r.cell(0, 0),
                customer,
                &"x".repeat(2001),
                NOW
            )
            .is_err(),
        "too long"
    );
    assert!(
        r.store
            .submit_note(r.board.board.id, r.cell(0, 0), customer, "   ", NOW)
            .is_err(),
        "blank"
    );
    let other = r.store.add_sample_workshop(NOW).expect("another workshop");
    let stranger = r.store.list_participants(other).expect("people")[0].id;
    let refused = r
        .store
        .submit_note(r.board.board.id, r.cell(0, 0), stranger, "Let me in", NOW)
        .expect_err("a stranger");
    assert!(refused.to_string().contains("participant"), "{refused}");
    assert!(
        r.store
            .pending_notes(r.board.board.id)
            .expect("queue")
            .is_empty(),
        "nothing was queued"
    );
}

#[test]
fn dots_go_on_pain_points_and_opportunities_within_the_budget() {
    let mut r = room();
    let maya = r.person(ParticipantKind::Customer).id;
    let pain = card_of(&r.board, CardKind::PainPoint);
    let chance = card_of(&r.board, CardKind::Opportunity);
    let note = card_of(&r.board, CardKind::Note);
    let board = r.board.board.id;

    assert_eq!(r.store.dots_left(board, maya, 3).expect("left"), 3);
    r.store
        .cast_vote(board, pain, maya, 3, NOW)
        .expect("first dot");
    r.store
        .cast_vote(board, pain, maya, 3, NOW)
        .expect("second dot, same card");
    r.store
        .cast_vote(board, chance, maya, 3, NOW)
        .expect("third dot");
    let spent = r
        .store
        .cast_vote(board, chance, maya, 3, NOW)
        .expect_err("over budget");
    assert!(
        spent.to_string().contains("All 3 dots are spent"),
        "{spent}"
    );
    assert!(
        r.store
            .cast_vote(board, note, r.person(ParticipantKind::Team).id, 3, NOW)
            .is_err(),
        "not on a plain note"
    );
    assert_eq!(r.store.dots_left(board, maya, 3).expect("left"), 0);
    let mine = r.store.dots_of(board, maya).expect("hers");
    assert_eq!((mine.get(&pain), mine.get(&chance)), (Some(&2), Some(&1)));
    let votes = r.store.card_votes(board).expect("tally");
    assert_eq!(
        (votes.get(&pain), votes.get(&chance), votes.get(&note)),
        (Some(&2), Some(&1), None)
    );
}

#[test]
fn the_room_reaches_its_own_board_only() {
    let mut r = room();
    let board = r.board.board.id;
    let maya = r.person(ParticipantKind::Customer).id;
    let other = r.store.add_sample_workshop(NOW).expect("another workshop");
    let elsewhere = r.store.list_boards(other).expect("boards")[0].board.id;
    let elsewhere = r.store.board(elsewhere).expect("the other board");
    let foreign_step = elsewhere.stages[0].steps[0].id;
    let foreign_cell = (foreign_step, elsewhere.lanes[0].id);
    let foreign_pain = card_of(&elsewhere, CardKind::PainPoint);
    let dots_elsewhere = r.store.votes_on(elsewhere.board.id).expect("dots").len();

    for refused in [
        r.store
            .submit_note(board, foreign_cell, maya, "Over the fence", NOW)
            .map(|_| ()),
        r.store
            .rate_step_on(board, foreign_step, maya, Some(2), NOW),
        r.store.cast_vote(board, foreign_pain, maya, 3, NOW),
    ] {
        assert_eq!(
            refused.expect_err("another board").code(),
            feltboard_core::ErrorCode::NotFound
        );
    }
    let stranger = r.store.list_participants(other).expect("people")[0].id;
    assert!(
        r.store
            .rate_step_on(board, r.cell(0, 0).0, stranger, Some(1), NOW)
            .is_err(),
        "someone from another workshop cannot rate this board"
    );
    assert!(r.store.pending_notes(board).expect("queue").is_empty());
    assert_eq!(
        r.store.votes_on(elsewhere.board.id).expect("dots").len(),
        dots_elsewhere,
        "no dot landed on the other board"
    );
    let rated = r.store.board(board).expect("board").ratings;
    let before = r.board.ratings.len();
    assert_eq!(rated.len(), before, "no rating was stored");
}

#[test]
fn a_note_sent_to_the_pain_points_lane_can_take_dots() {
    let mut r = room();
    let board = r.board.board.id;
    let maya = r.person(ParticipantKind::Customer).id;
    let pains = r
        .board
        .lanes
        .iter()
        .position(|l| l.kind == feltboard_core::boards::LaneKind::PainPoints)
        .expect("a pain points lane");
    let note = r
        .store
        .submit_note(board, r.cell(0, pains), maya, "The box needs a knife", NOW)
        .expect("queued");
    let card = r.store.approve_note(note.id, None, NOW).expect("approved");
    let kind = r
        .store
        .board(board)
        .expect("board")
        .cards
        .into_iter()
        .find(|c| c.id == card)
        .expect("on the board")
        .draft
        .kind;
    assert_eq!(kind, CardKind::PainPoint);
    r.store
        .cast_vote(board, card, maya, 3, NOW)
        .expect("a dot on it");
}

#[test]
fn approving_several_notes_is_one_change_all_or_nothing_in_order() {
    let mut r = room();
    let customer = r.person(ParticipantKind::Customer).id;
    let cell = r.cell(0, 0);
    let before = r.store.board(r.board.board.id).expect("board").cards.len();
    let ids: Vec<_> = (0..4)
        .map(|i| {
            r.store
                .submit_note(r.board.board.id, cell, customer, &format!("Note {i}"), NOW)
                .expect("queued")
                .id
        })
        .collect();
    // One of them is rejected meanwhile: approving the four fails, and approves none.
    r.store.reject_note(ids[2]).expect("rejected");
    assert!(r.store.approve_notes(&ids, NOW).is_err());
    assert_eq!(
        r.store
            .pending_notes(r.board.board.id)
            .expect("queue")
            .len(),
        3,
        "none approved"
    );
    assert_eq!(
        r.store.board(r.board.board.id).expect("board").cards.len(),
        before
    );
    // The rest go on the board together, one after another in the cell, in their order.
    let cards = r
        .store
        .approve_all(r.board.board.id, NOW)
        .expect("approved");
    assert_eq!(cards.len(), 3);
    let board = r.store.board(r.board.board.id).expect("board");
    let texts: Vec<&str> = board
        .cards
        .iter()
        .filter(|c| (c.step_id, c.lane_id) == cell && c.draft.text.starts_with("Note "))
        .map(|c| c.draft.text.as_str())
        .collect();
    assert_eq!(texts, ["Note 0", "Note 1", "Note 3"]);
}

#[test]
fn a_phone_cannot_write_to_a_hidden_lane_nor_bury_the_facilitator_in_notes() {
    let mut r = room();
    let customer = r.person(ParticipantKind::Customer).id;
    let other = r
        .people
        .iter()
        .filter(|p| p.draft.kind == ParticipantKind::Customer)
        .nth(1)
        .expect("a second customer")
        .id;
    let board = r.board.board.id;
    let lane = r.board.lanes[0].id;
    r.store.set_lane_hidden(lane, true, NOW).expect("hidden");
    let hidden = r
        .store
        .submit_note(board, r.cell(0, 0), customer, "Behind the curtain", NOW);
    assert!(hidden.is_err(), "a hidden lane is as good as missing");
    r.store.set_lane_hidden(lane, false, NOW).expect("shown");

    let cell = r.cell(0, 0);
    for i in 0..feltboard_core::room::MAX_WAITING_EACH {
        r.store
            .submit_note(board, cell, customer, &format!("Mine {i}"), NOW)
            .expect("within the limit");
    }
    let error = r
        .store
        .submit_note(board, cell, customer, "One more", NOW)
        .expect_err("one person's share is full");
    assert_eq!(
        error.to_string(),
        "You have 20 notes waiting for the facilitator: send more once they have read them."
    );
    r.store
        .submit_note(board, cell, other, "Someone else's", NOW)
        .expect("others still write");
}

#[test]
fn the_board_holds_at_most_so_many_waiting_notes_in_all() {
    let mut r = room();
    let board = r.board.board.id;
    let workshop = r.board.board.workshop_id;
    let cell = r.cell(0, 0);
    let each = feltboard_core::room::MAX_WAITING_EACH;
    let people = feltboard_core::room::MAX_WAITING / each + 1;
    let ids: Vec<_> = (0..people)
        .map(|i| {
            let draft = feltboard_core::participants::ParticipantDraft {
                name: format!("Phone {i}"),
                kind: ParticipantKind::Customer,
                quote_by_name: false,
                colour: String::new(),
                persona_id: None,
            };
            r.store
                .add_participant(workshop, &draft, NOW)
                .expect("joined")
                .id
        })
        .collect();
    for who in &ids[..people - 1] {
        for n in 0..each {
            r.store
                .submit_note(board, cell, *who, &format!("Note {n}"), NOW)
                .expect("within the limits");
        }
    }
    let error = r
        .store
        .submit_note(board, cell, ids[people - 1], "Late", NOW)
        .expect_err("the queue is full");
    assert_eq!(
        error.to_string(),
        "The facilitator has 300 notes to read: send yours in a moment."
    );
}

#[test]
fn the_queue_is_read_from_a_place_on_so_a_long_one_costs_nothing_to_catch_up_with() {
    let mut r = room();
    let customer = r.person(ParticipantKind::Customer).id;
    let board = r.board.board.id;
    let cell = r.cell(0, 0);
    let notes: Vec<_> = (0..5)
        .map(|i| {
            r.store
                .submit_note(
                    board,
                    cell,
                    customer,
                    &format!("Note {i}"),
                    Timestamp(NOW.0 + i / 2),
                )
                .expect("queued")
        })
        .collect();
    let place = feltboard_core::room::QueuePlace {
        created_at: notes[2].created_at,
        id: notes[2].id,
    };
    let after: Vec<String> = r
        .store
        .pending_notes_after(board, &place)
        .expect("newer")
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(
        after,
        ["Note 3", "Note 4"],
        "only what came after, in order, even at the same time"
    );
}
