//! The room's server, through a real socket on loopback: who gets in, what they can reach,
//! and that whatever is refused leaves the store as it was.
//!
//! Long as a list is long: each test is one request a phone or an attacker could send,
//! standing alone; the lab they share is in `support/`.

mod support;

use feltboard_core::boards::{Board, CardKind, Curve, LaneKind};
use feltboard_core::ids::CardId;
use feltboard_core::language::{Language, Words};
use feltboard_core::{Error, Field, Timestamp, phrase};
use feltboard_room::{RoomEvent, RoomLimits};
use serde_json::json;
use support::Lab;

fn participants(lab: &Lab) -> usize {
    lab.with_store(|s| {
        s.list_participants(lab.board.board.workshop_id)
            .expect("people")
            .len()
    })
}

fn first_cell(lab: &Lab) -> serde_json::Value {
    json!({
        "stepId": lab.board.stages[0].steps[0].id,
        "laneId": lab.board.lanes[0].id,
        "text": "The parcel slip was in Dutch",
    })
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
fn joining_needs_this_rooms_code() {
    let lab = Lab::open(RoomLimits::default());
    let before = participants(&lab);
    // Someone the facilitator has not added yet.
    let body = json!({ "name": "Noor", "customer": true }).to_string();

    let missing = lab.send("POST", "/api/join", &[], body.as_bytes());
    assert_eq!(missing.status, 401, "{missing:?}");
    let wrong = lab.send(
        "POST",
        "/api/join",
        &[("X-Feltboard-Room", "ABCD-EFGH")],
        body.as_bytes(),
    );
    assert_eq!(wrong.status, 403, "{wrong:?}");
    assert!(
        wrong.json()["message"]
            .as_str()
            .expect("a message")
            .contains("code")
    );
    assert_eq!(participants(&lab), before, "nobody was added");

    let welcome = lab.send(
        "GET",
        "/api/welcome",
        &[("X-Feltboard-Room", &lab.code())],
        b"",
    );
    assert_eq!(welcome.status, 200, "{welcome:?}");
    assert_eq!(
        welcome.json()["board"],
        lab.board.board.draft.title.as_str()
    );
    assert_eq!(welcome.json()["workshop"], "Returning an online order");
    let stranger = lab.send(
        "GET",
        "/api/welcome",
        &[("X-Feltboard-Room", "ABCD-EFGH")],
        b"",
    );
    assert_eq!(stranger.status, 403, "no title without the code");

    let code = lab.code().to_lowercase().replace('-', " ");
    let joined = lab.send(
        "POST",
        "/api/join",
        &[("X-Feltboard-Room", &code)],
        body.as_bytes(),
    );
    assert_eq!(joined.status, 201, "typed forgivingly: {joined:?}");
    assert_eq!(joined.json()["name"], "Noor");
    assert_eq!(joined.json()["known"], false);
    assert_eq!(participants(&lab), before + 1);
    assert_eq!(
        lab.events.lock().expect("events").as_slice(),
        [RoomEvent::Joined]
    );
}

#[test]
fn every_action_needs_a_token_this_room_gave_out() {
    let lab = Lab::open(RoomLimits::default());
    let code = lab.code();
    let note = first_cell(&lab).to_string();
    let anonymous = lab.send(
        "POST",
        "/api/notes",
        &[("X-Feltboard-Room", &code)],
        note.as_bytes(),
    );
    assert_eq!(anonymous.status, 401);
    let forged = lab.send(
        "POST",
        "/api/notes",
        &[
            ("X-Feltboard-Room", &code),
            ("X-Feltboard-Device", "0123456789abcdef"),
        ],
        note.as_bytes(),
    );
    assert_eq!(forged.status, 401);
    let token = lab.join("Maya");
    let without_code = lab.send(
        "POST",
        "/api/notes",
        &[("X-Feltboard-Device", &token)],
        note.as_bytes(),
    );
    assert_eq!(without_code.status, 401);
    assert_eq!(lab.waiting(), 0);
    assert_eq!(lab.act(&token, "/api/notes", &first_cell(&lab)).status, 202);
    assert_eq!(lab.waiting(), 1);
}

#[test]
fn a_name_that_hides_or_passes_for_someone_else_is_refused_and_direction_tricks_are_dropped() {
    let lab = Lab::open(RoomLimits::default());
    let code = lab.code();
    let join = |name: &str| {
        let body = json!({ "name": name, "customer": true }).to_string();
        lab.send(
            "POST",
            "/api/join",
            &[("X-Feltboard-Room", &code)],
            body.as_bytes(),
        )
    };
    for name in [
        "\u{200b}\u{200b}\u{200b}",
        "Facilitator",
        " the  TEAM ",
        "A customer",
    ] {
        let answer = join(name);
        assert_eq!(answer.status, 422, "{name:?}: {answer:?}");
    }
    assert!(
        join("Facilitator").json()["message"]
            .as_str()
            .unwrap_or_default()
            .contains("give your own name or an alias")
    );
    let answer = join("Lina \u{202e}nimda\u{1b}[2J");
    assert_eq!(answer.status, 201, "{answer:?}");
    assert_eq!(
        answer.json()["name"],
        "Lina nimda[2J",
        "kept readable, without what would act"
    );
    let answer = join("👩🏽\u{200d}💻 سارة");
    assert_eq!(
        answer.json()["name"],
        "👩🏽\u{200d}💻 سارة",
        "right-to-left names and emoji intact"
    );
}

#[test]
fn a_phone_giving_the_name_of_someone_in_the_workshop_speaks_for_them_and_counts_once() {
    let lab = Lab::open(RoomLimits::default());
    let before = participants(&lab);
    let step = lab.board.stages[0].steps[0].id;
    let count = |lab: &Lab| {
        lab.with_store(|s| s.board(lab.board.board.id).expect("board"))
            .emotions
            .iter()
            .find(|e| e.step_id == step)
            .and_then(|e| e.rated.clone())
            .map_or(0, |r| r.count)
    };
    let rated_before = count(&lab);
    let maya = lab.with_store(|s| {
        s.list_participants(lab.board.board.workshop_id)
            .expect("people")
            .into_iter()
            .find(|p| p.draft.name == "Maya")
            .expect("the sample's Maya")
    });
    let code = lab.code();
    let body = json!({ "name": " maya ", "customer": true }).to_string();
    let joined = lab.send(
        "POST",
        "/api/join",
        &[("X-Feltboard-Room", &code)],
        body.as_bytes(),
    );
    assert_eq!(joined.status, 201, "{joined:?}");
    assert_eq!(joined.json()["known"], true, "the phone asks: not you?");
    assert_eq!(participants(&lab), before, "no second Maya");
    let token = joined.json()["token"].as_str().expect("token").to_owned();
    let rated = lab.act(
        &token,
        "/api/ratings",
        &json!({ "stepId": step, "score": 2 }),
    );
    assert_eq!(rated.status, 200, "{rated:?}");
    let board = lab.with_store(|s| s.board(lab.board.board.id).expect("board"));
    assert!(
        board
            .ratings
            .iter()
            .any(|r| r.step_id == step && r.participant_id == Some(maya.id) && r.score == 2),
        "the rating is Maya's own"
    );
    let had_rated = lab
        .board
        .ratings
        .iter()
        .any(|r| r.step_id == step && r.participant_id == Some(maya.id));
    assert_eq!(
        count(&lab),
        rated_before + u32::from(!had_rated),
        "Maya is counted once on the rated curve"
    );
    // While her phone is in the room, another phone of the same name is someone else.
    lab.join("Maya");
    assert_eq!(participants(&lab), before + 1);
}

#[test]
fn customers_write_in_front_of_the_line_of_visibility_and_the_team_behind_it_too() {
    let lab = Lab::open(RoomLimits::default());
    let step = lab.board.stages[0].steps[0].id;
    let token = lab.join("Noor");
    let backstage = lab
        .board
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Backstage)
        .expect("the sample's backstage lane");
    let note =
        json!({ "stepId": step, "laneId": backstage.id, "text": "The form has its own login" });
    let refused = lab.act(&token, "/api/notes", &note);
    assert_eq!(refused.status, 404, "not a customer's lane: {refused:?}");
    let team = lab.join_as("Priya", false);
    let taken = lab.act(&team, "/api/notes", &note);
    assert!(taken.status < 300, "the team may write there: {taken:?}");
    assert!(
        lab.board_view(&team)["lanes"]
            .as_array()
            .expect("lanes")
            .iter()
            .any(|l| l["id"] == json!(backstage.id)),
        "the team is offered the backstage lane"
    );
}

