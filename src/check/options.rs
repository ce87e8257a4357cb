//! What a check compares: the reference, the pivot, the locales, the coverage thresholds and
//! the variables the renderer passes, for a tree or from a project's configuration.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Bundles, ProvidedVariables};
use crate::config::Project;
use crate::content::Article;
use crate::error::{Error, Result};
use crate::l10n_toml::Layout;

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The reference folder name.
    pub(crate) reference: String,
    /// A second folder whose text also counts as untranslated when copied (a project's pivot).
    pub(crate) pivot: Option<String>,
    /// The folders to check, or `None` for every folder of the catalog (and of its root on
    /// disk) except the reference. Naming the reference itself is a usage error.
    pub(crate) locales: Option<Vec<String>>,
    /// Minimum coverage in percent for every locale.
    pub min_coverage: Option<f64>,
    /// Minimum coverage per locale, taking precedence over `min_coverage`.
    pub locale_min_coverage: BTreeMap<String, f64>,
    /// Count outdated entries as untranslated for the coverage (and so for the thresholds).
    pub outdated_as_missing: bool,
    /// Variables passed to messages beyond those the reference's text uses (a project's
    /// article variables and the renderer's own): never `unknown-variable`. Empty in a tree.
    pub(crate) provided: ProvidedVariables,
    /// The files loaded together into one bundle (a project's), where an id defined in two
    /// of them is a `duplicate-id` error; `None` in a tree, where only an id defined twice in
    /// one file is, and ids repeated across files get a `repeated-id` note.
    pub(crate) bundles: Option<Bundles>,
    /// The compare-locales configuration (`l10n.toml`) that says which files each locale
    /// must have: each locale then also gets its required figures, and the thresholds apply
    /// to them.
    pub l10n_toml: Option<Arc<Layout>>,
}

impl CheckOptions {
    /// Options for a tree without configuration: `locales` as in the `locales` field.
    pub fn tree(reference: impl Into<String>, locales: Option<Vec<String>>) -> Self {
        CheckOptions {
            reference: reference.into(),
            locales,
            ..CheckOptions::default()
        }
    }

    /// Options for a project: reference = source, identical also against the pivot, the
    /// configured locales except the source (or those in `only`), thresholds from the config.
    /// Folders on disk that the configuration does not name are never checked. Naming the
    /// source in `only` is a usage error: it is the reference.
    ///
    /// Reads the project's articles (when its content folder exists) for the variables the
    /// renderer passes to their messages. An article that cannot be read or parsed is an
    /// error: without it, the check would judge its messages' variables wrongly.
    pub fn for_project(project: &Project, only: &[String]) -> Result<Self> {
        let selected = project.select(only)?;
        if !only.is_empty() && selected.iter().any(|p| p.locale == project.source) {
            return Err(reference_selected(project.source.as_str()));
        }
        let locales = selected
            .iter()
            .filter(|p| p.locale != project.source)
            .map(|p| p.locale.to_string())
            .collect();
        let content = project.content_dir();
        let articles = if content.is_dir() {
            Article::load_all(&content)?
        } else {
            Vec::new()
        };
        let locale_min_coverage = project
            .locales
            .iter()
            .filter_map(|p| Some((p.locale.to_string(), p.config.min_coverage?)))
            .collect();
        Ok(CheckOptions {
            reference: project.source.to_string(),
            pivot: Some(project.pivot.to_string()),
            locales: Some(locales),
            min_coverage: project.config.min_coverage,
            locale_min_coverage,
            outdated_as_missing: project.config.outdated_as_missing,
            provided: ProvidedVariables::new(project, &articles),
            bundles: Some(Bundles::for_project(project, &articles)),
            l10n_toml: None,
        })
    }

    /// The folders a [`Catalog`](crate::catalog::Catalog) must hold for this check; empty means all of them.
    pub fn folders(&self) -> Vec<String> {
        let Some(locales) = &self.locales else {
            return Vec::new();
        };
        let mut names = vec![self.reference.clone()];
        names.extend(self.pivot.iter().cloned());
        names.extend(locales.iter().cloned());
        names
    }

    /// The threshold for `locale`.
    pub(crate) fn threshold(&self, locale: &str) -> Option<f64> {
        self.locale_min_coverage
            .get(locale)
            .copied()
            .or(self.min_coverage)
    }
}

/// The usage error for a reference named among the locales to check.
pub(super) fn reference_selected(reference: &str) -> Error {
    Error::ReferenceNamed {
        locale: reference.to_owned(),
        message: format!(
            "`{reference}` is the reference: it is not checked against itself (leave it out of \
             --locale)"
        ),
    }
}
