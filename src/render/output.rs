//! Where built files go: the output folder ([`Writer`], the one way a render run writes there)
//! or memory ([`Collector`], for [`super::build_pages`]).
//!
//! The writer takes files from the pipeline through a bounded queue and writes each, on its own
//! thread, under a temporary name beside its target; nothing is put in place until every file
//! of the run has been built, so a template that fails halfway publishes nothing. Then it marks
//! the manifest incomplete, renames the files into place, removes the files of the run's scope
//! that the run no longer produces (only those the manifest lists, and only while they still
//! hold what fluentpress wrote), and writes the complete manifest. A file whose bytes did not
//! change is not written again, so its modification time tells when its text last changed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use super::manifest::{Coverage, Digest, FileRecord, Manifest, ManifestState, digest};
use super::pipeline::{Body, Order, OutFile, Sink};
use super::{Format, Progress};
use crate::error::{Error, Result};
use crate::fsutil::{Folder, Staged};

/// How many built files may wait for the writer.
const QUEUE: usize = 64;

/// Collects built files in memory, in the site's order.
#[derive(Default)]
pub(super) struct Collector {
    files: Mutex<Vec<(Order, PathBuf, String)>>,
}

impl Collector {
    /// The files, in the site's order.
    pub(super) fn into_files(self) -> Vec<(PathBuf, String)> {
        let mut files = self.files.into_inner().expect("no thread panicked");
        files.sort_by_key(|(order, _, _)| *order);
        files.into_iter().map(|(_, p, b)| (p, b)).collect()
    }
}

impl Sink for Collector {
    fn fresh(&self, _: &str, _: Digest) -> Option<&FileRecord> {
        None
    }

    fn keep(&self, _: &str) {}

    fn emit(&self, file: OutFile) -> Result<()> {
        let body = match file.body {
            Body::Text(text) => text,
            Body::Bytes(bytes) => String::from_utf8(bytes).map_err(|e| {
                Error::write(
                    &file.path,
                    std::io::Error::new(std::io::ErrorKind::InvalidData, e),
                )
            })?,
            Body::Stream(write) => {
                let mut bytes = Vec::new();
                write(&mut bytes).map_err(|e| Error::write(&file.path, e))?;
                String::from_utf8(bytes).map_err(|e| {
                    Error::write(
                        &file.path,
                        std::io::Error::new(std::io::ErrorKind::InvalidData, e),
                    )
                })?
            }
        };
        self.files.lock().expect("no thread panicked").push((
            file.order,
            PathBuf::from(file.path),
            body,
        ));
        Ok(())
    }

    fn coverage(&self, _: &str) -> Option<Coverage> {
        None
    }

    fn listed(&self, _: &str) -> bool {
        false
    }

    fn more(&self, _: usize) {}
}

/// Which files of the manifest a run answers for: those of its locales (every locale, gone
/// ones too, when it renders all) in its formats, and the site's own files when it renders
/// HTML.
pub(super) struct Scope {
    /// The selected locales; `None` for all.
    pub(super) locales: Option<HashSet<String>>,
    /// The formats.
    pub(super) formats: Vec<Format>,
}

impl Scope {
    fn covers(&self, record: &FileRecord) -> bool {
        let format = self.formats.iter().any(|f| f.extension() == record.format);
        match &record.locale {
            None => self.formats.contains(&Format::Html),
            Some(locale) => {
                format
                    && self
                        .locales
                        .as_ref()
                        .is_none_or(|selected| selected.contains(locale))
            }
        }
    }
}

/// What a writer did.
#[derive(Debug)]
pub(super) struct Written {
    /// Files written, sorted.
    pub(super) written: Vec<PathBuf>,
    /// Files left as they were: up to date, or rebuilt with the same bytes.
    pub(super) skipped: usize,
    /// Files of the manifest removed because the run no longer produces them.
    pub(super) removed: Vec<PathBuf>,
    /// Files of the manifest the run no longer produces but left in place, because they were
    /// changed since fluentpress wrote them.
    pub(super) kept: Vec<PathBuf>,
    /// What the manifest was.
    pub(super) manifest: ManifestState,
}

/// The regular files of the output folder's listed folders, as one reading of each folder at
/// the start of the run found them: a file is up to date only while it is there.
#[derive(Debug, Default)]
pub(super) struct OnDisk {
    /// The names of the regular files of each listed folder, by its path relative to the
    /// output folder (`""` for the output folder itself).
    folders: HashMap<String, HashSet<String>>,
}