#[test]
fn a_phone_takes_back_a_dot_it_placed_and_only_its_own() {
    let lab = Lab::open(RoomLimits::default());
    lab.room().set_voting(feltboard_room::Voting {
        open: true,
        budget: 2,
    });
    let pain = card_of(&lab.board, CardKind::PainPoint);
    let (noor, sam) = (lab.join("Noor"), lab.join("Sam"));
    let dot = json!({ "cardId": pain });
    assert_eq!(lab.act(&noor, "/api/votes", &dot).json()["left"], 1);
    let not_hers = lab.act(&sam, "/api/votes/back", &dot);
    assert_eq!(
        not_hers.status, 404,
        "Sam has no dot there to take back: {not_hers:?}"
    );
    let back = lab.act(&noor, "/api/votes/back", &dot);
    assert_eq!(back.status, 200, "{back:?}");
    assert_eq!(back.json()["left"], 2, "the dot is hers to place again");
    let votes = lab.with_store(|s| s.card_votes(lab.board.board.id).expect("votes"));
    assert_eq!(
        votes.get(&pain).copied().unwrap_or(0),
        0,
        "no dot left on the card"
    );
    assert_eq!(
        lab.act(&noor, "/api/votes/back", &dot).status,
        404,
        "nothing more to take back"
    );
}

