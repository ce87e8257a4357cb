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
//!
//! Here are the units' types and a part's units; `select` finds the dimensions and flattens a
//! pattern for one combination, `build` writes the FTL of the way back.

use fluent_syntax::ast;
use icu_plurals::PluralRules;

use crate::intl;
use crate::locale::Locale;

mod build;
mod select;
#[cfg(test)]
mod tests;

pub(crate) use build::build_pattern;
pub(crate) use select::{Role, combinations, flatten};
use select::{dimensions, unit_id};

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
