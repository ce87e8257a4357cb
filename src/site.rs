//! The site's own strings, in one place: the message ids the renderer formats (with the
//! variables it passes them), the optional terms (country and language names, dates,
//! provenance), the marker that exempts an entry from the identical-text check, and the
//! commented-out entries `add-locale` writes.
//!
//! `render` formats these messages and looks up country terms, `check` reads which variables
//! they receive and recognises country terms, the marker and commented entries, and `scaffold`
//! writes commented entries: each reads this module, none reads another's literals. Nothing
//! here reads files or formats text.

use crate::content::BlockKind;

/// A message of the site's frame (not of an article) and the variables the renderer passes it
/// besides the article's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SiteMessage {
    /// The message id, as in `site.ftl`.
    pub(crate) id: &'static str,
    /// The variables it receives.
    pub(crate) variables: &'static [&'static str],
}

impl SiteMessage {
    const fn plain(id: &'static str) -> Self {
        SiteMessage { id, variables: &[] }
    }
}

/// The label of the breadcrumb navigation.
pub(crate) const BREADCRUMB_LABEL: SiteMessage = SiteMessage::plain("breadcrumb-label");
/// The publication line, with the article's date.
pub(crate) const PUBLISHED_ON: SiteMessage = SiteMessage {
    id: "published-on",
    variables: &["date"],
};
/// The notice on pages of a locale whose status is `draft`.
pub(crate) const DRAFT_NOTICE: SiteMessage = SiteMessage::plain("draft-notice");
/// The notice on pages with passages shown in a fallback language: how many passages, and
/// what share of the article's words they hold (`percent`, 0 to 100, as `check` counts words).
pub(crate) const FALLBACK_NOTICE: SiteMessage = SiteMessage {
    id: "fallback-notice",
    variables: &["count", "percent", "language", "shown"],
};
/// The notice on pages with passages whose source changed since they were translated.
pub(crate) const OUTDATED_NOTICE: SiteMessage = SiteMessage {
    id: "outdated-notice",
    variables: &["count"],
};
/// The label of the language switcher.
pub(crate) const LANGUAGES_LABEL: SiteMessage = SiteMessage::plain("languages-label");
/// The title of the site index.
pub(crate) const INDEX_TITLE: SiteMessage = SiteMessage::plain("index-title");
/// The heading of the index's list of languages.
pub(crate) const INDEX_LANGUAGES: SiteMessage = SiteMessage::plain("index-languages");

/// The name of the link to the home page (also the breadcrumb's first item).
pub(crate) const NAV_HOME: SiteMessage = SiteMessage::plain("nav-home");
/// The heading of the home page's list of languages, and of the lists' language switcher.
pub(crate) const HOME_LANGUAGES: SiteMessage = SiteMessage::plain("home-languages");
/// How much of the site a language translates, on the home page.
pub(crate) const HOME_COVERAGE: SiteMessage = SiteMessage {
    id: "home-coverage",
    variables: &["percent"],
};
/// The mark of an article a list's locale translates in part.
pub(crate) const LIST_PARTLY_TRANSLATED: SiteMessage = SiteMessage::plain("list-partly-translated");
/// The mark of an article a list's locale does not translate at all.
pub(crate) const LIST_NOT_TRANSLATED: SiteMessage = SiteMessage::plain("list-not-translated");
/// The link to the previous listing page (newer articles).
pub(crate) const LIST_NEWER: SiteMessage = SiteMessage::plain("list-newer");
/// The link to the next listing page (older articles).
pub(crate) const LIST_OLDER: SiteMessage = SiteMessage::plain("list-older");
/// A listing page's position, "Page 1 of 2".
pub(crate) const LIST_PAGE: SiteMessage = SiteMessage {
    id: "list-page",
    variables: &["page", "pages"],
};
/// The accessible name of a list's page navigation.
pub(crate) const LIST_PAGES_LABEL: SiteMessage = SiteMessage::plain("list-pages-label");

