//! A room opened on loopback over a temporary store, and a plain HTTP client that sends
//! exactly the bytes a test asks for (malformed ones included).
#![allow(dead_code, reason = "the tests and the benchmark each use a part")]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};

use feltboard_core::boards::Board;
use feltboard_core::{Store, Timestamp};
use feltboard_room::{ListenOn, Room, RoomEvent, RoomLimits, SharedStore, Voting};
use serde_json::Value;

pub struct Lab {
    pub runtime: tokio::runtime::Runtime,
    pub room: Option<Room>,
    pub store: SharedStore,
    /// The sample's first board, as it was when the room opened.
    pub board: Board,
    pub events: Arc<Mutex<Vec<RoomEvent>>>,
    /// Called for each event too (see [`Lab::listen`]).
    hooks: Arc<Mutex<Vec<Hook>>>,
    pub limits: RoomLimits,
    on: ListenOn,
    _folder: tempfile::TempDir,
}

type Hook = Box<dyn Fn(RoomEvent) + Send>;

/// An answer: the status and the JSON body (`Null` when the body is not JSON).
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

impl Lab {
    /// A room on loopback only: no test or benchmark sends a packet beyond this machine.
    pub fn open(limits: RoomLimits) -> Lab {
        Lab::open_on(
            limits,
            ListenOn {
                ip: "127.0.0.1".parse().expect("loopback"),
                port: 0,
                chosen: true,
            },
        )
    }

    /// A room listening `on` an address of a network the test made itself.
    pub fn open_on(limits: RoomLimits, on: ListenOn) -> Lab {
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut store = Store::open(folder.path()).expect("store");
        let workshop = store.add_sample_workshop(Timestamp::now()).expect("sample");
        let summary = store.list_boards(workshop).expect("boards").remove(0);
        let board = store.board(summary.board.id).expect("board");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let mut lab = Lab {
            runtime,
            room: None,
            store: Arc::new(Mutex::new(store)),
            board,
            events: Arc::default(),
            hooks: Arc::default(),
            limits,
            on,
            _folder: folder,
        };
        lab.reopen();
        lab
    }

    /// Opens the room (again) on the same board, with a fresh code.
    pub fn reopen(&mut self) {
        let (events, hooks) = (Arc::clone(&self.events), Arc::clone(&self.hooks));
        let room = self.runtime.block_on(Room::open(
            Arc::clone(&self.store),
            self.board.board.id,
            self.on,
            self.limits.clone(),
            move |event| {
                events.lock().expect("events").push(event);
                for hook in hooks.lock().expect("hooks").iter() {
                    hook(event);
                }
            },
        ));
        self.room = Some(room.expect("the room opens"));
    }

    /// Also calls `hook` for every event from now on.
    pub fn listen(&self, hook: impl Fn(RoomEvent) + Send + 'static) {
        self.hooks.lock().expect("hooks").push(Box::new(hook));
    }

    pub fn close(&mut self) -> SocketAddr {
        let room = self.room.take().expect("an open room");
        let address = room.address();
        self.runtime.block_on(room.close());
        address
    }

    pub fn room(&self) -> &Room {
        self.room.as_ref().expect("an open room")
    }

    pub fn code(&self) -> String {
        self.room().status().code
    }

    pub fn set_voting(&self, open: bool, budget: u32) {
        self.room().set_voting(Voting { open, budget });
    }

    /// Sends one request with `headers` and `body` and reads the whole answer.
    pub fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
        send_to(self.room().address(), method, path, headers, body)
    }

    /// Joins as `name` (a customer) with the right code; the device token.
    pub fn join(&self, name: &str) -> String {
        self.join_as(name, true)
    }

    /// Joins as `name`, a customer or on the team, with the right code; the device token.
    pub fn join_as(&self, name: &str, customer: bool) -> String {
        let code = self.code();
        let body = serde_json::json!({ "name": name, "customer": customer }).to_string();
        let answer = self.send(
            "POST",
            "/api/join",
            &[("X-Feltboard-Room", &code)],
            body.as_bytes(),
        );
        assert_eq!(answer.status, 201, "{answer:?}");
        answer.json()["token"].as_str().expect("a token").to_owned()
    }

    /// Sends `body` as JSON to `path` as the device `token`, with the room's code.
    pub fn act(&self, token: &str, path: &str, body: &Value) -> Answer {
        let code = self.code();
        self.send(
            "POST",
            path,
            &[("X-Feltboard-Room", &code), ("X-Feltboard-Device", token)],
            body.to_string().as_bytes(),
        )
    }

    /// The board as the phone with `token` sees it.
    pub fn board_view(&self, token: &str) -> Value {
        let code = self.code();
        self.send(
            "GET",
            "/api/board",
            &[("X-Feltboard-Room", &code), ("X-Feltboard-Device", token)],
            b"",
        )
        .json()
    }

    pub fn with_store<T>(&self, work: impl FnOnce(&Store) -> T) -> T {
        work(&self.store.lock().expect("store"))
    }

    pub fn waiting(&self) -> usize {
        self.with_store(|s| s.pending_notes(self.board.board.id).expect("queue").len())
    }
}

/// A connection to `address` from the loopback address `from` (any of 127.0.0.0/8 is this
/// machine): several "phones" on one machine, each with an address of its own.
pub fn connect_from(from: std::net::IpAddr, address: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
    socket.bind(&SocketAddr::new(from, 0).into())?;
    socket.connect_timeout(&address.into(), std::time::Duration::from_secs(5))?;
    socket.set_read_timeout(Some(std::time::Duration::from_secs(20)))?;
    Ok(socket.into())
}

pub fn send_to(
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    let stream = TcpStream::connect(address).expect("the room listens");
    send_on(stream, address, method, path, headers, body)
}

/// Sends one request on `stream` (to `address`, the Host) and reads the whole answer.
pub fn send_on(
    mut stream: TcpStream,
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() {
        request.push_str("Content-Type: application/json\r\n");
    }
    request.push_str("\r\n");
    // The server may answer (413) and close before reading a large body: a failed write
    // is expected then, and the answer is still there to read.
    let _ = stream
        .write_all(request.as_bytes())
        .and_then(|()| stream.write_all(body));
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {raw:?}"));
    Answer {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}
