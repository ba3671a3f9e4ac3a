//! The room's connections against someone on the Wi-Fi who holds them open: half-sent
//! requests, more connections than a phone needs, requests for another host name, and
//! requests still under way when the room closes. Every loop here is bounded.

mod support;

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use feltboard_room::{ConnectionLimits, RoomLimits};
use support::{Lab, connect_from, send_on};

const ATTACKER: &str = "127.0.0.66";
const PHONE: &str = "127.0.0.2";

fn ip(text: &str) -> IpAddr {
    text.parse().expect("an address")
}

/// Small caps, and a header time long enough to count the connections held before it ends.
fn tight() -> RoomLimits {
    RoomLimits {
        connections: ConnectionLimits {
            total: 40,
            per_address: 8,
            headers: Duration::from_secs(2),
            lifetime: Duration::from_secs(3),
        },
        ..RoomLimits::default()
    }
}

/// How many of `streams` the server still holds open, looking at each for a moment.
fn still_open(streams: &[TcpStream]) -> usize {
    streams
        .iter()
        .filter(|s| !closed_within(s, Duration::from_millis(15)))
        .count()
}

/// Opens a connection from `from` and sends the start of a request, never its end.
fn half_sent(from: &str, address: SocketAddr) -> Option<TcpStream> {
    let mut stream = connect_from(ip(from), address).ok()?;
    stream
        .write_all(format!("GET / HTTP/1.1\r\nHost: {address}\r\nX-Slow: ").as_bytes())
        .ok()?;
    Some(stream)
}

/// Whether the server has closed `stream` (end of stream or reset) within `within`.
fn closed_within(mut stream: &TcpStream, within: Duration) -> bool {
    stream
        .set_read_timeout(Some(within))
        .expect("a read timeout");
    let mut buffer = [0u8; 512];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            // An answer (408) before closing is fine: read on to the end.
            Ok(_) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
}

/// Joins the room as `name`, a customer, from the loopback address `from`.
fn join_from(lab: &Lab, from: &str, name: &str) -> support::Answer {
    let address = lab.room().address();
    let code = lab.code();
    let body = serde_json::json!({ "name": name, "customer": true }).to_string();
    let stream = connect_from(ip(from), address).expect("the phone connects");
    send_on(
        stream,
        address,
        "POST",
        "/api/join",
        &[("X-Feltboard-Room", &code)],
        body.as_bytes(),
    )
}

fn phone_joins(lab: &Lab, name: &str) -> u16 {
    join_from(lab, PHONE, name).status
}

#[test]
fn half_sent_requests_from_one_address_cannot_hold_the_room() {
    let lab = Lab::open(tight());
    let address = lab.room().address();
    // Far more than its share: only eight are kept, the rest closed at once.
    let held: Vec<TcpStream> = (0..60)
        .filter_map(|_| half_sent(ATTACKER, address))
        .collect();
    assert!(
        held.len() >= 8,
        "the attacker's connections were accepted at first"
    );
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(still_open(&held), 8, "eight kept, the rest closed at once");

    // A phone on another address joins meanwhile.
    let started = Instant::now();
    assert_eq!(phone_joins(&lab, "Maya"), 201);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "at once: {:?}",
        started.elapsed()
    );

    // Headers never finished: closed once their time is up.
    let started = Instant::now();
    let still = held
        .iter()
        .filter(|s| !closed_within(s, Duration::from_secs(3)))
        .count();
    assert_eq!(still, 0, "every half-sent request was closed");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "within the header time"
    );
}

#[test]
fn the_room_holds_a_total_of_connections_and_frees_them_as_they_end() {
    let lab = Lab::open(tight());
    let address = lab.room().address();
    // Forty addresses of this machine, one slow connection each: the total is reached.
    let held: Vec<TcpStream> = (10..60)
        .filter_map(|n| half_sent(&format!("127.0.1.{n}"), address))
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(still_open(&held), 40, "at most the total is held");
    // Their headers time out; the room is free again for a phone.
    std::thread::sleep(Duration::from_millis(2_200));
    assert_eq!(phone_joins(&lab, "Tomás"), 201);
}

#[test]
fn a_busy_connection_is_closed_when_its_time_is_up_after_its_answer() {
    let lab = Lab::open(tight());
    let address = lab.room().address();
    let mut stream = connect_from(ip(PHONE), address).expect("connects");
    // Keep-alive requests, one a quarter second, for longer than a connection may live.
    let started = Instant::now();
    let mut answered = 0;
    while started.elapsed() < Duration::from_secs(6) {
        let request = format!("GET /phone.css HTTP/1.1\r\nHost: {address}\r\n\r\n");
        if stream.write_all(request.as_bytes()).is_err() || closed_before_answer(&mut stream) {
            break;
        }
        answered += 1;
        std::thread::sleep(Duration::from_millis(250));
    }
    let lived = started.elapsed();
    assert!(answered >= 8, "served while it lived ({answered})");
    assert!(
        lived < Duration::from_secs(5),
        "closed after its lifetime: {lived:?}"
    );
}

/// Reads one answer's head and body by its length; true when the stream ended instead.
fn closed_before_answer(stream: &mut TcpStream) -> bool {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return true,
        }
    }
    let head = String::from_utf8_lossy(&head).to_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).is_err()
}

