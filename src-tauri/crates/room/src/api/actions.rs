//! What a phone in the room does: a note, a rating, a dot (and one taken back).

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use axum::response::Response;
use feltboard_core::ids::{BoardId, CardId, LaneId, ParticipantId, StepId};
use feltboard_core::{Store, Timestamp};
use serde::{Deserialize, Serialize};

use super::answers::{Message, Refusal, answer, parse};
use super::door::{Asking, Rate, with_store};
use crate::shared::{RoomEvent, lock};

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct NoteRequest {
    step_id: StepId,
    lane_id: LaneId,
    text: String,
}

pub(super) async fn note(
    asking: Asking,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let who = asking.admitted(Rate::Writes)?;
    let words = asking.words();
    let shared = asking.shared;
    let request: NoteRequest = parse(body, words)?;
    with_store(&shared, words, move |store, board| {
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
            message: words.say("phone-note-sent", &[]),
        },
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct RatingRequest {
    step_id: StepId,
    /// −2 to +2, or `null` to take the rating back.
    score: Option<i8>,
}

pub(super) async fn rating(
    asking: Asking,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let who = asking.admitted(Rate::Writes)?;
    let words = asking.words();
    let shared = asking.shared;
    let request: RatingRequest = parse(body, words)?;
    let taken_back = request.score.is_none();
    with_store(&shared, words, move |store, board| {
        store.rate_step_on(board, request.step_id, who, request.score, Timestamp::now())
    })
    .await?;
    (shared.listener)(RoomEvent::Rated);
    Ok(answer(
        StatusCode::OK,
        &Message {
            message: words.say(
                if taken_back {
                    "phone-rating-taken-back"
                } else {
                    "phone-rating-saved"
                },
                &[],
            ),
        },
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct VoteRequest {
    card_id: CardId,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct DotsLeft {
    left: u32,
    /// What became of the dot, in the phone's language.
    message: String,
}

pub(super) async fn vote(
    asking: Asking,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    change_dots(
        asking,
        body,
        Dot::Placed,
        |store, board, card, who, budget| {
            store.cast_vote(board, card, who, budget, Timestamp::now())
        },
    )
    .await
}

/// Takes one of this phone's dots off a card, while voting is open.
pub(super) async fn vote_back(
    asking: Asking,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    change_dots(
        asking,
        body,
        Dot::TakenBack,
        |store, board, card, who, _| store.take_vote_back(board, card, who),
    )
    .await
}

/// What a phone did with a dot.
#[derive(Clone, Copy)]
pub(super) enum Dot {
    Placed,
    TakenBack,
}

/// Changes this phone's dots on the card the request names, while voting is open; answers
/// how many dots it has left.
pub(super) async fn change_dots(
    asking: Asking,
    body: Result<Bytes, BytesRejection>,
    dot: Dot,
    change: impl FnOnce(&mut Store, BoardId, CardId, ParticipantId, u32) -> feltboard_core::Result<()>
    + Send
    + 'static,
) -> Result<Response, Refusal> {
    let who = asking.admitted(Rate::Writes)?;
    let words = asking.words();
    let shared = asking.shared;
    let request: VoteRequest = parse(body, words)?;
    let voting = *lock(&shared.voting);
    if !voting.open {
        return Err(Refusal::new(
            StatusCode::CONFLICT,
            words.say("phone-refused-voting-closed", &[]),
        ));
    }
    let left = with_store(&shared, words, move |store, board| {
        change(store, board, request.card_id, who, voting.budget)?;
        store.dots_left(board, who, voting.budget)
    })
    .await?;
    (shared.listener)(RoomEvent::Voted);
    let message = match dot {
        Dot::TakenBack => "phone-dot-taken-back",
        Dot::Placed if left == 0 => "phone-all-dots-placed",
        Dot::Placed => "phone-dot-placed",
    };
    Ok(answer(
        StatusCode::OK,
        &DotsLeft {
            left,
            message: words.say(message, &[]),
        },
    ))
}
