//! File-system helpers: atomic writes and reading text files with their path in every error.
//!
//! Nothing here decides *what* to write; it only guarantees that a file is either fully written
//! or left as it was.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed and
/// renamed over the target. Parent folders are created. An interrupted write leaves the old
/// file (or no file) in place, never a truncated one.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let mut tmp = tempfile_in(dir, path)?;
    let result = (|| {
        tmp.1.write_all(contents)?;
        tmp.1.sync_all()
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp.0);
        return Err(Error::write(path, e));
    }
    drop(tmp.1);
    fs::rename(&tmp.0, path).map_err(|e| {
        let _ = fs::remove_file(&tmp.0);
        Error::write(path, e)
    })
}

/// Creates a new, uniquely named hidden file beside `target`.
fn tempfile_in(dir: &Path, target: &Path) -> Result<(std::path::PathBuf, fs::File)> {
    let stem = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file");
    let pid = std::process::id();
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(".{stem}.{pid}.{attempt}.tmp"));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::write(target, e)),
        }
    }
    Err(Error::write(
        target,
        std::io::Error::other("could not create a temporary file"),
    ))
}

/// Creates `path` (which must not exist) with `contents` and flushes it to disk before
/// returning, so that a folder renamed into place afterwards never holds an empty or
/// truncated file after a crash.
pub fn write_new_synced(path: &Path, contents: &[u8]) -> Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::write(path, e))?;
    file.write_all(contents)
        .and_then(|()| file.sync_all())
        .map_err(|e| Error::write(path, e))
}

/// Flushes a folder's entries (files created, renamed or removed in it) to disk. A no-op
/// where folders cannot be opened as files (Windows).
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::write(dir, e))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Whether `name` is a temporary file of [`write_atomic`] (`.page.html.1234.0.tmp`).
pub fn is_temporary(name: &str) -> bool {
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let mut parts = inner.rsplitn(3, '.');
    let attempt = parts.next().unwrap_or_default();
    let pid = parts.next().unwrap_or_default();
    let stem = parts.next().unwrap_or_default();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    !stem.is_empty() && digits(pid) && digits(attempt)
}

/// Removes temporary files that an interrupted [`write_atomic`] left in `dir` (not in its
/// subfolders). Returns how many were removed; a folder that does not exist has none.
pub fn remove_temporaries(dir: &Path) -> Result<usize> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(0);
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if entry.file_type().is_ok_and(|t| t.is_file()) && is_temporary(&name.to_string_lossy()) {
            fs::remove_file(entry.path()).map_err(|e| Error::write(entry.path(), e))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Reads a whole file as UTF-8 text, naming the file in any error.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::read(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::read(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not UTF-8: {e}")),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporaries_are_recognised_and_removed() {
        assert!(is_temporary(".page.html.1234.0.tmp"));
        assert!(!is_temporary(".page.html.tmp"));
        assert!(!is_temporary("page.html.1234.0.tmp"));
        assert!(!is_temporary(".x.tmp.tmp"));
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".a.html.99.0.tmp"), "half").unwrap();
        fs::write(dir.path().join("a.html"), "page").unwrap();
        assert_eq!(remove_temporaries(dir.path()).unwrap(), 1);
        assert!(dir.path().join("a.html").exists());
        assert_eq!(remove_temporaries(&dir.path().join("absent")).unwrap(), 0);
    }

    #[test]
    fn write_atomic_replaces_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a/b.txt");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "two");
        let names: Vec<_> = fs::read_dir(target.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1, "a temporary file was left behind");
    }

    #[test]
    fn write_new_synced_writes_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.txt");
        write_new_synced(&target, b"one").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "one");
        assert!(write_new_synced(&target, b"two").is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "one");
        sync_dir(dir.path()).unwrap();
    }
}
