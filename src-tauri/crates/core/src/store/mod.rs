//! The local store: one SQLite database in the data folder, opened once, written in
//! transactions.

mod migrations;
mod remembered;
mod tables;

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use migrations::latest_version;
pub(crate) use tables::{Undoable, WorkshopList};

use crate::data_folder::{DATABASE_FILE, FolderLock};
use crate::error::{Error, Result};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The workshop store. All reads and writes of workshops go through it.
///
/// Holds the data folder's lock for as long as it lives.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    _lock: Option<FolderLock>,
}

impl Store {
    /// Opens the store in `folder`, creating the folder and the database if needed, and
    /// bringing an older database up to date.
    ///
    /// Never writes over or beside a file it can't use: a foreign or damaged file gives
    /// [`Error::NotADatabase`], one from a newer Feltboard [`Error::NewerStore`], a folder
    /// it can't write [`Error::DataFolderNotWritable`], and a folder another Feltboard has
    /// open [`Error::AlreadyOpen`].
    ///
    /// Deletions still awaiting an undo when the last session ended are purged here.
    pub fn open(folder: &Path) -> Result<Self> {
        let lock = FolderLock::claim(folder)?;
        let path = folder.join(DATABASE_FILE);
        let conn = open_file(&path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        let mut store = Store {
            conn,
            path: Some(path.clone()),
            _lock: Some(lock),
        };
        store.prepare().map_err(|e| explain_open_error(e, &path))?;
        store.purge_deletions()?;
        Ok(store)
    }

    /// Opens the store in `folder` to read it only, beside a Feltboard that may have it open:
    /// nothing is written (no lock, no purge, no migration), so another program holding
    /// SQLite's write lock never makes it wait.
    ///
    /// A store that needs bringing up to date is refused: the app does that on its next start.
    pub fn open_read_only(folder: &Path) -> Result<Self> {
        let path = folder.join(DATABASE_FILE);
        if !path.exists() {
            return Err(Error::NoStore {
                path: folder.to_path_buf(),
            });
        }
        let conn = open_file(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let store = Store {
            conn,
            path: Some(path.clone()),
            _lock: None,
        };
        store
            .check_version()
            .map_err(|e| explain_open_error(e, &path))?;
        if migrations::current_version(&store.conn)? < latest_version() {
            return Err(Error::StoreNeedsUpdate {
                path: folder.to_path_buf(),
            });
        }
        Ok(store)
    }

    /// A store in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: None,
            _lock: None,
        };
        store.prepare()?;
        Ok(store)
    }

    /// The database file, or `None` for a store in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// SQLite's full integrity check: an empty list when the database is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let mut statement = self.conn.prepare("PRAGMA integrity_check")?;
        let lines = statement.query_map([], |r| r.get::<_, String>(0))?;
        let lines = lines.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(lines.into_iter().filter(|line| line != "ok").collect())
    }

    /// Runs `change` in one immediate transaction: all of it is saved, or none of it.
    pub(crate) fn write<T>(
        &mut self,
        change: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = change(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Marks a row of an undoable table deleted (`Some`) or restores it (`None`).
    pub(crate) fn set_deleted(
        &mut self,
        table: Undoable,
        id: &dyn rusqlite::ToSql,
        deleted_at: Option<crate::time::Timestamp>,
    ) -> Result<()> {
        self.write(|tx| {
            let changed = tx.execute(
                table.set_deleted(),
                rusqlite::params![id, deleted_at.map(|t| t.0)],
            )?;
            if changed == 0 {
                return Err(Error::NotFound {
                    entity: table.entity(),
                });
            }
            Ok(())
        })
    }

    /// Where a new row goes at the end of a workshop's `list`, and how many rows it ever had:
    /// the count picks default colours, so it includes deleted rows to keep colours stable
    /// across an undo.
    pub(crate) fn append_position(
        &self,
        list: WorkshopList,
        workshop: &dyn rusqlite::ToSql,
    ) -> Result<(usize, crate::order_key::OrderKey)> {
        let (count, last): (i64, Option<crate::order_key::OrderKey>) =
            self.read()
                .query_row(list.count_and_last(), [workshop], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        let position = last.map_or_else(crate::order_key::OrderKey::first, |k| k.after());
        Ok((usize::try_from(count).unwrap_or(0), position))
    }

    /// Keys for `count` items placed together at `index` among the siblings that `siblings`
    /// selects (a query of `id, order_key` in order), not counting the items in `moving`.
    /// Past the end means last. Only the placed items get keys; siblings keep theirs.
    pub(crate) fn keys_at(
        &self,
        siblings: &str,
        params: &[&dyn rusqlite::ToSql],
        moving: &[String],
        index: usize,
        count: usize,
    ) -> Result<Vec<crate::order_key::OrderKey>> {
        use crate::order_key::OrderKey;
        let mut statement = self.read().prepare_cached(siblings)?;
        let rows = statement.query_map(params, |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, OrderKey>(1)?))
        })?;
        let mut others = Vec::new();
        for row in rows {
            let (id, key) = row?;
            if !moving.contains(&id) {
                others.push(key);
            }
        }
        let index = index.min(others.len());
        let after = others.get(index);
        let mut before = index.checked_sub(1).and_then(|i| others.get(i)).cloned();
        let mut keys = Vec::with_capacity(count);
        for _ in 0..count {
            let key = OrderKey::between(before.as_ref(), after)?;
            before = Some(key.clone());
            keys.push(key);
        }
        Ok(keys)
    }

    /// The connection, for queries that only read.
    pub(crate) fn read(&self) -> &Connection {
        &self.conn
    }

    fn prepare(&mut self) -> Result<()> {
        // Pragmas are per connection, so they are set here on every open, never in a
        // migration. FULL sync: a facilitator's laptop may lose power mid-workshop, and an
        // edit that was shown as saved must survive it; edits come at typing speed.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        self.check_version()?;
        migrations::migrate_to(&mut self.conn, latest_version())
    }

    /// Refuses a store from a newer Feltboard, or one SQLite finds damaged.
    fn check_version(&self) -> Result<()> {
        let found = migrations::current_version(&self.conn)?;
        if found > latest_version() {
            return Err(Error::NewerStore {
                path: self.path.clone().unwrap_or_default(),
                found,
                known: latest_version(),
            });
        }
        let check: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::NotADatabase {
                path: self.path.clone().unwrap_or_default(),
            });
        }
        migrations::check_applied(&self.conn)
    }

    fn purge_deletions(&mut self) -> Result<()> {
        self.write(|tx| {
            for table in Undoable::ALL {
                tx.execute(table.purge(), [])?;
            }
            Ok(())
        })
    }
}

