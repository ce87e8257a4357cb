//! Identical text: a translated entry whose text is the reference's (or the pivot's), or is
//! made only of its runs of text, counts as untranslated, unless a comment attached to either
//! carries the marker (`fluentpress: identical`) or the text has no letters.

use std::collections::BTreeSet;

use fluent_syntax::ast::{CallArguments, Entry, Identifier, InlineExpression, Variant};

use crate::catalog::{EntryRef, FtlFile, entry_parts as parts, entry_patterns as patterns};
use crate::check::pattern::Facts;
use crate::check::prepared::PreparedEntry;
use crate::ftl::Visit;
use crate::ftl::visit::walk_variants;
use crate::site;

/// What the identical-text check needs of a translated entry, gathered from the facts of each
/// of its patterns as they are walked.
#[derive(Default)]
pub(super) struct Copy<'a> {
    /// Whether some pattern's text (string literals included) has a letter.
    letters: bool,
    /// The runs of text with a letter of all its patterns (see [`Facts::fragments`]).
    fragments: Vec<&'a str>,
}

impl<'a> Copy<'a> {
    /// Adds one pattern's facts.
    pub(super) fn add(&mut self, facts: &Facts<'a>) {
        self.letters |= facts.has_letters();
        self.fragments.extend_from_slice(&facts.fragments);
    }

    /// Whether the translated `entry` counts as identical to the reference's (prepared) or the
    /// pivot's.
    pub(super) fn identical(
        &self,
        (file, entry): (&FtlFile, EntryRef<'_>),
        (ref_entry, prepared): (EntryRef<'_>, &PreparedEntry<'_>),
        pivot: Option<(&FtlFile, EntryRef<'_>)>,
    ) -> bool {
        if !self.letters || prepared.marked {
            return false;
        }
        let of_reference = same(entry.entry, ref_entry.entry)
            || (!self.fragments.is_empty()
                && self
                    .fragments
                    .iter()
                    .all(|f| prepared.fragments.binary_search(f).is_ok()));
        let copied = of_reference
            || pivot.is_some_and(|(pf, pe)| {
                (same(entry.entry, pe.entry) || self.made_of(pe.entry)) && !marked(pf, pe.offset)
            });
        copied && !marked(file, entry.offset)
    }

    /// Whether the runs of text are all runs of `original`'s (such as an untranslated entry
    /// uncommented from an `add-locale` file, whose plural variants all repeat the pivot's
    /// `[other]` text).
    fn made_of<'b>(&self, original: &'b Entry<&'b str>) -> bool {
        // Borrowed runs of text: nothing is copied for a comparison made once per entry.
        let mut theirs = BTreeSet::new();
        patterns(original).for_each(|p| Fragments(&mut theirs).visit_pattern(p));
        !self.fragments.is_empty() && self.fragments.iter().all(|f| theirs.contains(*f))
    }
}

/// The runs of text of a pattern and of its select variants that contain a letter, exactly as
/// written (a translation that only changes spacing, `5 h` for `5h`, is a translation).
/// Arguments of calls and selectors are not text of the pattern.
struct Fragments<'s, 'a>(&'s mut BTreeSet<&'a str>);

impl<'a> Visit<'a> for Fragments<'_, 'a> {
    fn visit_text(&mut self, text: &'a str) {
        if text.chars().any(char::is_alphabetic) {
            self.0.insert(text);
        }
    }

    fn visit_select(
        &mut self,
        _selector: &'a InlineExpression<&'a str>,
        variants: &'a [Variant<&'a str>],
    ) {
        walk_variants(self, variants);
    }

    fn visit_function(
        &mut self,
        _id: &'a Identifier<&'a str>,
        _arguments: &'a CallArguments<&'a str>,
    ) {
    }

    fn visit_term_reference(
        &mut self,
        _id: &'a Identifier<&'a str>,
        _attribute: Option<&'a Identifier<&'a str>>,
        _arguments: Option<&'a CallArguments<&'a str>>,
    ) {
    }
}

/// Whether two entries have equal values and attributes.
fn same(a: &Entry<&str>, b: &Entry<&str>) -> bool {
    let (av, aa) = parts(a);
    let (bv, ba) = parts(b);
    av == bv
        && aa.len() == ba.len()
        && aa.iter().all(|x| {
            ba.iter()
                .any(|y| y.id.name == x.id.name && y.value == x.value)
        })
}

/// Whether the comment lines right above the entry at `offset` carry [`site::IDENTICAL_MARKER`].
pub(crate) fn marked(file: &FtlFile, offset: usize) -> bool {
    let source = file.source();
    let line_start = source[..offset.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    for line in source[..line_start].lines().rev() {
        if !line.starts_with('#') {
            break;
        }
        if line.contains(site::IDENTICAL_MARKER) {
            return true;
        }
    }
    false
}
