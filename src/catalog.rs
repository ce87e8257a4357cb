//! Reading FTL trees: every `<locale>/**/*.ftl` file read once, parsed once, kept with its errors.
//!
//! The catalog is the single parsed form of a tree that `check`, `render`, `lock` and
//! `scaffold` all share. Files are read and parsed on all cores. A file that cannot be read or
//! is not UTF-8 is kept as an [`Unreadable`] record, never skipped silently; a syntax error
//! stays in the parsed resource as Junk, with its byte range, so the rest of the file is usable.
//! This module never writes.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};

mod nesting;
mod read;

mod file;
#[cfg(test)]
mod tests;

pub(crate) use file::{EntryKind, EntryRef, FtlFile, Position, entry_parts, entry_patterns};
use read::Listed;
pub(crate) use read::escape_os_name;
pub use read::{DEFAULT_MAX_FILE_SIZE, ReadPolicy};

/// All locale folders of a tree, sorted by name.
#[derive(Debug)]
pub struct Catalog {
    /// The folder that holds the locale folders.
    pub root: PathBuf,
    /// One entry per locale folder read (or requested but absent).
    pub locales: Vec<LocaleTree>,
    /// What was agreed to be read; locale folders read later follow it too.
    pub policy: ReadPolicy,
}

/// One locale folder.
#[derive(Debug)]
pub struct LocaleTree {
    /// The folder name (a locale tag in a fluentpress project; any name in a foreign tree).
    pub name: String,
    /// The folder.
    pub dir: PathBuf,
    /// False when the folder was requested but does not exist.
    pub exists: bool,
    /// Parsed files, sorted by relative path.
    pub files: Vec<FtlFile>,
    /// Files that could not be read as text.
    pub unreadable: Vec<Unreadable>,
}

/// A file that could not be read or decoded.
#[derive(Debug, Clone)]
pub struct Unreadable {
    /// Path relative to the locale folder, with `/` separators; empty when the locale folder
    /// itself is not read.
    pub rel_path: String,
    /// Why.
    pub reason: String,
}

impl LocaleTree {
    /// Takes the files read for this tree, the readable ones and the refused ones, each
    /// list in path order.
    fn take(&mut self, results: Vec<std::result::Result<FtlFile, Unreadable>>) {
        for result in results {
            match result {
                Ok(file) => self.files.push(file),
                Err(bad) => self.unreadable.push(bad),
            }
        }
        self.files.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        self.unreadable.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    }

    /// The file with this relative path.
    pub fn file(&self, rel_path: &str) -> Option<&FtlFile> {
        self.files
            .binary_search_by(|f| f.rel_path.as_str().cmp(rel_path))
            .ok()
            .map(|i| &self.files[i])
    }
}

impl Catalog {
    /// Reads the locale folders of `root`: all of them when `only` is empty, else those named
    /// (a named folder that does not exist is recorded with `exists: false`).
    pub fn load(root: &Path, only: &[String]) -> Result<Self> {
        Self::load_with(root, only, &ReadPolicy::default())
    }

    /// [`Catalog::load`] with limits on what is read other than the default ones.
    pub fn load_with(root: &Path, only: &[String], policy: &ReadPolicy) -> Result<Self> {
        let names = if only.is_empty() {
            Self::folder_names(root)?
        } else {
            if !root.is_dir() {
                return Err(Error::FolderMissing {
                    path: root.to_path_buf(),
                    message: format!(
                        "folder `{}` not found: name the folder that holds one folder per locale (`{}/en/*.ftl`, …)",
                        root.display(),
                        root.display()
                    ),
                });
            }
            only.to_vec()
        };
        let mut locales: Vec<LocaleTree> = names
            .into_par_iter()
            .map(|name| Self::load_locale(root, name, policy))
            .collect::<Result<_>>()?;
        locales.sort_by(|a, b| a.name.cmp(&b.name));
        locales.dedup_by(|a, b| a.name == b.name);
        Ok(Catalog {
            root: root.to_path_buf(),
            locales,
            policy: policy.clone(),
        })
    }

