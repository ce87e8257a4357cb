//! The wording of an accept: what `fluentpress accept` prints, written as [`Display`] so that
//! a build script can show the same lines.

use std::fmt::{self, Display, Formatter};

use super::{AcceptOutcome, AcceptReport, EntryState};
use crate::locale::Locale;

impl AcceptOutcome {
    /// The first lock's line when there was none, then the report (see [`AcceptReport::text`]);
    /// after a first recording the report only repeats it, so it is left out unless something
    /// was pruned or kept.
    pub fn text<'a>(&'a self, pivot: &'a Locale) -> OutcomeText<'a> {
        OutcomeText {
            outcome: self,
            pivot,
        }
    }
}

impl AcceptReport {
    /// The summary line (`fil: recorded 2 entries, 5 already current, pruned 1`), then one
    /// line per entry recorded, pruned or kept; `pivot` names the pivot locale in the lines of
    /// [`AcceptReport::kept_pivot`]. Each line ends with a newline.
    pub fn text<'a>(&'a self, pivot: &'a Locale) -> AcceptText<'a> {
        AcceptText {
            report: self,
            pivot,
        }
    }

    /// Whether anything was pruned or kept.
    fn pruned_or_kept(&self) -> bool {
        !self.pruned.is_empty()
            || !self.kept_in_broken_files.is_empty()
            || !self.kept_in_missing_files.is_empty()
            || !self.kept_pivot.is_empty()
    }
}

/// [`AcceptOutcome::text`].
#[derive(Debug, Clone, Copy)]
pub struct OutcomeText<'a> {
    outcome: &'a AcceptOutcome,
    pivot: &'a Locale,
}

impl Display for OutcomeText<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let report = &self.outcome.report;
        if let Some(first) = self.outcome.first_lock() {
            writeln!(f, "{first}")?;
        }
        if self.outcome.initialised.is_none() || report.pruned_or_kept() {
            write!(f, "{}", report.text(self.pivot))?;
        }
        Ok(())
    }
}

/// [`AcceptReport::text`].
#[derive(Debug, Clone, Copy)]
pub struct AcceptText<'a> {
    report: &'a AcceptReport,
    pivot: &'a Locale,
}

impl Display for AcceptText<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let report = self.report;
        let recorded = report.recorded.len();
        write!(
            f,
            "{}: recorded {recorded} {}, {} already current",
            report.locale,
            if recorded == 1 { "entry" } else { "entries" },
            report.already_current
        )?;
        if !report.pruned.is_empty() {
            write!(f, ", pruned {}", report.pruned.len())?;
        }
        writeln!(f)?;
        for accepted in &report.recorded {
            let was = match &accepted.was {
                EntryState::Outdated(_) => "was outdated",
                EntryState::Updated { .. } => "was updated",
                EntryState::Unrecorded => "was not recorded",
                EntryState::Current => "was current",
            };
            writeln!(f, "  recorded {} {} ({was})", accepted.file, accepted.id)?;
        }
        for key in &report.pruned {
            writeln!(f, "  pruned   {} {} (no longer exists)", key.file, key.id)?;
        }
        for key in &report.kept_in_broken_files {
            writeln!(
                f,
                "  kept     {} {} (not found, but the file has syntax errors)",
                key.file, key.id
            )?;
        }
        for key in &report.kept_in_missing_files {
            writeln!(
                f,
                "  kept     {} {} (the file is missing from the locale, but the source has the entry)",
                key.file, key.id
            )?;
        }
        let pivot = self.pivot;
        for key in &report.kept_pivot {
            writeln!(
                f,
                "  kept     {} {} (its {pivot} text as recorded: the {pivot} entry cannot be read)",
                key.file, key.id
            )?;
        }
        Ok(())
    }
}
