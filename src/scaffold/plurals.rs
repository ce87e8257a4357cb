//! Selectors on numbers rewritten to the new locale's plural categories.

use fluent_syntax::ast;

use super::Entry;
use super::entries::Context;
use crate::ftl::VisitMut;
use crate::ftl::visit::walk_expression_mut;
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
pub(super) fn adapt_plurals(entry: &mut Entry, cx: &Context<'_>, from_pivot: bool) -> bool {
    let keep = match (from_pivot, cx.same_rules_as_pivot, cx.one_is_exactly_one) {
        (false, _, _) => Keep::Nothing,
        (true, true, _) => Keep::All,
        (true, false, true) => Keep::One,
        (true, false, false) => Keep::Nothing,
    };
    let mut rewriter = Rewriter {
        categories: &cx.categories,
        keep,
        found: false,
    };
    let (value, attributes) = match entry {
        ast::Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
        ast::Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
        _ => return false,
    };
    for pattern in value
        .into_iter()
        .chain(attributes.iter_mut().map(|a| &mut a.value))
    {
        rewriter.visit_pattern_mut(pattern);
    }
    rewriter.found
}

/// Rewrites the plural selectors of the patterns it visits.
struct Rewriter<'c> {
    categories: &'c [&'static str],
    keep: Keep,
    /// Whether a selector on a number was met.
    found: bool,
}

impl VisitMut<String> for Rewriter<'_> {
    /// Selectors nested in an inline placeable (`{ { $n -> … } }`) or in call arguments are
    /// left as written: only those a pattern holds directly, and those in their variants, are
    /// rewritten.
    fn visit_inline_mut(&mut self, _inline: &mut ast::InlineExpression<String>) {}

    fn visit_select_mut(
        &mut self,
        _selector: &mut ast::InlineExpression<String>,
        variants: &mut Vec<ast::Variant<String>>,
    ) {
        for variant in variants.iter_mut() {
            self.visit_pattern_mut(&mut variant.value);
        }
        let names: Vec<&str> = variants
            .iter()
            .filter_map(|v| match &v.key {
                ast::VariantKey::Identifier { name } => Some(name.as_str()),
                ast::VariantKey::NumberLiteral { .. } => None,
            })
            .collect();
        if names.is_empty() || !names.iter().all(|n| PLURAL_KEYS.contains(n)) {
            return;
        }
        self.found = true;
        let mut default = variants
            .iter()
            .find(|v| v.default)
            .or_else(|| variants.last())
            .map(|v| v.value.clone())
            .unwrap_or(ast::Pattern { elements: vec![] });
        // A default that holds selectors of its own is not copied into the categories
        // without text: copies of copies would grow exponentially with the nesting (six
        // categories, ten levels: 60 million variants). Those categories are left to the
        // default variant, which Fluent uses for them anyway.
        let copy_default = !holds_selector(&mut default);
        let mut adapted: Vec<ast::Variant<String>> = variants
            .iter()
            .filter(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }))
            .cloned()
            .map(|mut v| {
                v.default = false;
                v
            })
            .collect();
        for &category in self.categories {
            let same = variants.iter().find(
                |v| matches!(&v.key, ast::VariantKey::Identifier { name } if name == category),
            );
            let kept = match self.keep {
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
                key: ast::VariantKey::Identifier {
                    name: category.to_owned(),
                },
                value,
                default: category == "other",
            });
        }
        *variants = adapted;
    }
}

/// Whether a pattern has a select expression anywhere in its placeables (nested placeables
/// included; not in call arguments).
/// (A walk that only looks: the pattern is borrowed mutably because the walk over owned trees
/// is [`VisitMut`].)
fn holds_selector(pattern: &mut ast::Pattern<String>) -> bool {
    let mut finder = SelectorFinder(false);
    finder.visit_pattern_mut(pattern);
    finder.0
}

/// Notes whether it meets a select expression.
struct SelectorFinder(bool);

impl VisitMut<String> for SelectorFinder {
    fn visit_select_mut(
        &mut self,
        _selector: &mut ast::InlineExpression<String>,
        _variants: &mut Vec<ast::Variant<String>>,
    ) {
        self.0 = true;
    }

    fn visit_inline_mut(&mut self, inline: &mut ast::InlineExpression<String>) {
        if let ast::InlineExpression::Placeable { expression } = inline {
            walk_expression_mut(self, expression);
        }
    }
}
