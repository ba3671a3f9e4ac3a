//! Who may ask: the room's code (wrong ones counted per address), the device's token, the
//! rate limits; and the store, reached only while the room is open.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use feltboard_core::ids::{BoardId, ParticipantId};
use feltboard_core::language::{Language, Words};
use feltboard_core::{Error, Store};

use super::answers::Refusal;
use super::{CODE_HEADER, DEVICE_HEADER};
use crate::shared::{Shared, lock};

/// Who is asking, as every route sees it: the room, the phone's network address, and the
/// request's headers (its code, its token, the languages the phone reads).
pub(super) struct Asking {
    pub shared: Arc<Shared>,
    pub peer: SocketAddr,
    pub headers: HeaderMap,
}

impl FromRequestParts<Arc<Shared>> for Asking {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        shared: &Arc<Shared>,
    ) -> Result<Self, Infallible> {
        // Every connection carries its peer (connections.rs); unknown counts as one address.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(SocketAddr::from(([0, 0, 0, 0], 0)), |info| info.0);
        Ok(Asking {
            shared: Arc::clone(shared),
            peer,
            headers: parts.headers.clone(),
        })
    }
}

impl Asking {
    /// The words to answer in: the phone's own language if Feltboard speaks it (a mixed room
    /// works), else the workshop's.
    pub fn words(&self) -> &'static Words {
        words_for(&self.shared, &self.headers)
    }
}

/// The words for a request with `headers` in `shared`'s room.
pub(crate) fn words_for(shared: &Shared, headers: &HeaderMap) -> &'static Words {
    let asked = header_of(headers, "accept-language").and_then(Language::negotiate);
    Words::of(asked.unwrap_or(shared.language))
}

pub(super) fn header_of<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

pub(super) fn check_code(shared: &Shared, headers: &HeaderMap) -> Result<(), Refusal> {
    let words = words_for(shared, headers);
    match header_of(headers, CODE_HEADER) {
        None => Err(Refusal::new(
            StatusCode::UNAUTHORIZED,
            words.say("phone-refused-no-code", &[]),
        )),
        Some(typed) if !shared.code.matches(typed) => Err(Refusal::new(
            StatusCode::FORBIDDEN,
            words.say("phone-refused-wrong-code", &[]),
        )),
        Some(_) => Ok(()),
    }
}

pub(super) fn slow_down(words: &Words) -> Refusal {
    Refusal::new(
        StatusCode::TOO_MANY_REQUESTS,
        words.say("phone-refused-slow-down", &[]),
    )
}

/// Runs `work` on the store off the async threads (SQLite blocks), while the room is open;
/// what it refuses is said in the asking phone's `words`.
pub(super) async fn with_store<T: Send + 'static>(
    shared: &Arc<Shared>,
    words: &'static Words,
    work: impl FnOnce(&mut Store, BoardId) -> feltboard_core::Result<T> + Send + 'static,
) -> Result<T, Refusal> {
    let shared = Arc::clone(shared);
    tokio::task::spawn_blocking(move || {
        let mut store = lock(&shared.store);
        // Checked with the store in hand: once "Close the room" is pressed, a request that
        // was still under way writes nothing, in this room or the next.
        if !shared.open.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(Refusal::new(
                StatusCode::GONE,
                words.say("phone-refused-closed", &[]),
            ));
        }
        work(&mut store, shared.board).map_err(|error| Refusal::of(&error, words))
    })
    .await
    .map_err(|_| Refusal::of(&Error::Busy, words))?
}

/// Which of the room's rates a request counts against.
#[derive(Clone, Copy)]
pub(super) enum Rate {
    Reads,
    Writes,
}

impl Asking {
    /// The code's check before joining. Only wrong codes count against an address: a room
    /// of phones behind one router still joins, and a guesser is stopped after a few tries.
    pub(super) fn at_the_door(&self) -> Result<(), Refusal> {
        let shared = &self.shared;
        check_code(shared, &self.headers).map_err(|refusal| {
            if lock(&shared.joins).allow(self.peer.ip(), shared.now_ms()) {
                refusal
            } else {
                slow_down(self.words())
            }
        })
    }

    /// Who is asking: the room's code (a wrong one counted against the address, as at the
    /// door), a token this room gave out, and within the `rate`.
    pub(super) fn admitted(&self, rate: Rate) -> Result<ParticipantId, Refusal> {
        self.at_the_door()?;
        let shared = &self.shared;
        let not_in = || {
            Refusal::new(
                StatusCode::UNAUTHORIZED,
                self.words().say("phone-refused-not-in", &[]),
            )
        };
        let token = header_of(&self.headers, DEVICE_HEADER).ok_or_else(not_in)?;
        let who = lock(&shared.devices).who(token).ok_or_else(not_in)?;
        let limit = match rate {
            Rate::Reads => &shared.reads,
            Rate::Writes => &shared.writes,
        };
        if !lock(limit).allow(token.to_owned(), shared.now_ms()) {
            return Err(slow_down(self.words()));
        }
        Ok(who)
    }
}
