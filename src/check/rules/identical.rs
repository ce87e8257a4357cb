//! Identical text: a translated entry whose text is the reference's (or the pivot's), or is
//! made only of its runs of text, counts as untranslated, unless a comment attached to either
//! carries the marker (`fluentpress: identical`) or the text has no letters.

use std::collections::BTreeSet;

use fluent_syntax::ast::{CallArguments, Entry, Identifier, InlineExpression, Variant};

use crate::catalog::{EntryRef, FtlFile, entry_parts as parts, entry_patterns as patterns};
use crate::check::pattern::Facts;
use crate::ftl::Visit;
use crate::ftl::visit::walk_variants;
use crate::site;

/// Whether the translated `entry` counts as identical to the reference's or the pivot's.
pub(super) fn check(
    (file, entry): (&FtlFile, EntryRef<'_>),
    (ref_file, ref_entry): (&FtlFile, EntryRef<'_>),
    pivot: Option<(&FtlFile, EntryRef<'_>)>,
) -> bool {
    let has_letters = patterns(entry.entry).any(|p| Facts::of(p).has_letters());
    if !has_letters || marked(file, entry.offset) || marked(ref_file, ref_entry.offset) {
        return false;
    }
    copied(entry.entry, ref_entry.entry)
        || pivot.is_some_and(|(pf, pe)| copied(entry.entry, pe.entry) && !marked(pf, pe.offset))
}

/// Whether `translation` is a copy of `original`: the same values and attributes, or text
/// made only of `original`'s pieces (such as an untranslated entry uncommented from an
/// `add-locale` file, whose plural variants all repeat the pivot's `[other]` text).
fn copied<'a>(translation: &'a Entry<&'a str>, original: &'a Entry<&'a str>) -> bool {
    if same(translation, original) {
        return true;
    }
    // Borrowed runs of text: nothing is copied for a comparison made once per entry.
    fn fragments<'a>(entry: &'a Entry<&'a str>) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        patterns(entry).for_each(|p| Fragments(&mut out).visit_pattern(p));
        out
    }
    let ours = fragments(translation);
    !ours.is_empty() && ours.is_subset(&fragments(original))
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
fn marked(file: &FtlFile, offset: usize) -> bool {
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
