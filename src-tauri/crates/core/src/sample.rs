//! The sample workshop a newcomer finds on the first run, read from
//! `assets/templates/sample-workshop.json`.

use rusqlite::OptionalExtension;
use serde::Deserialize;

use crate::boards::BoardTemplate;
use crate::boards::templates::{Names, write_board};
use crate::error::{Error, Field, Result};
use crate::ids::WorkshopId;
use crate::order_key::OrderKey;
use crate::participants::ParticipantDraft;
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
    participants: Vec<SampleParticipant>,
    personas: Vec<PersonaDraft>,
    /// In order: a to-be board comes after the as-is board it names.
    boards: Vec<BoardTemplate>,
}

/// A participant, and the persona they said they are most like, by name.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SampleParticipant {
    #[serde(flatten)]
    draft: ParticipantDraft,
    #[serde(default)]
    most_like: Option<String>,
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

    /// Adds a fresh copy of the sample workshop.
    pub fn add_sample_workshop(&mut self, now: Timestamp) -> Result<WorkshopId> {
        let sample: Sample = serde_json::from_str(SAMPLE_JSON).map_err(|e| Error::Invalid {
            field: Field::SampleWorkshop,
            reason: crate::Phrase::text(e.to_string()),
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
        let mut names = Names::default();
        // Personas first: a participant names the one they are most like.
        for draft in &sample.personas {
            names.personas.insert(
                draft.name.clone(),
                self.add_persona(workshop.id, draft, now)?.id,
            );
        }
        for SampleParticipant { draft, most_like } in &sample.participants {
            let persona_id = most_like
                .as_ref()
                .map(|name| {
                    names
                        .personas
                        .get(name)
                        .copied()
                        .ok_or_else(|| Error::Invalid {
                            field: Field::SampleWorkshop,
                            reason: crate::phrase!(
                                "reason-sample-unknown-persona",
                                participant = draft.name.as_str(),
                                persona = format!("{name:?}"),
                            ),
                        })
                })
                .transpose()?;
            let draft = ParticipantDraft {
                persona_id,
                ..draft.clone()
            };
            let p = self.add_participant(workshop.id, &draft, now)?;
            names
                .people
                .insert(draft.name.clone(), (p.id, p.draft.kind));
        }
        self.write(|tx| {
            let mut position = OrderKey::first();
            for board in &sample.boards {
                let written = write_board(tx, workshop.id, &position, board, &names, now)?;
                names.boards.insert(board.title.clone(), written);
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
