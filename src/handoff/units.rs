//! Translation units: what a translator sees of one FTL pattern, and the way back.
//!
//! A part (a message or term value, or one attribute) becomes one unit when its pattern has no
//! selector, and a group of units otherwise: the selectors of the model pattern (the pivot's)
//! are the group's dimensions, and each combination of their keys is one unit. A selector on a
//! number takes the CLDR plural categories of the *target* language (plus any exact-number keys
//! of the model); any other selector takes the model's variant keys. Each unit's text is the
//! pattern with every selector resolved for its combination: the pivot's text for a target
//! category is the text the pivot shows for the first number of that category.
//!
//! Placeables are protected codes, kept as their canonical FTL text (`{ $officials }`); string
//! literals are text. [`build_pattern`] turns the units of a part back into FTL, with as few
//! selectors as the texts need, and flattening the result gives the units again: the
//! importer checks exactly that before writing anything. This module reads no files.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use icu_plurals::PluralRules;

use crate::intl;
use crate::locale::Locale;
use crate::lock::inline_text;

/// A piece of a unit's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text a translator translates.
    Text(String),
    /// A placeable, as its canonical FTL text (`{ $officials }`): copied, never translated.
    Code(String),
}

/// The ordered pieces of a unit's text.
pub(crate) type Segments = Vec<Segment>;

/// Where a part lives: file, entry and attribute.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartKey {
    /// Path relative to the locale folder.
    pub file: String,
    /// Message id, or term id with its `-`.
    pub entry: String,
    /// The attribute, or `None` for the value.
    pub attribute: Option<String>,
}

impl PartKey {
    /// `entry` or `entry.attribute`: the part's id within its file.
    pub(crate) fn local_id(&self) -> String {
        self.part_id().to_string()
    }

    /// The part within its entry, as the lock and `check` key it.
    pub(crate) fn part_id(&self) -> crate::ftl::PartId {
        match &self.attribute {
            Some(attribute) => crate::ftl::PartId::attribute(&self.entry, attribute),
            None => crate::ftl::PartId::value(&self.entry),
        }
    }

    /// The stable id of the part across exports: `file:entry` or `file:entry.attribute`.
    pub(crate) fn id(&self) -> String {
        format!("{}:{}", self.file, self.local_id())
    }
}

/// One selector of a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    /// The selector's canonical FTL text (`$officials`).
    pub selector: String,
    /// Whether it selects a plural category of a number.
    pub plural: bool,
    /// Its keys, in the order they are written.
    pub values: Vec<DimensionValue>,
    /// The index of the default key.
    pub default: usize,
}

/// One key of a dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionValue {
    /// The variant key (`one`, `0`, `masculine`).
    pub key: String,
    /// For a plural key: the numbers of the target it stands for (at most a few), the first of
    /// which picks the pivot's text. Empty for other keys and for fractions-only categories.
    pub samples: Vec<u32>,
}

/// How far a translation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Not translated.
    NeedsTranslation,
    /// Translated, but its source or pivot changed since it was accepted.
    NeedsReview,
    /// Translated.
    Translated,
}

/// One unit: one combination of a part's selector keys (or the whole part).
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The stable id: the part's id, then `#selector=key,…` for a combination.
    pub id: String,
    /// The key of each dimension, in dimension order.
    pub combination: Vec<String>,
    /// The text in the source language of the exchange (the pivot).
    pub source: Segments,
    /// The project's source-language text, shown to the translator beside it.
    pub origin: Option<Segments>,
    /// The current translation, if any.
    pub target: Option<Segments>,
}

/// The units of one part.
#[derive(Debug, Clone, PartialEq)]
pub struct PartUnits {
    /// Where the part lives.
    pub key: PartKey,
    /// The selectors that split it; empty when it is one unit.
    pub dimensions: Vec<Dimension>,
    /// One unit per combination, in order (the last dimension varies fastest).
    pub units: Vec<Unit>,
    /// The state of the translation.
    pub state: State,
    /// The comment of the entry, for the translator.
    pub comment: Option<String>,
}

impl PartUnits {
    /// Whether the part is a group of several units.
    pub(crate) fn is_group(&self) -> bool {
        self.units.len() > 1
    }

    /// Whether the group is one plural selector (a gettext plural entry).
    pub(crate) fn is_plural_group(&self) -> bool {
        self.is_group()
            && self.dimensions.len() == 1
            && self.dimensions[0].plural
            && self.dimensions[0]
                .values
                .iter()
                .all(|v| intl::PLURAL_CATEGORIES.contains(&v.key.as_str()))
    }
}

