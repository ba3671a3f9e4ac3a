//! Emotional journey boards: stages and steps across, typed lanes down, cards in the cells,
//! and the emotion curves over the steps.

pub(crate) mod cards;
mod comparing;
mod copying;
mod emotions;
mod evidence;
mod frame;
mod reading;
mod voices;
mod writing;

use reading::board_columns;
pub(crate) mod templates;

pub use comparing::{Comparison, STEP_FATE_NAMES, StepChange, StepFate, compare};
pub use emotions::{
    EmotionRating, RatedSpread, SCALE, SEGMENT_LOOKS, Segment, StepEmotions, summarise,
};
pub(crate) use evidence::insert_link as insert_evidence;
pub use evidence::{EvidenceItem, EvidenceLink, LOW_RATING, StepSupport, Support};
pub use reading::{Board, Card, Lane, Stage, Step};
pub use templates::{BoardTemplate, TemplateSummary, board_templates};
pub use voices::{Credit, Speaker, card_kind, card_source, credit, credited_by_name};
pub(crate) use writing::{
    hide_lane, insert_board, insert_card, insert_lane, insert_rating, insert_stage, insert_step,
    set_board_origin, set_step_origin,
};

use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, ParticipantId, PersonaId, WorkshopId};
use crate::order_key::OrderKey;
use crate::participants::ParticipantKind;
use crate::store::{Store, Undoable, WorkshopList};
use crate::stored_as_text::stored_as_text;
use crate::text::{self, Limit};
use crate::time::Timestamp;

/// What a lane (a row of the board) records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum LaneKind {
    Actions,
    Touchpoints,
    Thoughts,
    /// The emotion lane, where the curves are drawn.
    Feelings,
    PainPoints,
    Opportunities,
    /// Service blueprint: what the customer sees of the service.
    Frontstage,
    /// Service blueprint: below the line of visibility.
    Backstage,
    /// Service blueprint: the processes that support the rest.
    Support,
    Custom,
}

impl LaneKind {
    /// Whether a participant of `kind` may send notes to a lane of this kind from a phone:
    /// customers write what they did, saw, thought and felt, not what happens behind the
    /// line of visibility (backstage, support processes), which is the team's to map.
    pub fn open_to(self, kind: ParticipantKind) -> bool {
        kind != ParticipantKind::Customer
            || !matches!(self, LaneKind::Backstage | LaneKind::Support)
    }
}

stored_as_text!(LaneKind {
    Actions => "actions",
    Touchpoints => "touchpoints",
    Thoughts => "thoughts",
    Feelings => "feelings",
    PainPoints => "pain_points",
    Opportunities => "opportunities",
    Frontstage => "frontstage",
    Backstage => "backstage",
    Support => "support",
    Custom => "custom",
});

/// What a card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    Note,
    /// A customer's own words.
    Quote,
    PainPoint,
    Idea,
    Opportunity,
}

stored_as_text!(CardKind {
    Note => "note",
    Quote => "quote",
    PainPoint => "pain_point",
    Idea => "idea",
    Opportunity => "opportunity",
});

crate::named::named!(
    /// Each kind of card and its name as people read it: on a card, on the phone, in the PDF.
    CARD_KIND_NAMES for CardKind {
        Note => "Note",
        Quote => "Quote",
        PainPoint => "Pain point",
        Idea => "Idea",
        Opportunity => "Opportunity",
    }
);

/// How far an opportunity has got since the room.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum OpportunityStatus {
    #[default]
    Idea,
    Planned,
    InProgress,
    Done,
}

stored_as_text!(OpportunityStatus {
    Idea => "idea",
    Planned => "planned",
    InProgress => "in_progress",
    Done => "done",
});

crate::named::named!(
    /// Each status and its name as people read it, in the order an opportunity goes through them.
    OPPORTUNITY_STATUS_NAMES for OpportunityStatus {
        Idea => "Idea",
        Planned => "Planned",
        InProgress => "In progress",
        Done => "Done",
    }
);

/// Where a card came from: the voice of the customer, a team assumption, or research.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum CardSource {
    Customer,
    Team,
    Research,
}

