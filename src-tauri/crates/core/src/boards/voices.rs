//! Whose voice a card is in, and what that makes it: the one rule for a card written at the
//! board (by whoever is speaking) and for a note a phone sent. The window and the room both
//! come here; neither decides a card's kind or source itself.

use serde::{Deserialize, Serialize};

use super::{CardDraft, CardKind, CardSource, LaneKind, OpportunityStatus, cards::CARDS_IN_CELL};
use crate::error::Result;
use crate::ids::{LaneId, ParticipantId, StepId};
use crate::participants::ParticipantKind;
use crate::store::Store;
use crate::text::QUOTE_MARKS;
use crate::time::Timestamp;

/// Who is speaking as a card is written: new cards are credited to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub enum Speaker {
    /// The team's own knowledge or assumption.
    Team,
    /// Interviews, surveys, analytics.
    Research,
    /// Someone in the workshop.
    Participant(ParticipantId),
}

/// What a card written in a lane of `lane` kind, saying `text`, by someone of `author`'s kind
/// (nobody for the team or research) is: a pain point or an opportunity in those lanes; else
/// a customer's own words, or words written between quote marks, are a quote; else a note.
pub fn card_kind(lane: LaneKind, text: &str, author: Option<ParticipantKind>) -> CardKind {
    match lane {
        LaneKind::PainPoints => CardKind::PainPoint,
        LaneKind::Opportunities => CardKind::Opportunity,
        _ if author == Some(ParticipantKind::Customer)
            || text.trim_start().starts_with(QUOTE_MARKS) =>
        {
            CardKind::Quote
        }
        _ => CardKind::Note,
    }
}

/// Where a card by `speaker` (of `author`'s kind, if a participant) comes from.
pub fn card_source(speaker: Speaker, author: Option<ParticipantKind>) -> CardSource {
    match (speaker, author) {
        (Speaker::Research, _) => CardSource::Research,
        (_, Some(ParticipantKind::Customer)) => CardSource::Customer,
        _ => CardSource::Team,
    }
}

/// Who a card is credited to, as people who were not in the room may see it; each side says
/// it in its language (`Words::credit`, the window's `names.credit`), a name as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "to", content = "name", rename_all = "camelCase")]
pub enum Credit {
    Research,
    /// A customer who has not agreed to be named, or one since removed: "A customer".
    Customer,
    Team,
    Named(String),
}

/// Who a card is credited to: research as research; its author by name (`author`: name, kind,
/// consent to be quoted by name) — except a customer who has not agreed, who is "a customer";
/// a card of nobody's by its source.
pub fn credit(source: CardSource, author: Option<(&str, ParticipantKind, bool)>) -> Credit {
    match credited(source, author) {
        Credited::Research => Credit::Research,
        Credited::Anonymous => Credit::Customer,
        Credited::ByName(name) => Credit::Named(name.to_owned()),
        Credited::Team => Credit::Team,
    }
}

/// Whether [`credit`] gives the author's name.
pub fn credited_by_name(source: CardSource, author: Option<(&str, ParticipantKind, bool)>) -> bool {
    matches!(credited(source, author), Credited::ByName(_))
}

enum Credited<'a> {
    Research,
    Anonymous,
    ByName(&'a str),
    Team,
}

fn credited<'a>(
    source: CardSource,
    author: Option<(&'a str, ParticipantKind, bool)>,
) -> Credited<'a> {
    match (source, author) {
        (CardSource::Research, _) => Credited::Research,
        (_, Some((_, ParticipantKind::Customer, false))) | (CardSource::Customer, None) => {
            Credited::Anonymous
        }
        (_, Some((name, _, _))) => Credited::ByName(name),
        (_, None) => Credited::Team,
    }
}

impl Store {
    /// The card `speaker` says in the cell (`step`, `lane`): its kind and source as
    /// [`card_kind`] and [`card_source`] say.
    pub(crate) fn spoken(
        &self,
        (step, lane): (StepId, LaneId),
        text: &str,
        speaker: Speaker,
    ) -> Result<CardDraft> {
        let board = self.check_cell(step, lane)?;
        let (author_id, author) = match speaker {
            Speaker::Participant(id) => (Some(id), Some(self.check_member(board, id)?)),
            Speaker::Team | Speaker::Research => (None, None),
        };
        let lane_kind: LaneKind =
            self.read()
                .query_row("SELECT kind FROM lanes WHERE id = ?1", [lane], |r| r.get(0))?;
        Ok(CardDraft {
            text: text.to_owned(),
            kind: card_kind(lane_kind, text, author),
            source: card_source(speaker, author),
            author_id,
            owner: String::new(),
            metric: String::new(),
            target: String::new(),
            status: OpportunityStatus::default(),
        })
    }

    /// Adds what `speaker` says as a card at the end of the cell (`step`, `lane`).
    pub fn add_spoken_card(
        &mut self,
        cell: (StepId, LaneId),
        text: &str,
        speaker: Speaker,
        now: Timestamp,
    ) -> Result<super::Card> {
        let draft = self.spoken(cell, text, speaker)?;
        let key = self
            .keys_at(CARDS_IN_CELL, &[&cell.0, &cell.1], &[], usize::MAX, 1)?
            .remove(0);
        let id = self.write(|tx| super::insert_card(tx, cell, &key, &draft, now))?;
        self.card(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cards_kind_and_source_follow_its_lane_its_words_and_its_speaker() {
        let customer = Some(ParticipantKind::Customer);
        let team = Some(ParticipantKind::Team);
        assert_eq!(
            card_kind(LaneKind::PainPoints, "No printer", customer),
            CardKind::PainPoint
        );
        assert_eq!(
            card_kind(LaneKind::Opportunities, "“A QR code”", None),
            CardKind::Opportunity
        );
        assert_eq!(
            card_kind(LaneKind::Thoughts, "Where is my money?", customer),
            CardKind::Quote,
            "a customer's own words"
        );
        assert_eq!(
            card_kind(LaneKind::Thoughts, " “Where is my money?”", team),
            CardKind::Quote,
            "words between quote marks"
        );
        assert_eq!(
            card_kind(LaneKind::Actions, "Prints the label", team),
            CardKind::Note
        );
        assert_eq!(card_source(Speaker::Research, None), CardSource::Research);
        assert_eq!(
            card_source(Speaker::Participant(ParticipantId::new()), customer),
            CardSource::Customer
        );
        assert_eq!(
            card_source(
                Speaker::Participant(ParticipantId::new()),
                Some(ParticipantKind::Stakeholder)
            ),
            CardSource::Team
        );
        assert_eq!(card_source(Speaker::Team, None), CardSource::Team);
    }

    #[test]
    fn a_customer_is_named_only_with_consent() {
        let customer = |consent| Some(("Maya", ParticipantKind::Customer, consent));
        assert_eq!(
            credit(CardSource::Customer, customer(true)),
            Credit::Named("Maya".into())
        );
        assert_eq!(
            credit(CardSource::Customer, customer(false)),
            Credit::Customer
        );
        assert_eq!(
            credit(CardSource::Customer, None),
            Credit::Customer,
            "someone since removed"
        );
        assert_eq!(
            credit(
                CardSource::Team,
                Some(("Ben", ParticipantKind::Team, false))
            ),
            Credit::Named("Ben".into())
        );
        assert_eq!(credit(CardSource::Team, None), Credit::Team);
        assert_eq!(
            credit(CardSource::Research, customer(true)),
            Credit::Research
        );
    }
}
