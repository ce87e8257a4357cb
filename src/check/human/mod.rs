//! The report as text for people, written piece by piece as [`stream`](super::stream) hands
//! the pieces over: each finding when its piece comes (with its source snippet, or as a
//! GitHub Actions workflow command), then, at the end, the entry lists (when asked for) and
//! one summary row per locale. Only what is printed after the last piece is kept: the rows,
//! and the lists already written out as text. Every name from the input goes through
//! [`visible::name`], so a folder or message cannot act on the terminal or the CI log.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::Severity;
use super::tally::Tally;
use super::{Diagnostic, LocaleReport, Piece, ReportWriter};
use crate::catalog::Catalog;
use crate::visible::name;

mod github;
mod snippet;
mod summary;

use github::write_github;
use snippet::{At, Shown};
use summary::{Head, Row, write_summary};

/// Writes a report as text to `W` as its pieces come (see the module documentation): what
/// `fluentpress check` prints in its `human` and `github` formats.
pub struct HumanWriter<'c, W: Write> {
    out: W,
    /// Where the findings' files were read, for their paths.
    catalog: &'c Catalog,
    /// Findings as workflow commands instead of snippets.
    github: bool,
    renderer: Renderer,
    /// Whether `renderer` is styled.
    styled: bool,
    /// The text of one finding, reused from finding to finding.
    buf: String,
    /// The entry lists of the locales so far, as text, when they are asked for.
    lists: Option<Vec<u8>>,
    /// What the summary needs of the first piece.
    head: Option<Head>,
    rows: Vec<Row>,
    tally: Tally,
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
            styled: false,
            buf: String::new(),
            lists: None,
            head: None,
            rows: Vec::new(),
            tally: Tally::default(),
        }
    }

    /// The findings' snippets with ANSI colours, for a terminal.
    pub fn styled(mut self) -> Self {
        self.renderer = Renderer::styled();
        self.styled = true;
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
                self.head = Some(Head::new(head));
                &head.diagnostics
            }
            Piece::Locale(_, diagnostics) => diagnostics,
        };
        for d in diagnostics {
            if self.github {
                write_github(&mut self.out, self.catalog, d)?;
            } else {
                write_diagnostic(
                    &mut self.out,
                    &self.renderer,
                    self.styled,
                    &mut self.buf,
                    self.catalog,
                    d,
                )?;
            }
        }
        if let Piece::Locale(l, diagnostics) = piece {
            let (errors, warnings) = self.tally.locale(l, diagnostics);
            self.rows.push(Row::new(l, errors, warnings));
            if let Some(lists) = &mut self.lists {
                write_lists(lists, l)?;
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

/// One finding with its source snippet: drawn directly when [`snippet::draw`] knows its
/// shape, else by annotate-snippets; `buf` is reused from finding to finding.
fn write_diagnostic(
    out: &mut impl Write,
    renderer: &Renderer,
    styled: bool,
    buf: &mut String,
    catalog: &Catalog,
    d: &Diagnostic,
) -> io::Result<()> {
    let message = name(&d.message);
    let path = display_path(catalog, d);
    let path = name(&path);
    let label = d.label.as_deref().map(name);
    let notes: Vec<_> = d.notes.iter().map(|n| name(n)).collect();
    let notes: Vec<&str> = notes.iter().map(|n| n.as_ref()).collect();
    let shown = Shown {
        severity: d.severity,
        code: d.code.as_str(),
        message: &message,
        path: &path,
        at: match &d.excerpt {
            Some(excerpt) => At::Source {
                text: &excerpt.text,
                first_line: excerpt.first_line,
                span: excerpt.span.clone(),
                label: label.as_deref(),
            },
            None => At::Origin(d.line.zip(d.column)),
        },
        notes: &notes,
    };
    buf.clear();
    if !snippet::draw(buf, &shown, styled) {
        *buf = render(renderer, &shown);
    }
    buf.push_str("\n\n");
    out.write_all(buf.as_bytes())
}

/// `shown` as annotate-snippets draws it, without the final line end.
fn render(renderer: &Renderer, shown: &Shown<'_>) -> String {
    let level = match shown.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let title = level.primary_title(shown.message).id(shown.code);
    let group = match &shown.at {
        At::Source {
            text,
            first_line,
            span,
            label,
        } => {
            let mut annotation = AnnotationKind::Primary.span(span.clone());
            if let Some(label) = label {
                annotation = annotation.label(*label);
            }
            title.element(
                Snippet::source(*text)
                    .line_start(*first_line)
                    .path(shown.path)
                    .annotation(annotation),
            )
        }
        At::Origin(line_column) => {
            let mut origin = Origin::path(shown.path);
            if let Some((line, column)) = line_column {
                origin = origin.line(*line).char_column(*column);
            }
            Group::with_title(title).element(origin)
        }
    };
    let group = group.elements(
        shown
            .notes
            .iter()
            .map(|n| Level::NOTE.no_name().message(*n)),
    );
    renderer.render(&[group])
}

/// The missing, obsolete, identical and unrecorded entries, then the outdated and updated
/// values and attributes, each list by file.
fn write_lists(out: &mut Vec<u8>, locale: &LocaleReport) -> io::Result<()> {
    let lists = [
        ("missing", &locale.missing_entries),
        ("obsolete", &locale.obsolete_entries),
        ("identical", &locale.identical_entries),
        ("unrecorded", &locale.unrecorded_entries),
    ];
    for (what, entries) in lists {
        write_list(
            out,
            &locale.locale,
            what,
            entries,
            |e| &*e.file,
            |out, e| {
                let id = name(&e.id);
                match (e.line, e.words) {
                    (Some(line), _) => writeln!(out, "    {id} (line {line})"),
                    (None, Some(words)) => writeln!(out, "    {id} ({words} words)"),
                    (None, None) => writeln!(out, "    {id}"),
                }
            },
        )?;
    }
    let lists = [
        ("outdated", &locale.outdated_entries),
        ("updated", &locale.updated_entries),
    ];
    for (what, items) in lists {
        write_list(
            out,
            &locale.locale,
            what,
            items,
            |i| i.file.as_str(),
            |out, i| {
                let id = name(&i.id);
                match &i.attribute {
                    Some(a) => writeln!(out, "    {id}.{} (line {})", name(a), i.line),
                    None => writeln!(out, "    {id} (line {})", i.line),
                }
            },
        )?;
    }
    Ok(())
}

/// One list headed `what`, unless it is empty: each file once, then its items as `item`
/// writes them.
fn write_list<T>(
    out: &mut Vec<u8>,
    locale: &str,
    what: &str,
    items: &[T],
    file: impl Fn(&T) -> &str,
    item: impl Fn(&mut Vec<u8>, &T) -> io::Result<()>,
) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out, "{} {what} ({}):", name(locale), items.len())?;
    let mut current = None;
    for i in items {
        if current != Some(file(i)) {
            writeln!(out, "  {}", name(file(i)))?;
            current = Some(file(i));
        }
        item(out, i)?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
