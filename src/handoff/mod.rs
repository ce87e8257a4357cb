//! Handing work to translators in XLIFF 1.2 or PO, and taking it back (`export`, `import`).
//!
//! [`export`] turns a locale's parts (every value and attribute of the source's entries) into
//! translation units ([`units`]) and writes them as XLIFF ([`xliff`]) or PO ([`po`]): the
//! source text in the pivot language, the project's source text and the entry's comment as
//! notes, the current translation and its state (missing, outdated per the lock, translated).
//!
//! [`import`] reads such a file back, recomputes the same units from the project as it is now,
//! and for every unit whose translation changed checks that its placeables are intact and that
//! its plural group is complete; the entries that pass are rebuilt as FTL and spliced into the
//! locale's files ([`apply`](self)), leaving every other byte as it was, and the result is
//! parsed again and must give back exactly the imported texts. Units that fail are reported
//! with their id and reason and not written. Files are written atomically under the project
//! guard; a dry run writes nothing and returns the diff. This module never prints.

mod apply;
pub mod po;
pub mod units;
pub mod xliff;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use fluent_syntax::ast;

use crate::catalog::{Catalog, FtlFile, entry_parts};
use crate::check::{self, CheckOptions};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::fsutil::{self, ProjectGuard};
use crate::ftl::PartId;
use crate::locale::Locale;
use crate::lock::{EntryState, Lock};

use units::{Languages, PartInput, PartKey, PartUnits, Segments, State};

/// The file formats of an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// XLIFF 1.2.
    Xliff,
    /// A gettext PO file.
    Po,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "xliff" => Ok(Format::Xliff),
            "po" => Ok(Format::Po),
            _ => Err(format!("`{s}` is not a format: use xliff or po")),
        }
    }
}

/// Which parts an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    /// Parts the locale does not translate yet.
    Missing,
    /// Translated parts whose source or pivot changed since they were accepted.
    Outdated,
    /// Every part.
    All,
}

impl std::str::FromStr for Only {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "missing" => Ok(Only::Missing),
            "outdated" => Ok(Only::Outdated),
            "all" => Ok(Only::All),
            _ => Err(format!(
                "`{s}` is not a selection: use missing, outdated or all"
            )),
        }
    }
}

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The locale to translate into.
    pub locale: String,
    /// The file format.
    pub format: Format,
    /// Limit the export to these articles' files (by slug); empty: every file.
    pub articles: Vec<String>,
    /// Which parts.
    pub only: Only,
    /// The PO header's `PO-Revision-Date` (`2026-12-02 05:30+0000`).
    pub date: String,
}

/// The units of an exchange: what an export writes.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// The language the units' source text is in (the pivot; the project's source when the
    /// target is the pivot).
    pub source_language: Locale,
    /// The project's source language, whose text the notes show.
    pub origin_language: Option<Locale>,
    /// The locale translated into.
    pub target_language: Locale,
    /// One entry per FTL file, in path order.
    pub files: Vec<FileUnits>,
    /// Parts left out, with the reason.
    pub skipped: Vec<(String, String)>,
}

/// The units of one FTL file.
#[derive(Debug, Clone)]
pub struct FileUnits {
    /// Path relative to the locale folder.
    pub file: String,
    /// Its parts, in the source's order.
    pub parts: Vec<PartUnits>,
}

impl Exchange {
    /// The number of units.
    pub fn unit_count(&self) -> usize {
        self.parts().map(|p| p.units.len()).sum()
    }

    /// Every part, file by file.
    pub fn parts(&self) -> impl Iterator<Item = &PartUnits> {
        self.files.iter().flat_map(|f| f.parts.iter())
    }
}

/// An export, ready to be written.
#[derive(Debug, Clone)]
pub struct Export {
    /// The units.
    pub exchange: Exchange,
    /// The file's text.
    pub text: String,
}

/// Exports the units of `options.locale` from `project`.
pub fn export(project: &Project, options: &ExportOptions) -> Result<Export> {
    let target = target_locale(project, &options.locale)?;
    let files = article_files(project, &options.articles)?;
    let catalog = load_catalog(project, &target)?;
    let lock = Lock::load(&project.lock_path())?;
    let exchange = collect(
        project,
        &catalog,
        lock.as_ref(),
        &target,
        files.as_deref(),
        options.only,
    )?;
    let text = match options.format {
        Format::Xliff => xliff::write(&exchange),
        Format::Po => po::write(&exchange, &po::Header::new(project, &target, &options.date)),
    };
    Ok(Export { exchange, text })
}

/// The configured locale `tag`, refusing the project's source (it is what is translated from).
fn target_locale(project: &Project, tag: &str) -> Result<Locale> {
    let locale = project.select(&[tag.to_owned()])?[0].locale.clone();
    if locale == project.source {
        return Err(Error::ReferenceNamed {
            message: format!(
                "`{locale}` is the project's source language: there is nothing to translate into it"
            ),
            locale: locale.to_string(),
        });
    }
    Ok(locale)
}

