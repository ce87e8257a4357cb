//! The selectors of a model pattern as dimensions, their combinations, and a pattern
//! flattened into the text of one combination: what turns a part into units.

use fluent_syntax::ast;
use icu_plurals::PluralRules;

use super::{Dimension, DimensionValue, Languages, MAX_COMBINATIONS, PartKey, Segment, Segments};
use crate::intl;
use crate::lock::inline_text;

/// Which language's pattern is being resolved, and so how a plural key is matched.
#[derive(Clone, Copy)]
pub(crate) enum Role<'a> {
    /// The translation: its keys are the target's categories.
    Target,
    /// A pattern in another language: a target category is resolved through its sample
    /// number with these rules.
    Other(Option<&'a PluralRules>),
}

/// The dimensions of `model` for `languages`, or `None` when it has more than
/// [`MAX_COMBINATIONS`] combinations.
pub(crate) fn dimensions(
    model: &ast::Pattern<&str>,
    languages: &Languages,
) -> Option<Vec<Dimension>> {
    let mut found: Vec<(String, Vec<&ast::Variant<&str>>)> = Vec::new();
    collect_selects(model, &mut found);
    let dimensions: Vec<Dimension> = found
        .into_iter()
        .map(|(selector, variants)| dimension(selector, &variants, languages))
        .collect();
    let combinations = dimensions
        .iter()
        .try_fold(1usize, |n, d| n.checked_mul(d.values.len().max(1)))?;
    (combinations <= MAX_COMBINATIONS).then_some(dimensions)
}

fn collect_selects<'p, 's>(
    pattern: &'p ast::Pattern<&'s str>,
    found: &mut Vec<(String, Vec<&'p ast::Variant<&'s str>>)>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, found);
        }
    }
}

fn collect_expression<'p, 's>(
    expression: &'p ast::Expression<&'s str>,
    found: &mut Vec<(String, Vec<&'p ast::Variant<&'s str>>)>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let text = inline_text(selector);
            match found.iter_mut().find(|(s, _)| *s == text) {
                Some((_, all)) => all.extend(variants.iter()),
                None => found.push((text, variants.iter().collect())),
            }
            for variant in variants {
                collect_selects(&variant.value, found);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            collect_expression(expression, found);
        }
        ast::Expression::Inline(_) => {}
    }
}

fn key_text<'a>(key: &ast::VariantKey<&'a str>) -> &'a str {
    match key {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
    }
}

fn dimension(
    selector: String,
    variants: &[&ast::Variant<&str>],
    languages: &Languages,
) -> Dimension {
    let plural = variants.iter().all(|v| match &v.key {
        ast::VariantKey::Identifier { name } => intl::PLURAL_CATEGORIES.contains(name),
        ast::VariantKey::NumberLiteral { .. } => true,
    });
    let mut values: Vec<DimensionValue> = Vec::new();
    let mut push = |key: &str, samples: Vec<u32>| {
        if !values.iter().any(|v| v.key == key) {
            values.push(DimensionValue {
                key: key.to_owned(),
                samples,
            });
        }
    };
    if plural {
        // Exact numbers first, as Fluent matches them before categories.
        for variant in variants {
            if let ast::VariantKey::NumberLiteral { value } = &variant.key {
                let sample = value.parse::<u32>().ok();
                push(value, sample.into_iter().collect());
            }
        }
        for (category, samples) in &languages.target_samples {
            push(category, samples.clone());
        }
        let default = values
            .iter()
            .position(|v| v.key == "other")
            .unwrap_or(values.len() - 1);
        Dimension {
            selector,
            plural,
            values,
            default,
        }
    } else {
        for variant in variants {
            push(key_text(&variant.key), Vec::new());
        }
        let default_key = variants
            .iter()
            .find(|v| v.default)
            .map_or("", |v| key_text(&v.key));
        let default = values
            .iter()
            .position(|v| v.key == default_key)
            .unwrap_or(0);
        Dimension {
            selector,
            plural,
            values,
            default,
        }
    }
}

/// Every combination of the dimensions' keys (as indexes), the last varying fastest.
pub(crate) fn combinations(dimensions: &[Dimension]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new()];
    for dimension in dimensions {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                (0..dimension.values.len()).map(move |i| {
                    let mut c = prefix.clone();
                    c.push(i);
                    c
                })
            })
            .collect();
    }
    out
}

