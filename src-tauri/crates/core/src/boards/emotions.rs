//! The emotion curves: the team's assumed curve, the customers' rated curve (every rating,
//! summarised as mean and spread), and the desired curve, from −2 (upset) to +2 (delighted).

use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::{Curve, SCORE_RANGE};
use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, ParticipantId, PersonaId, RatingId, StepId};
use crate::store::Store;
use crate::time::Timestamp;

/// One point of a curve: a score at a step, and who gave it (for the rated curve).
/// The emotion scale every curve uses, top to bottom: score, emoji and word. It is always
/// shown with its emoji and word, never by colour alone; the board, the phones and the PDF
/// all draw it from here.
pub const SCALE: [(i8, &str, &str); 5] = [
    (2, "😄", "Delighted"),
    (1, "🙂", "Happy"),
    (0, "😐", "Neutral"),
    (-1, "🙁", "Unhappy"),
    (-2, "😠", "Upset"),
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EmotionRating {
    pub id: RatingId,
    pub step_id: StepId,
    pub curve: Curve,
    pub score: i8,
    pub participant_id: Option<ParticipantId>,
}

/// The customers' ratings of one step, summarised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RatedSpread {
    pub mean: f64,
    pub min: i8,
    pub max: i8,
    /// Population standard deviation: how far the room disagrees.
    pub std_dev: f64,
    pub count: u32,
}

/// How each persona's rated curve is drawn, in the board's order of its personas, on the
/// board and in the PDF alike: a colour-blind-safe colour (Okabe and Ito's, darkened to stand
/// on white; not the blue of every customer's curve) and a line pattern (dash, gap) of its
/// own. Each is also named where it is drawn: never colour alone.
pub const SEGMENT_LOOKS: [(&str, [f32; 2]); 6] = [
    ("#d55e00", [9.0, 3.0]),
    ("#6a3d9a", [3.0, 2.5]),
    ("#8a6d00", [14.0, 4.0]),
    ("#b8447f", [5.0, 5.0]),
    ("#2f7fb5", [1.5, 2.5]),
    ("#4d4d4d", [11.0, 2.0]),
];

/// The ratings, at one step, of the customers most like one persona: a segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    pub persona_id: PersonaId,
    pub rated: Option<RatedSpread>,
}

/// The three curves at one step, and the rated curve of each segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct StepEmotions {
    pub step_id: StepId,
    pub assumed: Option<i8>,
    pub desired: Option<i8>,
    /// Every customer's rating.
    pub rated: Option<RatedSpread>,
    /// One per persona of the board, in its order: the ratings of those most like it.
    pub segments: Vec<Segment>,
}

