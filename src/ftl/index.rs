//! One locale's entries by file and id, built once per tree: the first definition of an id in
//! a file is the one Fluent uses; later definitions are kept apart for `check` to judge.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap};

use super::EntryKey;
use crate::catalog::{EntryRef, FtlFile, LocaleTree};

/// A file's entries by id, in file order. Ids are short and come from the checked files: Fx
/// hashing (SipHash resists crafted keys, which buys nothing here and showed at 4.5 % of a
/// check's profile) keeps the once-per-entry-and-locale lookups cheap.
pub(crate) type Entries<'a> = IndexMap<&'a str, EntryRef<'a>, FxBuildHasher>;

/// A locale's entries by file and id (first definition kept), with its duplicates.
pub(crate) struct LocaleIndex<'a> {
    pub(crate) tree: &'a LocaleTree,
    /// Per file (sorted by path): entries by key, in file order.
    pub(crate) files: BTreeMap<&'a str, (&'a FtlFile, Entries<'a>)>,
    /// Every key defined anywhere in the locale, with its first definition.
    pub(crate) keys: FxHashMap<&'a str, (&'a FtlFile, EntryRef<'a>)>,
    /// Second and later definitions: (file, entry, first definition's file and entry).
    pub(crate) dups: Vec<(&'a FtlFile, EntryRef<'a>, &'a FtlFile, EntryRef<'a>)>,
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
        for file in &tree.files {
            let mut entries =
                Entries::with_capacity_and_hasher(file.resource.entries().count(), FxBuildHasher);
            for entry in file.entries() {
                if let Some(&(f, e)) = first.get(entry.key) {
                    dups.push((file, entry, f, e));
                } else {
                    first.insert(entry.key, (file, entry));
                }
                entries.entry(entry.key).or_insert(entry);
            }
            files.insert(file.rel_path.as_str(), (file, entries));
        }
        LocaleIndex {
            tree,
            files,
            keys: first,
            dups,
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

    pub(crate) fn all_entries(&self) -> impl Iterator<Item = (&'a FtlFile, EntryRef<'a>)> + '_ {
        self.files
            .values()
            .flat_map(|(f, entries)| entries.values().map(move |e| (*f, *e)))
    }
}
