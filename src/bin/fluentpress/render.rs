//! `fluentpress render`: every article in every locale, with fallbacks reported on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use fluentpress::Workspace;
use fluentpress::render::{self, Event, Format, ManifestState};

use crate::Outcome;

/// Arguments of `render`.
#[derive(Debug, clap::Args)]
pub(crate) struct RenderArgs {
    /// Render only this locale (repeatable); default: every configured locale.
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    /// Output format (repeatable).
    #[arg(long = "format", value_enum, default_value = "html")]
    formats: Vec<FormatArg>,
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

/// The output formats as `--format` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FormatArg {
    /// HTML5 pages with a language switcher, plus `index.html`.
    Html,
    /// CommonMark.
    Markdown,
    /// Plain text.
    Text,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Html => Format::Html,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Text => Format::Text,
        }
    }
}

pub(crate) fn execute(project_dir: &Path, args: RenderArgs) -> anyhow::Result<Outcome> {
    let mut workspace = Workspace::open(project_dir)?;
    let mut options = workspace.render_options();
    options.locales = args.locales;
    options.formats = args.formats.into_iter().map(Format::from).collect();
    if let Some(out) = args.out {
        options.out = out;
    }
    options.force = args.force;
    let progress = crate::progress::Bar::on_terminal();
    let report = workspace.render_with(&options, &args.read.policy(), &progress)?;
    progress.clear();

    print_events(&report)?;
    let mut stderr = fluentpress::visible::Plain::new(anstream::stderr().lock());
    let fallbacks = report.fallbacks();
    let unresolved = report.unresolved();
    let counted =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut counts = counted(fallbacks, "fallback", "fallbacks");
    if unresolved > 0 {
        counts.push_str(&format!(", {unresolved} not shown properly"));
    }
    let mut removed = format!("{} removed", report.removed.len());
    if !report.kept.is_empty() {
        removed.push_str(&format!(", {} changed by hand and kept", report.kept.len()));
    }
    writeln!(
        fluentpress::visible::Plain::new(std::io::stdout()),
        "rendered {} into {} ({} written, {} skipped, {removed}; {counts})",
        counted(report.written.len() + report.skipped, "file", "files"),
        options.out.display(),
        report.written.len(),
        report.skipped,
    )?;
    if args.strict && fallbacks + unresolved > 0 {
        writeln!(
            stderr,
            "error: --strict: {} fell back to another locale, {unresolved} could not be shown",
            counted(fallbacks, "message", "messages"),
        )?;
        return Ok(Outcome::Findings);
    }
    Ok(Outcome::Clean)
}

/// The fallbacks, broken and missing messages and problems of a run, on stderr.
fn print_events(report: &render::Report) -> anyhow::Result<()> {
    let mut stderr = fluentpress::visible::Plain::new(anstream::stderr().lock());
    for event in &report.events {
        match event {
            Event::Fallback {
                locale,
                article,
                id,
                used,
                reason,
            } => writeln!(
                stderr,
                "fallback: {locale} {article}: `{id}` is {reason} in {locale}, shown in {used}"
            )?,
            Event::Broken {
                locale,
                article,
                id,
            } => writeln!(
                stderr,
                "broken: {locale} {article}: `{id}` fails in every locale of {locale}'s chain; it is shown with its errors"
            )?,
            Event::Unresolved {
                locale,
                article,
                id,
            } => writeln!(
                stderr,
                "missing: {locale} {article}: `{id}` is defined in no locale of {locale}'s chain; its id is shown"
            )?,
            Event::Problem {
                locale: _,
                location,
                message,
            } => writeln!(stderr, "warning: {location}: {message}")?,
        }
    }
    match &report.manifest {
        ManifestState::Used | ManifestState::New | ManifestState::Forced => {}
        ManifestState::Missing => writeln!(
            stderr,
            "note: the output folder has no manifest ({}): every file is built, and no file already there is removed",
            render::MANIFEST_FILE
        )?,
        ManifestState::Unreadable(why) => writeln!(
            stderr,
            "note: the output folder's manifest ({}) cannot be used ({why}): every file is built, and no file already there is removed",
            render::MANIFEST_FILE
        )?,
        ManifestState::Interrupted => writeln!(
            stderr,
            "note: an earlier run into this output folder was interrupted: every file is built"
        )?,
    }
    for path in &report.kept {
        writeln!(
            stderr,
            "note: `{}` is no longer rendered but was changed since it was written; it is left in place",
            path.display()
        )?;
    }
    if report.without_base_url {
        writeln!(
            stderr,
            "note: no base-url in fluentpress.toml: links stay relative, and sitemap.xml, the feeds, canonical links and social metadata are left out"
        )?;
    }
    Ok(())
}