#[test]
fn a_room_told_to_listen_on_loopback_listens_and_invites_there_alone() {
    let lab = Lab::open(RoomLimits::default());
    let address = lab.room().address();
    assert!(
        address.ip().is_loopback(),
        "tests keep the room on this machine: {address}"
    );
    let status = lab.room().status();
    assert!(
        status.url.starts_with(&format!("http://{address}/#")),
        "phones are sent where the room listens: {}",
        status.url
    );
    assert!(
        !status.on_network && status.address_chosen,
        "the panel can say only this laptop can join, as Feltboard was told"
    );
}

#[test]
fn closing_the_room_closes_the_port_and_a_reopened_room_forgets_old_codes_and_phones() {
    let mut lab = Lab::open(RoomLimits::default());
    let old_code = lab.code();
    let old_token = lab.join("Maya");
    let address = lab.close();
    assert!(
        std::net::TcpStream::connect(address).is_err(),
        "nothing listens once the room is closed"
    );

    lab.reopen();
    let note = first_cell(&lab).to_string();
    let expired = lab.send(
        "POST",
        "/api/notes",
        &[
            ("X-Feltboard-Room", &old_code),
            ("X-Feltboard-Device", &old_token),
        ],
        note.as_bytes(),
    );
    assert_eq!(expired.status, 403, "the old code: {expired:?}");
    let new_code = lab.code();
    assert_ne!(new_code, old_code);
    let old_phone = lab.send(
        "POST",
        "/api/notes",
        &[
            ("X-Feltboard-Room", &new_code),
            ("X-Feltboard-Device", &old_token),
        ],
        note.as_bytes(),
    );
    assert_eq!(old_phone.status, 401, "the old token: {old_phone:?}");
    assert_eq!(lab.waiting(), 0);
}

