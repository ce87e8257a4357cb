//! `fluentpress check`: arguments, loading, and the library's writer of the format asked for.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use fluentpress::Workspace;
use fluentpress::catalog::Catalog;
use fluentpress::check::{self, CheckOptions, HumanWriter, JsonWriter, ReportWriter};
use fluentpress::visible::Plain;

use crate::Outcome;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Check a tree laid out `DIR/<locale>/**/*.ftl` instead of the project (needs --reference).
    #[arg(long, value_name = "DIR", requires = "reference")]
    locales_dir: Option<PathBuf>,
    /// The reference folder under --locales-dir (e.g. `en-US` or `templates`); with --config,
    /// the name the reference is shown under (default `en-US`).
    #[arg(long, value_name = "NAME")]
    reference: Option<String>,
    /// Check only this locale (repeatable); default: every locale.
    #[arg(long = "locale", value_name = "L")]
    locales: Vec<String>,
    /// Check the locales that a compare-locales project configuration (`l10n.toml`) names,
    /// each against the files it requires of that locale (see docs/check.md).
    #[arg(long, value_name = "FILE", conflicts_with = "locales_dir")]
    config: Option<PathBuf>,
    /// With --config: the folder of the localizations, `{l10n_base}` in l10n.toml's patterns.
    #[arg(long, value_name = "DIR", requires = "config")]
    l10n_base: Option<PathBuf>,
    /// With --config: sets a variable of l10n.toml's `[env]` (repeatable), as compare-locales'
    /// `-D`; --l10n-base wins over `-D l10n_base=…`.
    #[arg(short = 'D', value_name = "NAME=VALUE", requires = "config", value_parser = parse_define)]
    defines: Vec<(String, String)>,
    /// With --config: the locales to check (default: those l10n.toml names).
    #[arg(value_name = "LOCALE", requires = "config")]
    config_locales: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Fail (exit 1) when a locale's coverage is below PCT percent; overrides the
    /// `min-coverage` settings of fluentpress.toml.
    #[arg(long, value_name = "PCT", value_parser = parse_percent)]
    min_coverage: Option<f64>,
    /// Also list the missing, obsolete, identical, unrecorded, outdated and updated entries
    /// of each locale (human format).
    #[arg(long)]
    list: bool,
    /// Count outdated translations (source or pivot changed since they were accepted) as
    /// untranslated for the coverage and --min-coverage; also `outdated-as-missing = true` in
    /// fluentpress.toml.
    #[arg(long)]
    outdated_as_missing: bool,
    #[command(flatten)]
    read: crate::read_args::ReadArgs,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Diagnostics with source snippets, then one summary row per locale.
    Human,
    /// The whole report as JSON (see docs/check.md).
    Json,
    /// GitHub Actions workflow annotations, then the summary rows.
    Github,
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

pub(crate) fn execute(project: &Path, args: CheckArgs) -> anyhow::Result<Outcome> {
    let policy = args.read.policy();
    let (catalog, options) = match (&args.config, &args.locales_dir, &args.reference) {
        (Some(config), ..) => {
            let base = (args.l10n_base.as_deref())
                .map(|base| {
                    std::path::absolute(base)
                        .with_context(|| format!("cannot resolve `{}`", base.display()))
                })
                .transpose()?;
            let reference = args.reference.as_deref().unwrap_or("en-US");
            let locales = args.config_locales.iter().chain(&args.locales).cloned();
            CheckOptions::for_l10n_toml(
                config,
                base.as_deref(),
                &args.defines,
                reference,
                locales.collect(),
                &policy,
            )?
        }
        (None, Some(dir), Some(reference)) => {
            let only = (!args.locales.is_empty()).then(|| args.locales.clone());
            // A tree is read one locale at a time during the check: here only the reference.
            let catalog = Catalog::load_with(dir, std::slice::from_ref(reference), &policy)
                .with_context(|| format!("cannot load the locales in `{}`", dir.display()))?;
            (catalog, CheckOptions::tree(reference.clone(), only))
        }
        (None, None, Some(_)) => {
            anyhow::bail!("--reference names the reference of --locales-dir or --config: give one")
        }
        (None, ..) => return execute_project(project, &args),
    };
    let options = adjusted(options, &args);
    let mut out = writer(&args, &catalog);
    check::stream(&catalog, &options, None, |piece| {
        out.write(&piece).map_err(anyhow::Error::from)
    })?;
    finish(out)
}

/// The project's locales against its source, recording the first lock when there is none.
fn execute_project(project: &Path, args: &CheckArgs) -> anyhow::Result<Outcome> {
    let mut workspace = Workspace::open(project)?;
    let options = adjusted(workspace.check_options(&args.locales)?, args);
    let checked = workspace.check(&options, &args.read.policy())?;
    if let Some(first) = &checked.first_lock {
        let lock_file = &workspace.project.config.folders.lock;
        write!(
            Plain::new(anstream::stderr().lock()),
            "{}",
            first.notes(lock_file)
        )?;
    }
    let catalog = workspace.catalog().expect("the check read the locales");
    let mut out = writer(args, catalog);
    for piece in checked.report.into_pieces() {
        out.write(&piece)?;
    }
    finish(out)
}

/// The options with the command line's thresholds.
fn adjusted(mut options: CheckOptions, args: &CheckArgs) -> CheckOptions {
    if let Some(min) = args.min_coverage {
        options.min_coverage = Some(min);
        options.locale_min_coverage.clear();
    }
    if args.outdated_as_missing {
        options.outdated_as_missing = true;
    }
    options
}

/// The writer of the format asked for, to stdout: text through `anstream`, which drops the
/// colours off a terminal; JSON, which has none, directly.
fn writer<'c>(args: &CheckArgs, catalog: &'c Catalog) -> Box<dyn ReportWriter + 'c> {
    let text =
        || HumanWriter::new(std::io::BufWriter::new(anstream::stdout().lock()), catalog).styled();
    match args.format {
        Format::Json => Box::new(JsonWriter::new(std::io::BufWriter::new(
            std::io::stdout().lock(),
        ))),
        Format::Human if args.list => Box::new(text().with_lists()),
        Format::Human => Box::new(text()),
        Format::Github => Box::new(text().github()),
    }
}

/// Ends the output; findings fail the run.
fn finish(writer: Box<dyn ReportWriter + '_>) -> anyhow::Result<Outcome> {
    let failed = writer.failed();
    writer.end()?;
    Ok(if failed {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