/// The switcher's line in Markdown and plain text: the label, the locale's punctuation, and
/// `$languages` where the links go (`{ languages-label }：{ $languages }`).
pub(crate) const LANGUAGES_LINE: SiteMessage = SiteMessage {
    id: "languages-line",
    variables: &["languages"],
};

/// The site's name, at the top of every page and as the heading of each locale's home page.
pub(crate) const SITE_NAME: SiteMessage = SiteMessage::plain("site-name");
/// What the mark beside passages shown in another language means, after the notices of an HTML
/// page that has such passages.
pub(crate) const FALLBACK_MARK: SiteMessage = SiteMessage::plain("fallback-mark");
/// What the mark beside passages that may be out of date means, after the notices of an HTML
/// page that has such passages.
pub(crate) const OUTDATED_MARK: SiteMessage = SiteMessage::plain("outdated-mark");
/// A notice in plain text: the locale's word for a note, its punctuation, and `$notice` where
/// the notice goes (`Note: { $notice }`).
pub(crate) const NOTICE_LINE: SiteMessage = SiteMessage {
    id: "notice-line",
    variables: &["notice"],
};
/// The heading of the page shown for an address the site does not have (`404.html`).
pub(crate) const NOT_FOUND_TITLE: SiteMessage = SiteMessage::plain("not-found-title");
/// The sentence of that page, before the link to the locale's home page.
pub(crate) const NOT_FOUND_TEXT: SiteMessage = SiteMessage::plain("not-found-text");

/// Every site message the renderer formats.
pub(crate) const MESSAGES: [SiteMessage; 24] = [
    BREADCRUMB_LABEL,
    PUBLISHED_ON,
    DRAFT_NOTICE,
    FALLBACK_NOTICE,
    OUTDATED_NOTICE,
    LANGUAGES_LABEL,
    LANGUAGES_LINE,
    INDEX_TITLE,
    INDEX_LANGUAGES,
    NAV_HOME,
    HOME_LANGUAGES,
    HOME_COVERAGE,
    LIST_PARTLY_TRANSLATED,
    LIST_NOT_TRANSLATED,
    LIST_NEWER,
    LIST_OLDER,
    LIST_PAGE,
    LIST_PAGES_LABEL,
    SITE_NAME,
    FALLBACK_MARK,
    OUTDATED_MARK,
    NOTICE_LINE,
    NOT_FOUND_TITLE,
    NOT_FOUND_TEXT,
];

/// The variable a block of this kind receives besides the article's, if any.
pub(crate) fn block_variable(kind: BlockKind) -> Option<&'static str> {
    match kind {
        BlockKind::SourceLine => Some("source"),
        BlockKind::TranslatorCredit => Some("translator"),
        BlockKind::Title | BlockKind::Paragraph | BlockKind::PhotoCredit => None,
    }
}

/// The prefix of a term that overrides CLDR's name of a region in one locale.
const COUNTRY_TERM_PREFIX: &str = "-country-";

/// The term that overrides CLDR's name for region `code` in one locale: `-country-KH`.
pub(crate) fn country_term(code: &str) -> String {
    format!("{COUNTRY_TERM_PREFIX}{code}")
}

