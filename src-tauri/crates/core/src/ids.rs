//! Typed ids: a card id can't be passed where a lane id is wanted.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! record_id {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        ///
        /// A UUID v7, so ids sort by creation and can be merged across laptops later.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.0.to_string().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                Uuid::parse_str(text)
                    .map(Self)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    )*};
}

record_id! {
    /// Identifies a workshop.
    WorkshopId;
    /// Identifies a participant of a workshop.
    ParticipantId;
    /// Identifies a persona.
    PersonaId;
    /// Identifies a journey board.
    BoardId;
    /// Identifies a stage of a journey board.
    StageId;
    /// Identifies a step within a stage.
    StepId;
    /// Identifies a lane (row) of a journey board.
    LaneId;
    /// Identifies a card in a cell of a journey board.
    CardId;
    /// Identifies one emotion rating of a step.
    RatingId;
    /// Identifies a note sent from a phone, waiting for the facilitator.
    PendingNoteId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_made_later_sort_later() {
        let ids: Vec<CardId> = (0..100).map(|_| CardId::new()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(
            ids, sorted,
            "v7 ids must sort by creation so lists keep their order"
        );
    }
}
