//! `fluentpress export`: a locale's units as XLIFF 1.2 or PO, on stdout or in a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use fluentpress::Workspace;
use fluentpress::handoff::{self, ExportOptions, Format, Only};

use crate::Outcome;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub(crate) struct ExportArgs {
    /// The locale to translate into.
    #[arg(value_name = "LOCALE")]
    locale: String,
    /// The file format: xliff (XLIFF 1.2) or po.
    #[arg(long, default_value = "xliff", value_parser = str::parse::<Format>)]
    format: Format,
    /// Only this article's FTL file (by slug; repeatable); default: every file.
    #[arg(long = "article", value_name = "SLUG")]
    articles: Vec<String>,
    /// Which strings: missing (not yet translated), outdated (source changed since
    /// accepted), or all.
    #[arg(long, default_value = "all", value_parser = str::parse::<Only>)]
    only: Only,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub(crate) fn execute(project: &Path, args: ExportArgs) -> anyhow::Result<Outcome> {
    let mut workspace = Workspace::open(project)?;
    let options = ExportOptions {
        locale: args.locale,
        format: args.format,
        articles: args.articles,
        only: args.only,
        date: handoff::po::revision_date(),
    };
    let export = workspace.export(&options)?;
    let mut err = anstream::stderr().lock();
    for (id, reason) in &export.exchange.skipped {
        writeln!(err, "warning: {id} left out: {reason}")?;
    }
    match &args.out {
        Some(path) => {
            fluentpress::fsutil::write_atomic(path, export.text.as_bytes())?;
            let units = export.exchange.unit_count();
            writeln!(err, "wrote {units} units to {}", path.display())?;
        }
        None => std::io::stdout().lock().write_all(export.text.as_bytes())?,
    }
    Ok(Outcome::Clean)
}