stored_as_text!(CardSource {
    Customer => "customer",
    Team => "team",
    Research => "research",
});

/// Which emotion curve a rating belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Curve {
    /// What the team assumes the customer feels.
    Assumed,
    /// What the customers in the room said they felt.
    Rated,
    /// What we want the customer to feel (the to-be journey).
    Desired,
}

stored_as_text!(Curve {
    Assumed => "assumed",
    Rated => "rated",
    Desired => "desired",
});

/// The lowest and highest emotion scores: upset (−2) to delighted (+2).
pub const SCORE_RANGE: std::ops::RangeInclusive<i8> = -2..=2;

/// What the facilitator types about a board.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BoardDraft {
    pub title: String,
    /// The personas this board follows, the first the one whose journey it is. Customers in
    /// the room say which of them they are most like, and their ratings count for it too.
    pub persona_ids: Vec<PersonaId>,
    pub scenario: String,
    /// What the actor expects going in.
    pub expectations: String,
}

/// A journey board as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct JourneyBoard {
    pub id: BoardId,
    pub workshop_id: WorkshopId,
    #[serde(flatten)]
    pub draft: BoardDraft,
    /// The as-is board this to-be journey started from.
    pub based_on: Option<BoardId>,
    pub order_key: OrderKey,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A board as the workshop screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BoardSummary {
    #[serde(flatten)]
    pub board: JourneyBoard,
    /// The names of the personas it follows, in order.
    pub persona_names: Vec<String>,
    pub stage_titles: Vec<String>,
    pub step_count: u32,
    pub card_count: u32,
}

/// What is written on a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct CardDraft {
    pub text: String,
    pub kind: CardKind,
    pub source: CardSource,
    pub author_id: Option<ParticipantId>,
    /// Who follows an opportunity up.
    pub owner: String,
    /// How an opportunity's success is measured.
    pub metric: String,
    /// The value of the metric that counts as success.
    pub target: String,
    pub status: OpportunityStatus,
}

/// The most personas one board follows: more segments than a room can tell apart.
pub const MAX_BOARD_PERSONAS: usize = 6;

impl BoardDraft {
    pub(crate) fn validated(&self) -> Result<BoardDraft> {
        let mut persona_ids = self.persona_ids.clone();
        let mut seen = std::collections::HashSet::new();
        persona_ids.retain(|id| seen.insert(*id));
        if persona_ids.len() > MAX_BOARD_PERSONAS {
            return Err(Error::Invalid {
                field: Field::BoardPersonas,
                reason: crate::phrase!("reason-too-many-board-personas", max = MAX_BOARD_PERSONAS),
            });
        }
        Ok(BoardDraft {
            title: text::required(Field::BoardTitle, &self.title, Limit::Line)?,
            persona_ids,
            scenario: text::optional(Field::Scenario, &self.scenario, Limit::Paragraph)?,
            expectations: text::optional(
                Field::Expectations,
                &self.expectations,
                Limit::Paragraph,
            )?,
        })
    }
}

impl CardDraft {
    /// The draft with its text checked against its limits.
    pub(crate) fn validated(&self) -> Result<CardDraft> {
        Ok(CardDraft {
            text: text::required(Field::CardText, &self.text, Limit::Paragraph)?,
            owner: text::optional(Field::Owner, &self.owner, Limit::Line)?,
            metric: text::optional(Field::Metric, &self.metric, Limit::Line)?,
            target: text::optional(Field::Target, &self.target, Limit::Line)?,
            ..self.clone()
        })
    }
}

