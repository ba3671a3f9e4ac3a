//! What a phone can ask of the room: the page, what it is joining, joining, the board it may
//! add to, and the three actions (a note, a rating, a dot). Every `/api` request carries the room's code;
//! every one after joining carries the device's token too. Nothing else is routed.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use feltboard_core::boards::{CardKind, Curve};
use feltboard_core::ids::{BoardId, CardId, LaneId, ParticipantId, StepId};
use feltboard_core::participants::{ParticipantDraft, ParticipantKind};
use feltboard_core::room::VOTABLE;
use feltboard_core::{Error, Store, Timestamp};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::limits::RateLimit;
use crate::phone_page;
use crate::server::{RoomEvent, Shared, lock};

/// The header that carries the join code.
pub const CODE_HEADER: &str = "x-feltboard-room";
/// The header that carries the device's token.
pub const DEVICE_HEADER: &str = "x-feltboard-device";

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let body_limit = shared.limits.body_bytes;
    Router::new()
        .route("/", get(phone_page::page))
        .route("/phone.js", get(phone_page::script))
        .route("/phone.css", get(phone_page::style))
        .route("/api/welcome", get(welcome))
        .route("/api/join", post(join))
        .route("/api/board", get(board))
        .route("/api/notes", post(note))
        .route("/api/ratings", post(rating))
        .route("/api/votes", post(vote))
        .route("/api/votes/back", post(vote_back))
        .fallback(|| async { Refusal::new(StatusCode::NOT_FOUND, "There is nothing here.") })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::map_response(guarded))
        .with_state(shared)
}

/// Headers every answer carries: nothing is cached, sniffed, framed or loaded from
/// anywhere but the room itself.
async fn guarded(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// A request the room turns down, with a message the phone shows as it is.
#[derive(Debug)]
pub(crate) struct Refusal {
    status: StatusCode,
    message: String,
}

impl Refusal {
    fn new(status: StatusCode, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            message: message.into(),
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        answer(
            self.status,
            &Message {
                message: self.message,
            },
        )
    }
}

impl From<Error> for Refusal {
    fn from(error: Error) -> Refusal {
        let status = match &error {
            Error::NotFound { .. } => StatusCode::NOT_FOUND,
            Error::NoDotsLeft { .. } => StatusCode::CONFLICT,
            Error::QueueFull { .. } => StatusCode::TOO_MANY_REQUESTS,
            Error::Blank { .. } | Error::TooLong { .. } | Error::Invalid { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Error::DiskFull | Error::Busy => StatusCode::SERVICE_UNAVAILABLE,
            _ => {
                return Refusal::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong on the facilitator's laptop; nothing was saved.",
                );
            }
        };
        Refusal::new(status, error.to_string())
    }
}

impl From<BytesRejection> for Refusal {
    fn from(rejection: BytesRejection) -> Refusal {
        let status = rejection.status();
        let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
            "That is too much to send at once."
        } else {
            "The request could not be read."
        };
        Refusal::new(status, message)
    }
}

#[derive(Serialize)]
struct Message {
    message: String,
}

fn answer(status: StatusCode, body: &impl Serialize) -> Response {
    let json = serde_json::to_vec(body).unwrap_or_default();
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        json,
    )
        .into_response()
}

fn parse<T: DeserializeOwned>(body: Result<Bytes, BytesRejection>) -> Result<T, Refusal> {
    serde_json::from_slice(&body?).map_err(|_| {
        Refusal::new(
            StatusCode::BAD_REQUEST,
            "The request is not what the room expects.",
        )
    })
}

fn header_of<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn check_code(shared: &Shared, headers: &HeaderMap) -> Result<(), Refusal> {
    match header_of(headers, CODE_HEADER) {
        None => Err(Refusal::new(
            StatusCode::UNAUTHORIZED,
            "The room's code is missing: scan the QR code or type the code on the screen.",
        )),
        Some(typed) if !shared.code.matches(typed) => Err(Refusal::new(
            StatusCode::FORBIDDEN,
            "That is not the code of the room that is open now.",
        )),
        Some(_) => Ok(()),
    }
}

/// Who is asking: the room's code (a wrong one counted against the address, as at the
/// door), a token this room gave out, and within the rate `limit`.
fn admitted(
    shared: &Shared,
    peer: SocketAddr,
    headers: &HeaderMap,
    limit: &Mutex<RateLimit<String>>,
) -> Result<ParticipantId, Refusal> {
    check_code_at_the_door(shared, peer, headers)?;
    let not_in = || {
        Refusal::new(
            StatusCode::UNAUTHORIZED,
            "This phone is not in the room yet (or the room was opened again): join first.",
        )
    };
    let token = header_of(headers, DEVICE_HEADER).ok_or_else(not_in)?;
    let who = lock(&shared.devices).who(token).ok_or_else(not_in)?;
    if !lock(limit).allow(token.to_owned(), shared.now_ms()) {
        return Err(slow_down());
    }
    Ok(who)
}

