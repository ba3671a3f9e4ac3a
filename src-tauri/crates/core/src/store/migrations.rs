//! Numbered, append-only schema migrations, tracked by SQLite's `user_version`.
//!
//! Never edit a migration that has shipped: add the next number instead. Each runs in its
//! own transaction together with the version bump, so a crash leaves the old or the new
//! schema, never half of one.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::Result;

/// Every migration, in order: the store's version is how many of them have run.
pub(crate) const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_initial.sql",
        include_str!("../../migrations/0001_initial.sql"),
    ),
    (
        "0002_room.sql",
        include_str!("../../migrations/0002_room.sql"),
    ),
];

/// The store version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The version the database says it is at.
pub(crate) fn current_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Runs the migrations the database has not seen yet, up to `target`.
pub(crate) fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let from = current_version(conn)?;
    for (number, (_, sql)) in (1..).zip(MIGRATIONS).skip(from.max(0) as usize) {
        if number > target {
            break;
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", number)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_on_disk_are_all_listed_in_order_without_gaps() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
        let mut on_disk: Vec<String> = std::fs::read_dir(folder)
            .expect("the migrations folder")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = MIGRATIONS.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            on_disk, listed,
            "a migration file that is not listed would never run"
        );
        for (number, name) in (1..).zip(&listed) {
            assert!(
                name.starts_with(&format!("{number:04}_")),
                "{name} must carry number {number:04}: the version is its position"
            );
        }
    }

    #[test]
    fn migrating_an_empty_database_gives_a_valid_schema() {
        let mut conn = Connection::open_in_memory().expect("in-memory db");
        conn.pragma_update(None, "foreign_keys", true)
            .expect("pragma");
        migrate_to(&mut conn, latest_version()).expect("migrations apply");
        assert_eq!(current_version(&conn).ok(), Some(latest_version()));
        let problems: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .expect("foreign key check");
        assert_eq!(
            problems, 0,
            "every foreign key must name a real table and column"
        );
        let strict: i64 = conn
            .query_row(
                "SELECT count(*) FROM pragma_table_list WHERE schema = 'main'
                 AND name NOT LIKE 'sqlite_%' AND strict = 0",
                [],
                |r| r.get(0),
            )
            .expect("table list");
        assert_eq!(
            strict, 0,
            "every table is STRICT so a wrong type is refused, not stored"
        );
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().expect("in-memory db");
        migrate_to(&mut conn, latest_version()).expect("first run");
        migrate_to(&mut conn, latest_version()).expect("second run is a no-op");
        assert_eq!(current_version(&conn).ok(), Some(latest_version()));
    }
}
