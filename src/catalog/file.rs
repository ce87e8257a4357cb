//! One parsed FTL file: its resource and syntax errors, positions in its text, and its
//! messages and terms in order, and (parsed on first use, then kept) its syntax tree with the
//! comments that the runtime parse drops.

use std::path::PathBuf;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use fluent_syntax::parser::ParserError;

/// One parsed FTL file.
#[derive(Debug)]
pub struct FtlFile {
    /// Path relative to the locale folder, with `/` separators.
    pub rel_path: String,
    /// The file on disk.
    pub path: PathBuf,
    /// The parsed resource (Junk included) over the file's text without its BOM.
    pub resource: FluentResource,
    /// Syntax errors, with byte ranges into [`FtlFile::source`].
    pub parse_errors: Vec<ParserError>,
    /// Whether the file started with a byte order mark.
    pub had_bom: bool,
    /// Byte offsets of the line starts, found the first time a position is asked for (most
    /// files of a check never are).
    line_starts: OnceLock<Vec<usize>>,
    /// The syntax tree with comments, parsed by [`FtlFile::commented`] when first asked for.
    commented: OnceLock<ast::Resource<String>>,
}

/// Whether an entry is a message or a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// `id = …`
    Message,
    /// `-id = …`
    Term,
}

/// A message or term of a file, with its position.
#[derive(Debug, Clone, Copy)]
pub struct EntryRef<'a> {
    /// The id as it is keyed everywhere: terms carry their leading `-`.
    pub key: &'a str,
    /// The id without the `-` of a term.
    pub name: &'a str,
    /// Message or term.
    pub kind: EntryKind,
    /// Byte offset of the identifier in the file's source.
    pub offset: usize,
    /// The entry's AST.
    pub entry: &'a ast::Entry<&'a str>,
}

/// A 1-based line and column (column counted in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// The value and attributes of a message or term (nothing for comments and Junk).
pub(crate) fn entry_parts<'a>(
    entry: &'a ast::Entry<&'a str>,
) -> (
    Option<&'a ast::Pattern<&'a str>>,
    &'a [ast::Attribute<&'a str>],
) {
    match entry {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => (None, &[]),
    }
}

/// Every pattern of a message or term: its value, then its attributes'.
pub(crate) fn entry_patterns<'a>(
    entry: &'a ast::Entry<&'a str>,
) -> impl Iterator<Item = &'a ast::Pattern<&'a str>> {
    let (value, attributes) = entry_parts(entry);
    value.into_iter().chain(attributes.iter().map(|a| &a.value))
}

impl FtlFile {
    /// Parses `text` read from `path`. Never fails: syntax errors become Junk and `parse_errors`.
    pub(crate) fn parse(rel_path: String, path: PathBuf, mut text: String) -> Self {
        let had_bom = text.starts_with('\u{feff}');
        if had_bom {
            text.drain(..3);
        }
        let (resource, parse_errors) = match FluentResource::try_new(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        FtlFile {
            rel_path,
            path,
            resource,
            parse_errors,
            had_bom,
            line_starts: OnceLock::new(),
            commented: OnceLock::new(),
        }
    }

    /// The file's syntax tree with its comments (fluent-syntax's full parser; Junk included),
    /// for the writers that copy comments. Parsed on the first call and kept: the runtime
    /// [`resource`](FtlFile::resource) drops comments.
    pub(crate) fn commented(&self) -> &ast::Resource<String> {
        self.commented.get_or_init(|| {
            match fluent_syntax::parser::parse(self.source().to_owned()) {
                Ok(resource) | Err((resource, _)) => resource,
            }
        })
    }

    /// The file's text (without a BOM).
    pub(crate) fn source(&self) -> &str {
        self.resource.source()
    }

    /// Byte offset of `slice` inside [`FtlFile::source`]; `slice` must borrow from it.
    pub(crate) fn offset_of(&self, slice: &str) -> usize {
        let base = self.source().as_ptr() as usize;
        (slice.as_ptr() as usize)
            .saturating_sub(base)
            .min(self.source().len())
    }

    /// The byte range of `slice` inside [`FtlFile::source`]; `slice` must borrow from it.
    pub(crate) fn span_of(&self, slice: &str) -> std::ops::Range<usize> {
        let start = self.offset_of(slice);
        start..start + slice.len()
    }

    /// The number of line ends in the bytes `from..to` of [`FtlFile::source`] (both clamped
    /// to its length).
    pub(crate) fn lines_between(&self, from: usize, to: usize) -> usize {
        let bytes = self.source().as_bytes();
        let to = to.min(bytes.len());
        bytes
            .get(from.min(to)..to)
            .map_or(0, |b| memchr::memchr_iter(b'\n', b).count())
    }

    /// Line and column of a byte offset.
    pub(crate) fn position(&self, offset: usize) -> Position {
        let line_starts = self.line_starts.get_or_init(|| {
            let bytes = self.source().as_bytes();
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
                .collect()
        });
        let line = line_starts.partition_point(|&start| start <= offset).max(1);
        let start = line_starts[line - 1];
        let end = offset.min(self.source().len());
        let column = self
            .source()
            .get(start..end)
            .map_or(end - start, |s| s.chars().count())
            + 1;
        Position { line, column }
    }

    /// The messages and terms of the file, in order.
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        self.resource.entries().filter_map(move |entry| {
            let (id, kind) = match entry {
                ast::Entry::Message(m) => (&m.id, EntryKind::Message),
                ast::Entry::Term(t) => (&t.id, EntryKind::Term),
                _ => return None,
            };
            let offset = self.offset_of(id.name);
            // A term's key includes its `-`, which sits just before the identifier.
            let key = match kind {
                EntryKind::Message => id.name,
                EntryKind::Term => self
                    .source()
                    .get(offset.saturating_sub(1)..offset + id.name.len())
                    .unwrap_or(id.name),
            };
            Some(EntryRef {
                key,
                name: id.name,
                kind,
                offset,
                entry,
            })
        })
    }

    /// The Junk (unparsable) parts of the file with their byte offsets.
    pub(crate) fn junk(&self) -> impl Iterator<Item = (usize, &str)> {
        self.resource
            .entries()
            .filter_map(move |entry| match entry {
                ast::Entry::Junk { content } => Some((self.offset_of(content), *content)),
                _ => None,
            })
    }
}
