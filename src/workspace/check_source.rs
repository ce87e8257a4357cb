//! One check as the command line asks for it: [`check_source`].

use std::io::{self, Write};
use std::path::Path;

use super::Workspace;
use crate::catalog::{Catalog, ReadPolicy};
use crate::check::{self, Overrides, ReportWriter, Source, Style};
use crate::error::Error;

/// Checks `source` (a [`Source::Project`] is the one at `project`) with the configuration's
/// thresholds under `overrides`, and writes the report in `style` to `out` as it comes, with
/// colours when `colour` says so (see [`Style::writer`]).
/// A project without a lock gets its first lock recorded, and the notes saying so go to
/// `notes` before the report. Answers whether the findings fail the run.
#[allow(clippy::too_many_arguments)]
pub fn check_source<E: From<Error> + From<io::Error>>(
    source: &Source,
    project: &Path,
    overrides: &Overrides,
    policy: &ReadPolicy,
    style: Style,
    colour: bool,
    out: impl Write,
    notes: &mut dyn Write,
) -> Result<bool, E> {
    let (catalog, options) = match source {
        Source::Project { only } => {
            let mut workspace = Workspace::open(project)?;
            let options = overrides.apply(workspace.check_options(only)?);
            let checked = workspace.check(&options, policy)?;
            if let Some(first) = &checked.first_lock {
                let lock_file = &workspace.project.config.folders.lock;
                write!(notes, "{}", first.notes(lock_file))?;
            }
            let catalog = workspace.catalog().expect("the check read the locales");
            let mut writer = style.writer(out, catalog, colour);
            for piece in checked.report.into_pieces() {
                writer.write(&piece)?;
            }
            return finish(writer);
        }
        Source::Tree {
            dir,
            reference,
            only,
        } => {
            // A tree is read one locale at a time during the check: here only the reference.
            let catalog = Catalog::load_with(dir, std::slice::from_ref(reference), policy)
                .map_err(|error| Error::LocalesNotLoaded {
                    dir: dir.clone(),
                    error: Box::new(error),
                })?;
            let options = check::CheckOptions::tree(reference.clone(), only.clone());
            (catalog, options)
        }
        Source::L10nToml {
            config,
            base,
            defines,
            reference,
            locales,
        } => check::CheckOptions::for_l10n_toml(
            config,
            base.as_deref(),
            defines,
            reference,
            locales.clone(),
            policy,
        )?,
    };
    let options = overrides.apply(options);
    let mut writer = style.writer(out, &catalog, colour);
    check::stream(&catalog, &options, None, |piece| {
        writer.write(&piece).map_err(E::from)
    })?;
    finish(writer)
}

/// Ends the output; answers whether the findings fail the run.
fn finish<E: From<io::Error>>(writer: Box<dyn ReportWriter + '_>) -> Result<bool, E> {
    let failed = writer.failed();
    writer.end()?;
    Ok(failed)
}
