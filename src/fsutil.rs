//! File-system helpers: atomic writes and reading text files with their path in every error.
//!
//! Nothing here decides *what* to write; it only guarantees that a file is either fully written
//! or left as it was. `temporaries` cleans up after writes that were interrupted, and `guard`
//! holds a project while a command changes its configuration or lock.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

mod guard;
mod temporaries;
#[cfg(test)]
mod tests;

pub(crate) use guard::ProjectGuard;
pub(crate) use temporaries::{clean_and_list, remove_temporaries, remove_temporaries_of};

/// Writes `contents` to `path` atomically: a temporary file in the same folder, flushed and
/// renamed over the target. Parent folders are created. An interrupted write leaves the old
/// file (or no file) in place, never a truncated one.
///
/// A symbolic link is kept: the file it points to is replaced (atomically, in that file's
/// folder). The new file keeps the permissions of the file it replaces. A regular file where
/// a parent folder should be is named in the error.
///
/// Temporary files of this same target left by a process that was killed while writing it
/// are removed first.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let resolved = resolve_links(path)?;
    remove_temporaries_of(&resolved);
    replace_atomic(&resolved, contents)
}

/// Writes like [`write_atomic`] a file of the project at `root`, but never creates a file
/// outside the project through a link: when `path` is a symbolic link whose file does not
/// exist yet and would lie outside `root`, nothing is written and the error says why. (A link
/// to an existing file is still written through, as [`write_atomic`] does.)
pub(crate) fn write_atomic_in(root: &Path, path: &Path, contents: &[u8]) -> Result<()> {
    let resolved = resolve_links(path)?;
    let created = fs::symlink_metadata(&resolved).is_err();
    if resolved != path && created && !is_within(&resolved, root) {
        return Err(Error::write(
            path,
            std::io::Error::other(
                "it is a symbolic link to a file outside the project that does not exist; \
                 not created (remove the link, or create its file first)",
            ),
        ));
    }
    write_atomic(path, contents)
}

/// Whether `path` (which need not exist) lies inside `root`, comparing real paths: the
/// longest existing ancestor of `path` is resolved and the rest appended.
pub(crate) fn is_within(path: &Path, root: &Path) -> bool {
    let Ok(root) = fs::canonicalize(root) else {
        return false;
    };
    real_path(path).starts_with(root)
}

/// An absolute path with `.`, `..` and symbolic links resolved, also for a path that does not
/// exist yet: `.` and `..` are applied to the absolute path first, then the longest existing
/// ancestor is resolved and the rest appended.
pub(crate) fn real_path(path: &Path) -> PathBuf {
    use std::path::Component;
    let absolute = std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    let mut rest = Vec::new();
    let mut existing = clean.as_path();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest.iter().rev().fold(real, |p: PathBuf, c| p.join(c));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                existing = parent;
            }
            _ => return clean,
        }
    }
}

/// Writes `contents` to `path` atomically like [`write_atomic`], but never through a link: a
/// symbolic link at `path` is itself replaced by the new file, and whatever it pointed to is
/// left alone. For generated files (pages), where a link planted in the output folder must
/// not redirect a write into the sources or out of the project.
pub(crate) fn replace_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    replace_atomic_with(path, |file| file.write_all(contents))
}

/// Like [`replace_atomic`], with the contents written by `write` (unbuffered: `write` buffers
/// as it needs).
pub(crate) fn replace_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut fs::File) -> std::io::Result<()>,
) -> Result<()> {
    write_temporary(path, write, true, Folder::Unknown)?
        .0
        .commit()
}

/// A file written under a temporary name beside its target (as [`replace_atomic`] names its
/// temporaries), not yet in place: [`Staged::commit`] renames it over the target,
/// [`Staged::discard`] removes it.
#[derive(Debug)]
#[must_use = "a staged file is neither in place nor removed until committed or discarded"]
pub(crate) struct Staged {
    temporary: PathBuf,
    target: PathBuf,
}

impl Staged {
    /// Puts the file in place, replacing the target (a symbolic link at the target is itself
    /// replaced).
    pub(crate) fn commit(self) -> Result<()> {
        fs::rename(&self.temporary, &self.target).map_err(|e| {
            let _ = fs::remove_file(&self.temporary);
            Error::write(&self.target, e)
        })
    }

    /// Removes the temporary file; the target is left as it was.
    pub(crate) fn discard(self) {
        let _ = fs::remove_file(&self.temporary);
    }
}

/// What a writer knows of the folder a file goes into: whether it must be created, and
/// whether the file may already be there (whose permissions the new file keeps).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Folder {
    /// Nothing: the folder is created if missing and the target looked up.
    Unknown,
    /// The folder exists; the target is looked up.
    Exists,
    /// The folder exists and was created by this writer, which put nothing in it under the
    /// target's name: there is no file to take permissions from.
    Created,
}

/// Writes `contents` beside `path` under a temporary name, for [`Staged::commit`] to put in
/// place later, as [`replace_atomic`] does at once (the permissions of the file it will
/// replace are kept). The data is not flushed to disk: for
/// generated files that a later run can write again (pages), where flushing thousands of files
/// one by one would cost more than the build.
///
/// The contents are written by `write` into the temporary file (unbuffered: `write` buffers as
/// it needs). `folder` says what the caller knows of the target's folder: a writer of
/// thousands of files creates each folder once (with [`create_dirs`]) and then makes no
/// system call per file to look for it.
pub(crate) fn stage_in<T>(
    path: &Path,
    folder: Folder,
    write: impl FnOnce(&mut fs::File) -> std::io::Result<T>,
) -> Result<(Staged, T)> {
    write_temporary(path, write, false, folder)
}

