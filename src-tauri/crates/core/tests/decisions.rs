//! From the room to decisions, through the store: segments of the rated curve by persona, the
//! to-be journey measured against the as-is one, and the evidence behind opportunities.

use feltboard_core::boards::{
    Board, BoardDraft, CardDraft, CardKind, CardSource, EvidenceItem, LaneKind, OpportunityStatus,
    StepFate,
};
use feltboard_core::ids::{BoardId, CardId, ParticipantId, PersonaId, StepId, WorkshopId};
use feltboard_core::participants::{ParticipantDraft, ParticipantKind};
use feltboard_core::personas::PersonaDraft;
use feltboard_core::workshops::WorkshopDraft;
use feltboard_core::{Error, Store, Timestamp};

struct Room {
    store: Store,
    workshop: WorkshopId,
    board: BoardId,
    personas: [PersonaId; 2],
}

fn card(text: &str, kind: CardKind) -> CardDraft {
    CardDraft {
        text: text.into(),
        kind,
        source: CardSource::Team,
        author_id: None,
        owner: String::new(),
        metric: String::new(),
        target: String::new(),
        status: OpportunityStatus::default(),
    }
}

/// A workshop with two personas and a board from a template following both.
fn room() -> Room {
    let mut store = Store::open_in_memory().expect("store");
    let workshop = store
        .create_workshop(
            &WorkshopDraft {
                title: "Returns".into(),
                ..WorkshopDraft::default()
            },
            Timestamp(1),
        )
        .expect("workshop")
        .id;
    let persona = |store: &mut Store, name: &str| {
        store
            .add_persona(
                workshop,
                &PersonaDraft {
                    name: name.into(),
                    ..PersonaDraft::default()
                },
                Timestamp(1),
            )
            .expect("persona")
            .id
    };
    let personas = [
        persona(&mut store, "Commuter"),
        persona(&mut store, "Parent"),
    ];
    let board = store
        .create_board_from_template(workshop, "buying-online", Timestamp(2))
        .expect("board");
    let draft = BoardDraft {
        persona_ids: personas.to_vec(),
        ..store.journey_board(board).expect("board").draft
    };
    store
        .update_board(board, &draft, Timestamp(3))
        .expect("follows both");
    Room {
        store,
        workshop,
        board,
        personas,
    }
}

impl Room {
    fn customer(&mut self, name: &str, most_like: Option<PersonaId>) -> ParticipantId {
        let draft = ParticipantDraft {
            name: name.into(),
            kind: ParticipantKind::Customer,
            quote_by_name: true,
            colour: String::new(),
            persona_id: most_like,
        };
        self.store
            .add_participant(self.workshop, &draft, Timestamp(4))
            .expect("customer")
            .id
    }

    fn board(&self, id: BoardId) -> Board {
        self.store.board(id).expect("board")
    }

    fn steps(&self, id: BoardId) -> Vec<StepId> {
        self.board(id).steps().map(|s| s.id).collect()
    }

    fn lane(&self, kind: LaneKind) -> feltboard_core::ids::LaneId {
        self.board(self.board)
            .lanes
            .iter()
            .find(|l| l.kind == kind)
            .expect("lane")
            .id
    }

    fn add(&mut self, step: StepId, kind: LaneKind, draft: CardDraft) -> CardId {
        let lane = self.lane(kind);
        self.store
            .add_card((step, lane), &draft, usize::MAX, Timestamp(5))
            .expect("card")
            .id
    }
}

