//! What a phone can ask of the room: the page, what it is joining, joining, the board it may
//! add to, and the three actions (a note, a rating, a dot). Every `/api` request carries the room's code;
//! every one after joining carries the device's token too. Nothing else is routed.

mod actions;
mod answers;
mod door;
mod joining;
mod phone_board;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};

use crate::phone_page;
use crate::shared::Shared;
use actions::{note, rating, vote, vote_back};
use answers::Refusal;
use door::Asking;
pub(crate) use door::words_for;
use joining::{join, welcome};
use phone_board::board;

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
        .fallback(|asking: Asking| async move {
            Refusal::new(
                StatusCode::NOT_FOUND,
                asking.words().say("phone-refused-nothing-here", &[]),
            )
        })
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