/// The most units one part may split into; a part with more combinations is not exported.
pub(crate) const MAX_COMBINATIONS: usize = 64;

/// The plural rules of the languages involved in an exchange.
pub(crate) struct Languages {
    /// The target's categories with sample numbers.
    target_samples: Vec<(&'static str, Vec<u32>)>,
    /// The rules of the exchange's source language (the pivot).
    source_rules: Option<PluralRules>,
    /// The rules of the project's source language.
    origin_rules: Option<PluralRules>,
}

impl Languages {
    /// The languages of an exchange from `source` (the pivot) into `target`; `origin` is the
    /// project's source language.
    pub(crate) fn new(target: &Locale, source: &Locale, origin: &Locale) -> Self {
        let mut target_samples = intl::plural_samples(target, 4);
        if target_samples.is_empty() {
            target_samples.push(("other", Vec::new()));
        }
        Languages {
            target_samples,
            source_rules: intl::cardinal_rules(source),
            origin_rules: intl::cardinal_rules(origin),
        }
    }
}

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
pub(crate) fn unescape_literal(raw: &str) -> String {
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

/// Builds a part's units from its model pattern (the pivot's, or the source's when the pivot
/// lacks it), the project source's pattern and the current translation.
pub(crate) struct PartInput<'a> {
    pub(crate) key: PartKey,
    pub(crate) model: &'a ast::Pattern<&'a str>,
    pub(crate) origin: Option<&'a ast::Pattern<&'a str>>,
    pub(crate) target: Option<&'a ast::Pattern<&'a str>>,
    pub(crate) state: State,
    pub(crate) comment: Option<String>,
}

/// The units of one part, or `None` when it splits into too many.
pub(crate) fn part_units(input: PartInput<'_>, languages: &Languages) -> Option<PartUnits> {
    let dimensions = dimensions(input.model, languages)?;
    let units = combinations(&dimensions)
        .into_iter()
        .map(|combination| Unit {
            id: unit_id(&input.key, &dimensions, &combination),
            source: flatten(
                input.model,
                &dimensions,
                &combination,
                Role::Other(languages.source_rules.as_ref()),
            ),
            origin: input.origin.map(|p| {
                flatten(
                    p,
                    &dimensions,
                    &combination,
                    Role::Other(languages.origin_rules.as_ref()),
                )
            }),
            target: input
                .target
                .map(|p| flatten(p, &dimensions, &combination, Role::Target)),
            combination: combination
                .iter()
                .zip(&dimensions)
                .map(|(&i, d)| d.values[i].key.clone())
                .collect(),
        })
        .collect();
    Some(PartUnits {
        key: input.key,
        dimensions,
        units,
        state: input.state,
        comment: input.comment,
    })
}

/// The codes of a text, sorted: what must be the same in a translation.
pub(crate) fn codes(segments: &[Segment]) -> Vec<&str> {
    let mut codes: Vec<&str> = segments
        .iter()
        .filter_map(|s| match s {
            Segment::Code(c) => Some(c.as_str()),
            Segment::Text(_) => None,
        })
        .collect();
    codes.sort_unstable();
    codes
}

/// The text of a unit as one string, placeables written as FTL (for notes and PO files).
pub(crate) fn plain_text(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Text(t) => out.push_str(t),
            Segment::Code(c) => out.push_str(c),
        }
    }
    out
}

/// Why a translation's codes do not match its source, or `None` when they do. In a unit of
/// a plural group, the group's own number (`{ $count }`) may be added or left out, as the
/// language's form for those numbers needs.
pub(crate) fn code_mismatch(
    source: &[Segment],
    target: &[Segment],
    part: &PartUnits,
) -> Option<String> {
    let optional: Vec<String> = part
        .dimensions
        .iter()
        .filter(|d| d.plural && d.selector.starts_with('$'))
        .map(|d| format!("{{ {} }}", d.selector))
        .collect();
    let mut expected = codes(source);
    let mut found = codes(target);
    expected.retain(|c| !optional.iter().any(|o| o == c));
    found.retain(|c| !optional.iter().any(|o| o == c));
    if expected == found {
        return None;
    }
    let mut missing = Vec::new();
    let mut left = found.clone();
    for code in &expected {
        match left.iter().position(|c| c == code) {
            Some(i) => {
                left.remove(i);
            }
            None => missing.push(*code),
        }
    }
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("dropped {}", missing.join(" ")));
    }
    if !left.is_empty() {
        parts.push(format!("added {}", left.join(" ")));
    }
    Some(format!(
        "protected placeables changed: {}",
        parts.join("; ")
    ))
}

