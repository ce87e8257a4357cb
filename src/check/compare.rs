//! One file of a locale compared with the reference's file of the same path, right after it is
//! parsed, while its syntax tree is still in cache: [`file`] gives its findings and a small
//! [`FileCheck`] that outlives the tree (its ids, the entries it lacks, has beyond the
//! reference or left identical, and the references only the whole locale can resolve). What
//! needs every file of the locale is done afterwards, over these summaries (`locale`).

use super::pattern::Facts;
use super::prepared::Prepared;
use super::rules::{Context, Unresolved};
use super::{Diagnostic, EntryItem, Findings, Index, coverage, duplicates, files};
use crate::catalog::{EntryRef, FtlFile};
use crate::ftl::{Entries, FileEntries};

/// What each file of a locale is compared with: the reference, what every locale reads of its
/// entries, and the pivot (unless the locale is the pivot).
pub(crate) struct Against<'r> {
    pub(crate) reference: &'r Index<'r>,
    pub(crate) prepared: &'r Prepared<'r>,
    pub(crate) pivot: Option<&'r Index<'r>>,
}

/// One file of a locale, compared: what the check of the whole locale needs of it once its
/// syntax tree is dropped.
pub(crate) struct FileCheck {
    /// Its path, relative to the locale folder.
    pub(crate) path: String,
    /// Its own findings, in the order they were found.
    pub(crate) findings: Vec<Diagnostic>,
    /// The ids it defines (first definitions), in file order.
    pub(crate) ids: Ids,
    /// References to messages and terms the reference does not define.
    pub(crate) unresolved: Vec<Unresolved>,
    /// Reference entries of its reference file that it lacks, sorted by id.
    pub(crate) missing_entries: Vec<EntryItem>,
    /// Its entries that equal the reference's (or the pivot's), sorted by id.
    pub(crate) identical_entries: Vec<EntryItem>,
    /// Its entries the reference's file lacks, in file order.
    pub(crate) obsolete_entries: Vec<EntryItem>,
    /// Whether the reference has no such file.
    pub(crate) obsolete_file: bool,
}

/// A file's ids, in one string: a few allocations per file rather than one per id.
#[derive(Default)]
pub(crate) struct Ids {
    text: String,
    ends: Vec<usize>,
}

impl Ids {
    fn push(&mut self, id: &str) {
        self.text.push_str(id);
        self.ends.push(self.text.len());
    }

    /// How many ids there are.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The ids, in the order they were pushed.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.text[start..end])
    }
}

/// A file's entries, as the comparison reads them.
pub(crate) enum Local<'a> {
    /// The file defines the ids of the reference's file, each once and in the same order, as
    /// most files of a tree kept in step with its reference do: the entry at each position has
    /// the id of the reference's entry at that position, so no id is looked up, none is
    /// defined twice and none is obsolete.
    Aligned(Vec<EntryRef<'a>>),
    /// The file defines each of its ids once (a translation in progress, or one whose entries
    /// moved): `at` gives, for each position of the reference's file, the position in `all`
    /// of the entry with its id, if the file has one. `obsolete` says whether some of its ids
    /// are not the reference file's.
    Matched {
        all: Vec<EntryRef<'a>>,
        at: Vec<Option<u32>>,
        obsolete: bool,
    },
    /// A file that defines an id twice: its entries by id, its later definitions apart.
    Indexed(FileEntries<'a>),
}

impl<'a> Local<'a> {
    /// Reads `file`'s entries, aligned with `reference` (the entries of the reference's file of
    /// the same path) when they can be.
    pub(crate) fn new(file: &'a FtlFile, reference: Option<&Entries<'_>>) -> Self {
        let mut all = Vec::with_capacity(reference.map_or(0, |r| r.len()));
        all.extend(file.entries());
        match reference {
            Some(r) if r.len() == all.len() && r.keys().zip(&all).all(|(k, e)| *k == e.key) => {
                Local::Aligned(all)
            }
            Some(r) => match matched(r, &all) {
                Some((at, obsolete)) => Local::Matched { all, at, obsolete },
                None => Local::Indexed(FileEntries::from_entries(all)),
            },
            None => Local::Indexed(FileEntries::from_entries(all)),
        }
    }

    /// The entry with id `key`, the id at position `at` of the reference's file: found at the
    /// same position when it is there (always, in an aligned file), else by id.
    pub(crate) fn get(&self, at: usize, key: &str) -> Option<&EntryRef<'a>> {
        match self {
            Local::Aligned(all) => all.get(at),
            Local::Matched {
                all, at: positions, ..
            } => {
                let position = positions.get(at).copied().flatten()?;
                all.get(usize::try_from(position).ok()?)
            }
            Local::Indexed(entries) => match entries.first.get_index(at) {
                Some((k, entry)) if *k == key => Some(entry),
                _ => entries.first.get(key),
            },
        }
    }

    /// The first definition of each id, in file order.
    pub(crate) fn first(&self) -> impl Iterator<Item = &EntryRef<'a>> {
        let (aligned, indexed) = match self {
            Local::Aligned(all) | Local::Matched { all, .. } => (all.as_slice(), None),
            Local::Indexed(entries) => (&[][..], Some(entries.first.values())),
        };
        aligned.iter().chain(indexed.into_iter().flatten())
    }

    /// How many ids the file defines.
    pub(crate) fn len(&self) -> usize {
        match self {
            Local::Aligned(all) | Local::Matched { all, .. } => all.len(),
            Local::Indexed(entries) => entries.first.len(),
        }
    }
}

