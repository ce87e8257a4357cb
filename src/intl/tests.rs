//! Formatting checked against CLDR in the locales the site ships, and the workarounds pinned.

use super::formatter::{RANGE_VERIFIED, range_key};
use super::*;

fn fmt(tag: &str) -> Formatter {
    Formatter::new(&Locale::parse(tag).unwrap(), Calendar::Gregorian).unwrap()
}

#[test]
fn iso_dates_are_strict() {
    assert_eq!(
        "2023-07-10".parse::<IsoDate>().unwrap(),
        IsoDate {
            year: 2023,
            month: 7,
            day: 10
        }
    );
    for bad in ["2023-7-10", "2023-02-30", "10/07/2023", "", "2023-07-10-01"] {
        assert!(
            matches!(bad.parse::<IsoDate>(), Err(Error::InvalidValue { .. })),
            "{bad}"
        );
    }
}

#[test]
fn number_options() {
    let en = fmt("en");
    assert_eq!(en.number(1234567.0), "1,234,567");
    assert_eq!(en.number(-0.5), "-0.5");
    assert_eq!(en.number(2.0 / 3.0), "0.667");
    let opts = NumberOptions {
        use_grouping: false,
        minimum_fraction_digits: Some(2),
        ..Default::default()
    };
    assert_eq!(en.number_with(1234.5, &opts), "1234.50");
    assert_eq!(en.number(f64::NAN), "NaN");
}

#[test]
fn reversed_and_equal_ranges() {
    let en = fmt("en");
    let a: IsoDate = "2023-07-10".parse().unwrap();
    let b: IsoDate = "2023-07-14".parse().unwrap();
    assert_eq!(en.date_range(b, a), en.date_range(a, b));
    assert_eq!(en.date_range(a, a), "July 10, 2023");
}

#[test]
fn data_detection() {
    let p = |t: &str| Locale::parse(t).unwrap();
    assert!(has_cldr_data(&p("en-SB")));
    assert!(has_cldr_data(&p("vi")));
    assert!(!has_cldr_data(&p("xx")));
    assert!(!has_cldr_data(&p("mn-Mong")));
    assert_eq!(closest_supported(&p("mn-Mong")), Some(p("mn")));
    assert_eq!(closest_supported(&p("xx")), None);
}

/// The month-day range formatter is the part of ICU4X we rely on for ranges; in a debug build
/// a broken range pattern panics. This sweep runs every language-script pair on the list of
/// verified locales (and a regional variant of each), proving the list sound.
#[test]
fn verified_month_day_ranges_never_show_placeholders() {
    let d = |s: &str| s.parse::<IsoDate>().unwrap();
    for key in RANGE_VERIFIED {
        let language = key.split('-').next().unwrap();
        for tag in [language.to_owned(), key.to_string()] {
            let locale = Locale::parse(&tag).unwrap();
            assert_eq!(range_key(&locale), *key, "{tag}");
            let f = Formatter::new(&locale, Calendar::Gregorian).unwrap();
            for end in ["2023-07-14", "2023-08-02", "2024-01-02"] {
                let range = f.date_range(d("2023-07-10"), d(end));
                assert!(!range.contains("M0"), "{tag}: {range}");
            }
        }
    }
}

/// Review finding: ICU4X gives `sr-Latn`, `bs-Cyrl`, `uz-Cyrl` (no parent but root) root's
/// plural rules, only `other`, while Fluent selects `[one]` and `[few]` with the language's;
/// and `xx` got root rules instead of "no rules".
#[test]
fn plural_categories_fall_back_to_the_language_like_fluent() {
    let p = |t: &str| plural_categories(&Locale::parse(t).unwrap());
    assert_eq!(p("sr-Latn"), ["one", "few", "other"]);
    assert_eq!(p("sr-ME"), ["one", "few", "other"]);
    assert_eq!(p("bs-Cyrl"), ["one", "few", "other"]);
    assert_eq!(p("uz-Cyrl"), ["one", "other"]);
    assert_eq!(p("mn-Mong"), ["one", "other"]);
    assert_eq!(p("zh-CN"), ["other"]);
    assert_eq!(p("th"), ["other"]);
    assert_eq!(p("en-SB"), ["one", "other"]);
    assert!(p("xx").is_empty());
    assert!(plural_samples(&Locale::parse("xx").unwrap(), 3).is_empty());
}

/// Review finding: `add-locale es-419` printed `[many] , …`: no integer up to 200 is
/// `many` in es or fr, only 1,000,000-style numbers are.
#[test]
fn plural_samples_find_large_numbers_for_many() {
    let samples = |t: &str| plural_samples(&Locale::parse(t).unwrap(), 3);
    for tag in ["es", "es-419", "fr"] {
        let many = samples(tag)
            .into_iter()
            .find(|(c, _)| *c == "many")
            .map(|(_, s)| s);
        assert_eq!(many, Some(vec![1_000_000, 2_000_000, 3_000_000]), "{tag}");
    }
    assert_eq!(samples("es")[0], ("one", vec![1]));
    assert_eq!(samples("fr")[0], ("one", vec![0, 1]));
    // Categories with small samples get no large ones.
    assert_eq!(samples("en"), [("one", vec![1]), ("other", vec![0, 2, 3])]);
}
