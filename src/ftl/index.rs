//! One locale's entries by file and id, built once per tree: the first definition of an id in
//! a file is the one Fluent uses; later definitions are kept apart for `check` to judge and for
//! the lock, which records an attribute that only a later definition has. [`FileEntries`] is
//! the same split for one file, for `bundle`, which loads a few files of a locale.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap};

use super::EntryKey;
use crate::catalog::{EntryRef, FtlFile, LocaleTree};

/// A file's entries by id, in file order. Ids are short and come from the checked files: Fx
/// hashing (SipHash resists crafted keys, which buys nothing here and showed at 4.5 % of a
/// check's profile) keeps the once-per-entry-and-locale lookups cheap.
pub(crate) type Entries<'a> = IndexMap<&'a str, EntryRef<'a>, FxBuildHasher>;

/// One file's entries: the first definition of each id, and the later ones apart.
pub(crate) struct FileEntries<'a> {
    /// The first definition of each id, in file order: the one Fluent uses.
    pub(crate) first: Entries<'a>,
    /// Later definitions of ids defined earlier in the file, in file order.
    pub(crate) later: Vec<EntryRef<'a>>,
}

impl<'a> FileEntries<'a> {
    /// Splits `file`'s entries.
    pub(crate) fn new(file: &'a FtlFile) -> Self {
        let mut entries = Self::with_capacity(file.resource.entries().count());
        for entry in file.entries() {
            entries.add(entry);
        }
        entries
    }

    /// Splits the entries of a file, given in file order.
    pub(crate) fn from_entries(all: Vec<EntryRef<'a>>) -> Self {
        let mut entries = Self::with_capacity(all.len());
        for entry in all {
            entries.add(entry);
        }
        entries
    }

    fn with_capacity(capacity: usize) -> Self {
        FileEntries {
            first: Entries::with_capacity_and_hasher(capacity, FxBuildHasher),
            later: Vec::new(),
        }
    }

    /// Adds the file's next entry.
    fn add(&mut self, entry: EntryRef<'a>) {
        match self.first.entry(entry.key) {
            indexmap::map::Entry::Vacant(slot) => {
                slot.insert(entry);
            }
            indexmap::map::Entry::Occupied(_) => self.later.push(entry),
        }
    }
}

/// A locale's entries by file and id (first definition kept), with its duplicates.
pub(crate) struct LocaleIndex<'a> {
    pub(crate) tree: &'a LocaleTree,
    /// Per file (sorted by path): entries by key, in file order.
    pub(crate) files: BTreeMap<&'a str, (&'a FtlFile, Entries<'a>)>,
    /// Every key defined anywhere in the locale, with its first definition.
    pub(crate) keys: FxHashMap<&'a str, (&'a FtlFile, EntryRef<'a>)>,
    /// Second and later definitions: (file, entry, first definition's file and entry).
    pub(crate) dups: Vec<(&'a FtlFile, EntryRef<'a>, &'a FtlFile, EntryRef<'a>)>,
    /// Per file (only those that have any): later definitions of ids defined earlier in the
    /// same file, in file order.
    pub(crate) later: BTreeMap<&'a str, Vec<EntryRef<'a>>>,
}

impl<'a> LocaleIndex<'a> {
    /// Indexes a locale's files.
    pub(crate) fn new(tree: &'a LocaleTree) -> Self {
        let mut files = BTreeMap::new();
        let count = tree
            .files
            .iter()
            .map(|f| f.resource.entries().count())
            .sum();
        let mut first: FxHashMap<&'a str, (&'a FtlFile, EntryRef<'a>)> =
            FxHashMap::with_capacity_and_hasher(count, FxBuildHasher);
        let mut dups = Vec::new();
        let mut later = BTreeMap::new();
        for file in &tree.files {
            let mut entries = FileEntries::with_capacity(file.resource.entries().count());
            for entry in file.entries() {
                if let Some(&(f, e)) = first.get(entry.key) {
                    dups.push((file, entry, f, e));
                } else {
                    first.insert(entry.key, (file, entry));
                }
                entries.add(entry);
            }
            let rel_path = file.rel_path.as_str();
            files.insert(rel_path, (file, entries.first));
            if !entries.later.is_empty() {
                later.insert(rel_path, entries.later);
            }
        }
        LocaleIndex {
            tree,
            files,
            keys: first,
            dups,
            later,
        }
    }

    /// Whether the locale has a file at `rel_path` that cannot be read.
    pub(crate) fn unreadable(&self, rel_path: &str) -> bool {
        self.tree.unreadable.iter().any(|u| u.rel_path == rel_path)
    }

    /// Whether the locale has any file that cannot be read.
    pub(crate) fn has_unreadable(&self) -> bool {
        !self.tree.unreadable.is_empty()
    }

    pub(crate) fn entry(&self, file: &str, key: &str) -> Option<(&'a FtlFile, EntryRef<'a>)> {
        let (f, entries) = self.files.get(file)?;
        entries.get(key).map(|e| (*f, *e))
    }

    /// The entry at `key`, if the locale has it.
    pub(crate) fn get(&self, key: &EntryKey) -> Option<(&'a FtlFile, EntryRef<'a>)> {
        self.entry(&key.file, &key.id)
    }

    /// Every definition of `file`'s entries: the first of each id in file order, then the
    /// later ones in file order.
    pub(crate) fn definitions(&self, file: &str) -> impl Iterator<Item = EntryRef<'a>> + '_ {
        let first = self
            .files
            .get(file)
            .into_iter()
            .flat_map(|(_, e)| e.values());
        let later = self.later.get(file).into_iter().flatten();
        first.chain(later).copied()
    }

    pub(crate) fn all_entries(&self) -> impl Iterator<Item = (&'a FtlFile, EntryRef<'a>)> + '_ {
        self.files
            .values()
            .flat_map(|(f, entries)| entries.values().map(move |e| (*f, *e)))
    }
}
