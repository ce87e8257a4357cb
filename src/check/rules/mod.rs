//! The rules that compare one translated entry with its reference entry, one module per
//! family: [`attributes`] (values and attributes present, duplicated, empty), [`variables`],
//! [`references`] (to messages and terms that exist), [`reference_sets`] (the references of
//! each part compared with the reference's), [`plurals`] (variant keys of the locale's plural
//! categories), [`markup`], [`style`] (Mozilla's CSS `.style` attributes), [`scripts`] (Han
//! characters), [`replacement`] (U+FFFD, text damaged by a decoder), and [`identical`]
//! (untranslated copies). Each rule looks at one entry or pattern and pushes its findings;
//! none reads files.

mod attributes;
mod identical;
mod markup;
pub(crate) mod plurals;
mod reference_sets;
mod references;
mod replacement;
pub(crate) mod scripts;
mod style;
mod variables;

pub(crate) use references::{Unresolved, unresolved};
pub(crate) use style::ReferenceStyles;

use super::pattern::Facts;
use super::prepared::{AttributeNames, Part, PreparedEntry, PreparedPattern, Shape};
use super::{Code, Diagnostic, Findings, Index, ProvidedVariables};

use crate::catalog::{EntryKind, EntryRef, FtlFile, entry_parts};
use crate::locale::Locale;

/// What the per-entry rules know about the locale.
pub(crate) struct Context<'a> {
    pub(crate) locale: &'a str,
    /// Variables passed whatever the reference's text uses.
    pub(crate) provided: &'a ProvidedVariables,
    /// The language, when the folder name is a tag.
    pub(crate) language: Option<&'a Locale>,
    /// The cardinal plural categories, when known.
    pub(crate) plurals: Option<&'a plurals::Categories>,
    /// Every entry key of the reference folder.
    pub(crate) reference_keys: &'a rustc_hash::FxHashMap<&'a str, (&'a FtlFile, EntryRef<'a>)>,
    /// The reference's `style` attributes that are CSS, parsed once for all locales.
    pub(crate) reference_styles: &'a ReferenceStyles<'a>,
    /// The names of the reference's attributes, numbered.
    pub(crate) attribute_names: &'a AttributeNames<'a>,
    /// Whether the reference is in a language written with Han characters.
    pub(crate) reference_uses_han: bool,
}

/// A finding about `entry` at its id (terms with their `-`).
fn at_id(code: Code, file: &FtlFile, entry: &EntryRef<'_>) -> Diagnostic {
    Diagnostic::at(code, file, file.span_of(entry.key)).id(entry.key)
}

/// Whether the comment lines right above the entry at `offset` carry the identical marker.
pub(crate) use identical::marked;

/// Compares a translated entry with the reference entry (`prepared` is what every locale reads
/// of it); pushes findings, and the references the locale as a whole must resolve to
/// `unresolved`, and returns whether the entry counts as identical (untranslated). Each pattern
/// of the translation is walked once.
#[allow(clippy::too_many_arguments)]
pub(crate) fn entry<'a>(
    cx: &Context<'_>,
    reference: &Index<'_>,
    (ref_entry, prepared): (EntryRef<'_>, &PreparedEntry<'_>),
    (file, entry): (&'a FtlFile, EntryRef<'a>),
    pivot: Option<(&FtlFile, EntryRef<'_>)>,
    facts: &mut Facts<'a>,
    out: &mut Findings,
    unresolved: &mut Vec<Unresolved>,
) -> bool {
    attributes::check(file, &entry, prepared, cx.attribute_names, out);
    let (value, attrs) = entry_parts(entry.entry);
    let source = file.source();
    let mut copy = identical::Copy::new(pivot.map(|(_, e)| e.entry));
    let parts = value
        .map(|value| (What::Value, value, None))
        .into_iter()
        .chain(
            attrs
                .iter()
                .map(|a| (What::Attribute(a.id.name), &a.value, Some(a))),
        );
    for (what, pattern, attr) in parts {
        let part = match attr {
            None => prepared.value(),
            Some(attr) => {
                if let Some(declarations) = style::reference(cx, file, &entry, attr) {
                    style::check(file, &entry, &attr.value, declarations, out);
                }
                // Term attributes (`.gender`) are the translation's own: only checked in
                // themselves.
                match entry.kind {
                    EntryKind::Term => None,
                    EntryKind::Message => cx
                        .attribute_names
                        .number(attr.id.name)
                        .and_then(|n| prepared.attribute(n)),
                }
            }
        };
        facts.refill(pattern, source);
        self::pattern(
            cx,
            file,
            &entry,
            what,
            part,
            &prepared.documented,
            facts,
            out,
        );
        if !facts.references.is_empty() {
            self::unresolved(reference, file, entry, facts, Some(prepared), unresolved);
        }
        copy.add(facts, prepared);
    }
    copy.identical((file, entry), (ref_entry, prepared), pivot)
}

