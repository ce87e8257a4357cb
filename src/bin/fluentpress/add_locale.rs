//! `fluentpress add-locale`: adds the new locale with one library call, prints next steps.

use std::io::Write;
use std::path::Path;

use fluentpress::Workspace;
use fluentpress::scaffold;

use crate::Outcome;

/// Arguments of `add-locale`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddLocaleArgs {
    /// The new locale's tag, e.g. `fil`, `km` or `en-SB` (`tl` becomes `fil`, `in` becomes `id`).
    tag: String,
    /// The translator's name, credited on the pages.
    #[arg(long, value_name = "NAME")]
    translator: Option<String>,
    /// Locales to fall back to, in order [default: the pivot, then the source].
    #[arg(long, value_name = "L,...", value_delimiter = ',')]
    fallback: Vec<String>,
}

pub(crate) fn execute(project: &Path, args: AddLocaleArgs) -> anyhow::Result<Outcome> {
    let options = scaffold::Options {
        translator: args.translator,
        fallback: args.fallback,
    };
    let added = Workspace::add_locale(project, &args.tag, &options)?;
    let mut err = fluentpress::visible::Plain::new(anstream::stderr().lock());
    for warning in &added.plan.warnings {
        writeln!(err, "warning: {warning}")?;
    }
    drop(err);
    write!(
        fluentpress::visible::Plain::new(anstream::stdout().lock()),
        "{added}"
    )?;
    Ok(Outcome::Clean)
}