#[test]
fn oversized_and_malformed_requests_are_refused_and_store_nothing() {
    let lab = Lab::open(RoomLimits::default());
    let token = lab.join("Maya");
    let code = lab.code();
    let headers = [
        ("X-Feltboard-Room", code.as_str()),
        ("X-Feltboard-Device", token.as_str()),
    ];
    let huge = format!(
        r#"{{"stepId":"{}","laneId":"{}","text":"{}"}}"#,
        lab.board.stages[0].steps[0].id,
        lab.board.lanes[0].id,
        "x".repeat(200_000)
    );
    assert_eq!(
        lab.send("POST", "/api/notes", &headers, huge.as_bytes())
            .status,
        413
    );
    for (broken, why) in [
        (&b"not json"[..], "not JSON"),
        (&b"{\"stepId\": 1}"[..], "wrong types"),
        (
            &br#"{"stepId":"x","laneId":"y","text":"hi"}"#[..],
            "not ids",
        ),
        (&b"\xff\xfe"[..], "not UTF-8"),
    ] {
        let answer = lab.send("POST", "/api/notes", &headers, broken);
        assert_eq!(answer.status, 400, "{why}: {answer:?}");
    }
    let mut extra = first_cell(&lab);
    extra["workshopId"] = json!("anything");
    assert_eq!(
        lab.act(&token, "/api/notes", &extra).status,
        400,
        "unknown fields"
    );

    let mut long = first_cell(&lab);
    long["text"] = json!("x".repeat(5_000));
    let too_long = lab.act(&token, "/api/notes", &long);
    assert_eq!(too_long.status, 422, "{too_long:?}");
    assert!(
        too_long.json()["message"]
            .as_str()
            .expect("message")
            .contains("too long")
    );
    let mut blank = first_cell(&lab);
    blank["text"] = json!("   ");
    assert_eq!(lab.act(&token, "/api/notes", &blank).status, 422);
    let step = lab.board.stages[0].steps[0].id;
    let off_scale = lab.act(
        &token,
        "/api/ratings",
        &json!({ "stepId": step, "score": 3 }),
    );
    assert_eq!(off_scale.status, 422);

    assert_eq!(lab.waiting(), 0);
    let rated = lab.with_store(|s| s.board(lab.board.board.id).expect("board").ratings.len());
    assert_eq!(rated, lab.board.ratings.len());
}

#[test]
fn a_flood_from_one_phone_is_cut_at_the_rate_limit_and_others_still_get_through() {
    // A burst of 5, then 1 a minute: the test never waits long enough for a refill.
    let lab = Lab::open(RoomLimits {
        writes: (5, 1),
        ..RoomLimits::default()
    });
    let flooder = lab.join("Flood");
    let statuses: Vec<u16> = (0..12)
        .map(|_| lab.act(&flooder, "/api/notes", &first_cell(&lab)).status)
        .collect();
    assert_eq!(
        statuses.iter().filter(|&&s| s == 202).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 429).count(),
        7,
        "{statuses:?}"
    );
    let calm = lab.join("Calm");
    assert_eq!(lab.act(&calm, "/api/notes", &first_cell(&lab)).status, 202);
    assert_eq!(lab.waiting(), 6, "exactly what was accepted is stored");
}

#[test]
fn guessing_the_code_is_cut_short() {
    let lab = Lab::open(RoomLimits::default());
    let body = json!({ "name": "Guess", "customer": true }).to_string();
    let statuses: Vec<u16> = (0..15)
        .map(|i| {
            let guess = format!("AAAA-AA{i:02}");
            lab.send(
                "POST",
                "/api/join",
                &[("X-Feltboard-Room", &guess)],
                body.as_bytes(),
            )
            .status
        })
        .collect();
    assert!(statuses[..10].iter().all(|&s| s == 403), "{statuses:?}");
    assert!(statuses[10..].iter().all(|&s| s == 429), "{statuses:?}");
    lab.join("Maya");
    lab.join("Tomás");
    assert_eq!(
        lab.room().status().phones,
        2,
        "phones with the right code still join from that address"
    );
}

#[test]
fn guessing_the_code_anywhere_is_cut_short_as_at_the_door() {
    // Every route that takes the code: the same answer for a wrong one, and the same limit.
    for (method, path) in [
        ("GET", "/api/board"),
        ("POST", "/api/notes"),
        ("POST", "/api/ratings"),
        ("POST", "/api/votes"),
        ("POST", "/api/votes/back"),
    ] {
        let lab = Lab::open(RoomLimits::default());
        let statuses: Vec<u16> = (0..15)
            .map(|i| {
                let guess = format!("AAAA-AA{i:02}");
                let headers = [
                    ("X-Feltboard-Room", guess.as_str()),
                    ("X-Feltboard-Device", "x"),
                ];
                lab.send(method, path, &headers, b"{}").status
            })
            .collect();
        assert!(
            statuses[..10].iter().all(|&s| s == 403),
            "{path}: {statuses:?}"
        );
        assert!(
            statuses[10..].iter().all(|&s| s == 429),
            "{path}: {statuses:?}"
        );
    }
}