impl OnDisk {
    /// Reads the output folder `out` and its `subfolders` (each once, on all cores), removing
    /// the temporary files an interrupted run left there.
    pub(super) fn clean_and_list(out: &Path, subfolders: &[&str]) -> Result<OnDisk> {
        let folders: Vec<&str> = std::iter::once("")
            .chain(subfolders.iter().copied())
            .collect();
        let listed: Vec<Result<Vec<String>>> = folders
            .par_iter()
            .map(|f| crate::fsutil::clean_and_list(&out.join(f)))
            .collect();
        let mut on_disk = OnDisk::default();
        for (folder, names) in folders.into_iter().zip(listed) {
            let names = names?;
            on_disk
                .folders
                .insert(folder.to_owned(), names.into_iter().collect());
        }
        Ok(on_disk)
    }

    /// Whether `path` (relative to `out`, with `/`) is a regular file: looked up in its
    /// folder's listing, or, in a folder that was not listed, asked of the file system.
    fn has(&self, out: &Path, path: &str) -> bool {
        let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
        match self.folders.get(folder) {
            Some(names) => names.contains(name),
            None => std::fs::symlink_metadata(out.join(path)).is_ok_and(|m| m.is_file()),
        }
    }
}

/// The output folder as a [`Sink`]: trusts the manifest's records (unless forced), stages
/// built files on a writer thread.
pub(super) struct Writer<'a> {
    old: Option<&'a Manifest>,
    trusted: bool,
    on_disk: &'a OnDisk,
    out: &'a Path,
    queue: SyncSender<OutFile>,
    failed: Arc<AtomicBool>,
    kept: Mutex<Vec<String>>,
    progress: &'a dyn Progress,
    done: AtomicU64,
}

/// What the writer thread staged.
pub(super) struct Staging {
    staged: Vec<(String, Staged)>,
    records: Vec<(String, FileRecord)>,
    created: Vec<PathBuf>,
    error: Option<Error>,
}

impl<'a> Writer<'a> {
    /// A writer into `out`, and the receiving end that [`stage`] runs on.
    pub(super) fn new(
        out: &'a Path,
        old: Option<&'a Manifest>,
        trusted: bool,
        on_disk: &'a OnDisk,
        progress: &'a dyn Progress,
    ) -> (Self, Receiver<OutFile>, Arc<AtomicBool>) {
        let (queue, receiver) = std::sync::mpsc::sync_channel(QUEUE);
        let failed = Arc::new(AtomicBool::new(false));
        let writer = Writer {
            old,
            trusted,
            on_disk,
            out,
            queue,
            failed: failed.clone(),
            kept: Mutex::new(Vec::new()),
            progress,
            done: AtomicU64::new(0),
        };
        (writer, receiver, failed)
    }

    fn step(&self) {
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        self.progress.advance(n);
    }

    /// The paths kept as up to date.
    pub(super) fn into_kept(self) -> Vec<String> {
        self.kept.into_inner().expect("no thread panicked")
    }
}

impl Sink for Writer<'_> {
    fn fresh(&self, path: &str, inputs: Digest) -> Option<&FileRecord> {
        if !self.trusted {
            return None;
        }
        let record = self.old?.files.get(path)?;
        (record.inputs == inputs && self.on_disk.has(self.out, path)).then_some(record)
    }

    fn keep(&self, path: &str) {
        self.kept
            .lock()
            .expect("no thread panicked")
            .push(path.to_owned());
        self.step();
    }

    fn emit(&self, file: OutFile) -> Result<()> {
        if self.failed.load(Ordering::Relaxed) || self.queue.send(file).is_err() {
            // The writer thread stopped; its error is the one reported.
            return Err(Error::write(
                self.out,
                std::io::Error::other("the writer stopped"),
            ));
        }
        self.step();
        Ok(())
    }

    fn coverage(&self, locale: &str) -> Option<Coverage> {
        if !self.trusted {
            return None;
        }
        self.old?.coverage.get(locale).copied()
    }

    fn listed(&self, path: &str) -> bool {
        self.trusted && self.old.is_some_and(|m| m.files.contains_key(path))
    }

    fn more(&self, files: usize) {
        if files > 0 {
            self.progress.grow(files as u64);
        }
    }
}

