//! CLDR formatting (ICU4X, compiled data): numbers, dates, date ranges, lists, country and
//! language names, plural categories, and the `NUMBER()` / `DATETIME()` functions of a bundle.
//!
//! Everything here is pure formatting: it reads no files and never prints. Where an ICU4X
//! formatter gives a wrong result, this module works around it and the workaround is tested:
//!
//! - `DateRangeFormatter` with a year (`YMD`) prints `M07` instead of month names in every
//!   locale we ship (ICU4X 2.4; in debug builds it even panics). Ranges are therefore built
//!   from the month-day range, which is correct, spliced into the locale's long date of the end
//!   day (`July 14, 2023` → `July 10 – 14, 2023`); ranges across years join two long dates.
//! - Thai defaults to the Buddhist calendar; the calendar is always set explicitly.
//! - A locale without CLDR data silently gets root formats: [`has_cldr_data`] tells them apart.
//! - Plural rules are CLDR data per language, and ICU4X gives a tag whose script or region has
//!   no parent but root (`sr-Latn`, `bs-Cyrl`, `uz-Cyrl`) root's rules (only `other`), where
//!   Fluent's runtime uses the language's. [`plural_categories`] falls back to the language
//!   as Fluent does, and gives nothing for a language CLDR does not know (`xx`).

use std::str::FromStr;

use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_calendar::Date;
use icu_datetime::fieldsets::{M, MD, YMD};
use icu_datetime::preferences::CalendarAlgorithm;
use icu_datetime::range::DateRangeFormatter;
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::names::{
    LanguageIdentifierDisplayName, LanguageIdentifierDisplayNameOptions, RegionDisplayName,
};
use icu_plurals::{PluralCategory, PluralRules};
use icu_provider::prelude::*;
use writeable::{TryWriteable, Writeable};

use crate::error::{Error, Result};
use crate::locale::Locale;

/// The calendar dates are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Calendar {
    /// The Gregorian calendar (default everywhere).
    #[default]
    Gregorian,
    /// The Thai Buddhist calendar.
    Buddhist,
}

impl Calendar {
    /// The calendar named in `fluentpress.toml` (`gregorian`, `buddhist`); `None` means Gregorian.
    pub fn from_config(name: Option<&str>) -> Result<Self> {
        match name {
            None | Some("gregorian") => Ok(Calendar::Gregorian),
            Some("buddhist") => Ok(Calendar::Buddhist),
            Some(other) => Err(Error::InvalidValue {
                value: other.to_owned(),
                message: format!("unknown calendar `{other}`: use `gregorian` or `buddhist`"),
            }),
        }
    }

    fn algorithm(self) -> CalendarAlgorithm {
        match self {
            Calendar::Gregorian => CalendarAlgorithm::Gregory,
            Calendar::Buddhist => CalendarAlgorithm::Buddhist,
        }
    }
}

/// A calendar date in ISO form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl IsoDate {
    fn to_icu(self) -> Result<Date<icu_calendar::Iso>> {
        Date::try_new_iso(self.year, self.month, self.day).map_err(|_| {
            let value = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
            Error::InvalidValue {
                message: format!("`{value}` is not a valid date"),
                value,
            }
        })
    }
}

impl FromStr for IsoDate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::InvalidValue {
            value: s.to_owned(),
            message: format!("`{s}` is not an ISO date (YYYY-MM-DD)"),
        };
        let parts: Vec<&str> = s.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let date = IsoDate {
            year: y.parse().map_err(|_| bad())?,
            month: m.parse().map_err(|_| bad())?,
            day: d.parse().map_err(|_| bad())?,
        };
        date.to_icu().map_err(|_| bad())?;
        Ok(date)
    }
}

/// Options of a formatted number (the subset of `Intl.NumberFormat` that `NUMBER()` honours).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NumberOptions {
    /// Group thousands (`1,234`); default true.
    pub use_grouping: bool,
    /// Minimum number of integer digits (zero-padded).
    pub minimum_integer_digits: Option<u8>,
    /// Minimum number of fraction digits (zero-padded); default 0.
    pub minimum_fraction_digits: Option<u8>,
    /// Maximum number of fraction digits (rounded half away from zero); default 3.
    pub maximum_fraction_digits: Option<u8>,
}

impl Default for NumberOptions {
    fn default() -> Self {
        NumberOptions {
            use_grouping: true,
            minimum_integer_digits: None,
            minimum_fraction_digits: None,
            maximum_fraction_digits: None,
        }
    }
}

impl NumberOptions {
    fn from_fluent(o: &FluentNumberOptions) -> Self {
        let small = |n: Option<usize>| n.map(|n| n.min(20) as u8);
        NumberOptions {
            use_grouping: o.use_grouping,
            minimum_integer_digits: small(o.minimum_integer_digits),
            minimum_fraction_digits: small(o.minimum_fraction_digits),
            maximum_fraction_digits: small(o.maximum_fraction_digits),
        }
    }
}