/// A pattern as FTL: either text, or a selector whose variants are patterns.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Text(Segments),
    Select {
        selector: String,
        variants: Vec<(String, bool, Node)>,
    },
}

/// The FTL of a part's pattern (what follows `id =` or `.attr =`, with its leading space or
/// line break) for the given text of every combination, with as few selectors as the texts
/// need. `texts` must hold one entry per combination of `dimensions`, in order.
pub(crate) fn build_pattern(dimensions: &[Dimension], texts: &[Segments], indent: usize) -> String {
    let combos = combinations(dimensions);
    let by_combo: BTreeMap<&[usize], &Segments> =
        combos.iter().map(Vec::as_slice).zip(texts.iter()).collect();
    let mut fixed = vec![0usize; dimensions.len()];
    let node = build_node(dimensions, &by_combo, 0, &mut fixed);
    let mut out = String::new();
    match &node {
        Node::Text(segments) => {
            let lines = text_lines(segments);
            if lines.len() == 1 {
                out.push(' ');
                out.push_str(&lines[0]);
            } else {
                for line in lines {
                    out.push('\n');
                    if !line.is_empty() {
                        push_indent(&mut out, indent + 4);
                        out.push_str(&line);
                    }
                }
            }
        }
        Node::Select { .. } => {
            out.push('\n');
            write_select(&node, indent + 4, &mut out);
            // The outermost selector ends the pattern: no line break after its brace.
            out.pop();
        }
    }
    out
}

fn build_node(
    dimensions: &[Dimension],
    texts: &BTreeMap<&[usize], &Segments>,
    level: usize,
    fixed: &mut Vec<usize>,
) -> Node {
    if level == dimensions.len() {
        return Node::Text(
            texts
                .get(fixed.as_slice())
                .map(|s| (*s).clone())
                .unwrap_or_default(),
        );
    }
    let dimension = &dimensions[level];
    let mut variants = Vec::new();
    for (i, value) in dimension.values.iter().enumerate() {
        fixed[level] = i;
        let node = build_node(dimensions, texts, level + 1, fixed);
        variants.push((value.key.clone(), i == dimension.default, node));
    }
    if variants.windows(2).all(|w| w[0].2 == w[1].2) {
        return variants.swap_remove(0).2;
    }
    // A variant that says what the default says is left to the default.
    let default = variants.iter().find(|v| v.1).map(|v| v.2.clone());
    if let Some(default) = default {
        let plural = dimension.plural;
        variants.retain(|(key, is_default, node)| {
            *is_default || *node != default || (plural && key.parse::<f64>().is_ok())
        });
    }
    Node::Select {
        selector: dimension.selector.clone(),
        variants,
    }
}

fn push_indent(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn write_select(node: &Node, indent: usize, out: &mut String) {
    let Node::Select { selector, variants } = node else {
        return;
    };
    push_indent(out, indent);
    out.push_str(&format!("{{ {selector} ->\n"));
    for (key, default, value) in variants {
        push_indent(out, indent + 4 - usize::from(*default));
        if *default {
            out.push('*');
        }
        out.push_str(&format!("[{key}]"));
        match value {
            Node::Text(segments) => {
                let lines = text_lines(segments);
                if lines.len() == 1 {
                    out.push(' ');
                    out.push_str(&lines[0]);
                    out.push('\n');
                } else {
                    out.push('\n');
                    for line in lines {
                        if !line.is_empty() {
                            push_indent(out, indent + 8);
                            out.push_str(&line);
                        }
                        out.push('\n');
                    }
                }
            }
            Node::Select { .. } => {
                out.push('\n');
                write_select(value, indent + 8, out);
            }
        }
    }
    push_indent(out, indent);
    out.push_str("}\n");
}

/// The text as FTL lines (without indentation): braces, and whitespace or syntax characters
/// that FTL would take for layout, are written as string literals.
fn text_lines(segments: &[Segment]) -> Vec<String> {
    let mut lines = vec![String::new()];
    let last = segments.len().saturating_sub(1);
    if segments.is_empty() {
        return vec!["{ \"\" }".to_owned()];
    }
    for (index, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Code(code) => lines
                .last_mut()
                .unwrap_or(&mut String::new())
                .push_str(code),
            Segment::Text(text) => {
                let pieces: Vec<&str> = text.split('\n').collect();
                for (n, piece) in pieces.iter().enumerate() {
                    if n > 0 {
                        lines.push(String::new());
                    }
                    let at_line_start = lines.last().is_some_and(String::is_empty);
                    let at_end = index == last && n == pieces.len() - 1;
                    let piece = piece.trim_end_matches('\r');
                    let line = lines.last_mut().expect("one line at least");
                    line.push_str(&escape_text(piece, at_line_start, at_end));
                }
            }
        }
    }
    lines
}

