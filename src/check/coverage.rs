//! Coverage: which reference entries and files a locale has, lacks (missing) or has beyond the
//! reference (obsolete), with every translated entry handed to the [`rules`](super::rules)
//! and counted identical when they say so. Each file of the locale is measured on its own
//! ([`translated`], [`obsolete`]); the reference files it lacks once the locale is read
//! ([`absent`]). Optional terms (country-name overrides, provenance
//! notes) are optional everywhere: neither counted nor compared.

use std::sync::Arc;

use super::compare::{Against, FileCheck, Local};
use super::pattern::Facts;
use super::prepared::Prepared;
use super::rules::{self, Context};
use super::{Code, Diagnostic, EntryItem, Findings, Index, LocaleReport};
use crate::catalog::{FtlFile, LocaleTree};
use crate::site::is_optional_term;

/// `1 entry`, `2 entries`.
pub(crate) fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The entries of the reference that every locale is measured against.
pub(crate) fn total(reference: &Index<'_>) -> usize {
    reference
        .all_entries()
        .filter(|(_, e)| !is_optional_term(e.key))
        .count()
}

/// The words of those entries (CJK, Thai, Lao and Khmer counted by characters), the measure
/// of the coverage by words.
pub(crate) fn total_words(reference: &Index<'_>, prepared: &Prepared<'_>) -> usize {
    reference
        .files
        .values()
        .zip(&prepared.files)
        .flat_map(|((_, entries), prepared)| entries.keys().zip(prepared))
        .filter(|(key, _)| !is_optional_term(key))
        .map(|(_, p)| p.words)
        .sum()
}

/// Compares one file of a locale with the reference's file of the same path: lists the
/// entries it lacks and compares each translated entry with the reference (and the pivot),
/// in the order of the reference's ids. A file the reference does not have is left to
/// [`obsolete`].
pub(crate) fn translated<'a>(
    cx: &Context<'_>,
    against: &Against<'_>,
    (file, local): (&'a FtlFile, &Local<'a>),
    facts: &mut Facts<'a>,
    check: &mut FileCheck,
    out: &mut Findings,
) {
    let path = file.rel_path.as_str();
    let Some(at) = against.prepared.position(path) else {
        return;
    };
    let Some((_, entries)) = against.reference.files.get(path) else {
        return;
    };
    let prepared = &against.prepared.files[at];
    let shared_path = &against.prepared.shared_paths[at];
    let pivot = against.pivot;
    // The identical entries' offsets, with their places in the list, to count their lines
    // in file order once the list is made.
    let mut identical = Vec::new();
    // In the reference's order, which is the order of the prepared entries in memory.
    for &i in &against.prepared.counted[at] {
        let (Some((key, ref_entry)), Some(prepared)) = (entries.get_index(i), prepared.get(i))
        else {
            continue;
        };
        let Some(entry) = local.get(i, key) else {
            continue;
        };
        let pivot_entry = pivot.and_then(|p| p.entry(path, key));
        if rules::entry(
            cx,
            against.reference,
            (*ref_entry, prepared),
            (file, *entry),
            pivot_entry,
            facts,
            out,
            &mut check.unresolved,
        ) {
            identical.push((entry.offset, check.identical_entries.len()));
            check.identical_entries.push(EntryItem {
                file: shared_path.clone(),
                id: prepared.id.clone(),
                line: None,
                words: None,
            });
        }
    }
    // The entries it lacks, by id (an aligned file lacks none): the files' lists, in path
    // order, make the locale's sorted list.
    if !matches!(local, Local::Aligned(_)) {
        for &i in &against.prepared.by_id[at] {
            let (Some((key, _)), Some(prepared)) = (entries.get_index(i), prepared.get(i)) else {
                continue;
            };
            if local.get(i, key).is_none() {
                check.missing_entries.push(EntryItem {
                    file: shared_path.clone(),
                    id: prepared.id.clone(),
                    line: None,
                    words: Some(prepared.words),
                });
            }
        }
    }
    // Each line is counted on from the one before.
    identical.sort_unstable();
    let (mut at, mut line) = (0, 1);
    for (offset, i) in identical {
        line += file.lines_between(at, offset);
        at = at.max(offset);
        check.identical_entries[i].line = Some(line);
    }
    check
        .identical_entries
        .sort_unstable_by(|a, b| a.id.cmp(&b.id));
}

