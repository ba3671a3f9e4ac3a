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
use crate::error::{Error, Field, Phrase, Result, Thing};
use crate::ids::{BoardId, CardId, LaneId, ParticipantId, PersonaId, StepId, WorkshopId};
use crate::order_key::OrderKey;
use crate::participants::{self, Participant, ParticipantDraft};
use crate::personas::{self, Persona, Portrait};
use crate::phrase;
use crate::room;
use crate::time::Timestamp;
use crate::workshops::{self, Workshop};

/// The file's ids of one kind, and the new ids they stand for.
struct Ids<V> {
    kind: Thing,
    new: HashMap<String, V>,
}

impl<V: Copy> Ids<V> {
    fn new(kind: Thing) -> Self {
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
                phrase!("reason-file-id-twice", kind = self.kind, id = old),
            )),
        }
    }

    /// The new id for the file's `old` one, which `place` refers to.
    fn get(&self, place: String, old: &str) -> Result<V> {
        self.new.get(old).copied().ok_or_else(|| {
            refused(
                place,
                phrase!("reason-file-refers-to-missing", kind = self.kind, id = old),
            )
        })
    }

    fn optional(&self, place: String, old: Option<&String>) -> Result<Option<V>> {
        old.map(|old| self.get(place, old)).transpose()
    }
}

/// The to-be boards and steps of a file, tied to the as-is ones they came from once every
/// board is written (a to-be board may come before its as-is board in the file).
#[derive(Default)]
struct Lineage {
    boards: HashMap<String, BoardId>,
    steps: HashMap<String, StepId>,
    /// (new board or step, its place in the file, the file's id of its origin)
    board_origins: Vec<(BoardId, String, String)>,
    step_origins: Vec<(StepId, String, String)>,
}

impl Lineage {
    fn tie(self, tx: &Transaction<'_>) -> Result<()> {
        for (board, place, old) in &self.board_origins {
            let origin = origin_in(&self.boards, Thing::Board, place, old)?;
            boards::set_board_origin(tx, *board, origin)?;
        }
        for (step, place, old) in &self.step_origins {
            let origin = origin_in(&self.steps, Thing::Step, place, old)?;
            boards::set_step_origin(tx, *step, origin)?;
        }
        Ok(())
    }
}

/// The new id of the `kind` the file calls `old`, which `place` says it came from.
fn origin_in<V: Copy>(new: &HashMap<String, V>, kind: Thing, place: &str, old: &str) -> Result<V> {
    new.get(old).copied().ok_or_else(|| {
        refused(
            format!("{place}.basedOn"),
            phrase!("reason-file-refers-to-missing", kind = kind, id = old),
        )
    })
}