/// For each position of `reference` (a reference file's entries), the position in `all` of
/// the entry with its id, if any, and whether some of `all`'s ids are not the reference's;
/// `None` when `all` defines an id twice. Ids in the reference's order, as most are, are
/// matched without being looked up.
fn matched(reference: &Entries<'_>, all: &[EntryRef<'_>]) -> Option<(Vec<Option<u32>>, bool)> {
    let count = u32::try_from(all.len()).ok()?;
    let mut next = 0;
    let at: Vec<Option<u32>> = reference
        .keys()
        .map(|key| {
            all.get(next as usize).filter(|e| e.key == *key)?;
            next += 1;
            Some(next - 1)
        })
        .collect();
    if next == count {
        return Some((at, false));
    }
    let mut at = at;
    at.fill(None);
    let mut obsolete = false;
    for (i, entry) in (0..count).zip(all) {
        match reference.get_index_of(entry.key) {
            Some(p) if at[p].is_some() => return None,
            Some(p) => at[p] = Some(i),
            None => obsolete = true,
        }
    }
    // An id the reference lacks may be defined twice too.
    if obsolete {
        let mut seen = rustc_hash::FxHashSet::default();
        let mut unknown = all.iter().filter(|e| !reference.contains_key(e.key));
        if !unknown.all(|e| seen.insert(e.key)) {
            return None;
        }
    }
    Some((at, obsolete))
}

/// Compares `file`, a file of `cx`'s locale, with the reference's file of the same path.
/// `alone` says that the locale's files meet only themselves in a bundle, so ids defined twice
/// in the file are judged here; otherwise the check of the whole locale judges them.
pub(crate) fn file(
    cx: &Context<'_>,
    against: &Against<'_>,
    file: &FtlFile,
    alone: bool,
) -> FileCheck {
    let mut out = Findings::new(cx.locale);
    files::check_file(file, &mut out);
    let reference = against.reference.files.get(file.rel_path.as_str());
    let local = Local::new(file, reference.map(|(_, entries)| entries));
    if let (true, Local::Indexed(entries)) = (alone, &local) {
        duplicates::within(file, entries, &mut out);
    }
    let mut check = FileCheck {
        path: file.rel_path.clone(),
        findings: Vec::new(),
        ids: Ids::default(),
        unresolved: Vec::new(),
        missing_entries: Vec::new(),
        identical_entries: Vec::new(),
        obsolete_entries: Vec::new(),
        obsolete_file: false,
    };
    let mut facts = Facts::default();
    coverage::translated(
        cx,
        against,
        (file, &local),
        &mut facts,
        &mut check,
        &mut out,
    );
    coverage::obsolete(against.reference, (file, &local), &mut check, &mut out);
    check
        .ids
        .text
        .reserve(local.first().map(|e| e.key.len()).sum());
    check.ids.ends.reserve(local.len());
    for entry in local.first() {
        check.ids.push(entry.key);
    }
    check.findings = out.into_unsorted();
    check
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> FtlFile {
        FtlFile::parse("a.ftl".into(), "a.ftl".into(), text.into())
    }

    /// The position of each reference id in the translation, or `None` when it defines an
    /// id twice; and whether it has ids the reference lacks.
    fn positions(translation: &str) -> Option<(Vec<Option<u32>>, bool)> {
        let reference = file("a = A\nb = B\nc = C\nd = D\n");
        let reference = FileEntries::from_entries(reference.entries().collect());
        let translation = file(translation);
        let all: Vec<_> = translation.entries().collect();
        matched(&reference.first, &all)
    }

    #[test]
    fn translations_are_matched_with_their_reference_by_id() {
        let some = Some((vec![Some(0), None, Some(1), None], false));
        assert_eq!(positions("a = 1\nc = 3\n"), some);
        let moved = Some((vec![Some(1), None, Some(0), Some(2)], false));
        assert_eq!(positions("c = 3\na = 1\nd = 4\n"), moved);
        let gone = Some((vec![None, Some(1), None, None], true));
        assert_eq!(positions("x = 0\nb = 2\n"), gone);
        assert_eq!(positions("a = 1\nb = 2\na = 1\n"), None);
        assert_eq!(positions("x = 1\nb = 2\nx = 1\n"), None);
        assert_eq!(positions(""), Some((vec![None; 4], false)));
    }
}
