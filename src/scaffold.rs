//! A new locale, planned in memory and then written in one step (`fluentpress add-locale`).
//!
//! [`plan`] validates the tag, reads the project, its lock (which must be readable) and its
//! source and pivot FTL files, and builds every new file and the new `fluentpress.toml` as
//! text, without touching the disk. [`write()`] puts the files in a hidden sibling folder,
//! flushes them to disk, renames the folder into place, then replaces the configuration
//! atomically; on failure it removes what it made. Concurrent runs take turns
//! (`fsutil::ProjectGuard`). An interrupted run can leave a hidden
//! `locales/.TAG.tmp-…` folder that no other command reads (the next `add-locale TAG` removes
//! it), or, interrupted between the rename and the configuration, a complete `locales/TAG/`
//! that is not registered (the next `add-locale TAG` says how to finish). This module never
//! prints: the binary reports the [`Plan`].
//!
//! Each generated entry is commented out, so that `check` counts it as missing until it is
//! translated: the translator deletes `# ` in front of its lines. Above it, comments show the
//! source (zh-CN) and the pivot (en) text. Plural selectors get the new locale's own CLDR
//! categories, with the pivot's `[other]` text, or its own text for a category that means the
//! same numbers (all of them under the same rules, `[one]` where it is the number 1 alone).

//!
//! The skeleton of one file is built in `entries`, its plural selectors in `plurals`; `write`
//! puts a plan on disk.

use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::catalog::{Catalog, FtlFile, LocaleTree, Position};
use crate::config::{CONFIG_FILE, Project};
use crate::error::{Error, Result};
use crate::intl;
use crate::locale::Locale;

mod entries;
mod plurals;
#[cfg(test)]
mod tests;
mod write;

pub use entries::plural_forms;
use entries::{Context, scaffold_file};
use write::add_to_config;
pub use write::write;

/// An entry of a source or pivot file as the skeleton copies it: with its comment.
type Entry = ast::Entry<String>;

/// What `add-locale` was asked for besides the tag.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The translator credited on the pages.
    pub translator: Option<String>,
    /// Fallback locales in order; empty means the default (pivot, then source).
    pub fallback: Vec<String>,
}

/// Everything `add-locale` will write, computed without touching the disk.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The canonical tag of the new locale.
    pub locale: Locale,
    /// The tag as typed, when canonicalisation changed it (`tl` → `fil`).
    pub requested: Option<String>,
    /// The language's name in itself, written as `name` in the configuration.
    pub native_name: String,
    /// The folder the locale's files go to.
    pub locale_dir: PathBuf,
    /// One file per source resource.
    pub files: Vec<PlannedFile>,
    /// `fluentpress.toml`.
    pub config_path: PathBuf,
    /// The configuration's new text as planned (the old text with one table added);
    /// [`write()`] adds the table to the text it finds then, which other runs may have changed.
    pub config_text: String,
    /// The locale's CLDR plural categories with sample numbers.
    pub plurals: Vec<(&'static str, Vec<u32>)>,
    /// The resolved fallback chain after the locale itself.
    pub fallback: Vec<Locale>,
    /// What the new locale will lack, and why: source entries hidden by a syntax error,
    /// source files that cannot be read.
    pub warnings: Vec<Warning>,
    /// The project folder and the options, to add the table again to the configuration as
    /// it is when [`write()`] runs (another run may have changed it since).
    root: PathBuf,
    options: Options,
    /// The configuration's text as planned from, and the project it becomes with the table
    /// added: when [`write()`] finds the same text, it writes the planned text without
    /// parsing it again.
    old_config: String,
    new_project: Project,
}

/// Something in the source or pivot that [`plan`] could not carry into the new locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file, relative to the project (`locales/zh-CN/site.ftl`), with `/` separators.
    pub path: String,
    /// Where in the file, when the problem has a place.
    pub position: Option<Position>,
    /// What was left out.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}: {}", self.path, p.line, p.column, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// A file to create.
#[derive(Debug, Clone)]
pub struct PlannedFile {
    /// Path relative to the locale folder, with `/` separators.
    pub rel_path: String,
    /// The file's text.
    pub contents: String,
    /// Entries (commented out) waiting for a translation.
    pub entries: usize,
}

/// Plans adding locale `tag` to the project at `root`.
pub fn plan(root: &Path, tag: &str, options: &Options) -> Result<Plan> {
    plan_reading(root, tag, options).map(|(plan, _)| plan)
}