#[test]
fn only_the_open_rooms_board_is_reachable() {
    let lab = Lab::open(RoomLimits::default());
    let token = lab.join("Maya");
    let other = {
        let mut store = lab.store.lock().expect("store");
        let workshop = store
            .add_sample_workshop(Timestamp::now())
            .expect("another");
        let id = store.list_boards(workshop).expect("boards")[0].board.id;
        store.board(id).expect("the other board")
    };
    let dots_before = lab.with_store(|s| s.votes_on(other.board.id).expect("votes").len());
    let foreign_step = other.stages[0].steps[0].id;
    let foreign_pain = card_of(&other, CardKind::PainPoint);
    lab.set_voting(true, 3);
    let refused = [
        lab.act(
            &token,
            "/api/notes",
            &json!({ "stepId": foreign_step, "laneId": other.lanes[0].id, "text": "Over the fence" }),
        ),
        lab.act(
            &token,
            "/api/notes",
            &json!({ "stepId": lab.board.stages[0].steps[0].id, "laneId": other.lanes[0].id, "text": "Half over" }),
        ),
        lab.act(&token, "/api/ratings", &json!({ "stepId": foreign_step, "score": 2 })),
        lab.act(&token, "/api/votes", &json!({ "cardId": foreign_pain })),
    ];
    // A lane of another board under a step of this one is a malformed cell, not a miss.
    for (answer, status) in refused.iter().zip([404, 422, 404, 404]) {
        assert_eq!(answer.status, status, "{answer:?}");
    }
    assert_eq!(lab.waiting(), 0);
    let untouched = lab.with_store(|s| {
        let board = s.board(other.board.id).expect("other");
        (
            board.ratings.len(),
            s.votes_on(other.board.id).expect("votes").len(),
        )
    });
    assert_eq!(untouched, (other.ratings.len(), dots_before));

    for path in [
        "/api/workshops",
        "/api/export",
        "/../data.sqlite",
        "/api/board/../../etc/passwd",
    ] {
        assert_eq!(lab.send("GET", path, &[], b"").status, 404, "{path}");
    }
    let code = lab.code();
    let headers = [
        ("X-Feltboard-Room", code.as_str()),
        ("X-Feltboard-Device", token.as_str()),
    ];
    assert_eq!(lab.send("DELETE", "/api/notes", &headers, b"").status, 405);
}

#[test]
fn dots_wait_for_voting_and_stop_at_the_budget() {
    let lab = Lab::open(RoomLimits::default());
    let token = lab.join("Maya");
    let pain = card_of(&lab.board, CardKind::PainPoint);
    let dot = json!({ "cardId": pain });
    assert_eq!(
        lab.act(&token, "/api/votes", &dot).status,
        409,
        "voting is closed"
    );
    lab.set_voting(true, 2);
    let first = lab.act(&token, "/api/votes", &dot);
    assert_eq!(
        (first.status, first.json()["left"].clone()),
        (200, json!(1))
    );
    assert_eq!(lab.act(&token, "/api/votes", &dot).status, 200);
    let past = lab.act(&token, "/api/votes", &dot);
    assert_eq!(past.status, 409, "{past:?}");
    assert!(
        past.json()["message"]
            .as_str()
            .expect("message")
            .contains("2 dots")
    );
    let tally = lab.with_store(|s| s.card_votes(lab.board.board.id).expect("votes"));
    assert_eq!(tally.get(&pain), Some(&2));
    let view = lab.board_view(&token);
    assert_eq!(view["voting"]["left"], json!(0));
    let card = view["voting"]["cards"]
        .as_array()
        .expect("the cards to vote on")
        .iter()
        .find(|c| c["id"] == json!(pain))
        .expect("the pain point");
    assert_eq!(card["mine"], json!(2), "the phone sees its own dots");
    let note = card_of(&lab.board, CardKind::Note);
    let other_phone = lab.join("Tomás");
    assert_eq!(
        lab.act(&other_phone, "/api/votes", &json!({ "cardId": note }))
            .status,
        422,
        "dots go on pain points and opportunities"
    );
}