#[test]
fn each_persona_of_the_board_has_its_own_rated_curve_with_its_n() {
    let mut r = room();
    let [commuter, parent] = r.personas;
    let ana = r.customer("Ana", Some(commuter));
    let ben = r.customer("Ben", Some(commuter));
    let cleo = r.customer("Cleo", Some(parent));
    let dev = r.customer("Dev", None);
    let step = r.steps(r.board)[0];
    for (who, score) in [(ana, -2), (ben, -1), (cleo, 2), (dev, 1)] {
        r.store
            .rate_step(step, who, Some(score), Timestamp(6))
            .expect("rated");
    }
    let board = r.board(r.board);
    let at = &board.emotions[0];
    assert_eq!(at.rated.as_ref().map(|s| s.count), Some(4));
    let segments: Vec<_> = at
        .segments
        .iter()
        .map(|s| (s.persona_id, s.rated.as_ref().map(|r| (r.count, r.mean))))
        .collect();
    assert_eq!(
        segments,
        vec![(commuter, Some((2, -1.5))), (parent, Some((1, 2.0)))]
    );

    // The facilitator moves Dev to the parents: the segment follows at once.
    let mut dev_draft = r.store.participant(dev).expect("dev").draft;
    dev_draft.persona_id = Some(parent);
    r.store
        .update_participant(dev, &dev_draft, Timestamp(7))
        .expect("moved");
    let parents = &r.board(r.board).emotions[0].segments[1];
    assert_eq!(
        parents.rated.as_ref().map(|s| (s.count, s.mean)),
        Some((2, 1.5))
    );
}

#[test]
fn a_board_follows_only_its_own_workshops_personas_and_a_phone_only_the_boards() {
    let mut r = room();
    let other = r
        .store
        .create_workshop(
            &WorkshopDraft {
                title: "Elsewhere".into(),
                ..WorkshopDraft::default()
            },
            Timestamp(1),
        )
        .expect("workshop")
        .id;
    let stranger = r
        .store
        .add_persona(
            other,
            &PersonaDraft {
                name: "Stranger".into(),
                ..PersonaDraft::default()
            },
            Timestamp(1),
        )
        .expect("persona")
        .id;
    let mut draft = r.store.journey_board(r.board).expect("board").draft;
    draft.persona_ids.push(stranger);
    assert!(matches!(
        r.store.update_board(r.board, &draft, Timestamp(2)),
        Err(Error::Invalid { .. })
    ));
    assert!(matches!(
        r.store.check_persona_choice(r.board, Some(stranger)),
        Err(Error::Invalid { .. })
    ));
    let choices = r.store.persona_choices(r.board).expect("choices");
    let names: Vec<_> = choices.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Commuter", "Parent"], "in the board's order");
}

