//! The result of a check, as data: per-locale entry lists, the counts derived from them, and
//! diagnostics.
//!
//! Everything here serialises to the stable JSON documented in `docs/check.md`: field order is
//! the documented order, lists are sorted, numbers are rounded. New fields are added at the end
//! of an object so existing consumers keep working. Each count is computed from the list it
//! counts (or from the diagnostics), so the two cannot disagree.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::Serialize;

use super::{Diagnostic, Required, Severity};
use crate::l10n_toml::Layout;

/// A whole check: one [`LocaleReport`] per checked locale and every diagnostic.
#[derive(Debug, Clone)]
pub struct Report {
    /// The reference folder (the source locale in a project).
    pub reference: String,
    /// The pivot locale, also compared for identical text, if any.
    pub(crate) pivot: Option<String>,
    /// The checked locales, sorted by name.
    pub locales: Vec<LocaleReport>,
    /// All findings: the reference's own first, then each locale's, each sorted by file,
    /// line, column and code.
    pub diagnostics: Vec<Diagnostic>,
    /// The lock file the outdated and updated entries were found with (project mode), or
    /// `None` when no lock was consulted and those counts are 0.
    pub lock: Option<String>,
    /// Whether outdated entries counted as untranslated for `coverage`.
    pub outdated_as_missing: bool,
    /// The `l10n.toml` the locales were measured with, if any.
    pub l10n_toml: Option<ConfigSummary>,
}

/// The `l10n.toml` of a check: its file and the mapped files it does not check.
#[derive(Debug, Clone, Serialize)]
pub struct ConfigSummary {
    /// The configuration file.
    pub file: String,
    /// The reference files it maps that are not FTL (`.properties`, `.dtd`, `.ini`, …),
    /// by path relative to a locale folder: not checked.
    pub skipped_files: Vec<String>,
}

impl ConfigSummary {
    pub(crate) fn new(layout: &Layout) -> Self {
        ConfigSummary {
            file: layout.config.path().display().to_string(),
            skipped_files: layout.skipped.keys().cloned().collect(),
        }
    }
}

impl Report {
    /// How many diagnostics of `severity` the locale has.
    pub(crate) fn count(&self, locale: &str, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.locale == locale && d.severity == severity)
            .count()
    }

    /// Whether any locale is below its coverage threshold.
    pub fn below_min_coverage(&self) -> bool {
        self.locales.iter().any(LocaleReport::below_min_coverage)
    }
}

/// Entry lists for one locale; the counts are methods computed from them.
#[derive(Debug, Clone)]
pub struct LocaleReport {
    /// The folder name (a tag, or any name in a foreign tree).
    pub locale: String,
    /// Entries (messages and terms) of the reference, optional terms (country and language
    /// names, dates, provenance) left out.
    pub total: usize,
    /// The words of those entries' reference text (CJK, Thai, Lao and Khmer counted by
    /// characters).
    pub(crate) total_words: usize,
    /// The coverage below which the locale fails the check, if any.
    pub min_coverage: Option<f64>,
    /// Whether outdated entries count as untranslated for the coverage.
    pub outdated_as_missing: bool,
    /// Reference files the locale does not have at all.
    pub(crate) missing_files: Vec<String>,
    /// Files of the locale the reference does not have.
    pub(crate) obsolete_files: Vec<String>,
    /// The missing entries (entries of missing files included), sorted by file and id, with
    /// the words of each.
    pub missing_entries: Vec<EntryItem>,
    /// The obsolete entries (entries of obsolete files included), sorted by file and id,
    /// with their line.
    pub obsolete_entries: Vec<EntryItem>,
    /// Translated entries whose text equals the reference's or the pivot's, sorted by file
    /// and id, with their line.
    pub identical_entries: Vec<EntryItem>,
    /// One item per value or attribute whose source or pivot text changed since the
    /// translation was accepted (see the lock), sorted by file, id and attribute.
    pub outdated_entries: Vec<ChangedItem>,
    /// One item per value or attribute that changed since it was accepted, awaiting review,
    /// sorted by file, id and attribute.
    pub updated_entries: Vec<ChangedItem>,
    /// Translated entries the lock has no record of (translated since the last `accept`),
    /// sorted by file and id, with the line of their first unrecorded part: a later change of
    /// their source cannot be detected until they are accepted.
    pub unrecorded_entries: Vec<EntryItem>,
    /// The figures against what an `l10n.toml` requires of the locale, when one was given;
    /// `min_coverage` then applies to them.
    pub required: Option<Required>,
}

