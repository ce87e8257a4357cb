//! A locale measured against the files an `l10n.toml` requires of it (see
//! [`crate::l10n_toml`]): the required figures next to the whole-tree ones, and the file
//! findings the configuration changes.
//!
//! The whole-tree figures compare the locale with every reference file the configuration maps
//! (for any locale), as a tree is compared. On top of them, per reference entry of a file
//! that is the locale's: `error` makes it required, `warning` makes a missing one "report"
//! (counted, not required), `ignore` drops it. A missing file is required, reported or
//! dropped by the filters' action for the file; a reference file that no path gives the
//! locale is neither missing nor required. A file of the locale that no `l10n` pattern maps
//! is obsolete, and says so; one that `[[excludes]]` remove is not looked at.

use serde::Serialize;

use super::{Code, Diagnostic, Index, LocaleReport};
use crate::l10n_toml::{Action, Layout};
use crate::site::is_optional_term;

/// The figures of one locale under an `l10n.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Required {
    /// Reference entries the locale must have (filter action `error`).
    pub(crate) required: usize,
    /// Of those, the ones it lacks.
    pub missing_required: usize,
    /// Missing entries that a `warning` filter reports without requiring them.
    pub report: usize,
    /// Reference files the locale must have and lacks.
    pub(crate) missing_required_files: Vec<String>,
    /// Files of the locale that no `l10n` pattern maps (or that map to a reference file no
    /// path gives the locale).
    pub unmapped_files: Vec<String>,
    /// Reference files of the locale that are not FTL, so not checked.
    pub(crate) skipped_files: usize,
}

impl Required {
    /// The required entries the locale has, over the required entries, in percent, rounded
    /// down to two decimals (100 when nothing is required).
    pub fn coverage(&self) -> f64 {
        if self.required == 0 {
            100.0
        } else {
            let done = self.required - self.missing_required;
            (done as f64 * 10000.0 / self.required as f64).floor() / 100.0
        }
    }

    /// Whether the required coverage is below `min`, compared with the exact ratio.
    pub(crate) fn below(&self, min: f64) -> bool {
        self.required > 0
            && ((self.required - self.missing_required) as f64 * 100.0) < min * self.required as f64
    }
}

/// Measures `report`'s locale against what `layout` requires of it, and adjusts the file
/// findings in `diagnostics` (the locale's, sorted) to the configuration. `local` tells
/// whether the locale has a readable file at a path (`None`: the locale folder does not
/// exist).
pub(crate) fn apply(
    layout: &Layout,
    reference: &Index<'_>,
    local: Option<&dyn Fn(&str) -> bool>,
    report: &mut LocaleReport,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let locale = report.locale.clone();
    let plan = layout.plan(&locale);
    let mut figures = Required {
        skipped_files: plan
            .files
            .keys()
            .filter(|k| layout.skipped.contains_key(*k))
            .count(),
        ..Required::default()
    };
    let missing_files: std::collections::BTreeSet<&str> =
        report.missing_files.iter().map(String::as_str).collect();
    let missing_entries: std::collections::BTreeSet<(&str, &str)> = report
        .missing_entries
        .iter()
        .map(|e| (&*e.file, &*e.id))
        .collect();
    let mut dropped_files = Vec::new();
    let mut reported_files = Vec::new();
    for (path, (_, entries)) in &reference.files {
        let countable = entries.keys().filter(|k| !is_optional_term(k));
        let Some(&file_action) = plan.files.get(*path) else {
            dropped_files.push(*path);
            continue;
        };
        if missing_files.contains(path) {
            let n = countable.count();
            match file_action {
                Action::Error => {
                    figures.required += n;
                    figures.missing_required += n;
                    figures.missing_required_files.push((*path).to_owned());
                }
                Action::Warning => {
                    figures.report += n;
                    reported_files.push(*path);
                }
                Action::Ignore => dropped_files.push(*path),
            }
            continue;
        }
        // Entry filters are looked up only where one could apply.
        let by_entry = plan.has_entry_filters(path);
        for key in countable {
            let action = if by_entry {
                plan.action(path, Some(key))
            } else {
                Action::Error
            };
            let missing = missing_entries.contains(&(*path, *key));
            match action {
                Action::Error => {
                    figures.required += 1;
                    figures.missing_required += usize::from(missing);
                }
                Action::Warning => figures.report += usize::from(missing),
                Action::Ignore => {}
            }
        }
    }

    // Missing files that are not the locale's, or that a filter ignores, are not missing.
    diagnostics.retain(|d| {
        !(d.code == Code::MissingFile
            && d.file
                .as_deref()
                .is_some_and(|f| dropped_files.contains(&f)))
    });
    for d in diagnostics.iter_mut() {
        if d.code == Code::MissingFile
            && d.file
                .as_deref()
                .is_some_and(|f| reported_files.contains(&f))
        {
            d.notes
                .push("a `warning` filter of l10n.toml reports it; it is not required".into());
        }
    }

    // The locale's own files: those no pattern maps are obsolete, excluded ones unseen.
    let mut unmapped = Vec::new();
    let mut excluded = Vec::new();
    let own: Vec<&str> = report
        .obsolete_files
        .iter()
        .map(String::as_str)
        .chain(
            reference
                .files
                .keys()
                .copied()
                .filter(|k| !plan.files.contains_key(*k) && local.is_some_and(|has| has(k))),
        )
        .collect();
    for key in own {
        if plan.excluded(key) {
            excluded.push(key.to_owned());
        } else if !plan.maps(key)
            || (reference.files.contains_key(key) && !plan.files.contains_key(key))
        {
            unmapped.push(key.to_owned());
        }
    }
    // A reference file no path gives the locale: the whole-tree check took the locale's copy
    // for a translation; it is obsolete here.
    for key in &unmapped {
        if !report.obsolete_files.contains(key) && reference.files.contains_key(key.as_str()) {
            let mut d = Diagnostic::about(Code::ObsoleteFile, Some(key))
                .message("l10n.toml gives this file to other locales only: it is obsolete here");
            d.locale.clone_from(&locale);
            diagnostics.push(d);
            report.obsolete_files.push(key.clone());
        }
    }
    for d in diagnostics.iter_mut() {
        if d.code == Code::ObsoleteFile
            && d.file.as_ref().is_some_and(|f| unmapped.contains(f))
            && !d.message.starts_with("l10n.toml")
        {
            d.notes
                .push("no `[[paths]]` entry of l10n.toml maps it for this locale".into());
        }
    }
    diagnostics.retain(|d| !d.file.as_ref().is_some_and(|f| excluded.contains(f)));
    report.obsolete_files.retain(|f| !excluded.contains(f));
    report
        .obsolete_entries
        .retain(|e| !excluded.iter().any(|x| **x == *e.file));
    report.obsolete_files.sort();
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));

    figures.unmapped_files = unmapped;
    report.required = Some(figures);
}