/// Summarises the ratings of each step, in the order of `steps`; `segments` are the board's
/// personas, each with the participants most like it.
pub fn summarise(
    steps: &[StepId],
    ratings: &[EmotionRating],
    segments: &[(PersonaId, Vec<ParticipantId>)],
) -> Vec<StepEmotions> {
    steps
        .iter()
        .map(|&step| {
            let of = |curve: Curve| {
                ratings
                    .iter()
                    .filter(move |r| r.step_id == step && r.curve == curve)
            };
            StepEmotions {
                step_id: step,
                assumed: of(Curve::Assumed).map(|r| r.score).next(),
                desired: of(Curve::Desired).map(|r| r.score).next(),
                rated: spread(of(Curve::Rated).map(|r| r.score)),
                segments: segments
                    .iter()
                    .map(|(persona, members)| Segment {
                        persona_id: *persona,
                        rated: spread(
                            of(Curve::Rated)
                                .filter(|r| r.participant_id.is_some_and(|p| members.contains(&p)))
                                .map(|r| r.score),
                        ),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn spread(scores: impl Iterator<Item = i8>) -> Option<RatedSpread> {
    let scores: Vec<i8> = scores.collect();
    let count = scores.len();
    if count == 0 {
        return None;
    }
    let mean = scores.iter().map(|&s| f64::from(s)).sum::<f64>() / count as f64;
    let variance = scores
        .iter()
        .map(|&s| (f64::from(s) - mean).powi(2))
        .sum::<f64>()
        / count as f64;
    Some(RatedSpread {
        mean,
        min: scores.iter().copied().min().unwrap_or(0),
        max: scores.iter().copied().max().unwrap_or(0),
        std_dev: variance.sqrt(),
        count: u32::try_from(count).unwrap_or(u32::MAX),
    })
}

pub(super) fn ratings_on_board(store: &Store, board: BoardId) -> Result<Vec<EmotionRating>> {
    let mut statement = store.read().prepare_cached(
        "SELECT r.id, r.step_id, r.curve, r.score, r.participant_id
         FROM emotion_ratings r JOIN steps s ON s.id = r.step_id JOIN stages g ON g.id = s.stage_id
         WHERE g.board_id = ?1 ORDER BY r.created_at, r.id",
    )?;
    let rows = statement.query_map([board], |r| {
        Ok(EmotionRating {
            id: r.get(0)?,
            step_id: r.get(1)?,
            curve: r.get(2)?,
            score: r.get(3)?,
            participant_id: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn checked(score: Option<i8>) -> Result<Option<i8>> {
    match score {
        Some(s) if !SCORE_RANGE.contains(&s) => Err(Error::Invalid {
            field: Field::EmotionScore,
            reason: crate::phrase!("reason-score-out-of-range", score = s),
        }),
        other => Ok(other),
    }
}

impl Store {
    /// Sets (or with `None` clears) the team's assumed or the desired score of a step.
    ///
    /// The rated curve holds each customer's own rating: use [`Store::rate_step`] for it.
    pub fn set_curve_point(
        &mut self,
        step: StepId,
        curve: Curve,
        score: Option<i8>,
        now: Timestamp,
    ) -> Result<()> {
        if curve == Curve::Rated {
            return Err(Error::Invalid {
                field: Field::Curve,
                reason: crate::phrase!("reason-rated-curve"),
            });
        }
        let score = checked(score)?;
        self.board_of_step(step)?;
        self.write(|tx| {
            tx.execute(
                "DELETE FROM emotion_ratings WHERE step_id = ?1 AND curve = ?2",
                params![step, curve],
            )?;
            if let Some(score) = score {
                super::insert_rating(tx, step, curve, score, None, now)?;
            }
            Ok(())
        })
    }

    /// Records (or with `None` withdraws) how a participant felt at a step: one rating per
    /// participant and step, the latest replacing the earlier.
    pub fn rate_step(
        &mut self,
        step: StepId,
        participant: ParticipantId,
        score: Option<i8>,
        now: Timestamp,
    ) -> Result<()> {
        let score = checked(score)?;
        let board = self.board_of_step(step)?;
        self.check_member(board, participant)?;
        self.write(|tx| {
            tx.execute(
                "DELETE FROM emotion_ratings WHERE step_id = ?1 AND curve = 'rated' AND participant_id = ?2",
                params![step, participant],
            )?;
            if let Some(score) = score {
                super::insert_rating(tx, step, Curve::Rated, score, Some(participant), now)?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(step: StepId, score: i8) -> EmotionRating {
        EmotionRating {
            id: RatingId::new(),
            step_id: step,
            curve: Curve::Rated,
            score,
            participant_id: None,
        }
    }

    #[test]
    fn each_segment_counts_only_the_ratings_of_those_most_like_its_persona() {
        let step = StepId::new();
        let (ana, ben, cleo, dev) = (
            ParticipantId::new(),
            ParticipantId::new(),
            ParticipantId::new(),
            ParticipantId::new(),
        );
        let by = |who: ParticipantId, score: i8| EmotionRating {
            participant_id: Some(who),
            ..rated(step, score)
        };
        let ratings = [by(ana, -2), by(ben, -1), by(cleo, 2), by(dev, 0)];
        let (commuter, parent, nobody) = (PersonaId::new(), PersonaId::new(), PersonaId::new());
        let segments = [
            (commuter, vec![ana, ben]),
            (parent, vec![cleo]),
            (nobody, vec![]),
        ];
        let at = &summarise(&[step], &ratings, &segments)[0];
        assert_eq!(
            at.rated.as_ref().map(|r| r.count),
            Some(4),
            "all four count"
        );
        let counts: Vec<_> = at
            .segments
            .iter()
            .map(|s| s.rated.as_ref().map(|r| (r.count, r.mean)))
            .collect();
        assert_eq!(
            counts,
            vec![Some((2, -1.5)), Some((1, 2.0)), None],
            "each persona's own; dev, most like none of them, only in the whole"
        );
        assert_eq!(at.segments[0].persona_id, commuter, "in the board's order");
    }

    #[test]
    fn the_rated_curve_is_summarised_as_mean_spread_and_count() {
        let (a, b, c) = (StepId::new(), StepId::new(), StepId::new());
        let mut ratings = vec![
            rated(a, -2),
            rated(a, 0),
            rated(a, 2),
            rated(a, 0),
            rated(b, 1),
        ];
        ratings.push(EmotionRating {
            curve: Curve::Assumed,
            score: 2,
            ..rated(a, 0)
        });
        let summary = summarise(&[a, b, c], &ratings, &[]);
        let at_a = summary[0].rated.as_ref().expect("a is rated");
        assert_eq!((at_a.count, at_a.min, at_a.max), (4, -2, 2));
        assert!((at_a.mean - 0.0).abs() < 1e-9);
        assert!(
            (at_a.std_dev - 2f64.sqrt()).abs() < 1e-9,
            "population deviation of -2,0,2,0 is √2"
        );
        assert_eq!(
            summary[0].assumed,
            Some(2),
            "the assumed point is not a customer's rating"
        );
        let at_b = summary[1].rated.as_ref().expect("b is rated");
        assert_eq!((at_b.count, at_b.std_dev), (1, 0.0));
        assert_eq!(
            summary[2].rated, None,
            "a step nobody rated has no rated point"
        );
    }
}