/// The writer thread: stages each file it receives (unless the manifest says its bytes are
/// already there), until the queue closes. After a failure it keeps draining the queue so the
/// pipeline never waits on it.
pub(super) fn stage(
    receiver: Receiver<OutFile>,
    out: &Path,
    old: Option<&Manifest>,
    trusted: bool,
    failed: &AtomicBool,
) -> Staging {
    let mut staging = Staging {
        staged: Vec::new(),
        records: Vec::new(),
        created: Vec::new(),
        error: None,
    };
    // Each folder is looked for (and created) once, not once per file.
    let mut folders: HashMap<PathBuf, Folder> = HashMap::new();
    for file in receiver {
        if staging.error.is_some() {
            continue;
        }
        let target = out.join(&file.path);
        let folder = match target.parent() {
            Some(dir) => match folders.get(dir) {
                Some(folder) => *folder,
                None => match ready(dir, out, &mut staging.created) {
                    Ok(folder) => *folders.entry(dir.to_path_buf()).or_insert(folder),
                    Err(e) => {
                        staging.error = Some(e);
                        failed.store(true, Ordering::Relaxed);
                        continue;
                    }
                },
            },
            None => Folder::Unknown,
        };
        let old_record = old
            .filter(|_| trusted)
            .and_then(|m| m.files.get(&file.path));
        let on_disk = |size: u64| {
            std::fs::symlink_metadata(&target).is_ok_and(|m| m.is_file() && m.len() == size)
        };
        let stage_bytes = |bytes: &[u8]| {
            let (output, size) = (digest(bytes), bytes.len() as u64);
            if old_record.is_some_and(|r| r.output == output && r.size == size) && on_disk(size) {
                Ok((None, output, size))
            } else {
                crate::fsutil::stage_in(&target, folder, |f| std::io::Write::write_all(f, bytes))
                    .map(|(s, ())| (Some(s), output, size))
            }
        };
        let staged = match file.body {
            Body::Text(text) => stage_bytes(text.as_bytes()),
            Body::Bytes(bytes) => stage_bytes(&bytes),
            Body::Stream(write) => crate::fsutil::stage_in(&target, folder, |f| {
                let mut hashing = Hashing::new(std::io::BufWriter::new(f));
                write(&mut hashing)?;
                hashing.finish()
            })
            .map(|(staged, (output, size))| {
                if old_record.is_some_and(|r| r.output == output && r.size == size) && on_disk(size)
                {
                    staged.discard();
                    (None, output, size)
                } else {
                    (Some(staged), output, size)
                }
            }),
        };
        match staged {
            Ok((staged, output, size)) => {
                if let Some(staged) = staged {
                    staging.staged.push((file.path.clone(), staged));
                }
                let record = FileRecord {
                    inputs: file.inputs,
                    output,
                    size,
                    locale: file.locale,
                    format: file.format.extension().to_owned(),
                    events: file.events,
                };
                staging.records.push((file.path, record));
            }
            Err(e) => {
                staging.error = Some(e);
                failed.store(true, Ordering::Relaxed);
            }
        }
    }
    staging
}

/// A writer that hashes and counts what passes through it.
struct Hashing<W: std::io::Write> {
    inner: W,
    hasher: xxhash_rust::xxh3::Xxh3,
    size: u64,
}

impl<W: std::io::Write> Hashing<W> {
    fn new(inner: W) -> Self {
        Hashing {
            inner,
            hasher: xxhash_rust::xxh3::Xxh3::new(),
            size: 0,
        }
    }

    /// Flushes, and gives the hash and size of everything written.
    fn finish(mut self) -> std::io::Result<(Digest, u64)> {
        self.inner.flush()?;
        Ok((Digest(self.hasher.digest128()), self.size))
    }
}

impl<W: std::io::Write> std::io::Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Makes sure the folder `dir` exists, recording in `created` the folders up to `out`'s parent
/// that it creates, outermost first, so that a failed run can remove them again.
fn ready(dir: &Path, out: &Path, created: &mut Vec<PathBuf>) -> Result<Folder> {
    if dir.is_dir() {
        return Ok(Folder::Exists);
    }
    note_created(dir, out, created);
    crate::fsutil::create_dirs(dir)?;
    Ok(if created.iter().any(|c| c == dir) {
        Folder::Created
    } else {
        Folder::Exists
    })
}

/// Records the folders up to `out`'s parent that writing into `dir` will create, outermost
/// first.
fn note_created(dir: &Path, out: &Path, created: &mut Vec<PathBuf>) {
    if dir.exists() {
        return;
    }
    let stop = out.parent().unwrap_or(out);
    let mut missing: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|a| *a != stop && !a.as_os_str().is_empty() && !a.exists())
        .map(Path::to_path_buf)
        .collect();
    missing.reverse();
    for m in missing {
        if !created.contains(&m) {
            created.push(m);
        }
    }
}

