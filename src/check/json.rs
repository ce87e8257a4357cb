//! The JSON of a report written piece by piece, as [`stream`](super::stream) hands the pieces
//! over: each locale's object is written when its piece comes and then dropped, and only the
//! findings, which the schema puts after every locale, are kept until the end (already
//! serialised). The bytes are those of `serde_json::to_writer_pretty` on the whole
//! [`Report`], so `docs/check.md`'s schema holds whichever way the report is written. Each
//! locale's object is serialised already indented as a nested element ([`Nested`]), through a
//! reused buffer written out every 64 KiB ([`Chunked`]).

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, Serializer};

use super::report::{EntryItem, LocaleJson};
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
    /// Up to [`Chunked::SIZE`] bytes of a locale's object, before they are written.
    buf: Vec<u8>,
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
            buf: Vec::new(),
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
        let mut chunked = Chunked {
            out: &mut self.out,
            buf: &mut self.buf,
        };
        chunked.write_all(if self.locales == 0 { b"\n" } else { b",\n" })?;
        locale_element(&mut chunked, &LocaleJson::new(locale, errors, warnings))?;
        chunked.flush()?;
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
            config.serialize(&mut Serializer::with_formatter(
                &mut self.out,
                Nested::new(1),
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

/// Appends `value` pretty-printed as an element of an array inside the top-level object:
/// four spaces before it and after each of its line ends.
fn element(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    out.write_all(b"    ")?;
    value.serialize(&mut Serializer::with_formatter(out, Nested::new(2)))?;
    Ok(())
}

/// Appends a locale's object as [`element`] would write it (serde's derive on [`LocaleJson`]),
/// with the entry lists, by far its largest part, written directly: serde spends about 1.8 k
/// instructions on each entry's few bytes.
fn locale_element<W: Write>(out: &mut Chunked<'_, W>, l: &LocaleJson<'_>) -> io::Result<()> {
    out.write_all(b"    {")?;
    let mut o = Object { out, first: true };
    o.field("locale", &l.locale)?;
    o.field("total", &l.total)?;
    o.field("translated", &l.translated)?;
    o.field("missing", &l.missing)?;
    o.field("obsolete", &l.obsolete)?;
    o.field("identical", &l.identical)?;
    o.field("errors", &l.errors)?;
    o.field("warnings", &l.warnings)?;
    o.field("coverage", &l.coverage)?;
    o.field("missing_words", &l.missing_words)?;
    o.field("min_coverage", &l.min_coverage)?;
    o.field("below_min_coverage", &l.below_min_coverage)?;
    o.field("missing_files", &l.missing_files)?;
    o.field("obsolete_files", &l.obsolete_files)?;
    o.entries("missing_entries", l.missing_entries)?;
    o.entries("obsolete_entries", l.obsolete_entries)?;
    o.entries("identical_entries", l.identical_entries)?;
    o.field("outdated", &l.outdated)?;
    o.field("updated", &l.updated)?;
    o.field("outdated_entries", &l.outdated_entries)?;
    o.field("updated_entries", &l.updated_entries)?;
    o.field("unrecorded", &l.unrecorded)?;
    o.entries("unrecorded_entries", l.unrecorded_entries)?;
    o.field("total_words", &l.total_words)?;
    o.field("word_coverage", &l.word_coverage)?;
    o.optional("required", &l.required)?;
    o.optional("missing_required", &l.missing_required)?;
    o.optional("required_coverage", &l.required_coverage)?;
    o.optional("report", &l.report)?;
    o.optional("missing_required_files", &l.missing_required_files)?;
    o.optional("unmapped_files", &l.unmapped_files)?;
    o.optional("skipped_files", &l.skipped_files)?;
    o.out.write_all(b"\n    }")
}

/// The fields of a locale's object, two levels deep (six spaces before each key).
struct Object<'o, 'c, W> {
    out: &'o mut Chunked<'c, W>,
    /// Whether no field is written yet.
    first: bool,
}

impl<W: Write> Object<'_, '_, W> {
    /// The line of `key` up to its value; `key` needs no escaping.
    fn key(&mut self, key: &str) -> io::Result<()> {
        self.out.write_all(if self.first {
            b"\n      \""
        } else {
            b",\n      \""
        })?;
        self.first = false;
        self.out.write_all(key.as_bytes())?;
        self.out.write_all(b"\": ")
    }

    fn field(&mut self, key: &str, value: &impl Serialize) -> io::Result<()> {
        self.key(key)?;
        value.serialize(&mut Serializer::with_formatter(
            &mut *self.out,
            Nested::new(3),
        ))?;
        Ok(())
    }

    /// A field that is left out when `None`.
    fn optional(&mut self, key: &str, value: &Option<impl Serialize>) -> io::Result<()> {
        match value {
            Some(value) => self.field(key, value),
            None => Ok(()),
        }
    }

    /// A list of entries as serde writes it through [`Nested`]: each object four levels deep,
    /// its fields five. The entries go straight into the chunk's buffer.
    fn entries(&mut self, key: &str, entries: &[EntryItem]) -> io::Result<()> {
        self.key(key)?;
        if entries.is_empty() {
            return self.out.write_all(b"[]");
        }
        let mut number = itoa::Buffer::new();
        // What comes before each entry's id, written again for each entry of the same file.
        let mut head = Vec::new();
        let mut file: Option<&std::sync::Arc<str>> = None;
        for (i, e) in entries.iter().enumerate() {
            if !file.is_some_and(|f| std::sync::Arc::ptr_eq(f, &e.file)) {
                head.clear();
                head.extend_from_slice(b",\n        {\n          \"file\": ");
                string(&mut head, &e.file)?;
                head.extend_from_slice(b",\n          \"id\": ");
                file = Some(&e.file);
            }
            let buf = &mut *self.out.buf;
            match i {
                0 => {
                    buf.push(b'[');
                    buf.extend_from_slice(&head[1..]);
                }
                _ => buf.extend_from_slice(&head),
            }
            string(buf, &e.id)?;
            if let Some(line) = e.line {
                buf.extend_from_slice(b",\n          \"line\": ");
                buf.extend_from_slice(number.format(line).as_bytes());
            }
            if let Some(words) = e.words {
                buf.extend_from_slice(b",\n          \"words\": ");
                buf.extend_from_slice(number.format(words).as_bytes());
            }
            buf.extend_from_slice(b"\n        }");
            if buf.len() >= Chunked::<W>::SIZE {
                self.out.flush()?;
            }
        }
        self.out.write_all(b"\n      ]")
    }
}

/// Appends `text` as a JSON string, as serde_json writes it: quoted as it is when no byte
/// needs an escape (a control character, `"` or `\`), else by serde_json.
fn string(buf: &mut Vec<u8>, text: &str) -> io::Result<()> {
    // Without an early exit, so that the test is vectorised.
    let escaped = (text.bytes()).fold(false, |any, b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if escaped {
        return Ok(serde_json::to_writer(buf, text)?);
    }
    buf.reserve(text.len() + 2);
    buf.push(b'"');
    buf.extend_from_slice(text.as_bytes());
    buf.push(b'"');
    Ok(())
}

/// Gathers small writes in `buf` and writes them to `out` 64 KiB at a time: serde_json writes
/// a value a few bytes at a time, and `out` may be a writer behind a `dyn Write`.
struct Chunked<'a, W> {
    out: &'a mut W,
    buf: &'a mut Vec<u8>,
}

impl<W: Write> Chunked<'_, W> {
    const SIZE: usize = 1 << 16;
}

impl<W: Write> Write for Chunked<'_, W> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= Self::SIZE {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes what is gathered to `out` (without flushing `out`).
    fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(self.buf)?;
        self.buf.clear();
        Ok(())
    }
}

