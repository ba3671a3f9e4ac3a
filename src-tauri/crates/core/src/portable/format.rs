//! The workshop file's own types: what the file says, word for word.
//!
//! They are kept apart from the domain's and the window's types on purpose: renaming a field
//! or an enum's word for the UI must not change what files are written, nor stop older files
//! from importing. Ids are the file's own labels (strings): they tie cards to steps, lanes
//! and people inside one file, and are replaced by new ids on import.
//!
//! Version 1 is version 2 without `votes`; fields version 1 wrote that nothing reads (times,
//! order keys, the curves' summaries) are ignored. Version 3 added segments (a board's
//! `personaIds` for its one `actorId`, a participant's `personaId`), as-is and to-be
//! (`basedOn` on boards and steps), an opportunity's `target` and `status`, and `evidence`.
//!
//! (Long for one file on purpose: every type of the file and its conversion to and from the
//! domain side by side, so a change to the format is seen, and reviewed, in one place.)

use serde::{Deserialize, Serialize};

use crate::boards::{self, Board, CardKind, CardSource, Curve, LaneKind, OpportunityStatus};
use crate::ids::{CardId, ParticipantId, StepId};
use crate::language::Language;
use crate::participants::{Participant, ParticipantKind};
use crate::personas::{EmpathyMap, Evidence, Persona, PersonaDraft};
use crate::workshops::{Workshop, WorkshopDraft};

