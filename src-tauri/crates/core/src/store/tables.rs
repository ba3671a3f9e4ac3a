//! The tables whose rows are deleted with an undo, each with its statements written out in
//! full at compile time (`concat!`): no SQL is put together from strings while the app runs.

/// Writes the enum and each table's statements from one list of (variant, table, entity).
macro_rules! undoable_tables {
    ($($variant:ident => $table:literal, $entity:ident;)*) => {
        /// A table whose rows are deleted with an undo, until the store is next opened.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum Undoable {
            $($variant),*
        }

        impl Undoable {
            /// Every one of them, for the purge at open.
            pub(crate) const ALL: &[Undoable] = &[$(Undoable::$variant),*];

            /// What a row is called in a message ("That stage no longer exists").
            pub(crate) fn entity(self) -> &'static str {
                match self { $(Undoable::$variant => crate::Thing::$entity.word()),* }
            }

            /// Sets `deleted_at` (?2) of the row `id` (?1): a time deletes, NULL restores.
            pub(crate) fn set_deleted(self) -> &'static str {
                match self {
                    $(Undoable::$variant => concat!("UPDATE ", $table, " SET deleted_at = ?2 WHERE id = ?1")),*
                }
            }

            /// Deletes for good what is still awaiting an undo.
            pub(crate) fn purge(self) -> &'static str {
                match self {
                    $(Undoable::$variant => concat!("DELETE FROM ", $table, " WHERE deleted_at IS NOT NULL")),*
                }
            }
        }
    };
}

undoable_tables! {
    Workshops => "workshops", Workshop;
    Participants => "participants", Participant;
    Personas => "personas", Persona;
    Boards => "journey_boards", Board;
    Stages => "stages", Stage;
    Steps => "steps", Step;
    Lanes => "lanes", Lane;
    Cards => "cards", Card;
}

/// A workshop's own lists, whose new rows go at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WorkshopList {
    Participants,
    Personas,
    Boards,
}

impl WorkshopList {
    /// How many rows the workshop (?1) ever had in the list, and the last place among them.
    pub(crate) fn count_and_last(self) -> &'static str {
        match self {
            WorkshopList::Participants => {
                "SELECT count(*), max(order_key) FROM participants WHERE workshop_id = ?1"
            }
            WorkshopList::Personas => {
                "SELECT count(*), max(order_key) FROM personas WHERE workshop_id = ?1"
            }
            WorkshopList::Boards => {
                "SELECT count(*), max(order_key) FROM journey_boards WHERE workshop_id = ?1"
            }
        }
    }
}
