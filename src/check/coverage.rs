//! Coverage: which reference entries and files a locale has, lacks (missing) or has beyond the
//! reference (obsolete), with every translated entry handed to the [`rules`](super::rules)
//! and counted identical when they say so. Optional terms (country-name overrides, provenance
//! notes) are optional everywhere: neither counted nor compared.

use super::pattern::Facts;
use super::prepared::Prepared;
use super::rules::{self, Context};
use super::{Code, Diagnostic, EntryItem, Findings, Index, LocaleReport};
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

/// Walks the reference's files: lists the missing files and entries of the locale, and
/// compares each translated entry with the reference (and the pivot).
pub(crate) fn translated(
    cx: &Context<'_>,
    index: Option<&Index<'_>>,
    reference: &Index<'_>,
    prepared: &Prepared<'_>,
    pivot: Option<&Index<'_>>,
    report: &mut LocaleReport,
    out: &mut Findings,
) {
    // One list of facts serves every pattern of the locale.
    let mut facts = Facts::default();
    let files = reference.files.iter().zip(&prepared.files);
    for (((path, (_, entries)), prepared), counted) in files.zip(&prepared.counted) {
        let local = index.and_then(|i| i.files.get(path));
        // Sorted by id, so the entries are listed in order.
        let countable = counted.iter().filter_map(|&i| {
            let (key, entry) = entries.get_index(i)?;
            Some((*key, entry, prepared.get(i)?))
        });
        let only_overrides = counted.is_empty() && !entries.is_empty();
        // A locale's file that cannot be read has its own `unreadable-file` error.
        let present = index.is_some_and(|i| i.unreadable(path));
        if local.is_none() && index.is_some() && !only_overrides && !present {
            let words: usize = countable.clone().map(|(_, _, p)| p.words).sum();
            report.missing_files.push((*path).to_owned());
            out.push(
                Diagnostic::about(Code::MissingFile, Some(path)).message(format!(
                    "the file is missing: {}, {} to translate",
                    self::counted(counted.len(), "entry", "entries"),
                    self::counted(words, "word", "words")
                )),
            );
        }
        for (key, ref_entry, prepared) in countable {
            let found = local.and_then(|(f, e)| e.get(key).map(|e| (*f, *e)));
            let (Some((file, entry)), Some(index)) = (found, index) else {
                report.missing_entries.push(EntryItem {
                    file: (*path).to_owned(),
                    id: key.to_owned(),
                    line: None,
                    words: Some(prepared.words),
                });
                continue;
            };
            let pivot_entry = pivot.and_then(|p| p.entry(path, key));
            let reference_entry = (*ref_entry, prepared);
            let local_entry = (file, entry);
            if rules::entry(
                cx,
                index,
                reference,
                reference_entry,
                local_entry,
                pivot_entry,
                &mut facts,
                out,
            ) {
                report.identical_entries.push(EntryItem {
                    file: (*path).to_owned(),
                    id: key.to_owned(),
                    line: Some(file.line(entry.offset)),
                    words: None,
                });
            }
        }
    }
}

/// Walks the locale's files: lists the obsolete files and entries (those the reference does
/// not have). A file the reference cannot read is not obsolete: the reference's
/// `unreadable-file` error says it is not compared.
pub(crate) fn obsolete(
    index: &Index<'_>,
    reference: &Index<'_>,
    report: &mut LocaleReport,
    out: &mut Findings,
) {
    for (path, (file, entries)) in &index.files {
        let ref_entries = reference.files.get(path).map(|(_, e)| e);
        if ref_entries.is_none() && reference.unreadable(path) {
            continue;
        }
        if ref_entries.is_none() {
            report.obsolete_files.push((*path).to_owned());
            let obsolete = entries.keys().filter(|k| !is_optional_term(k)).count();
            out.push(
                Diagnostic::about(Code::ObsoleteFile, Some(path)).message(format!(
                    "the reference has no such file: {} obsolete",
                    counted(obsolete, "entry is", "entries are")
                )),
            );
        }
        // First definitions come in file order, so each line is counted on from the last.
        let (mut at, mut line) = (0, 1);
        for (key, entry) in entries {
            if ref_entries.is_some_and(|e| e.contains_key(key)) || is_optional_term(key) {
                continue;
            }
            line += file.lines_between(at, entry.offset);
            at = at.max(entry.offset);
            report.obsolete_entries.push(EntryItem {
                file: (*path).to_owned(),
                id: (*key).to_owned(),
                line: Some(line),
                words: None,
            });
        }
    }
}
