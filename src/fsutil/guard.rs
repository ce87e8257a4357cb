//! The project guard: an advisory lock on `fluentpress.toml` that serialises the commands
//! which read, change and write the configuration or the lock file.

use std::fs;
use std::path::Path;

use super::{remove_temporaries_of, resolve_links};
use crate::error::{Error, Result};

/// An exclusive advisory lock on a project, held while a command reads, changes and writes
/// `fluentpress.toml` or the lock file, so that concurrent runs (two `accept`s, four
/// `add-locale`s) do not lose each other's changes. Released when dropped.
///
/// The lock is taken on `fluentpress.toml` itself, which every project has, opened read-only:
/// no extra file appears in the project. Because the configuration is replaced by renaming a
/// new file over it, a lock won on the old file is dropped and taken again on the new one.
/// Other programs are not stopped: the lock is advisory, among fluentpress runs only.
#[derive(Debug)]
pub(crate) struct ProjectGuard {
    _file: fs::File,
}

impl ProjectGuard {
    /// Waits until no other fluentpress run holds the project whose configuration is `path`,
    /// then holds it (see [`crate::config::guard`]).
    pub(crate) fn acquire(path: &Path) -> Result<Self> {
        let path = path.to_path_buf();
        loop {
            let file = fs::File::open(&path).map_err(|e| Error::read(&path, e))?;
            file.lock().map_err(|e| Error::read(&path, e))?;
            if still_names(&path, &file).map_err(|e| Error::read(&path, e))? {
                // What a run killed while rewriting the configuration left behind.
                remove_temporaries_of(&resolve_links(&path).unwrap_or_else(|_| path.clone()));
                return Ok(ProjectGuard { _file: file });
            }
        }
    }
}

/// Whether `path` still names the file open as `file` (not a new one renamed over it).
#[cfg(unix)]
fn still_names(path: &Path, file: &fs::File) -> std::io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let (held, now) = (file.metadata()?, fs::metadata(path)?);
    Ok(held.dev() == now.dev() && held.ino() == now.ino())
}

/// Elsewhere a file open by another process cannot be replaced: the path names it.
#[cfg(not(unix))]
fn still_names(_path: &Path, _file: &fs::File) -> std::io::Result<bool> {
    Ok(true)
}
