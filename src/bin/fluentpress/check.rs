//! `fluentpress check`: arguments, loading, and the three printers (human, JSON, GitHub).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use anyhow::Context as _;
use fluentpress::Workspace;
use fluentpress::catalog::Catalog;
use fluentpress::check::{self, CheckOptions, Diagnostic, LocaleReport, Report, Severity};
use fluentpress::l10n_toml::L10nToml;
use fluentpress::workspace::{FirstLock, Saved};

use crate::Outcome;
use crate::visible::name;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// Check a tree laid out `DIR/<locale>/**/*.ftl` instead of the project (needs --reference).
    #[arg(long, value_name = "DIR", requires = "reference")]
    locales_dir: Option<PathBuf>,
    /// The reference folder under --locales-dir (e.g. `en-US` or `templates`); with --config,
    /// the name the reference is shown under (default `en-US`).
    #[arg(long, value_name = "NAME")]
    reference: Option<String>,
    /// Check only this locale (repeatable); default: every locale.
    #[arg(long = "locale", value_name = "L")]
    locales: Vec<String>,
    /// Check the locales that a compare-locales project configuration (`l10n.toml`) names,
    /// each against the files it requires of that locale (see docs/check.md).
    #[arg(long, value_name = "FILE", conflicts_with = "locales_dir")]
    config: Option<PathBuf>,
    /// With --config: the folder of the localizations, `{l10n_base}` in l10n.toml's patterns.
    #[arg(long, value_name = "DIR", requires = "config")]
    l10n_base: Option<PathBuf>,
    /// With --config: the locales to check (default: those l10n.toml names).
    #[arg(value_name = "LOCALE", requires = "config")]
    config_locales: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Fail (exit 1) when a locale's coverage is below PCT percent; overrides the
    /// `min-coverage` settings of fluentpress.toml.
    #[arg(long, value_name = "PCT", value_parser = parse_percent)]
    min_coverage: Option<f64>,
    /// Also list the missing, obsolete, identical, unrecorded, outdated and updated entries
    /// of each locale (human format).
    #[arg(long)]
    list: bool,
    /// Count outdated translations (source or pivot changed since they were accepted) as
    /// untranslated for the coverage and --min-coverage; also `outdated-as-missing = true` in
    /// fluentpress.toml.
    #[arg(long)]
    outdated_as_missing: bool,
    #[command(flatten)]
    read: crate::read_args::ReadArgs,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Diagnostics with source snippets, then one summary row per locale.
    Human,
    /// The whole report as JSON (see docs/check.md).
    Json,
    /// GitHub Actions workflow annotations, then the summary rows.
    Github,
}

fn parse_percent(s: &str) -> Result<f64, String> {
    let value: f64 = s
        .trim_end_matches('%')
        .parse()
        .map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=100.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not between 0 and 100"))
    }
}

pub(crate) fn execute(project: &Path, args: CheckArgs) -> anyhow::Result<Outcome> {
    let policy = args.read.policy();
    if let Some(config) = &args.config {
        return execute_config(config, &args, &policy);
    }
    if args.reference.is_some() && args.locales_dir.is_none() {
        anyhow::bail!("--reference names the reference of --locales-dir or --config: give one");
    }
    if let (Some(dir), Some(reference)) = (&args.locales_dir, &args.reference) {
        let only = (!args.locales.is_empty()).then(|| args.locales.clone());
        let options = adjusted(CheckOptions::tree(reference.clone(), only), &args);
        // A tree is read one locale at a time during the check: here only the reference.
        let catalog = Catalog::load_with(dir, std::slice::from_ref(reference), &policy)
            .with_context(|| format!("cannot load the locales in `{}`", dir.display()))?;
        let mut printer = Printer::new(&args, &catalog);
        check::stream(&catalog, &options, None, |piece| printer.take(piece))?;
        return printer.finish();
    }
    let mut workspace = Workspace::open(project)?;
    let options = adjusted(workspace.check_options(&args.locales)?, &args);
    let checked = workspace.check(&options, &policy)?;
    if let Some(first) = &checked.first_lock {
        print_first_lock(&workspace, first)?;
    }
    let catalog = workspace.catalog().expect("the check read the locales");
    let mut printer = Printer::new(&args, catalog);
    for piece in checked.report.into_pieces() {
        printer.take(piece)?;
    }
    printer.finish()
}

