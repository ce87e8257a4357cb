//! Plurals: the CLDR plural categories of a locale (the rules of [`crate::intl`]), a variant
//! key used twice in a select, a key that is not a category of the locale, and the categories
//! a numeric select lacks once its keys name one of them, whatever the reference's select has.

use std::collections::BTreeSet;

use super::PatternCheck;
use crate::check::pattern::{Key, Select};
use crate::check::{Code, Findings};
use crate::intl::{cardinal_rules, plural_category_name as name};
use crate::locale::Locale;

/// All CLDR plural category names.
pub(crate) use crate::intl::PLURAL_CATEGORIES as ALL;

/// A locale's cardinal plural categories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Categories {
    /// All categories, in CLDR order (`zero`, `one`, …, `other`).
    pub(crate) all: Vec<&'static str>,
    /// Those that some count from 0 to 1000 selects: what a translation needs variants for.
    /// (French `many`, for exact millions, is in `all` only.)
    pub(crate) counts: Vec<&'static str>,
}

/// The cardinal plural categories of `locale` as Fluent selects them (see
/// [`crate::intl::cardinal_rules`]), or `None` when CLDR has no rules for it or its language.
pub(crate) fn cardinal_categories(locale: &Locale) -> Option<Categories> {
    let rules = cardinal_rules(locale)?;
    // In CLDR order, each once.
    let in_order = |names: &mut dyn Iterator<Item = &'static str>| {
        let mut seen = [false; ALL.len()];
        for n in names {
            if let Some(i) = ALL.iter().position(|a| *a == n) {
                seen[i] = true;
            }
        }
        ALL.iter()
            .zip(seen)
            .filter_map(|(c, seen)| seen.then_some(*c))
            .collect::<Vec<_>>()
    };
    let all = in_order(
        &mut rules
            .categories()
            .map(name)
            .chain(runtime_categories(locale)),
    );
    // The counts select categories of `rules.categories()` only: once each has been seen, the
    // rest of the counts can add none.
    let every: Vec<_> = rules.categories().map(name).collect();
    let mut seen = Vec::with_capacity(every.len());
    for n in 0u32..=1000 {
        let category = name(rules.category_for(n));
        if !seen.contains(&category) {
            seen.push(category);
            if every.iter().all(|c| seen.contains(c)) {
                break;
            }
        }
    }
    let counts = in_order(&mut seen.into_iter());
    Some(Categories { all, counts })
}

