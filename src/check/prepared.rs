//! What every locale's check reads from a reference entry, computed once for all of them before
//! the locales are compared: the facts and markup of its value and attributes, its words, the
//! variables its comment documents, whether it carries the identical marker, its runs of text
//! and the messages and terms it references; and its parsed `.style` attributes.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::Index;
use super::pattern::{self, Facts};
use super::rules::ReferenceStyles;
use crate::catalog::{EntryRef, FtlFile, entry_parts};
use crate::site::is_optional_term;

/// The reference's entries prepared, in the order of its index: per file (sorted by path),
/// per entry (in file order).
pub(crate) struct Prepared<'a> {
    /// The reference's file paths, sorted: a file's position in the lists below.
    paths: Vec<&'a str>,
    /// The same paths, shared by the entries every locale lists (missing or identical).
    pub(crate) shared_paths: Vec<Arc<str>>,
    pub(crate) files: Vec<Vec<PreparedEntry<'a>>>,
    /// Per file, the entries every locale is measured against (optional terms left out), as
    /// positions in the file's entries, in file order: walked in this order, the prepared
    /// entries are read in the order they lie in memory.
    pub(crate) counted: Vec<Vec<usize>>,
    /// The reference's `style` attributes that are CSS, parsed.
    pub(crate) styles: ReferenceStyles<'a>,
}

impl<'a> Prepared<'a> {
    /// Prepares every entry of `reference`.
    pub(crate) fn new(reference: &Index<'a>) -> Self {
        let files = reference
            .files
            .values()
            .map(|(file, entries)| {
                entries
                    .values()
                    .map(|entry| PreparedEntry::new(file, entry))
                    .collect()
            })
            .collect();
        let counted = reference
            .files
            .values()
            .map(|(_, entries)| {
                let counted = entries.keys().enumerate();
                let counted = counted.filter(|(_, key)| !is_optional_term(key));
                counted.map(|(i, _)| i).collect()
            })
            .collect();
        Prepared {
            paths: reference.files.keys().copied().collect(),
            shared_paths: reference.files.keys().map(|&p| p.into()).collect(),
            files,
            counted,
            styles: ReferenceStyles::new(reference),
        }
    }
}

impl Prepared<'_> {
    /// The position of the reference's file at `path` in the lists, if it has one.
    pub(crate) fn position(&self, path: &str) -> Option<usize> {
        self.paths.binary_search(&path).ok()
    }
}

/// One reference entry, as every locale's check reads it. What every translated entry is
/// compared with comes first, in one cache line (whether it has a value, the shape of each of
/// its patterns, its attributes' names, a filter of its runs of text): most entries are
/// checked reading little more of it.
#[repr(C, align(64))]
pub(crate) struct PreparedEntry<'a> {
    /// Whether it has a value.
    pub(crate) has_value: bool,
    /// Whether the comment above it carries the identical marker.
    pub(crate) marked: bool,
    /// The shape of its value (of nothing, when it has none).
    value_shape: Shape,
    /// A set of bits, one per run of text (see [`fragment_bit`]): a run whose bit is not
    /// set is not one of [`fragments`](Self::fragments).
    fragment_bits: u64,
    /// Its attributes' names, in order, with the shape of each one's pattern.
    pub(crate) names: Vec<(&'a str, Shape)>,
    /// Its value's pattern, if it has one, then its attributes', in order.
    patterns: Vec<PreparedPattern<'a>>,
    /// Its id, shared by the entries every locale lists (missing or identical).
    pub(crate) id: Arc<str>,
    /// Words of its value and attributes.
    pub(crate) words: usize,
    /// The variables the comment above it documents.
    pub(crate) documented: Vec<&'a str>,
    /// The runs of text of all its patterns that contain a letter, sorted, each once.
    pub(crate) fragments: Vec<&'a str>,
    /// The keys of every message and term its patterns reference.
    pub(crate) references: Vec<Cow<'a, str>>,
}

/// What the rules first ask of a reference pattern: whether it shows variables, references
/// messages or terms, or has markup. Only when it does (or the translation does) is the
/// pattern itself read.
#[derive(Clone, Copy, Default)]
pub(crate) struct Shape {
    /// Whether it shows a variable.
    pub(crate) shows: bool,
    /// Whether it references a message or term.
    pub(crate) references: bool,
    /// Whether it has markup tags.
    pub(crate) markup: bool,
}

