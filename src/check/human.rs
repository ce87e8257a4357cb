//! The report as text for people, written piece by piece as [`stream`](super::stream) hands
//! the pieces over: each finding when its piece comes (with its source snippet, or as a
//! GitHub Actions workflow command), then, at the end, the entry lists (when asked for) and
//! one summary row per locale. Only what is printed after the last piece is kept: the rows,
//! and the lists already written out as text. Every name from the input goes through
//! [`visible::name`], so a folder or message cannot act on the terminal or the CI log.

use std::collections::BTreeMap;
use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::Severity;
use super::tally::Tally;
use super::{ConfigSummary, Diagnostic, LocaleReport, Piece, ReportWriter, Required};
use crate::catalog::Catalog;
use crate::visible::name;

/// Writes a report as text to `W` as its pieces come (see the module documentation): what
/// `fluentpress check` prints in its `human` and `github` formats.
pub struct HumanWriter<'c, W: Write> {
    out: W,
    /// Where the findings' files were read, for their paths.
    catalog: &'c Catalog,
    /// Findings as workflow commands instead of snippets.
    github: bool,
    renderer: Renderer,
    /// The entry lists of the locales so far, as text, when they are asked for.
    lists: Option<Vec<u8>>,
    /// What the summary needs of the first piece.
    head: Option<Head>,
    rows: Vec<Row>,
    tally: Tally,
}

/// The first piece, as the summary shows it.
struct Head {
    reference: String,
    with_lock: bool,
    outdated_as_missing: bool,
    l10n_toml: Option<ConfigSummary>,
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
    required: Option<Required>,
}

impl<'c, W: Write> HumanWriter<'c, W> {
    /// A writer to `out` of a report on `catalog` (the catalog [`run`](super::run) checked): findings with
    /// their source snippets, without colour, and no entry lists. Nothing is written before
    /// the first piece.
    pub fn new(out: W, catalog: &'c Catalog) -> Self {
        HumanWriter {
            out,
            catalog,
            github: false,
            renderer: Renderer::plain(),
            lists: None,
            head: None,
            rows: Vec::new(),
            tally: Tally::default(),
        }
    }

    /// The findings' snippets with ANSI colours, for a terminal.
    pub fn styled(mut self) -> Self {
        self.renderer = Renderer::styled();
        self
    }

    /// Also lists each locale's missing, obsolete, identical, unrecorded, outdated and updated
    /// entries, before the summary.
    pub fn with_lists(mut self) -> Self {
        self.lists = Some(Vec::new());
        self
    }

    /// Each finding as a GitHub Actions workflow command (an annotation) instead of a
    /// snippet; the summary stays.
    pub fn github(mut self) -> Self {
        self.github = true;
        self
    }

    /// Writes the findings `piece` holds and keeps its summary row. The first piece must be
    /// [`Piece::Start`].
    pub fn write(&mut self, piece: &Piece) -> io::Result<()> {
        let diagnostics = match piece {
            Piece::Start(head) => {
                self.tally.start(&head.diagnostics);
                self.head = Some(Head {
                    reference: head.reference.clone(),
                    with_lock: head.lock.is_some(),
                    outdated_as_missing: head.outdated_as_missing,
                    l10n_toml: head.l10n_toml.clone(),
                });
                &head.diagnostics
            }
            Piece::Locale(_, diagnostics) => diagnostics,
        };
        for d in diagnostics {
            if self.github {
                write_github(&mut self.out, self.catalog, d)?;
            } else {
                write_diagnostic(&mut self.out, &self.renderer, self.catalog, d)?;
            }
        }
        if let Piece::Locale(l, diagnostics) = piece {
            let (errors, warnings) = self.tally.locale(l, diagnostics);
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
            if let Some(lists) = &mut self.lists {
                write_lists(lists, l)?;
                write_changed_lists(lists, l)?;
            }
        }
        Ok(())
    }

    /// Whether the pieces so far fail the check: a finding of severity error, or a locale
    /// below its minimum coverage.
    pub fn failed(&self) -> bool {
        self.tally.failed()
    }

    /// Writes the entry lists (when asked for) and the summary, and returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        if let Some(lists) = &self.lists {
            self.out.write_all(lists)?;
        }
        if let Some(head) = &self.head {
            write_summary(&mut self.out, head, &self.rows, self.tally.totals())?;
        }
        Ok(self.out)
    }
}

impl<W: Write> ReportWriter for HumanWriter<'_, W> {
    fn write(&mut self, piece: &Piece) -> io::Result<()> {
        HumanWriter::write(self, piece)
    }

    fn failed(&self) -> bool {
        HumanWriter::failed(self)
    }

    fn end(self: Box<Self>) -> io::Result<()> {
        self.finish()?.flush()
    }
}

/// Where `d`'s file is: a file of a loaded tree is shown where it was read (an l10n.toml's
/// reference files lie outside the locales' folder).
fn display_path(catalog: &Catalog, d: &Diagnostic) -> String {
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
fn write_diagnostic(
    out: &mut impl Write,
    renderer: &Renderer,
    catalog: &Catalog,
    d: &Diagnostic,
) -> io::Result<()> {
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
    writeln!(out, "{}\n", renderer.render(&[group]))
}

/// The missing, obsolete, identical and unrecorded entries, by file.
fn write_lists(out: &mut impl Write, locale: &LocaleReport) -> io::Result<()> {
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
fn write_changed_lists(out: &mut impl Write, locale: &LocaleReport) -> io::Result<()> {
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
fn write_summary(
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

/// A GitHub Actions workflow command for one finding.
fn write_github(out: &mut impl Write, catalog: &Catalog, d: &Diagnostic) -> io::Result<()> {
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
    )
}

/// A workflow command's message with its `%` and line ends escaped.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: as a message, and `:` and `,` too.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_values_escape_what_github_reads() {
        assert_eq!(escape_data("50%\r\nnext"), "50%25%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    /// The text written as the check streams is the text of the whole report, and a locale
    /// with an error fails.
    #[test]
    fn text_written_piece_by_piece_is_the_reports() {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in [
            ("en/a.ftl", "a = A { $n }\nb = B\n"),
            ("fr/a.ftl", "a = { $m }\n"),
        ] {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let options = super::super::CheckOptions::tree("en", None);
        let catalog = Catalog::load(dir.path(), &options.folders()).unwrap();
        let mut streamed = HumanWriter::new(Vec::new(), &catalog).with_lists();
        super::super::stream(&catalog, &options, None, |piece| {
            streamed.write(&piece).unwrap();
            Ok::<(), crate::error::Error>(())
        })
        .unwrap();
        assert!(streamed.failed());
        let streamed = String::from_utf8(streamed.finish().unwrap()).unwrap();
        let report = super::super::run(&catalog, &options).unwrap();
        let mut whole = HumanWriter::new(Vec::new(), &catalog).with_lists();
        for piece in report.into_pieces() {
            whole.write(&piece).unwrap();
        }
        assert_eq!(
            String::from_utf8(whole.finish().unwrap()).unwrap(),
            streamed
        );
        assert!(
            streamed.contains("fr missing (1):\n  a.ftl\n    b"),
            "{streamed}"
        );
        assert!(
            streamed.ends_with("1 locale checked against `en`: 1 error, 1 warning\n"),
            "{streamed}"
        );
    }
}
