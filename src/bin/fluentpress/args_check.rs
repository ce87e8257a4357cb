//! The arguments of `check` (clap derive). Doc comments here are the `--help` text.

use std::path::PathBuf;

use fluentpress::check::Style;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Check a tree laid out `DIR/<locale>/**/*.ftl` instead of the project (needs --reference).
    #[arg(long, value_name = "DIR", requires = "reference")]
    pub(crate) locales_dir: Option<PathBuf>,
    /// The reference folder under --locales-dir (e.g. `en-US` or `templates`); with --config,
    /// the name the reference is shown under (default `en-US`).
    #[arg(long, value_name = "NAME")]
    pub(crate) reference: Option<String>,
    /// Check only this locale (repeatable); default: every locale.
    #[arg(long = "locale", value_name = "L")]
    pub(crate) locales: Vec<String>,
    /// Check the locales that a compare-locales project configuration (`l10n.toml`) names,
    /// each against the files it requires of that locale (see docs/check.md).
    #[arg(long, value_name = "FILE", conflicts_with = "locales_dir")]
    pub(crate) config: Option<PathBuf>,
    /// With --config: the folder of the localizations, `{l10n_base}` in l10n.toml's patterns.
    #[arg(long, value_name = "DIR", requires = "config")]
    pub(crate) l10n_base: Option<PathBuf>,
    /// With --config: sets a variable of l10n.toml's `[env]` (repeatable), as compare-locales'
    /// `-D`; --l10n-base wins over `-D l10n_base=…`.
    #[arg(short = 'D', value_name = "NAME=VALUE", requires = "config", value_parser = parse_define)]
    pub(crate) defines: Vec<(String, String)>,
    /// With --config: the locales to check (default: those l10n.toml names).
    #[arg(value_name = "LOCALE", requires = "config")]
    pub(crate) config_locales: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,
    /// Fail (exit 1) when a locale's coverage is below PCT percent; overrides the
    /// `min-coverage` settings of fluentpress.toml.
    #[arg(long, value_name = "PCT", value_parser = parse_percent)]
    pub(crate) min_coverage: Option<f64>,
    /// Also list the missing, obsolete, identical, unrecorded, outdated and updated entries
    /// of each locale (human format).
    #[arg(long)]
    pub(crate) list: bool,
    /// Count outdated translations (source or pivot changed since they were accepted) as
    /// untranslated for the coverage and --min-coverage; also `outdated-as-missing = true` in
    /// fluentpress.toml.
    #[arg(long)]
    pub(crate) outdated_as_missing: bool,
    #[command(flatten)]
    pub(crate) read: crate::read_args::ReadArgs,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Diagnostics with source snippets, then one summary row per locale.
    Human,
    /// The whole report as JSON (see docs/check.md).
    Json,
    /// GitHub Actions workflow annotations, then the summary rows.
    Github,
}

impl Format {
    /// The library's style of this format; `list` adds the lists of entries (human format).
    pub(crate) fn style(self, list: bool) -> Style {
        match self {
            Format::Json => Style::Json,
            Format::Human if list => Style::Lists,
            Format::Human => Style::Human,
            Format::Github => Style::Github,
        }
    }
}

fn parse_define(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_owned(), value.to_owned())),
        _ => Err(format!("`{s}` is not NAME=VALUE")),
    }
}

fn parse_percent(s: &str) -> Result<f64, String> {
    let value: f64 = s
        .trim_end_matches('%')
        .parse()
        .map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=100.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not between 0 and 100"))
    }
}