impl Store {
    /// The workshop's boards in the facilitator's order, with what they hold.
    pub fn list_boards(&self, workshop: WorkshopId) -> Result<Vec<BoardSummary>> {
        let mut boards = self.read().prepare_cached(concat!(
            "SELECT ",
            board_columns!(),
            ",
                (SELECT count(*) FROM steps s JOIN stages g ON g.id = s.stage_id
                  WHERE g.board_id = b.id AND s.deleted_at IS NULL AND g.deleted_at IS NULL),
                (SELECT count(*) FROM cards c JOIN lanes l ON l.id = c.lane_id
                  WHERE l.board_id = b.id AND c.deleted_at IS NULL)
             FROM journey_boards b
             WHERE b.workshop_id = ?1 AND b.deleted_at IS NULL ORDER BY b.order_key"
        ))?;
        let mut stage_titles = self.read().prepare_cached(
            "SELECT title FROM stages WHERE board_id = ?1 AND deleted_at IS NULL ORDER BY order_key",
        )?;
        let rows = boards.query_map([workshop], |row| {
            Ok(BoardSummary {
                board: reading::board_from_row(row, 0)?,
                persona_names: Vec::new(),
                stage_titles: Vec::new(),
                step_count: row.get(9)?,
                card_count: row.get(10)?,
            })
        })?;
        let mut summaries = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        for summary in &mut summaries {
            let personas = self.board_personas(summary.board.id)?;
            summary.persona_names = personas.iter().map(|(_, name)| name.clone()).collect();
            summary.board.draft.persona_ids = personas.into_iter().map(|(id, _)| id).collect();
            summary.stage_titles = stage_titles
                .query_map([summary.board.id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(summaries)
    }

    /// Creates an empty board at the end of the workshop's boards.
    pub fn create_board(
        &mut self,
        workshop: WorkshopId,
        draft: &BoardDraft,
        now: Timestamp,
    ) -> Result<JourneyBoard> {
        self.workshop(workshop)?;
        let draft = draft.validated()?;
        self.check_personas_of(workshop, &draft.persona_ids)?;
        let (_, position) = self.append_position(WorkshopList::Boards, &workshop)?;
        let board = JourneyBoard {
            id: BoardId::new(),
            workshop_id: workshop,
            draft,
            based_on: None,
            order_key: position,
            created_at: now,
            updated_at: now,
        };
        self.write(|tx| insert_board(tx, &board))?;
        Ok(board)
    }
}

impl Store {
    /// Replaces the board's title, personas, scenario and expectations.
    pub fn update_board(
        &mut self,
        id: BoardId,
        draft: &BoardDraft,
        now: Timestamp,
    ) -> Result<JourneyBoard> {
        let draft = draft.validated()?;
        let workshop = self.journey_board(id)?.workshop_id;
        self.check_personas_of(workshop, &draft.persona_ids)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE journey_boards SET title = ?2, scenario = ?3, expectations = ?4,
                    updated_at = ?5 WHERE id = ?1 AND deleted_at IS NULL",
                params![id, draft.title, draft.scenario, draft.expectations, now.0],
            )?;
            writing::set_board_personas(tx, id, &draft.persona_ids)
        })?;
        self.journey_board(id)
    }

    /// The personas `board` follows, in order, with their names (those deleted are left out
    /// while they are, and come back with an undo).
    pub(crate) fn board_personas(&self, board: BoardId) -> Result<Vec<(PersonaId, String)>> {
        Ok(self
            .read()
            .prepare_cached(
                "SELECT p.id, p.name FROM board_personas bp JOIN personas p ON p.id = bp.persona_id
                 WHERE bp.board_id = ?1 AND p.deleted_at IS NULL ORDER BY bp.position",
            )?
            .query_map([board], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Refuses personas that are not (or no longer) the workshop's.
    fn check_personas_of(&self, workshop: WorkshopId, personas: &[PersonaId]) -> Result<()> {
        for persona in personas {
            if self.persona(*persona)?.workshop_id != workshop {
                return Err(Error::Invalid {
                    field: Field::BoardPersonas,
                    reason: crate::phrase!("reason-personas-of-another-workshop"),
                });
            }
        }
        Ok(())
    }

    /// Deletes a board and all on it, undoably until the store is next opened.
    pub fn delete_board(&mut self, id: BoardId, now: Timestamp) -> Result<()> {
        self.set_deleted(Undoable::Boards, &id, Some(now))
    }

    /// Undoes [`Store::delete_board`].
    pub fn restore_board(&mut self, id: BoardId) -> Result<()> {
        self.set_deleted(Undoable::Boards, &id, None)
    }
}
