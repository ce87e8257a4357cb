//! CLDR plural categories of a locale (ICU4X compiled data), and which languages write Han.

use icu_plurals::{PluralCategory, PluralRules};

use crate::locale::Locale;

/// All CLDR plural category names.
pub(crate) const ALL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The cardinal plural categories of `locale` in CLDR order (`zero`, `one`, …, `other`), or
/// `None` when ICU4X has no rules for it.
pub(crate) fn cardinal_categories(locale: &Locale) -> Option<Vec<&'static str>> {
    let rules = PluralRules::try_new_cardinal(locale.icu().into()).ok()?;
    let mut names: Vec<&'static str> = rules.categories().map(name).collect();
    names.sort_by_key(|n| ALL.iter().position(|a| a == n));
    Some(names)
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
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

    fn categories(tag: &str) -> Vec<&'static str> {
        cardinal_categories(&Locale::parse(tag).unwrap()).unwrap()
    }

    #[test]
    fn categories_follow_cldr() {
        assert_eq!(categories("zh-CN"), ["other"]);
        assert_eq!(categories("en"), ["one", "other"]);
        assert_eq!(categories("pl"), ["one", "few", "many", "other"]);
        assert_eq!(categories("ar"), ALL);
    }

    #[test]
    fn han_languages() {
        assert!(uses_han(&Locale::parse("zh-TW").unwrap()));
        assert!(uses_han(&Locale::parse("ja").unwrap()));
        assert!(!uses_han(&Locale::parse("vi").unwrap()));
    }
}