/// The categories fluent-bundle's own rules (intl_pluralrules, from an older CLDR) select for
/// some whole number, found the way fluent-bundle finds them: the tag, else its language. They
/// may name a category newer CLDR dropped (Hebrew `many`, for 20, 30, …, 100): Fluent still
/// selects such a variant, so it is a valid key.
fn runtime_categories(locale: &Locale) -> Vec<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let rules = [
        Some(locale.langid().clone()),
        locale.language().parse().ok(),
    ]
    .into_iter()
    .flatten()
    .find_map(|id: unic_langid::LanguageIdentifier| {
        PluralRules::create(id, PluralRuleType::CARDINAL).ok()
    });
    let Some(rules) = rules else {
        return Vec::new();
    };
    let samples = (0u64..=1000).chain((4..=7).map(|e| 10u64.pow(e)));
    let mut found: Vec<&'static str> = samples
        .filter_map(|n| rules.select(n).ok())
        .map(|c| match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// A variant key used twice in one select expression: the second is never selected.
pub(super) fn duplicate_variants(check: &PatternCheck<'_>, out: &mut Findings) {
    for select in &check.facts.selects {
        let mut keys = BTreeSet::new();
        for k in &select.keys {
            let (Key::Name(s) | Key::Number(s)) = k;
            if !keys.insert(*s) {
                out.push(
                    check
                        .at(Code::DuplicateVariant, s)
                        .message(format!(
                            "variant `[{s}]` appears twice in {} of `{}`",
                            check.what, check.entry.key
                        ))
                        .label("never selected"),
                );
            }
        }
    }
}

/// Variant keys of numeric selects against the locale's plural categories.
pub(super) fn check(check: &PatternCheck<'_>, out: &mut Findings) {
    let Some(categories) = check.cx.plurals else {
        return;
    };
    let (key, what, lang) = (check.entry.key, check.what, check.cx.locale);
    for select in check.facts.selects.iter().filter(|s| s.numeric_selector) {
        let ref_select = select.variable.and_then(|v| {
            check
                .reference
                .as_ref()?
                .facts
                .selects
                .iter()
                .find(|r| r.variable == Some(v))
        });
        if plural_keyed(ref_select.unwrap_or(select)) {
            for k in &select.keys {
                if let Key::Name(name) = k
                    && !categories.all.contains(name)
                {
                    out.push(
                        check
                            .at(Code::InvalidPluralKey, name)
                            .message(format!(
                                "`[{name}]` in {what} of `{key}` is not a plural category of `{lang}` (it has {})",
                                categories.all.join(", ")
                            ))
                            .label("never selected"),
                    );
                }
            }
        }
        let absent = lacking(categories, &select.keys);
        if !absent.is_empty() {
            // The span includes the `$` of a variable selector.
            let anchor = if select.variable == Some(select.anchor) {
                check.at_variable(Code::MissingPluralCategory, select.anchor)
            } else {
                check.at(Code::MissingPluralCategory, select.anchor)
            };
            out.push(
                anchor
                    .message(format!(
                        "the plural select in {what} of `{key}` lacks `{lang}` categories: {}",
                        absent.join(", ")
                    ))
                    .label("these numbers fall back to the default variant"),
            );
        }
    }
}

/// The categories that a select with variant `keys` lacks, once its keys show it distinguishes
/// plural forms: when one of them is a category (other than `other`) that some count selects
/// in the language, every such category is required, whatever the reference's select has.
/// Number keys (`[3]`) are extra variants and replace no category; `other` is covered by the
/// default variant; a select with `*[other]` alone, or only numbers, has chosen not to inflect
/// (common in Hungarian, Turkish, Japanese).
fn lacking(categories: &Categories, keys: &[Key<'_>]) -> Vec<&'static str> {
    let has = |c: &str| keys.contains(&Key::Name(c));
    let plural = categories.counts.iter().any(|c| *c != "other" && has(c));
    if !plural {
        return Vec::new();
    }
    categories
        .counts
        .iter()
        .copied()
        .filter(|c| *c != "other" && !has(c))
        .collect()
}

/// Whether a select's keys are plural categories or numbers (at least one category).
fn plural_keyed(select: &Select<'_>) -> bool {
    select.keys.iter().all(|k| match k {
        Key::Number(_) => true,
        Key::Name(n) => ALL.contains(n),
    }) && select.keys.iter().any(|k| matches!(k, Key::Name(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories(tag: &str) -> Categories {
        cardinal_categories(&Locale::parse(tag).unwrap()).unwrap()
    }

    #[test]
    fn categories_follow_cldr() {
        assert_eq!(categories("zh-CN").all, ["other"]);
        assert_eq!(categories("en").all, ["one", "other"]);
        assert_eq!(categories("pl").all, ["one", "few", "many", "other"]);
        // Polish `other` is for fractions only.
        assert_eq!(categories("pl").counts, ["one", "few", "many"]);
        assert_eq!(categories("ar").all, ALL);
        assert_eq!(categories("ar").counts, ALL);
        assert_eq!(categories("sr-Latn").all, ["one", "few", "other"]);
        assert_eq!(
            cardinal_categories(&Locale::parse("xx").unwrap()),
            None,
            "no CLDR rules"
        );
    }

    #[test]
    fn a_select_with_one_category_needs_them_all() {
        let ru = categories("ru");
        let keys = |names: &[&'static str]| -> Vec<Key<'static>> {
            names
                .iter()
                .map(|n| match n.parse::<f64>() {
                    Ok(_) => Key::Number(n),
                    Err(_) => Key::Name(n),
                })
                .collect()
        };
        assert_eq!(lacking(&ru, &keys(&["one", "3", "many"])), ["few"]);
        assert!(lacking(&ru, &keys(&["one", "few", "many", "other"])).is_empty());
        assert!(lacking(&ru, &keys(&["other"])).is_empty());
        assert!(lacking(&ru, &keys(&["0", "other"])).is_empty());
        // French `many` (exact millions) is a category no count up to 1000 selects.
        assert!(lacking(&categories("fr"), &keys(&["many", "other"])).is_empty());
    }

    /// Fluent selects `[many]` for 20 in Hebrew (its rules come from an older CLDR), so the key
    /// is valid, though CLDR 49 dropped the category and no translation is asked for it.
    #[test]
    fn categories_fluent_still_selects_are_valid_keys() {
        assert_eq!(categories("he").all, ["one", "two", "many", "other"]);
        assert_eq!(categories("he").counts, ["one", "two", "other"]);
    }

    #[test]
    fn million_only_categories_are_not_counts() {
        assert_eq!(categories("fr").all, ["one", "many", "other"]);
        assert_eq!(categories("fr").counts, ["one", "other"]);
    }
}