#[test]
fn the_to_be_journey_remembers_its_steps_and_the_measured_change_is_to_be_minus_as_is() {
    let mut r = room();
    let maya = r.customer("Maya", None);
    let tom = r.customer("Tom", None);
    let as_is_steps = r.steps(r.board);
    for (who, score) in [(maya, -2), (tom, -1)] {
        r.store
            .rate_step(as_is_steps[1], who, Some(score), Timestamp(6))
            .expect("rated as-is");
    }
    let to_be = r.store.start_to_be(r.board, Timestamp(7)).expect("to-be");
    let copy = r.board(to_be);
    assert_eq!(copy.board.based_on, Some(r.board));
    assert!(copy.board.draft.title.ends_with("(to-be)"));
    assert!(
        copy.ratings.iter().all(|x| x.participant_id.is_none()),
        "customers rate the to-be journey afresh"
    );
    let to_be_steps = r.steps(to_be);
    let origins: Vec<_> = copy.steps().map(|s| s.based_on).collect();
    assert_eq!(
        origins,
        as_is_steps.iter().copied().map(Some).collect::<Vec<_>>()
    );

    // Redesign: rename one step, remove another, add a new one.
    r.store
        .rename_step(to_be_steps[1], "Chooses with a fit guide", Timestamp(8))
        .expect("renamed");
    r.store
        .delete_step(to_be_steps[2], Timestamp(8))
        .expect("removed");
    let stage = copy.stages[0].id;
    let new = r
        .store
        .add_step(stage, "Gets a reminder", usize::MAX, Timestamp(8))
        .expect("new");
    for (who, score) in [(maya, 1), (tom, 2)] {
        r.store
            .rate_step(to_be_steps[1], who, Some(score), Timestamp(9))
            .expect("rated to-be");
    }

    let comparison = r.store.comparison(to_be).expect("comparison");
    let fate = |step: StepId| {
        comparison
            .steps
            .iter()
            .find(|c| c.to_be_step == Some(step) || c.as_is_step == Some(step))
            .expect("a row")
    };
    assert_eq!(fate(to_be_steps[0]).fate, StepFate::Kept);
    let changed = fate(to_be_steps[1]);
    assert_eq!(changed.fate, StepFate::Changed);
    assert_eq!(
        changed.was.as_deref(),
        Some(
            r.board(r.board)
                .steps()
                .nth(1)
                .expect("step")
                .title
                .as_str()
        )
    );
    let change = changed.change.expect("rated on both sides");
    assert!(
        (change - 3.0).abs() < 1e-9,
        "1.5 − (−1.5) = 3, was {change}"
    );
    assert_eq!(
        (
            changed.before.as_ref().map(|s| s.count),
            changed.after.as_ref().map(|s| s.count)
        ),
        (Some(2), Some(2))
    );
    assert_eq!(fate(as_is_steps[2]).fate, StepFate::Removed);
    assert_eq!(fate(new).fate, StepFate::New);
    assert_eq!(fate(new).change, None, "nothing to measure against");
    let removed_at = comparison
        .steps
        .iter()
        .position(|c| c.as_is_step == Some(as_is_steps[2]))
        .expect("removed row");
    assert_eq!(
        comparison.steps[removed_at - 1].as_is_step,
        Some(as_is_steps[1]),
        "a removed step follows the step before it as-is"
    );

    let plain = r
        .store
        .duplicate_board(r.board, Timestamp(10))
        .expect("copy");
    assert!(
        matches!(r.store.comparison(plain), Err(Error::Invalid { .. })),
        "a duplicate is not a to-be journey"
    );
}

