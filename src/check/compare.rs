//! One translated entry compared with its reference entry: values, attributes, variables,
//! references, plural variants, markup, Han characters, empty text, identical text.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Pattern};

use super::pattern::{Facts, Key, Select, han_runs};
use super::plural::{self, ALL};
use super::{Code, Diagnostic, IDENTICAL_MARKER, Index, diag};
use crate::catalog::{
    EntryKind, EntryRef, FtlFile, entry_parts as parts, entry_patterns as patterns,
};
use crate::locale::Locale;

/// What the per-entry checks know about the locale.
pub(crate) struct Context<'a> {
    pub(crate) locale: &'a str,
    /// Variables passed whatever the reference's text uses.
    pub(crate) provided: &'a super::ProvidedVariables,
    /// The language, when the folder name is a tag.
    pub(crate) language: Option<&'a Locale>,
    /// The cardinal plural categories, when known.
    pub(crate) plurals: Option<&'a plural::Categories>,
    /// Whether the reference is in a language written with Han characters.
    pub(crate) reference_uses_han: bool,
}

/// Words of an entry's text (value and attributes), for estimating missing work.
pub(crate) fn words(entry: &EntryRef<'_>) -> usize {
    patterns(entry.entry).map(|p| Facts::of(p).words()).sum()
}

