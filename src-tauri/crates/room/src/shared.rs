//! What the room's server and its requests share: the store, the room's limits and state,
//! and the one way to take a lock. The server (`server.rs`) opens a room over it and the
//! routes (`api/`) read it; neither depends on the other.

use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use feltboard_core::Store;
use feltboard_core::ids::{BoardId, ParticipantId, WorkshopId};
use feltboard_core::language::Language;
use serde::{Deserialize, Serialize};

use crate::access::{Devices, JoinCode};
use crate::connections::ConnectionLimits;
use crate::limits::RateLimit;

/// The store, shared by the window's commands and the room's server.
pub type SharedStore = Arc<Mutex<Store>>;

/// How much the room lets in. The defaults fit a workshop: a few dozen phones, notes of a
/// paragraph, a burst of writing now and then.
#[derive(Debug, Clone)]
pub struct RoomLimits {
    /// Phones let in at once.
    pub devices: usize,
    /// The largest request body, in bytes: a note of the longest kind fits with room to spare.
    pub body_bytes: usize,
    /// Notes, ratings and dots a phone may send at once, then per minute.
    pub writes: (u32, u32),
    /// Reads of the board a phone may make at once, then per minute.
    pub reads: (u32, u32),
    /// Wrong codes tried from one network address at once, then per minute: guessing the
    /// code stays hopeless.
    pub joins: (u32, u32),
    /// Phones let in from one network address at once, then per minute: one person with the
    /// code cannot take every seat.
    pub admissions: (u32, u32),
    /// Connections held at once, and for how long.
    pub connections: ConnectionLimits,
}

impl Default for RoomLimits {
    fn default() -> Self {
        RoomLimits {
            devices: 150,
            body_bytes: 16 * 1024,
            writes: (30, 60),
            reads: (20, 120),
            joins: (10, 10),
            admissions: (4, 4),
            connections: ConnectionLimits::default(),
        }
    }
}

/// How many dots each phone may be given: at least one, and few enough to make people choose.
pub const DOT_BUDGET: std::ops::RangeInclusive<u32> = 1..=20;

/// Whether the room may spend dots now, and how many each phone has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Voting {
    pub open: bool,
    pub budget: u32,
}

impl Default for Voting {
    fn default() -> Self {
        Voting {
            open: false,
            budget: 3,
        }
    }
}

/// Something a phone did, for the facilitator's screen to catch up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum RoomEvent {
    Joined,
    NoteWaiting,
    Rated,
    Voted,
}

pub(crate) type Listener = Box<dyn Fn(RoomEvent) + Send + Sync>;

/// Everything the server's requests share.
pub(crate) struct Shared {
    pub store: SharedStore,
    pub board: BoardId,
    pub workshop: WorkshopId,
    /// The workshop's language: the phone page's, for phones that speak none of Feltboard's.
    pub language: Language,
    pub code: JoinCode,
    pub limits: RoomLimits,
    pub devices: Mutex<Devices<ParticipantId>>,
    pub writes: Mutex<RateLimit<String>>,
    pub reads: Mutex<RateLimit<String>>,
    pub joins: Mutex<RateLimit<IpAddr>>,
    pub admissions: Mutex<RateLimit<IpAddr>>,
    pub voting: Mutex<Voting>,
    /// False from the moment the facilitator closes the room: nothing is written after.
    pub open: std::sync::atomic::AtomicBool,
    pub opened: Instant,
    pub listener: Listener,
}

impl Shared {
    /// Milliseconds since the room opened: the rate limits' clock.
    pub fn now_ms(&self) -> u64 {
        u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX)
    }
}

/// Locks the shared store, or a piece of the room's state: the one policy for a lock a
/// panic left behind, for the window's commands and the room alike. It is taken anyway: the
/// store's changes are transactions (a change a panic cut short was never committed), and the
/// room's state is plain counters.
pub fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