#[test]
fn evidence_is_linked_counted_and_said_as_consent_allows() {
    let mut r = room();
    let named = r.customer("Noor", None);
    let anonymous = {
        let draft = ParticipantDraft {
            name: "Quiet".into(),
            kind: ParticipantKind::Customer,
            quote_by_name: false,
            colour: String::new(),
            persona_id: None,
        };
        r.store
            .add_participant(r.workshop, &draft, Timestamp(4))
            .expect("anonymous")
            .id
    };
    let step = r.steps(r.board)[1];
    let opportunity = r.add(
        step,
        LaneKind::Opportunities,
        CardDraft {
            owner: "Ben".into(),
            metric: "Returns started in the app".into(),
            target: "60 % by June".into(),
            status: OpportunityStatus::Planned,
            ..card("A returns label in one tap", CardKind::Opportunity)
        },
    );
    let quote = |r: &mut Room, who: ParticipantId, text: &str| {
        r.add(
            step,
            LaneKind::Thoughts,
            CardDraft {
                author_id: Some(who),
                source: CardSource::Customer,
                ..card(text, CardKind::Quote)
            },
        )
    };
    let q1 = quote(&mut r, named, "I gave up and kept it");
    let q2 = quote(&mut r, anonymous, "Where is the label?");
    let pain = r.add(
        step,
        LaneKind::PainPoints,
        card("Label hidden", CardKind::PainPoint),
    );
    for (who, score) in [(named, -2), (anonymous, -1)] {
        r.store
            .rate_step(step, who, Some(score), Timestamp(6))
            .expect("rated");
    }
    let third = r.customer("Lee", None);
    r.store
        .rate_step(step, third, Some(1), Timestamp(6))
        .expect("rated");

    let items = [
        EvidenceItem::Step(step),
        EvidenceItem::Card(q1),
        EvidenceItem::Card(q2),
        EvidenceItem::Card(pain),
    ];
    r.store
        .link_evidence(opportunity, &items, Timestamp(7))
        .expect("linked");
    r.store
        .link_evidence(opportunity, &items[..1], Timestamp(7))
        .expect("linking twice keeps one link");
    let board = r.board(r.board);
    assert_eq!(board.evidence.len(), 4);
    let support = &board.support[0];
    assert_eq!(support.opportunity_id, opportunity);
    assert_eq!(
        (
            support.count,
            support.quotes,
            support.quotes_by_name,
            support.other_cards
        ),
        (4, 2, 1, 1)
    );
    let title = board.steps().nth(1).expect("step").title.clone();
    assert_eq!(
        support.summary,
        format!(
            "2 of 3 customers rated ‘{title}’ −1 or lower; 2 quotes, 1 named with consent; 1 other card"
        )
    );
    let saved = board
        .cards
        .iter()
        .find(|c| c.id == opportunity)
        .expect("card");
    assert_eq!(
        (saved.draft.status, saved.draft.target.as_str()),
        (OpportunityStatus::Planned, "60 % by June")
    );

    // Only an opportunity has evidence; nothing supports itself.
    assert!(matches!(
        r.store
            .link_evidence(q1, &[EvidenceItem::Card(q2)], Timestamp(8)),
        Err(Error::Invalid { .. })
    ));
    assert!(matches!(
        r.store.link_evidence(
            opportunity,
            &[EvidenceItem::Card(opportunity)],
            Timestamp(8)
        ),
        Err(Error::Invalid { .. })
    ));

    // A deleted quote stops counting, and comes back with its undo.
    r.store.delete_cards(&[q1], Timestamp(9)).expect("deleted");
    assert_eq!(r.board(r.board).support[0].quotes, 1);
    r.store.restore_cards(&[q1]).expect("undo");
    assert_eq!(r.board(r.board).support[0].quotes, 2);

    r.store
        .unlink_evidence(opportunity, &[EvidenceItem::Step(step)])
        .expect("unlinked");
    assert_eq!(r.board(r.board).support[0].count, 3);

    // The workshop file carries all of it, and the to-be copy keeps its evidence.
    let file = r
        .store
        .workshop_file(r.workshop, Timestamp(10))
        .expect("file");
    let copy = r
        .store
        .import_workshop(
            &serde_json::to_vec(&file).expect("json"),
            feltboard_core::portable::ImportAs::Copy,
            Timestamp(11),
        )
        .expect("imported");
    let board = r.store.list_boards(copy).expect("boards")[0].board.id;
    let imported = r.board(board);
    assert_eq!(
        imported.support[0].summary,
        "2 quotes, 1 named with consent; 1 other card"
    );
    assert_eq!(imported.board.draft.persona_ids.len(), 2, "both personas");
}

#[test]
fn a_version_two_store_keeps_its_boards_persona_through_the_migration() {
    use rusqlite::Connection;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join(feltboard_core::data_folder::DATABASE_FILE);
    {
        let conn = Connection::open(&db).expect("db");
        conn.execute_batch(include_str!("../migrations/0001_initial.sql"))
            .expect("v1");
        conn.execute_batch(include_str!("../migrations/0002_room.sql"))
            .expect("v2");
        conn.pragma_update(None, "user_version", 2)
            .expect("version");
        conn.execute_batch(
            "INSERT INTO workshops (id, title, created_at, updated_at)
                VALUES ('0190b6f0-0000-7000-8000-000000000001', 'Old', 1, 1);
             INSERT INTO personas (id, workshop_id, order_key, name, avatar_colour, created_at, updated_at)
                VALUES ('0190b6f0-0000-7000-8000-000000000002', '0190b6f0-0000-7000-8000-000000000001',
                        'a0', 'Maya', '#0072b2', 1, 1);
             INSERT INTO journey_boards (id, workshop_id, actor_id, order_key, title, created_at, updated_at)
                VALUES ('0190b6f0-0000-7000-8000-000000000003', '0190b6f0-0000-7000-8000-000000000001',
                        '0190b6f0-0000-7000-8000-000000000002', 'a0', 'Returns', 1, 1);",
        )
        .expect("rows");
    }
    let store = Store::open(dir.path()).expect("migrated");
    let workshop = store.list_workshops("").expect("list")[0].workshop.id;
    let summary = &store.list_boards(workshop).expect("boards")[0];
    assert_eq!(summary.persona_names, ["Maya"]);
    assert!(store.integrity_problems().expect("check").is_empty());
}