/// `check --config l10n.toml`: the locales of a compare-locales project, each measured against
/// the files the configuration requires of it.
fn execute_config(
    config: &Path,
    args: &CheckArgs,
    policy: &fluentpress::ReadPolicy,
) -> anyhow::Result<Outcome> {
    let mut env = BTreeMap::new();
    if let Some(base) = &args.l10n_base {
        let base = std::path::absolute(base)
            .with_context(|| format!("cannot resolve `{}`", base.display()))?;
        env.insert("l10n_base".to_owned(), base.display().to_string());
    }
    let layout = L10nToml::load(config, &env)?.resolve()?;
    let reference = args.reference.clone().unwrap_or_else(|| "en-US".to_owned());
    let mut locales: Vec<String> = args
        .config_locales
        .iter()
        .chain(&args.locales)
        .cloned()
        .collect();
    let named = layout.config.all_locales();
    if locales.is_empty() {
        locales = named;
    } else if let Some(other) = locales.iter().find(|l| !named.contains(l)) {
        // compare-locales checks nothing for such a locale; say so instead.
        anyhow::bail!(
            "`{other}` is not a locale of `{}` (it names {})",
            config.display(),
            if named.is_empty() {
                "none".to_owned()
            } else {
                named.join(", ")
            }
        );
    }
    let catalog = Catalog::with_reference(
        &layout.config.locale_root(),
        &reference,
        &layout.reference,
        policy,
    )?;
    let mut options = adjusted(CheckOptions::tree(reference, Some(locales)), args);
    options.l10n_toml = Some(Arc::new(layout));
    let mut printer = Printer::new(args, &catalog);
    check::stream(&catalog, &options, None, |piece| printer.take(piece))?;
    printer.finish()
}

/// The options with the command line's thresholds.
fn adjusted(mut options: CheckOptions, args: &CheckArgs) -> CheckOptions {
    if let Some(min) = args.min_coverage {
        options.min_coverage = Some(min);
        options.locale_min_coverage.clear();
    }
    if args.outdated_as_missing {
        options.outdated_as_missing = true;
    }
    options
}

/// Prints a report piece by piece in the format asked for, keeping only what is printed
/// after the last piece: the summary rows (and the lists with `--list`) and, for JSON, the
/// serialised findings. The outcome is a failure when the report has errors or a locale is
/// below its threshold.
struct Printer<'a> {
    format: Format,
    list: bool,
    catalog: &'a Catalog,
    out: std::io::BufWriter<anstream::AutoStream<std::io::StdoutLock<'static>>>,
    /// JSON has no colour to strip: written to stdout directly.
    json: Option<check::JsonWriter<std::io::BufWriter<std::io::StdoutLock<'static>>>>,
    renderer: Renderer,
    /// The first piece, without its findings.
    head: Option<Report>,
    rows: Vec<Row>,
    /// Each locale's report, for `--list`.
    kept: Vec<LocaleReport>,
    /// Errors and warnings of the findings so far, all of them, and those of the first piece
    /// by locale (counted for a checked locale of the same name, as `Report::count` does).
    errors: usize,
    warnings: usize,
    early: BTreeMap<String, (usize, usize)>,
    failed: bool,
}

/// One locale's summary row.
struct Row {
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
    required: Option<check::Required>,
}

impl<'a> Printer<'a> {
    fn new(args: &CheckArgs, catalog: &'a Catalog) -> Self {
        Printer {
            format: args.format,
            list: args.list && args.format == Format::Human,
            catalog,
            out: std::io::BufWriter::new(anstream::stdout().lock()),
            json: (args.format == Format::Json)
                .then(|| check::JsonWriter::new(std::io::BufWriter::new(std::io::stdout().lock()))),
            renderer: Renderer::styled(),
            head: None,
            rows: Vec::new(),
            kept: Vec::new(),
            errors: 0,
            warnings: 0,
            early: BTreeMap::new(),
            failed: false,
        }
    }

