//! Files Feltboard writes for people — exports, workshop files — and reads from them.
//!
//! A file is written whole or not at all: into a fresh temporary file beside the target
//! (created exclusively, so a link planted there is never followed), flushed to disk, then
//! renamed over the target, and the folder flushed so the rename survives a power cut.
//! Nothing is ever written over the store itself. A file is read only when it is a regular
//! file no larger than its limit, and no more than the limit is ever read.

use std::io::{Read, Write};
use std::path::Path;

use crate::data_folder;
use crate::error::{Error, Field, Phrase, Result};
use crate::phrase;

/// Writes `bytes` to `path`; see the module. `data_folder` is the store's folder, whose own
/// files are refused as targets.
pub fn write_whole(path: &Path, bytes: &[u8], data_folder: &Path) -> Result<()> {
    let not_written = |reason: Phrase| Error::NotWritten {
        path: path.to_path_buf(),
        reason,
    };
    let name = path
        .file_name()
        .ok_or_else(|| not_written(phrase!("reason-names-a-folder")))?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let folder = folder
        .canonicalize()
        .map_err(|e| not_written(phrase!("reason-folder-unusable", problem = e.to_string())))?;
    if is_store_file(&folder, name, data_folder) {
        return Err(Error::StoreFileAsTarget {
            path: path.to_path_buf(),
        });
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".feltboard-").suffix(".partial");
    // As any new file: readable by others unless the person's umask says otherwise.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut partial = builder
        .tempfile_in(&folder)
        .map_err(|e| not_written(Phrase::text(e.to_string())))?;
    partial
        .write_all(bytes)
        .and_then(|()| partial.as_file().sync_all())
        .map_err(|e| not_written(Phrase::text(e.to_string())))?;
    partial
        .persist(folder.join(name))
        .map_err(|e| not_written(Phrase::text(e.error.to_string())))?;
    flush_folder(&folder).map_err(|e| not_written(Phrase::text(e.to_string())))
}

/// Whether `name` in `folder` is one of the store's own files in `data_folder`.
fn is_store_file(folder: &Path, name: &std::ffi::OsStr, data_folder: &Path) -> bool {
    // Compared without case: macOS's and Windows's file systems ignore it.
    data_folder
        .canonicalize()
        .is_ok_and(|data_folder| folder == data_folder)
        && data_folder::is_store_file(&name.to_string_lossy().to_lowercase())
}

#[cfg(unix)]
fn flush_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn flush_folder(_folder: &Path) -> std::io::Result<()> {
    // Windows flushes a rename with the file; a folder can't be opened to flush.
    Ok(())
}