/// One pattern of a translated entry, what it holds, and what its reference pattern holds.
pub(crate) struct PatternCheck<'a> {
    pub(crate) cx: &'a Context<'a>,
    pub(crate) file: &'a FtlFile,
    pub(crate) entry: &'a EntryRef<'a>,
    /// `the value` or ``attribute `.name` ``, for messages.
    pub(crate) what: What<'a>,
    pub(crate) facts: &'a Facts<'a>,
    pub(crate) reference: Option<&'a PreparedPattern<'a>>,
    /// The variables the comment above the reference entry documents: passed too.
    pub(crate) documented: &'a [&'a str],
}

/// Which part of an entry a pattern is: shown as `the value` or ``attribute `.name` ``.
#[derive(Debug, Clone, Copy)]
pub(crate) enum What<'a> {
    Value,
    Attribute(&'a str),
}

impl std::fmt::Display for What<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            What::Value => f.write_str("the value"),
            What::Attribute(name) => write!(f, "attribute `.{name}`"),
        }
    }
}

impl PatternCheck<'_> {
    /// A finding about the entry at `slice` of its file.
    pub(crate) fn at(&self, code: Code, slice: &str) -> Diagnostic {
        Diagnostic::at(code, self.file, self.file.span_of(slice)).id(self.entry.key)
    }

    /// A finding about the entry at a variable, its `$` included.
    pub(crate) fn at_variable(&self, code: Code, name: &str) -> Diagnostic {
        let span = self.file.span_of(name);
        Diagnostic::at(code, self.file, span.start.saturating_sub(1)..span.end).id(self.entry.key)
    }
}

/// Checks one pattern of a translation, against the reference's pattern when there is one.
#[allow(clippy::too_many_arguments)]
fn pattern<'a>(
    cx: &'a Context<'a>,
    file: &'a FtlFile,
    entry: &'a EntryRef<'a>,
    what: What<'a>,
    reference: Option<Part<'a, 'a>>,
    documented: &'a [&'a str],
    facts: &'a Facts<'a>,
    out: &mut Findings,
) {
    let shape = reference.map(|r| r.shape);
    let reference = reference.map(|r| r.pattern);
    let check = PatternCheck {
        cx,
        file,
        entry,
        what,
        facts,
        reference,
        documented,
    };
    // Most patterns have no select, variable, reference, markup or character from 0xE3 on,
    // nor has their reference's: the rules about those are called only when there is
    // something for them to look at.
    let theirs = |has: fn(Shape) -> bool| shape.is_some_and(has);
    if !facts.selects.is_empty() {
        plurals::duplicate_variants(&check, out);
    }
    attributes::empty(&check, out);
    if !facts.variables.is_empty() || theirs(Shape::shows) {
        variables::check(&check, out);
    }
    if !facts.references.is_empty() || theirs(Shape::references) {
        reference_sets::check(&check, out);
    }
    if facts.may_have_markup() || theirs(Shape::markup) {
        markup::check(&check, out);
    }
    if !facts.selects.is_empty() {
        plurals::check(&check, out);
    }
    if facts.wide {
        scripts::check(&check, out);
        replacement::check(&check, out);
    }
}
