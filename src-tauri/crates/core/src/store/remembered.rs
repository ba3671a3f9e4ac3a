//! What the app remembers beside the workshops, such as where its window was: values the core
//! keeps for the shell but never reads, beside the store's own facts.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::error::{Error, Field, Result};

/// Keeps what is remembered apart from the store's own facts (`sample_seeded`…).
const PREFIX: &str = "remembered:";
/// Enough for any window's place; a bigger value is not a thing worth remembering.
const MAX_VALUE_BYTES: usize = 4096;

impl Store {
    /// What was remembered under `key`, if anything.
    pub fn remembered(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .read()
            .query_row(
                "SELECT value FROM store_facts WHERE key = ?1",
                [format!("{PREFIX}{key}")],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Remembers `value` under `key`, in place of what was there.
    pub fn remember(&mut self, key: &str, value: &str) -> Result<()> {
        if value.len() > MAX_VALUE_BYTES {
            return Err(Error::Invalid {
                field: Field::Remembered,
                reason: crate::phrase!("reason-too-long-to-remember", max = MAX_VALUE_BYTES),
            });
        }
        self.write(|tx| {
            tx.execute(
                "INSERT OR REPLACE INTO store_facts (key, value) VALUES (?1, ?2)",
                params![format!("{PREFIX}{key}"), value],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::Store;

    #[test]
    fn a_remembered_value_comes_back_replaced_and_apart_from_the_stores_facts() {
        let mut store = Store::open_in_memory().expect("store");
        assert_eq!(store.remembered("window").expect("read"), None);
        store.remember("window", "{\"width\":900}").expect("kept");
        store
            .remember("window", "{\"width\":1100}")
            .expect("replaced");
        assert_eq!(
            store.remembered("window").expect("read").as_deref(),
            Some("{\"width\":1100}")
        );
        store
            .remember("sample_seeded", "no")
            .expect("a key like a fact");
        assert!(
            store
                .seed_sample_once(crate::Timestamp(1))
                .expect("seeded")
                .is_some(),
            "the store's own fact is not touched"
        );
        assert!(store.remember("window", &"x".repeat(5000)).is_err());
    }
}
