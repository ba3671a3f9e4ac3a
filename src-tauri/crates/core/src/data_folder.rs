//! Where the store lives, and the lock that keeps two Feltboards from writing to it at once.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::command_line;
use crate::error::{Error, Result};

/// The environment variable that names the data folder (tests, USB sticks).
pub const ENV_VAR: &str = "FELTBOARD_DATA_DIR";
/// The command-line flag that names the data folder; it wins over [`ENV_VAR`].
pub const FLAG: &str = "--data-dir";
/// The database file inside the data folder.
pub const DATABASE_FILE: &str = "feltboard.db";
const LOCK_FILE: &str = "feltboard.lock";

/// The data folder: the `--data-dir` flag, else `FELTBOARD_DATA_DIR`, else the operating
/// system's folder for application data (for example `~/.local/share/feltboard` on Linux).
///
/// Fails only when none is given and the system has no home folder.
pub fn resolve(args: &[String], env_value: Option<String>) -> Result<PathBuf> {
    if let Some(chosen) = command_line::setting(args, FLAG, env_value) {
        return Ok(PathBuf::from(chosen));
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
            reason: format!("this system has no home folder; set {ENV_VAR} or pass {FLAG}"),
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
            reason: e.to_string(),
        };
        std::fs::create_dir_all(folder).map_err(not_writable)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(LOCK_FILE))
            .map_err(not_writable)?;
        match file.try_lock() {
            Ok(()) => Ok(FolderLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(Error::AlreadyOpen {
                path: folder.to_path_buf(),
            }),
            Err(TryLockError::Error(e)) => Err(not_writable(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_flag_wins_over_the_environment_which_wins_over_the_default() {
        let env = Some("/from/env".to_owned());
        let chosen = |a: &[&str], e: Option<String>| resolve(&args(a), e).ok();
        assert_eq!(
            chosen(&["app", "--data-dir", "/flag"], env.clone()),
            Some("/flag".into())
        );
        assert_eq!(
            chosen(&["app", "--data-dir=/eq"], env.clone()),
            Some("/eq".into())
        );
        assert_eq!(chosen(&["app"], env), Some("/from/env".into()));
        let default = chosen(&["app"], None).expect("a default on a machine with a home");
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