    /// The names of the locale folders of `root` (hidden folders left out), sorted. Folders
    /// whose names are not UTF-8 cannot name a locale and are left out too; see
    /// [`Catalog::unusable_folder_names`].
    pub(crate) fn folder_names(root: &Path) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(root).map_err(|e| Error::read(root, e))? {
            let entry = entry.map_err(|e| Error::read(root, e))?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if !name.starts_with('.') && entry.path().is_dir() {
                names.push(name);
            }
        }
        names.sort_unstable();
        Ok(names)
    }

    /// The folders of `root` whose names are not UTF-8 (so cannot be a locale's), shown
    /// with [`escape_os_name`] so that each stays distinct, sorted.
    pub(crate) fn unusable_folder_names(root: &Path) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(root).map_err(|e| Error::read(root, e))? {
            let entry = entry.map_err(|e| Error::read(root, e))?;
            let name = entry.file_name();
            if name.to_str().is_none() && entry.path().is_dir() {
                names.push(escape_os_name(&name));
            }
        }
        names.sort_unstable();
        Ok(names)
    }

    /// Reads one locale folder of `root`, for callers that hold one locale at a time.
    pub fn load_tree(root: &Path, name: &str) -> Result<LocaleTree> {
        Self::load_locale(root, name.to_owned(), &ReadPolicy::default())
    }

    /// Reads one more locale folder of this catalog's tree, under the same policy.
    pub(crate) fn load_more(&self, name: &str) -> Result<LocaleTree> {
        Self::load_locale(&self.root, name.to_owned(), &self.policy)
    }

    /// Fails as [`Catalog::load_more`] would when `name` is not a folder name (one plain
    /// component, no `/` or `..`), without reading anything.
    pub(crate) fn check_folder_name(&self, name: &str) -> Result<()> {
        folder_name(&self.root, name)
    }

    /// Reads one more locale folder like [`Catalog::load_more`], but hands each readable file
    /// to `each` as soon as it is parsed, on the thread that parsed it, and keeps only what
    /// `each` makes of it: the file is dropped while its syntax tree is still in cache. Returns
    /// the tree without files (its unreadable ones kept) and those results in path order.
    pub(crate) fn load_each<T: Send>(
        &self,
        name: &str,
        each: impl Fn(FtlFile) -> T + Sync,
    ) -> Result<(LocaleTree, Vec<T>)> {
        let (tree, results) = Self::read_locale(&self.root, name.to_owned(), &self.policy, each)?;
        Ok((tree, results.into_iter().map(|(_, t)| t).collect()))
    }

    fn load_locale(root: &Path, name: String, policy: &ReadPolicy) -> Result<LocaleTree> {
        let (mut tree, files) = Self::read_locale(root, name, policy, |file| file)?;
        tree.files = files.into_iter().map(|(_, file)| file).collect();
        Ok(tree)
    }

    /// Reads one locale folder, making a `T` of each readable file with `each` on the thread
    /// that parsed it: the tree (without files) and the results by relative path, sorted.
    fn read_locale<T: Send>(
        root: &Path,
        name: String,
        policy: &ReadPolicy,
        each: impl Fn(FtlFile) -> T + Sync,
    ) -> Result<(LocaleTree, Vec<(String, T)>)> {
        folder_name(root, &name)?;
        let dir = root.join(&name);
        let mut tree = LocaleTree {
            name,
            exists: dir.is_dir(),
            dir,
            files: Vec::new(),
            unreadable: Vec::new(),
        };
        if !tree.exists {
            return Ok((tree, Vec::new()));
        }
        let real_root = fs::canonicalize(root).map_err(|e| Error::read(root, e))?;
        if let Some(reason) = policy.refuse_folder(&tree.dir, &real_root) {
            tree.unreadable.push(Unreadable {
                rel_path: String::new(),
                reason,
            });
            return Ok((tree, Vec::new()));
        }
        let mut paths = Vec::new();
        collect_ftl(&tree.dir, &mut paths)?;
        let results: Vec<std::result::Result<(String, T), Unreadable>> = paths
            .into_par_iter()
            .map(|(path, listed)| {
                let rel_path = relative(&tree.dir, &path);
                read_file(rel_path, path, &real_root, policy, listed)
                    .map(|file| (file.rel_path.clone(), each(file)))
            })
            .collect();
        let mut made = Vec::with_capacity(results.len());
        for result in results {
            match result {
                Ok(pair) => made.push(pair),
                Err(bad) => tree.unreadable.push(bad),
            }
        }
        made.sort_by(|a, b| a.0.cmp(&b.0));
        tree.unreadable.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
        Ok((tree, made))
    }

    /// A catalog of the tree `root` that holds one tree named `name` made of `files` (path
    /// relative to a locale folder, and the file's path wherever it is): the reference of a
    /// project whose reference files are laid out otherwise than its locales'. The other
    /// locale folders are read from `root` on demand.
    pub fn with_reference(
        root: &Path,
        name: &str,
        files: &std::collections::BTreeMap<String, PathBuf>,
        policy: &ReadPolicy,
    ) -> Result<Self> {
        // The reference files are named by the configuration, wherever they are: no link
        // among them leads outside.
        let anywhere = Path::new("/");
        let results: Vec<std::result::Result<FtlFile, Unreadable>> = files
            .par_iter()
            .map(|(rel_path, path)| {
                read_file(
                    rel_path.clone(),
                    path.clone(),
                    anywhere,
                    policy,
                    Listed::Unknown,
                )
            })
            .collect();
        let mut tree = LocaleTree {
            name: name.to_owned(),
            dir: root.join(name),
            exists: true,
            files: Vec::new(),
            unreadable: Vec::new(),
        };
        tree.take(results);
        Ok(Catalog {
            root: root.to_path_buf(),
            locales: vec![tree],
            policy: policy.clone(),
        })
    }

    /// The locale folder with this name.
    pub fn locale(&self, name: &str) -> Option<&LocaleTree> {
        self.locales.iter().find(|l| l.name == name)
    }
}