/// Lists the reference files a locale does not have (missing, unless the locale has the file
/// but cannot read it, whose own `unreadable-file` error says so, or the locale folder does
/// not exist), with their entries: `has` tells whether the locale has a readable file at a
/// path.
pub(crate) fn absent(
    against: &Against<'_>,
    tree: &LocaleTree,
    has: impl Fn(&str) -> bool,
    report: &mut LocaleReport,
    out: &mut Findings,
) {
    let (reference, prepared) = (against.reference, against.prepared);
    let files = reference.files.iter().zip(&prepared.files);
    let files = files.zip(&prepared.by_id).zip(&prepared.shared_paths);
    for ((((path, (_, entries)), prepared), counted), shared_path) in files {
        if has(path) {
            continue;
        }
        // Sorted by id, so the entries are listed in order.
        let countable = counted.iter().filter_map(|&i| prepared.get(i));
        let only_overrides = counted.is_empty() && !entries.is_empty();
        let unreadable = tree.unreadable.iter().any(|u| u.rel_path == *path);
        if tree.exists && !only_overrides && !unreadable {
            let words: usize = countable.clone().map(|p| p.words).sum();
            report.missing_files.push((*path).to_owned());
            out.push(
                Diagnostic::about(Code::MissingFile, Some(path)).message(format!(
                    "the file is missing: {}, {} to translate",
                    self::counted(counted.len(), "entry", "entries"),
                    self::counted(words, "word", "words")
                )),
            );
        }
        for prepared in countable {
            report.missing_entries.push(EntryItem {
                file: shared_path.clone(),
                id: prepared.id.clone(),
                line: None,
                words: Some(prepared.words),
            });
        }
    }
}

/// Lists the obsolete entries of one file of a locale (those the reference does not have),
/// or the whole file as obsolete when the reference has no such file. A file the reference
/// cannot read is not obsolete: the reference's `unreadable-file` error says it is not
/// compared.
pub(crate) fn obsolete(
    reference: &Index<'_>,
    (file, local): (&FtlFile, &Local<'_>),
    check: &mut FileCheck,
    out: &mut Findings,
) {
    // An aligned file defines the reference file's ids and no other.
    if let Local::Aligned(_)
    | Local::Matched {
        obsolete: false, ..
    } = local
    {
        return;
    }
    let path = file.rel_path.as_str();
    let ref_entries = reference.files.get(path).map(|(_, e)| e);
    if ref_entries.is_none() && reference.unreadable(path) {
        return;
    }
    if ref_entries.is_none() {
        check.obsolete_file = true;
        let obsolete = local.first().filter(|e| !is_optional_term(e.key)).count();
        out.push(
            Diagnostic::about(Code::ObsoleteFile, Some(path)).message(format!(
                "the reference has no such file: {} obsolete",
                counted(obsolete, "entry is", "entries are")
            )),
        );
    }
    // First definitions come in file order, so each line is counted on from the last.
    let (mut at, mut line) = (0, 1);
    let mut shared_path: Option<Arc<str>> = None;
    for entry in local.first() {
        let key = entry.key;
        if ref_entries.is_some_and(|e| e.contains_key(key)) || is_optional_term(key) {
            continue;
        }
        line += file.lines_between(at, entry.offset);
        at = at.max(entry.offset);
        check.obsolete_entries.push(EntryItem {
            file: shared_path.get_or_insert_with(|| path.into()).clone(),
            id: key.into(),
            line: Some(line),
            words: None,
        });
    }
}