#[test]
fn what_was_deleted_leaves_the_evidence_and_the_file_still_reads_back() {
    let mut r = room();
    let steps = r.steps(r.board);
    let [commuter, _] = r.personas;
    let ana = r.customer("Ana", Some(commuter));
    let opportunity = r.add(
        steps[0],
        LaneKind::Opportunities,
        card("One tap", CardKind::Opportunity),
    );
    let quote = r.add(
        steps[1],
        LaneKind::Thoughts,
        CardDraft {
            author_id: Some(ana),
            ..card("Where is it?", CardKind::Quote)
        },
    );
    r.store
        .link_evidence(
            opportunity,
            &[EvidenceItem::Card(quote), EvidenceItem::Step(steps[2])],
            Timestamp(6),
        )
        .expect("linked");
    // The quote's step and the linked step go (undoably), and so does Ana's persona.
    r.store
        .delete_step(steps[1], Timestamp(7))
        .expect("step gone");
    r.store
        .delete_step(steps[2], Timestamp(7))
        .expect("step gone");
    r.store
        .delete_persona(commuter, Timestamp(7))
        .expect("persona gone");
    let board = r.board(r.board);
    assert!(
        board.cards.iter().all(|c| c.id != quote),
        "no card of a deleted step"
    );
    assert!(board.evidence.is_empty(), "{:?}", board.evidence);
    assert_eq!(
        r.store.participant(ana).expect("Ana").draft.persona_id,
        None,
        "most like a persona that is not there"
    );
    let file = r
        .store
        .workshop_file(r.workshop, Timestamp(8))
        .expect("file");
    r.store
        .import_workshop(
            &serde_json::to_vec(&file).expect("json"),
            feltboard_core::portable::ImportAs::Copy,
            Timestamp(9),
        )
        .expect("the file Feltboard wrote reads back");

    // Undo brings it all back.
    r.store.restore_step(steps[1]).expect("undo");
    r.store.restore_step(steps[2]).expect("undo");
    r.store.restore_persona(commuter).expect("undo");
    assert_eq!(r.board(r.board).evidence.len(), 2);
    assert_eq!(
        r.store.participant(ana).expect("Ana").draft.persona_id,
        Some(commuter)
    );
}

#[test]
fn the_to_be_copy_keeps_cards_as_evidence_but_not_the_as_is_ratings() {
    let mut r = room();
    let steps = r.steps(r.board);
    let opportunity = r.add(
        steps[0],
        LaneKind::Opportunities,
        card("One tap", CardKind::Opportunity),
    );
    let pain = r.add(
        steps[0],
        LaneKind::PainPoints,
        card("Slow", CardKind::PainPoint),
    );
    r.store
        .link_evidence(
            opportunity,
            &[EvidenceItem::Card(pain), EvidenceItem::Step(steps[0])],
            Timestamp(6),
        )
        .expect("linked");
    let to_be = r.store.start_to_be(r.board, Timestamp(7)).expect("to-be");
    let copy = r.board(to_be);
    assert_eq!(copy.evidence.len(), 1, "{:?}", copy.evidence);
    assert!(matches!(copy.evidence[0].evidence, EvidenceItem::Card(_)));
}
