//! Handing work to translators in XLIFF 1.2 or PO, and taking it back (`export`, `import`).
//!
//! An export (`Workspace::export`) turns a locale's parts (every value and attribute of the source's entries) into
//! translation units (`units`) and writes them as XLIFF (`xliff`) or PO ([`po`]): the
//! source text in the pivot language, the project's source text and the entry's comment as
//! notes, the current translation and its state (missing, outdated per the lock, translated).
//!
//! An import (`Workspace::import`) reads such a file back, recomputes the same units from the project as it is now,
//! and for every unit whose translation changed checks that its placeables are intact and that
//! its plural group is complete; the entries that pass are rebuilt as FTL and spliced into the
//! locale's files ([`apply`](self)), leaving every other byte as it was, and the result is
//! parsed again and must give back exactly the imported texts. Units that fail are reported
//! with their id and reason and not written. Files are written atomically under the project
//! guard; a dry run writes nothing and returns the diff. This module never prints, and reads
//! neither the configuration nor the locale folders nor the lock: the
//! [`Workspace`](crate::workspace::Workspace) does, once, and hands them over.

mod apply;
mod import;
pub mod po;
pub(crate) mod units;
pub(crate) mod xliff;

use std::collections::HashMap;

use fluent_syntax::ast;

use crate::catalog::{Catalog, FtlFile, entry_parts};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::ftl::PartId;
use crate::locale::Locale;
use crate::lock::{EntryState, Lock};

pub(crate) use units::Segments;
use units::{Languages, PartInput, PartKey, PartUnits, State};

pub use import::{Coverage, Failure, ImportReport, Imported, ImportedUnit, read_exchange};
pub(crate) use import::{by_id, check_files, import_into, sort_failures, target_of};

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
    pub(crate) fn parts(&self) -> impl Iterator<Item = &PartUnits> {
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

/// The units of `target` (a configured locale, [`target_locale`]) in `catalog` (the folders
/// [`folders`] names), for the files named in `files` (all when `None`), written in the format
/// `options` asks for.
pub(crate) fn export_from(
    project: &Project,
    catalog: &Catalog,
    lock: Option<&Lock>,
    target: &Locale,
    files: Option<&[String]>,
    options: &ExportOptions,
) -> Result<Export> {
    let exchange = collect(project, catalog, lock, target, files, options.only)?;
    let text = match options.format {
        Format::Xliff => xliff::write(&exchange),
        Format::Po => po::write(&exchange, &po::Header::new(project, target, &options.date)),
    };
    Ok(Export { exchange, text })
}

/// The configured locale `tag`, refusing the project's source (it is what is translated from).
pub(crate) fn target_locale(project: &Project, tag: &str) -> Result<Locale> {
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
pub(crate) fn article_files(project: &Project, slugs: &[String]) -> Result<Option<Vec<String>>> {
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

/// The locale folders an exchange with `target` reads: the source, the pivot and the target.
pub(crate) fn folders(project: &Project, target: &Locale) -> Vec<String> {
    let mut names = vec![
        project.source.to_string(),
        project.pivot.to_string(),
        target.to_string(),
    ];
    names.dedup();
    names
}

/// Refuses a catalog without the source locale's folder: there is nothing to hand out.
pub(crate) fn require_source(project: &Project, catalog: &Catalog) -> Result<()> {
    if catalog
        .locale(project.source.as_str())
        .is_some_and(|t| t.exists)
    {
        return Ok(());
    }
    let path = project.locales_dir().join(project.source.as_str());
    Err(Error::FolderMissing {
        message: format!(
            "the source locale folder `{}` does not exist",
            path.display()
        ),
        path,
    })
}

/// The language the units' source text is in when translating into `target`.
pub(crate) fn exchange_language(project: &Project, target: &Locale) -> Locale {
    if target == &project.pivot {
        project.source.clone()
    } else {
        project.pivot.clone()
    }
}

/// The comments of a file's messages and terms, joined by line breaks, keyed like the catalog
/// (terms carry their `-`; the first entry of a key wins). Read from the tree that keeps
/// comments: the catalog's runtime parse drops them.
fn comments_by_key(file: Option<&FtlFile>) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for entry in file.into_iter().flat_map(|f| &f.commented().body) {
        let (key, comment) = match entry {
            ast::Entry::Message(m) => (m.id.name.clone(), m.comment.as_ref()),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), t.comment.as_ref()),
            _ => continue,
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = map.entry(key) {
            slot.insert(comment.map(|c| c.content.join("\n")));
        }
    }
    map.into_iter()
        .filter_map(|(key, comment)| Some((key, comment?)))
        .collect()
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
pub(crate) fn collect(
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
        let model_comments = comments_by_key(model_file);
        let source_comments = comments_by_key(Some(source_file));
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
                        model_comments
                            .get(entry.key)
                            .or_else(|| source_comments.get(entry.key))
                            .cloned(),
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
