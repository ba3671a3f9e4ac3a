//! Numbered, append-only schema migrations, tracked by SQLite's `user_version`.
//!
//! Never edit a migration that has shipped: add the next number instead. Each runs in its
//! own transaction together with the version bump, so a crash leaves the old or the new
//! schema, never half of one. Each applied migration's checksum is kept in the store
//! (`schema_migrations`), and a store whose migration differs from this build's is refused
//! at open: an edited, shipped migration is caught before it corrupts anything.

use rusqlite::{Connection, TransactionBehavior, params};

use crate::error::{Error, Result};

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
    (
        "0003_segments_lineage_evidence.sql",
        include_str!("../../migrations/0003_segments_lineage_evidence.sql"),
    ),
    (
        "0004_workshop_opened.sql",
        include_str!("../../migrations/0004_workshop_opened.sql"),
    ),
    (
        "0005_workshop_language.sql",
        include_str!("../../migrations/0005_workshop_language.sql"),
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

/// A migration's checksum (FNV-1a, 64 bits): enough to notice an edit, not a secret.
fn checksum(sql: &str) -> String {
    let hash = sql.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

const CHECKSUMS_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    number   INTEGER PRIMARY KEY NOT NULL,
    checksum TEXT NOT NULL
) STRICT";

/// Refuses a store one of whose applied migrations differs from this build's.
pub(crate) fn check_applied(conn: &Connection) -> Result<()> {
    let known: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'schema_migrations'",
        [],
        |r| r.get(0),
    )?;
    if !known {
        return Ok(());
    }
    let mut statement = conn.prepare("SELECT number, checksum FROM schema_migrations")?;
    let applied = statement.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in applied {
        let (number, recorded) = row?;
        let ours = usize::try_from(number - 1)
            .ok()
            .and_then(|i| MIGRATIONS.get(i))
            .map(|(_, sql)| checksum(sql));
        if ours.is_some_and(|ours| ours != recorded) {
            return Err(Error::EditedMigration { number });
        }
    }
    Ok(())
}

/// Runs the migrations the database has not seen yet, up to `target`, recording each one's
/// checksum (and those of a store from before checksums were kept).
pub(crate) fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let from = current_version(conn)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(CHECKSUMS_TABLE)?;
    for (number, (_, sql)) in (1..).zip(MIGRATIONS).take(from.max(0) as usize) {
        tx.execute(
            "INSERT OR IGNORE INTO schema_migrations (number, checksum) VALUES (?1, ?2)",
            params![number, checksum(sql)],
        )?;
    }
    tx.commit()?;
    for (number, (_, sql)) in (1..).zip(MIGRATIONS).skip(from.max(0) as usize) {
        if number > target {
            break;
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT OR REPLACE INTO schema_migrations (number, checksum) VALUES (?1, ?2)",
            params![number, checksum(sql)],
        )?;
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
    fn a_store_made_with_a_different_migration_is_refused() {
        let mut conn = Connection::open_in_memory().expect("in-memory db");
        migrate_to(&mut conn, latest_version()).expect("migrated");
        check_applied(&conn).expect("as this build made it");
        conn.execute(
            "UPDATE schema_migrations SET checksum = 'edited' WHERE number = 1",
            [],
        )
        .expect("tampered");
        let error = check_applied(&conn).expect_err("refused");
        assert!(
            matches!(error, Error::EditedMigration { number: 1 }),
            "{error}"
        );
        assert!(error.to_string().contains("migration 1"), "{error}");
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().expect("in-memory db");
        migrate_to(&mut conn, latest_version()).expect("first run");
        migrate_to(&mut conn, latest_version()).expect("second run is a no-op");
        assert_eq!(current_version(&conn).ok(), Some(latest_version()));
    }
}