fn slow_down() -> Refusal {
    Refusal::new(
        StatusCode::TOO_MANY_REQUESTS,
        "That was a lot at once: wait a few seconds and send it again.",
    )
}

/// Runs `work` on the store off the async threads (SQLite blocks), while the room is open.
async fn with_store<T: Send + 'static>(
    shared: &Arc<Shared>,
    work: impl FnOnce(&mut Store, BoardId) -> feltboard_core::Result<T> + Send + 'static,
) -> Result<T, Refusal> {
    let shared = Arc::clone(shared);
    tokio::task::spawn_blocking(move || {
        let mut store = lock(&shared.store);
        // Checked with the store in hand: once "Close the room" is pressed, a request that
        // was still under way writes nothing, in this room or the next.
        if !shared.open.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(Refusal::new(StatusCode::GONE, "The room has closed."));
        }
        work(&mut store, shared.board).map_err(Refusal::from)
    })
    .await
    .map_err(|_| Refusal::from(Error::Busy))?
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct JoinRequest {
    name: String,
    customer: bool,
    #[serde(default)]
    quote_by_name: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Joined {
    token: String,
    name: String,
    /// Already in the workshop under that name: the phone asks "not you?".
    known: bool,
}

/// The code's check before joining. Only wrong codes count against an address: a room of
/// phones behind one router still joins, and a guesser is stopped after a few tries.
fn check_code_at_the_door(
    shared: &Shared,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<(), Refusal> {
    check_code(shared, headers).map_err(|refusal| {
        if lock(&shared.joins).allow(peer.ip(), shared.now_ms()) {
            refusal
        } else {
            slow_down()
        }
    })
}

/// What a phone is about to join, so that a person sees they are in the right room before
/// giving their name.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Welcome {
    workshop: String,
    board: String,
}

async fn welcome(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    check_code_at_the_door(&shared, peer, &headers)?;
    let workshop = shared.workshop;
    let view = with_store(&shared, move |store, board| {
        Ok(Welcome {
            workshop: store.workshop(workshop)?.draft.title,
            board: store.journey_board(board)?.draft.title,
        })
    })
    .await?;
    Ok(answer(StatusCode::OK, &view))
}

async fn join(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    check_code_at_the_door(&shared, peer, &headers)?;
    let request: JoinRequest = parse(body)?;
    let full = || Refusal::new(StatusCode::SERVICE_UNAVAILABLE, "The room is full.");
    if lock(&shared.devices).is_full() {
        return Err(full());
    }
    let workshop = shared.workshop;
    let draft = ParticipantDraft {
        name: request.name,
        kind: if request.customer {
            ParticipantKind::Customer
        } else {
            ParticipantKind::Team
        },
        quote_by_name: request.quote_by_name,
        colour: String::new(),
    };
    // Someone the facilitator already added (or who joined before, from another phone now
    // gone) is that same person again: their ratings are counted once.
    let present = lock(&shared.devices).present();
    let (participant, known) = with_store(&shared, move |store, _| {
        store.join_from_phone(
            workshop,
            &draft,
            |id| !present.contains(&id),
            Timestamp::now(),
        )
    })
    .await?;
    // A few phones from one address, then one now and then: a person rejoining is fine,
    // one person taking every seat is not.
    let admitted = if lock(&shared.admissions).allow(peer.ip(), shared.now_ms()) {
        lock(&shared.devices).admit(participant.id).ok_or_else(full)
    } else {
        Err(slow_down())
    };
    let token = match admitted {
        Ok(token) => token,
        Err(refusal) => {
            // Turned away: nobody new is left behind in the workshop.
            if !known {
                let id = participant.id;
                with_store(&shared, move |store, _| {
                    store.delete_participant(id, Timestamp::now())
                })
                .await?;
            }
            return Err(refusal);
        }
    };
    (shared.listener)(RoomEvent::Joined);
    Ok(answer(
        StatusCode::CREATED,
        &Joined {
            token,
            name: participant.draft.name,
            known,
        },
    ))
}

/// The board as a phone sees it: where a note can go, the steps to rate (with this phone's
/// own ratings), and, while voting is open, the cards dots can go on.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhoneBoard {
    title: String,
    you: String,
    /// The emotion scale, as the board and the PDF show it: [score, emoji, word], top down.
    scale: [(i8, &'static str, &'static str); 5],
    steps: Vec<PhoneStep>,
    lanes: Vec<PhoneLane>,
    voting: PhoneVoting,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhoneStep {
    id: StepId,
    stage: String,
    title: String,
    rating: Option<i8>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhoneLane {
    id: LaneId,
    title: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhoneVoting {
    open: bool,
    budget: u32,
    left: u32,
    cards: Vec<PhoneCard>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhoneCard {
    id: CardId,
    text: String,
    kind: CardKind,
    /// The kind's name, as the board and the PDF say it.
    kind_name: &'static str,
    step: String,
    /// This phone's dots on it.
    mine: u32,
}

async fn board(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let who = admitted(&shared, peer, &headers, &shared.reads)?;
    let voting = *lock(&shared.voting);
    let view = with_store(&shared, move |store, board| {
        let you = store.participant(who)?.draft;
        let mine = store.dots_of(board, who)?;
        let left = voting.budget.saturating_sub(mine.values().sum());
        let board = store.board(board)?;
        let rating_of = |step: StepId| {
            board
                .ratings
                .iter()
                .find(|r| {
                    r.step_id == step && r.curve == Curve::Rated && r.participant_id == Some(who)
                })
                .map(|r| r.score)
        };
        let steps: Vec<PhoneStep> = board
            .stages
            .iter()
            .flat_map(|stage| {
                stage.steps.iter().map(|step| PhoneStep {
                    id: step.id,
                    stage: stage.title.clone(),
                    title: step.title.clone(),
                    rating: rating_of(step.id),
                })
            })
            .collect();
        let step_title = |id: StepId| {
            steps
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.title.clone())
                .unwrap_or_default()
        };
        let cards = if voting.open {
            board
                .cards
                .iter()
                .filter(|c| VOTABLE.contains(&c.draft.kind))
                .map(|c| PhoneCard {
                    id: c.id,
                    text: c.draft.text.clone(),
                    kind: c.draft.kind,
                    kind_name: c.draft.kind.name(),
                    step: step_title(c.step_id),
                    mine: mine.get(&c.id).copied().unwrap_or(0),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(PhoneBoard {
            title: board.board.draft.title.clone(),
            you: you.name,
            scale: feltboard_core::boards::SCALE,
            lanes: board
                .lanes
                .iter()
                .filter(|l| !l.is_hidden && l.kind.open_to(you.kind))
                .map(|l| PhoneLane {
                    id: l.id,
                    title: l.title.clone(),
                })
                .collect(),
            voting: PhoneVoting {
                open: voting.open,
                budget: voting.budget,
                left,
                cards,
            },
            steps,
        })
    })
    .await?;
    Ok(answer(StatusCode::OK, &view))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct NoteRequest {
    step_id: StepId,
    lane_id: LaneId,
    text: String,
}

async fn note(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let who = admitted(&shared, peer, &headers, &shared.writes)?;
    let request: NoteRequest = parse(body)?;
    with_store(&shared, move |store, board| {
        store.submit_note(
            board,
            (request.step_id, request.lane_id),
            who,
            &request.text,
            Timestamp::now(),
        )
    })
    .await?;
    (shared.listener)(RoomEvent::NoteWaiting);
    Ok(answer(
        StatusCode::ACCEPTED,
        &Message {
            message: "Sent. It reaches the board once the facilitator has read it.".to_owned(),
        },
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RatingRequest {
    step_id: StepId,
    /// −2 to +2, or `null` to take the rating back.
    score: Option<i8>,
}

async fn rating(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let who = admitted(&shared, peer, &headers, &shared.writes)?;
    let request: RatingRequest = parse(body)?;
    with_store(&shared, move |store, board| {
        store.rate_step_on(board, request.step_id, who, request.score, Timestamp::now())
    })
    .await?;
    (shared.listener)(RoomEvent::Rated);
    Ok(answer(
        StatusCode::OK,
        &Message {
            message: "Thank you: your rating is on the curve.".to_owned(),
        },
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct VoteRequest {
    card_id: CardId,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DotsLeft {
    left: u32,
}

async fn vote(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    change_dots(
        &shared,
        peer,
        &headers,
        body,
        |store, board, card, who, budget| {
            store.cast_vote(board, card, who, budget, Timestamp::now())
        },
    )
    .await
}

/// Takes one of this phone's dots off a card, while voting is open.
async fn vote_back(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    change_dots(
        &shared,
        peer,
        &headers,
        body,
        |store, board, card, who, _| store.take_vote_back(board, card, who),
    )
    .await
}

/// Changes this phone's dots on the card the request names, while voting is open; answers
/// how many dots it has left.
async fn change_dots(
    shared: &Arc<Shared>,
    peer: SocketAddr,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    change: impl FnOnce(&mut Store, BoardId, CardId, ParticipantId, u32) -> feltboard_core::Result<()>
    + Send
    + 'static,
) -> Result<Response, Refusal> {
    let who = admitted(shared, peer, headers, &shared.writes)?;
    let request: VoteRequest = parse(body)?;
    let voting = *lock(&shared.voting);
    if !voting.open {
        return Err(Refusal::new(
            StatusCode::CONFLICT,
            "Voting is not open right now.",
        ));
    }
    let left = with_store(shared, move |store, board| {
        change(store, board, request.card_id, who, voting.budget)?;
        store.dots_left(board, who, voting.budget)
    })
    .await?;
    (shared.listener)(RoomEvent::Voted);
    Ok(answer(StatusCode::OK, &DotsLeft { left }))
}
