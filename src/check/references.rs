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
//! An added reference to an entry the reference folder does not have is left to the resolution
//! check (`unknown-reference`, `obsolete-reference`), which already reports it. This module only
//! compares the references that [`super::pattern::Facts`] has already collected; it walks no
//! syntax tree of its own.

use super::pattern::Reference;
use super::{Code, Diagnostic, diag};
use crate::catalog::{EntryRef, FtlFile};

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

/// `term `-brand`` or `message `other.title``.
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

/// Compares the references of one part (`what`: "the value", "attribute `.title`") of a
/// translated message (`ours`) with those of the reference's part (`theirs`). `known` says
/// whether an entry key exists in the reference folder.
#[allow(clippy::too_many_arguments)]
pub(crate) fn compare(
    locale: &str,
    known: impl Fn(&str) -> bool,
    file: &FtlFile,
    entry: &EntryRef<'_>,
    what: &str,
    ours: &[Reference<'_>],
    theirs: &[Reference<'_>],
    out: &mut Vec<Diagnostic>,
) {
    let key = entry.key;
    for r in compared(theirs) {
        if !ours.iter().any(|o| same(o, r)) {
            out.push(diag(
                Code::MissingReference,
                locale,
                file,
                file.offset_of(entry.name),
                entry.name.len(),
                Some(key),
                format!(
                    "{what} of `{key}` does not use {} of the reference",
                    named(r)
                ),
                None,
            ));
        }
    }
    for r in compared(ours) {
        if theirs.iter().any(|t| same(t, r)) || !known(&r.key) {
            continue;
        }
        let offset = file
            .offset_of(r.name)
            .saturating_sub(r.key.len() - r.name.len());
        out.push(diag(
            Code::ExtraReference,
            locale,
            file,
            offset,
            r.key.len(),
            Some(key),
            format!(
                "{} in {what} of `{key}` is not used there by the reference",
                named(r)
            ),
            Some("not in the reference's text".into()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::pattern::Facts;
    use super::*;
    use fluent_syntax::ast::Entry;
    use fluent_syntax::parser::parse;

    /// The compared references of the value of the first message of `ftl`, as written.
    fn compared_of(ftl: &str) -> Vec<String> {
        let resource = parse(ftl).unwrap();
        let Entry::Message(m) = &resource.body[0] else {
            panic!("not a message")
        };
        let facts = Facts::of(m.value.as_ref().unwrap());
        compared(&facts.references)
            .map(|r| match r.attribute {
                Some(a) => format!("{}.{a}", r.key),
                None => r.key.clone(),
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
