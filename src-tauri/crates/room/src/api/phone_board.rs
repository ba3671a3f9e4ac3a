//! The board as a phone sees it.

use axum::http::StatusCode;
use axum::response::Response;
use feltboard_core::boards::{CardKind, Curve};
use feltboard_core::ids::{CardId, LaneId, StepId};
use feltboard_core::room::VOTABLE;
use feltboard_core::say;
use serde::Serialize;

use super::answers::{Refusal, answer};
use super::door::{Asking, Rate, with_store};
use crate::shared::lock;

/// The board as a phone sees it: where a note can go, the steps to rate (with this phone's
/// own ratings), and, while voting is open, the cards dots can go on.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PhoneBoard {
    title: String,
    you: String,
    /// The emotion scale, as the board and the PDF show it: [score, emoji, word], top down.
    scale: Vec<(i8, &'static str, String)>,
    steps: Vec<PhoneStep>,
    lanes: Vec<PhoneLane>,
    voting: PhoneVoting,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PhoneStep {
    id: StepId,
    stage: String,
    title: String,
    rating: Option<i8>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PhoneLane {
    id: LaneId,
    title: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PhoneVoting {
    open: bool,
    budget: u32,
    left: u32,
    /// The voting tab's name with the dots left: "Vote (3)".
    tab: String,
    /// "3 dots left", in the phone's language.
    left_said: String,
    cards: Vec<PhoneCard>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PhoneCard {
    id: CardId,
    text: String,
    kind: CardKind,
    /// The kind's name, as the board and the PDF say it.
    kind_name: String,
    step: String,
    /// This phone's dots on it.
    mine: u32,
}

pub(super) async fn board(asking: Asking) -> Result<Response, Refusal> {
    let who = asking.admitted(Rate::Reads)?;
    let words = asking.words();
    let shared = asking.shared;
    let voting = *lock(&shared.voting);
    let view = with_store(&shared, words, move |store, board| {
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
                    kind_name: words.card_kind(c.draft.kind),
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
            scale: feltboard_core::boards::SCALE
                .iter()
                .map(|&(score, face, _)| (score, face, words.emotion(score)))
                .collect(),
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
                tab: if voting.open {
                    say!(words, "phone-tab-vote-left", left = left)
                } else {
                    words.say("phone-tab-vote", &[])
                },
                left_said: say!(words, "phone-dots-left", left = left),
                cards,
            },
            steps,
        })
    })
    .await?;
    Ok(answer(StatusCode::OK, &view))
}
