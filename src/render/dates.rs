//! Dates as a locale's editors write them. A `-date` or `-date-range` term in a locale's files
//! replaces CLDR's pattern for that language, and receives the parts of the date (in the
//! locale's calendar, with its digits) as variables; without one, or when it fails to format,
//! CLDR's long date or range is used. Nothing here reads files.

use fluent_bundle::FluentArgs;

use crate::bundle::Localizer;
use crate::intl::{DateParts, Formatter, IsoDate};
use crate::locale::Locale;
use crate::site;

/// A date for pages in `locale`'s language.
pub(crate) fn date(l10n: &Localizer<'_>, locale: &Locale, fmt: &Formatter, d: IsoDate) -> String {
    let cldr = fmt.date(d);
    let mut args = FluentArgs::new();
    set_parts(&mut args, "", &fmt.date_parts(d));
    args.set("date", cldr.clone());
    l10n.format_term_with(site::DATE_TERM, locale, Some(&args))
        .map_or(cldr, |(text, _)| text)
}

/// A date range for pages in `locale`'s language.
pub(crate) fn date_range(
    l10n: &Localizer<'_>,
    locale: &Locale,
    fmt: &Formatter,
    from: IsoDate,
    to: IsoDate,
) -> String {
    let cldr = fmt.date_range(from, to);
    let (from, to) = if to < from { (to, from) } else { (from, to) };
    let mut args = FluentArgs::new();
    set_parts(&mut args, "from-", &fmt.date_parts(from));
    set_parts(&mut args, "to-", &fmt.date_parts(to));
    args.set("from", fmt.date(from));
    args.set("to", fmt.date(to));
    args.set("range", cldr.clone());
    args.set("span", span(from, to));
    l10n.format_term_with(site::DATE_RANGE_TERM, locale, Some(&args))
        .map_or(cldr, |(text, _)| text)
}

/// What the two ends share, for a term to select on: `days` (same month), `months` (same
/// year), `years`, or `day` (one day).
fn span(from: IsoDate, to: IsoDate) -> &'static str {
    if from == to {
        "day"
    } else if from.year != to.year {
        "years"
    } else if from.month != to.month {
        "months"
    } else {
        "days"
    }
}

fn set_parts(args: &mut FluentArgs<'_>, prefix: &str, parts: &DateParts) {
    args.set(format!("{prefix}day"), parts.day.clone());
    args.set(format!("{prefix}month"), parts.month.clone());
    args.set(format!("{prefix}month-name"), parts.month_name.clone());
    args.set(format!("{prefix}year"), parts.year.clone());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u8, day: u8) -> IsoDate {
        IsoDate { year, month, day }
    }

    #[test]
    fn spans() {
        assert_eq!(span(d(2023, 7, 10), d(2023, 7, 14)), "days");
        assert_eq!(span(d(2023, 7, 30), d(2023, 8, 2)), "months");
        assert_eq!(span(d(2023, 12, 30), d(2024, 1, 2)), "years");
        assert_eq!(span(d(2023, 7, 10), d(2023, 7, 10)), "day");
    }
}
