//! Taking a translator's file back: reading it, checking it was made for this project and
//! locale, planning the entries it changes ([`apply`](super::apply)), the locale's counts
//! before and after, and writing the files.

use std::collections::BTreeMap;
use std::path::Path;

use super::{Format, Only, Segments, apply, collect, exchange_language, po, target_locale, xliff};
use crate::catalog::{Catalog, FtlFile};
use crate::check::{self, CheckOptions};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::fsutil;
use crate::locale::Locale;
use crate::lock::Lock;

/// One unit as read from an exchange file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedUnit {
    /// The unit's id.
    pub id: String,
    /// The translation, if the unit has one.
    pub target: Option<Segments>,
    /// Whether the file marks the unit as not translated yet (a target that only copies the
    /// source is then not taken as a translation).
    pub untranslated: bool,
}

/// What an exchange file holds, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The format it was read as.
    pub format: Format,
    /// The declared source language.
    pub source_language: String,
    /// The declared target language.
    pub target_language: String,
    /// The FTL files it names.
    pub files: Vec<String>,
    /// Its units, in file order.
    pub units: Vec<ImportedUnit>,
}

/// Reads an exchange file (XLIFF when it starts as XML or is named `.xlf`, `.xliff` or
/// `.xml`, else PO).
pub fn read_exchange(path: &Path) -> Result<Imported> {
    let text = fsutil::read_text(path)?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(Error::invalid(
            path,
            "the file is empty: import a file made by `fluentpress export` and translated",
        ));
    }
    let named_xliff = path.extension().is_some_and(|e| {
        ["xlf", "xliff", "xml"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    });
    if trimmed.starts_with('<') || named_xliff {
        xliff::read(&text).map_err(|message| Error::invalid(path, message))
    } else {
        po::read(&text).map_err(|message| Error::invalid(path, message))
    }
}

/// A unit of an import that was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The unit's id.
    pub id: String,
    /// Why.
    pub reason: String,
}

/// Counts of a locale before or after an import.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coverage {
    /// Translated entries.
    pub translated: usize,
    /// All entries of the source.
    pub total: usize,
    /// Coverage in percent.
    pub coverage: f64,
    /// Error diagnostics of the locale.
    pub errors: usize,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// The locale written.
    pub locale: Locale,
    /// Units read from the file.
    pub units: usize,
    /// Units whose translation was written.
    pub written: Vec<String>,
    /// Units whose translation was already the file's.
    pub unchanged: usize,
    /// Units without a translation.
    pub untranslated: usize,
    /// Units not written, with the reason.
    pub failures: Vec<Failure>,
    /// The changed files, with their unified diff.
    pub diffs: Vec<(String, String)>,
    /// The locale before.
    pub before: Coverage,
    /// The locale after (as it would be, in a dry run).
    pub after: Coverage,
    /// Whether files were written.
    pub wrote: bool,
    /// Whether it was a dry run.
    pub dry_run: bool,
}

impl ImportReport {
    /// What the import did, in lines for people: each unit not imported, the counts, and the
    /// coverage before and after.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        for failure in &self.failures {
            out.push_str(&format!(
                "not imported: {}: {}\n",
                failure.id, failure.reason
            ));
        }
        let nothing = if self.wrote || self.dry_run {
            ""
        } else {
            " (nothing to write)"
        };
        out.push_str(&format!(
            "{}: {} units read, {} imported, {} unchanged, {} untranslated, {} not imported{nothing}\n",
            self.locale,
            self.units,
            self.written.len(),
            self.unchanged,
            self.untranslated,
            self.failures.len()
        ));
        let after = if self.dry_run {
            "after (dry run)"
        } else {
            "after"
        };
        out.push_str(&format!(
            "coverage before: {}\ncoverage {after}: {}\n",
            self.before, self.after
        ));
        out
    }
}

impl std::fmt::Display for Coverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}/{} entries, {:.2} %, {} errors",
            self.translated, self.total, self.coverage, self.errors
        )
    }
}

/// The locale an exchange file translates into, once the file is known to be made for this
/// project: its target is a configured locale other than the source, and it translates from
/// the language this project hands out for that locale.
pub(crate) fn target_of(project: &Project, imported: &Imported, path: &Path) -> Result<Locale> {
    let target = Locale::parse(&imported.target_language).map_err(|_| {
        Error::invalid(
            path,
            format!(
                "the target language `{}` is not a locale tag",
                imported.target_language
            ),
        )
    })?;
    let target = target_locale(project, target.as_str())?;
    let expected = exchange_language(project, &target);
    if Locale::parse(&imported.source_language).ok().as_ref() != Some(&expected) {
        return Err(Error::invalid(
            path,
            format!(
                "it translates from `{}`, but this project hands out {expected} text to translate \
                 into {target}: the file was made for another project",
                imported.source_language
            ),
        ));
    }
    Ok(target)
}