    fn take(&mut self, piece: check::Piece) -> anyhow::Result<()> {
        if let Some(json) = &mut self.json {
            json.write(&piece)?;
        }
        let (diagnostics, locale) = match piece {
            check::Piece::Start(mut head) => {
                let diagnostics = std::mem::take(&mut head.diagnostics);
                for d in &diagnostics {
                    let counts = self.early.entry(d.locale.clone()).or_default();
                    match d.severity {
                        Severity::Error => counts.0 += 1,
                        Severity::Warning => counts.1 += 1,
                        Severity::Note => {}
                    }
                }
                self.head = Some(head);
                (diagnostics, None)
            }
            check::Piece::Locale(locale, diagnostics) => (diagnostics, Some(locale)),
        };
        for d in &diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Note => {}
            }
            match self.format {
                Format::Human => print_diagnostic(&mut self.out, &self.renderer, self.catalog, d)?,
                Format::Github => print_github(&mut self.out, self.catalog, d)?,
                Format::Json => {}
            }
        }
        self.failed |= self.errors > 0;
        if let Some(l) = locale {
            let (mut errors, mut warnings) = self.early.get(&l.locale).copied().unwrap_or_default();
            for d in diagnostics.iter().filter(|d| d.locale == l.locale) {
                match d.severity {
                    Severity::Error => errors += 1,
                    Severity::Warning => warnings += 1,
                    Severity::Note => {}
                }
            }
            self.failed |= l.below_min_coverage();
            self.rows.push(Row {
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
            });
            if self.list {
                self.kept.push(l);
            }
        }
        Ok(())
    }

    fn finish(mut self) -> anyhow::Result<Outcome> {
        if let Some(json) = self.json.take() {
            let mut json = json.finish()?;
            json.write_all(b"\n")?;
            json.flush()?;
        } else {
            for locale in &self.kept {
                print_lists(&mut self.out, locale)?;
                print_changed_lists(&mut self.out, locale)?;
            }
            if let Some(head) = &self.head {
                print_summary(
                    &mut self.out,
                    head,
                    &self.rows,
                    (self.errors, self.warnings),
                )?;
            }
        }
        self.out.flush()?;
        Ok(if self.failed {
            Outcome::Findings
        } else {
            Outcome::Clean
        })
    }
}

/// Says on stderr that a first lock was recorded, and whether it was written.
fn print_first_lock(workspace: &Workspace, first: &FirstLock) -> anyhow::Result<()> {
    let name = workspace.project.config.folders.lock.display();
    let mut err = crate::visible::Plain::new(anstream::stderr().lock());
    writeln!(err, "note: {first}")?;
    match &first.saved {
        Saved::Written => writeln!(err, "note: wrote {name}; commit it with the project")?,
        Saved::KeptOther => writeln!(
            err,
            "note: {name} was written meanwhile by another run; it is kept"
        )?,
        Saved::Failed(e) => writeln!(err, "warning: {name} not written: {e}")?,
    }
    Ok(())
}

fn display_path(catalog: &Catalog, d: &Diagnostic) -> String {
    // A file of a loaded tree is shown where it was read (an l10n.toml's reference files lie
    // outside the locales' folder).
    if let Some(file) = d
        .file
        .as_deref()
        .and_then(|f| catalog.locale(&d.locale)?.file(f))
    {
        return file.path.display().to_string();
    }
    let mut path = catalog.root.join(&d.locale);
    if let Some(file) = &d.file {
        path = path.join(file);
    }
    path.display().to_string()
}

/// One finding with its source snippet.
fn print_diagnostic(
    out: &mut impl Write,
    renderer: &Renderer,
    catalog: &Catalog,
    d: &Diagnostic,
) -> anyhow::Result<()> {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let message = name(&d.message);
    let title = level.primary_title(message.as_ref()).id(d.code.as_str());
    let path = name(&display_path(catalog, d)).into_owned();
    let label = d.label.as_deref().map(name);
    let notes: Vec<_> = d.notes.iter().map(|n| name(n)).collect();
    let group = match &d.excerpt {
        Some(excerpt) => {
            let mut annotation = AnnotationKind::Primary.span(excerpt.span.clone());
            if let Some(label) = &label {
                annotation = annotation.label(label.as_ref());
            }
            title.element(
                Snippet::source(excerpt.text.as_str())
                    .line_start(excerpt.first_line)
                    .path(path)
                    .annotation(annotation),
            )
        }
        None => {
            let mut origin = Origin::path(path);
            if let (Some(line), Some(column)) = (d.line, d.column) {
                origin = origin.line(line).char_column(column);
            }
            Group::with_title(title).element(origin)
        }
    };
    let group = group.elements(
        notes
            .iter()
            .map(|n| Level::NOTE.no_name().message(n.as_ref())),
    );
    writeln!(out, "{}\n", renderer.render(&[group]))?;
    Ok(())
}