/// Like [`plan`], also returning the source and pivot folders it read, for the lock to record
/// once the plan is written without reading them again.
pub(crate) fn plan_reading(root: &Path, tag: &str, options: &Options) -> Result<(Plan, Catalog)> {
    let locale = Locale::parse(tag)?;
    if !intl::has_cldr_data(&locale) {
        let reason = match intl::closest_supported(&locale) {
            Some(close) => format!(
                "CLDR has no data for it, so dates and numbers would fall back to root formats; the closest supported tag is `{close}`"
            ),
            None => "CLDR has no data for it, and no supported tag is close to it".to_owned(),
        };
        return Err(Error::LocaleTag {
            tag: tag.to_owned(),
            reason,
        });
    }
    if crate::locale::PSEUDO_TAGS.contains(&locale.as_str()) {
        return Err(Error::LocaleTag {
            tag: tag.to_owned(),
            reason: "`fluentpress pseudo` renders its pseudo-locale under this tag, and would write over the locale's pages; choose the tag of a real language".to_owned(),
        });
    }
    let (project, old_config) = Project::load_with_text(root)?;
    let locale_dir = project.locales_dir().join(locale.as_str());
    if project.locale(locale.as_str()).is_some() {
        return Err(Error::AlreadyExists {
            name: locale.to_string(),
            message: format!(
                "locale `{locale}` already exists in {CONFIG_FILE}; nothing was written"
            ),
        });
    }
    if locale_dir.exists() {
        return Err(unregistered_folder(&locale_dir, &locale));
    }
    // `add-locale` records the new locale in the lock once it is written: a lock that cannot
    // be read must stop it now, before anything is written, not leave a half-registered locale.
    crate::lock::Lock::load(&project.lock_path())?;
    let native_name = intl::native_name(&locale).unwrap_or_else(|| locale.to_string());
    let config_path = root.join(CONFIG_FILE);
    let config_text = add_to_config(&config_path, &old_config, &locale, &native_name, options)?;
    // The new configuration must load: this validates the fallback tags and chain.
    let new_project = Project::from_str(&project.root, &config_text)?;
    let fallback = new_project
        .locale(locale.as_str())
        .map(|p| p.chain[1..].to_vec())
        .unwrap_or_default();

    let names = vec![project.source.to_string(), project.pivot.to_string()];
    let catalog = Catalog::load(&project.locales_dir(), &names)?;
    let source = catalog
        .locale(project.source.as_str())
        .filter(|t| t.exists)
        .ok_or_else(|| {
            let path = project.locales_dir().join(project.source.as_str());
            Error::FolderMissing {
                message: format!(
                    "the source locale folder `{}` does not exist",
                    path.display()
                ),
                path,
            }
        })?;
    let pivot = catalog.locale(project.pivot.as_str());
    let plurals = intl::plural_samples(&locale, 6);
    let created_by = format!("fluentpress add-locale {locale}");
    let context = Context::new(&project, &locale, &native_name, &plurals, created_by);
    let mut warnings = Vec::new();
    let shown = |tree: &LocaleTree, rel_path: &str| {
        let dir = project.config.folders.locales.join(&tree.name);
        format!("{}/{rel_path}", dir.display()).replace('\\', "/")
    };
    for file in &source.files {
        for (offset, _) in file.junk() {
            warnings.push(Warning {
                path: shown(source, &file.rel_path),
                position: Some(file.position(offset)),
                message:
                    "syntax error in the source; entries in the broken part are not scaffolded"
                        .to_owned(),
            });
        }
    }
    for bad in &source.unreadable {
        warnings.push(Warning {
            path: shown(source, &bad.rel_path),
            position: None,
            message: format!(
                "cannot be read ({}); the new locale gets no file for it",
                bad.reason
            ),
        });
    }
    if let Some(pivot) = pivot.filter(|_| project.pivot != project.source) {
        for file in pivot
            .files
            .iter()
            .filter(|f| source.file(&f.rel_path).is_some())
        {
            for (offset, _) in file.junk() {
                warnings.push(Warning {
                    path: shown(pivot, &file.rel_path),
                    position: Some(file.position(offset)),
                    message: format!(
                        "syntax error in the pivot; entries in the broken part are scaffolded without their {} text",
                        project.pivot
                    ),
                });
            }
        }
    }
    let files = source
        .files
        .iter()
        .map(|file| {
            let pivot_file = pivot.and_then(|p| p.file(&file.rel_path));
            scaffold_file(&context, file, pivot_file)
        })
        .collect();
    let plan = Plan {
        requested: (locale.as_str() != tag).then(|| tag.to_owned()),
        locale,
        native_name,
        locale_dir,
        files,
        config_path,
        config_text,
        plurals,
        fallback,
        warnings,
        root: root.to_path_buf(),
        options: options.clone(),
        old_config,
        new_project,
    };
    Ok((plan, catalog))
}

/// The commented-out translation skeleton of one source file for a locale the project already
/// has, as `add-locale` writes them; `created_by` is the command the header names.
pub(crate) fn skeleton(
    project: &Project,
    locale: &Locale,
    source: &FtlFile,
    pivot: Option<&FtlFile>,
    created_by: &str,
) -> PlannedFile {
    let native_name = project
        .locale(locale.as_str())
        .map_or_else(|| locale.to_string(), |l| l.config.name.clone());
    let plurals = intl::plural_samples(locale, 6);
    let context = Context::new(
        project,
        locale,
        &native_name,
        &plurals,
        created_by.to_owned(),
    );
    scaffold_file(&context, source, pivot)
}

/// The refusal for a locale folder that exists while the configuration does not name it.
fn unregistered_folder(locale_dir: &Path, locale: &Locale) -> Error {
    Error::AlreadyExists {
        name: locale_dir.display().to_string(),
        message: format!(
            "`{dir}` already exists but `{locale}` is not in {CONFIG_FILE}, as an interrupted \
             `add-locale` can leave it: remove the folder (move it away first if it holds \
             translations) and run `fluentpress add-locale {locale}` again; nothing was written",
            dir = locale_dir.display()
        ),
    }
}
