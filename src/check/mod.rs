//! `check`: every locale compared with the reference, as data.
//!
//! [`run`] takes a loaded [`Catalog`] and [`CheckOptions`] and prints nothing. It returns a
//! [`Report`] with per-locale entry lists (missing, obsolete, identical, …) and the counts
//! derived from them, and [`Diagnostic`]s with stable codes and positions. Locales are checked
//! in parallel; those the catalog does not hold are read from its folder one at a time and
//! dropped once compared. The report's order does not depend on scheduling. [`stream`] hands
//! the same report over piece by piece as it is computed (the reference's findings, then each
//! locale in order), so that a printer need not hold it whole; [`JsonWriter`] writes those
//! pieces as the report's JSON and [`HumanWriter`] as text for people (snippets or GitHub
//! annotations, then a summary row per locale), both to a writer they are given.
//! [`CheckOptions::for_project`] reads the project's articles for the variables the renderer
//! passes; nothing else here reads files.
//!
//! In a project, [`run_with_lock`] also compares every translation with the project's lock:
//! entries whose source or pivot text changed since they were accepted are `outdated`, those
//! whose translation changed are `updated` (see [`crate::lock`]).
//!
//! Entries are keyed by (file path relative to the locale folder, id), terms with their `-`.
//! Each locale is checked in two steps: every file compared on its own as soon as it is parsed
//! (`compare`), then one pass over the files' summaries for what needs the whole locale
//! (`locale`). The work is split by concern: [`options`](CheckOptions), the files as files (`files`),
//! ids defined more than once (`duplicates`), coverage (`coverage`), the per-entry rules, one module per family (`rules`), the lock's
//! findings (`outdated`), the diagnostic builder (`diagnostic`), and the required figures
//! under a compare-locales `l10n.toml` (`l10n_toml`; the options and reference such a
//! configuration asks for, [`CheckOptions::for_l10n_toml`], in `configured`).

mod compare;
mod configured;
mod coverage;
mod diagnostic;
mod duplicates;
mod files;
pub(crate) use files::syntax_error_span;
mod human;
mod json;
mod l10n_toml;
mod locale;
mod options;
mod outdated;
mod pattern;
mod prepared;
mod provided;
mod report;
mod rules;
mod source;
mod tally;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use rayon::prelude::*;

use crate::catalog::Catalog;
use crate::config::Project;
use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::lock::Lock;

pub(crate) use crate::ftl::LocaleIndex as Index;
pub use diagnostic::Code;
pub use diagnostic::Diagnostic;
pub use diagnostic::Excerpt;
pub(crate) use diagnostic::Findings;
pub use diagnostic::Severity;
pub(crate) use duplicates::Bundles;
pub use human::HumanWriter;
pub use json::JsonWriter;
pub use l10n_toml::Required;
pub use options::CheckOptions;
pub(crate) use provided::ProvidedVariables;
pub use report::ChangedItem;
pub use report::ConfigSummary;
pub use report::EntryItem;
pub use report::LocaleReport;
pub use report::Report;
pub use source::{Overrides, Source, Style};

/// The words of a message or term, its value and attributes, as the coverage by words counts
/// them (CJK, Thai, Lao and Khmer by characters): what the pages' fallback notice measures.
pub(crate) fn entry_words(entry: &crate::catalog::EntryRef<'_>) -> usize {
    prepared::words(entry)
}

/// Checks every selected locale of `catalog` against the reference. The catalog must hold the
/// reference (and the pivot); selected locales it does not hold are read from its folder on
/// demand and dropped once checked.
///
/// Fails only when the reference folder is absent or is among the selected locales; every other
/// problem is a diagnostic.
pub fn run(catalog: &Catalog, options: &CheckOptions) -> Result<Report> {
    run_with_lock(catalog, options, None)
}

