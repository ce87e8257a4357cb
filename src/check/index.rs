//! A locale's entries by file and id (the first definition of an id kept), and the duplicate
//! definitions, which are `duplicate-id` errors.

use std::collections::{BTreeMap, HashMap, HashSet};

use indexmap::IndexMap;

use super::{Code, Diagnostic, Findings};
use crate::catalog::{EntryRef, FtlFile, LocaleTree};

/// A locale's entries by file and id (first definition kept), with its duplicates.
pub(crate) struct Index<'a> {
    pub(crate) tree: &'a LocaleTree,
    /// Per file (sorted by path): entries by key, in file order.
    pub(crate) files: BTreeMap<&'a str, (&'a FtlFile, IndexMap<&'a str, EntryRef<'a>>)>,
    /// Every key defined anywhere in the locale.
    pub(crate) keys: HashSet<&'a str>,
    /// Second and later definitions: (file, entry, first definition's file and entry).
    dups: Vec<(&'a FtlFile, EntryRef<'a>, &'a FtlFile, EntryRef<'a>)>,
}

impl<'a> Index<'a> {
    /// Indexes a locale's files; `shared` as in [`CheckOptions::shared`](super::CheckOptions::shared) decides which
    /// definitions of one id in two files conflict.
    pub(crate) fn new(tree: &'a LocaleTree, shared: Option<&[String]>) -> Self {
        let conflict = |a: &FtlFile, b: &FtlFile| match shared {
            None => true,
            Some(shared) => {
                a.rel_path == b.rel_path
                    || shared.contains(&a.rel_path)
                    || shared.contains(&b.rel_path)
            }
        };
        let mut files = BTreeMap::new();
        let mut defined: HashMap<&'a str, Vec<(&'a FtlFile, EntryRef<'a>)>> = HashMap::new();
        let mut dups = Vec::new();
        for file in &tree.files {
            let mut entries = IndexMap::new();
            for entry in file.entries() {
                let earlier = defined.entry(entry.key).or_default();
                if let Some(&(f, e)) = earlier.iter().find(|(f, _)| conflict(f, file)) {
                    dups.push((file, entry, f, e));
                } else {
                    earlier.push((file, entry));
                }
                entries.entry(entry.key).or_insert(entry);
            }
            files.insert(file.rel_path.as_str(), (file, entries));
        }
        Index {
            tree,
            files,
            keys: defined.into_keys().collect(),
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

    pub(crate) fn all_entries(&self) -> impl Iterator<Item = (&'a FtlFile, EntryRef<'a>)> + '_ {
        self.files
            .values()
            .flat_map(|(f, entries)| entries.values().map(move |e| (*f, *e)))
    }

    /// A `duplicate-id` error for every second and later definition.
    pub(crate) fn duplicates(&self, out: &mut Findings) {
        for (file, entry, first_file, first) in &self.dups {
            let at = first_file.position(first.offset);
            let place = if first_file.rel_path == file.rel_path {
                format!("line {}", at.line)
            } else {
                format!("{}:{}", first_file.rel_path, at.line)
            };
            out.push(
                Diagnostic::at(Code::DuplicateId, file, file.span_of(entry.name))
                    .id(entry.key)
                    .message(format!("`{}` is already defined at {place}", entry.key))
                    .label("defined again here"),
            );
        }
    }
}