/// The FTL files of the named articles, or `None` for every file.
fn article_files(project: &Project, slugs: &[String]) -> Result<Option<Vec<String>>> {
    if slugs.is_empty() {
        return Ok(None);
    }
    let articles = crate::content::Article::load_all(&project.content_dir())?;
    let mut files = Vec::new();
    for slug in slugs {
        let article = articles.iter().find(|a| &a.slug == slug).ok_or_else(|| {
            let known: Vec<&str> = articles.iter().map(|a| a.slug.as_str()).collect();
            Error::InvalidValue {
                value: slug.clone(),
                message: format!(
                    "no article `{slug}` (the articles are: {})",
                    known.join(", ")
                ),
            }
        })?;
        files.push(article.resource.clone());
    }
    Ok(Some(files))
}

fn load_catalog(project: &Project, target: &Locale) -> Result<Catalog> {
    let mut names = vec![
        project.source.to_string(),
        project.pivot.to_string(),
        target.to_string(),
    ];
    names.dedup();
    let catalog = Catalog::load(&project.locales_dir(), &names)?;
    if !catalog
        .locale(project.source.as_str())
        .is_some_and(|t| t.exists)
    {
        let path = project.locales_dir().join(project.source.as_str());
        return Err(Error::FolderMissing {
            message: format!(
                "the source locale folder `{}` does not exist",
                path.display()
            ),
            path,
        });
    }
    Ok(catalog)
}

/// The language the units' source text is in when translating into `target`.
fn exchange_language(project: &Project, target: &Locale) -> Locale {
    if target == &project.pivot {
        project.source.clone()
    } else {
        project.pivot.clone()
    }
}

fn comment_of(entry: &ast::Entry<&str>) -> Option<String> {
    let comment = match entry {
        ast::Entry::Message(m) => m.comment.as_ref(),
        ast::Entry::Term(t) => t.comment.as_ref(),
        _ => None,
    }?;
    Some(comment.content.join("\n"))
}

fn attribute<'a>(
    entry: &'a ast::Entry<&'a str>,
    name: Option<&str>,
) -> Option<&'a ast::Pattern<&'a str>> {
    let (value, attributes) = entry_parts(entry);
    match name {
        None => value,
        Some(name) => attributes
            .iter()
            .find(|a| a.id.name == name)
            .map(|a| &a.value),
    }
}

fn entries_by_key(file: Option<&FtlFile>) -> HashMap<&str, &ast::Entry<&str>> {
    let mut map = HashMap::new();
    for entry in file.into_iter().flat_map(|f| f.entries()) {
        map.entry(entry.key).or_insert(entry.entry);
    }
    map
}

/// The units of `target` in `catalog`, for the files named in `files` (all when `None`).
fn collect(
    project: &Project,
    catalog: &Catalog,
    lock: Option<&Lock>,
    target: &Locale,
    files: Option<&[String]>,
    only: Only,
) -> Result<Exchange> {
    let source_language = exchange_language(project, target);
    let origin_language = (source_language != project.source).then(|| project.source.clone());
    let languages = Languages::new(target, &source_language, &project.source);
    let source_tree = catalog
        .locale(project.source.as_str())
        .filter(|t| t.exists)
        .ok_or_else(|| Error::FolderMissing {
            path: catalog.root.join(project.source.as_str()),
            message: "the source locale folder does not exist".into(),
        })?;
    let model_tree = catalog.locale(source_language.as_str());
    let target_tree = catalog.locale(target.as_str());
    let outdated: std::collections::HashSet<(String, PartId)> = lock
        .map(|lock| {
            lock.status(project, catalog, target)
                .into_iter()
                .filter(|s| matches!(s.state, EntryState::Outdated(_)))
                .map(|s| (s.file, s.id))
                .collect()
        })
        .unwrap_or_default();
    let mut out = Exchange {
        source_language,
        origin_language,
        target_language: target.clone(),
        files: Vec::new(),
        skipped: Vec::new(),
    };
    for source_file in &source_tree.files {
        if files.is_some_and(|f| !f.contains(&source_file.rel_path)) {
            continue;
        }
        let model_file = model_tree.and_then(|t| t.file(&source_file.rel_path));
        let target_file = target_tree.and_then(|t| t.file(&source_file.rel_path));
        let models = entries_by_key(model_file);
        let translations = entries_by_key(target_file);
        let mut parts = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for entry in source_file.entries() {
            if !seen.insert(entry.key) {
                continue;
            }
            let model = models.get(entry.key).copied().unwrap_or(entry.entry);
            let translation = translations.get(entry.key).copied();
            let (value, attributes) = entry_parts(model);
            let names = value
                .map(|_| None)
                .into_iter()
                .chain(attributes.iter().map(|a| Some(a.id.name)));
            for name in names {
                let key = PartKey {
                    file: source_file.rel_path.clone(),
                    entry: entry.key.to_owned(),
                    attribute: name.map(str::to_owned),
                };
                let Some(model_pattern) = attribute(model, name) else {
                    continue;
                };
                let target_pattern = translation.and_then(|t| attribute(t, name));
                let state = match target_pattern {
                    None => State::NeedsTranslation,
                    Some(_) if outdated.contains(&(key.file.clone(), key.part_id())) => {
                        State::NeedsReview
                    }
                    Some(_) => State::Translated,
                };
                // An optional term (a country-name override, a provenance note) that the
                // locale lacks is not missing, as `check` counts.
                let optional = crate::site::is_optional_term(entry.key);
                let wanted = match only {
                    Only::All => true,
                    Only::Missing => state == State::NeedsTranslation && !optional,
                    Only::Outdated => state == State::NeedsReview,
                };
                if !wanted {
                    continue;
                }
                let origin = (out.origin_language.is_some())
                    .then(|| attribute(entry.entry, name))
                    .flatten();
                let id = key.id();
                let input = PartInput {
                    key,
                    model: model_pattern,
                    origin,
                    target: target_pattern,
                    state,
                    comment: match (
                        comment_of(model).or_else(|| comment_of(entry.entry)),
                        optional,
                    ) {
                        (comment, false) => comment,
                        (comment, true) => Some(
                            comment.map_or(String::new(), |c| format!("{c}\n"))
                                + "Optional: translate only where the language needs its own text.",
                        ),
                    },
                };
                match units::part_units(input, &languages) {
                    Some(part) => parts.push(part),
                    None => out.skipped.push((
                        id,
                        format!(
                            "its selectors make more than {} combinations",
                            units::MAX_COMBINATIONS
                        ),
                    )),
                }
            }
        }
        // A file without units is kept: an XLIFF document needs a <file>, and an import of it
        // still names the project's files.
        out.files.push(FileUnits {
            file: source_file.rel_path.clone(),
            parts,
        });
    }
    Ok(out)
}

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

