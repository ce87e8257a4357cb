//! What every locale's check reads from a reference entry, computed once for all of them before
//! the locales are compared: the facts and markup of its value and attributes, its words, the
//! variables its comment documents, whether it carries the identical marker, its runs of text
//! and the messages and terms it references; and its parsed `.style` attributes.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::FxHashMap;

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
    /// The same positions sorted by id, the order of the list of a locale's missing
    /// entries.
    pub(crate) by_id: Vec<Vec<usize>>,
    /// The reference's `style` attributes that are CSS, parsed.
    pub(crate) styles: ReferenceStyles<'a>,
    /// The names of the reference's attributes, numbered.
    pub(crate) attribute_names: AttributeNames<'a>,
}

/// The names of the reference's attributes, each numbered once (a tree has a few dozen): an
/// entry's attributes are kept as numbers, compared without reading their text.
#[derive(Default)]
pub(crate) struct AttributeNames<'a> {
    numbers: FxHashMap<&'a str, u32>,
    names: Vec<&'a str>,
}

impl<'a> AttributeNames<'a> {
    /// The number of `name`, given it if it has none yet.
    fn add(&mut self, name: &'a str) -> u32 {
        let next = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        let number = *self.numbers.entry(name).or_insert(next);
        if number == next {
            self.names.push(name);
        }
        number
    }

    /// The number of `name`, if some reference entry has an attribute of that name.
    pub(crate) fn number(&self, name: &str) -> Option<u32> {
        self.numbers.get(name).copied()
    }

    /// The name numbered `number`.
    pub(crate) fn name(&self, number: u32) -> &'a str {
        usize::try_from(number)
            .ok()
            .and_then(|n| self.names.get(n))
            .copied()
            .unwrap_or_default()
    }
}

