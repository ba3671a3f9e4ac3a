//! Starting boards shipped in `assets/templates/boards/`, and the writer that turns a
//! template (or the sample workshop's board) into a board in the store. The sample's boards
//! also name what only a workshop in progress has: the evidence behind an opportunity, and a
//! to-be journey's as-is board and steps; names are resolved here, and a name that points
//! nowhere is refused rather than left out.

use std::collections::BTreeMap;

use rusqlite::Transaction;
use serde::{Deserialize, Serialize};

use super::EvidenceItem;
use super::{
    BoardDraft, CardDraft, CardKind, CardSource, Curve, JourneyBoard, LaneKind, OpportunityStatus,
};
use crate::error::{Error, Field, Phrase, Result};
use crate::ids::{BoardId, ParticipantId, PersonaId, StepId, WorkshopId};
use crate::language::Language;
use crate::order_key::OrderKey;
use crate::participants::ParticipantKind;
use crate::store::{Store, WorkshopList};
use crate::time::Timestamp;

/// A template's key and its file in English, German, French and Spanish ([`Language::ALL`]).
macro_rules! template {
    ($key:literal) => {
        (
            $key,
            [
                include_str!(concat!(
                    "../../../../../../assets/templates/boards/",
                    $key,
                    ".json"
                )),
                include_str!(concat!(
                    "../../../../../../assets/templates/boards/de/",
                    $key,
                    ".json"
                )),
                include_str!(concat!(
                    "../../../../../../assets/templates/boards/fr/",
                    $key,
                    ".json"
                )),
                include_str!(concat!(
                    "../../../../../../assets/templates/boards/es/",
                    $key,
                    ".json"
                )),
            ],
        )
    };
}

/// Each template shipped with Feltboard, by key, written in each language (English first):
/// a new board starts in its workshop's language.
const TEMPLATES: [(&str, [&str; 4]); 4] = [
    template!("buying-online"),
    template!("saas-onboarding"),
    template!("support-call"),
    template!("b2b-purchase"),
];

/// The template `key` in `language`.
fn template_in(key: &str, language: Language) -> Option<&'static str> {
    let (_, files) = TEMPLATES.iter().find(|(k, _)| *k == key)?;
    let at = Language::ALL.iter().position(|l| *l == language)?;
    files.get(at).copied()
}

/// A board to start from: its frame, and for the sample also its cards and curves.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BoardTemplate {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The names of the personas it follows (the sample workshop only).
    #[serde(default)]
    pub personas: Vec<String>,
    #[serde(default)]
    pub scenario: String,
    #[serde(default)]
    pub expectations: String,
    /// The title of the as-is board (written before it) this to-be journey started from.
    #[serde(default)]
    pub to_be_of: Option<String>,
    lanes: Vec<TemplateLane>,
    stages: Vec<TemplateStage>,
}