/// Opens the database file with `access` (read-write or read-only), refusing anything that
/// is not SQLite before SQLite touches it. Only the header is read, however large the file.
fn open_file(path: &Path, access: OpenFlags) -> Result<Connection> {
    let not_writable = |reason: String| Error::DataFolderNotWritable {
        path: path.parent().unwrap_or(path).to_path_buf(),
        reason: crate::Phrase::text(reason),
    };
    let flags = access | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let header = std::fs::File::open(path).and_then(|file| {
        let mut bytes = Vec::with_capacity(SQLITE_HEADER.len());
        file.take(SQLITE_HEADER.len() as u64)
            .read_to_end(&mut bytes)?;
        Ok(bytes)
    });
    match header {
        Ok(bytes) if bytes.is_empty() || bytes.starts_with(SQLITE_HEADER) => {
            Connection::open_with_flags(path, flags).map_err(|e| explain_open_error(e.into(), path))
        }
        Ok(_) => Err(Error::NotADatabase {
            path: path.to_path_buf(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_CREATE)
                .map_err(|e| explain_open_error(e.into(), path))
        }
        Err(e) => Err(not_writable(e.to_string())),
    }
}

/// Turns SQLite's words for a file it can't use into the ones the facilitator sees.
fn explain_open_error(error: Error, path: &Path) -> Error {
    use rusqlite::ErrorCode as Sqlite;
    let Error::Database(inner) = &error else {
        return error;
    };
    match inner.sqlite_error_code() {
        Some(Sqlite::NotADatabase | Sqlite::DatabaseCorrupt) => Error::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(Sqlite::ReadOnly | Sqlite::CannotOpen | Sqlite::PermissionDenied) => {
            Error::DataFolderNotWritable {
                path: path.parent().unwrap_or(path).to_path_buf(),
                reason: crate::Phrase::text(inner.to_string()),
            }
        }
        _ => error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Timestamp;
    use crate::workshops::WorkshopDraft;

    fn draft(title: &str) -> WorkshopDraft {
        WorkshopDraft {
            title: title.to_owned(),
            notes: "n".repeat(10_000),
            ..WorkshopDraft::default()
        }
    }

    #[test]
    fn a_full_disk_refuses_the_change_with_a_clear_error_and_keeps_what_was_saved() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(dir.path()).expect("store");
        let kept = store
            .create_workshop(&draft("Kept"), Timestamp(1))
            .expect("saved");
        // SQLite reports a database that may not grow exactly as it reports a full disk.
        let pages: i64 = store
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .expect("pages");
        store
            .conn
            .pragma_update(None, "max_page_count", pages)
            .expect("cap");
        let error = (0..50)
            .map(|i| store.create_workshop(&draft(&format!("More {i}")), Timestamp(2)))
            .find_map(Result::err)
            .expect("the store fills up");
        assert!(matches!(error, Error::DiskFull), "{error}");
        assert_eq!(error.code(), crate::ErrorCode::NotSaved);
        assert!(error.to_string().contains("disk is full"));
        assert_eq!(
            store.workshop(kept.id).expect("still there").draft.title,
            "Kept"
        );
        assert!(store.integrity_problems().expect("check").is_empty());
    }

    #[test]
    fn a_database_locked_by_another_program_refuses_the_change_and_loses_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(dir.path()).expect("store");
        store
            .conn
            .busy_timeout(std::time::Duration::from_millis(50))
            .expect("short wait");
        let other = Connection::open(dir.path().join(DATABASE_FILE)).expect("second connection");
        other
            .execute_batch("BEGIN IMMEDIATE")
            .expect("the other program takes the write lock");
        let error = store
            .create_workshop(&draft("Blocked"), Timestamp(1))
            .expect_err("busy");
        assert!(matches!(error, Error::Busy), "{error}");
        other.execute_batch("ROLLBACK").expect("released");
        store
            .create_workshop(&draft("Blocked"), Timestamp(1))
            .expect("saved on a second try");
        assert_eq!(store.list_workshops("").expect("list").len(), 1);
    }
}