/// Whether `key` is a country-name override (`-country-` and a two-letter region code). Such
/// terms are optional in every locale: `check` counts them neither missing nor obsolete.
pub(crate) fn is_country_term(key: &str) -> bool {
    key.strip_prefix(COUNTRY_TERM_PREFIX)
        .is_some_and(|code| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The term a locale defines in an article's file to tell readers where that text comes from
/// (a compilation, a translation of a translation); shown as a notice on its own pages.
pub(crate) const PROVENANCE_TERM: &str = "-provenance";

/// The term that replaces CLDR's long date for one language; it receives `$day`, `$month`,
/// `$month-name`, `$year` and `$date` (CLDR's text).
pub(crate) const DATE_TERM: &str = "-date";

/// The term that replaces CLDR's date range for one language; it receives the parts of each end
/// (`$from-day` … `$to-year`), `$from`, `$to`, `$range` (CLDR's texts) and `$span` (`days`,
/// `months`, `years` or `day`).
pub(crate) const DATE_RANGE_TERM: &str = "-date-range";

/// Whether `key` is a term a locale may define for itself alone: a country-name override, a
/// language name, a date pattern or a provenance note. Such terms are optional in every
/// locale: `check` counts them neither missing nor obsolete.
pub(crate) fn is_optional_term(key: &str) -> bool {
    is_country_term(key)
        || is_language_term(key)
        || [PROVENANCE_TERM, DATE_TERM, DATE_RANGE_TERM].contains(&key)
}

/// The prefix of a term that names a language in a locale's running text: `-language-en` is
/// "English" in English, "ភាសាអង់គ្លេស" in Khmer.
const LANGUAGE_TERM_PREFIX: &str = "-language-";

/// The term that names the language of `tag` in running text: `-language-zh-CN`.
pub(crate) fn language_term(tag: &str) -> String {
    format!("{LANGUAGE_TERM_PREFIX}{tag}")
}

/// Whether `key` is a language-name term (`-language-` and a tag).
pub(crate) fn is_language_term(key: &str) -> bool {
    key.strip_prefix(LANGUAGE_TERM_PREFIX)
        .is_some_and(|tag| crate::locale::Locale::parse(tag).is_ok())
}

/// The parameter a language-name term receives: the notice variable the name fills
/// (`language` for the page's language, `shown` for the languages passages are shown in), so a
/// term can give the form each place in the sentence needs.
pub(crate) const LANGUAGE_TERM_SLOT: &str = "slot";

/// The marker that, in a comment attached to an entry, says its text is legitimately the same
/// as the reference's.
pub(crate) const IDENTICAL_MARKER: &str = "fluentpress: identical";

/// Appends `line` commented out as `add-locale` writes it: `# line`, or `#` alone for an
/// empty line.
pub(crate) fn push_commented(out: &mut String, line: &str) {
    if line.is_empty() {
        out.push_str("#\n");
    } else {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
}

/// Whether a comment line is an entry waiting to be translated, as `add-locale` writes them
/// (`# title = …`, `# -brand = …`). A file of such lines is a translation not yet started.
pub(crate) fn is_commented_entry(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("# ") else {
        return false;
    };
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let id_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    id_len > 0
        && rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && rest[id_len..].trim_start().starts_with('=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_commented_out_entries_only() {
        assert!(is_commented_entry("# title = Hello"));
        assert!(is_commented_entry("# -brand ="));
        assert!(!is_commented_entry("# zh-CN: 首页"));
        assert!(!is_commented_entry("# Variables:"));
        assert!(!is_commented_entry("## title = x"));
        let mut out = String::new();
        push_commented(&mut out, "title = Hello");
        push_commented(&mut out, "");
        assert_eq!(out, "# title = Hello\n#\n");
        assert!(is_commented_entry(out.lines().next().unwrap()));
    }

    #[test]
    fn country_terms() {
        assert_eq!(country_term("KH"), "-country-KH");
        assert!(is_country_term("-country-KH"));
        assert!(!is_country_term("-country-kh"));
        assert!(!is_country_term("-country-KHM"));
        assert!(!is_country_term("country-KH"));
        assert!(is_optional_term("-country-KH"));
        assert!(is_optional_term("-provenance"));
        assert!(!is_optional_term("-provenance-note"));
        assert!(is_optional_term("-date-range"));
        assert!(is_optional_term("-date"));
        assert_eq!(language_term("zh-CN"), "-language-zh-CN");
        assert!(is_optional_term("-language-zh-CN"));
        assert!(is_optional_term("-language-km"));
        assert!(!is_optional_term("-language-"));
        assert!(!is_optional_term("-language-../x"));
    }
}
