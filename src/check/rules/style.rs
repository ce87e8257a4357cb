//! Mozilla's `.style` attributes: CSS declarations (`width: 24em; min-height: 3em`) that
//! translators adjust so that longer text fits.
//!
//! When a reference message's `style` attribute is plain text and a list of CSS declarations,
//! the translation's must be one too (`invalid-style`), every length in it must have a unit CSS
//! knows (`24emm`, or `24` for a width, is `invalid-style`), and it must declare the same
//! properties with the same units (`style-mismatch`: `width` in the reference but `max-width`
//! in the translation, or `em` turned into `px`). The numbers themselves are the translator's
//! to change. A reference `style` that is not a declaration list, and a translation `style`
//! with placeables, are not judged.
//!
//! The reference's declarations are parsed once per entry ([`ReferenceStyles`]) and shared by
//! every locale.

use std::collections::HashMap;

use fluent_syntax::ast::{Attribute, Pattern, PatternElement};

use super::Context;
use crate::catalog::{EntryKind, EntryRef, FtlFile, entry_parts};
use crate::check::{Code, Diagnostic, Findings, Index};

/// The attribute name that holds CSS declarations.
const STYLE: &str = "style";

/// CSS units: lengths, percentages, angles, times, frequencies, resolutions and flex.
const UNITS: &[&str] = &[
    "%", "cap", "ch", "cm", "cqb", "cqh", "cqi", "cqmax", "cqmin", "cqw", "deg", "dpcm", "dpi",
    "dppx", "dvb", "dvh", "dvi", "dvmax", "dvmin", "dvw", "em", "ex", "fr", "grad", "hz", "ic",
    "in", "khz", "lh", "lvb", "lvh", "lvi", "lvmax", "lvmin", "lvw", "mm", "ms", "pc", "pt", "px",
    "q", "rad", "rcap", "rch", "rem", "rex", "ric", "rlh", "s", "svb", "svh", "svi", "svmax",
    "svmin", "svw", "turn", "vb", "vh", "vi", "vmax", "vmin", "vw", "x",
];

/// One declaration: its property and the units of its non-zero numbers, sorted, distinct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Declaration<'a> {
    pub(crate) property: &'a str,
    pub(crate) units: Vec<&'a str>,
}

/// Why a text is not a valid CSS declaration list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem<'a> {
    /// Not `property: value; …` at all (or no declaration).
    NotDeclarations,
    /// A number with an unknown unit, or a length without one.
    BadLength(&'a str),
}

/// Whether a property takes lengths, so that a number without a unit is an error.
fn takes_length(property: &str) -> bool {
    let p = property.to_ascii_lowercase();
    let p = p
        .strip_prefix("min-")
        .or_else(|| p.strip_prefix("max-"))
        .unwrap_or(&p);
    matches!(p, "width" | "height" | "inline-size" | "block-size")
        || p.starts_with("margin")
        || p.starts_with("padding")
}

/// Whether `name` is a CSS identifier as used for properties (`width`, `-moz-box-flex`).
fn is_property(name: &str) -> bool {
    let rest = name.strip_prefix('-').unwrap_or(name);
    rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Parses `text` as CSS declarations separated by `;` (a final `;` is allowed).
pub(crate) fn parse(text: &str) -> Result<Vec<Declaration<'_>>, Problem<'_>> {
    let mut declarations = Vec::new();
    for part in text.split(';') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let Some((property, value)) = part.split_once(':') else {
            return Err(Problem::NotDeclarations);
        };
        let (property, value) = (property.trim(), value.trim());
        // A second `:` means a missing `;` (`width: 24em height: 3em`).
        if !is_property(property) || value.is_empty() || value.contains([':', '{', '}']) {
            return Err(Problem::NotDeclarations);
        }
        let mut units = Vec::new();
        for (number, unit) in numbers(value) {
            let zero = number
                .trim_start_matches(['+', '-'])
                .bytes()
                .all(|b| b == b'0' || b == b'.');
            match unit {
                "" if zero || !takes_length(property) => {}
                "" => return Err(Problem::BadLength(number)),
                unit if UNITS.contains(&unit.to_ascii_lowercase().as_str()) => {
                    if !zero {
                        units.push(unit);
                    }
                }
                _ => {
                    return Err(Problem::BadLength(token(
                        value,
                        number,
                        number.len() + unit.len(),
                    )));
                }
            }
        }
        units.sort_unstable();
        units.dedup();
        declarations.push(Declaration { property, units });
    }
    if declarations.is_empty() {
        return Err(Problem::NotDeclarations);
    }
    Ok(declarations)
}