/// The length of a formatted date (`DATETIME(…, dateStyle: "long")`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateStyle {
    /// `July 10, 2023` (the default).
    #[default]
    Long,
    /// `Jul 10, 2023`.
    Medium,
    /// `7/10/23`.
    Short,
}

impl DateStyle {
    fn parse(name: &str) -> Option<Self> {
        match name {
            "long" | "full" => Some(DateStyle::Long),
            "medium" => Some(DateStyle::Medium),
            "short" => Some(DateStyle::Short),
            _ => None,
        }
    }
}

/// The parts of a date in a locale's calendar, each formatted with the locale's digits (without
/// grouping), for a translator's own date pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParts {
    /// The day of the month (`10`).
    pub day: String,
    /// The month's number (`7`).
    pub month: String,
    /// The month's CLDR name (`July`, `កក្កដា`).
    pub month_name: String,
    /// The year in the calendar (`2023`; `2566` in the Buddhist calendar).
    pub year: String,
}

/// Locale-aware formatters for one locale, built once and reused.
#[derive(Debug)]
pub struct Formatter {
    locale: Locale,
    decimal: DecimalFormatter,
    decimal_plain: DecimalFormatter,
    date_long: DateTimeFormatter<YMD>,
    md_long: DateTimeFormatter<MD>,
    month_long: DateTimeFormatter<M>,
    calendar: Calendar,
    /// `None` where the month-day range formatter is not known to be sound.
    md_range: Option<DateRangeFormatter<MD>>,
    list: ListFormatter,
}

/// Language-script pairs (after adding likely subtags) whose CLDR month-day range patterns
/// ICU4X 2.4 formats correctly, as verified by the unit tests at the bottom of this file. Others (`fa`, `yue`,
/// `zh-Hant`) hit the same missing-month-names bug as year-month-day ranges — a panic in debug
/// builds, `M07` in release builds — and get two joined long dates instead.
const RANGE_VERIFIED: &[&str] = &[
    "af-Latn", "am-Ethi", "ar-Arab", "az-Latn", "be-Cyrl", "bg-Cyrl", "bn-Beng", "bs-Latn",
    "ca-Latn", "cs-Latn", "cy-Latn", "da-Latn", "de-Latn", "el-Grek", "en-Latn", "es-Latn",
    "et-Latn", "eu-Latn", "fi-Latn", "fil-Latn", "fr-Latn", "ga-Latn", "gl-Latn", "gu-Gujr",
    "he-Hebr", "hi-Deva", "hr-Latn", "hu-Latn", "hy-Armn", "id-Latn", "is-Latn", "it-Latn",
    "ja-Jpan", "ka-Geor", "kk-Cyrl", "km-Khmr", "kn-Knda", "ko-Kore", "ky-Cyrl", "lo-Laoo",
    "lt-Latn", "lv-Latn", "mk-Cyrl", "ml-Mlym", "mn-Cyrl", "mr-Deva", "ms-Latn", "my-Mymr",
    "ne-Deva", "nl-Latn", "no-Latn", "pa-Guru", "pl-Latn", "ps-Arab", "pt-Latn", "ro-Latn",
    "ru-Cyrl", "si-Sinh", "sk-Latn", "sl-Latn", "sq-Latn", "sr-Cyrl", "sv-Latn", "sw-Latn",
    "ta-Taml", "te-Telu", "tg-Cyrl", "th-Thai", "tk-Latn", "tr-Latn", "uk-Cyrl", "ur-Arab",
    "uz-Latn", "vi-Latn", "zh-Hans", "zu-Latn",
];

/// The language-script key of `locale` used by the list of locales with verified ranges.
pub fn range_key(locale: &Locale) -> String {
    let mut id = locale.icu().id.clone();
    icu_locale::LocaleExpander::new_extended().maximize(&mut id);
    match id.script {
        Some(script) => format!("{}-{script}", id.language),
        None => id.language.to_string(),
    }
}

fn cldr_error(locale: &Locale, what: &str, err: impl std::fmt::Display) -> Error {
    Error::LocaleTag {
        tag: locale.to_string(),
        reason: format!("CLDR {what} data could not be loaded: {err}"),
    }
}

/// Writes a `Writeable` to a string without the panic of `Display` on a formatting error.
fn text(w: impl Writeable) -> String {
    let mut out = String::new();
    // Writing to a String only fails if the formatter itself reports an error; keep what was
    // written rather than panic.
    let _ = w.write_to(&mut out);
    out
}

