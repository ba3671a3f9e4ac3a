//! Writing a parsed workshop file into the store, inside the caller's transaction. Every
//! refusal names its place in the file; the first one undoes everything.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use rusqlite::Transaction;

use super::format::{FileBoard, FilePortrait, WorkshopFile};
use super::parsing::refused;
use crate::boards::{
    self, BoardDraft, CardDraft, CardKind, Curve, JourneyBoard, insert_board, insert_card,
    insert_lane, insert_rating, insert_stage, insert_step,
};
use crate::error::{Error, Result};
use crate::ids::{BoardId, CardId, LaneId, ParticipantId, PersonaId, StepId, WorkshopId};
use crate::order_key::OrderKey;
use crate::participants::{self, Participant, ParticipantDraft};
use crate::personas::{self, Persona, Portrait};
use crate::room;
use crate::time::Timestamp;
use crate::workshops::{self, Workshop};

/// The file's ids of one kind, and the new ids they stand for.
struct Ids<V> {
    kind: &'static str,
    new: HashMap<String, V>,
}

impl<V: Copy> Ids<V> {
    fn new(kind: &'static str) -> Self {
        Ids {
            kind,
            new: HashMap::new(),
        }
    }

    /// Records that the file's `old` id, found at `place`, is now `new`.
    fn add(&mut self, place: &str, old: &str, new: V) -> Result<()> {
        match self.new.entry(old.to_owned()) {
            Entry::Vacant(slot) => {
                slot.insert(new);
                Ok(())
            }
            Entry::Occupied(_) => Err(refused(
                format!("{place}.id"),
                format!(
                    "the {} id “{old}” is used twice; each {} needs its own",
                    self.kind, self.kind
                ),
            )),
        }
    }

    /// The new id for the file's `old` one, which `place` refers to.
    fn get(&self, place: String, old: &str) -> Result<V> {
        self.new.get(old).copied().ok_or_else(|| {
            refused(
                place,
                format!(
                    "it refers to a {} the file does not hold (“{old}”)",
                    self.kind
                ),
            )
        })
    }

    fn optional(&self, place: String, old: Option<&String>) -> Result<Option<V>> {
        old.map(|old| self.get(place, old)).transpose()
    }
}

/// Puts a check of something typed (a blank title, an over-long text) at its place.
fn at<T>(place: impl Into<String>, checked: Result<T>) -> Result<T> {
    checked.map_err(|error| match error {
        Error::Blank { .. }
        | Error::TooLong { .. }
        | Error::TooMany { .. }
        | Error::Invalid { .. } => {
            let message = error.to_string();
            let message = message.trim_end_matches('.');
            let mut letters = message.chars();
            let sentence: String = letters
                .next()
                .map(|first| first.to_lowercase().chain(letters).collect())
                .unwrap_or_default();
            refused(place, sentence)
        }
        other => other,
    })
}

/// Decodes every portrait before anything is written: the slowest check, and a pure one.
pub(super) fn portraits(file: &WorkshopFile) -> Result<Vec<Option<Portrait>>> {
    file.personas
        .iter()
        .enumerate()
        .map(|(i, persona)| {
            persona
                .portrait
                .as_ref()
                .map(|p| at(format!("personas[{i}].portrait"), decode_portrait(p)))
                .transpose()
        })
        .collect()
}

fn decode_portrait(portrait: &FilePortrait) -> Result<Portrait> {
    let bytes = BASE64.decode(&portrait.data).map_err(|_| Error::Invalid {
        field: "The portrait",
        reason: "it is damaged: its data is not base64, the text a picture is written as"
            .to_owned(),
    })?;
    Portrait::from_file(&bytes)
}

pub(super) fn write_file(
    tx: &Transaction<'_>,
    file: &WorkshopFile,
    portraits: &[Option<Portrait>],
    now: Timestamp,
) -> Result<WorkshopId> {
    let workshop = Workshop {
        id: WorkshopId::new(),
        draft: at("workshop", file.workshop.draft().validated())?,
        created_at: now,
        updated_at: now,
    };
    workshops::insert(tx, &workshop)?;

    let mut people = Ids::<ParticipantId>::new("participant");
    let mut position = OrderKey::first();
    for (i, p) in file.participants.iter().enumerate() {
        let place = format!("participants[{i}]");
        let draft = ParticipantDraft {
            name: p.name.clone(),
            kind: p.kind.into(),
            quote_by_name: p.quote_by_name,
            colour: p.colour.clone(),
        };
        let participant = Participant {
            id: ParticipantId::new(),
            workshop_id: workshop.id,
            draft: at(
                &place,
                draft.validated(participants::PALETTE[i % participants::PALETTE.len()]),
            )?,
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        };
        people.add(&place, &p.id, participant.id)?;
        participants::insert(tx, &participant)?;
        position = position.after();
    }

    let mut personas = Ids::<PersonaId>::new("persona");
    let mut position = OrderKey::first();
    for (i, (p, portrait)) in file.personas.iter().zip(portraits).enumerate() {
        let place = format!("personas[{i}]");
        let persona = Persona {
            id: PersonaId::new(),
            workshop_id: workshop.id,
            draft: at(&place, p.draft().validated(personas::fallback_colour(i)))?,
            has_portrait: portrait.is_some(),
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        };
        personas.add(&place, &p.id, persona.id)?;
        personas::insert(tx, &persona, portrait.as_ref())?;
        position = position.after();
    }

    let mut position = OrderKey::first();
    for (i, board) in file.boards.iter().enumerate() {
        let place = format!("boards[{i}]");
        write_board(
            tx,
            workshop.id,
            &position,
            &place,
            board,
            &people,
            &personas,
            now,
        )?;
        position = position.after();
    }
    Ok(workshop.id)
}