/// The bytes of the regular file at `path`, refused before reading when it is larger than
/// `limit`; `what` names it in messages ("The workshop file").
pub fn read_limited(path: &Path, limit: u64, what: Field) -> Result<Vec<u8>> {
    let refused = |reason: Phrase| Error::NotRead { what, reason };
    // Looked at before opening: opening a pipe would wait for a writer that never comes.
    let metadata = std::fs::metadata(path).map_err(|e| refused(unreadable(path, &e)))?;
    if !metadata.is_file() {
        let id = if metadata.is_dir() {
            "reason-path-is-a-folder"
        } else {
            "reason-path-is-a-device"
        };
        return Err(refused(
            Phrase::of(id).with("path", path.display().to_string()),
        ));
    }
    let too_large = |size: u64| {
        refused(phrase!(
            "reason-path-too-large",
            path = path.display().to_string(),
            size = size.div_ceil(1_048_576),
            max = limit / 1_048_576,
        ))
    };
    if metadata.len() > limit {
        return Err(too_large(metadata.len()));
    }
    // The file can change between the look and the read: never read past the limit.
    let file = std::fs::File::open(path).map_err(|e| refused(unreadable(path, &e)))?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| refused(unreadable(path, &e)))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn unreadable(path: &Path, error: &std::io::Error) -> Phrase {
    use std::io::ErrorKind;
    let why = match error.kind() {
        ErrorKind::NotFound => phrase!("reason-no-such-file"),
        ErrorKind::PermissionDenied => phrase!("reason-may-not-read"),
        _ => Phrase::text(error.to_string()),
    };
    phrase!(
        "reason-path-unreadable",
        path = path.display().to_string(),
        why = why,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().expect("temp dir")
    }

    #[test]
    fn a_file_is_written_whole_and_replaces_the_old_one() {
        let dir = folder();
        let out = dir.path().join("board.csv");
        std::fs::write(&out, "old").expect("old file");
        write_whole(&out, b"new", Path::new("/nonexistent")).expect("written");
        assert_eq!(std::fs::read(&out).expect("read"), b"new");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn the_store_its_journals_and_its_lock_are_never_written_over() {
        let data = folder();
        std::fs::write(data.path().join("feltboard.db"), "the store").expect("store");
        let through_a_link = folder();
        #[cfg(unix)]
        std::os::unix::fs::symlink(data.path(), through_a_link.path().join("data")).expect("link");
        for name in [
            "feltboard.db",
            "feltboard.db-wal",
            "feltboard.db-shm",
            "feltboard.db-journal",
            "feltboard.lock",
            "FELTBOARD.DB",
        ] {
            let error =
                write_whole(&data.path().join(name), b"{}", data.path()).expect_err("refused");
            assert!(
                matches!(error, Error::StoreFileAsTarget { .. }),
                "{name}: {error}"
            );
            assert!(
                error
                    .to_string()
                    .contains("where Feltboard keeps its workshops")
            );
            #[cfg(unix)]
            assert!(matches!(
                write_whole(
                    &through_a_link.path().join("data").join(name),
                    b"{}",
                    data.path()
                ),
                Err(Error::StoreFileAsTarget { .. })
            ));
        }
        assert_eq!(
            std::fs::read(data.path().join("feltboard.db")).expect("read"),
            b"the store"
        );
        write_whole(&data.path().join("export.pdf"), b"%PDF", data.path())
            .expect("other files in the data folder are fine");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_beside_the_target_is_never_followed() {
        let dir = folder();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").expect("victim");
        let out = dir.path().join("out.json");
        std::os::unix::fs::symlink(&victim, dir.path().join("out.json.partial")).expect("link");
        write_whole(&out, b"export", Path::new("/nonexistent")).expect("written");
        assert_eq!(std::fs::read(&victim).expect("victim"), b"precious");
        assert!(
            std::fs::symlink_metadata(&out).expect("out").is_file(),
            "a file, not a link"
        );

        // A link at the target itself is replaced, not written through.
        let linked = dir.path().join("linked.json");
        std::os::unix::fs::symlink(&victim, &linked).expect("link");
        write_whole(&linked, b"export", Path::new("/nonexistent")).expect("written");
        assert_eq!(std::fs::read(&victim).expect("victim"), b"precious");
        assert!(
            std::fs::symlink_metadata(&linked)
                .expect("linked")
                .is_file()
        );
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_as_any_file_the_person_makes() {
        use std::os::unix::fs::PermissionsExt;
        let dir = folder();
        let out = dir.path().join("out.pdf");
        write_whole(&out, b"%PDF", Path::new("/nonexistent")).expect("written");
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
        assert_eq!(
            mode & 0o044,
            0o044 & !umask(),
            "not the temporary file's 0600"
        );
    }

    #[cfg(unix)]
    fn umask() -> u32 {
        // Read from /proc rather than set: setting it would race the other tests.
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("Umask:"))
                    .and_then(|m| u32::from_str_radix(m.trim(), 8).ok())
            })
            .unwrap_or(0o022)
    }

    #[test]
    fn a_missing_target_folder_is_a_sentence() {
        let error = write_whole(Path::new("/no/such/folder/out.pdf"), b"x", Path::new("/"))
            .expect_err("refused");
        assert!(
            error.to_string().starts_with(
                "/no/such/folder/out.pdf could not be written: its folder can't be used"
            ),
            "{error}"
        );
    }

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = folder();
        let file = dir.path().join("w.json");
        std::fs::write(&file, b"{}").expect("file");
        assert_eq!(
            read_limited(&file, 10, Field::WorkshopFile).expect("read"),
            b"{}"
        );

        let huge = dir.path().join("huge.json");
        std::fs::File::create(&huge)
            .and_then(|f| f.set_len(3 << 30))
            .expect("a sparse 3 GB file");
        let started = std::time::Instant::now();
        let error = read_limited(&huge, 100 << 20, Field::WorkshopFile).expect_err("too large");
        assert!(
            error.to_string().contains("is 3072 MB; at most 100 MB"),
            "{error}"
        );
        assert!(
            started.elapsed().as_secs() < 2,
            "refused from its size, not by reading it"
        );

        let folder_error = read_limited(dir.path(), 10, Field::WorkshopFile).expect_err("a folder");
        assert!(
            folder_error
                .to_string()
                .ends_with("is a folder, not a file."),
            "{folder_error}"
        );
        let missing =
            read_limited(&dir.path().join("nope"), 10, Field::WorkshopFile).expect_err("gone");
        assert!(
            missing
                .to_string()
                .ends_with("can't be read: there is no such file."),
            "{missing}"
        );
        #[cfg(unix)]
        {
            let zero =
                read_limited(Path::new("/dev/zero"), 10, Field::WorkshopFile).expect_err("device");
            assert!(
                zero.to_string()
                    .ends_with("is a device or a pipe, not a file."),
                "{zero}"
            );
            let fifo = dir.path().join("fifo");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            assert!(made.is_ok_and(|s| s.success()), "mkfifo");
            // Were it opened, this would wait for a writer for ever.
            let error = read_limited(&fifo, 10, Field::WorkshopFile).expect_err("a pipe");
            assert!(
                error
                    .to_string()
                    .ends_with("is a device or a pipe, not a file.")
            );
        }
    }
}
