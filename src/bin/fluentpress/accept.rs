//! `fluentpress accept`: record a locale's translations as reviewed against the current source.

use std::io::Write;
use std::path::Path;

use fluentpress::Workspace;
use fluentpress::config::Project;
use fluentpress::lock::{AcceptReport, EntryState};

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
    if let Some(first) = outcome.first_lock() {
        writeln!(out, "{first}")?;
    }
    // After a first recording the report only repeats it, unless something was pruned or kept.
    let report = &outcome.report;
    if outcome.initialised.is_none()
        || !report.pruned.is_empty()
        || !report.kept_in_broken_files.is_empty()
        || !report.kept_in_missing_files.is_empty()
        || !report.kept_pivot.is_empty()
    {
        print_report(&mut out, project, report)?;
    }
    let lock_name = project.config.folders.lock.display();
    if outcome.written {
        writeln!(out, "wrote {lock_name}")?;
    } else {
        writeln!(out, "{lock_name} unchanged")?;
    }
    Ok(Outcome::Clean)
}

fn print_report(
    out: &mut impl Write,
    project: &Project,
    report: &AcceptReport,
) -> anyhow::Result<()> {
    let recorded = report.recorded.len();
    let mut summary = format!(
        "{}: recorded {recorded} {}, {} already current",
        report.locale,
        plural(recorded, "entry", "entries"),
        report.already_current
    );
    if !report.pruned.is_empty() {
        summary.push_str(&format!(", pruned {}", report.pruned.len()));
    }
    writeln!(out, "{summary}")?;
    for accepted in &report.recorded {
        let was = match &accepted.was {
            EntryState::Outdated(_) => "was outdated",
            EntryState::Updated { .. } => "was updated",
            EntryState::Unrecorded => "was not recorded",
            EntryState::Current => "was current",
        };
        writeln!(out, "  recorded {} {} ({was})", accepted.file, accepted.id)?;
    }
    for key in &report.pruned {
        writeln!(out, "  pruned   {} {} (no longer exists)", key.file, key.id)?;
    }
    for key in &report.kept_in_broken_files {
        writeln!(
            out,
            "  kept     {} {} (not found, but the file has syntax errors)",
            key.file, key.id
        )?;
    }
    for key in &report.kept_in_missing_files {
        writeln!(
            out,
            "  kept     {} {} (the file is missing from the locale, but the source has the entry)",
            key.file, key.id
        )?;
    }
    for key in &report.kept_pivot {
        writeln!(
            out,
            "  kept     {} {} (its {} text as recorded: the {} entry cannot be read)",
            key.file, key.id, project.pivot, project.pivot
        )?;
    }
    Ok(())
}

fn plural<'a>(n: usize, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 { one } else { other }
}
