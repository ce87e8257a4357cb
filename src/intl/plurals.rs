//! Plural categories as Fluent selects them, their CLDR conditions, and sample numbers for
//! translators.

use icu_plurals::{PluralCategory, PluralRules};
use icu_provider::prelude::*;

use super::has_cldr_data;
use crate::locale::Locale;

/// The CLDR plural category names, in CLDR order.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The name of a plural category (`one`).
pub(crate) fn plural_category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// Whether ICU4X has cardinal plural rules for `locale` or a parent of it other than root.
fn has_plural_data(locale: &Locale) -> bool {
    use icu_plurals::provider::{Baked, PluralsCardinalV1};
    let data_locale = DataLocale::from(locale.icu());
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_locale(&data_locale),
        ..Default::default()
    };
    let response: std::result::Result<DataResponse<PluralsCardinalV1>, _> = Baked.load(request);
    response.is_ok_and(|r| r.metadata.locale.is_none_or(|found| !found.is_unknown()))
}

/// The CLDR conditions of `locale`'s cardinal categories other than `other`, in CLDR order
/// (`[("one", "i = 1 and v = 0")]` in en), from the same data and the same choice of locale
/// as [`cardinal_rules`]; `None` when CLDR has no rules for it.
pub(crate) fn cardinal_conditions(locale: &Locale) -> Option<Vec<(&'static str, String)>> {
    use icu_plurals::provider::{Baked, PluralsCardinalV1};
    let language = Locale::parse(locale.language()).ok();
    let chosen = if has_plural_data(locale) {
        locale
    } else if let Some(language) = language.as_ref().filter(|l| has_plural_data(l)) {
        language
    } else {
        // Root's rules (only `other`), where CLDR knows the locale at all.
        return cardinal_rules(locale).map(|_| Vec::new());
    };
    let data_locale = DataLocale::from(chosen.icu());
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_locale(&data_locale),
        ..Default::default()
    };
    let response: DataResponse<PluralsCardinalV1> = Baked.load(request).ok()?;
    let data = response.payload.get();
    let rules = [
        ("zero", &data.zero),
        ("one", &data.one),
        ("two", &data.two),
        ("few", &data.few),
        ("many", &data.many),
    ];
    Some(
        rules
            .into_iter()
            .filter_map(|(name, rule)| Some((name, rule.as_ref()?.to_string())))
            .collect(),
    )
}

/// The cardinal plural rules Fluent applies to `locale`: the locale's own, else its bare
/// language's (`sr-Latn` → `sr`, as fluent-bundle's lookup does), else root's where that is the
/// language's rule (Chinese, Thai: only `other`). `None` when CLDR knows neither the locale
/// nor its language (`xx`), for which fluent-bundle silently uses English rules.
pub(crate) fn cardinal_rules(locale: &Locale) -> Option<PluralRules> {
    let language = Locale::parse(locale.language()).ok();
    let chosen = if has_plural_data(locale) {
        locale
    } else if let Some(language) = language.as_ref().filter(|l| has_plural_data(l)) {
        language
    } else if has_cldr_data(locale) || language.as_ref().is_some_and(has_cldr_data) {
        locale
    } else {
        return None;
    };
    PluralRules::try_new_cardinal(chosen.icu().into()).ok()
}

/// CLDR cardinal plural categories of `locale`, in CLDR order (zero, one, two, few, many,
/// other), as Fluent selects them: a tag whose script or region has no rules of its own takes
/// its language's (`sr-Latn` → `sr`). Empty when CLDR has no plural rules for the locale or its
/// language (`xx`).
pub fn plural_categories(locale: &Locale) -> Vec<&'static str> {
    let Some(rules) = cardinal_rules(locale) else {
        return Vec::new();
    };
    let present: Vec<&'static str> = rules.categories().map(plural_category_name).collect();
    PLURAL_CATEGORIES
        .into_iter()
        .filter(|name| present.contains(name))
        .collect()
}

/// Large round numbers tried for a category that no integer up to 200 falls into (`many` is
/// 1,000,000, 2,000,000, … in es, fr, it, pt).
const LARGE_SAMPLES: [u32; 10] = [
    1_000,
    10_000,
    100_000,
    1_000_000,
    2_000_000,
    3_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    2_000_000_000,
];

/// Integers that fall into each plural category of `locale`, for translators: the smallest
/// (0–200) first, `[("one", [0, 1]), ("other", [2, 3, …])]` in bn, and large round numbers for
/// a category none of those falls into (at most three: `many` in es is `[1000000, 2000000,
/// 3000000]`). A category
/// that only fractions fall into (`many` in cs) has no samples. Empty when CLDR has no plural
/// rules for the locale or its language.
pub(crate) fn plural_samples(
    locale: &Locale,
    per_category: usize,
) -> Vec<(&'static str, Vec<u32>)> {
    let Some(rules) = cardinal_rules(locale) else {
        return Vec::new();
    };
    let mut out: Vec<(&'static str, Vec<u32>)> = plural_categories(locale)
        .into_iter()
        .map(|name| (name, Vec::new()))
        .collect();
    for n in 0..=200u32 {
        let name = plural_category_name(rules.category_for(n));
        if let Some((_, samples)) = out.iter_mut().find(|(c, _)| *c == name)
            && samples.len() < per_category
        {
            samples.push(n);
        }
    }
    for n in LARGE_SAMPLES {
        let name = plural_category_name(rules.category_for(n));
        if let Some((_, samples)) = out.iter_mut().find(|(c, _)| *c == name)
            && samples.last().is_none_or(|&last| last > 200)
            && samples.len() < per_category.min(3)
        {
            samples.push(n);
        }
    }
    out
}
