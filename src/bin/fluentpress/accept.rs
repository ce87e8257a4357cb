//! `fluentpress accept`: record a locale's translations as reviewed against the current source.

use std::io::Write;
use std::path::Path;

use fluentpress::Workspace;

use crate::Outcome;

/// Arguments of `accept`.
#[derive(Debug, clap::Args)]
pub(crate) struct AcceptArgs {
    /// The locale whose translations were reviewed.
    #[arg(value_name = "LOCALE")]
    locale: String,
    /// Entries to record (`id` for a message or term with its attributes, `id.attr` for one
    /// attribute); default: every translated entry of the locale. Term ids start with `-`
    /// (`-brand`) and are taken as ids, not options.
    #[arg(value_name = "ID", allow_hyphen_values = true)]
    ids: Vec<String>,
}

pub(crate) fn execute(project: &Path, args: AcceptArgs) -> anyhow::Result<Outcome> {
    // The ids accept a leading `-` (term ids): an option written after them arrives here.
    if let Some(option) = args.ids.iter().find(|id| id.starts_with("--")) {
        anyhow::bail!(
            "`{option}` stands among the entry ids, where it would be read as an id: write \
             options before the locale"
        );
    }
    let mut workspace = Workspace::open(project)?;
    let outcome = workspace.accept(&args.locale, &args.ids)?;
    let project = &workspace.project;
    let mut out = fluentpress::visible::Plain::new(anstream::stdout().lock());
    write!(out, "{}", outcome.text(&project.pivot))?;
    let lock_name = project.config.folders.lock.display();
    if outcome.written {
        writeln!(out, "wrote {lock_name}")?;
    } else {
        writeln!(out, "{lock_name} unchanged")?;
    }
    Ok(Outcome::Clean)
}
