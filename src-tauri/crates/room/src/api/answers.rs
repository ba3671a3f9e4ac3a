//! How the room answers: JSON, and refusals a phone shows as they are.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use feltboard_core::Error;
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

pub(super) fn parse<T: DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
) -> Result<T, Refusal> {
    serde_json::from_slice(&body?).map_err(|_| {
        Refusal::new(
            StatusCode::BAD_REQUEST,
            "The request is not what the room expects.",
        )
    })
}
