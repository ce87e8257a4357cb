//! The wording of an added locale: what `fluentpress add-locale` prints, written as
//! [`Display`] so that a build script can show the same text.

use std::fmt::{self, Display, Formatter};
use std::path::Path;

use super::Added;
use crate::scaffold;

/// The canonical tag when another was asked for, the files written with their entries to
/// translate, the configuration and the lock when it was created, the plural forms and the
/// next steps; every line ends with a newline. Paths are shown relative to the project, with
/// `/` between folders.
impl Display for Added {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let (plan, tag) = (&self.plan, &self.plan.locale);
        let root = &self.workspace.project.root;
        let shown = |p: &Path| {
            let shown = p.strip_prefix(root).unwrap_or(p).display().to_string();
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
        if let Some(reports) = &self.locked.initialised {
            let locales: Vec<&str> = reports.iter().map(|r| r.locale.as_str()).collect();
            let locales = locales.join(", ");
            let what = format!("created: existing translations of {locales} were assumed current");
            rows.push((shown(&self.workspace.project.lock_path()), what));
        }
        if let Some(requested) = &plan.requested {
            writeln!(f, "`{requested}` is written `{tag}` (canonical tag).")?;
        }
        writeln!(
            f,
            "Added locale {tag} ({}), status draft:",
            plan.native_name
        )?;
        for (path, what) in &rows {
            writeln!(f, "  {path:<width$}  {what}")?;
        }
        let chain: Vec<String> = plan.fallback.iter().map(ToString::to_string).collect();
        writeln!(
            f,
            r##"Plural forms in {tag}: {forms}

Next steps:
  1. Translate: in each file, delete "# " in front of an entry's lines and replace the text.
  2. Run `fluentpress check` to see what is still missing in {tag}.
  3. Run `fluentpress render`: untranslated passages are shown in {chain}.
  4. Once a native speaker has reviewed it, set status = "reviewed" in [locales.{tag}]."##,
            forms = scaffold::plural_forms(&plan.plurals),
            chain = chain.join(", then "),
        )
    }
}
