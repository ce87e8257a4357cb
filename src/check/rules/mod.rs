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

use fluent_syntax::ast::Pattern;

pub(crate) use references::unknown_references;
pub(crate) use style::ReferenceStyles;

use super::pattern::Facts;
use super::{Code, Diagnostic, Findings, Index, ProvidedVariables};

use crate::catalog::{EntryKind, EntryRef, FtlFile, entry_parts, entry_patterns};
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
    pub(crate) reference_keys: &'a rustc_hash::FxHashSet<&'a str>,
    /// The reference's `style` attributes that are CSS, parsed once for all locales.
    pub(crate) reference_styles: &'a ReferenceStyles<'a>,
    /// Whether the reference is in a language written with Han characters.
    pub(crate) reference_uses_han: bool,
}

/// Words of an entry's text (value and attributes), for estimating missing work.
pub(crate) fn words(entry: &EntryRef<'_>) -> usize {
    entry_patterns(entry.entry)
        .map(|p| Facts::of(p).words())
        .sum()
}

/// A finding about `entry` at its id (terms with their `-`).
fn at_id(code: Code, file: &FtlFile, entry: &EntryRef<'_>) -> Diagnostic {
    Diagnostic::at(code, file, file.span_of(entry.key)).id(entry.key)
}

/// Compares a translated entry with the reference; pushes findings and returns whether the
/// entry counts as identical (untranslated).
pub(crate) fn entry(
    cx: &Context<'_>,
    local: &Index<'_>,
    reference: &Index<'_>,
    (ref_file, ref_entry): (&FtlFile, EntryRef<'_>),
    (file, entry): (&FtlFile, EntryRef<'_>),
    pivot: Option<(&FtlFile, EntryRef<'_>)>,
    out: &mut Findings,
) -> bool {
    attributes::check(file, &entry, ref_entry.entry, out);
    let (ref_value, ref_attrs) = entry_parts(ref_entry.entry);
    let (value, attrs) = entry_parts(entry.entry);
    let documented = super::provided::documented(ref_file.source(), ref_entry.offset);
    let reference_of = |pattern| Reference {
        pattern,
        documented: &documented,
    };
    if let Some(value) = value {
        let reference = reference_of(ref_value);
        pattern(cx, file, &entry, "the value", reference, value, out);
    }
    for attr in attrs {
        let what = format!("attribute `.{}`", attr.id.name);
        // Term attributes (`.gender`) are the translation's own: only checked in themselves.
        let reference = match entry.kind {
            EntryKind::Term => None,
            EntryKind::Message => ref_attrs.iter().find(|a| a.id.name == attr.id.name),
        };
        if let Some(declarations) = style::reference(cx, file, &entry, attr) {
            style::check(file, &entry, &attr.value, declarations, out);
        }
        let reference = reference_of(reference.map(|a| &a.value));
        pattern(cx, file, &entry, &what, reference, &attr.value, out);
    }
    unknown_references(reference, Some(local), file, entry, Some(ref_entry), out);
    identical::check((file, entry), (ref_file, ref_entry), pivot)
}

/// One pattern of a translated entry, what it holds, and what its reference pattern holds.
pub(crate) struct PatternCheck<'a> {
    pub(crate) cx: &'a Context<'a>,
    pub(crate) file: &'a FtlFile,
    pub(crate) entry: &'a EntryRef<'a>,
    /// `the value` or ``attribute `.name` ``, for messages.
    pub(crate) what: &'a str,
    pub(crate) facts: Facts<'a>,
    pub(crate) reference: Option<Facts<'a>>,
    /// The variables the comment above the reference entry documents: passed too.
    pub(crate) documented: &'a [&'a str],
}

/// The reference's side of a pattern check: its pattern, if it has one, and the variables its
/// entry's comment documents.
struct Reference<'a> {
    pattern: Option<&'a Pattern<&'a str>>,
    documented: &'a [&'a str],
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
fn pattern<'a>(
    cx: &'a Context<'a>,
    file: &'a FtlFile,
    entry: &'a EntryRef<'a>,
    what: &'a str,
    reference: Reference<'a>,
    local: &'a Pattern<&'a str>,
    out: &mut Findings,
) {
    let check = PatternCheck {
        cx,
        file,
        entry,
        what,
        facts: Facts::of(local),
        reference: reference.pattern.map(Facts::of),
        documented: reference.documented,
    };
    plurals::duplicate_variants(&check, out);
    attributes::empty(&check, out);
    variables::check(&check, out);
    reference_sets::check(&check, out);
    markup::check(&check, out);
    plurals::check(&check, out);
    scripts::check(&check, out);
    replacement::check(&check, out);
}