#[test]
fn a_request_for_another_host_name_is_refused() {
    let lab = Lab::open(RoomLimits::default());
    let address = lab.room().address();
    let stream = TcpStream::connect(address).expect("connects");
    let mut raw = format!(
        "GET / HTTP/1.1\r\nHost: evil.example:{}\r\nConnection: close\r\n\r\n",
        address.port()
    )
    .into_bytes();
    let answer = {
        let mut stream = stream;
        stream.write_all(&raw).expect("sent");
        raw.clear();
        let _ = stream.read_to_end(&mut raw);
        String::from_utf8_lossy(&raw).into_owned()
    };
    assert!(answer.starts_with("HTTP/1.1 421"), "{answer}");
    assert!(answer.contains("not the room's address"), "{answer}");
    let ok = support::send_to(address, "GET", "/", &[], b"");
    assert_eq!(ok.status, 200, "the room's own address is served");
}

#[test]
fn closing_the_room_drops_every_connection_and_a_note_under_way_never_lands() {
    let mut lab = Lab::open(tight());
    let address = lab.room().address();
    let token = lab.join("Maya");
    let code = lab.code();
    let cell = {
        let board = &lab.board;
        let lane = board
            .lanes
            .iter()
            .find(|l| {
                l.kind
                    .open_to(feltboard_core::participants::ParticipantKind::Customer)
            })
            .expect("a lane");
        serde_json::json!({ "stepId": board.stages[0].steps[0].id, "laneId": lane.id, "text": "Sent as the room closed" })
    };
    let body = cell.to_string();
    // The note's headers and half its body are sent; the rest comes after "Close the room".
    let mut under_way = connect_from(ip(PHONE), address).expect("connects");
    let head = format!(
        "POST /api/notes HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nX-Feltboard-Room: {code}\r\nX-Feltboard-Device: {token}\r\n\r\n",
        body.len()
    );
    under_way.write_all(head.as_bytes()).expect("head");
    under_way
        .write_all(&body.as_bytes()[..body.len() / 2])
        .expect("half the body");
    let idle = half_sent(PHONE, address).expect("another connection");

    let started = Instant::now();
    lab.close();
    assert!(
        closed_within(&idle, Duration::from_secs(2)),
        "an idle connection is dropped"
    );
    assert!(started.elapsed() < Duration::from_secs(3));
    let _ = under_way.write_all(&body.as_bytes()[body.len() / 2..]);
    let mut rest = Vec::new();
    let _ = under_way.read_to_end(&mut rest);
    assert!(
        !String::from_utf8_lossy(&rest).contains("202"),
        "the note was not accepted"
    );
    assert_eq!(lab.waiting(), 0, "nothing waits from the closed room");

    lab.reopen();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(lab.waiting(), 0, "nor in the room opened after it");
}

#[test]
fn a_note_already_waiting_for_the_store_when_the_room_closes_writes_nothing() {
    let mut lab = Lab::open(RoomLimits::default());
    let token = lab.join("Maya");
    let lane = lab
        .board
        .lanes
        .iter()
        .find(|l| {
            l.kind
                .open_to(feltboard_core::participants::ParticipantKind::Customer)
        })
        .expect("a lane")
        .id;
    let note = serde_json::json!({ "stepId": lab.board.stages[0].steps[0].id, "laneId": lane, "text": "Late" });
    let (address, code) = (lab.room().address(), lab.code());
    // The window holds the store (an export, say) while the note arrives.
    let store = std::sync::Arc::clone(&lab.store);
    let held = store.lock().expect("store");
    let sender = std::thread::spawn(move || {
        support::send_to(
            address,
            "POST",
            "/api/notes",
            &[("X-Feltboard-Room", &code), ("X-Feltboard-Device", &token)],
            note.to_string().as_bytes(),
        )
    });
    std::thread::sleep(Duration::from_millis(300));
    let closing = std::thread::spawn(move || {
        lab.close();
        lab
    });
    std::thread::sleep(Duration::from_millis(300));
    drop(held);
    let lab = closing.join().expect("closed");
    let _ = sender.join();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        lab.waiting(),
        0,
        "the note that waited for the store was not written"
    );
}

#[test]
fn one_person_with_the_code_cannot_take_every_seat_and_the_facilitator_can_send_a_phone_away() {
    let lab = Lab::open(RoomLimits::default());
    let address = lab.room().address();
    let code = lab.code();
    let people = || {
        lab.with_store(|s| {
            s.list_participants(lab.board.board.workshop_id)
                .expect("people")
                .len()
        })
    };
    let before = people();
    let statuses: Vec<u16> = (0..200)
        .map(|i| join_from(&lab, ATTACKER, &format!("Seat {i}")).status)
        .collect();
    assert_eq!(
        statuses.iter().filter(|&&s| s == 201).count(),
        4,
        "a few phones from one address"
    );
    assert!(statuses[4..].iter().all(|&s| s == 429), "then a wait");
    assert_eq!(
        people(),
        before + 4,
        "nobody turned away is left in the workshop"
    );

    let maya = join_from(&lab, PHONE, "Maya");
    assert_eq!(maya.status, 201, "others still join: {maya:?}");
    let token = maya.json()["token"].as_str().expect("a token").to_owned();
    let status = lab.room().status();
    assert_eq!(status.phones, 5);
    let seen = status
        .devices
        .iter()
        .find(|d| d.name == "Maya")
        .expect("Maya's phone is listed");
    assert!(lab.room().remove_device(seen.participant_id));
    let view = support::send_to(
        address,
        "GET",
        "/api/board",
        &[("X-Feltboard-Room", &code), ("X-Feltboard-Device", &token)],
        b"",
    );
    assert_eq!(view.status, 401, "a phone sent away must join again");
    assert_eq!(lab.room().status().phones, 4);
}
