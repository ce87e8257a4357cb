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
//! - A locale without CLDR data silently gets root formats: `has_cldr_data` tells them apart.
//! - Plural rules are CLDR data per language, and ICU4X gives a tag whose script or region has
//!   no parent but root (`sr-Latn`, `bs-Cyrl`, `uz-Cyrl`) root's rules (only `other`), where
//!   Fluent's runtime uses the language's. [`plural_categories`] falls back to the language
//!   as Fluent does, and gives nothing for a language CLDR does not know (`xx`).

//!
//! The formatters are in `formatter`, CLDR names in `names`, plural rules in `plurals` and the
//! bundle's functions in `functions`; this file holds the options and values they share.

use std::str::FromStr;

use fluent_bundle::types::FluentNumberOptions;
use icu_calendar::Date;
use icu_datetime::preferences::CalendarAlgorithm;
use writeable::Writeable;

use crate::error::{Error, Result};
use crate::locale::Locale;

mod formatter;
mod functions;
mod names;
mod plurals;
#[cfg(test)]
mod tests;

pub use formatter::Formatter;
pub use functions::install_functions;
pub(crate) use functions::install_functions_with_calendar;
pub(crate) use names::{closest_supported, has_cldr_data, native_name, region_name};
pub(crate) use plurals::plural_samples;
pub use plurals::{PLURAL_CATEGORIES, plural_categories};
pub(crate) use plurals::{cardinal_conditions, cardinal_rules, plural_category_name};

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
    pub(crate) fn from_config(name: Option<&str>) -> Result<Self> {
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
    /// The proleptic Gregorian date `days` days after 1970-01-01.
    pub(crate) fn from_days(days: i64) -> IsoDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        IsoDate {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

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
pub(crate) struct NumberOptions {
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
pub(crate) enum DateStyle {
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
pub(crate) struct DateParts {
    /// The day of the month (`10`).
    pub day: String,
    /// The month's number (`7`).
    pub month: String,
    /// The month's CLDR name (`July`, `កក្កដា`).
    pub month_name: String,
    /// The year in the calendar (`2023`; `2566` in the Buddhist calendar).
    pub year: String,
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
