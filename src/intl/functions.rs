//! What a bundle gets from this module: the display hook that localises every number, and the
//! `NUMBER()` and `DATETIME()` functions.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_decimal::options::GroupingStrategy;

use super::formatter::{format_date_style, format_decimal};
use super::{Calendar, DateStyle, IsoDate, NumberOptions};

/// A locale-aware decimal formatter kept in a bundle's memoizer, one per set of options.
struct MemoDecimal {
    formatter: DecimalFormatter,
    options: NumberOptions,
}

impl intl_memoizer::Memoizable for MemoDecimal {
    type Args = (NumberOptions,);
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, args: Self::Args) -> Result<Self, ()> {
        let locale: icu_locale::Locale = lang.to_string().parse().map_err(|_| ())?;
        let (options,) = args;
        let grouping = if options.use_grouping {
            GroupingStrategy::Auto
        } else {
            GroupingStrategy::Never
        };
        let formatter =
            DecimalFormatter::try_new((&locale).into(), grouping.into()).map_err(|_| ())?;
        Ok(MemoDecimal { formatter, options })
    }
}

/// The bundle's display hook: every number shown in a pattern gets the locale's digits and
/// grouping. Strings and other values keep Fluent's own display.
fn display_value(
    value: &FluentValue<'_>,
    intls: &intl_memoizer::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let options = NumberOptions::from_fluent(&number.options);
    intls
        .with_try_get::<MemoDecimal, _, _>((options,), |memo| {
            format_decimal(&memo.formatter, number.value, &memo.options)
        })
        .ok()
}

/// Registers on `bundle`, for the bundle's first locale with the Gregorian calendar:
/// a display hook that shows every number with the locale's digits and grouping, a `NUMBER()`
/// that accepts `useGrouping`, `minimumIntegerDigits`, `minimumFractionDigits` and
/// `maximumFractionDigits`, and a `DATETIME()` that formats an ISO date (`"2023-07-10"`) with
/// `dateStyle` `long` (default), `medium` or `short` (text that is not an ISO date is shown
/// unchanged).
pub fn install_functions(bundle: &mut FluentBundle<&FluentResource>) {
    install_functions_with_calendar(bundle, Calendar::Gregorian);
}

/// [`install_functions`] with dates in `calendar`.
pub(crate) fn install_functions_with_calendar(
    bundle: &mut FluentBundle<&FluentResource>,
    calendar: Calendar,
) {
    bundle.set_formatter(Some(display_value));
    // A bundle that already has these functions keeps them (add_function refuses duplicates).
    let _ = bundle.add_function("NUMBER", number_function);
    let locale = bundle
        .locales
        .first()
        .and_then(|l| l.to_string().parse::<icu_locale::Locale>().ok())
        .unwrap_or(icu_locale::Locale::UNKNOWN);
    let _ = bundle.add_function("DATETIME", move |positional, named| {
        datetime_function(&locale, calendar, positional, named)
    });
}

/// The most fraction digits `NUMBER()` passes on: `10u64.pow(19)` is the largest power of ten
/// a `u64` holds, and fluent-bundle's plural operands compute it.
const MAX_FRACTION_DIGITS: usize = 19;

fn number_function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs<'_>) -> FluentValue<'a> {
    let mut number = match positional.first() {
        Some(FluentValue::Number(n)) => n.clone(),
        Some(FluentValue::String(s)) => match s.parse::<FluentNumber>() {
            Ok(n) => n,
            Err(_) => return FluentValue::Error,
        },
        _ => return FluentValue::Error,
    };
    number.options.merge(named);
    // fluent-bundle's plural operands scale the fraction by `10u64.pow(minimumFractionDigits)`,
    // which overflows past 19 digits (a panic in debug builds, a wrong category in release).
    // A long decimal string (`NUMBER("1.000…")`) sets the same option from its own digits.
    let clamp = |digits: &mut Option<usize>| {
        if let Some(d) = digits {
            *d = (*d).min(MAX_FRACTION_DIGITS);
        }
    };
    clamp(&mut number.options.minimum_fraction_digits);
    clamp(&mut number.options.maximum_fraction_digits);
    // Fluent passes `useGrouping: "false"` as a string; also accept a bare identifier-like value.
    if let Some(FluentValue::Number(n)) = named.get("useGrouping") {
        number.options.use_grouping = n.value != 0.0;
    }
    FluentValue::Number(number)
}

fn datetime_function<'a>(
    locale: &icu_locale::Locale,
    calendar: Calendar,
    positional: &[FluentValue<'a>],
    named: &FluentArgs<'_>,
) -> FluentValue<'a> {
    let Some(FluentValue::String(s)) = positional.first() else {
        return FluentValue::Error;
    };
    // Accept a full ISO timestamp too: only its date part is shown.
    let date_part = s.get(..10).unwrap_or(s);
    let Ok(date) = date_part.parse::<IsoDate>() else {
        // Fluent has no channel for function errors: show the text as given rather than nothing.
        return FluentValue::String(s.clone());
    };
    let style = match named.get("dateStyle") {
        None => DateStyle::Long,
        Some(FluentValue::String(name)) => match DateStyle::parse(name) {
            Some(style) => style,
            None => return FluentValue::Error,
        },
        Some(_) => return FluentValue::Error,
    };
    match format_date_style(locale, calendar, date, style) {
        Some(text) => FluentValue::String(text.into()),
        None => FluentValue::Error,
    }
}
