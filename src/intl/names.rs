//! Names from CLDR (regions, a language's own name) and whether CLDR knows a locale at all.

use icu_locale::names::{
    LanguageIdentifierDisplayName, LanguageIdentifierDisplayNameOptions, RegionDisplayName,
};
use icu_provider::prelude::*;
use writeable::TryWriteable;

use super::text;
use crate::locale::Locale;

/// The CLDR name of region `code` (`KH`) in `locale`, if CLDR has one.
pub(crate) fn region_name(locale: &Locale, code: &str) -> Option<String> {
    let region = icu_locale::subtags::Region::try_from_str(code).ok()?;
    let name = RegionDisplayName::try_new_light(locale.icu().into(), region).ok()?;
    let name = text(&name);
    (!name.is_empty()).then_some(name)
}

/// The language's own name for itself (`fil` → `Filipino`, `km` → `ខ្មែរ`), with a capital
/// initial as language menus show it, or `None` when CLDR has no such name.
pub(crate) fn native_name(locale: &Locale) -> Option<String> {
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
pub(crate) fn has_cldr_data(locale: &Locale) -> bool {
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
pub(crate) fn closest_supported(locale: &Locale) -> Option<Locale> {
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
