//! Values and attributes: an attribute defined twice, a value or attribute the reference has
//! and the translation lacks (or the reverse), and a value left empty.

use super::{PatternCheck, at_id};
use crate::catalog::{EntryKind, EntryRef, FtlFile, entry_parts};
use crate::check::prepared::{AttributeNames, PreparedEntry};
use crate::check::{Code, Diagnostic, Findings};

/// Compares the values and attributes `entry` has with those of the reference's entry.
pub(super) fn check(
    file: &FtlFile,
    entry: &EntryRef<'_>,
    reference: &PreparedEntry<'_>,
    names: &AttributeNames<'_>,
    out: &mut Findings,
) {
    let key = entry.key;
    let ref_attrs = reference.attributes();
    let (value, attrs) = entry_parts(entry.entry);
    let value_present = |out: &mut Findings| match (reference.has_value, value) {
        (true, None) => out.push(
            at_id(Code::MissingValue, file, entry)
                .message(format!("`{key}` has no value, but the reference has one")),
        ),
        (false, Some(_)) => out.push(at_id(Code::ExtraValue, file, entry).message(format!(
            "`{key}` has a value, but the reference has only attributes"
        ))),
        _ => {}
    };
    // Most entries have no attributes, nor have their reference's.
    if attrs.is_empty() && ref_attrs.is_empty() {
        value_present(out);
        return;
    }
    let at_attribute =
        |code: Code, name: &str| Diagnostic::at(code, file, file.span_of(name)).id(key);

    for (i, attr) in attrs.iter().enumerate() {
        if attrs[..i].iter().any(|a| a.id.name == attr.id.name) {
            out.push(
                at_attribute(Code::DuplicateAttribute, attr.id.name)
                    .message(format!("attribute `.{}` is defined twice", attr.id.name))
                    .label("only the first definition is used"),
            );
        }
    }
    value_present(out);
    // Term attributes (`.gender`) are the translation's own.
    if entry.kind == EntryKind::Term {
        return;
    }
    for attr in attrs {
        let number = names.number(attr.id.name);
        if !number.is_some_and(|n| ref_attrs.iter().any(|(m, _)| *m == n)) {
            out.push(
                at_attribute(Code::ExtraAttribute, attr.id.name).message(format!(
                    "attribute `.{}` is not in the reference",
                    attr.id.name
                )),
            );
        }
    }
    for &(number, _) in ref_attrs {
        let name = names.name(number);
        if !attrs.iter().any(|a| a.id.name == name) {
            out.push(
                at_id(Code::MissingAttribute, file, entry)
                    .message(format!("attribute `.{name}` of the reference is missing")),
            );
        }
    }
}

/// A value or attribute that is empty where the reference's is not.
pub(super) fn empty(check: &PatternCheck<'_>, out: &mut Findings) {
    let Some(reference) = &check.reference else {
        return;
    };
    if check.facts.is_blank() && !reference.blank {
        out.push(
            check
                .at(Code::EmptyValue, check.entry.name)
                .message(format!("{} of `{}` is empty", check.what, check.entry.key)),
        );
    }
}
