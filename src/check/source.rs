//! The choices of one check: what it reads ([`Source`]), the thresholds given for the run
//! ([`Overrides`]) and the format of its report ([`Style`]).

use std::io::Write;
use std::path::PathBuf;

use super::{CheckOptions, HumanWriter, JsonWriter, ReportWriter};
use crate::catalog::Catalog;

/// What a check compares with its reference.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The project's locales against its source, recording the first lock when it has none.
    Project {
        /// The locales to check (empty: every configured locale).
        only: Vec<String>,
    },
    /// A tree laid out `dir/<locale>/**/*.ftl`, read one locale at a time.
    Tree {
        /// The tree.
        dir: PathBuf,
        /// The reference folder under `dir`.
        reference: String,
        /// The locales to check (`None`: every folder but the reference).
        only: Option<Vec<String>>,
    },
    /// The locales a compare-locales project configuration (`l10n.toml`) names.
    L10nToml {
        /// The `l10n.toml`.
        config: PathBuf,
        /// The folder of the localizations, `{l10n_base}` in the patterns (absolute).
        base: Option<PathBuf>,
        /// Variables of the `[env]` table, as compare-locales' `-D`.
        defines: Vec<(String, String)>,
        /// The name the reference is shown under.
        reference: String,
        /// The locales to check (empty: those the configuration names).
        locales: Vec<String>,
    },
}

/// Thresholds given for one run, over those of the configuration.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Overrides {
    /// Fail when a locale's coverage is below this percentage; replaces every configured
    /// minimum, per locale too.
    pub min_coverage: Option<f64>,
    /// Count outdated translations as untranslated (`false` keeps the configured choice).
    pub outdated_as_missing: bool,
}

impl Overrides {
    /// `options` with these thresholds.
    pub fn apply(&self, mut options: CheckOptions) -> CheckOptions {
        if let Some(min) = self.min_coverage {
            options.min_coverage = Some(min);
            options.locale_min_coverage.clear();
        }
        if self.outdated_as_missing {
            options.outdated_as_missing = true;
        }
        options
    }
}

/// The formats of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Diagnostics with source snippets, then one summary row per locale.
    Human,
    /// As [`Style::Human`], with the lists of entries of each locale.
    Lists,
    /// GitHub Actions workflow annotations, then the summary rows.
    Github,
    /// The whole report as JSON.
    Json,
}

impl Style {
    /// The writer of this format to `out`. With `colour`, the text formats carry colours
    /// (ANSI escapes), for a terminal; without, they are the same text without them. JSON
    /// has none.
    pub fn writer<'c, W: Write + 'c>(
        self,
        out: W,
        catalog: &'c Catalog,
        colour: bool,
    ) -> Box<dyn ReportWriter + 'c> {
        if self == Style::Json {
            return Box::new(JsonWriter::new(out));
        }
        let text = HumanWriter::new(out, catalog);
        let text = if colour { text.styled() } else { text };
        match self {
            Style::Lists => Box::new(text.with_lists()),
            Style::Github => Box::new(text.github()),
            Style::Human | Style::Json => Box::new(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_replace_every_configured_minimum_and_only_add_outdated_as_missing() {
        let mut options = CheckOptions::tree("en", None);
        options.min_coverage = Some(90.0);
        options.locale_min_coverage.insert("de".to_owned(), 95.0);
        options.outdated_as_missing = true;
        let kept = Overrides::default().apply(options.clone());
        assert_eq!(kept.min_coverage, Some(90.0));
        assert_eq!(kept.locale_min_coverage.len(), 1);
        assert!(kept.outdated_as_missing);
        let given = Overrides {
            min_coverage: Some(50.0),
            outdated_as_missing: false,
        };
        let replaced = given.apply(options);
        assert_eq!(replaced.min_coverage, Some(50.0));
        assert!(replaced.locale_min_coverage.is_empty());
        assert!(replaced.outdated_as_missing);
    }
}
