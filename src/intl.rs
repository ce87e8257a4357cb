//! CLDR formatting (ICU4X): numbers, dates, date ranges, lists, country names, plural categories.
//!
//! PLACEHOLDER: signatures only; the real implementation replaces this file.

use std::str::FromStr;

use fluent_bundle::{FluentBundle, FluentResource};

use crate::error::{Error, Result};
use crate::locale::Locale;

/// The calendar dates are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Calendar {
    /// The Gregorian calendar (default everywhere).
    #[default]
    Gregorian,
    /// The Thai Buddhist calendar.
    Buddhist,
}

/// A calendar date in ISO form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct IsoDate {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl FromStr for IsoDate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::Usage(format!("`{s}` is not an ISO date (YYYY-MM-DD)"));
        let mut parts = s.splitn(3, '-');
        let year = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let month = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let day = parts.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        Ok(IsoDate { year, month, day })
    }
}

/// Locale-aware formatters for one locale.
#[derive(Debug)]
pub struct Formatter {
    locale: Locale,
}

impl Formatter {
    /// Formatters for `locale` with dates in `calendar`.
    pub fn new(locale: &Locale, _calendar: Calendar) -> Result<Self> {
        Ok(Formatter {
            locale: locale.clone(),
        })
    }
    /// A number with the locale's digits and grouping.
    pub fn number(&self, n: f64) -> String {
        n.to_string()
    }
    /// A long date.
    pub fn date(&self, d: IsoDate) -> String {
        format!("{}-{:02}-{:02}", d.year, d.month, d.day)
    }
    /// A long date range.
    pub fn date_range(&self, start: IsoDate, end: IsoDate) -> String {
        format!("{} – {}", self.date(start), self.date(end))
    }
    /// A conjunction list ("A, B and C").
    pub fn list(&self, items: &[String]) -> String {
        items.join(", ")
    }
    /// The CLDR name of a region (`KH` → `Cambodia`), if CLDR has one.
    pub fn region_name(&self, code: &str) -> Option<String> {
        let _ = &self.locale;
        Some(code.to_owned())
    }
}

/// Registers `NUMBER()` and `DATETIME()` and locale-aware number display on a bundle.
pub fn install_functions(bundle: &mut FluentBundle<&FluentResource>) {
    let _ = bundle;
}
