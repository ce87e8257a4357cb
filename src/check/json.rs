//! The JSON of a report written piece by piece, as [`stream`](super::stream) hands the pieces
//! over: each locale's object is written when its piece comes and then dropped, and only the
//! findings, which the schema puts after every locale, are kept until the end (already
//! serialised). The bytes are those of `serde_json::to_writer_pretty` on the whole
//! [`Report`], so `docs/check.md`'s schema holds whichever way the report is written.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{PrettyFormatter, Serializer};

use super::report::LocaleJson;
use super::tally::Tally;
use super::{ConfigSummary, Diagnostic, LocaleReport, Piece, Report, ReportWriter};

/// Writes a report's JSON to `W` as its pieces come (see the module documentation).
pub struct JsonWriter<W: Write> {
    out: W,
    /// `lock`, `outdated_as_missing` and `l10n_toml`, which end the document.
    tail: Option<(Option<String>, bool, Option<ConfigSummary>)>,
    /// How many locale objects were written.
    locales: usize,
    /// The findings so far, serialised as elements of the `diagnostics` array.
    diagnostics: Vec<u8>,
    /// The errors and warnings so far, each locale's written with it.
    tally: Tally,
}

impl<W: Write> JsonWriter<W> {
    /// A writer to `out`; nothing is written before the first piece.
    pub fn new(out: W) -> Self {
        JsonWriter {
            out,
            tail: None,
            locales: 0,
            diagnostics: Vec::new(),
            tally: Tally::default(),
        }
    }

    /// Writes what `piece` adds to the document. The first piece must be [`Piece::Start`].
    pub fn write(&mut self, piece: &Piece) -> io::Result<()> {
        match piece {
            Piece::Start(start) => self.start(start),
            Piece::Locale(locale, diagnostics) => self.locale(locale, diagnostics),
        }
    }

    fn start(&mut self, start: &Report) -> io::Result<()> {
        write!(self.out, "{{\n  \"reference\": ")?;
        serde_json::to_writer(&mut self.out, &start.reference)?;
        write!(self.out, ",\n  \"pivot\": ")?;
        serde_json::to_writer(&mut self.out, &start.pivot)?;
        write!(self.out, ",\n  \"locales\": [")?;
        self.tail = Some((
            start.lock.clone(),
            start.outdated_as_missing,
            start.l10n_toml.clone(),
        ));
        self.tally.start(&start.diagnostics);
        self.keep(&start.diagnostics)
    }

    fn locale(&mut self, locale: &LocaleReport, diagnostics: &[Diagnostic]) -> io::Result<()> {
        let (errors, warnings) = self.tally.locale(locale, diagnostics);
        self.out
            .write_all(if self.locales == 0 { b"\n" } else { b",\n" })?;
        element(&mut self.out, &LocaleJson::new(locale, errors, warnings))?;
        self.locales += 1;
        self.keep(diagnostics)
    }

    /// Serialises `diagnostics` for the end of the document.
    fn keep(&mut self, diagnostics: &[Diagnostic]) -> io::Result<()> {
        for d in diagnostics {
            let first = self.diagnostics.is_empty();
            self.diagnostics
                .extend_from_slice(if first { b"\n" } else { b",\n" });
            element(&mut self.diagnostics, d)?;
        }
        Ok(())
    }

    /// Whether the pieces so far fail the check: a finding of severity error, or a locale
    /// below its minimum coverage.
    pub fn failed(&self) -> bool {
        self.tally.failed()
    }

    /// Writes the end of the document (without a final line end) and returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.end()?;
        Ok(self.out)
    }

    /// Writes the end of the document (without a final line end).
    fn end(&mut self) -> io::Result<()> {
        let (lock, outdated_as_missing, l10n_toml) = self.tail.take().unwrap_or_default();
        let close = |n: bool| if n { "\n  ]" } else { "]" };
        write!(
            self.out,
            "{},\n  \"diagnostics\": [",
            close(self.locales > 0)
        )?;
        self.out.write_all(&self.diagnostics)?;
        write!(
            self.out,
            "{},\n  \"lock\": ",
            close(!self.diagnostics.is_empty())
        )?;
        serde_json::to_writer(&mut self.out, &lock)?;
        write!(
            self.out,
            ",\n  \"outdated_as_missing\": {outdated_as_missing}"
        )?;
        if let Some(config) = &l10n_toml {
            write!(self.out, ",\n  \"l10n_toml\": ")?;
            let mut indented = Indented(&mut self.out, b"  ");
            config.serialize(&mut Serializer::with_formatter(
                &mut indented,
                PrettyFormatter::new(),
            ))?;
        }
        write!(self.out, "\n}}")
    }
}

/// The whole document and a line end after it.
impl<W: Write> ReportWriter for JsonWriter<W> {
    fn write(&mut self, piece: &Piece) -> io::Result<()> {
        JsonWriter::write(self, piece)
    }

    fn failed(&self) -> bool {
        JsonWriter::failed(self)
    }

    fn end(mut self: Box<Self>) -> io::Result<()> {
        JsonWriter::end(&mut self)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

/// Writes `value` pretty-printed as an element of an array inside the top-level object: four
/// spaces before it and after each of its line ends.
fn element(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    out.write_all(b"    ")?;
    let mut indented = Indented(out, b"    ");
    value.serialize(&mut Serializer::with_formatter(
        &mut indented,
        PrettyFormatter::new(),
    ))?;
    Ok(())
}

/// Indents what is written through it by the spaces it holds. serde_json escapes line ends
/// inside strings, so every line end it writes is one of its own.
struct Indented<W>(W, &'static [u8]);

impl<W: Write> Write for Indented<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'\n') {
            self.0.write_all(&rest[..=i])?;
            self.0.write_all(self.1)?;
            rest = &rest[i + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

impl Report {
    /// The report as the pieces [`stream`](super::stream) would have handed over: findings
    /// of no checked locale first, then each locale with its own.
    pub fn into_pieces(self) -> impl Iterator<Item = Piece> {
        let Report {
            reference,
            pivot,
            locales,
            diagnostics,
            lock,
            outdated_as_missing,
            l10n_toml,
        } = self;
        let names: std::collections::BTreeSet<&str> =
            locales.iter().map(|l| l.locale.as_str()).collect();
        let early = diagnostics
            .iter()
            .take_while(|d| !names.contains(d.locale.as_str()))
            .count();
        drop(names);
        let mut diagnostics = diagnostics.into_iter();
        let start = Report {
            reference,
            pivot,
            locales: Vec::new(),
            diagnostics: diagnostics.by_ref().take(early).collect(),
            lock,
            outdated_as_missing,
            l10n_toml,
        };
        let mut diagnostics = diagnostics.peekable();
        let count = locales.len();
        let pieces: Vec<Piece> = locales
            .into_iter()
            .enumerate()
            .map(|(i, locale)| {
                let own: Vec<Diagnostic> = if i + 1 == count {
                    diagnostics.by_ref().collect()
                } else {
                    std::iter::from_fn(|| diagnostics.next_if(|d| d.locale == locale.locale))
                        .collect()
                };
                Piece::Locale(locale, own)
            })
            .collect();
        std::iter::once(Piece::Start(start)).chain(pieces)
    }
}
