//! Locale-aware formatters for one locale: numbers, long dates, date ranges (with the
//! workaround for the month-name bug that the `intl` documentation describes), month names, date
//! parts and lists.

use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};
use icu_datetime::fieldsets::{M, MD, YMD};
use icu_datetime::range::DateRangeFormatter;
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};

use super::{
    Calendar, DateParts, DateStyle, IsoDate, NumberOptions, cldr_error, region_name, text,
};
use crate::error::Result;
use crate::locale::Locale;

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
/// ICU4X 2.4 formats correctly, as verified by the unit tests in `tests.rs`. Others (`fa`, `yue`,
/// `zh-Hant`) hit the same missing-month-names bug as year-month-day ranges — a panic in debug
/// builds, `M07` in release builds — and get two joined long dates instead.
pub(super) const RANGE_VERIFIED: &[&str] = &[
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
pub(crate) fn range_key(locale: &Locale) -> String {
    let mut id = locale.icu().id.clone();
    icu_locale::LocaleExpander::new_extended().maximize(&mut id);
    match id.script {
        Some(script) => format!("{}-{script}", id.language),
        None => id.language.to_string(),
    }
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
    pub(crate) fn number_with(&self, n: f64, options: &NumberOptions) -> String {
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
    pub(crate) fn date_parts(&self, d: IsoDate) -> DateParts {
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

pub(super) fn format_decimal(
    formatter: &DecimalFormatter,
    n: f64,
    options: &NumberOptions,
) -> String {
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

pub(super) fn format_date_style(
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