/// A file enum and the domain enum it stands for, with the word the file writes for each.
macro_rules! file_words {
    ($(#[$doc:meta])* $file:ident <=> $domain:ident { $($variant:ident = $word:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $file {
            $(#[serde(rename = $word)] $variant),*
        }

        impl From<$domain> for $file {
            fn from(value: $domain) -> Self {
                match value { $($domain::$variant => $file::$variant),* }
            }
        }

        impl From<$file> for $domain {
            fn from(value: $file) -> Self {
                match value { $($file::$variant => $domain::$variant),* }
            }
        }
    };
}

file_words!(FileParticipantKind <=> ParticipantKind {
    Customer = "customer",
    Team = "team",
    Stakeholder = "stakeholder",
});

file_words!(FileEvidence <=> Evidence {
    Assumed = "assumed",
    Research = "research",
});

file_words!(FileLaneKind <=> LaneKind {
    Actions = "actions",
    Touchpoints = "touchpoints",
    Thoughts = "thoughts",
    Feelings = "feelings",
    PainPoints = "pain_points",
    Opportunities = "opportunities",
    Frontstage = "frontstage",
    Backstage = "backstage",
    Support = "support",
    Custom = "custom",
});

file_words!(FileCardKind <=> CardKind {
    Note = "note",
    Quote = "quote",
    PainPoint = "pain_point",
    Idea = "idea",
    Opportunity = "opportunity",
});

file_words!(FileCardSource <=> CardSource {
    Customer = "customer",
    Team = "team",
    Research = "research",
});

file_words!(FileCurve <=> Curve {
    Assumed = "assumed",
    Rated = "rated",
    Desired = "desired",
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopFile {
    pub format: String,
    pub version: u32,
    /// Milliseconds since 1970, UTC.
    pub exported_at: i64,
    pub workshop: FileWorkshop,
    pub participants: Vec<FileParticipant>,
    pub personas: Vec<FilePersona>,
    pub boards: Vec<FileBoard>,
}

file_words!(FileOpportunityStatus <=> OpportunityStatus {
    Idea = "idea",
    Planned = "planned",
    InProgress = "in_progress",
    Done = "done",
});

impl Default for FileOpportunityStatus {
    fn default() -> Self {
        OpportunityStatus::default().into()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileWorkshop {
    pub id: String,
    pub title: String,
    pub question: String,
    pub held_on: Option<String>,
    pub place: String,
    pub facilitator: String,
    pub notes: String,
    /// Its language's code ("de"); files from before languages have none, and are English,
    /// as is a code this version does not speak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileParticipant {
    pub id: String,
    pub name: String,
    pub kind: FileParticipantKind,
    pub quote_by_name: bool,
    pub colour: String,
    /// Since version 3: the persona they are most like.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FilePersona {
    pub id: String,
    pub name: String,
    pub avatar_colour: String,
    pub role: String,
    pub quote: String,
    pub story: String,
    pub goals: Vec<String>,
    pub needs: Vec<String>,
    pub pain_points: Vec<String>,
    pub behaviours: Vec<String>,
    pub channels: Vec<String>,
    pub wants_to_feel: Vec<String>,
    pub empathy: FileEmpathy,
    pub evidence: FileEvidence,
    pub evidence_sources: String,
    pub interview_count: u32,
    pub is_anti_persona: bool,
    pub anti_reason: String,
    /// The portrait as it is stored, base64-encoded, with its media type.
    pub portrait: Option<FilePortrait>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileEmpathy {
    pub says: Vec<String>,
    pub thinks: Vec<String>,
    pub does: Vec<String>,
    pub feels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FilePortrait {
    pub media_type: String,
    pub data: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileBoard {
    pub id: String,
    pub title: String,
    /// Before version 3: the one persona whose journey it was.
    #[serde(default, skip_serializing)]
    pub actor_id: Option<String>,
    /// Since version 3: the personas it follows, the first whose journey it is.
    #[serde(default)]
    pub persona_ids: Vec<String>,
    /// Since version 3: the as-is board (of this file) a to-be board started from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<String>,
    pub scenario: String,
    pub expectations: String,
    pub stages: Vec<FileStage>,
    pub lanes: Vec<FileLane>,
    /// In cell order: step, lane, then place in the cell.
    pub cards: Vec<FileCard>,
    pub ratings: Vec<FileRating>,
    /// Since version 2: each dot someone put on a card.
    #[serde(default)]
    pub votes: Vec<FileVote>,
    /// Since version 3: what supports each opportunity.
    #[serde(default)]
    pub evidence: Vec<FileEvidenceLink>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileStage {
    pub title: String,
    pub steps: Vec<FileStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileStep {
    pub id: String,
    pub title: String,
    pub is_moment_of_truth: bool,
    /// Since version 3: the as-is step (of this file) a to-be step was copied from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileLane {
    pub id: String,
    pub kind: FileLaneKind,
    pub title: String,
    pub is_hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileCard {
    pub id: String,
    pub step_id: String,
    pub lane_id: String,
    pub text: String,
    pub kind: FileCardKind,
    pub source: FileCardSource,
    pub author_id: Option<String>,
    pub owner: String,
    pub metric: String,
    /// Since version 3, for opportunities.
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub status: FileOpportunityStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileRating {
    pub step_id: String,
    pub curve: FileCurve,
    pub score: i8,
    pub participant_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileVote {
    pub card_id: String,
    /// `None` once the person who put the dot was removed from the workshop.
    pub participant_id: Option<String>,
}

/// Since version 3: a card or a step that supports an opportunity (exactly one of the two).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileEvidenceLink {
    pub opportunity_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_id: Option<String>,
}

fn id(id: impl ToString) -> String {
    id.to_string()
}

impl From<&Workshop> for FileWorkshop {
    fn from(w: &Workshop) -> Self {
        let d = &w.draft;
        FileWorkshop {
            id: id(w.id),
            title: d.title.clone(),
            question: d.question.clone(),
            held_on: d.held_on.clone(),
            place: d.place.clone(),
            facilitator: d.facilitator.clone(),
            notes: d.notes.clone(),
            language: Some(d.language.code().to_owned()),
        }
    }
}

impl FileWorkshop {
    pub(super) fn draft(&self) -> WorkshopDraft {
        WorkshopDraft {
            title: self.title.clone(),
            question: self.question.clone(),
            held_on: self.held_on.clone(),
            place: self.place.clone(),
            facilitator: self.facilitator.clone(),
            notes: self.notes.clone(),
            language: self
                .language
                .as_deref()
                .and_then(Language::from_tag)
                .unwrap_or_default(),
        }
    }
}

impl From<&Participant> for FileParticipant {
    fn from(p: &Participant) -> Self {
        FileParticipant {
            id: id(p.id),
            name: p.draft.name.clone(),
            kind: p.draft.kind.into(),
            quote_by_name: p.draft.quote_by_name,
            colour: p.draft.colour.clone(),
            persona_id: p.draft.persona_id.map(id),
        }
    }
}

impl FilePersona {
    pub(super) fn new(p: &Persona, portrait: Option<FilePortrait>) -> Self {
        let d = &p.draft;
        FilePersona {
            id: id(p.id),
            name: d.name.clone(),
            avatar_colour: d.avatar_colour.clone(),
            role: d.role.clone(),
            quote: d.quote.clone(),
            story: d.story.clone(),
            goals: d.goals.clone(),
            needs: d.needs.clone(),
            pain_points: d.pain_points.clone(),
            behaviours: d.behaviours.clone(),
            channels: d.channels.clone(),
            wants_to_feel: d.wants_to_feel.clone(),
            empathy: FileEmpathy {
                says: d.empathy.says.clone(),
                thinks: d.empathy.thinks.clone(),
                does: d.empathy.does.clone(),
                feels: d.empathy.feels.clone(),
            },
            evidence: d.evidence.into(),
            evidence_sources: d.evidence_sources.clone(),
            interview_count: d.interview_count,
            is_anti_persona: d.is_anti_persona,
            anti_reason: d.anti_reason.clone(),
            portrait,
        }
    }

    pub(super) fn draft(&self) -> PersonaDraft {
        PersonaDraft {
            name: self.name.clone(),
            avatar_colour: self.avatar_colour.clone(),
            role: self.role.clone(),
            quote: self.quote.clone(),
            story: self.story.clone(),
            goals: self.goals.clone(),
            needs: self.needs.clone(),
            pain_points: self.pain_points.clone(),
            behaviours: self.behaviours.clone(),
            channels: self.channels.clone(),
            wants_to_feel: self.wants_to_feel.clone(),
            empathy: EmpathyMap {
                says: self.empathy.says.clone(),
                thinks: self.empathy.thinks.clone(),
                does: self.empathy.does.clone(),
                feels: self.empathy.feels.clone(),
            },
            evidence: self.evidence.into(),
            evidence_sources: self.evidence_sources.clone(),
            interview_count: self.interview_count,
            is_anti_persona: self.is_anti_persona,
            anti_reason: self.anti_reason.clone(),
        }
    }
}

impl FileBoard {
    /// `board` and the dots on its cards (card, person), as the file holds them; `listed`
    /// says whether a person is in the file, and those who are not are left unnamed.
    pub(super) fn new(
        board: &Board,
        votes: &[(CardId, Option<ParticipantId>)],
        listed: impl Fn(ParticipantId) -> bool,
    ) -> Self {
        let person = |p: Option<ParticipantId>| p.filter(|&p| listed(p)).map(id);
        // What was deleted (undoably) this session stays behind: a step's ratings and cards,
        // a lane's cards, and their dots.
        let on_board = |step: StepId| board.steps().any(|s| s.id == step);
        let cards: Vec<_> = board
            .cards
            .iter()
            .filter(|c| on_board(c.step_id) && board.lanes.iter().any(|l| l.id == c.lane_id))
            .collect();
        let d = &board.board.draft;
        FileBoard {
            id: id(board.board.id),
            title: d.title.clone(),
            actor_id: None,
            persona_ids: d.persona_ids.iter().map(|&p| id(p)).collect(),
            based_on: board.board.based_on.map(id),
            scenario: d.scenario.clone(),
            expectations: d.expectations.clone(),
            stages: board
                .stages
                .iter()
                .map(|stage| FileStage {
                    title: stage.title.clone(),
                    steps: stage
                        .steps
                        .iter()
                        .map(|step| FileStep {
                            id: id(step.id),
                            title: step.title.clone(),
                            is_moment_of_truth: step.is_moment_of_truth,
                            based_on: step.based_on.map(id),
                        })
                        .collect(),
                })
                .collect(),
            lanes: board
                .lanes
                .iter()
                .map(|lane| FileLane {
                    id: id(lane.id),
                    kind: lane.kind.into(),
                    title: lane.title.clone(),
                    is_hidden: lane.is_hidden,
                })
                .collect(),
            cards: cards
                .iter()
                .map(|card| FileCard {
                    id: id(card.id),
                    step_id: id(card.step_id),
                    lane_id: id(card.lane_id),
                    text: card.draft.text.clone(),
                    kind: card.draft.kind.into(),
                    source: card.draft.source.into(),
                    author_id: person(card.draft.author_id),
                    owner: card.draft.owner.clone(),
                    metric: card.draft.metric.clone(),
                    target: card.draft.target.clone(),
                    status: card.draft.status.into(),
                })
                .collect(),
            ratings: board
                .ratings
                .iter()
                .filter(|rating| on_board(rating.step_id))
                .map(|rating| FileRating {
                    step_id: id(rating.step_id),
                    curve: rating.curve.into(),
                    score: rating.score,
                    participant_id: person(rating.participant_id),
                })
                .collect(),
            votes: votes
                .iter()
                .filter(|(card, _)| cards.iter().any(|c| c.id == *card))
                .map(|&(card, voter)| FileVote {
                    card_id: id(card),
                    participant_id: person(voter),
                })
                .collect(),
            evidence: board
                .evidence
                .iter()
                .map(|link| {
                    let (card_id, step_id) = match link.evidence {
                        boards::EvidenceItem::Card(card) => (Some(id(card)), None),
                        boards::EvidenceItem::Step(step) => (None, Some(id(step))),
                    };
                    FileEvidenceLink {
                        opportunity_id: id(link.opportunity_id),
                        card_id,
                        step_id,
                    }
                })
                .collect(),
        }
    }
}