/// The `len` bytes of `value` starting where `number` starts (`number` borrows from `value`).
fn token<'a>(value: &'a str, number: &'a str, len: usize) -> &'a str {
    let start = number.as_ptr() as usize - value.as_ptr() as usize;
    &value[start..start + len]
}

/// The numbers of a CSS value with the unit written right after each (`""` when none). Digits
/// inside a word (`h1`, `#3e3e3e`) are not numbers.
fn numbers(value: &str) -> Vec<(&str, &str)> {
    let bytes = value.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts_number =
            b.is_ascii_digit() || (b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        let inside_word =
            i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'#' | b'_'));
        if !starts_number || inside_word {
            i += 1;
            continue;
        }
        let mut start = i;
        if i > 0 && matches!(bytes[i - 1], b'+' | b'-') {
            start = i - 1;
        }
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
            i += 1;
        }
        let number_end = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphabetic() || bytes[i] == b'%') {
            i += 1;
        }
        found.push((&value[start..number_end], &value[number_end..i]));
    }
    found
}

/// The text of a pattern without placeables.
fn plain<'a>(pattern: &Pattern<&'a str>) -> Option<&'a str> {
    match pattern.elements.as_slice() {
        [PatternElement::TextElement { value }] => Some(value),
        _ => None,
    }
}

/// The `style` attributes of the reference's messages that are CSS declaration lists, parsed
/// once, by (file, message id).
#[derive(Debug, Default)]
pub(crate) struct ReferenceStyles<'a> {
    /// File, then message id.
    by_entry: HashMap<&'a str, HashMap<&'a str, Vec<Declaration<'a>>>>,
}

impl<'a> ReferenceStyles<'a> {
    /// Parses the `style` attributes of every message of `reference`.
    pub(crate) fn new(reference: &Index<'a>) -> Self {
        let mut by_entry: HashMap<_, HashMap<_, _>> = HashMap::new();
        for (path, (_, entries)) in &reference.files {
            for (key, entry) in entries {
                if entry.kind != EntryKind::Message {
                    continue;
                }
                let (_, attributes) = entry_parts(entry.entry);
                let style = attributes.iter().find(|a| a.id.name == STYLE);
                if let Some(Ok(declarations)) = style.and_then(|a| plain(&a.value)).map(parse) {
                    by_entry
                        .entry(*path)
                        .or_default()
                        .insert(*key, declarations);
                }
            }
        }
        ReferenceStyles { by_entry }
    }

    /// The reference's declarations for message `key` of `file`, if its style is CSS.
    pub(crate) fn get(&self, file: &str, key: &str) -> Option<&[Declaration<'a>]> {
        self.by_entry.get(file)?.get(key).map(Vec::as_slice)
    }
}

/// The reference's declarations that attribute `attr` of translated entry `entry` is checked
/// against: when it is a message's `style` and the reference's is CSS.
pub(super) fn reference<'c>(
    cx: &'c Context<'_>,
    file: &FtlFile,
    entry: &EntryRef<'_>,
    attr: &Attribute<&str>,
) -> Option<&'c [Declaration<'c>]> {
    if entry.kind != EntryKind::Message || attr.id.name != STYLE {
        return None;
    }
    cx.reference_styles.get(&file.rel_path, entry.key)
}

