//! `fluentpress import`: a translated XLIFF or PO file back into the locale's FTL files.

use std::io::Write;
use std::path::{Path, PathBuf};

use fluentpress::Workspace;

use crate::Outcome;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub(crate) struct ImportArgs {
    /// The XLIFF or PO file made by `fluentpress export` and translated.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Print the changes as a diff and write nothing.
    #[arg(long)]
    dry_run: bool,
}

pub(crate) fn execute(project: &Path, args: ImportArgs) -> anyhow::Result<Outcome> {
    let report = Workspace::open(project)?.import(&args.file, args.dry_run)?;
    let mut out = anstream::stdout().lock();
    if args.dry_run {
        for (_, diff) in &report.diffs {
            write!(out, "{diff}")?;
        }
    }
    write!(out, "{}", report.summary())?;
    Ok(if report.failures.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Findings
    })
}