/// What the "new board" dialog shows of a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct TemplateSummary {
    pub key: String,
    pub title: String,
    pub description: String,
    pub stage_titles: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateLane {
    kind: LaneKind,
    title: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateStage {
    title: String,
    steps: Vec<TemplateStep>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct TemplateStep {
    title: String,
    #[serde(default)]
    moment_of_truth: bool,
    /// On a to-be board: the title of the as-is step it came from.
    was: Option<String>,
    assumed: Option<i8>,
    desired: Option<i8>,
    /// Customers' ratings by participant name.
    #[serde(default)]
    ratings: BTreeMap<String, i8>,
    #[serde(default)]
    cards: Vec<TemplateCard>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateCard {
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
    #[serde(default)]
    target: String,
    #[serde(default)]
    status: OpportunityStatus,
    /// What supports an opportunity, on its own board: `step:<title>` for a step's ratings,
    /// or another card's exact text.
    #[serde(default)]
    evidence: Vec<String>,
    /// Who put a dot on it, by name, a dot each (a name twice is two dots).
    #[serde(default)]
    dots: Vec<String>,
}

/// How an evidence name points at a step rather than a card.
const STEP_EVIDENCE: &str = "step:";

/// A board written from a template: its id, and its steps by title, for a to-be board that
/// names where its steps came from.
#[derive(Debug)]
pub(crate) struct Written {
    pub id: BoardId,
    pub steps: BTreeMap<String, StepId>,
}

/// The people, personas and boards written before that a template's names refer to.
#[derive(Debug, Default)]
pub(crate) struct Names {
    pub people: BTreeMap<String, (ParticipantId, ParticipantKind)>,
    pub personas: BTreeMap<String, PersonaId>,
    /// Boards by title.
    pub boards: BTreeMap<String, Written>,
}

/// A template naming what it does not hold: `what` is the reason's message
/// ("reason-template-unknown-lane").
fn unknown(what: &'static str, name: &str) -> Error {
    refused(Phrase::of(what).with("name", format!("{name:?}")))
}

fn refused(reason: Phrase) -> Error {
    Error::Invalid {
        field: Field::Template,
        reason,
    }
}

fn parse(key: &str, json: &str) -> Result<BoardTemplate> {
    serde_json::from_str(json).map_err(|e| Error::Invalid {
        field: Field::Template,
        reason: crate::phrase!(
            "reason-template-unreadable",
            template = key,
            problem = e.to_string()
        ),
    })
}

/// Every template shipped with Feltboard, in `language`.
pub fn board_templates(language: Language) -> Result<Vec<TemplateSummary>> {
    TEMPLATES
        .iter()
        .map(|(key, _)| {
            let json = template_in(key, language).ok_or(Error::NotFound { entity: "template" })?;
            let t = parse(key, json)?;
            Ok(TemplateSummary {
                key: (*key).to_owned(),
                title: t.title,
                description: t.description,
                stage_titles: t.stages.into_iter().map(|s| s.title).collect(),
            })
        })
        .collect()
}

impl Store {
    /// The templates a new board of `workshop` can start from, in its language.
    pub fn board_templates_for(&self, workshop: WorkshopId) -> Result<Vec<TemplateSummary>> {
        board_templates(self.workshop(workshop)?.draft.language)
    }

    /// Adds a board to the workshop from the template named `key`, in the workshop's language.
    pub fn create_board_from_template(
        &mut self,
        workshop: WorkshopId,
        key: &str,
        now: Timestamp,
    ) -> Result<BoardId> {
        let language = self.workshop(workshop)?.draft.language;
        let json = template_in(key, language).ok_or(Error::NotFound { entity: "template" })?;
        let template = parse(key, json)?;
        let (_, position) = self.append_position(WorkshopList::Boards, &workshop)?;
        self.write(|tx| write_board(tx, workshop, &position, &template, &Names::default(), now))
            .map(|written| written.id)
    }
}

/// Writes a whole board from `template` in the caller's transaction.
pub(crate) fn write_board(
    tx: &Transaction<'_>,
    workshop: WorkshopId,
    position: &OrderKey,
    template: &BoardTemplate,
    names: &Names,
    now: Timestamp,
) -> Result<Written> {
    let persona_ids = template
        .personas
        .iter()
        .map(|name| {
            names
                .personas
                .get(name)
                .copied()
                .ok_or_else(|| unknown("reason-template-unknown-persona", name))
        })
        .collect::<Result<Vec<_>>>()?;
    let as_is = template
        .to_be_of
        .as_ref()
        .map(|title| {
            names
                .boards
                .get(title)
                .ok_or_else(|| unknown("reason-template-unknown-as-is-board", title))
        })
        .transpose()?;
    let board_id = BoardId::new();
    super::insert_board(
        tx,
        &JourneyBoard {
            id: board_id,
            workshop_id: workshop,
            draft: BoardDraft {
                title: template.title.clone(),
                persona_ids,
                scenario: template.scenario.clone(),
                expectations: template.expectations.clone(),
            },
            based_on: as_is.map(|b| b.id),
            order_key: position.clone(),
            created_at: now,
            updated_at: now,
        },
    )?;
    let person = |name: &str| {
        names
            .people
            .get(name)
            .copied()
            .ok_or_else(|| unknown("reason-template-unknown-participant", name))
    };
    let mut lanes = BTreeMap::new();
    let mut lane_key = OrderKey::first();
    for lane in &template.lanes {
        lanes.insert(
            lane.kind.as_str(),
            super::insert_lane(tx, board_id, &lane_key, lane.kind, &lane.title, now)?,
        );
        lane_key = lane_key.after();
    }
    let mut written = Written {
        id: board_id,
        steps: BTreeMap::new(),
    };
    // Cards by their words, and the evidence each names: linked once every card is written.
    let mut cards = BTreeMap::new();
    let mut supported = Vec::new();
    let mut stage_key = OrderKey::first();
    for stage in &template.stages {
        let stage_id = super::insert_stage(tx, board_id, &stage_key, &stage.title, now)?;
        stage_key = stage_key.after();
        let mut step_key = OrderKey::first();
        for step in &stage.steps {
            let step_id = super::insert_step(
                tx,
                stage_id,
                &step_key,
                &step.title,
                step.moment_of_truth,
                now,
            )?;
            step_key = step_key.after();
            written.steps.insert(step.title.clone(), step_id);
            if let Some(was) = &step.was {
                let origin = as_is
                    .ok_or_else(|| {
                        refused(crate::phrase!(
                            "reason-template-not-to-be",
                            step = format!("{:?}", step.title)
                        ))
                    })?
                    .steps
                    .get(was)
                    .ok_or_else(|| unknown("reason-template-unknown-as-is-step", was))?;
                super::set_step_origin(tx, step_id, *origin)?;
            }
            for (curve, score) in [
                (Curve::Assumed, step.assumed),
                (Curve::Desired, step.desired),
            ] {
                if let Some(score) = score {
                    super::insert_rating(tx, step_id, curve, score, None, now)?;
                }
            }
            for (name, score) in &step.ratings {
                super::insert_rating(
                    tx,
                    step_id,
                    Curve::Rated,
                    *score,
                    Some(person(name)?.0),
                    now,
                )?;
            }
            let mut card_key = OrderKey::first();
            for card in &step.cards {
                let lane = *lanes
                    .get(card.lane.as_str())
                    .ok_or_else(|| unknown("reason-template-unknown-lane", card.lane.as_str()))?;
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
                    target: card.target.clone(),
                    status: card.status,
                };
                let card_id = super::insert_card(tx, (step_id, lane), &card_key, &draft, now)?;
                card_key = card_key.after();
                if !card.dots.is_empty() && !crate::room::VOTABLE.contains(&card.kind) {
                    return Err(refused(crate::phrase!(
                        "reason-template-dots-not-votable",
                        card = format!("{:?}", card.text),
                        rule = Phrase::of(crate::room::NOT_VOTABLE),
                    )));
                }
                for voter in &card.dots {
                    crate::room::insert_vote(tx, card_id, Some(person(voter)?.0), now)?;
                }
                if !card.evidence.is_empty() {
                    supported.push((card_id, card));
                }
                cards.entry(card.text.as_str()).or_insert(card_id);
            }
        }
    }
    for (opportunity, card) in supported {
        if card.kind != CardKind::Opportunity {
            return Err(refused(crate::phrase!(
                "reason-template-evidence-of-no-opportunity",
                card = format!("{:?}", card.text),
            )));
        }
        for name in &card.evidence {
            let evidence = match name.strip_prefix(STEP_EVIDENCE) {
                Some(title) => written.steps.get(title).copied().map(EvidenceItem::Step),
                None => cards.get(name.as_str()).copied().map(EvidenceItem::Card),
            }
            .filter(|item| *item != EvidenceItem::Card(opportunity))
            .ok_or_else(|| {
                refused(crate::phrase!(
                    "reason-template-evidence-not-on-board",
                    card = format!("{:?}", card.text),
                    name = format!("{name:?}"),
                ))
            })?;
            super::insert_evidence(tx, opportunity, evidence, now)?;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests;
