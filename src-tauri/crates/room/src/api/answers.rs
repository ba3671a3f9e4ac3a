//! How the room answers: JSON, and refusals a phone shows as they are.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use feltboard_core::Error;
use feltboard_core::language::Words;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A request the room turns down, with a message the phone shows as it is.
#[derive(Debug)]
pub(crate) struct Refusal {
    status: StatusCode,
    pub(super) message: String,
}

impl Refusal {
    pub(super) fn new(status: StatusCode, message: impl Into<String>) -> Refusal {
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

impl Refusal {
    /// The core's `error`, said in the asking phone's `words`.
    pub(super) fn of(error: &Error, words: &Words) -> Refusal {
        let status = match error {
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
                    words.say("phone-refused-trouble", &[]),
                );
            }
        };
        Refusal::new(status, error.said(words))
    }
}

/// A body the room could not take (too large, cut off), said in the phone's `words`.
fn rejected(rejection: &BytesRejection, words: &Words) -> Refusal {
    let status = rejection.status();
    let id = if status == StatusCode::PAYLOAD_TOO_LARGE {
        "phone-refused-too-much"
    } else {
        "phone-refused-unreadable"
    };
    Refusal::new(status, words.say(id, &[]))
}

#[derive(Serialize)]
pub(super) struct Message {
    pub(super) message: String,
}

pub(super) fn answer(status: StatusCode, body: &impl Serialize) -> Response {
    let json = serde_json::to_vec(body).unwrap_or_default();
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        json,
    )
        .into_response()
}

/// The request's body as `T`; what can't be read is refused in the phone's `words`.
pub(super) fn parse<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
    words: &Words,
) -> Result<T, Refusal> {
    let body = body.map_err(|rejection| rejected(&rejection, words))?;
    serde_json::from_slice(&body).map_err(|_| {
        Refusal::new(
            StatusCode::BAD_REQUEST,
            words.say("phone-refused-unexpected", &[]),
        )
    })
}