impl Formatter {
    /// Formatters for `locale` with dates in `calendar`.
    pub fn new(locale: &Locale, calendar: Calendar) -> Result<Self> {
        let icu = locale.icu();
        let mut date_prefs = DateTimeFormatterPreferences::from(icu);
        date_prefs.calendar_algorithm = Some(calendar.algorithm());
        let decimal = DecimalFormatter::try_new(icu.into(), DecimalFormatterOptions::default())
            .map_err(|e| cldr_error(locale, "number", e))?;
        let decimal_plain = DecimalFormatter::try_new(icu.into(), GroupingStrategy::Never.into())
            .map_err(|e| cldr_error(locale, "number", e))?;
        let date_long = DateTimeFormatter::try_new(date_prefs, YMD::long())
            .map_err(|e| cldr_error(locale, "date", e))?;
        let md_long = DateTimeFormatter::try_new(date_prefs, MD::long())
            .map_err(|e| cldr_error(locale, "date", e))?;
        let month_long = DateTimeFormatter::try_new(date_prefs, M::long())
            .map_err(|e| cldr_error(locale, "date", e))?;
        let md_range = if RANGE_VERIFIED.contains(&range_key(locale).as_str()) {
            Some(
                DateRangeFormatter::try_new(date_prefs, MD::long())
                    .map_err(|e| cldr_error(locale, "date range", e))?,
            )
        } else {
            None
        };
        let list = ListFormatter::try_new_and(
            icu.into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map_err(|e| cldr_error(locale, "list", e))?;
        Ok(Formatter {
            locale: locale.clone(),
            decimal,
            decimal_plain,
            date_long,
            md_long,
            month_long,
            calendar,
            md_range,
            list,
        })
    }

    /// A number with the locale's digits and grouping (`29` → `২৯` in bn).
    pub fn number(&self, n: f64) -> String {
        self.number_with(n, &NumberOptions::default())
    }

    /// A number with explicit options.
    pub fn number_with(&self, n: f64, options: &NumberOptions) -> String {
        let formatter = if options.use_grouping {
            &self.decimal
        } else {
            &self.decimal_plain
        };
        format_decimal(formatter, n, options)
    }

    /// A long date (`July 10, 2023`; `10 กรกฎาคม ค.ศ. 2023` in th with the Gregorian calendar).
    pub fn date(&self, d: IsoDate) -> String {
        match d.to_icu() {
            Ok(date) => text(self.date_long.format(&date)),
            Err(_) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        }
    }

    /// A long date range (`July 10 – 14, 2023`).
    ///
    /// ICU4X's year-month-day range formatter is broken (see the module docs); within one year
    /// the month-day range is spliced into the long date of the end day. Across years, in
    /// locales whose month-day ranges are not verified sound, and when a locale's long date
    /// does not contain its month-day form, two long dates are joined with an en dash.
    pub fn date_range(&self, start: IsoDate, end: IsoDate) -> String {
        let (start, end) = if end < start {
            (end, start)
        } else {
            (start, end)
        };
        if start == end {
            return self.date(start);
        }
        let (Ok(s), Ok(e)) = (start.to_icu(), end.to_icu()) else {
            return format!("{} – {}", self.date(start), self.date(end));
        };
        if start.year == end.year
            && let Some(md_range) = &self.md_range
        {
            let end_long = text(self.date_long.format(&e));
            let end_md = text(self.md_long.format(&e));
            if !end_md.is_empty()
                && let Some(at) = end_long.find(&end_md)
            {
                let range = text(md_range.format(&s, &e));
                let mut out = String::with_capacity(end_long.len() + range.len());
                out.push_str(&end_long[..at]);
                out.push_str(&range);
                out.push_str(&end_long[at + end_md.len()..]);
                return out;
            }
        }
        format!("{} – {}", self.date(start), self.date(end))
    }

    /// The parts of a date in the formatter's calendar: day, month, month name and year.
    pub fn date_parts(&self, d: IsoDate) -> DateParts {
        let plain = |n: i64| {
            self.number_with(
                n as f64,
                &NumberOptions {
                    use_grouping: false,
                    ..NumberOptions::default()
                },
            )
        };
        // The Thai solar calendar shares the Gregorian months and days; its year is 543 ahead.
        let year = match self.calendar {
            Calendar::Gregorian => i64::from(d.year),
            Calendar::Buddhist => i64::from(d.year) + 543,
        };
        let month_name = match d.to_icu() {
            Ok(date) => text(self.month_long.format(&date)),
            Err(_) => d.month.to_string(),
        };
        DateParts {
            day: plain(i64::from(d.day)),
            month: plain(i64::from(d.month)),
            month_name,
            year: plain(year),
        }
    }

    /// A conjunction list (`A, B, and C` in en; `A、B和C` in zh).
    pub fn list(&self, items: &[String]) -> String {
        text(self.list.format(items.iter().map(String::as_str)))
    }

    /// The CLDR name of a region (`KH` → `Cambodia`), if CLDR has one for this locale.
    pub fn region_name(&self, code: &str) -> Option<String> {
        region_name(&self.locale, code)
    }
}

fn format_decimal(formatter: &DecimalFormatter, n: f64, options: &NumberOptions) -> String {
    let Ok(mut d) = Decimal::try_from_f64(n, FloatPrecision::RoundTrip) else {
        // NaN and infinities: nothing sensible to localise.
        return n.to_string();
    };
    let max = options.maximum_fraction_digits.unwrap_or(3).max(
        options
            .minimum_fraction_digits
            .unwrap_or(0)
            .min(options.maximum_fraction_digits.unwrap_or(u8::MAX)),
    );
    d.round_with_mode(
        -i16::from(max),
        SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
    );
    d.absolute.trim_end();
    if let Some(min) = options.minimum_fraction_digits {
        d.absolute.pad_end(-i16::from(min));
    }
    if let Some(min) = options.minimum_integer_digits {
        d.absolute.pad_start(i16::from(min));
    }
    text(formatter.format(&d))
}

fn format_date_style(
    icu: &icu_locale::Locale,
    calendar: Calendar,
    d: IsoDate,
    style: DateStyle,
) -> Option<String> {
    let mut prefs = DateTimeFormatterPreferences::from(icu);
    prefs.calendar_algorithm = Some(calendar.algorithm());
    let fieldset = match style {
        DateStyle::Long => YMD::long(),
        DateStyle::Medium => YMD::medium(),
        DateStyle::Short => YMD::short(),
    };
    let formatter = DateTimeFormatter::try_new(prefs, fieldset).ok()?;
    Some(text(formatter.format(&d.to_icu().ok()?)))
}

/// The CLDR name of region `code` (`KH`) in `locale`, if CLDR has one.
pub fn region_name(locale: &Locale, code: &str) -> Option<String> {
    let region = icu_locale::subtags::Region::try_from_str(code).ok()?;
    let name = RegionDisplayName::try_new_light(locale.icu().into(), region).ok()?;
    let name = text(&name);
    (!name.is_empty()).then_some(name)
}

/// The language's own name for itself (`fil` → `Filipino`, `km` → `ខ្មែរ`), with a capital
/// initial as language menus show it, or `None` when CLDR has no such name.
pub fn native_name(locale: &Locale) -> Option<String> {
    if !has_cldr_data(locale) {
        return None;
    }
    let id = locale.icu().id.clone();
    let name = LanguageIdentifierDisplayName::try_new_light(
        locale.icu().into(),
        id,
        LanguageIdentifierDisplayNameOptions::default(),
    )
    .ok()?;
    let mut out = String::new();
    name.as_borrowed().try_write_to(&mut out).ok()?.ok()?;
    let mut chars = out.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Whether CLDR (as compiled into ICU4X) has data for `locale` itself or a real parent of it,
/// rather than only the root locale's formats (`xx`, `mn-Mong`).
pub fn has_cldr_data(locale: &Locale) -> bool {
    use icu_locale::provider::{Baked, LocaleExemplarCharactersMainV1};
    let data_locale = DataLocale::from(locale.icu());
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_locale(&data_locale),
        ..Default::default()
    };
    let response: std::result::Result<DataResponse<LocaleExemplarCharactersMainV1>, _> =
        Baked.load(request);
    match response {
        Ok(r) => r.metadata.locale.is_none_or(|found| !found.is_unknown()),
        Err(_) => false,
    }
}

/// The closest tag that has CLDR data, for a locale that has none: drop the variants, the
/// script and the region in turn (`mn-Mong` → `mn`). `None` when even the bare language has no
/// data (`xx`) or when `locale` itself has data.
pub fn closest_supported(locale: &Locale) -> Option<Locale> {
    if has_cldr_data(locale) {
        return None;
    }
    let id = &locale.icu().id;
    let language = id.language.as_str();
    let mut candidates = Vec::new();
    if let Some(region) = id.region {
        candidates.push(format!("{language}-{region}"));
    }
    if let Some(script) = id.script {
        candidates.push(format!("{language}-{script}"));
    }
    candidates.push(language.to_owned());
    candidates
        .iter()
        .filter_map(|tag| Locale::parse(tag).ok())
        .find(|candidate| candidate != locale && has_cldr_data(candidate))
}

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
pub fn plural_samples(locale: &Locale, per_category: usize) -> Vec<(&'static str, Vec<u32>)> {
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
pub fn install_functions_with_calendar(
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

#[cfg(test)]
mod tests {
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
}