impl LocaleReport {
    /// An empty report for `locale`, whose reference has `total` entries.
    pub fn new(locale: &str, total: usize) -> Self {
        LocaleReport {
            locale: locale.to_owned(),
            total,
            total_words: 0,
            min_coverage: None,
            outdated_as_missing: false,
            missing_files: Vec::new(),
            obsolete_files: Vec::new(),
            missing_entries: Vec::new(),
            obsolete_entries: Vec::new(),
            identical_entries: Vec::new(),
            outdated_entries: Vec::new(),
            updated_entries: Vec::new(),
            unrecorded_entries: Vec::new(),
            required: None,
        }
    }

    /// Sorts every list.
    pub(crate) fn sort(&mut self) {
        self.missing_entries.sort();
        self.obsolete_entries.sort();
        self.identical_entries.sort();
        self.outdated_entries.sort();
        self.updated_entries.sort();
        self.unrecorded_entries.sort();
    }

    /// Reference entries the locale has.
    pub fn translated(&self) -> usize {
        self.total - self.missing()
    }

    /// Reference entries the locale lacks.
    pub fn missing(&self) -> usize {
        self.missing_entries.len()
    }

    /// Entries of the locale the reference does not have.
    pub fn obsolete(&self) -> usize {
        self.obsolete_entries.len()
    }

    /// Translated entries whose text equals the reference's or the pivot's.
    pub fn identical(&self) -> usize {
        self.identical_entries.len()
    }

    /// The size of the missing entries' reference text in words (CJK, Thai, Lao and Khmer
    /// counted by characters).
    pub fn missing_words(&self) -> usize {
        self.missing_entries.iter().filter_map(|e| e.words).sum()
    }

    /// Translated entries with a value or attribute that is outdated.
    pub fn outdated(&self) -> usize {
        distinct_entries(&self.outdated_entries)
    }

    /// Translated entries with a value or attribute that was updated. An entry can be both
    /// outdated and updated when its parts differ.
    pub fn updated(&self) -> usize {
        distinct_entries(&self.updated_entries)
    }

    /// Translated entries the lock has no record of.
    pub(crate) fn unrecorded(&self) -> usize {
        self.unrecorded_entries.len()
    }

    /// The entries that count as done: translated, less the outdated ones with
    /// `outdated_as_missing`.
    fn done(&self) -> usize {
        if self.outdated_as_missing {
            self.translated().saturating_sub(self.outdated())
        } else {
            self.translated()
        }
    }

    /// Done entries over `total` in percent, rounded down to two decimals (100 when `total`
    /// is 0).
    pub fn coverage(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            (self.done() as f64 * 10000.0 / self.total as f64).floor() / 100.0
        }
    }

    /// The reference's words in translated entries over all its words, in percent, rounded
    /// down to two decimals (100 when the reference has no words): two long paragraphs
    /// missing weigh what they weigh in the text, not two entries among many. Outdated entries
    /// count as translated here, whatever `outdated_as_missing` says.
    pub fn word_coverage(&self) -> f64 {
        if self.total_words == 0 {
            100.0
        } else {
            let done = self.total_words.saturating_sub(self.missing_words());
            (done as f64 * 10000.0 / self.total_words as f64).floor() / 100.0
        }
    }

    /// Whether the coverage is below `min_coverage`, compared with the exact ratio, not the
    /// rounded-down figure.
    pub fn below_min_coverage(&self) -> bool {
        let Some(min) = self.min_coverage else {
            return false;
        };
        match &self.required {
            Some(required) => required.below(min),
            None => self.total > 0 && (self.done() as f64 * 100.0) < min * self.total as f64,
        }
    }
}

/// How many (file, id) entries the items name.
fn distinct_entries(items: &[ChangedItem]) -> usize {
    items
        .iter()
        .map(|i| (&i.file, &i.id))
        .collect::<BTreeSet<_>>()
        .len()
}

/// The JSON form of a [`Report`]: each locale with its counts.
#[derive(Serialize)]
struct ReportJson<'a> {
    reference: &'a str,
    pivot: &'a Option<String>,
    locales: Vec<LocaleJson<'a>>,
    diagnostics: &'a [Diagnostic],
    lock: &'a Option<String>,
    outdated_as_missing: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    l10n_toml: &'a Option<ConfigSummary>,
}

