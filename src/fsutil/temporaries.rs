//! Temporary files that an interrupted atomic write left behind: recognised by their name
//! (`.NAME.PID.N.tmp`), and removed once the process that named them no longer runs.

use std::fs;
use std::path::Path;

use crate::error::{Error, Result};

/// The process id in the name of a temporary file of [`write_atomic`](super::write_atomic)
/// (`.page.html.1234.0.tmp` → 1234), if `name` is one.
pub(crate) fn temporary_owner(name: &str) -> Option<u32> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let mut parts = inner.rsplitn(3, '.');
    let attempt = parts.next()?;
    let pid = parts.next()?;
    let stem = parts.next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (!stem.is_empty() && digits(attempt)).then(|| pid.parse().ok())?
}

/// Whether the process that named a temporary file may still be writing it. Where the
/// system lists processes (`/proc`), a listed process is running; elsewhere a file younger
/// than an hour is assumed to belong to a running process.
fn may_be_running(pid: u32, path: &Path) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.is_dir() {
        return proc.join(pid.to_string()).exists();
    }
    let age = fs::metadata(path)
        .and_then(|m| m.modified())
        .map(|t| t.elapsed());
    !matches!(age, Ok(Ok(age)) if age.as_secs() > 3600)
}

/// Removes the temporaries of `target` (`.NAME.PID.N.tmp` beside it) whose process is no
/// longer running. Best effort: a temporary that cannot be removed is left for a later run.
/// [`write_atomic`](super::write_atomic) calls it; commands that may leave a file unchanged call it themselves.
pub(crate) fn remove_temporaries_of(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let Some(pid) = temporary_owner(&file_name) else {
            continue;
        };
        // The stem is cut to 200 bytes in long names; the prefix test covers the rest.
        let own = file_name.starts_with(&prefix)
            || (prefix.len() > 201 && file_name.starts_with(&prefix[..201]));
        let path = entry.path();
        if own && entry.file_type().is_ok_and(|t| t.is_file()) && !may_be_running(pid, &path) {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Removes temporary files that an interrupted [`write_atomic`](super::write_atomic) left in `dir` (not in its
/// subfolders): those whose process is no longer running, so that a run beside this one keeps
/// its own. Returns how many were removed; a folder that does not exist has none.
pub(crate) fn remove_temporaries(dir: &Path) -> Result<usize> {
    clean(dir, None)
}

/// Removes the temporaries of `dir` as [`remove_temporaries`] does, in the same reading of the
/// folder that lists it: the names (those that are UTF-8) of its regular files, not links,
/// folders nor temporaries. A folder that does not exist has none.
pub(crate) fn clean_and_list(dir: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    clean(dir, Some(&mut files))?;
    Ok(files)
}

/// One reading of `dir`: removes its temporaries and, when asked, lists its regular files.
fn clean(dir: &Path, mut files: Option<&mut Vec<String>>) -> Result<usize> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(0);
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // The type comes with the folder's entry on most file systems (no system call).
        let is_file = || entry.file_type().is_ok_and(|t| t.is_file());
        let Some(pid) = temporary_owner(&name) else {
            if let Some(files) = files.as_deref_mut()
                && let std::borrow::Cow::Borrowed(name) = name
                && is_file()
            {
                files.push(name.to_owned());
            }
            continue;
        };
        let path = entry.path();
        if is_file() && !may_be_running(pid, &path) {
            fs::remove_file(&path).map_err(|e| Error::write(&path, e))?;
            removed += 1;
        }
    }
    Ok(removed)
}
