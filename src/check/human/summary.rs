//! The summary that ends the text report: one row per locale (coverage bar and counts), a
//! total line, and what an l10n.toml changed.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::check::{ConfigSummary, LocaleReport, Report, Required};
use crate::visible::name;

/// The first piece, as the summary shows it.
pub(super) struct Head {
    reference: String,
    with_lock: bool,
    outdated_as_missing: bool,
    l10n_toml: Option<ConfigSummary>,
}

/// One locale's summary row.
pub(super) struct Row {
    locale: String,
    coverage: f64,
    word_coverage: f64,
    translated: usize,
    total: usize,
    missing: usize,
    missing_words: usize,
    obsolete: usize,
    identical: usize,
    outdated: usize,
    updated: usize,
    min_coverage: Option<f64>,
    below_min_coverage: bool,
    errors: usize,
    warnings: usize,
    /// The required figures, with an l10n.toml.
    required: Option<Required>,
}

impl Head {
    /// What the summary needs of the first piece.
    pub(super) fn new(head: &Report) -> Self {
        Head {
            reference: head.reference.clone(),
            with_lock: head.lock.is_some(),
            outdated_as_missing: head.outdated_as_missing,
            l10n_toml: head.l10n_toml.clone(),
        }
    }
}

impl Row {
    /// The row of `l`, with its errors and warnings.
    pub(super) fn new(l: &LocaleReport, errors: usize, warnings: usize) -> Self {
        Row {
            coverage: l.coverage(),
            word_coverage: l.word_coverage(),
            translated: l.translated(),
            total: l.total,
            missing: l.missing(),
            missing_words: l.missing_words(),
            obsolete: l.obsolete(),
            identical: l.identical(),
            outdated: l.outdated(),
            updated: l.updated(),
            min_coverage: l.min_coverage,
            below_min_coverage: l.below_min_coverage(),
            errors,
            warnings,
            locale: l.locale.clone(),
            required: l.required.clone(),
        }
    }
}

/// One row per locale: coverage bar and counts, then a total line.
pub(super) fn write_summary(
    out: &mut impl Write,
    head: &Head,
    rows: &[Row],
    (errors, warnings): (usize, usize),
) -> io::Result<()> {
    const BAR: usize = 20;
    // The bar, two spaces and `100.00%`.
    const COVERAGE: usize = BAR + 9;
    let width = rows
        .iter()
        .map(|l| name(&l.locale).chars().count())
        .max()
        .unwrap_or(0)
        .max("locale".len());
    // The outdated and updated columns only when a lock was consulted (project mode).
    let with_lock = head.with_lock;
    write!(
        out,
        "{:width$}  {:<COVERAGE$}  {:>7}  {:>11}  {:>16}  {:>8}  {:>9}",
        "locale", "coverage", "words", "translated", "missing (words)", "obsolete", "identical",
    )?;
    if with_lock {
        write!(out, "  {:>8}  {:>7}", "outdated", "updated")?;
    }
    // The required figures only with an l10n.toml.
    let with_required = head.l10n_toml.is_some();
    if with_required {
        write!(out, "  {:>8}  {:>16}", "required", "missing required")?;
    }
    writeln!(out, "  {:>6}  {:>8}", "errors", "warnings")?;
    for l in rows {
        let filled = ((l.coverage / 100.0) * BAR as f64).floor() as usize;
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled));
        let mut flag = String::new();
        if let Some(min) = l.min_coverage.filter(|_| l.below_min_coverage) {
            flag = format!("  below {min}%");
        }
        write!(
            out,
            "{:width$}  {bar}  {:>6.2}%  {:>6.2}%  {:>11}  {:>16}  {:>8}  {:>9}",
            name(&l.locale),
            l.coverage,
            l.word_coverage,
            format!("{}/{}", l.translated, l.total),
            format!("{} ({})", l.missing, l.missing_words),
            l.obsolete,
            l.identical,
        )?;
        if with_lock {
            write!(out, "  {:>8}  {:>7}", l.outdated, l.updated)?;
        }
        if with_required {
            let (coverage, missing) = l.required.as_ref().map_or((String::new(), 0), |r| {
                (format!("{:.2}%", r.coverage()), r.missing_required)
            });
            write!(out, "  {coverage:>8}  {missing:>16}")?;
        }
        writeln!(out, "  {:>6}  {:>8}{flag}", l.errors, l.warnings)?;
    }
    let below = rows.iter().filter(|l| l.below_min_coverage).count();
    write!(
        out,
        "\n{} locale{} checked against `{}`: {} error{}, {} warning{}",
        rows.len(),
        plural_s(rows.len()),
        name(&head.reference),
        errors,
        plural_s(errors),
        warnings,
        plural_s(warnings),
    )?;
    if with_lock {
        let outdated: usize = rows.iter().map(|l| l.outdated).sum();
        let updated: usize = rows.iter().map(|l| l.updated).sum();
        write!(
            out,
            ", {outdated} outdated{}, {updated} updated",
            if head.outdated_as_missing {
                " (counted as missing)"
            } else {
                ""
            }
        )?;
    }
    if below > 0 {
        write!(out, ", {below} below the minimum coverage")?;
    }
    writeln!(out)?;
    if let Some(config) = &head.l10n_toml {
        write_config_summary(out, rows, config)?;
    }
    Ok(())
}

/// What an l10n.toml changed: the files it maps that are not checked, and the locales' files
/// it does not map.
fn write_config_summary(
    out: &mut impl Write,
    rows: &[Row],
    config: &ConfigSummary,
) -> io::Result<()> {
    writeln!(
        out,
        "required: the entries {} requires of each locale (filters applied); --min-coverage \
         applies to it",
        name(&config.file)
    )?;
    if !config.skipped_files.is_empty() {
        let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
        for file in &config.skipped_files {
            let kind = file
                .rsplit_once('/')
                .map_or(file.as_str(), |(_, f)| f)
                .rsplit_once('.')
                .map_or("(no extension)", |(_, e)| e);
            *by_kind.entry(kind).or_default() += 1;
        }
        let kinds: Vec<String> = by_kind.iter().map(|(k, n)| format!(".{k} {n}")).collect();
        let n = config.skipped_files.len();
        let verb = if n == 1 { "is" } else { "are" };
        writeln!(
            out,
            "skipped: {n} reference file{} that the configuration maps {verb} not FTL and \
             {verb} not checked ({})",
            plural_s(n),
            kinds.join(", ")
        )?;
    }
    let reported: Vec<(&str, usize)> = rows
        .iter()
        .filter_map(|l| Some((l.locale.as_str(), l.required.as_ref()?.report)))
        .filter(|(_, n)| *n > 0)
        .collect();
    if !reported.is_empty() {
        let total: usize = reported.iter().map(|(_, n)| n).sum();
        let each: Vec<String> = reported
            .iter()
            .map(|(l, n)| format!("{} {n}", name(l)))
            .collect();
        writeln!(
            out,
            "report: {total} missing entr{} that `warning` filters report, not required ({})",
            if total == 1 { "y" } else { "ies" },
            each.join(", ")
        )?;
    }
    let unmapped: usize = rows
        .iter()
        .filter_map(|l| l.required.as_ref())
        .map(|r| r.unmapped_files.len())
        .sum();
    if unmapped > 0 {
        writeln!(
            out,
            "obsolete: {unmapped} file{} of the locales that no path of the configuration maps",
            plural_s(unmapped)
        )?;
    }
    Ok(())
}

fn plural_s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