/// Compares a translated entry with the reference; pushes diagnostics and returns whether the
/// entry counts as identical (untranslated).
pub(crate) fn entry(
    cx: &Context<'_>,
    local: &Index<'_>,
    reference: &Index<'_>,
    (ref_file, ref_entry): (&FtlFile, EntryRef<'_>),
    (file, entry): (&FtlFile, EntryRef<'_>),
    pivot: Option<(&FtlFile, EntryRef<'_>)>,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let key = entry.key;
    let term = entry.kind == EntryKind::Term;
    let at_id = |code: Code, message: String| {
        diag(
            code,
            cx.locale,
            file,
            id_offset(&entry),
            entry.key.len(),
            Some(key),
            message,
            None,
        )
    };
    let (ref_value, ref_attrs) = parts(ref_entry.entry);
    let (value, attrs) = parts(entry.entry);

    let mut seen = BTreeSet::new();
    for attr in attrs {
        if !seen.insert(attr.id.name) {
            out.push(diag(
                Code::DuplicateAttribute,
                cx.locale,
                file,
                file.offset_of(attr.id.name),
                attr.id.name.len(),
                Some(key),
                format!("attribute `.{}` is defined twice", attr.id.name),
                Some("only the first definition is used".into()),
            ));
        }
    }

    match (ref_value, value) {
        (Some(_), None) => out.push(at_id(
            Code::MissingValue,
            format!("`{key}` has no value, but the reference has one"),
        )),
        (None, Some(_)) => out.push(at_id(
            Code::ExtraValue,
            format!("`{key}` has a value, but the reference has only attributes"),
        )),
        _ => {}
    }
    if let Some(value) = value {
        pattern(cx, file, &entry, "the value", ref_value, value, out);
    }
    for attr in attrs {
        let reference = ref_attrs.iter().find(|a| a.id.name == attr.id.name);
        if reference.is_none() && !term {
            out.push(diag(
                Code::ExtraAttribute,
                cx.locale,
                file,
                file.offset_of(attr.id.name),
                attr.id.name.len(),
                Some(key),
                format!("attribute `.{}` is not in the reference", attr.id.name),
                None,
            ));
        }
        let what = format!("attribute `.{}`", attr.id.name);
        // Term attributes (`.gender`) are the translation's own: only checked in themselves.
        let reference = if term { None } else { reference };
        pattern(
            cx,
            file,
            &entry,
            &what,
            reference.map(|a| &a.value),
            &attr.value,
            out,
        );
    }
    if !term {
        for attr in ref_attrs {
            if !attrs.iter().any(|a| a.id.name == attr.id.name) {
                out.push(at_id(
                    Code::MissingAttribute,
                    format!("attribute `.{}` of the reference is missing", attr.id.name),
                ));
            }
        }
    }
    unknown_references(reference, Some(local), file, entry, out);

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
fn copied(translation: &Entry<&str>, original: &Entry<&str>) -> bool {
    if same(translation, original) {
        return true;
    }
    let fragments = |entry: &Entry<&str>| {
        let mut out = BTreeSet::new();
        patterns(entry).for_each(|p| text_fragments(p, &mut out));
        out
    };
    let ours = fragments(translation);
    !ours.is_empty() && ours.is_subset(&fragments(original))
}

/// The runs of text of a pattern and of its select variants that contain a letter, exactly as
/// written (a translation that only changes spacing, `5 h` for `5h`, is a translation).
fn text_fragments(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                if value.chars().any(char::is_alphabetic) {
                    out.insert((*value).to_owned());
                }
            }
            PatternElement::Placeable { expression } => {
                let mut stack = vec![expression];
                while let Some(expression) = stack.pop() {
                    match expression {
                        Expression::Select { variants, .. } => {
                            variants.iter().for_each(|v| text_fragments(&v.value, out));
                        }
                        Expression::Inline(InlineExpression::Placeable { expression }) => {
                            stack.push(expression);
                        }
                        Expression::Inline(_) => {}
                    }
                }
            }
        }
    }
}

/// The offset of an entry's key (terms include their `-`).
fn id_offset(entry: &EntryRef<'_>) -> usize {
    entry.offset - (entry.key.len() - entry.name.len())
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

/// Whether the comment lines right above the entry at `offset` carry [`IDENTICAL_MARKER`].
fn marked(file: &FtlFile, offset: usize) -> bool {
    let source = file.source();
    let line_start = source[..offset.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    for line in source[..line_start].lines().rev() {
        if !line.starts_with('#') {
            break;
        }
        if line.contains(IDENTICAL_MARKER) {
            return true;
        }
    }
    false
}

/// Checks one pattern of a translation, against the reference's pattern when there is one.
fn pattern(
    cx: &Context<'_>,
    file: &FtlFile,
    entry: &EntryRef<'_>,
    what: &str,
    reference: Option<&Pattern<&str>>,
    local: &Pattern<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let key = entry.key;
    let facts = Facts::of(local);
    let ref_facts = reference.map(Facts::of);
    let at_span =
        |code: Code, offset: usize, len: usize, message: String, label: Option<String>| {
            diag(
                code,
                cx.locale,
                file,
                offset,
                len,
                Some(key),
                message,
                label,
            )
        };
    let at = |code: Code, s: &str, message: String, label: Option<String>| {
        at_span(code, file.offset_of(s), s.len(), message, label)
    };
    // A variable's span includes its `$`.
    let at_var = |code: Code, name: &str, message: String, label: Option<String>| {
        at_span(
            code,
            file.offset_of(name).saturating_sub(1),
            name.len() + 1,
            message,
            label,
        )
    };

    for select in &facts.selects {
        let mut keys = BTreeSet::new();
        for k in &select.keys {
            let (Key::Name(s) | Key::Number(s)) = k;
            if !keys.insert(*s) {
                out.push(at(
                    Code::DuplicateVariant,
                    s,
                    format!("variant `[{s}]` appears twice in {what} of `{key}`"),
                    Some("never selected".into()),
                ));
            }
        }
    }

    if let Some(rf) = &ref_facts {
        if facts.is_blank() && !rf.is_blank() {
            out.push(at(
                Code::EmptyValue,
                entry.name,
                format!("{what} of `{key}` is empty"),
                None,
            ));
        }
        if entry.kind == EntryKind::Message {
            let provided = rf.variable_set();
            for var in &facts.variables {
                if !provided.contains(var) && !cx.provided.contains(&file.rel_path, key, var) {
                    out.push(at_var(
                        Code::UnknownVariable,
                        var,
                        format!("`${var}` in {what} of `{key}` is not a variable of the reference"),
                        Some("no value is passed for it".into()),
                    ));
                }
            }
            let used = facts.variable_set();
            // A variable the reference only selects on (`{ $n -> [one] a card *[other] cards }`)
            // need not appear in the translation.
            for var in &rf.shown {
                if !used.contains(var) {
                    out.push(at(
                        Code::DroppedVariable,
                        entry.name,
                        format!("{what} of `{key}` does not use `${var}` of the reference"),
                        None,
                    ));
                }
            }
        }
        let (ours, theirs) = (facts.markup(), rf.markup());
        if ours != theirs {
            let show = |set: Vec<&String>| {
                set.iter()
                    .map(|t| format!("<{t}>"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let missing = show(theirs.difference(&ours).collect());
            let extra = show(ours.difference(&theirs).collect());
            let mut parts = Vec::new();
            if !missing.is_empty() {
                parts.push(format!("lacks {missing}"));
            }
            if !extra.is_empty() {
                parts.push(format!("adds {extra}"));
            }
            out.push(at(
                Code::MarkupMismatch,
                entry.name,
                format!(
                    "markup of {what} of `{key}` differs from the reference: {}",
                    parts.join(", ")
                ),
                None,
            ));
        }
    }

    if let Some(categories) = cx.plurals {
        for select in facts.selects.iter().filter(|s| s.numeric_selector) {
            let ref_select = select.variable.and_then(|v| {
                ref_facts
                    .as_ref()?
                    .selects
                    .iter()
                    .find(|r| r.variable == Some(v))
            });
            if !plural_keyed(ref_select.unwrap_or(select)) {
                continue;
            }
            let lang = cx.locale;
            for k in &select.keys {
                if let Key::Name(name) = k
                    && !categories.all.contains(name)
                {
                    out.push(at(
                        Code::InvalidPluralKey,
                        name,
                        format!(
                            "`[{name}]` in {what} of `{key}` is not a plural category of `{lang}` (it has {})",
                            categories.all.join(", ")
                        ),
                        Some("never selected".into()),
                    ));
                }
            }
            let distinguishes = ref_select.is_some_and(|r| {
                r.keys
                    .iter()
                    .any(|k| matches!(k, Key::Name(n) if *n != "other"))
            });
            // A translation that keeps only `*[other]` has chosen not to inflect here (common in
            // Hungarian, Turkish, Japanese): not flagged. `other` itself is covered by the
            // default variant.
            let collapsed = !select
                .keys
                .iter()
                .any(|k| matches!(k, Key::Name(n) if *n != "other"));
            if distinguishes && !collapsed {
                let lacking: Vec<&str> = categories
                    .counts
                    .iter()
                    .copied()
                    .filter(|c| *c != "other" && !select.keys.contains(&Key::Name(c)))
                    .collect();
                if !lacking.is_empty() {
                    let dollar = usize::from(select.variable == Some(select.anchor));
                    out.push(at_span(
                        Code::MissingPluralCategory,
                        file.offset_of(select.anchor).saturating_sub(dollar),
                        select.anchor.len() + dollar,
                        format!(
                            "the plural select in {what} of `{key}` lacks `{lang}` categories: {}",
                            lacking.join(", ")
                        ),
                        Some("these numbers fall back to the default variant".into()),
                    ));
                }
            }
        }
    }

    if let Some(language) = cx.language
        && !plural::uses_han(language)
    {
        let exempt = |run: &str| {
            !cx.reference_uses_han
                && ref_facts
                    .as_ref()
                    .is_some_and(|rf| rf.texts.iter().any(|t| t.contains(run)))
        };
        let mut runs = facts
            .texts
            .iter()
            .flat_map(|t| han_runs(t))
            .filter(|r| !exempt(r))
            .peekable();
        if let Some(first) = runs.peek().copied() {
            let all: Vec<&str> = runs.collect();
            let shown: Vec<&str> = all.iter().copied().take(3).collect();
            let more = if all.len() > 3 { ", …" } else { "" };
            out.push(at(
                Code::HanCharacters,
                first,
                format!(
                    "{what} of `{key}` contains Han characters ({}{more}), which `{}` does not use",
                    shown.join(", "),
                    language
                ),
                Some("copied from the source?".into()),
            ));
        }
    }
}

/// Whether a select's keys are plural categories or numbers (at least one category).
fn plural_keyed(select: &Select<'_>) -> bool {
    select.keys.iter().all(|k| match k {
        Key::Number(_) => true,
        Key::Name(n) => ALL.contains(n),
    }) && select.keys.iter().any(|k| matches!(k, Key::Name(_)))
}

/// Messages and terms referenced by `entry` that exist neither in `local` nor in `reference`.
///
/// A reference not found while a file that could define it cannot be read is not judged: no
/// `obsolete-reference` while the reference has an unreadable file, no `unknown-reference`
/// while the reference or the locale has one (their `unreadable-file` errors say so).
pub(crate) fn unknown_references(
    reference: &Index<'_>,
    local: Option<&Index<'_>>,
    file: &FtlFile,
    entry: EntryRef<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let locale = local.unwrap_or(reference).tree.name.as_str();
    for p in patterns(entry.entry) {
        for r in Facts::of(p).references {
            if reference.keys.contains(r.key.as_str()) {
                continue;
            }
            let obsolete = local.is_some_and(|l| l.keys.contains(r.key.as_str()));
            let unjudged = if obsolete {
                reference.has_unreadable()
            } else {
                reference.has_unreadable() || local.is_some_and(Index::has_unreadable)
            };
            if unjudged {
                continue;
            }
            // A locale's own optional term (country name, provenance) is not obsolete, nor is using it.
            if obsolete && crate::bundle::is_optional_term(&r.key) {
                continue;
            }
            let offset = file
                .offset_of(r.name)
                .saturating_sub(r.key.len() - r.name.len());
            let what = if r.key.starts_with('-') {
                "term"
            } else {
                "message"
            };
            let (code, message, label) = if obsolete {
                (
                    Code::ObsoleteReference,
                    format!(
                        "`{}` references {what} `{}`, which the reference no longer has",
                        entry.key, r.key
                    ),
                    "breaks when the obsolete entry is removed",
                )
            } else {
                (
                    Code::UnknownReference,
                    format!(
                        "`{}` references {what} `{}`, which exists neither in `{locale}` nor in the reference",
                        entry.key, r.key
                    ),
                    "not defined anywhere",
                )
            };
            out.push(diag(
                code,
                locale,
                file,
                offset,
                r.key.len(),
                Some(entry.key),
                message,
                Some(label.into()),
            ));
        }
    }
}