fn print_lists(out: &mut impl Write, locale: &LocaleReport) -> anyhow::Result<()> {
    let lists = [
        ("missing", &locale.missing_entries),
        ("obsolete", &locale.obsolete_entries),
        ("identical", &locale.identical_entries),
        ("unrecorded", &locale.unrecorded_entries),
    ];
    for (what, entries) in lists {
        if entries.is_empty() {
            continue;
        }
        writeln!(out, "{} {what} ({}):", name(&locale.locale), entries.len())?;
        let mut current = None;
        for e in entries.iter() {
            if current != Some(&e.file) {
                writeln!(out, "  {}", name(&e.file))?;
                current = Some(&e.file);
            }
            let id = name(&e.id);
            match (e.line, e.words) {
                (Some(line), _) => writeln!(out, "    {id} (line {line})")?,
                (None, Some(words)) => writeln!(out, "    {id} ({words} words)")?,
                (None, None) => writeln!(out, "    {id}")?,
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The outdated and updated values and attributes, by file.
fn print_changed_lists(out: &mut impl Write, locale: &LocaleReport) -> anyhow::Result<()> {
    let lists = [
        ("outdated", &locale.outdated_entries),
        ("updated", &locale.updated_entries),
    ];
    for (what, items) in lists {
        if items.is_empty() {
            continue;
        }
        writeln!(out, "{} {what} ({}):", name(&locale.locale), items.len())?;
        let mut current = None;
        for item in items.iter() {
            if current != Some(&item.file) {
                writeln!(out, "  {}", name(&item.file))?;
                current = Some(&item.file);
            }
            let id = name(&item.id);
            match &item.attribute {
                Some(a) => writeln!(out, "    {id}.{} (line {})", name(a), item.line)?,
                None => writeln!(out, "    {id} (line {})", item.line)?,
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// One row per locale: coverage bar and counts, then a total line.
fn print_summary(
    out: &mut impl Write,
    head: &Report,
    rows: &[Row],
    (errors, warnings): (usize, usize),
) -> anyhow::Result<()> {
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
    let with_lock = head.lock.is_some();
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
        print_config_summary(out, rows, config)?;
    }
    Ok(())
}

/// What an l10n.toml changed: the files it maps that are not checked, and the locales' files
/// it does not map.
fn print_config_summary(
    out: &mut impl Write,
    rows: &[Row],
    config: &check::ConfigSummary,
) -> anyhow::Result<()> {
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
        writeln!(
            out,
            "skipped: {} reference file{} that the configuration maps {} not FTL and {} not \
             checked ({})",
            config.skipped_files.len(),
            plural_s(config.skipped_files.len()),
            if config.skipped_files.len() == 1 {
                "is"
            } else {
                "are"
            },
            if config.skipped_files.len() == 1 {
                "is"
            } else {
                "are"
            },
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

/// A GitHub Actions workflow command for one finding.
fn print_github(out: &mut impl Write, catalog: &Catalog, d: &Diagnostic) -> anyhow::Result<()> {
    {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let path = display_path(catalog, d);
        let mut props = vec![format!("file={}", escape_property(&name(&path)))];
        if let Some(line) = d.line {
            props.push(format!("line={line}"));
        }
        if let Some(column) = d.column {
            props.push(format!("col={column}"));
        }
        props.push(format!("title={}", d.code));
        let mut message = name(&d.message).into_owned();
        for note in &d.notes {
            message.push('\n');
            message.push_str(&name(note));
        }
        writeln!(
            out,
            "::{command} {}::{}",
            props.join(","),
            escape_data(&message)
        )?;
    }
    Ok(())
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