/// Refuses an exchange file that names FTL files this project's source does not have.
pub(crate) fn check_files(
    project: &Project,
    catalog: &Catalog,
    imported: &Imported,
    path: &Path,
) -> Result<()> {
    let source_tree = catalog.locale(project.source.as_str());
    match imported
        .files
        .iter()
        .find(|f| source_tree.and_then(|t| t.file(f)).is_none())
    {
        Some(file) => Err(Error::invalid(
            path,
            format!(
                "it names `{file}`, which this project's {} source does not have: the file was \
                 made for another project",
                project.source
            ),
        )),
        None => Ok(()),
    }
}

/// Imports the units of `imported` into `target`'s files; with `dry_run`, computes everything
/// and writes nothing. `catalog` holds the folders an exchange reads
/// ([`folders`](super::folders)); afterwards its `target` tree holds the files as imported.
pub(crate) fn import_into(
    project: &Project,
    catalog: &mut Catalog,
    lock: Option<&Lock>,
    imported: &Imported,
    target: &Locale,
    dry_run: bool,
) -> Result<ImportReport> {
    let exchange = collect(project, catalog, lock, target, None, Only::All)?;
    let target_tree = catalog.locale(target.as_str());
    let plan = apply::plan(&exchange, imported, target_tree);

    let before = coverage(project, catalog, lock, target)?;
    let mut diffs = Vec::new();
    let mut boms = Vec::new();
    for (file, new_text) in &plan.files {
        let old_file = target_tree.and_then(|t| t.file(file));
        let old = old_file.map(|f| f.source().to_owned()).unwrap_or_default();
        let diff = similar::TextDiff::from_lines(&old, new_text)
            .unified_diff()
            .context_radius(2)
            .header(&format!("a/{target}/{file}"), &format!("b/{target}/{file}"))
            .to_string();
        diffs.push((file.clone(), diff));
        boms.push(old_file.is_some_and(|f| f.had_bom));
    }
    replace_files(catalog, target, &plan.files);
    let after = coverage(project, catalog, lock, target)?;
    let wrote = !dry_run && !plan.files.is_empty();
    if wrote {
        let dir = project.locales_dir().join(target.as_str());
        for ((file, text), bom) in plan.files.iter().zip(boms) {
            let path = dir.join(file);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
            }
            let bytes = if bom {
                format!("\u{feff}{text}")
            } else {
                text.clone()
            };
            fsutil::write_atomic(&path, bytes.as_bytes())?;
        }
    }
    Ok(ImportReport {
        locale: target.clone(),
        units: imported.units.len(),
        written: plan.written,
        unchanged: plan.unchanged,
        untranslated: plan.untranslated,
        failures: plan.failures,
        diffs,
        before,
        after,
        wrote,
        dry_run,
    })
}

/// Puts the files of `replaced` (path and text) in `target`'s tree of `catalog`, parsed.
fn replace_files(catalog: &mut Catalog, target: &Locale, replaced: &[(String, String)]) {
    let Some(tree) = catalog
        .locales
        .iter_mut()
        .find(|t| t.name == target.as_str())
    else {
        return;
    };
    for (file, text) in replaced {
        let parsed = FtlFile::parse(file.clone(), tree.dir.join(file), text.clone());
        match tree
            .files
            .binary_search_by(|f| f.rel_path.as_str().cmp(file))
        {
            Ok(i) => tree.files[i] = parsed,
            Err(i) => tree.files.insert(i, parsed),
        }
    }
    tree.exists |= !replaced.is_empty();
}

/// The check's counts for `target` in `catalog`.
fn coverage(
    project: &Project,
    catalog: &Catalog,
    lock: Option<&Lock>,
    target: &Locale,
) -> Result<Coverage> {
    let options = CheckOptions::for_project(project, &[target.to_string()])?;
    let report = check::run_with_lock(catalog, &options, lock.map(|l| (project, l)))?;
    let locale = report
        .locales
        .iter()
        .find(|l| l.locale == target.as_str())
        .ok_or_else(|| Error::FolderMissing {
            path: project.locales_dir().join(target.as_str()),
            message: format!("`{target}` was not checked"),
        })?;
    Ok(Coverage {
        translated: locale.translated(),
        total: locale.total,
        coverage: locale.coverage(),
        errors: report.count(target.as_str(), check::Severity::Error),
    })
}

/// Sorts the failures of an import by id.
pub(crate) fn sort_failures(failures: &mut [Failure]) {
    failures.sort_by(|a, b| a.id.cmp(&b.id));
}

/// Groups imported units by id (the last one wins for a repeated id).
pub(crate) fn by_id(units: &[ImportedUnit]) -> BTreeMap<&str, &ImportedUnit> {
    units.iter().map(|u| (u.id.as_str(), u)).collect()
}