impl Staging {
    /// Removes every staged file and the folders created for them (those left empty).
    pub(super) fn discard(self) {
        for (_, staged) in self.staged {
            staged.discard();
        }
        for dir in self.created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }

    /// The error that stopped the writer, if any.
    pub(super) fn take_error(&mut self) -> Option<Error> {
        self.error.take()
    }
}

/// Everything a writer needs to finish a run.
pub(super) struct Finish<'a> {
    pub(super) out: &'a Path,
    pub(super) old: Option<Manifest>,
    pub(super) state: ManifestState,
    pub(super) scope: Scope,
    pub(super) planned: Vec<String>,
    pub(super) kept: Vec<String>,
    pub(super) coverage: BTreeMap<String, Coverage>,
}

/// Puts the staged files in place, removes what the run no longer produces, and writes the
/// manifest (first marked incomplete, complete once everything is in place).
pub(super) fn finish(staging: Staging, run: Finish<'_>) -> Result<Written> {
    let Finish {
        out,
        old,
        state,
        scope,
        planned,
        kept,
        coverage,
    } = run;
    let had_manifest = state == ManifestState::Used;
    let mut old = old.unwrap_or_default();
    let planned_count = planned.len();
    let planned: HashSet<String> = planned.into_iter().collect();
    let stale: Vec<String> = old
        .files
        .iter()
        .filter(|(path, record)| scope.covers(record) && !planned.contains(path.as_str()))
        .map(|(p, _)| p.clone())
        .collect();
    drop(planned);

    // Nothing built differs from its record, nothing is stale and the coverage is as counted:
    // the folder and its manifest stay as they are.
    let unchanged = had_manifest
        && staging.staged.is_empty()
        && stale.is_empty()
        && staging
            .records
            .iter()
            .all(|(path, record)| old.files.get(path) == Some(record))
        && coverage
            .iter()
            .all(|(locale, counted)| old.coverage.get(locale) == Some(counted));
    if unchanged {
        return Ok(Written {
            written: Vec::new(),
            skipped: planned_count,
            removed: Vec::new(),
            kept: Vec::new(),
            manifest: state,
        });
    }

    // The new manifest: the files kept, the files built, the files outside the run's scope
    // and, until they are gone, the stale ones.
    let mut manifest = Manifest::new();
    for path in kept {
        if let Some(record) = old.files.remove(&path) {
            manifest.files.insert(path, record);
        }
    }
    let changes = !staging.staged.is_empty() || !stale.is_empty();
    // Whether the manifest says anything new (a file built again with the same bytes from
    // changed inputs, a coverage counted again).
    let mut news = !had_manifest;
    for (path, record) in staging.records {
        news |= old.files.remove(&path).as_ref() != Some(&record);
        manifest.files.insert(path, record);
    }
    manifest.files.append(&mut old.files);
    manifest.coverage = std::mem::take(&mut old.coverage);
    for (locale, counted) in coverage {
        news |= manifest.coverage.get(&locale) != Some(&counted);
        manifest.coverage.insert(locale, counted);
    }

    // Files fluentpress owns while files move: every old one and every new one.
    if changes {
        manifest.complete = false;
        manifest.save(out)?;
        manifest.complete = true;
    }
    // Renames on all cores: each is a system call that waits on its folder, and a site's
    // files are spread over its locales' folders.
    let mut written: Vec<PathBuf> = staging
        .staged
        .into_par_iter()
        .map(|(path, staged)| staged.commit().map(|()| out.join(path)))
        .collect::<Result<_>>()?;
    let mut removed = Vec::new();
    let mut left = Vec::new();
    for path in stale {
        let Some(record) = manifest.files.remove(&path) else {
            continue;
        };
        let target = out.join(&path);
        match std::fs::read(&target) {
            Ok(bytes) if digest(&bytes) == record.output => {
                std::fs::remove_file(&target).map_err(|e| Error::write(&target, e))?;
                remove_empty_parents(&target, out);
                removed.push(target);
            }
            Ok(_) => left.push(target),
            Err(_) => {}
        }
    }
    if changes || news {
        manifest.save(out)?;
    }
    let skipped = planned_count.saturating_sub(written.len());
    written.sort();
    removed.sort();
    left.sort();
    Ok(Written {
        written,
        skipped,
        removed,
        kept: left,
        manifest: state,
    })
}

/// Removes the folders between a removed file and `out` that it left empty.
fn remove_empty_parents(file: &Path, out: &Path) {
    for dir in file.ancestors().skip(1) {
        if dir == out || !dir.starts_with(out) || std::fs::remove_dir(dir).is_err() {
            break;
        }
    }
}
