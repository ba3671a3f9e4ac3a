//! A hundred and fifty phones in one room for a minute, through the real server on loopback
//! with the room's real limits, each from an address of its own: each joins, reads the board
//! every 4 s, and sends a note and a rating every 5 s. Meanwhile a hostile client on the same
//! network tries to hold 1,000 half-sent connections, and the facilitator approves what waits
//! once a second (a click, then the board and the queue read again, as the window does).
//! Prints request latencies, the facilitator's click-to-screen time, what the attacker got,
//! and checks every honest request was served and every accepted note stored exactly once.
//!
//!     cargo test -p feltboard-room --bench phones [-- SECONDS]

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use feltboard_core::Timestamp;
use feltboard_core::participants::ParticipantKind;
use feltboard_room::RoomLimits;
use serde_json::json;
use support::{Lab, connect_from, send_on};

const PHONES: u8 = 150;
const READ_EVERY: Duration = Duration::from_secs(4);
const WRITE_EVERY: Duration = Duration::from_secs(5);
const SLOW_CONNECTIONS: usize = 1_000;
const ATTACKER: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 66);

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

fn describe(name: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "  {name:<38} n={:<5} median {:>6.1} ms   p99 {:>6.1} ms   max {:>6.1} ms",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

/// Whether the server still holds `stream` open (a read would wait).
fn still_open(stream: &TcpStream) -> bool {
    let mut byte = [0u8; 1];
    stream.set_nonblocking(true).is_ok()
        && matches!(std::io::Read::read(&mut &*stream, &mut byte), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
}

/// One request from `from`: its status and how long it took.
fn request(
    from: IpAddr,
    to: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, Duration) {
    let began = Instant::now();
    let status = connect_from(from, to).map_or(0, |stream| {
        send_on(stream, to, method, path, headers, body.as_bytes()).status
    });
    (status, began.elapsed())
}

fn main() {
    let window = std::env::args()
        .filter_map(|a| a.parse::<u64>().ok())
        .next()
        .map_or(Duration::from_secs(60), Duration::from_secs);
    let lab = Arc::new(Lab::open(RoomLimits::default()));
    let address = lab.room().address();
    let code = lab.code();
    let board_id = lab.board.board.id;
    let steps: Vec<_> = lab.board.steps().map(|s| s.id).collect();
    // Every phone here joins as a customer: the lanes a customer may write to.
    let lanes: Vec<_> = lab
        .board
        .lanes
        .iter()
        .filter(|l| !l.is_hidden && l.kind.open_to(ParticipantKind::Customer))
        .map(|l| l.id)
        .collect();
    let cards_before = lab.board.cards.len();
    println!(
        "{PHONES} phones for {} s (board every 4 s, a note and a rating every 5 s), {SLOW_CONNECTIONS} slow connections from one attacker, on loopback",
        window.as_secs()
    );
    let running = Arc::new(AtomicBool::new(true));

    // The attacker: half-sent requests, opened again as fast as they are closed.
    let attacker = {
        let running = Arc::clone(&running);
        thread::spawn(move || {
            let (mut opened, mut held_most) = (0usize, 0usize);
            let mut held: Vec<TcpStream> = Vec::new();
            while running.load(Ordering::Relaxed) {
                held.retain(still_open);
                held_most = held_most.max(held.len());
                for _ in 0..(SLOW_CONNECTIONS - held.len()).min(100) {
                    if let Ok(mut stream) = connect_from(IpAddr::V4(ATTACKER), address) {
                        let _ = stream.write_all(
                            format!("GET / HTTP/1.1\r\nHost: {address}\r\nX-Slow: ").as_bytes(),
                        );
                        held.push(stream);
                        opened += 1;
                    }
                }
                thread::sleep(Duration::from_millis(50));
            }
            (opened, held_most)
        })
    };

    // The facilitator: "Approve all" once a second, then the board and queue read again.
    let approved = Arc::new(AtomicUsize::new(0));
    let facilitator = {
        let (lab, running, approved) = (
            Arc::clone(&lab),
            Arc::clone(&running),
            Arc::clone(&approved),
        );
        thread::spawn(move || {
            let mut clicks = Vec::new();
            while running.load(Ordering::Relaxed) {
                thread::sleep(Duration::from_secs(1));
                let click = Instant::now();
                let made = lab
                    .store
                    .lock()
                    .expect("store")
                    .approve_all(board_id, Timestamp::now())
                    .expect("approve all");
                approved.fetch_add(made.len(), Ordering::Relaxed);
                lab.with_store(|s| {
                    s.board(board_id).expect("board");
                    s.pending_notes(board_id).expect("queue");
                });
                clicks.push(click.elapsed());
            }
            clicks
        })
    };

    let started = Instant::now();
    let times: Arc<Mutex<HashMap<&str, Vec<Duration>>>> = Arc::default();
    let unserved: Arc<Mutex<Vec<(String, u16)>>> = Arc::default();
    let accepted = Arc::new(AtomicUsize::new(0));
    let phones: Vec<_> = (1..=PHONES)
        .map(|phone| {
            let (times, unserved, accepted) = (Arc::clone(&times), Arc::clone(&unserved), Arc::clone(&accepted));
            let (steps, lanes, code) = (steps.clone(), lanes.clone(), code.clone());
            thread::spawn(move || {
                let from = IpAddr::V4(Ipv4Addr::new(127, 0, 2, phone));
                let record = |kind: &'static str, (status, took): (u16, Duration)| {
                    times.lock().expect("times").entry(kind).or_default().push(took);
                    if !(200..300).contains(&status) {
                        unserved.lock().expect("unserved").push((format!("{kind} from phone {phone}"), status));
                    }
                    status
                };
                // Phones arrive over the first ten seconds.
                thread::sleep(Duration::from_millis(u64::from(phone) * 66));
                let body = json!({ "name": format!("Phone {phone}"), "customer": true }).to_string();
                let began = Instant::now();
                let stream = connect_from(from, address).expect("the phone connects");
                let joined = send_on(stream, address, "POST", "/api/join", &[("X-Feltboard-Room", &code)], body.as_bytes());
                record("join", (joined.status, began.elapsed()));
                let Some(token) = joined.json()["token"].as_str().map(str::to_owned) else {
                    return;
                };
                let headers = [("X-Feltboard-Room", code.as_str()), ("X-Feltboard-Device", token.as_str())];
                let (mut next_read, mut next_write, mut n) = (Instant::now(), Instant::now() + WRITE_EVERY, 0usize);
                while started.elapsed() < window {
                    let now = Instant::now();
                    if now >= next_read {
                        record("board", request(from, address, "GET", "/api/board", &headers, ""));
                        next_read += READ_EVERY;
                    }
                    if now >= next_write {
                        let note = json!({ "stepId": steps[n % steps.len()], "laneId": lanes[(usize::from(phone) + n) % lanes.len()], "text": format!("Phone {phone}, note {n}") });
                        if record("note", request(from, address, "POST", "/api/notes", &headers, &note.to_string())) == 202 {
                            accepted.fetch_add(1, Ordering::Relaxed);
                        }
                        let rating = json!({ "stepId": steps[n % steps.len()], "score": (i64::from(phone) + n as i64) % 5 - 2 });
                        record("rating", request(from, address, "POST", "/api/ratings", &headers, &rating.to_string()));
                        next_write += WRITE_EVERY;
                        n += 1;
                    }
                    thread::sleep(next_read.min(next_write).saturating_duration_since(Instant::now()));
                }
            })
        })
        .collect();
    for phone in phones {
        phone.join().expect("a phone");
    }
    running.store(false, Ordering::Relaxed);
    let clicks = facilitator.join().expect("the facilitator");
    let (opened, held_most) = attacker.join().expect("the attacker");

    let mut times = std::mem::take(&mut *times.lock().expect("times"));
    let mut every = Vec::new();
    for kind in ["join", "board", "note", "rating"] {
        let list = times.remove(kind).unwrap_or_default();
        every.extend(list.iter().copied());
        describe(&format!("{kind} request"), list);
    }
    describe("every honest request", every);
    describe("facilitator: approve all → on screen", clicks);
    println!("  attacker: {opened} slow connections opened, at most {held_most} held at once");

    // Exactly once: every accepted note is on the board or waiting, once.
    let (approved_now, waiting, cards) = {
        let mut store = lab.store.lock().expect("store");
        let made = store
            .approve_all(board_id, Timestamp::now())
            .expect("approve all");
        let board = store.board(board_id).expect("board");
        let mut texts: Vec<String> = board
            .cards
            .iter()
            .filter(|c| c.draft.text.starts_with("Phone "))
            .map(|c| c.draft.text.clone())
            .collect();
        let all = texts.len();
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(all, texts.len(), "no note twice");
        (
            made.len(),
            store.pending_notes(board_id).expect("queue").len(),
            board.cards.len() - cards_before,
        )
    };
    let accepted = accepted.load(Ordering::Relaxed);
    println!(
        "  notes: {accepted} accepted; {cards} on the board ({} approved while phones sent, {approved_now} at the end), {waiting} waiting",
        approved.load(Ordering::Relaxed)
    );
    let unserved = unserved.lock().expect("unserved");
    println!("  honest requests not served: {}", unserved.len());
    for (what, status) in unserved.iter().take(10) {
        println!("    {what}: {status}");
    }
    assert!(unserved.is_empty(), "every honest request is served");
    assert_eq!(
        cards, accepted,
        "every accepted note is on the board, exactly once"
    );
}
