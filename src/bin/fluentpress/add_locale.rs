//! `fluentpress add-locale`: adds the new locale with one library call, prints next steps.

use std::io::Write;
use std::path::Path;

use fluentpress::scaffold;
use fluentpress::{Added, Workspace};

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
    print_added(project, &added)?;
    Ok(Outcome::Clean)
}

/// The files written, the lock when it was created, the plural forms and the next steps.
fn print_added(project: &Path, added: &Added) -> anyhow::Result<()> {
    let (plan, tag) = (&added.plan, &added.plan.locale);
    let shown = |p: &Path| {
        let shown = p.strip_prefix(project).unwrap_or(p).display().to_string();
        shown.replace('\\', "/")
    };
    let mut rows: Vec<(String, String)> = plan
        .files
        .iter()
        .map(|f| {
            let path = shown(&plan.locale_dir.join(&f.rel_path));
            (path, format!("{} entries to translate", f.entries))
        })
        .collect();
    let width = rows.iter().map(|(path, _)| path.len()).max().unwrap_or(0);
    rows.push((shown(&plan.config_path), format!("[locales.{tag}] added")));
    if let Some(reports) = &added.locked.initialised {
        let locales: Vec<&str> = reports.iter().map(|r| r.locale.as_str()).collect();
        let locales = locales.join(", ");
        let what = format!("created: existing translations of {locales} were assumed current");
        rows.push((shown(&added.workspace.project.lock_path()), what));
    }
    let mut out = fluentpress::visible::Plain::new(anstream::stdout().lock());
    if let Some(requested) = &plan.requested {
        writeln!(out, "`{requested}` is written `{tag}` (canonical tag).")?;
    }
    writeln!(
        out,
        "Added locale {tag} ({}), status draft:",
        plan.native_name
    )?;
    for (path, what) in &rows {
        writeln!(out, "  {path:<width$}  {what}")?;
    }
    let chain: Vec<String> = plan.fallback.iter().map(ToString::to_string).collect();
    writeln!(
        out,
        r##"Plural forms in {tag}: {forms}

Next steps:
  1. Translate: in each file, delete "# " in front of an entry's lines and replace the text.
  2. Run `fluentpress check` to see what is still missing in {tag}.
  3. Run `fluentpress render`: untranslated passages are shown in {chain}.
  4. Once a native speaker has reviewed it, set status = "reviewed" in [locales.{tag}]."##,
        forms = scaffold::plural_forms(&plan.plurals),
        chain = chain.join(", then "),
    )?;
    Ok(())
}
