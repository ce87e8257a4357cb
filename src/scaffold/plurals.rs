//! Selectors on numbers rewritten to the new locale's plural categories.

use fluent_syntax::ast;

use super::entries::Context;
use crate::intl;

const PLURAL_KEYS: [&str; 6] = intl::PLURAL_CATEGORIES;

/// Which variants of the pivot's selectors keep their text in the new locale; the others get
/// the default variant's.
#[derive(Clone, Copy)]
enum Keep {
    /// Every category the pivot has (same plural rules).
    All,
    /// `[one]` only (the locale's `one` is the number 1 alone, like the pivot's).
    One,
    /// None (the selector is not from the pivot, or its categories mean other numbers).
    Nothing,
}

/// Rewrites every selector on a number to the target's plural categories. Returns whether
/// there was one.
pub(super) fn adapt_plurals(
    entry: &mut ast::Entry<&str>,
    cx: &Context<'_>,
    from_pivot: bool,
) -> bool {
    let keep = match (from_pivot, cx.same_rules_as_pivot, cx.one_is_exactly_one) {
        (false, _, _) => Keep::Nothing,
        (true, true, _) => Keep::All,
        (true, false, true) => Keep::One,
        (true, false, false) => Keep::Nothing,
    };
    let mut found = false;
    let mut visit = |pattern: &mut ast::Pattern<&str>| {
        found |= adapt_pattern(pattern, &cx.categories, keep);
    };
    match entry {
        ast::Entry::Message(m) => {
            if let Some(value) = &mut m.value {
                visit(value);
            }
            for attribute in &mut m.attributes {
                visit(&mut attribute.value);
            }
        }
        ast::Entry::Term(t) => {
            visit(&mut t.value);
            for attribute in &mut t.attributes {
                visit(&mut attribute.value);
            }
        }
        _ => {}
    }
    found
}

fn adapt_pattern(
    pattern: &mut ast::Pattern<&str>,
    categories: &[&'static str],
    keep: Keep,
) -> bool {
    let mut found = false;
    for element in &mut pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        let ast::Expression::Select { variants, .. } = expression else {
            continue;
        };
        for variant in variants.iter_mut() {
            found |= adapt_pattern(&mut variant.value, categories, keep);
        }
        let names: Vec<&str> = variants
            .iter()
            .filter_map(|v| match v.key {
                ast::VariantKey::Identifier { name } => Some(name),
                ast::VariantKey::NumberLiteral { .. } => None,
            })
            .collect();
        if names.is_empty() || !names.iter().all(|n| PLURAL_KEYS.contains(n)) {
            continue;
        }
        found = true;
        let default = variants
            .iter()
            .find(|v| v.default)
            .or_else(|| variants.last())
            .map(|v| v.value.clone())
            .unwrap_or(ast::Pattern { elements: vec![] });
        // A default that holds selectors of its own is not copied into the categories
        // without text: copies of copies would grow exponentially with the nesting (six
        // categories, ten levels: 60 million variants). Those categories are left to the
        // default variant, which Fluent uses for them anyway.
        let copy_default = !holds_selector(&default);
        let mut adapted: Vec<ast::Variant<&str>> = variants
            .iter()
            .filter(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }))
            .cloned()
            .map(|mut v| {
                v.default = false;
                v
            })
            .collect();
        for &category in categories {
            let same = variants.iter().find(
                |v| matches!(v.key, ast::VariantKey::Identifier { name } if name == category),
            );
            let kept = match keep {
                Keep::All => true,
                Keep::One => category == "one",
                Keep::Nothing => false,
            };
            let value = match same {
                // The default's own text goes to `other` alone when it is not copied.
                Some(v) if kept && (copy_default || !v.default || category == "other") => {
                    v.value.clone()
                }
                _ if copy_default || category == "other" => default.clone(),
                _ => continue,
            };
            adapted.push(ast::Variant {
                key: ast::VariantKey::Identifier { name: category },
                value,
                default: category == "other",
            });
        }
        *variants = adapted;
    }
    found
}

/// Whether a pattern has a select expression anywhere in its placeables.
fn holds_selector(pattern: &ast::Pattern<&str>) -> bool {
    fn in_expression(expression: &ast::Expression<&str>) -> bool {
        match expression {
            ast::Expression::Select { .. } => true,
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                in_expression(expression)
            }
            ast::Expression::Inline(_) => false,
        }
    }
    pattern.elements.iter().any(|element| {
        matches!(element, ast::PatternElement::Placeable { expression } if in_expression(expression))
    })
}
