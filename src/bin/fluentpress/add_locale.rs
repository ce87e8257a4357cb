//! `fluentpress add-locale`: adds the new locale with one library call, prints next steps.

use std::io::Write;
use std::path::{Path, PathBuf};

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
    let created = added.locked.initialised.as_deref().map(|reports| {
        let locales: Vec<&str> = reports.iter().map(|r| r.locale.as_str()).collect();
        (added.workspace.project.lock_path(), locales.join(", "))
    });
    print_added(project, &added.plan, created)?;
    Ok(Outcome::Clean)
}

/// The files written, the plural forms and the next steps; `created` names the lock file and
/// the locales recorded when it was created.
fn print_added(
    project: &Path,
    plan: &scaffold::Plan,
    created: Option<(PathBuf, String)>,
) -> anyhow::Result<()> {
    let mut out = fluentpress::visible::Plain::new(anstream::stdout().lock());
    let tag = &plan.locale;
    if let Some(requested) = &plan.requested {
        writeln!(out, "`{requested}` is written `{tag}` (canonical tag).")?;
    }
    writeln!(
        out,
        "Added locale {tag} ({}), status draft:",
        plan.native_name
    )?;
    let shown = |p: &Path| {
        p.strip_prefix(project)
            .unwrap_or(p)
            .display()
            .to_string()
            .replace('\\', "/")
    };
    let width = plan
        .files
        .iter()
        .map(|f| shown(&plan.locale_dir.join(&f.rel_path)).len())
        .max()
        .unwrap_or(0);
    for file in &plan.files {
        let path = shown(&plan.locale_dir.join(&file.rel_path));
        writeln!(
            out,
            "  {path:<width$}  {} entries to translate",
            file.entries
        )?;
    }
    writeln!(
        out,
        "  {:<width$}  [locales.{tag}] added",
        shown(&plan.config_path)
    )?;
    if let Some((lock_path, locales)) = created {
        writeln!(
            out,
            "  {:<width$}  created: existing translations of {locales} were assumed current",
            shown(&lock_path),
        )?;
    }
    writeln!(
        out,
        "Plural forms in {tag}: {}",
        scaffold::plural_forms(&plan.plurals)
    )?;
    let chain: Vec<String> = plan.fallback.iter().map(ToString::to_string).collect();
    writeln!(out)?;
    writeln!(out, "Next steps:")?;
    writeln!(
        out,
        "  1. Translate: in each file, delete \"# \" in front of an entry's lines and replace the text."
    )?;
    writeln!(
        out,
        "  2. Run `fluentpress check` to see what is still missing in {tag}."
    )?;
    writeln!(
        out,
        "  3. Run `fluentpress render`: untranslated passages are shown in {}.",
        chain.join(", then ")
    )?;
    writeln!(
        out,
        "  4. Once a native speaker has reviewed it, set status = \"reviewed\" in [locales.{tag}]."
    )?;
    Ok(())
}
