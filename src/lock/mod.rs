//! The lock: what each translation was made against, so that a changed source shows up.
//!
//! For every translated entry part of every locale — a message or term value (`title`,
//! `-brand`) or an attribute (`title.aria-label`) — the lock records the source-locale text
//! and the pivot-locale text it was translated from, and a fingerprint of the translation. A
//! later [`Lock::status`] compares the current files with those records: the source or pivot
//! changed ([`EntryState::Outdated`]), the translation changed and awaits confirmation
//! ([`EntryState::Updated`]), nothing changed, or nothing was ever recorded. [`Lock::accept`]
//! records the current state after review and prunes records of entries that are gone.
//!
//! Texts are compared in a normalised form (see `text.rs`): layout whitespace, comments and
//! placeable spelling do not count. The file format is described in `format.rs` and in
//! `docs/lock.md`. This module works on a loaded [`Catalog`](crate::catalog::Catalog) and
//! never reads FTL itself; it writes only the lock file ([`Lock::save`], [`Lock::save_in`],
//! [`accept_and_save`]), and never one larger than it reads back ([`MAX_LOCK_SIZE`]).
//!
//! `status` compares, `accept` records, `snapshot` reads the parts of a locale's files that
//! both sides look at, `diff` shows a changed text word by word.

mod accept;
mod accept_text;
mod diff;
mod format;
mod snapshot;
mod status;
#[cfg(test)]
mod tests;
mod text;

pub(crate) use text::inline_text;

use std::collections::BTreeMap;
use std::path::Path;

pub use accept::{AcceptOutcome, AcceptReport, Accepted, FirstRecording, accept_and_save};
pub use accept_text::{AcceptText, OutcomeText};
pub use diff::{Segment, render_compact, render_inline, word_diff};
pub use status::{Change, EntryState, EntryStatus};

use crate::catalog::Position;
use crate::error::{Error, Result};
use crate::ftl::PartId;

/// The largest lock file that is read, and so the largest that is written: 1 GiB.
///
/// A lock grows with the whole tree (every translated entry part of every locale, with its
/// source and pivot text), not with one FTL file, so the FTL file limit
/// ([`DEFAULT_MAX_FILE_SIZE`](crate::catalog::DEFAULT_MAX_FILE_SIZE)) does not apply to it.
/// Thunderbird's tree (69 locales, 378,614 records) gives a lock of 86.5 MB, about 230 bytes a
/// record: 1 GiB holds some 4.6 million records, twelve times as many. The limit still keeps a
/// wrong file from filling memory; FIFOs and devices are never read.
pub const MAX_LOCK_SIZE: u64 = 1 << 30;

/// The records of a lock file, sorted by locale, file and entry id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    records: BTreeMap<Key, Record>,
}

/// Where a record belongs: a locale, a file relative to the locale folder, an entry part id
/// (`title`, `title.aria-label`, `-brand`, `-brand.gender`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// The translation's locale.
    pub locale: String,
    /// The FTL file, relative to the locale folder, with `/` separators.
    pub file: String,
    /// The entry part: its value, or one attribute.
    pub id: PartId,
}

/// What a translation was made against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The source-locale text (normalised FTL of the pattern).
    pub source: String,
    /// The pivot-locale text, when the locale is not the pivot and the pivot had the entry.
    pub pivot: Option<String>,
    /// FNV-1a 64 of the translation's normalised text.
    pub fingerprint: u64,
}

/// One translated entry part as it is now.
struct Unit {
    file: String,
    id: PartId,
    position: Position,
    source: String,
    pivot: Option<String>,
    /// False when the pivot's entry may exist but cannot be read: `pivot` is then unknown,
    /// not absent.
    pivot_known: bool,
    translation: String,
}

impl Unit {
    fn record(&self) -> Record {
        Record {
            source: self.source.clone(),
            pivot: self.pivot.clone(),
            fingerprint: text::fingerprint(&self.translation),
        }
    }
}

/// Writes the text of a lock like [`Lock::save_in`]: the one way lock files are written, so
/// that no lock is written that [`Lock::load`] would refuse.
pub(crate) fn write_text_in(root: &Path, path: &Path, text: &str) -> Result<()> {
    write_text_limited(root, path, text, MAX_LOCK_SIZE)
}

/// [`write_text_in`] with a size limit of `limit` bytes.
fn write_text_limited(root: &Path, path: &Path, text: &str, limit: u64) -> Result<()> {
    ensure_readable(path, text, limit)?;
    crate::fsutil::write_atomic_in(root, path, text.as_bytes())
}

/// An error, before anything is written, when `text` is larger than the reader's `limit`.
fn ensure_readable(path: &Path, text: &str, limit: u64) -> Result<()> {
    let size = text.len() as u64;
    if size <= limit {
        return Ok(());
    }
    Err(Error::write(
        path,
        std::io::Error::other(format!(
            "the lock would be {}, larger than the limit of {} that fluentpress reads; \
             nothing was written (a lock file already there is unchanged)",
            crate::fsutil::describe_size(size),
            crate::fsutil::describe_size(limit)
        )),
    ))
}

impl Lock {
    /// An empty lock.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Reads the lock file at `path`; `Ok(None)` when there is none. A file that cannot be
    /// parsed is an error naming the line and column; it is not touched.
    ///
    /// A file larger than [`MAX_LOCK_SIZE`] is an error naming the file and the limit.
    pub fn load(path: &Path) -> Result<Option<Self>> {
        Self::load_limited(path, MAX_LOCK_SIZE)
    }

    /// [`Lock::load`] with a size limit of `limit` bytes.
    fn load_limited(path: &Path, limit: u64) -> Result<Option<Self>> {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::read(path, e)),
            Ok(_) => {}
        }
        let text = crate::fsutil::read_text_limited(path, limit)?;
        format::parse(path, &text).map(Some)
    }

    /// Parses the text of a lock file (`path` names the file in errors).
    pub fn from_str(path: &Path, text: &str) -> Result<Self> {
        format::parse(path, text)
    }

    /// The lock file's text.
    pub fn to_text(&self) -> String {
        format::serialize(self)
    }

    /// Writes the lock to `path` atomically. A lock larger than [`MAX_LOCK_SIZE`], which could
    /// not be read back, is an error and nothing is written.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = self.to_text();
        ensure_readable(path, &text, MAX_LOCK_SIZE)?;
        crate::fsutil::write_atomic(path, text.as_bytes())
    }

    /// Writes the lock of the project at `root` to `path` atomically, refusing to create a
    /// file outside the project through a link (`fsutil::write_atomic_in`), and, as
    /// [`Lock::save`] does, a lock larger than [`MAX_LOCK_SIZE`].
    pub fn save_in(&self, root: &Path, path: &Path) -> Result<()> {
        write_text_in(root, path, &self.to_text())
    }

    /// The number of records.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether the lock has no records.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The record of one entry part.
    pub fn get(&self, locale: &str, file: &str, id: &PartId) -> Option<&Record> {
        self.records.get(&Key {
            locale: locale.to_owned(),
            file: file.to_owned(),
            id: id.clone(),
        })
    }
}