/// The unit id of a combination of `part`.
pub(crate) fn unit_id(part: &PartKey, dimensions: &[Dimension], combination: &[usize]) -> String {
    let mut id = part.id();
    if dimensions.iter().map(|d| d.values.len()).product::<usize>() > 1 {
        let keys: Vec<String> = dimensions
            .iter()
            .zip(combination)
            .map(|(d, &i)| format!("{}={}", d.selector, d.values[i].key))
            .collect();
        id.push('#');
        id.push_str(&keys.join(","));
    }
    id
}

/// The text of `pattern` with every selector resolved for `combination` of `dimensions`.
/// A selector that is not among the dimensions takes its default variant.
pub(crate) fn flatten(
    pattern: &ast::Pattern<&str>,
    dimensions: &[Dimension],
    combination: &[usize],
    role: Role<'_>,
) -> Segments {
    let mut out = Vec::new();
    flatten_into(pattern, dimensions, combination, role, &mut out);
    out
}

fn flatten_into(
    pattern: &ast::Pattern<&str>,
    dimensions: &[Dimension],
    combination: &[usize],
    role: Role<'_>,
    out: &mut Segments,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(out, value),
            ast::PatternElement::Placeable { expression } => {
                flatten_expression(expression, dimensions, combination, role, out);
            }
        }
    }
}

fn flatten_expression(
    expression: &ast::Expression<&str>,
    dimensions: &[Dimension],
    combination: &[usize],
    role: Role<'_>,
    out: &mut Segments,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let text = inline_text(selector);
            let chosen = dimensions
                .iter()
                .zip(combination)
                .find(|(d, _)| d.selector == text)
                .and_then(|(d, &i)| choose(variants, d, &d.values[i], role))
                .or_else(|| variants.iter().find(|v| v.default))
                .or(variants.first());
            if let Some(variant) = chosen {
                flatten_into(&variant.value, dimensions, combination, role, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            push_text(out, &unescape_literal(value));
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            flatten_expression(expression, dimensions, combination, role, out);
        }
        ast::Expression::Inline(inline) => {
            out.push(Segment::Code(format!("{{ {} }}", inline_text(inline))));
        }
    }
}

fn choose<'p, 's>(
    variants: &'p [ast::Variant<&'s str>],
    dimension: &Dimension,
    value: &DimensionValue,
    role: Role<'_>,
) -> Option<&'p ast::Variant<&'s str>> {
    let by_key = |key: &str| {
        variants.iter().find(|v| match &v.key {
            ast::VariantKey::Identifier { name } => *name == key,
            ast::VariantKey::NumberLiteral { value } => same_number(value, key),
        })
    };
    if !dimension.plural {
        return by_key(&value.key);
    }
    match role {
        Role::Target => by_key(&value.key),
        Role::Other(rules) => {
            // A number of the category without an exact-number key of its own: the first
            // that the other language writes with its `other` form (the most general text),
            // else the first.
            let exact_key = |n: u32| {
                dimension
                    .values
                    .iter()
                    .any(|v| v.key != value.key && same_number(&v.key, &n.to_string()))
            };
            let candidates: Vec<u32> = value
                .samples
                .iter()
                .copied()
                .filter(|&n| !exact_key(n))
                .collect();
            let general = candidates.iter().copied().find(|&n| {
                rules.is_some_and(|r| intl::plural_category_name(r.category_for(n)) == "other")
            });
            let Some(sample) = general.or(candidates.first().copied()) else {
                return by_key(&value.key);
            };
            let exact = variants.iter().find(|v| {
                matches!(&v.key, ast::VariantKey::NumberLiteral { value } if same_number(value, &sample.to_string()))
            });
            exact.or_else(|| {
                let category = rules.map_or("other", |r| {
                    intl::plural_category_name(r.category_for(sample))
                });
                by_key(category)
            })
        }
    }
}

fn same_number(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn push_text(out: &mut Segments, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Segment::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Segment::Text(text.to_owned()));
    }
}

/// The value of a string literal's raw text (`\"`, `\\`, `\uXXXX`, `\UXXXXXX`).
fn unescape_literal(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(u @ ('u' | 'U')) => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        out.push('\\');
                        out.push(u);
                        out.push_str(&hex);
                    }
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
