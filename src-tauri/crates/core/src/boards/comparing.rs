//! As-is against to-be: the to-be journey's steps beside the as-is steps they came from,
//! each kept, changed, removed or new, and what customers rated each side — the measured
//! change, not two curves someone drew.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{Board, RatedSpread, Step};
use crate::error::{Error, Field, Result};
use crate::ids::{BoardId, StepId};
use crate::store::Store;

/// What became of a step between the as-is and the to-be journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum StepFate {
    /// In both, as it was.
    Kept,
    /// In both, renamed or marked differently.
    Changed,
    /// Only in the as-is journey.
    Removed,
    /// Only in the to-be journey.
    New,
}

crate::named::named!(
    /// What became of a step, in words, for the window and the PDF alike.
    STEP_FATE_NAMES for StepFate {
        Kept => "Kept",
        Changed => "Changed",
        Removed => "Removed",
        New => "New",
    }
);

/// One row of the comparison: a step of either journey or of both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct StepChange {
    pub as_is_step: Option<StepId>,
    pub to_be_step: Option<StepId>,
    /// The to-be step's title, or the removed as-is step's.
    pub title: String,
    /// The as-is title, when the to-be step renamed it.
    pub was: Option<String>,
    pub fate: StepFate,
    /// Customers' ratings of the as-is step and of the to-be step.
    pub before: Option<RatedSpread>,
    pub after: Option<RatedSpread>,
    /// The rated to-be mean minus the rated as-is mean, when customers rated both.
    pub change: Option<f64>,
}

/// The to-be board beside the as-is board it started from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub as_is: BoardId,
    pub as_is_title: String,
    pub to_be: BoardId,
    pub to_be_title: String,
    /// In the to-be journey's order; a removed step follows the step before it as-is.
    pub steps: Vec<StepChange>,
}

/// Lays `to_be` against `as_is`, the board it started from.
pub fn compare(as_is: &Board, to_be: &Board) -> Comparison {
    let rated_on = |board: &Board| -> HashMap<StepId, RatedSpread> {
        board
            .emotions
            .iter()
            .filter_map(|e| Some((e.step_id, e.rated.clone()?)))
            .collect()
    };
    let (rated_as_is, rated_to_be) = (rated_on(as_is), rated_on(to_be));
    let as_is_steps: Vec<&Step> = as_is.steps().collect();
    let in_as_is: HashSet<StepId> = as_is_steps.iter().map(|s| s.id).collect();
    let origin_of = |step: &Step| step.based_on.filter(|id| in_as_is.contains(id));
    // Looked up once: a board of many steps is compared in one pass, not step by step.
    let carried: HashSet<StepId> = to_be.steps().filter_map(origin_of).collect();
    let carried = |id: StepId| carried.contains(&id);
    let as_is_at: HashMap<StepId, usize> = as_is_steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let removed = |step: &Step| StepChange {
        as_is_step: Some(step.id),
        to_be_step: None,
        title: step.title.clone(),
        was: None,
        fate: StepFate::Removed,
        before: rated_as_is.get(&step.id).cloned(),
        after: None,
        change: None,
    };
    // The as-is steps nobody carried over from `start` on, up to the next one carried over:
    // they show where they were.
    let removed_from = |start: usize, rows: &mut Vec<StepChange>, shown: &mut HashSet<StepId>| {
        for step in as_is_steps
            .iter()
            .skip(start)
            .take_while(|s| !carried(s.id))
        {
            if shown.insert(step.id) {
                rows.push(removed(step));
            }
        }
    };
    let mut rows: Vec<StepChange> = Vec::new();
    let mut shown = HashSet::new();
    removed_from(0, &mut rows, &mut shown);
    for step in to_be.steps() {
        let origin = origin_of(step).and_then(|id| as_is_at.get(&id).copied());
        let after = rated_to_be.get(&step.id).cloned();
        let Some(at) = origin else {
            rows.push(StepChange {
                as_is_step: None,
                to_be_step: Some(step.id),
                title: step.title.clone(),
                was: None,
                fate: StepFate::New,
                before: None,
                after,
                change: None,
            });
            continue;
        };
        let Some(old) = as_is_steps.get(at) else {
            continue;
        };
        let before = rated_as_is.get(&old.id).cloned();
        let same = old.title == step.title && old.is_moment_of_truth == step.is_moment_of_truth;
        rows.push(StepChange {
            as_is_step: Some(old.id),
            to_be_step: Some(step.id),
            title: step.title.clone(),
            was: (old.title != step.title).then(|| old.title.clone()),
            fate: if same {
                StepFate::Kept
            } else {
                StepFate::Changed
            },
            change: before
                .as_ref()
                .zip(after.as_ref())
                .map(|(b, a)| a.mean - b.mean),
            before,
            after,
        });
        shown.insert(old.id);
        removed_from(at + 1, &mut rows, &mut shown);
    }
    Comparison {
        as_is: as_is.board.id,
        as_is_title: as_is.board.draft.title.clone(),
        to_be: to_be.board.id,
        to_be_title: to_be.board.draft.title.clone(),
        steps: rows,
    }
}

impl Store {
    /// The to-be board `id` against the as-is board it started from.
    pub fn comparison(&self, id: BoardId) -> Result<Comparison> {
        let to_be = self.board(id)?;
        let as_is = to_be
            .board
            .based_on
            .ok_or_else(|| Error::Invalid {
                field: Field::Comparison,
                reason: crate::phrase!("reason-not-a-to-be-journey"),
            })
            .and_then(|as_is| {
                self.board(as_is).map_err(|_| Error::Invalid {
                    field: Field::Comparison,
                    reason: crate::phrase!("reason-as-is-board-gone"),
                })
            })?;
        Ok(compare(&as_is, &to_be))
    }
}