#[test]
fn a_phone_sees_where_it_can_write_and_its_own_ratings_land_on_the_rated_curve() {
    let lab = Lab::open(RoomLimits::default());
    let token = lab.join("Maya");
    let step = lab.board.stages[1].steps[0].id;
    for score in [-1, -2] {
        let rated = lab.act(
            &token,
            "/api/ratings",
            &json!({ "stepId": step, "score": score }),
        );
        assert_eq!(rated.status, 200, "{rated:?}");
    }
    let view = lab.board_view(&token);
    assert_eq!(
        view["scale"],
        json!(feltboard_core::boards::SCALE),
        "the phone shows the board's own faces"
    );
    assert_eq!(view["you"], "Maya");
    assert_eq!(view["title"], lab.board.board.draft.title.as_str());
    let steps = view["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), lab.board.steps().count());
    let mine = steps
        .iter()
        .find(|s| s["id"] == json!(step))
        .expect("the step");
    assert_eq!(
        mine["rating"],
        json!(-2),
        "the latest rating replaces the earlier"
    );
    // A customer writes to every lane shown but those behind the line of visibility.
    let hers: Vec<&str> = lab
        .board
        .lanes
        .iter()
        .filter(|l| !l.is_hidden && !matches!(l.kind, LaneKind::Backstage | LaneKind::Support))
        .map(|l| l.title.as_str())
        .collect();
    let offered: Vec<&str> = view["lanes"]
        .as_array()
        .expect("lanes")
        .iter()
        .map(|l| l["title"].as_str().expect("a title"))
        .collect();
    assert_eq!(offered, hers);
    assert_eq!(view["voting"]["open"], json!(false));
    assert!(
        view["voting"]["cards"]
            .as_array()
            .expect("cards")
            .is_empty()
    );

    let board = lab.with_store(|s| s.board(lab.board.board.id).expect("board"));
    let new_ratings: Vec<i8> = board
        .ratings
        .iter()
        .filter(|r| r.curve == Curve::Rated && r.step_id == step)
        .filter(|r| lab.board.ratings.iter().all(|before| before.id != r.id))
        .map(|r| r.score)
        .collect();
    assert_eq!(new_ratings, [-2], "stored once, on the rated curve");
    let spread = board
        .emotions
        .iter()
        .find(|e| e.step_id == step)
        .and_then(|e| e.rated.clone())
        .expect("the rated curve has the step");
    assert!(spread.count >= 1 && spread.min <= -2);
    assert_eq!(
        lab.events.lock().expect("events").as_slice(),
        [RoomEvent::Joined, RoomEvent::Rated, RoomEvent::Rated]
    );
}

#[test]
fn a_note_to_the_pain_points_lane_becomes_a_pain_point_once_approved() {
    let lab = Lab::open(RoomLimits::default());
    let token = lab.join("Maya");
    let lane = lab
        .board
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::PainPoints)
        .expect("a pain points lane")
        .id;
    let step = lab.board.stages[0].steps[0].id;
    let sent = lab.act(
        &token,
        "/api/notes",
        &json!({ "stepId": step, "laneId": lane, "text": "No one told me it shipped" }),
    );
    assert_eq!(sent.status, 202);
    let mut store = lab.store.lock().expect("store");
    let waiting = store.pending_notes(lab.board.board.id).expect("queue");
    let card = store
        .approve_note(waiting[0].id, None, Timestamp::now())
        .expect("approved");
    let board = store.board(lab.board.board.id).expect("board");
    let card = board
        .cards
        .iter()
        .find(|c| c.id == card)
        .expect("on the board");
    assert_eq!(card.draft.kind, CardKind::PainPoint);
    assert_eq!(card.draft.text, "No one told me it shipped");
}

#[test]
fn a_full_room_turns_the_next_phone_away_without_adding_anyone() {
    let lab = Lab::open(RoomLimits {
        devices: 2,
        ..RoomLimits::default()
    });
    lab.join("One");
    lab.join("Two");
    let before = participants(&lab);
    let code = lab.code();
    let third = lab.send(
        "POST",
        "/api/join",
        &[("X-Feltboard-Room", &code)],
        json!({ "name": "Three", "customer": false })
            .to_string()
            .as_bytes(),
    );
    assert_eq!(third.status, 503);
    assert_eq!(participants(&lab), before);
    assert_eq!(lab.room().status().phones, 2);
}

