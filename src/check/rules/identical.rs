//! Identical text: a translated entry whose text is the reference's (or the pivot's), or is
//! made only of its runs of text, counts as untranslated, unless a comment attached to either
//! carries the marker (`fluentpress: identical`) or the text has no letters.

use std::collections::BTreeSet;

use fluent_syntax::ast::{CallArguments, Entry, Identifier, InlineExpression, Variant};

use crate::catalog::{EntryRef, FtlFile, entry_parts as parts, entry_patterns as patterns};
use crate::check::pattern::{Facts, has_letter};
use crate::check::prepared::PreparedEntry;
use crate::ftl::Visit;
use crate::ftl::visit::walk_variants;
use crate::site;

/// What the identical-text check needs of a translated entry, gathered from the facts of each
/// of its patterns as they are walked.
pub(super) struct Copy<'p> {
    /// Whether some pattern's text (string literals included) has a letter.
    letters: bool,
    /// Whether the patterns have runs of text with a letter (see [`Facts::fragments`]).
    fragments: bool,
    /// Whether all those runs are runs of the reference entry's,
    of_reference: bool,
    /// and of the pivot entry's (the pivot entry's runs, when there is one).
    of_pivot: Option<(BTreeSet<&'p str>, bool)>,
}

impl<'p> Copy<'p> {
    /// Nothing gathered yet; `pivot` is the pivot's entry, if any.
    pub(super) fn new(pivot: Option<&'p Entry<&'p str>>) -> Self {
        let of_pivot = pivot.map(|entry| {
            let mut runs = BTreeSet::new();
            patterns(entry).for_each(|p| Fragments(&mut runs).visit_pattern(p));
            (runs, true)
        });
        Copy {
            letters: false,
            fragments: false,
            of_reference: true,
            of_pivot,
        }
    }

    /// Adds one pattern's facts, compared with the reference's runs of text (`prepared`).
    pub(super) fn add(&mut self, facts: &Facts<'_>, prepared: &PreparedEntry<'_>) {
        self.letters |= facts.has_letters();
        self.fragments |= !facts.fragments.is_empty();
        self.of_reference =
            self.of_reference && facts.fragments.iter().all(|f| prepared.has_fragment(f));
        if let Some((runs, all)) = &mut self.of_pivot {
            *all = *all && facts.fragments.iter().all(|f| runs.contains(f));
        }
    }

    /// Whether the translated `entry` counts as identical to the reference's (prepared) or the
    /// pivot's: the same text, or text made only of its runs of text (such as an untranslated
    /// entry uncommented from an `add-locale` file, whose plural variants all repeat the
    /// pivot's `[other]` text).
    pub(super) fn identical(
        &self,
        (file, entry): (&FtlFile, EntryRef<'_>),
        (ref_entry, prepared): (EntryRef<'_>, &PreparedEntry<'_>),
        pivot: Option<(&FtlFile, EntryRef<'_>)>,
    ) -> bool {
        if !self.letters || prepared.marked {
            return false;
        }
        // Equal entries have equal runs of text, so when some run is not the reference's the
        // entries differ, and when there are runs, all the reference's, the entry counts
        // already: the syntax trees are compared only when the entry has no run of text.
        let of_reference =
            self.of_reference && (self.fragments || same(entry.entry, ref_entry.entry));
        let of_pivot = || {
            let made_of = self.fragments && self.of_pivot.as_ref().is_some_and(|(_, all)| *all);
            pivot.is_some_and(|(pf, pe)| {
                (same(entry.entry, pe.entry) || made_of) && !marked(pf, pe.offset)
            })
        };
        (of_reference || of_pivot()) && !marked(file, entry.offset)
    }
}

/// The runs of text of a pattern and of its select variants that contain a letter, exactly as
/// written (a translation that only changes spacing, `5 h` for `5h`, is a translation).
/// Arguments of calls and selectors are not text of the pattern.
struct Fragments<'s, 'a>(&'s mut BTreeSet<&'a str>);

impl<'a> Visit<'a> for Fragments<'_, 'a> {
    fn visit_text(&mut self, text: &'a str) {
        if has_letter(text) {
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
    // The lines above, last first, each found with one backward search for its start (as
    // `lines()` splits them: a `\r` before the `\n` is not part of the line).
    let bytes = source.as_bytes();
    let mut end = line_start;
    while let Some(body_end) = end.checked_sub(1) {
        let start = memchr::memrchr(b'\n', &bytes[..body_end]).map_or(0, |i| i + 1);
        let line = &source[start..body_end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        if !line.starts_with('#') {
            break;
        }
        if line.contains(site::IDENTICAL_MARKER) {
            return true;
        }
        end = start;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked_at(text: &str, id: &str) -> bool {
        let file = FtlFile::parse("a.ftl".into(), "a.ftl".into(), text.into());
        marked(&file, file.source().find(id).unwrap())
    }

    #[test]
    fn only_the_comment_lines_right_above_count() {
        let marker = site::IDENTICAL_MARKER;
        let text = format!(
            "# {marker}\n\na = A\n# x\n# {marker}\n# y\nb = B\n#{marker}\r\nc = C\nd = D\n"
        );
        assert!(!marked_at(&text, "a ="));
        assert!(marked_at(&text, "b ="));
        assert!(marked_at(&text, "c ="));
        assert!(!marked_at(&text, "d ="));
        assert!(marked_at(&format!("#{marker}\ne = E\n"), "e ="));
        assert!(!marked_at("e = E\n", "e ="));
    }
}
