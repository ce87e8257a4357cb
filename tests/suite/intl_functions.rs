//! `install_functions`: locale-aware display of numbers, `NUMBER()` and `DATETIME()` in FTL,
//! and the plural categories CLDR gives each article locale.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluentpress::intl::{install_functions, plural_categories};
use fluentpress::locale::Locale;

const FTL: &str = r#"
plain = { $n }
fixed = { NUMBER($n, minimumFractionDigits: 2) }
ungrouped = { NUMBER($n, useGrouping: "false") }
literal = { DATETIME("2023-07-10") }
short = { DATETIME($date, dateStyle: "short") }
medium = { DATETIME($date, dateStyle: "medium") }
bad-date = { DATETIME("10 July") }
officials = { $n ->
    [one] one official
   *[other] { $n } officials
}
"#;

fn format(tag: &str, id: &str, n: f64) -> (String, usize) {
    let resource = FluentResource::try_new(FTL.to_owned()).unwrap();
    let locale = Locale::parse(tag).unwrap();
    let mut bundle = FluentBundle::new(vec![locale.langid().clone()]);
    bundle.set_use_isolating(false);
    install_functions(&mut bundle);
    bundle.add_resource(&resource).unwrap();
    let mut args = FluentArgs::new();
    args.set("n", n);
    args.set("date", "2023-07-28");
    let mut errors = Vec::new();
    let pattern = bundle.get_message(id).unwrap().value().unwrap();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    (text.into_owned(), errors.len())
}

fn ok(tag: &str, id: &str, n: f64) -> String {
    let (text, errors) = format(tag, id, n);
    assert_eq!(errors, 0, "{tag} {id}: {text}");
    text
}

#[test]
fn every_displayed_number_uses_native_digits_and_grouping() {
    assert_eq!(ok("bn", "plain", 29.0), "২৯");
    assert_eq!(ok("bn", "plain", 1234567.0), "১২,৩৪,৫৬৭");
    assert_eq!(ok("en", "plain", 1234567.0), "1,234,567");
    assert_eq!(ok("id", "plain", 1234.5), "1.234,5");
    assert_eq!(ok("bn", "officials", 29.0), "২৯ officials");
}

#[test]
fn number_function_options() {
    assert_eq!(ok("en", "fixed", 29.0), "29.00");
    assert_eq!(ok("bn", "fixed", 29.0), "২৯.০০");
    assert_eq!(ok("en", "ungrouped", 1234567.0), "1234567");
}

#[test]
fn datetime_function_formats_iso_dates() {
    assert_eq!(ok("en", "literal", 0.0), "July 10, 2023");
    assert_eq!(ok("zh-CN", "literal", 0.0), "2023年7月10日");
    assert_eq!(ok("bn", "literal", 0.0), "১০ জুলাই, ২০২৩");
    // Thai dates are Gregorian by default in this project.
    assert_eq!(ok("th", "literal", 0.0), "10 กรกฎาคม ค.ศ. 2023");
    assert_eq!(ok("en", "short", 0.0), "7/28/23");
    assert_eq!(ok("en", "medium", 0.0), "Jul 28, 2023");
}

#[test]
fn datetime_function_shows_text_that_is_not_a_date_unchanged() {
    assert_eq!(ok("en", "bad-date", 0.0), "10 July");
}

/// The categories add-locale pre-fills must be the ones Fluent selects at render time.
#[test]
fn plural_categories_of_the_article_locales_match_fluent_selection() {
    for (tag, want) in [
        ("zh-CN", &["other"][..]),
        ("en", &["one", "other"]),
        ("fil", &["one", "other"]),
        ("km", &["other"]),
        ("lo", &["other"]),
        ("bn", &["one", "other"]),
        ("mn", &["one", "other"]),
        ("th", &["other"]),
        ("id", &["other"]),
        ("en-SB", &["one", "other"]),
        // Review finding: tags whose script or region has no plural rules of its own take
        // their language's, as Fluent does (ICU4X alone gives root's `other` only).
        ("sr-Latn", &["one", "few", "other"]),
        ("bs-Cyrl", &["one", "few", "other"]),
        ("uz-Cyrl", &["one", "other"]),
    ] {
        let locale = Locale::parse(tag).unwrap();
        assert_eq!(plural_categories(&locale), want, "{tag}");
        let ftl = "m = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let resource = FluentResource::try_new(ftl.to_owned()).unwrap();
        let mut bundle = FluentBundle::new(vec![locale.langid().clone()]);
        bundle.add_resource(&resource).unwrap();
        let mut seen: Vec<String> = Vec::new();
        for n in 0..200 {
            let mut args = FluentArgs::new();
            args.set("n", n);
            let pattern = bundle.get_message("m").unwrap().value().unwrap();
            let got = bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned();
            if !seen.contains(&got) {
                seen.push(got);
            }
        }
        for category in want {
            assert!(seen.iter().any(|s| s == category), "{tag}: {seen:?}");
        }
        assert_eq!(seen.len(), want.len(), "{tag}: {seen:?}");
    }
}

fn format_alone(ftl: &str, id: &str, n: f64) -> String {
    let resource = FluentResource::try_new(ftl.to_owned()).unwrap();
    let locale = Locale::parse("en").unwrap();
    let mut bundle = FluentBundle::new(vec![locale.langid().clone()]);
    bundle.set_use_isolating(false);
    install_functions(&mut bundle);
    bundle.add_resource(&resource).unwrap();
    let mut args = FluentArgs::new();
    args.set("n", n);
    let pattern = bundle.get_message(id).unwrap().value().unwrap();
    bundle
        .format_pattern(pattern, Some(&args), &mut Vec::new())
        .into_owned()
}

/// Review finding "debug-build panic from FTL": a large `minimumFractionDigits` reached
/// fluent-bundle's plural operands, which compute `10u64.pow(digits)` and overflowed.
#[test]
fn number_function_with_huge_fraction_digits_selects_without_panicking() {
    let ftl = "x = { NUMBER(1, minimumFractionDigits: 30) ->\n    [one] a\n   *[other] b\n}\n\
               y = { NUMBER($n, minimumFractionDigits: 4000000000) ->\n    [one] a\n   *[other] b\n}\n\
               z = { NUMBER($n, maximumFractionDigits: 1000, minimumFractionDigits: 300) }\n";
    // With visible fraction digits, English `1.000…` is `other`.
    assert_eq!(format_alone(ftl, "x", 0.0), "b");
    assert_eq!(format_alone(ftl, "y", 1.5), "b");
    let shown = format_alone(ftl, "z", 1.0);
    assert!(shown.starts_with("1.000"), "{shown}");
}

/// Review finding "debug-build panic from FTL": a number string with 30 decimals passed
/// through `NUMBER()` carried its 30 fraction digits into the plural operands.
#[test]
fn number_function_with_a_long_decimal_string_selects_without_panicking() {
    let ftl = "x = { NUMBER(\"1.000000000000000000000000000000\") ->\n    [one] a\n   *[other] b\n}\n\
               y = { NUMBER(\"0.000000000000000000000000000001\") ->\n    [one] a\n   *[other] b\n}\n";
    assert_eq!(format_alone(ftl, "x", 0.0), "b");
    assert_eq!(format_alone(ftl, "y", 0.0), "b");
}