/// Reads and parses one file under `policy`, or says why it cannot be read. `listed` is what
/// the folder listing said the path was.
fn read_file(
    rel_path: String,
    path: PathBuf,
    real_root: &Path,
    policy: &ReadPolicy,
    listed: Listed,
) -> std::result::Result<FtlFile, Unreadable> {
    match policy.read(&path, real_root, listed) {
        Err(reason) => Err(Unreadable { rel_path, reason }),
        Ok(bytes) => match String::from_utf8(bytes) {
            Err(e) => Err(Unreadable {
                rel_path,
                reason: format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
            }),
            Ok(text) => match nesting_beyond_limit(&text) {
                Some(line) => Err(Unreadable {
                    rel_path,
                    reason: format!(
                        "placeables and calls are nested more than {MAX_NESTING} deep at line {line}; \
                         such a file is not parsed"
                    ),
                }),
                None => Ok(FtlFile::parse(rel_path, path, text)),
            },
        },
    }
}

/// The error for a locale name that is not one plain folder name under `root`.
fn folder_name(root: &Path, name: &str) -> Result<()> {
    if read::is_folder_name(name) {
        return Ok(());
    }
    Err(Error::InvalidValue {
        message: format!(
            "`{name}` does not name a folder in `{}`: give the folder's name alone, without `/` \
             or `..`",
            root.display()
        ),
        value: name.to_owned(),
    })
}

/// How deep placeables and call arguments may nest. Real translations nest a handful of
/// levels (a selector in a placeable in a variant); the Fluent parser, the resolver and every
/// walk over the syntax tree recurse once per level, so a file nested thousands deep would
/// exhaust the stack. Such a file is kept as unreadable instead.
pub(crate) const MAX_NESTING: usize = 64;

/// The line at which nesting first exceeds [`MAX_NESTING`], if it does, measured with the
/// parser's own grammar (see [`nesting`]).
fn nesting_beyond_limit(text: &str) -> Option<usize> {
    if nesting::surely_within(text, MAX_NESTING) {
        return None;
    }
    let at = nesting::scan(text, MAX_NESTING).too_deep?;
    Some(
        text.as_bytes()[..at.min(text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
    )
}

/// The `.ftl` files under `dir`, each with what the folder listing says it is.
fn collect_ftl(dir: &Path, out: &mut Vec<(PathBuf, Listed)>) -> Result<()> {
    for entry in fs::read_dir(dir).map_err(|e| Error::read(dir, e))? {
        let entry = entry.map_err(|e| Error::read(dir, e))?;
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        // Folders inside a locale are followed only when they are real folders: a symbolic
        // link to a parent would repeat the tree forever. Linked files are read.
        let file_type = entry.file_type();
        let real_dir = file_type.as_ref().is_ok_and(|t| t.is_dir());
        if real_dir {
            collect_ftl(&path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "ftl") {
            let listed = match file_type {
                Ok(t) if t.is_file() => Listed::RegularFile,
                _ => Listed::Unknown,
            };
            out.push((path, listed));
        }
    }
    Ok(())
}

fn relative(base: &Path, path: &Path) -> String {
    // A listed path is the folder's joined with plain names: on Unix its text, when it is
    // UTF-8, starts with the folder's and goes on with the names joined with `/`.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let rest = path
            .as_os_str()
            .as_bytes()
            .strip_prefix(base.as_os_str().as_bytes());
        let joined = base.as_os_str().as_bytes().ends_with(b"/");
        let rest = match rest {
            Some([b'/', rest @ ..]) if !joined => Some(rest),
            Some(rest) if joined => Some(rest),
            _ => None,
        };
        if let Some(text) = rest.and_then(|r| std::str::from_utf8(r).ok())
            && !text.is_empty()
            && !text.starts_with('/')
            && !text
                .split('/')
                .any(|name| name.is_empty() || name == "." || name == "..")
        {
            return text.to_owned();
        }
    }
    let rel = path.strip_prefix(base).unwrap_or(path);
    #[cfg(unix)]
    if let Some(text) = rel.to_str()
        && !text.starts_with('/')
    {
        return text.to_owned();
    }
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
