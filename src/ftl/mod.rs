//! The FTL layer shared by `check`, `lock`, `bundle` and `render`: the typed keys that cross
//! module boundaries ([`EntryKey`], [`PartId`]), one index of a locale's entries built once per
//! tree, and one visitor over patterns. It reads no files: it works on the parsed files of a
//! [`Catalog`](crate::catalog::Catalog).

mod index;
mod key;
pub(crate) mod visit;

pub(crate) use index::{Entries, FileEntries, LocaleIndex};
pub use key::{EntryKey, InvalidPartId, PartId};
pub(crate) use visit::{Visit, VisitMut};

use fluent_syntax::ast;

/// Patterns that the serializer lays out as a block (on the lines below `=`) must not start
/// with `[`, `*` or `.`, which may not begin a continuation line: such a first character
/// becomes a string literal placeable (`{ "[" }`), which formats the same.
pub(crate) fn guard_block_starts(entry: &mut ast::Entry<String>) {
    let (value, attributes) = match entry {
        ast::Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
        ast::Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
        _ => return,
    };
    let patterns = value
        .into_iter()
        .chain(attributes.iter_mut().map(|a| &mut a.value));
    for pattern in patterns {
        let block = pattern.elements.iter().any(|e| match e {
            ast::PatternElement::TextElement { value } => value.contains('\n'),
            ast::PatternElement::Placeable { expression } => {
                matches!(expression, ast::Expression::Select { .. })
            }
        });
        let Some(ast::PatternElement::TextElement { value }) = pattern.elements.first_mut() else {
            continue;
        };
        let Some(first) = value
            .chars()
            .next()
            .filter(|c| matches!(c, '[' | '*' | '.'))
        else {
            continue;
        };
        if !block {
            continue;
        }
        let rest = value[first.len_utf8()..].to_owned();
        let literal = ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                value: first.to_string(),
            }),
        };
        if rest.is_empty() {
            pattern.elements[0] = literal;
        } else {
            *value = rest;
            pattern.elements.insert(0, literal);
        }
    }
}
