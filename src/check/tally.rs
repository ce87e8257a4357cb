//! The errors and warnings of a report counted as its pieces come, as the writers show them:
//! in all, and for each locale (the first piece's findings count for a checked locale of the
//! same name, as in [`Report::count`](super::Report)), and whether the check failed.

use std::collections::BTreeMap;

use super::{Diagnostic, LocaleReport, Severity};

/// The counts so far (see the module documentation).
#[derive(Default)]
pub(super) struct Tally {
    /// Errors and warnings of the first piece's findings, by locale.
    early: BTreeMap<String, (usize, usize)>,
    /// Errors and warnings of every finding so far.
    all: (usize, usize),
    /// Whether a locale so far is below its minimum coverage.
    below: bool,
}

impl Tally {
    /// Counts the first piece's findings.
    pub(super) fn start(&mut self, diagnostics: &[Diagnostic]) {
        for d in diagnostics {
            let counts = self.early.entry(d.locale.clone()).or_default();
            add(counts, d.severity);
            add(&mut self.all, d.severity);
        }
    }

    /// Counts a locale's piece and returns the locale's errors and warnings.
    pub(super) fn locale(
        &mut self,
        locale: &LocaleReport,
        diagnostics: &[Diagnostic],
    ) -> (usize, usize) {
        let mut own = self.early.get(&locale.locale).copied().unwrap_or_default();
        for d in diagnostics {
            add(&mut self.all, d.severity);
            if d.locale == locale.locale {
                add(&mut own, d.severity);
            }
        }
        self.below |= locale.below_min_coverage();
        own
    }

    /// The errors and warnings so far.
    pub(super) fn totals(&self) -> (usize, usize) {
        self.all
    }

    /// Whether the pieces so far hold an error or a locale below its minimum coverage.
    pub(super) fn failed(&self) -> bool {
        self.all.0 > 0 || self.below
    }
}

/// Counts one finding of `severity` in `(errors, warnings)`.
fn add(counts: &mut (usize, usize), severity: Severity) {
    match severity {
        Severity::Error => counts.0 += 1,
        Severity::Warning => counts.1 += 1,
        Severity::Note => {}
    }
}