/// Puts a check of something typed (a blank title, an over-long text) at its place.
fn at<T>(place: impl Into<String>, checked: Result<T>) -> Result<T> {
    checked.map_err(|error| match error {
        Error::Blank { .. }
        | Error::TooLong { .. }
        | Error::TooMany { .. }
        | Error::Invalid { .. } => refused(place, Phrase::Clause(Box::new(error))),
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
        field: Field::Portrait,
        reason: phrase!("reason-portrait-not-base64"),
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

    // Personas first: a participant may say which one they are most like.
    let mut personas = Ids::<PersonaId>::new(Thing::Persona);
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

    let mut people = Ids::<ParticipantId>::new(Thing::Participant);
    let mut position = OrderKey::first();
    for (i, p) in file.participants.iter().enumerate() {
        let place = format!("participants[{i}]");
        let draft = ParticipantDraft {
            name: p.name.clone(),
            kind: p.kind.into(),
            quote_by_name: p.quote_by_name,
            colour: p.colour.clone(),
            persona_id: personas.optional(format!("{place}.personaId"), p.persona_id.as_ref())?,
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

    let mut position = OrderKey::first();
    let mut lineage = Lineage::default();
    for (i, board) in file.boards.iter().enumerate() {
        let place = format!("boards[{i}]");
        let references = References {
            people: &people,
            personas: &personas,
        };
        write_board(
            tx,
            (workshop.id, &position),
            &place,
            board,
            references,
            &mut lineage,
            now,
        )?;
        position = position.after();
    }
    lineage.tie(tx)?;
    Ok(workshop.id)
}

/// The workshop's people and personas a board's cards, ratings and dots refer to.
#[derive(Clone, Copy)]
struct References<'a> {
    people: &'a Ids<ParticipantId>,
    personas: &'a Ids<PersonaId>,
}

fn write_board(
    tx: &Transaction<'_>,
    (workshop, position): (WorkshopId, &OrderKey),
    place: &str,
    board: &FileBoard,
    References { people, personas }: References<'_>,
    lineage: &mut Lineage,
    now: Timestamp,
) -> Result<BoardId> {
    // Before version 3 a board had one persona, its `actorId`.
    let persona_ids = match (&board.persona_ids, &board.actor_id) {
        (ids, _) if !ids.is_empty() => ids
            .iter()
            .enumerate()
            .map(|(n, old)| personas.get(format!("{place}.personaIds[{n}]"), old))
            .collect::<Result<Vec<_>>>()?,
        (_, Some(actor)) => vec![personas.get(format!("{place}.actorId"), actor)?],
        (_, None) => Vec::new(),
    };
    let draft = BoardDraft {
        title: board.title.clone(),
        persona_ids,
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
            // Which board of the file it started from is tied up once all are written.
            based_on: None,
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        },
    )?;

    if lineage.boards.insert(board.id.clone(), id).is_some() {
        return Err(refused(
            format!("{place}.id"),
            phrase!(
                "reason-file-id-twice",
                kind = Thing::Board,
                id = board.id.as_str()
            ),
        ));
    }
    if let Some(origin) = &board.based_on {
        lineage
            .board_origins
            .push((id, place.to_owned(), origin.clone()));
    }
    let mut steps = Ids::<StepId>::new(Thing::Step);
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
            lineage.steps.insert(step.id.clone(), new);
            if let Some(origin) = &step.based_on {
                lineage
                    .step_origins
                    .push((new, step_place.clone(), origin.clone()));
            }
            step_at = step_at.after();
        }
        stage_at = stage_at.after();
    }
    let mut lanes = Ids::<LaneId>::new(Thing::Lane);
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
    let mut cards = Ids::<(CardId, CardKind)>::new(Thing::Card);
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
            target: card.target.clone(),
            status: card.status.into(),
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
                phrase!("reason-file-rated-twice", first = first),
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
                phrase!(
                    "reason-file-dot-on",
                    kind = kind.as_str(),
                    rule = Phrase::of(room::NOT_VOTABLE),
                ),
            ));
        }
        let voter = people.optional(
            format!("{vote_place}.participantId"),
            vote.participant_id.as_ref(),
        )?;
        room::insert_vote(tx, card, voter, now)?;
    }
    for (e, link) in board.evidence.iter().enumerate() {
        let link_place = format!("{place}.evidence[{e}]");
        let (opportunity, kind) =
            cards.get(format!("{link_place}.opportunityId"), &link.opportunity_id)?;
        if kind != CardKind::Opportunity {
            return Err(refused(
                format!("{link_place}.opportunityId"),
                phrase!("reason-file-evidence-for-opportunities"),
            ));
        }
        let evidence = match (&link.card_id, &link.step_id) {
            (Some(card), None) => {
                boards::EvidenceItem::Card(cards.get(format!("{link_place}.cardId"), card)?.0)
            }
            (None, Some(step)) => {
                boards::EvidenceItem::Step(steps.get(format!("{link_place}.stepId"), step)?)
            }
            _ => {
                return Err(refused(link_place, phrase!("reason-file-card-or-step")));
            }
        };
        if evidence == boards::EvidenceItem::Card(opportunity) {
            return Err(refused(link_place, phrase!("reason-own-evidence")));
        }
        boards::insert_evidence(tx, opportunity, evidence, now)?;
    }
    Ok(id)
}
