//! Coming into the room: what it is, then joining under a name.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use axum::response::Response;
use feltboard_core::ids::PersonaId;
use feltboard_core::participants::{ParticipantDraft, ParticipantKind};
use feltboard_core::room::PersonaChoice;
use feltboard_core::{Timestamp, say};
use serde::{Deserialize, Serialize};

use super::answers::{Refusal, answer, parse};
use super::door::{Asking, slow_down, with_store};
use crate::shared::{RoomEvent, lock};

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct JoinRequest {
    name: String,
    customer: bool,
    #[serde(default)]
    quote_by_name: bool,
    /// One of the board's personas, or none of them.
    #[serde(default)]
    persona_id: Option<PersonaId>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Joined {
    token: String,
    name: String,
    /// Already in the workshop under that name: the phone asks "not you?".
    known: bool,
}

/// What a phone is about to join, so that a person sees they are in the right room before
/// giving their name.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Welcome {
    workshop: String,
    board: String,
    /// "You are joining “…”, part of the workshop “…”.", in the phone's language.
    joining: String,
    /// "Which of these is most like you?": the board's personas.
    personas: Vec<PersonaChoice>,
}

pub(super) async fn welcome(asking: Asking) -> Result<Response, Refusal> {
    asking.at_the_door()?;
    let words = asking.words();
    let shared = asking.shared;
    let workshop = shared.workshop;
    let view = with_store(&shared, words, move |store, board| {
        let workshop = store.workshop(workshop)?.draft.title;
        let board_title = store.journey_board(board)?.draft.title;
        Ok(Welcome {
            joining: say!(
                words,
                "phone-joining",
                board = board_title.as_str(),
                workshop = workshop.as_str()
            ),
            workshop,
            board: board_title,
            personas: store.persona_choices(board)?,
        })
    })
    .await?;
    Ok(answer(StatusCode::OK, &view))
}

pub(super) async fn join(
    asking: Asking,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    asking.at_the_door()?;
    let words = asking.words();
    let shared = asking.shared;
    let request: JoinRequest = parse(body, words)?;
    let full = || {
        Refusal::new(
            StatusCode::SERVICE_UNAVAILABLE,
            words.say("phone-refused-full", &[]),
        )
    };
    if lock(&shared.devices).is_full() {
        return Err(full());
    }
    let workshop = shared.workshop;
    let persona_id = request.persona_id;
    let draft = ParticipantDraft {
        name: request.name,
        kind: if request.customer {
            ParticipantKind::Customer
        } else {
            ParticipantKind::Team
        },
        quote_by_name: request.quote_by_name,
        colour: String::new(),
        persona_id,
    };
    // Someone the facilitator already added (or who joined before, from another phone now
    // gone) is that same person again: their ratings are counted once.
    let present = lock(&shared.devices).present();
    let (participant, known) = with_store(&shared, words, move |store, board| {
        store.check_persona_choice(board, draft.persona_id)?;
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
    let admitted = if lock(&shared.admissions).allow(asking.peer.ip(), shared.now_ms()) {
        lock(&shared.devices).admit(participant.id).ok_or_else(full)
    } else {
        Err(slow_down(words))
    };
    let token = match admitted {
        Ok(token) => token,
        Err(refusal) => {
            // Turned away: nobody new is left behind in the workshop.
            if !known {
                let id = participant.id;
                with_store(&shared, words, move |store, _| {
                    store.delete_participant(id, Timestamp::now())
                })
                .await?;
            }
            return Err(refusal);
        }
    };
    // Someone already in the workshop says again whom they are most like, once let in.
    if let (true, Some(persona)) = (known, persona_id) {
        let id = participant.id;
        with_store(&shared, words, move |store, _| {
            store.set_most_like(id, Some(persona), Timestamp::now())
        })
        .await?;
    }
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