#[test]
fn the_page_is_served_with_a_strict_policy_and_nothing_of_the_laptop_besides() {
    let lab = Lab::open(RoomLimits::default());
    let page = lab.send("GET", "/", &[], b"");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Join the workshop"));
    let head = page.head.to_lowercase();
    for expected in [
        "content-type: text/html",
        "content-security-policy: default-src 'self'",
        "x-frame-options: deny",
        "cache-control: no-store",
    ] {
        assert!(head.contains(expected), "{expected} in {head}");
    }
    assert!(
        lab.send("GET", "/phone.js", &[], b"")
            .body
            .contains("X-Feltboard-Room")
    );
    assert!(
        !page.body.contains(&lab.code()),
        "the page itself never holds the code"
    );
}

#[test]
fn the_dot_budget_stays_within_its_bounds_whoever_sets_it() {
    let lab = Lab::open(RoomLimits::default());
    for (asked, kept) in [(0, 1), (3, 3), (20, 20), (500, 20)] {
        lab.set_voting(true, asked);
        assert_eq!(
            lab.room().status().voting.budget,
            kept,
            "{asked} dots asked"
        );
    }
    assert_eq!(feltboard_room::DOT_BUDGET, 1..=20);
}

#[test]
fn a_phone_says_which_of_the_boards_personas_it_is_most_like_and_no_other() {
    let lab = Lab::open(RoomLimits::default());
    let code = lab.code();
    let welcome = lab
        .send("GET", "/api/welcome", &[("X-Feltboard-Room", &code)], b"")
        .json();
    let choices = welcome["personas"]
        .as_array()
        .expect("the board's personas");
    let followed = &lab.board.board.draft.persona_ids;
    assert_eq!(choices.len(), followed.len(), "{welcome}");
    assert!(!choices.is_empty(), "the sample board follows a persona");
    let first = choices[0]["id"].as_str().expect("an id").to_owned();
    assert_eq!(first, followed[0].to_string());
    assert!(choices[0]["name"].as_str().is_some_and(|n| !n.is_empty()));

    let join = |name: &str, persona: &str| {
        let body = serde_json::json!({ "name": name, "customer": true, "personaId": persona });
        lab.send(
            "POST",
            "/api/join",
            &[("X-Feltboard-Room", &code)],
            body.to_string().as_bytes(),
        )
    };
    let most_like = |name: &str| {
        lab.with_store(|s| {
            s.list_participants(lab.board.board.workshop_id)
                .expect("people")
                .into_iter()
                .find(|p| p.draft.name == name)
                .and_then(|p| p.draft.persona_id)
                .map(|p| p.to_string())
        })
    };
    let joined = join("Ines", &first);
    assert_eq!(joined.status, 201, "{joined:?}");
    assert_eq!(most_like("Ines"), Some(first));

    // Someone the facilitator added says on their phone whom they are most like.
    let second = choices[1]["id"]
        .as_str()
        .expect("a second persona")
        .to_owned();
    assert_eq!(join("Maya", &second).status, 201);
    assert_eq!(most_like("Maya"), Some(second));

    // A persona the board does not follow, or none at all, is refused and adds nobody.
    let before = participants(&lab);
    for stranger in [
        feltboard_core::ids::PersonaId::new().to_string(),
        "not an id".to_owned(),
    ] {
        let refused = join("Olek", &stranger);
        assert!(
            refused.status == 400 || refused.status == 422,
            "{refused:?}"
        );
    }
    assert_eq!(participants(&lab), before, "nobody was added");
}