impl<'a> Prepared<'a> {
    /// Prepares every entry of `reference`.
    pub(crate) fn new(reference: &Index<'a>) -> Self {
        let mut attribute_names = AttributeNames::default();
        let files = reference
            .files
            .values()
            .map(|(file, entries)| {
                entries
                    .values()
                    .map(|entry| PreparedEntry::new(file, entry, &mut attribute_names))
                    .collect()
            })
            .collect();
        let counted: Vec<Vec<usize>> = reference
            .files
            .values()
            .map(|(_, entries)| {
                let counted = entries.keys().enumerate();
                let counted = counted.filter(|(_, key)| !is_optional_term(key));
                counted.map(|(i, _)| i).collect()
            })
            .collect();
        let by_id = reference
            .files
            .values()
            .zip(&counted)
            .map(|((_, entries), counted)| {
                let mut by_id = counted.clone();
                by_id.sort_unstable_by_key(|&i| entries.get_index(i).map(|(key, _)| *key));
                by_id
            })
            .collect();
        Prepared {
            paths: reference.files.keys().copied().collect(),
            shared_paths: reference.files.keys().map(|&p| p.into()).collect(),
            files,
            counted,
            by_id,
            styles: ReferenceStyles::new(reference),
            attribute_names,
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
/// its patterns, its attributes' numbers, a filter of its runs of text): most entries are
/// checked reading little more of it.
#[repr(C, align(64))]
pub(crate) struct PreparedEntry<'a> {
    /// Whether it has a value.
    pub(crate) has_value: bool,
    /// Whether the comment above it carries the identical marker.
    pub(crate) marked: bool,
    /// The shape of its value (of nothing, when it has none).
    value_shape: Shape,
    /// How many of `inline` are its attributes.
    inline_count: u8,
    /// A set of bits, one per run of text (see [`fragment_bit`]): a run whose bit is not
    /// set is not one of [`fragments`](Self::fragments).
    fragment_bits: u32,
    /// Its attributes' numbers (see [`AttributeNames`]) and shapes, in order, when it has at
    /// most [`INLINE`] of them;
    inline: [(u32, Shape); INLINE],
    /// else all of them here.
    more: Box<[(u32, Shape)]>,
    /// Its value's pattern, if it has one, then its attributes', in order.
    patterns: Box<[PreparedPattern<'a>]>,
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

/// How many attributes an entry keeps in its first cache line: all of most entries'.
const INLINE: usize = 3;

/// What the rules first ask of a reference pattern: whether it shows variables, references
/// messages or terms, or has markup. Only when it does (or the translation does) is the
/// pattern itself read.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Shape(u8);

impl Shape {
    const SHOWS: u8 = 1;
    const REFERENCES: u8 = 2;
    const MARKUP: u8 = 4;

    /// Whether it shows a variable.
    pub(crate) fn shows(self) -> bool {
        self.0 & Self::SHOWS != 0
    }

    /// Whether it references a message or term.
    pub(crate) fn references(self) -> bool {
        self.0 & Self::REFERENCES != 0
    }

    /// Whether it has markup tags.
    pub(crate) fn markup(self) -> bool {
        self.0 & Self::MARKUP != 0
    }
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
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        Shape(
            flag(!self.facts.shown.is_empty(), Shape::SHOWS)
                | flag(!self.facts.references.is_empty(), Shape::REFERENCES)
                | flag(!self.markup.is_empty(), Shape::MARKUP),
        )
    }
}

impl<'a> PreparedEntry<'a> {
    fn new(file: &'a FtlFile, entry: &EntryRef<'a>, names: &mut AttributeNames<'a>) -> Self {
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
        let words = facts().map(Facts::words).sum();
        let has_value = value.is_some();
        let attribute_patterns = patterns.get(usize::from(has_value)..).unwrap_or_default();
        let numbered: Vec<(u32, Shape)> = attributes
            .iter()
            .zip(attribute_patterns)
            .map(|(a, p)| (names.add(a.id.name), p.shape()))
            .collect();
        let mut inline = [(0, Shape::default()); INLINE];
        let (inline_count, more) = match inline.get_mut(..numbered.len()) {
            Some(slots) => {
                slots.copy_from_slice(&numbered);
                (numbered.len() as u8, Box::default())
            }
            None => (0, numbered.into_boxed_slice()),
        };
        PreparedEntry {
            has_value,
            marked: super::rules::marked(file, entry.offset),
            value_shape: match has_value {
                true => patterns[0].shape(),
                false => Shape::default(),
            },
            inline_count,
            fragment_bits: fragments.iter().fold(0, |bits, f| bits | fragment_bit(f)),
            inline,
            more,
            patterns: patterns.into_boxed_slice(),
            id: entry.key.into(),
            words,
            documented: super::provided::documented(source, entry.offset),
            fragments,
            references,
        }
    }

    /// Its attributes' numbers (see [`AttributeNames`]) and shapes, in order.
    pub(crate) fn attributes(&self) -> &[(u32, Shape)] {
        match self.more.is_empty() {
            true => &self.inline[..usize::from(self.inline_count)],
            false => &self.more,
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

    /// The attribute numbered `number` (the first, when it is defined twice).
    pub(crate) fn attribute(&self, number: u32) -> Option<Part<'_, 'a>> {
        let attributes = self.attributes();
        let at = attributes.iter().position(|(n, _)| *n == number)?;
        Some(Part {
            shape: attributes[at].1,
            pattern: self.patterns.get(usize::from(self.has_value) + at)?,
        })
    }

    /// Whether `run` is one of its runs of text with a letter.
    pub(crate) fn has_fragment(&self, run: &str) -> bool {
        self.fragment_bits & fragment_bit(run) != 0 && self.fragments.binary_search(&run).is_ok()
    }
}

/// One of 32 bits, chosen by a hash of `run`.
fn fragment_bit(run: &str) -> u32 {
    let mut hasher = rustc_hash::FxHasher::default();
    run.hash(&mut hasher);
    1 << (hasher.finish() >> 59)
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
