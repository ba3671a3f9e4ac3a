//! Opening the store on folders and files it can't or mustn't use: it says what happened
//! and where, and never writes over or beside the file.

use std::path::Path;

use feltboard_core::data_folder::DATABASE_FILE;
use feltboard_core::{Error, ErrorCode, Store, Timestamp};
use rusqlite::Connection;

fn bytes_of(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("file readable")
}

#[test]
fn a_new_folder_gets_a_store_at_the_latest_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("nested").join("data");
    let store = Store::open(&folder).expect("created");
    assert_eq!(store.path(), Some(folder.join(DATABASE_FILE).as_path()));
    let version: i64 = Connection::open(folder.join(DATABASE_FILE))
        .and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get(0)))
        .expect("version");
    assert_eq!(version, feltboard_core::latest_version());
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join(DATABASE_FILE);
    std::fs::write(&db, b"these are a facilitator's notes, not a database").expect("write");
    let before = bytes_of(&db);
    let error = Store::open(dir.path()).expect_err("refused");
    assert!(matches!(error, Error::NotADatabase { .. }), "{error}");
    assert_eq!(error.code(), ErrorCode::StoreUnusable);
    assert!(
        error.to_string().contains(&db.display().to_string()),
        "the message says where the file is"
    );
    assert_eq!(bytes_of(&db), before, "the file is left exactly as it was");
    assert!(
        !dir.path().join(format!("{DATABASE_FILE}-wal")).exists(),
        "nothing is written beside it"
    );
}

#[test]
fn a_damaged_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut store = Store::open(dir.path()).expect("store");
        for i in 0..200 {
            let draft = feltboard_core::workshops::WorkshopDraft {
                title: format!("Workshop {i}"),
                notes: "n".repeat(500),
                ..Default::default()
            };
            store
                .create_workshop(&draft, Timestamp(i))
                .expect("created");
        }
    }
    let db = dir.path().join(DATABASE_FILE);
    let mut bytes = bytes_of(&db);
    assert!(bytes.len() > 8192, "several pages to damage");
    // Keep the header (it still claims to be SQLite) and scribble over the pages after it.
    for byte in &mut bytes[4096..] {
        *byte = 0xA5;
    }
    std::fs::write(&db, &bytes).expect("damage");
    let error = Store::open(dir.path()).expect_err("refused");
    assert!(matches!(error, Error::NotADatabase { .. }), "{error}");
    assert_eq!(
        bytes_of(&db),
        bytes,
        "a damaged store is evidence: never rewrite it"
    );
}

#[test]
fn a_database_from_a_newer_feltboard_is_refused_without_a_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open(dir.path()).expect("store"));
    let db = dir.path().join(DATABASE_FILE);
    let newer = feltboard_core::latest_version() + 1;
    Connection::open(&db)
        .and_then(|c| c.pragma_update(None, "user_version", newer))
        .expect("set version");
    let error = Store::open(dir.path()).expect_err("refused");
    assert!(
        matches!(error, Error::NewerStore { found, .. } if found == newer),
        "{error}"
    );
}

#[test]
fn a_second_store_on_the_same_folder_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _first = Store::open(dir.path()).expect("first");
    let error = Store::open(dir.path()).expect_err("second is refused");
    assert_eq!(error.code(), ErrorCode::AlreadyOpen);
    assert!(error.to_string().contains("already open"), "{error}");
}

#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_written_is_reported_with_its_path() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let locked = dir.path().join("read-only");
    std::fs::create_dir(&locked).expect("mkdir");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root ignores permissions; then the check is meaningless here, so use a path under a file.
    let folder = if std::fs::write(locked.join("probe"), b"").is_ok() {
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"").expect("file");
        file.join("data")
    } else {
        locked.join("data")
    };
    let error = Store::open(&folder).expect_err("refused");
    assert!(
        matches!(error, Error::DataFolderNotWritable { .. }),
        "{error}"
    );
    assert_eq!(error.code(), ErrorCode::StoreUnusable);
}

#[test]
fn a_database_left_by_the_first_version_is_migrated_and_keeps_its_data() {
    // The oldest store there is: made by migration 0001 alone, as the first release wrote it.
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join(DATABASE_FILE);
    {
        let conn = Connection::open(&db).expect("db");
        conn.execute_batch(include_str!("../migrations/0001_initial.sql"))
            .expect("schema v1");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
        conn.execute(
            "INSERT INTO workshops (id, title, created_at, updated_at)
             VALUES ('0190b6f0-0000-7000-8000-000000000001', 'From version one', 1, 1)",
            [],
        )
        .expect("row");
    }
    let error = Store::open_read_only(dir.path()).expect_err("reading does not migrate");
    assert!(error.to_string().contains("Open Feltboard once"), "{error}");
    let store = Store::open(dir.path()).expect("opened and migrated");
    let titles: Vec<String> = store
        .list_workshops("")
        .expect("list")
        .into_iter()
        .map(|s| s.workshop.draft.title)
        .collect();
    assert_eq!(titles, ["From version one"]);
    assert!(store.integrity_problems().expect("check").is_empty());
}

#[test]
fn a_huge_file_that_is_not_sqlite_is_refused_from_its_header_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join(DATABASE_FILE);
    std::fs::File::create(&db)
        .and_then(|f| f.set_len(6 << 30))
        .expect("a sparse 6 GB file");
    let started = std::time::Instant::now();
    let error = Store::open(dir.path()).expect_err("refused");
    assert!(matches!(error, Error::NotADatabase { .. }), "{error}");
    // Reading 6 GB would take seconds and as much memory; sixteen bytes take nothing.
    assert!(
        started.elapsed().as_secs() < 3,
        "took {:?}",
        started.elapsed()
    );
    let error = Store::open_read_only(dir.path()).expect_err("refused");
    assert!(matches!(error, Error::NotADatabase { .. }), "{error}");
}

#[test]
fn reading_never_waits_for_a_program_holding_the_write_lock_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut store = Store::open(dir.path()).expect("store");
        let id = store.add_sample_workshop(Timestamp(1)).expect("sample");
        let board = store.list_boards(id).expect("boards")[0].board.id;
        let card = store.board(board).expect("board").cards[0].id;
        // A deletion awaiting its undo: reading must not purge it.
        store.delete_cards(&[card], Timestamp(2)).expect("deleted");
        // The store stays open (the app is running) while the command line reads.
        let holder = Connection::open(dir.path().join(DATABASE_FILE)).expect("another program");
        holder
            .execute_batch("BEGIN IMMEDIATE")
            .expect("it takes the write lock");
        let started = std::time::Instant::now();
        let reader = Store::open_read_only(dir.path()).expect("opened to read");
        assert_eq!(reader.list_workshops("").expect("listed").len(), 1);
        assert!(
            started.elapsed().as_millis() < 2_000,
            "no wait for the lock: {:?}",
            started.elapsed()
        );
        holder.execute_batch("ROLLBACK").expect("released");
        drop(reader);
        store.restore_cards(&[card]).expect("the undo still works");
    }
    let error = Store::open_read_only(&dir.path().join("elsewhere")).expect_err("no store");
    assert!(
        error
            .to_string()
            .starts_with("There is no Feltboard data in"),
        "{error}"
    );
}
