//! The sample workshop a newcomer finds on the first run, read from
//! `assets/templates/sample-workshop.json`.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Transaction};
use serde::Deserialize;

use crate::boards::{
    self, BoardDraft, CardDraft, CardKind, CardSource, Curve, JourneyBoard, LaneKind,
};
use crate::error::{Error, Result};
use crate::ids::{BoardId, ParticipantId, PersonaId, WorkshopId};
use crate::order_key::OrderKey;
use crate::participants::{ParticipantDraft, ParticipantKind};
use crate::personas::PersonaDraft;
use crate::store::Store;
use crate::time::Timestamp;
use crate::workshops::{Workshop, WorkshopDraft};

const SAMPLE_JSON: &str = include_str!("../../../../assets/templates/sample-workshop.json");
const SEEDED_FACT: &str = "sample_seeded";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Sample {
    workshop: WorkshopDraft,
    participants: Vec<ParticipantDraft>,
    personas: Vec<PersonaDraft>,
    boards: Vec<SampleBoard>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleBoard {
    title: String,
    /// A persona's name.
    actor: Option<String>,
    scenario: String,
    expectations: String,
    lanes: Vec<SampleLane>,
    stages: Vec<SampleStage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleLane {
    kind: LaneKind,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleStage {
    title: String,
    steps: Vec<SampleStep>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleStep {
    title: String,
    #[serde(default)]
    moment_of_truth: bool,
    assumed: Option<i8>,
    desired: Option<i8>,
    /// Customers' ratings by participant name.
    #[serde(default)]
    ratings: BTreeMap<String, i8>,
    #[serde(default)]
    cards: Vec<SampleCard>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleCard {
    lane: LaneKind,
    text: String,
    kind: CardKind,
    /// A participant's name; without one, `source` says where the card came from.
    author: Option<String>,
    source: Option<CardSource>,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    metric: String,
}

impl Store {
    /// Adds the sample workshop the first time a store is used; later calls do nothing,
    /// even when the facilitator has deleted it since.
    pub fn seed_sample_once(&mut self, now: Timestamp) -> Result<Option<WorkshopId>> {
        let seeded = self
            .read()
            .query_row(
                "SELECT 1 FROM store_facts WHERE key = ?1",
                [SEEDED_FACT],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if seeded {
            return Ok(None);
        }
        self.add_sample_workshop(now).map(Some)
    }

    /// Adds a fresh copy of the sample workshop, in one transaction.
    pub fn add_sample_workshop(&mut self, now: Timestamp) -> Result<WorkshopId> {
        let sample: Sample = serde_json::from_str(SAMPLE_JSON).map_err(|e| Error::Invalid {
            field: "The sample workshop",
            reason: e.to_string(),
        })?;
        let workshop = self.create_workshop(&sample.workshop, now)?;
        let result = self.fill_sample(&workshop, &sample, now);
        if result.is_err() {
            // Never leave half a sample behind.
            self.delete_workshop(workshop.id, now)?;
        }
        result.map(|()| workshop.id)
    }

    fn fill_sample(&mut self, workshop: &Workshop, sample: &Sample, now: Timestamp) -> Result<()> {
        let mut people: BTreeMap<&str, (ParticipantId, ParticipantKind)> = BTreeMap::new();
        for draft in &sample.participants {
            let p = self.add_participant(workshop.id, draft, now)?;
            people.insert(draft.name.as_str(), (p.id, p.draft.kind));
        }
        let mut personas: BTreeMap<&str, PersonaId> = BTreeMap::new();
        for draft in &sample.personas {
            personas.insert(
                draft.name.as_str(),
                self.add_persona(workshop.id, draft, now)?.id,
            );
        }
        let unknown = |what: &str, name: &str| Error::Invalid {
            field: "The sample workshop",
            reason: format!("it names an unknown {what}, {name:?}"),
        };
        self.write(|tx| {
            let mut position = OrderKey::first();
            for board in &sample.boards {
                let actor_id = match &board.actor {
                    Some(name) => Some(
                        *personas
                            .get(name.as_str())
                            .ok_or_else(|| unknown("persona", name))?,
                    ),
                    None => None,
                };
                let id = BoardId::new();
                boards::insert_board(
                    tx,
                    &JourneyBoard {
                        id,
                        workshop_id: workshop.id,
                        draft: BoardDraft {
                            title: board.title.clone(),
                            actor_id,
                            scenario: board.scenario.clone(),
                            expectations: board.expectations.clone(),
                        },
                        order_key: position.clone(),
                        created_at: now,
                        updated_at: now,
                    },
                )?;
                fill_board(tx, id, board, &people, now).map_err(|e| match e {
                    Error::NotFound { entity } => unknown(entity, "?"),
                    other => other,
                })?;
                position = position.after();
            }
            tx.execute(
                "INSERT OR REPLACE INTO store_facts (key, value) VALUES (?1, 'yes')",
                [SEEDED_FACT],
            )?;
            Ok(())
        })
    }
}

fn fill_board(
    tx: &Transaction<'_>,
    board_id: BoardId,
    board: &SampleBoard,
    people: &BTreeMap<&str, (ParticipantId, ParticipantKind)>,
    now: Timestamp,
) -> Result<()> {
    let person = |name: &str| {
        people.get(name).copied().ok_or_else(|| Error::Invalid {
            field: "The sample workshop",
            reason: format!("it names an unknown participant, {name:?}"),
        })
    };
    let mut lanes = BTreeMap::new();
    let mut position = OrderKey::first();
    for lane in &board.lanes {
        let id = boards::insert_lane(tx, board_id, &position, lane.kind, &lane.title, now)?;
        lanes.insert(lane.kind.as_str(), id);
        position = position.after();
    }
    let mut stage_position = OrderKey::first();
    for stage in &board.stages {
        let stage_id = boards::insert_stage(tx, board_id, &stage_position, &stage.title, now)?;
        stage_position = stage_position.after();
        let mut step_position = OrderKey::first();
        for step in &stage.steps {
            let step_id = boards::insert_step(
                tx,
                stage_id,
                &step_position,
                &step.title,
                step.moment_of_truth,
                now,
            )?;
            step_position = step_position.after();
            for (curve, score) in [
                (Curve::Assumed, step.assumed),
                (Curve::Desired, step.desired),
            ] {
                if let Some(score) = score {
                    boards::insert_rating(tx, step_id, curve, score, None, now)?;
                }
            }
            for (name, score) in &step.ratings {
                boards::insert_rating(
                    tx,
                    step_id,
                    Curve::Rated,
                    *score,
                    Some(person(name)?.0),
                    now,
                )?;
            }
            let mut card_position = OrderKey::first();
            for card in &step.cards {
                let lane = *lanes
                    .get(card.lane.as_str())
                    .ok_or(Error::NotFound { entity: "lane" })?;
                let author = card.author.as_deref().map(person).transpose()?;
                let source = match (card.source, author) {
                    (Some(source), _) => source,
                    (None, Some((_, ParticipantKind::Customer))) => CardSource::Customer,
                    (None, Some(_)) => CardSource::Team,
                    (None, None) => CardSource::Research,
                };
                let draft = CardDraft {
                    text: card.text.clone(),
                    kind: card.kind,
                    source,
                    author_id: author.map(|(id, _)| id),
                    owner: card.owner.clone(),
                    metric: card.metric.clone(),
                };
                boards::insert_card(tx, (step_id, lane), &card_position, &draft, now)?;
                card_position = card_position.after();
            }
        }
    }
    Ok(())
}