/// The JSON form of a [`LocaleReport`], in the documented field order.
#[derive(Serialize)]
pub(super) struct LocaleJson<'a> {
    pub(super) locale: &'a str,
    pub(super) total: usize,
    pub(super) translated: usize,
    pub(super) missing: usize,
    pub(super) obsolete: usize,
    pub(super) identical: usize,
    pub(super) errors: usize,
    pub(super) warnings: usize,
    pub(super) coverage: f64,
    pub(super) missing_words: usize,
    pub(super) min_coverage: Option<f64>,
    pub(super) below_min_coverage: bool,
    pub(super) missing_files: &'a [String],
    pub(super) obsolete_files: &'a [String],
    pub(super) missing_entries: &'a [EntryItem],
    pub(super) obsolete_entries: &'a [EntryItem],
    pub(super) identical_entries: &'a [EntryItem],
    pub(super) outdated: usize,
    pub(super) updated: usize,
    pub(super) outdated_entries: &'a [ChangedItem],
    pub(super) updated_entries: &'a [ChangedItem],
    pub(super) unrecorded: usize,
    pub(super) unrecorded_entries: &'a [EntryItem],
    pub(super) total_words: usize,
    pub(super) word_coverage: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) required: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) missing_required: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) required_coverage: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) report: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) missing_required_files: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) unmapped_files: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) skipped_files: Option<usize>,
}

impl<'a> LocaleJson<'a> {
    /// The JSON form of `l`, which has `errors` and `warnings`.
    pub(super) fn new(l: &'a LocaleReport, errors: usize, warnings: usize) -> Self {
        LocaleJson {
            locale: &l.locale,
            total: l.total,
            translated: l.translated(),
            missing: l.missing(),
            obsolete: l.obsolete(),
            identical: l.identical(),
            errors,
            warnings,
            coverage: l.coverage(),
            missing_words: l.missing_words(),
            min_coverage: l.min_coverage,
            below_min_coverage: l.below_min_coverage(),
            missing_files: &l.missing_files,
            obsolete_files: &l.obsolete_files,
            missing_entries: &l.missing_entries,
            obsolete_entries: &l.obsolete_entries,
            identical_entries: &l.identical_entries,
            outdated: l.outdated(),
            updated: l.updated(),
            outdated_entries: &l.outdated_entries,
            updated_entries: &l.updated_entries,
            unrecorded: l.unrecorded(),
            unrecorded_entries: &l.unrecorded_entries,
            total_words: l.total_words,
            word_coverage: l.word_coverage(),
            required: l.required.as_ref().map(|r| r.required),
            missing_required: l.required.as_ref().map(|r| r.missing_required),
            required_coverage: l.required.as_ref().map(Required::coverage),
            report: l.required.as_ref().map(|r| r.report),
            missing_required_files: l
                .required
                .as_ref()
                .map(|r| r.missing_required_files.as_slice()),
            unmapped_files: l.required.as_ref().map(|r| r.unmapped_files.as_slice()),
            skipped_files: l.required.as_ref().map(|r| r.skipped_files),
        }
    }
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let locales = self
            .locales
            .iter()
            .map(|l| {
                LocaleJson::new(
                    l,
                    self.count(&l.locale, Severity::Error),
                    self.count(&l.locale, Severity::Warning),
                )
            })
            .collect();
        ReportJson {
            reference: &self.reference,
            pivot: &self.pivot,
            locales,
            diagnostics: &self.diagnostics,
            lock: &self.lock,
            outdated_as_missing: self.outdated_as_missing,
            l10n_toml: &self.l10n_toml,
        }
        .serialize(serializer)
    }
}

/// An outdated or updated value or attribute: the texts its translation was made against,
/// then and now.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ChangedItem {
    /// Path relative to the locale folder.
    pub file: String,
    /// Message id, or term id with its leading `-`.
    pub id: String,
    /// The attribute's name, when the item is about an attribute rather than the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Line of the value or attribute in the locale's file.
    pub line: usize,
    /// The source text the translation was made against.
    pub(crate) old_source: String,
    /// The source text now.
    pub(crate) new_source: String,
    /// The pivot text the translation was made against (absent for the pivot locale, and
    /// when the pivot lacked the entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) old_pivot: Option<String>,
    /// The pivot text now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) new_pivot: Option<String>,
}

/// One entry in a list of a [`LocaleReport`], ordered by file, id, line and words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryItem {
    /// Path relative to the locale folder.
    pub file: Arc<str>,
    /// Message id, or term id with its leading `-`.
    pub id: Arc<str>,
    /// Line in the locale's file (obsolete, identical and unrecorded entries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Words of the reference text (missing entries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<usize>,
}

impl Ord for EntryItem {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // The entries of one file share its path: most comparisons need not read it.
        let file = match Arc::ptr_eq(&self.file, &other.file) {
            true => std::cmp::Ordering::Equal,
            false => self.file.cmp(&other.file),
        };
        file.then_with(|| self.id.cmp(&other.id))
            .then_with(|| self.line.cmp(&other.line))
            .then_with(|| self.words.cmp(&other.words))
    }
}

impl PartialOrd for EntryItem {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