fn literal(text: &str) -> String {
    let mut out = String::from("{ \"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\" }");
    out
}

fn escape_text(text: &str, at_line_start: bool, at_end: bool) -> String {
    let mut out = String::new();
    let mut rest = text;
    if at_line_start {
        let body = rest.trim_start_matches([' ', '\t']);
        let lead = &rest[..rest.len() - body.len()];
        let first = body.chars().next();
        match first {
            Some(c @ ('[' | '*' | '.')) => {
                out.push_str(&literal(&format!("{lead}{c}")));
                rest = &body[c.len_utf8()..];
            }
            _ if !lead.is_empty() => {
                out.push_str(&literal(lead));
                rest = body;
            }
            _ => {}
        }
    }
    let (body, tail) = if at_end {
        let body = rest.trim_end_matches([' ', '\t']);
        (body, &rest[body.len()..])
    } else {
        (rest, "")
    };
    for c in body.chars() {
        match c {
            '{' | '}' => out.push_str(&literal(&c.to_string())),
            c if c.is_control() && c != '\t' => out.push_str(&literal(&c.to_string())),
            c => out.push(c),
        }
    }
    if !tail.is_empty() {
        out.push_str(&literal(tail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::parser;

    fn languages(target: &str) -> Languages {
        let l = |t: &str| Locale::parse(t).unwrap();
        Languages::new(&l(target), &l("en"), &l("zh-CN"))
    }

    fn value<'a>(resource: &'a ast::Resource<&'a str>) -> &'a ast::Pattern<&'a str> {
        match &resource.body[0] {
            ast::Entry::Message(m) => m.value.as_ref().unwrap(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn plural_units_follow_the_target_categories() {
        let ftl = "a = { $n ->\n    [one] One file\n   *[other] { $n } files\n} here\n";
        let resource = parser::parse(ftl).unwrap();
        let langs = languages("bn");
        let dims = dimensions(value(&resource), &langs).unwrap();
        assert_eq!(dims.len(), 1);
        let keys: Vec<&str> = dims[0].values.iter().map(|v| v.key.as_str()).collect();
        assert_eq!(keys, ["one", "other"]);
        // bn's `one` starts at 0, which English writes with `other`.
        let text = flatten(
            value(&resource),
            &dims,
            &[0],
            Role::Other(langs.source_rules.as_ref()),
        );
        assert_eq!(plain_text(&text), "{ $n } files here");
        let km = languages("km");
        let dims = dimensions(value(&resource), &km).unwrap();
        assert_eq!(combinations(&dims).len(), 1);
    }

    #[test]
    fn patterns_are_rebuilt_with_as_few_selectors_as_needed() {
        let dims = vec![Dimension {
            selector: "$n".into(),
            plural: true,
            values: vec![
                DimensionValue {
                    key: "one".into(),
                    samples: vec![1],
                },
                DimensionValue {
                    key: "other".into(),
                    samples: vec![0],
                },
            ],
            default: 1,
        }];
        let same = vec![
            vec![Segment::Code("{ $n }".into()), Segment::Text(" x".into())],
            vec![Segment::Code("{ $n }".into()), Segment::Text(" x".into())],
        ];
        assert_eq!(build_pattern(&dims, &same, 0), " { $n } x");
        let differ = vec![
            vec![Segment::Text("one {brace}".into())],
            vec![Segment::Text("  many\n[x]".into())],
        ];
        let ftl = format!("a ={}\n", build_pattern(&dims, &differ, 0));
        assert_eq!(
            ftl,
            "a =\n    { $n ->\n        [one] one { \"{\" }brace{ \"}\" }\n       *[other]\n            { \"  \" }many\n            { \"[\" }x]\n    }\n"
        );
        let resource = parser::parse(ftl.as_str()).unwrap();
        for (i, expected) in differ.iter().enumerate() {
            let text = flatten(value(&resource), &dims, &[i], Role::Target);
            assert_eq!(&text, expected);
        }
    }
}
