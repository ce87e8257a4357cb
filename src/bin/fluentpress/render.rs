//! `fluentpress render`: every article in every locale, with fallbacks reported on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use fluentpress::Workspace;
use fluentpress::visible::Plain;

use crate::Outcome;

/// Arguments of `render`.
#[derive(Debug, clap::Args)]
pub(crate) struct RenderArgs {
    /// Render only this locale (repeatable); default: every configured locale.
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    /// Output format (repeatable).
    #[arg(long = "format", value_enum, default_value = "html")]
    formats: Vec<crate::args::FormatArg>,
    /// Output folder; default: the project's `folders.output` (dist).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Fail (exit 1) when any message falls back to another locale.
    #[arg(long)]
    strict: bool,
    /// Build and write every file, even those the output folder's manifest says are up to
    /// date.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    read: crate::read_args::ReadArgs,
}

pub(crate) fn execute(project_dir: &Path, args: RenderArgs) -> anyhow::Result<Outcome> {
    let mut workspace = Workspace::open(project_dir)?;
    let mut options = workspace.render_options();
    options.locales = args.locales;
    options.formats = args.formats.into_iter().map(Into::into).collect();
    options.out = args.out.unwrap_or(options.out);
    options.force = args.force;
    let progress = crate::progress::Bar::on_terminal();
    let report = workspace.render_with(&options, &args.read.policy(), &progress)?;
    progress.clear();
    let mut stderr = Plain::new(anstream::stderr().lock());
    write!(stderr, "{}", report.notes())?;
    let summary = report.summary(&options.out);
    writeln!(Plain::new(std::io::stdout()), "{summary}")?;
    if let Some(failure) = report.strict_failure().filter(|_| args.strict) {
        writeln!(stderr, "error: {failure}")?;
        return Ok(Outcome::Findings);
    }
    Ok(Outcome::Clean)
}
