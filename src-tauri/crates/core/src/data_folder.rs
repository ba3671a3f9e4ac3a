//! Where the store lives, and the lock that keeps two Feltboards from writing to it at once.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The environment variable that names the data folder (tests, USB sticks).
pub const ENV_VAR: &str = "FELTBOARD_DATA_DIR";
/// The command-line flag that names the data folder; it wins over [`ENV_VAR`].
pub const FLAG: &str = "--data-dir";
/// The database file inside the data folder.
pub const DATABASE_FILE: &str = "feltboard.db";
const LOCK_FILE: &str = "feltboard.lock";

/// Whether `name` is one of the store's files in the data folder: the database, the journals
/// SQLite keeps beside it, or the lock. Nothing else may ever be written over them.
pub fn is_store_file(name: &str) -> bool {
    name == LOCK_FILE
        || name
            .strip_prefix(DATABASE_FILE)
            .is_some_and(|journal| ["", "-wal", "-shm", "-journal"].contains(&journal))
}

/// The data folder: `chosen` (the `--data-dir` flag, else `FELTBOARD_DATA_DIR`, as each
/// front end reads them), else the operating system's folder for application data (for
/// example `~/.local/share/feltboard` on Linux).
///
/// Fails only when none is chosen and the system has no home folder.
pub fn resolve(chosen: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(chosen) = chosen {
        return Ok(chosen);
    }
    dirs::data_dir()
        .map(|d| {
            d.join(if cfg!(target_os = "linux") {
                "feltboard"
            } else {
                "Feltboard"
            })
        })
        .ok_or_else(|| Error::DataFolderNotWritable {
            path: PathBuf::from("~"),
            reason: crate::phrase!("reason-no-home-folder", variable = ENV_VAR, flag = FLAG),
        })
}

/// The exclusive claim of one process on a data folder, released when dropped (or when the
/// process dies, so a crash never leaves the folder locked).
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
}

impl FolderLock {
    /// Creates the folder if needed and claims it.
    ///
    /// Fails with [`Error::AlreadyOpen`] when another process holds it, and with
    /// [`Error::DataFolderNotWritable`] when it can't be created or written.
    pub fn claim(folder: &Path) -> Result<Self> {
        let not_writable = |e: std::io::Error| Error::DataFolderNotWritable {
            path: folder.to_path_buf(),
            reason: crate::Phrase::text(e.to_string()),
        };
        std::fs::create_dir_all(folder).map_err(not_writable)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(LOCK_FILE))
            .map_err(not_writable)?;
        // A Feltboard that is closing, or a process forked a moment ago that has not yet
        // exec'd, may hold the lock for an instant: a held lock is only taken as "open
        // elsewhere" once it has stayed held for half a second.
        let mut tries = 0;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(FolderLock { _file: file }),
                Err(TryLockError::WouldBlock) if tries < 10 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(Error::AlreadyOpen {
                        path: folder.to_path_buf(),
                    });
                }
                Err(TryLockError::Error(e)) => return Err(not_writable(e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chosen_folder_wins_over_the_systems() {
        assert_eq!(resolve(Some("/flag".into())).ok(), Some("/flag".into()));
        let default = resolve(None).expect("a default on a machine with a home");
        assert!(default.ends_with("feltboard") || default.ends_with("Feltboard"));
    }

    #[test]
    fn a_second_claim_on_the_same_folder_is_refused_until_the_first_is_released() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = FolderLock::claim(dir.path()).expect("first claim");
        let second = FolderLock::claim(dir.path());
        assert!(
            matches!(second, Err(Error::AlreadyOpen { .. })),
            "two processes must never write the same store"
        );
        drop(first);
        assert!(FolderLock::claim(dir.path()).is_ok(), "released on drop");
    }
}
