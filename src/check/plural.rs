//! CLDR plural categories of a locale (the rules of [`crate::intl`]) as the check needs them,
//! and which languages write Han.

use super::pattern::Key;
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
    let order = |names: &mut Vec<&'static str>| {
        names.sort_by_key(|n| ALL.iter().position(|a| a == n));
        names.dedup();
    };
    let mut all: Vec<&'static str> = rules.categories().map(name).collect();
    order(&mut all);
    let mut counts: Vec<&'static str> =
        (0u32..=1000).map(|n| name(rules.category_for(n))).collect();
    order(&mut counts);
    Some(Categories { all, counts })
}

/// The categories that a select with variant `keys` lacks, once its keys show it distinguishes
/// plural forms: when one of them is a category (other than `other`) that some count selects
/// in the language, every such category is required, whatever the reference's select has.
/// Number keys (`[3]`) are extra variants and replace no category; `other` is covered by the
/// default variant; a select with `*[other]` alone, or only numbers, has chosen not to inflect.
pub(crate) fn lacking(categories: &Categories, keys: &[Key<'_>]) -> Vec<&'static str> {
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

/// Whether the language is normally written with Han characters (Chinese languages, Japanese,
/// Korean, Classical Chinese).
pub(crate) fn uses_han(locale: &Locale) -> bool {
    matches!(
        locale.language(),
        "zh" | "ja"
            | "ko"
            | "yue"
            | "cmn"
            | "wuu"
            | "hak"
            | "nan"
            | "gan"
            | "hsn"
            | "cdo"
            | "cjy"
            | "cpx"
            | "lzh"
    )
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

    #[test]
    fn million_only_categories_are_not_counts() {
        assert_eq!(categories("fr").all, ["one", "many", "other"]);
        assert_eq!(categories("fr").counts, ["one", "other"]);
    }

    #[test]
    fn han_languages() {
        assert!(uses_han(&Locale::parse("zh-TW").unwrap()));
        assert!(uses_han(&Locale::parse("ja").unwrap()));
        assert!(!uses_han(&Locale::parse("vi").unwrap()));
    }
}