fn write_temporary<T>(
    path: &Path,
    write: impl FnOnce(&mut fs::File) -> std::io::Result<T>,
    sync: bool,
    folder: Folder,
) -> Result<(Staged, T)> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if folder == Folder::Unknown {
        create_dirs(dir)?;
    }
    let permissions = if folder == Folder::Created {
        None
    } else {
        fs::symlink_metadata(path)
            .ok()
            .filter(fs::Metadata::is_file)
            .map(|m| m.permissions())
    };
    let mut tmp = tempfile_in(dir, path)?;
    let result = (|| {
        if let Some(permissions) = permissions {
            tmp.1.set_permissions(permissions)?;
        }
        let value = write(&mut tmp.1)?;
        if sync {
            tmp.1.sync_all()?;
        }
        Ok(value)
    })();
    match result {
        Ok(value) => Ok((
            Staged {
                temporary: tmp.0,
                target: path.to_path_buf(),
            },
            value,
        )),
        Err(e) => {
            let _ = fs::remove_file(&tmp.0);
            Err(Error::write(path, e))
        }
    }
}

/// The file a path names after following symbolic links: the path itself when it is not a
/// link (or does not exist). A dangling link resolves to the missing file it points to.
fn resolve_links(path: &Path) -> Result<PathBuf> {
    let is_link = |p: &Path| {
        fs::symlink_metadata(p)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false)
    };
    if !is_link(path) {
        return Ok(path.to_path_buf());
    }
    match fs::canonicalize(path) {
        Ok(real) => return Ok(real),
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(Error::write(path, e)),
        Err(_) => {}
    }
    // A dangling link: follow it hop by hop (40, like the kernel, before calling it a loop).
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        if !is_link(&current) {
            return Ok(current);
        }
        let next = fs::read_link(&current).map_err(|e| Error::write(path, e))?;
        current = match current.parent() {
            Some(dir) => dir.join(next),
            None => next,
        };
    }
    Err(Error::write(
        path,
        std::io::Error::other("too many levels of symbolic links"),
    ))
}

/// Creates `dir` and its parents. When a regular file stands where a folder should be, the
/// error names that file rather than repeating the system's "Not a directory".
pub(crate) fn create_dirs(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| match blocking_file(dir) {
        Some(file) => Error::write(
            dir,
            std::io::Error::new(
                std::io::ErrorKind::NotADirectory,
                format!(
                    "cannot create the folder: `{}` is a file, not a folder",
                    file.display()
                ),
            ),
        ),
        None => Error::write(dir, e),
    })
}

/// The nearest existing ancestor of `dir` (itself included) when it is not a folder.
fn blocking_file(dir: &Path) -> Option<&Path> {
    dir.ancestors()
        .filter(|a| !a.as_os_str().is_empty())
        .find(|a| fs::metadata(a).is_ok())
        .filter(|a| !a.is_dir())
}

/// Creates a new, uniquely named hidden file beside `target`.
fn tempfile_in(dir: &Path, target: &Path) -> Result<(PathBuf, fs::File)> {
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file");
    // The temporary's name must stay within the 255 bytes a file name may have.
    let mut cut = name.len().min(200);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let stem = &name[..cut];
    // The process's id, asked once: each call is a system call.
    static PID: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    let pid = *PID.get_or_init(std::process::id);
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
pub(crate) fn write_new_synced(path: &Path, contents: &[u8]) -> Result<()> {
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
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::write(dir, e))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Reads a whole file as UTF-8 text, naming the file in any error. Only a regular file of
/// at most [`DEFAULT_MAX_FILE_SIZE`](crate::catalog::DEFAULT_MAX_FILE_SIZE) bytes is read: a
/// FIFO would block for ever, a device could fill memory.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    read_text_limited(path, crate::catalog::DEFAULT_MAX_FILE_SIZE)
}

/// Reads a whole file as UTF-8 text like [`read_text`], with its own size limit in bytes: for
/// files that grow with the whole tree rather than with one FTL file (the lock). A larger file
/// is an error naming the file and the limit; a FIFO or a device is refused as by
/// [`read_text`].
pub(crate) fn read_text_limited(path: &Path, limit: u64) -> Result<String> {
    use std::io::Read;
    let meta = fs::metadata(path).map_err(|e| Error::read(path, e))?;
    if !meta.is_file() {
        return Err(Error::read(
            path,
            std::io::Error::other("not a regular file; only regular files are read"),
        ));
    }
    let too_large = || {
        Error::read(
            path,
            std::io::Error::other(format!("larger than the limit of {}", describe_size(limit))),
        )
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    // Sized from the file's length: through `take`, reading would otherwise grow the buffer
    // (and ask the system) many times for a large file.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).map_or(0, |n| n + 1));
    fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::read(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::read(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not UTF-8: {e}")),
        )
    })
}

/// A size for messages: `67108864 bytes (64 MiB)`, or only the bytes when they are not a whole
/// number of KiB, MiB or GiB.
pub(crate) fn describe_size(bytes: u64) -> String {
    let unit = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        .into_iter()
        .find(|(size, _)| bytes >= *size && bytes.is_multiple_of(*size));
    match unit {
        Some((size, name)) => format!("{bytes} bytes ({} {name})", bytes / size),
        None => format!("{bytes} bytes"),
    }
}
