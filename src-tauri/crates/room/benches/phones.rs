//! Thirty phones in one room: each joins, then sends 20 notes and 10 ratings spread over a
//! window (a minute by default), through the real server on loopback, with the room's real
//! limits. Meanwhile a "facilitator" catches up the way the window does (a quarter of a
//! second after activity: the board and the queue). Prints request latencies, how long the
//! facilitator's catch-up takes while phones send, how soon an accepted note is on the
//! facilitator's screen, and checks every accepted item is stored exactly once.
//!
//!     cargo test -p feltboard-room --bench phones [-- SECONDS]

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use feltboard_core::Timestamp;
use feltboard_core::boards::Curve;
use feltboard_core::participants::ParticipantKind;
use feltboard_room::RoomLimits;
use serde_json::json;
use support::Lab;

const PHONES: usize = 30;
const NOTES: usize = 20;
const RATINGS: usize = 10;
/// The window's catch-up delay after activity (`CATCH_UP_MS` in `ui/src/lib/room.svelte.ts`).
const CATCH_UP: Duration = Duration::from_millis(250);

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

fn describe(name: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "  {name:<34} n={:<5} median {:>6.1} ms   p95 {:>6.1} ms   max {:>6.1} ms",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.95).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

fn main() {
    let window = std::env::args()
        .filter_map(|a| a.parse::<u64>().ok())
        .next()
        .map_or(Duration::from_secs(60), Duration::from_secs);
    let lab = Lab::open(RoomLimits::default());
    // Hear what the phones did, as the window does, with the time each thing was accepted.
    let (heard, events) = mpsc::channel::<Instant>();
    lab.listen(move |_| {
        let _ = heard.send(Instant::now());
    });
    let board_id = lab.board.board.id;
    let steps: Vec<_> = lab.board.steps().map(|s| s.id).collect();
    // Every phone here joins as a customer: the lanes a customer may write to.
    let lanes: Vec<_> = lab
        .board
        .lanes
        .iter()
        .filter(|l| l.kind.open_to(ParticipantKind::Customer))
        .map(|l| l.id)
        .collect();
    let cards_before = lab.board.cards.len();
    let ratings_before = lab.board.ratings.len();
    println!(
        "{PHONES} phones × ({NOTES} notes + {RATINGS} ratings) over {} s, on loopback",
        window.as_secs()
    );

    let lab = std::sync::Arc::new(lab);
    let started = Instant::now();
    let facilitator = {
        let lab = std::sync::Arc::clone(&lab);
        thread::spawn(move || {
            let mut catch_ups = Vec::new();
            let mut on_screen = Vec::new();
            // Until the phones are done and nothing more comes.
            while let Ok(first) = events.recv_timeout(Duration::from_secs(3)) {
                let mut gathered = vec![first];
                thread::sleep(CATCH_UP.saturating_sub(first.elapsed()));
                gathered.extend(events.try_iter());
                let began = Instant::now();
                lab.with_store(|s| {
                    s.board(board_id).expect("board");
                    s.pending_notes(board_id).expect("queue");
                });
                let done = Instant::now();
                catch_ups.push(done - began);
                on_screen.extend(gathered.iter().map(|&at| done - at));
            }
            (catch_ups, on_screen)
        })
    };

    let phones: Vec<_> = (0..PHONES)
        .map(|phone| {
            let lab = std::sync::Arc::clone(&lab);
            let (steps, lanes) = (steps.clone(), lanes.clone());
            thread::spawn(move || {
                let mut times: HashMap<&str, Vec<Duration>> = HashMap::new();
                let mut refused = 0;
                let began = Instant::now();
                let token = lab.join(&format!("Phone {phone}"));
                times.entry("join").or_default().push(began.elapsed());
                let items = NOTES + RATINGS;
                for item in 0..items {
                    // Spread over the window, each phone at its own offset.
                    let due = window.mul_f64((item as f64 + phone as f64 / PHONES as f64) / items as f64);
                    thread::sleep(due.saturating_sub(began.elapsed()));
                    let sent = Instant::now();
                    let (kind, answer) = if item % 3 == 2 {
                        let step = steps[(item / 3) % steps.len()];
                        let score = (phone + item) as i64 % 5 - 2;
                        ("rating", lab.act(&token, "/api/ratings", &json!({ "stepId": step, "score": score })))
                    } else {
                        let text = format!("Phone {phone}, note {item}");
                        let cell = json!({ "stepId": steps[item % steps.len()], "laneId": lanes[phone % lanes.len()], "text": text });
                        ("note", lab.act(&token, "/api/notes", &cell))
                    };
                    times.entry(kind).or_default().push(sent.elapsed());
                    if answer.status >= 300 {
                        refused += 1;
                    }
                }
                (times, refused)
            })
        })
        .collect();

    let mut times: HashMap<&str, Vec<Duration>> = HashMap::new();
    let mut refused = 0;
    for phone in phones {
        let (mine, no) = phone.join().expect("a phone");
        refused += no;
        for (kind, list) in mine {
            times.entry(kind).or_default().extend(list);
        }
    }
    let sending = started.elapsed();
    let (catch_ups, on_screen) = facilitator.join().expect("the facilitator");

    println!(
        "  all phones done after {:.1} s; {refused} requests refused",
        sending.as_secs_f64()
    );
    for kind in ["join", "note", "rating"] {
        describe(
            &format!("{kind} request"),
            times.remove(kind).unwrap_or_default(),
        );
    }
    describe("facilitator catch-up (board+queue)", catch_ups);
    describe("accepted → on the facilitator's screen", on_screen);

    // Exactly once: every note sent is waiting once; each phone's ratings, one per step.
    let waiting = lab.with_store(|s| s.pending_notes(board_id).expect("queue"));
    let mut texts: Vec<&str> = waiting.iter().map(|n| n.text.as_str()).collect();
    texts.sort_unstable();
    texts.dedup();
    let board = lab.with_store(|s| s.board(board_id).expect("board"));
    let rated = board
        .ratings
        .iter()
        .filter(|r| r.curve == Curve::Rated)
        .count()
        - lab
            .board
            .ratings
            .iter()
            .filter(|r| r.curve == Curve::Rated)
            .count();
    let expected_ratings = PHONES
        * (0..NOTES + RATINGS)
            .filter(|i| i % 3 == 2)
            .map(|i| (i / 3) % steps.len())
            .collect::<std::collections::HashSet<_>>()
            .len();
    println!(
        "  stored: {} notes waiting ({} distinct, {} expected), {rated} new ratings ({expected_ratings} expected)",
        waiting.len(),
        texts.len(),
        PHONES * NOTES
    );
    assert_eq!(
        (waiting.len(), texts.len()),
        (PHONES * NOTES, PHONES * NOTES)
    );
    assert_eq!(rated, expected_ratings);
    assert_eq!(board.ratings.len() - ratings_before, expected_ratings);

    let approving = Instant::now();
    let made = {
        let mut store = lab.store.lock().expect("store");
        store
            .approve_all(board_id, Timestamp::now())
            .expect("approve all")
    };
    println!(
        "  approve all: {} notes onto the board in {:.0} ms",
        made.len(),
        approving.elapsed().as_secs_f64() * 1e3
    );
    let cards = lab.with_store(|s| s.board(board_id).expect("board").cards.len());
    assert_eq!(cards, cards_before + PHONES * NOTES);
}
