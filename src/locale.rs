//! Locale tags: validation and canonicalisation.
//!
//! A tag is accepted when it is a well-formed BCP 47 language identifier with a real language
//! (not `und`). Deprecated codes are canonicalised with CLDR's alias data (`tl` → `fil`,
//! `in` → `id`). Folder names that are not tags (`templates`, `ja-JP-mac`) are not `Locale`s;
//! callers that walk foreign trees keep them as plain names.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use icu_locale::LocaleCanonicalizer;

use crate::error::{Error, Result};

/// The tags `fluentpress pseudo` renders its pseudo-locales under (accented, bidi): the
/// private-use regions XA and XB, which name no country. No configured locale may take them.
pub(crate) const PSEUDO_TAGS: [&str; 2] = ["en-XA", "ar-XB"];

/// A validated, canonical locale tag such as `zh-CN`, `fil` or `en-SB`.
///
/// Everything else it holds is made from the canonical tag, so two locales are equal when
/// their tags are, and a locale hashes as its tag. It is shared, not copied, when cloned:
/// pages clone and compare locales for every text.
#[derive(Clone)]
pub struct Locale(Arc<Parts>);

/// What a [`Locale`] holds.
struct Parts {
    tag: String,
    langid: unic_langid::LanguageIdentifier,
    icu: icu_locale::Locale,
    /// Whether its script is written right to left (looked up once: pages ask for every text).
    rtl: bool,
}

impl Locale {
    /// Parses and canonicalises `input`. Refuses empty input, path-like input, `und`, and
    /// anything that is not a BCP 47 language identifier.
    pub fn parse(input: &str) -> Result<Self> {
        let refuse = |reason: &str| Error::LocaleTag {
            tag: input.to_owned(),
            reason: reason.to_owned(),
        };
        if input.is_empty() {
            return Err(refuse("the tag is empty"));
        }
        if input.contains(['/', '\\', '.']) || input.trim() != input {
            return Err(refuse(
                "a locale tag is letters, digits and hyphens only, like `fil` or `zh-CN`",
            ));
        }
        let mut icu: icu_locale::Locale = input.replace('_', "-").parse().map_err(|_| {
            refuse("not a BCP 47 language tag (expected something like `th` or `en-SB`)")
        })?;
        if !icu.extensions.is_empty() {
            return Err(refuse(
                "extensions (`-u-…`) are not part of a locale's name; set options such as the calendar in fluentpress.toml",
            ));
        }
        LocaleCanonicalizer::new_extended().canonicalize(&mut icu);
        if icu.id.language.is_unknown() {
            return Err(refuse("`und` (undetermined) names no language"));
        }
        let tag = icu.to_string();
        let langid = tag
            .parse::<unic_langid::LanguageIdentifier>()
            .map_err(|_| refuse("not a language identifier that Fluent accepts"))?;
        let rtl = icu_locale::LocaleDirectionality::new_extended().is_right_to_left(&icu.id);
        Ok(Locale(Arc::new(Parts {
            tag,
            langid,
            icu,
            rtl,
        })))
    }

    /// The canonical tag, e.g. `zh-CN`.
    pub fn as_str(&self) -> &str {
        &self.0.tag
    }

    /// The tag as fluent-bundle wants it.
    pub fn langid(&self) -> &unic_langid::LanguageIdentifier {
        &self.0.langid
    }

    /// The tag as ICU4X wants it.
    pub(crate) fn icu(&self) -> &icu_locale::Locale {
        &self.0.icu
    }

    /// The primary language subtag, e.g. `zh` for `zh-CN`.
    pub(crate) fn language(&self) -> &str {
        self.0.icu.id.language.as_str()
    }

    /// The direction its script is written in, `rtl` or `ltr` (from CLDR's likely scripts:
    /// `ar`, `he`, `fa`, `ur` are right to left).
    pub(crate) fn direction(&self) -> &'static str {
        if self.0.rtl { "rtl" } else { "ltr" }
    }
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.tag == other.0.tag
    }
}

impl Eq for Locale {}

impl Hash for Locale {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.tag.hash(state);
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.tag)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.0.tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalises_deprecated_codes() {
        assert_eq!(Locale::parse("tl").unwrap().as_str(), "fil");
        assert_eq!(Locale::parse("in").unwrap().as_str(), "id");
        assert_eq!(Locale::parse("zh_CN").unwrap().as_str(), "zh-CN");
        assert_eq!(Locale::parse("en-SB").unwrap().as_str(), "en-SB");
    }

    #[test]
    fn knows_the_direction_of_scripts() {
        for (tag, dir) in [
            ("ar", "rtl"),
            ("he", "rtl"),
            ("ur", "rtl"),
            ("zh-CN", "ltr"),
            ("km", "ltr"),
        ] {
            assert_eq!(Locale::parse(tag).unwrap().direction(), dir, "{tag}");
        }
    }

    #[test]
    fn refuses_non_tags() {
        for bad in ["", "und", "../x", "en-", "a b", "th-u-ca-gregory"] {
            assert!(Locale::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