/// Like [`run`], and, given a project and its lock, also reports the translations that are
/// outdated or updated since they were accepted (`catalog` must be the project's).
pub fn run_with_lock(
    catalog: &Catalog,
    options: &CheckOptions,
    lock: Option<(&Project, &Lock)>,
) -> Result<Report> {
    let mut report = head(options, lock);
    stream(catalog, options, lock, |piece| {
        match piece {
            Piece::Start(start) => report = start,
            Piece::Locale(locale, diagnostics) => {
                report.locales.push(locale);
                report.diagnostics.extend(diagnostics);
            }
        }
        Ok::<(), Error>(())
    })?;
    Ok(report)
}

/// Like [`run_with_lock`], but hands the report to `each` piece by piece, in report order, as
/// it is computed: first [`Piece::Start`], then one [`Piece::Locale`] per checked locale,
/// sorted by name. Locales are checked in parallel a few at a time, so memory holds only
/// the pieces not yet handed over, however many locales the tree has.
///
/// Fails before handing anything over when the reference folder is absent, is among the
/// selected locales, or a selected name is not a folder name. A locale folder that cannot be
/// listed later stops the check with its error after the pieces before it. The first error
/// `each` returns stops the check and is returned.
pub fn stream<E: From<Error>>(
    catalog: &Catalog,
    options: &CheckOptions,
    lock: Option<(&Project, &Lock)>,
    mut each: impl FnMut(Piece) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    if let Some(locales) = &options.locales
        && locales.contains(&options.reference)
    {
        return Err(options::reference_selected(&options.reference).into());
    }
    let reference_tree = catalog
        .locale(&options.reference)
        .filter(|t| t.exists)
        .ok_or_else(|| {
            let path = catalog.root.join(&options.reference);
            Error::FolderMissing {
                path,
                message: format!(
                    "reference folder `{}` not found in `{}`",
                    options.reference,
                    catalog.root.display()
                ),
            }
        })?;
    let reference = Index::new(reference_tree);
    let prepared = prepared::Prepared::new(&reference);
    let total = coverage::total(&reference);
    let total_words = coverage::total_words(&reference, &prepared);
    let pivot = options
        .pivot
        .as_deref()
        .and_then(|p| catalog.locale(p))
        .filter(|t| t.exists)
        .map(Index::new);

    let names = locale_names(catalog, options)?;
    for name in names.iter().filter(|n| catalog.locale(n).is_none()) {
        catalog.check_folder_name(name)?;
    }
    let mut start = head(options, lock);
    start.diagnostics = files::unusable_folders(catalog, options)?;
    start
        .diagnostics
        .extend(reference_findings(&reference, options));
    each(Piece::Start(start))?;

    let check = |name: &String| -> Result<(LocaleReport, Vec<Diagnostic>)> {
        // The pivot is compared with the reference only, not with itself.
        let against = compare::Against {
            reference: &reference,
            prepared: &prepared,
            pivot: pivot.as_ref().filter(|p| p.tree.name != *name),
        };
        let states = lock.and_then(|(project, lock)| {
            let locale = Locale::parse(name).ok()?;
            Some((lock, lock.status(project, catalog, &locale)))
        });
        let (mut report, diags) = locale::check(catalog, name, &against, options, states)?;
        report.total = total;
        report.total_words = total_words;
        Ok((report, diags))
    };
    // The locales are handed to the threads in order, as each takes one, and each report is
    // handed over on this thread as soon as those before it are: no thread waits for a batch
    // to end, and only the reports that finished before an earlier one are held.
    let stop = AtomicBool::new(false);
    let (sender, results) = mpsc::channel();
    let mut failed = None;
    rayon::in_place_scope(|scope| {
        let (names, stop) = (&names, &stop);
        scope.spawn(move |_| {
            let all = names.iter().enumerate().par_bridge();
            all.for_each_with(sender, |sender, (i, name)| {
                if !stop.load(Ordering::Relaxed) {
                    // The receiver is gone only once the check has stopped.
                    let _ = sender.send((i, check(name)));
                }
            });
        });
        let mut held = BTreeMap::new();
        let mut next = 0;
        for (i, result) in results {
            held.insert(i, result);
            while let Some(result) = held.remove(&next) {
                next += 1;
                let handed = result
                    .map_err(E::from)
                    .and_then(|(locale, diagnostics)| each(Piece::Locale(locale, diagnostics)));
                if let Err(e) = handed {
                    stop.store(true, Ordering::Relaxed);
                    failed = Some(e);
                    return;
                }
            }
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A piece of a check's [`Report`], as [`stream`] hands them over.
#[derive(Debug)]
pub enum Piece {
    /// First, once: the report with its reference, pivot and lock, and the findings that come
    /// before every locale's (folders that name no locale, then the reference's own), but no
    /// locale yet.
    Start(Report),
    /// Then each checked locale, sorted by name: its report and its findings, sorted as in
    /// [`Report::diagnostics`].
    Locale(LocaleReport, Vec<Diagnostic>),
}

/// A writer of a report's [`Piece`]s as they come: [`JsonWriter`] and [`HumanWriter`], for a
/// caller that picks one at run time.
pub trait ReportWriter {
    /// Writes what `piece` adds. The first piece must be [`Piece::Start`].
    fn write(&mut self, piece: &Piece) -> std::io::Result<()>;
    /// Whether the pieces so far fail the check: a finding of severity error, or a locale
    /// below its minimum coverage.
    fn failed(&self) -> bool;
    /// Writes the end of the output, with a final line end, and flushes it.
    fn end(self: Box<Self>) -> std::io::Result<()>;
}

/// A report with no locale and no finding yet.
fn head(options: &CheckOptions, lock: Option<(&Project, &Lock)>) -> Report {
    Report {
        reference: options.reference.clone(),
        pivot: options.pivot.clone(),
        locales: Vec::new(),
        diagnostics: Vec::new(),
        lock: lock.map(|(project, _)| project.config.folders.lock.display().to_string()),
        outdated_as_missing: options.outdated_as_missing,
        l10n_toml: options.l10n_toml.as_deref().map(ConfigSummary::new),
    }
}

/// The folders to check, sorted: those the options name, or every folder of the catalog and
/// of its root on disk but the reference.
fn locale_names(catalog: &Catalog, options: &CheckOptions) -> Result<Vec<String>> {
    let mut names: Vec<String> = match &options.locales {
        Some(locales) => locales.clone(),
        None => {
            let on_disk = if catalog.root.is_dir() {
                Catalog::folder_names(&catalog.root)?
            } else {
                Vec::new()
            };
            catalog
                .locales
                .iter()
                .map(|l| l.name.clone())
                .chain(on_disk)
                .filter(|n| *n != options.reference)
                .collect()
        }
    };
    names.sort_unstable();
    names.dedup();
    Ok(names)
}

/// The reference's own findings: its files, its duplicates and its unknown references. A
/// file it cannot read is left out of the whole check.
fn reference_findings(reference: &Index<'_>, options: &CheckOptions) -> Vec<Diagnostic> {
    let mut own = Findings::new(&reference.tree.name);
    files::check(reference.tree, &mut own);
    for d in own.with_code(Code::UnreadableFile) {
        d.notes.insert(
            0,
            "the file is left out of the check: no locale's copy of it is compared until the \
             reference can be read"
                .into(),
        );
    }
    duplicates::check(reference, options.bundles.as_ref(), &mut own);
    let mut unresolved = Vec::new();
    for (file, entry) in reference.all_entries() {
        for pattern in crate::catalog::entry_patterns(entry.entry) {
            let facts = pattern::Facts::of(pattern, file.source());
            rules::unresolved(reference, file, entry, &facts, None, &mut unresolved);
        }
    }
    // The reference defines none of them.
    let name = &reference.tree.name;
    for d in unresolved
        .into_iter()
        .filter_map(|r| r.resolve(name, false, false))
    {
        own.push(d);
    }
    own.into_sorted()
}

#[cfg(test)]
mod tests;