/// Reads an exchange file (XLIFF when it starts as XML, else PO).
pub fn read_exchange(path: &Path) -> Result<Imported> {
    let text = fsutil::read_text(path)?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') {
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

/// Imports the translations of the exchange file at `path` into `project`'s locale files;
/// with `dry_run`, computes everything and writes nothing.
///
/// Refuses (an error, nothing written) a malformed file, a file for another project (another
/// source language, or FTL files this project's source does not have), an unknown locale and
/// the project's source locale.
pub fn import(project: &Project, path: &Path, dry_run: bool) -> Result<ImportReport> {
    let imported = read_exchange(path)?;
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
    let _guard = ProjectGuard::acquire(&project.root)?;
    let catalog = load_catalog(project, &target)?;
    let source_tree = catalog
        .locale(project.source.as_str())
        .expect("load_catalog checked it");
    if let Some(file) = imported
        .files
        .iter()
        .find(|f| source_tree.file(f).is_none())
    {
        return Err(Error::invalid(
            path,
            format!(
                "it names `{file}`, which this project's {} source does not have: the file was \
                 made for another project",
                project.source
            ),
        ));
    }
    let lock = Lock::load(&project.lock_path())?;
    let exchange = collect(project, &catalog, lock.as_ref(), &target, None, Only::All)?;
    let target_tree = catalog.locale(target.as_str());
    let plan = apply::plan(&exchange, &imported, target_tree);

    let before = coverage(project, &catalog, lock.as_ref(), &target, &[])?;
    let mut diffs = Vec::new();
    for (file, new_text) in &plan.files {
        let old = target_tree
            .and_then(|t| t.file(file))
            .map(|f| f.source().to_owned())
            .unwrap_or_default();
        let diff = similar::TextDiff::from_lines(&old, new_text)
            .unified_diff()
            .context_radius(2)
            .header(&format!("a/{target}/{file}"), &format!("b/{target}/{file}"))
            .to_string();
        diffs.push((file.clone(), diff));
    }
    let after_files: Vec<(String, String)> = plan.files.clone();
    let after = coverage(project, &catalog, lock.as_ref(), &target, &after_files)?;
    let wrote = !dry_run && !plan.files.is_empty();
    if wrote {
        let dir = project.locales_dir().join(target.as_str());
        for (file, text) in &plan.files {
            let path = dir.join(file);
            let bom = target_tree
                .and_then(|t| t.file(file))
                .is_some_and(|f| f.had_bom);
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
        locale: target,
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

/// The check's counts for `target`, with the files in `replaced` taking the given text.
fn coverage(
    project: &Project,
    catalog: &Catalog,
    lock: Option<&Lock>,
    target: &Locale,
    replaced: &[(String, String)],
) -> Result<Coverage> {
    let options = CheckOptions::for_project(project, &[target.to_string()])?;
    let mut view = Catalog::load(&project.locales_dir(), &options.folders())?;
    if let Some(tree) = view.locales.iter_mut().find(|t| t.name == target.as_str()) {
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
    let _ = catalog;
    let report = check::run_with_lock(&view, &options, lock.map(|l| (project, l)))?;
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
