//! Message and term references compared part by part: the value of a translated message with
//! the reference's value, each attribute with the reference's attribute of the same name.
//!
//! A reference the translation's part dropped is `missing-reference`; one it added is
//! `extra-reference`. A reference is its target and attribute: `{ other }` and
//! `{ other.title }` differ, `{ -brand }` and `{ -brand(case: "gen") }` do not (term arguments
//! are parameters). A term attribute (only ever a selector, `{ -brand.gender -> … }`) refers to
//! that attribute, not to the term's value, and is not compared: each locale's terms have their
//! own attributes. References are compared as sets: order and repetitions may differ.
//!
//! An added reference to an entry the reference folder does not have is left to
//! [`super::references`] (`unknown-reference`, `obsolete-reference`), which already reports
//! it. This module only compares the references that the pattern check's facts already hold;
//! it walks no syntax tree of its own.

use super::PatternCheck;
use crate::catalog::EntryKind;
use crate::check::pattern::Reference;
use crate::check::{Code, Diagnostic, Findings};

/// Two references to the same target and attribute.
fn same(a: &Reference<'_>, b: &Reference<'_>) -> bool {
    a.key == b.key && a.attribute == b.attribute
}

/// The references of a part that are compared: distinct, without term attributes.
fn compared<'r, 'a>(refs: &'r [Reference<'a>]) -> impl Iterator<Item = &'r Reference<'a>> {
    refs.iter()
        .enumerate()
        .filter(|(i, r)| !r.is_term_attribute() && !refs[..*i].iter().any(|o| same(o, r)))
        .map(|(_, r)| r)
}

/// ``term `-brand` `` or ``message `other.title` ``.
fn named(r: &Reference<'_>) -> String {
    let kind = if r.key.starts_with('-') {
        "term"
    } else {
        "message"
    };
    match r.attribute {
        Some(attribute) => format!("{kind} `{}.{attribute}`", r.key),
        None => format!("{kind} `{}`", r.key),
    }
}

/// Compares the references of one part of a translated message with those of the
/// reference's same part (terms are translated as a whole and not compared).
pub(super) fn check(check: &PatternCheck<'_>, out: &mut Findings) {
    let Some(reference) = &check.reference else {
        return;
    };
    if check.entry.kind != EntryKind::Message {
        return;
    }
    let (key, what) = (check.entry.key, check.what);
    let (ours, theirs) = (&check.facts.references, &reference.facts.references);
    if ours.is_empty() && theirs.is_empty() {
        return;
    }
    for r in compared(theirs) {
        if !ours.iter().any(|o| same(o, r)) {
            out.push(
                check
                    .at(Code::MissingReference, check.entry.name)
                    .message(format!(
                        "{what} of `{key}` does not use {} of the reference",
                        named(r)
                    )),
            );
        }
    }
    for r in compared(ours) {
        if theirs.iter().any(|t| same(t, r)) || !check.cx.reference_keys.contains_key(&*r.key) {
            continue;
        }
        // The span includes a term's `-`.
        let span = check.file.span_of(r.name);
        let start = span.start.saturating_sub(r.key.len() - r.name.len());
        out.push(
            Diagnostic::at(Code::ExtraReference, check.file, start..span.end)
                .id(key)
                .message(format!(
                    "{} in {what} of `{key}` is not used there by the reference",
                    named(r)
                ))
                .label("not in the reference's text"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::pattern::Facts;
    use fluent_syntax::ast::Entry;
    use fluent_syntax::parser::parse;

    /// The compared references of the value of the first message of `ftl`, as written.
    fn compared_of(ftl: &str) -> Vec<String> {
        let resource = parse(ftl).unwrap();
        let Entry::Message(m) = &resource.body[0] else {
            panic!("not a message")
        };
        let facts = Facts::of(m.value.as_ref().unwrap(), ftl);
        compared(&facts.references)
            .map(|r| match r.attribute {
                Some(a) => format!("{}.{a}", r.key),
                None => r.key.to_string(),
            })
            .collect()
    }

    #[test]
    fn term_calls_are_the_term_and_term_attributes_are_not_compared() {
        assert_eq!(
            compared_of(
                "a = { -brand(case: \"gen\") } { -brand } { -brand.gender ->\n *[m] x\n} { other.title } { other }\n"
            ),
            ["-brand", "other.title", "other"]
        );
        // A selector on a term attribute is not a use of the term's value.
        assert!(compared_of("a = { -brand.gender ->\n *[m] x\n}\n").is_empty());
    }
}