/// serde_json's `PrettyFormatter` (two spaces a level) for a value that starts `levels`
/// deep: its line ends are followed by the indentation of those levels too, so the value can
/// be written in place inside the document.
struct Nested {
    /// The levels of indentation after a line end.
    current: usize,
    /// Whether the array or object being written has a value yet.
    has_value: bool,
}

impl Nested {
    fn new(levels: usize) -> Self {
        Nested {
            current: levels,
            has_value: false,
        }
    }

    /// A line end and the current indentation.
    fn line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(out)
    }

    fn indent<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        for _ in 0..self.current {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn begin<W: ?Sized + Write>(&mut self, out: &mut W, open: &[u8]) -> io::Result<()> {
        self.current += 1;
        self.has_value = false;
        out.write_all(open)
    }

    fn end<W: ?Sized + Write>(&mut self, out: &mut W, close: &[u8]) -> io::Result<()> {
        self.current -= 1;
        if self.has_value {
            out.write_all(b"\n")?;
            self.indent(out)?;
        }
        out.write_all(close)
    }
}

impl Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.begin(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.end(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.begin(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.end(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
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

#[cfg(test)]
mod tests {
    use serde_json::json;
    use serde_json::ser::PrettyFormatter;

    use super::*;

    /// A locale's object written directly is what serde writes for it: empty and long entry
    /// lists, entries with and without a line or words, names that need escapes, and the
    /// fields of an l10n.toml.
    #[test]
    fn a_locale_written_directly_is_what_serde_writes() {
        let item = |file: &str, id: &str, line, words| EntryItem {
            file: file.into(),
            id: id.into(),
            line,
            words,
        };
        let mut locale = LocaleReport::new("de\"\n", 7);
        locale.total_words = 30;
        locale.min_coverage = Some(33.3);
        locale.missing_files = vec!["gone.ftl".to_owned()];
        locale.missing_entries = vec![
            item("a.ftl", "a", None, Some(3)),
            item("dir/\"q\".ftl", "b", None, Some(0)),
            item("tab\t\u{1}\u{7f}é\\.ftl", "-t", None, None),
        ];
        locale.obsolete_entries = (0..3000)
            .map(|i| item("o.ftl", &format!("o{i}"), Some(i + 1), None))
            .collect();
        locale.unrecorded_entries = vec![item("u.ftl", "u", Some(4), Some(2))];
        let whole = |locale: &LocaleReport| {
            let json = LocaleJson::new(locale, 2, 1);
            let mut direct = Vec::new();
            let mut buf = Vec::new();
            let mut chunked = Chunked {
                out: &mut direct,
                buf: &mut buf,
            };
            locale_element(&mut chunked, &json).unwrap();
            chunked.flush().unwrap();
            let mut serde = Vec::new();
            element(&mut serde, &json).unwrap();
            assert_eq!(
                String::from_utf8(direct).unwrap(),
                String::from_utf8(serde).unwrap()
            );
        };
        whole(&locale);
        whole(&LocaleReport::new("fr", 0));
        locale.required = Some(crate::check::Required {
            required: 5,
            missing_required: 2,
            report: 1,
            missing_required_files: vec!["r.ftl".to_owned()],
            unmapped_files: Vec::new(),
            skipped_files: 3,
        });
        whole(&locale);
    }

    /// A value written by [`element`] is the pretty JSON of it with four more spaces after
    /// each line end, empty arrays and objects and nested ones included, also when it is
    /// longer than a chunk.
    #[test]
    fn nested_elements_are_pretty_json_indented_by_two_levels() {
        let long: Vec<String> = (0..5000).map(|i| format!("entry-{i}\nline")).collect();
        let value = json!({
            "a": [],
            "b": {},
            "c": [1, [2, {}], {"d": [[]], "e": null}],
            "f": "text with \"quotes\" and\na line end",
            "long": long,
        });
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        let expected = format!("    {}", pretty.replace('\n', "\n    "));
        let mut out = Vec::new();
        let mut buf = Vec::new();
        let mut chunked = Chunked {
            out: &mut out,
            buf: &mut buf,
        };
        element(&mut chunked, &value).unwrap();
        chunked.flush().unwrap();
        assert!(buf.is_empty());
        assert!(expected.len() > 2 * Chunked::<Vec<u8>>::SIZE);
        assert_eq!(String::from_utf8(out).unwrap(), expected);
        let mut top = Vec::new();
        value
            .serialize(&mut Serializer::with_formatter(&mut top, Nested::new(1)))
            .unwrap();
        assert_eq!(
            String::from_utf8(top).unwrap(),
            pretty.replace('\n', "\n  ")
        );
        let mut plain = Vec::new();
        value
            .serialize(&mut Serializer::with_formatter(
                &mut plain,
                PrettyFormatter::new(),
            ))
            .unwrap();
        assert_eq!(String::from_utf8(plain).unwrap(), pretty);
    }
}