#[allow(clippy::too_many_arguments)]
fn write_board(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    position: &OrderKey,
    place: &str,
    board: &FileBoard,
    people: &Ids<ParticipantId>,
    personas: &Ids<PersonaId>,
    now: Timestamp,
) -> Result<BoardId> {
    let draft = BoardDraft {
        title: board.title.clone(),
        actor_id: personas.optional(format!("{place}.actorId"), board.actor_id.as_ref())?,
        scenario: board.scenario.clone(),
        expectations: board.expectations.clone(),
    };
    let id = BoardId::new();
    insert_board(
        tx,
        &JourneyBoard {
            id,
            workshop_id: workshop,
            draft: at(place, draft.validated())?,
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        },
    )?;

    let mut steps = Ids::<StepId>::new("step");
    let mut stage_at = OrderKey::first();
    for (s, stage) in board.stages.iter().enumerate() {
        let stage_place = format!("{place}.stages[{s}]");
        let stage_id = at(
            &stage_place,
            insert_stage(tx, id, &stage_at, &stage.title, now),
        )?;
        let mut step_at = OrderKey::first();
        for (t, step) in stage.steps.iter().enumerate() {
            let step_place = format!("{stage_place}.steps[{t}]");
            let new = at(
                &step_place,
                insert_step(
                    tx,
                    stage_id,
                    &step_at,
                    &step.title,
                    step.is_moment_of_truth,
                    now,
                ),
            )?;
            steps.add(&step_place, &step.id, new)?;
            step_at = step_at.after();
        }
        stage_at = stage_at.after();
    }
    let mut lanes = Ids::<LaneId>::new("lane");
    let mut lane_at = OrderKey::first();
    for (l, lane) in board.lanes.iter().enumerate() {
        let lane_place = format!("{place}.lanes[{l}]");
        let new = at(
            &lane_place,
            insert_lane(tx, id, &lane_at, lane.kind.into(), &lane.title, now),
        )?;
        if lane.is_hidden {
            boards::hide_lane(tx, new)?;
        }
        lanes.add(&lane_place, &lane.id, new)?;
        lane_at = lane_at.after();
    }
    // Cards come in cell order; each cell's cards are placed one after another.
    let mut cards = Ids::<(CardId, CardKind)>::new("card");
    let mut card_at = OrderKey::first();
    for (c, card) in board.cards.iter().enumerate() {
        let card_place = format!("{place}.cards[{c}]");
        let draft = CardDraft {
            text: card.text.clone(),
            kind: card.kind.into(),
            source: card.source.into(),
            author_id: people
                .optional(format!("{card_place}.authorId"), card.author_id.as_ref())?,
            owner: card.owner.clone(),
            metric: card.metric.clone(),
        };
        let cell = (
            steps.get(format!("{card_place}.stepId"), &card.step_id)?,
            lanes.get(format!("{card_place}.laneId"), &card.lane_id)?,
        );
        let new = at(&card_place, insert_card(tx, cell, &card_at, &draft, now))?;
        cards.add(&card_place, &card.id, (new, draft.kind))?;
        card_at = card_at.after();
    }
    let mut rated: HashMap<(StepId, Curve, Option<ParticipantId>), usize> = HashMap::new();
    for (r, rating) in board.ratings.iter().enumerate() {
        let rating_place = format!("{place}.ratings[{r}]");
        let step = steps.get(format!("{rating_place}.stepId"), &rating.step_id)?;
        let participant = people.optional(
            format!("{rating_place}.participantId"),
            rating.participant_id.as_ref(),
        )?;
        let curve = Curve::from(rating.curve);
        // The team's two curves hold one point a step, the customers' one rating a person.
        let key = match curve {
            Curve::Rated if participant.is_none() => None,
            Curve::Rated => Some((step, curve, participant)),
            Curve::Assumed | Curve::Desired => Some((step, curve, None)),
        };
        if let Some(key) = key
            && let Some(first) = rated.insert(key, r)
        {
            return Err(refused(
                rating_place,
                format!(
                    "it rates the same step on the same curve as ratings[{first}]; a step holds one point a curve, and one rating a person"
                ),
            ));
        }
        at(
            &rating_place,
            insert_rating(tx, step, curve, rating.score, participant, now),
        )?;
    }
    for (v, vote) in board.votes.iter().enumerate() {
        let vote_place = format!("{place}.votes[{v}]");
        let (card, kind) = cards.get(format!("{vote_place}.cardId"), &vote.card_id)?;
        if !room::VOTABLE.contains(&kind) {
            return Err(refused(
                vote_place,
                format!(
                    "it puts a dot on a {}; {}",
                    kind.as_str().replace('_', " "),
                    room::NOT_VOTABLE
                ),
            ));
        }
        let voter = people.optional(
            format!("{vote_place}.participantId"),
            vote.participant_id.as_ref(),
        )?;
        room::insert_vote(tx, card, voter, now)?;
    }
    Ok(id)
}