/// A pattern of a reference entry with its shape, read from the entry's first cache line.
#[derive(Clone, Copy)]
pub(crate) struct Part<'p, 'a> {
    pub(crate) shape: Shape,
    pub(crate) pattern: &'p PreparedPattern<'a>,
}

/// One pattern of a reference entry.
pub(crate) struct PreparedPattern<'a> {
    pub(crate) facts: Facts<'a>,
    /// Whether it is blank (see [`Facts::is_blank`]).
    pub(crate) blank: bool,
    /// Its markup tags (see [`Facts::markup`]).
    pub(crate) markup: BTreeSet<String>,
}

impl<'a> PreparedPattern<'a> {
    fn new(pattern: &'a fluent_syntax::ast::Pattern<&'a str>, source: &'a str) -> Self {
        let facts = Facts::of(pattern, source);
        PreparedPattern {
            markup: facts.markup(),
            blank: facts.is_blank(),
            facts,
        }
    }

    fn shape(&self) -> Shape {
        Shape {
            shows: !self.facts.shown.is_empty(),
            references: !self.facts.references.is_empty(),
            markup: !self.markup.is_empty(),
        }
    }
}

impl<'a> PreparedEntry<'a> {
    fn new(file: &'a FtlFile, entry: &EntryRef<'a>) -> Self {
        let source = file.source();
        let (value, attributes) = entry_parts(entry.entry);
        let patterns: Vec<_> = value
            .into_iter()
            .chain(attributes.iter().map(|a| &a.value))
            .map(|p| PreparedPattern::new(p, source))
            .collect();
        let facts = || patterns.iter().map(|p| &p.facts);
        let mut fragments: Vec<&str> = facts().flat_map(|f| f.fragments.iter().copied()).collect();
        fragments.sort_unstable();
        fragments.dedup();
        let references = facts()
            .flat_map(|f| f.references.iter().map(|r| r.key.clone()))
            .collect();
        let has_value = value.is_some();
        let attribute_patterns = &patterns[usize::from(has_value)..];
        PreparedEntry {
            has_value,
            marked: super::rules::marked(file, entry.offset),
            value_shape: match has_value {
                true => patterns[0].shape(),
                false => Shape::default(),
            },
            fragment_bits: fragments.iter().fold(0, |bits, f| bits | fragment_bit(f)),
            names: attributes
                .iter()
                .zip(attribute_patterns)
                .map(|(a, p)| (a.id.name, p.shape()))
                .collect(),
            id: entry.key.into(),
            words: facts().map(Facts::words).sum(),
            documented: super::provided::documented(source, entry.offset),
            fragments,
            references,
            patterns,
        }
    }

    /// Its value, if it has one.
    pub(crate) fn value(&self) -> Option<Part<'_, 'a>> {
        let pattern = self.patterns.first().filter(|_| self.has_value)?;
        Some(Part {
            shape: self.value_shape,
            pattern,
        })
    }

    /// The attribute `name` (the first, when it is defined twice).
    pub(crate) fn attribute(&self, name: &str) -> Option<Part<'_, 'a>> {
        let at = self.names.iter().position(|(n, _)| *n == name)?;
        Some(Part {
            shape: self.names[at].1,
            pattern: self.patterns.get(usize::from(self.has_value) + at)?,
        })
    }

    /// Whether `run` is one of its runs of text with a letter.
    pub(crate) fn has_fragment(&self, run: &str) -> bool {
        self.fragment_bits & fragment_bit(run) != 0 && self.fragments.binary_search(&run).is_ok()
    }
}

/// One of 64 bits, chosen by a hash of `run`.
fn fragment_bit(run: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    run.hash(&mut hasher);
    1 << (hasher.finish() >> 58)
}

/// Words of an entry's value and attributes, without gathering their other facts.
pub(crate) fn words(entry: &EntryRef<'_>) -> usize {
    let (value, attributes) = entry_parts(entry.entry);
    value.map_or(0, pattern::words)
        + attributes
            .iter()
            .map(|a| pattern::words(&a.value))
            .sum::<usize>()
}