#[test]
fn each_phone_is_answered_in_its_own_language_else_the_workshops() {
    let lab = Lab::open(RoomLimits::default());
    let said = |language: Language, id: &str| Words::of(language).say(id, &[]);
    let page = |accept: &str| {
        lab.send("GET", "/", &[("Accept-Language", accept)], b"")
            .body
    };

    let french = page("fr-CH, fr;q=0.9, en;q=0.8");
    assert!(french.contains(r#"<html lang="fr">"#));
    assert!(french.contains(&said(Language::Fr, "phone-join")));
    assert!(french.contains(&said(Language::Fr, "phone-code-label")));
    // The script's words, in the page, in French, their markers left for the script.
    assert!(french.contains("{status}"));
    // A language Feltboard doesn't speak: the workshop's (the sample's is English).
    let japanese = page("ja-JP, ja;q=0.9");
    assert!(japanese.contains(r#"<html lang="en">"#));
    assert!(japanese.contains(&said(Language::En, "phone-join")));

    // The room's answers follow the asking phone: a German phone rating a step.
    let token = lab.join("Maya");
    let code = lab.code();
    let step = lab.board.stages[1].steps[0].id;
    let rated = lab.send(
        "POST",
        "/api/ratings",
        &[
            ("X-Feltboard-Room", &code),
            ("X-Feltboard-Device", &token),
            ("Accept-Language", "de-DE"),
        ],
        json!({ "stepId": step, "score": 1 }).to_string().as_bytes(),
    );
    assert_eq!(rated.status, 200, "{rated:?}");
    assert_eq!(
        rated.json()["message"],
        said(Language::De, "phone-rating-saved")
    );
    assert_ne!(
        said(Language::De, "phone-rating-saved"),
        said(Language::En, "phone-rating-saved"),
        "German is German"
    );
    // Its board: the feelings and the voting tab in Spanish for a Spanish phone.
    let view = lab
        .send(
            "GET",
            "/api/board",
            &[
                ("X-Feltboard-Room", &code),
                ("X-Feltboard-Device", &token),
                ("Accept-Language", "es"),
            ],
            b"",
        )
        .json();
    assert_eq!(view["scale"][0][2], Words::of(Language::Es).emotion(2));
    assert_eq!(view["voting"]["tab"], said(Language::Es, "phone-tab-vote"));
}

#[test]
fn a_refusal_is_said_in_the_asking_phone_s_language() {
    let lab = Lab::open(RoomLimits::default());
    let token = lab.join("Maya");
    let code = lab.code();
    let send = |path: &str, accept: &str, body: serde_json::Value| {
        lab.send(
            "POST",
            path,
            &[
                ("X-Feltboard-Room", &code),
                ("X-Feltboard-Device", &token),
                ("Accept-Language", accept),
            ],
            body.to_string().as_bytes(),
        )
    };
    let step = lab.board.stages[0].steps[0].id;
    let off_scale = json!({ "stepId": step, "score": 5 });
    let said = |language| {
        Error::Invalid {
            field: Field::EmotionScore,
            reason: phrase!("reason-score-out-of-range", score = 5_i8),
        }
        .said(Words::of(language))
    };

    let french = send(
        "/api/ratings",
        "fr-CH, fr;q=0.9, en;q=0.8",
        off_scale.clone(),
    );
    assert_eq!(french.status, 422, "{french:?}");
    assert_eq!(french.json()["message"], said(Language::Fr));
    assert_eq!(
        said(Language::Fr),
        "La note de ressenti n’est pas valide\u{202f}: 5 sort de l’échelle de −2 (contrarié) \
         à +2 (ravi)"
    );
    let english = send("/api/ratings", "en-GB", off_scale.clone());
    assert_eq!(
        english.json()["message"],
        "The emotion score is not valid: 5 is outside −2 (upset) to +2 (delighted)"
    );
    // A language Feltboard doesn't speak: the workshop's (the sample's is English).
    let japanese = send("/api/ratings", "ja", off_scale);
    assert_eq!(japanese.json()["message"], said(Language::En));

    // A blank note, for a French phone.
    let mut blank = first_cell(&lab);
    blank["text"] = json!("   ");
    let refused = send("/api/notes", "fr", blank);
    assert_eq!(refused.status, 422, "{refused:?}");
    assert_eq!(refused.json()["message"], "La note ne peut pas être vide.");
    assert_eq!(lab.waiting(), 0, "nothing was queued");

    // The room's own refusals too: a request it can't read, a page it doesn't have.
    let garbled = send("/api/ratings", "fr", json!(["not", "a", "rating"]));
    assert_eq!(garbled.status, 400, "{garbled:?}");
    assert_eq!(
        garbled.json()["message"],
        Words::of(Language::Fr).say("phone-refused-unexpected", &[])
    );
    let nowhere = lab.send("GET", "/api/nowhere", &[("Accept-Language", "es")], b"");
    assert_eq!(nowhere.status, 404);
    assert_eq!(nowhere.json()["message"], "Aquí no hay nada.");
}