/// Checks the `style` attribute `value` of translated message `entry` against the reference's
/// `declarations`.
pub(super) fn check(
    file: &FtlFile,
    entry: &EntryRef<'_>,
    value: &Pattern<&str>,
    declarations: &[Declaration<'_>],
    out: &mut Findings,
) {
    let Some(text) = plain(value) else {
        return;
    };
    let key = entry.key;
    let at = |code: Code, s: &str| Diagnostic::at(code, file, file.span_of(s)).id(key);
    let ours = match parse(text) {
        Ok(ours) => ours,
        Err(Problem::NotDeclarations) => {
            out.push(
                at(Code::InvalidStyle, text.trim_end())
                    .message(format!(
                        "attribute `.style` of `{key}` is not a list of CSS declarations \
                         (`property: value; …`), as the reference's is"
                    ))
                    .label("the style is ignored"),
            );
            return;
        }
        Err(Problem::BadLength(token)) => {
            out.push(
                at(Code::InvalidStyle, token)
                    .message(format!(
                        "`{token}` in attribute `.style` of `{key}` is not a CSS length: its \
                         unit is missing or unknown"
                    ))
                    .label("the declaration is ignored"),
            );
            return;
        }
    };
    let find = |list: &[Declaration<'_>], property: &str| {
        list.iter()
            .position(|d| d.property.eq_ignore_ascii_case(property))
    };
    let mut differences = Vec::new();
    for d in declarations {
        if find(&ours, d.property).is_none() {
            differences.push(format!("`{}` only in the reference", d.property));
        }
    }
    for d in &ours {
        match find(declarations, d.property) {
            None => differences.push(format!("`{}` only in the translation", d.property)),
            Some(i) if declarations[i].units != d.units => {
                let show = |units: &[&str]| match units {
                    [] => "none".to_owned(),
                    units => units.join(" "),
                };
                differences.push(format!(
                    "units of `{}` differ ({} in the reference, {} here)",
                    d.property,
                    show(&declarations[i].units),
                    show(&d.units)
                ));
            }
            Some(_) => {}
        }
    }
    if !differences.is_empty() {
        out.push(at(Code::StyleMismatch, text.trim_end()).message(format!(
            "attribute `.style` of `{key}` differs from the reference: {}",
            differences.join(", ")
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn props(text: &str) -> Vec<(&str, Vec<&str>)> {
        parse(text)
            .unwrap()
            .into_iter()
            .map(|d| (d.property, d.units))
            .collect()
    }

    #[test]
    fn declarations_with_units() {
        assert_eq!(
            props("width: 24em; min-height: 3em"),
            [("width", vec!["em"]), ("min-height", vec!["em"])]
        );
        assert_eq!(props(" width:24em ; "), [("width", vec!["em"])]);
        assert_eq!(
            props("margin: 0 1.5em 0 -2px; color: #3e3e3e; flex: 1"),
            [
                ("margin", vec!["em", "px"]),
                ("color", vec![]),
                ("flex", vec![])
            ]
        );
        assert_eq!(props("width: 50%"), [("width", vec!["%"])]);
    }

    #[test]
    fn bad_lists_and_lengths() {
        assert_eq!(parse("Fancy"), Err(Problem::NotDeclarations));
        assert_eq!(parse(""), Err(Problem::NotDeclarations));
        assert_eq!(
            parse("width: 24em height: 3em"),
            Err(Problem::NotDeclarations)
        );
        assert_eq!(parse("largeur 24em"), Err(Problem::NotDeclarations));
        assert_eq!(parse("width: 24emm"), Err(Problem::BadLength("24emm")));
        assert_eq!(parse("width: 24"), Err(Problem::BadLength("24")));
        assert_eq!(
            parse("width: 0"),
            Ok(vec![Declaration {
                property: "width",
                units: vec![]
            }])
        );
    }
}
