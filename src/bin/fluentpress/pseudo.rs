//! `fluentpress pseudo`: the site in a pseudo-locale made from the pivot, for layout testing.

use std::io::Write;
use std::path::{Path, PathBuf};

use fluentpress::Workspace;
use fluentpress::pseudo::Style;

use crate::Outcome;

/// Arguments of `pseudo`.
#[derive(Debug, clap::Args)]
pub(crate) struct PseudoArgs {
    /// `accented` (en-XA: accented, about 35 % longer, bracketed) or `bidi` (ar-XB: right to left).
    #[arg(long, value_enum, default_value = "accented")]
    style: StyleArg,
    /// Output folder; default: the project's `folders.output` (dist).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    #[command(flatten)]
    read: crate::read_args::ReadArgs,
}

/// The styles as `--style` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum StyleArg {
    /// Accented look-alikes, vowels doubled, each message in ⟦…⟧.
    Accented,
    /// Every run of text in a right-to-left override; pages laid out right to left.
    Bidi,
}

pub(crate) fn execute(project_dir: &Path, args: PseudoArgs) -> anyhow::Result<Outcome> {
    let style = match args.style {
        StyleArg::Accented => Style::Accented,
        StyleArg::Bidi => Style::Bidi,
    };
    let mut workspace = Workspace::open(project_dir)?;
    let out = args.out.unwrap_or(workspace.render_options().out);
    let report = workspace.pseudo(style, &out, &args.read.policy())?;
    for path in &report.kept {
        writeln!(
            fluentpress::visible::Plain::new(std::io::stderr()),
            "note: `{}` is no longer rendered but was changed since it was written; it is left in place",
            path.display()
        )?;
    }
    writeln!(
        fluentpress::visible::Plain::new(std::io::stdout()),
        "rendered {} file(s) of pseudo-locale {} into {} ({} written, {} skipped, {} removed; {} fallback(s))",
        report.written.len() + report.skipped,
        style.tag(),
        out.join(style.tag()).display(),
        report.written.len(),
        report.skipped,
        report.removed.len(),
        report.fallbacks(),
    )?;
    Ok(Outcome::Clean)
}
