//! The check a compare-locales project configuration (`l10n.toml`) asks for: its locales,
//! each measured against the files it requires of that locale, with the reference read from
//! the files the configuration maps. Only the configuration and the reference are read here;
//! the locales are read during the check.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use super::CheckOptions;
use crate::catalog::{Catalog, ReadPolicy};
use crate::error::{Error, Result};
use crate::l10n_toml::L10nToml;

impl CheckOptions {
    /// The catalog (the reference alone, shown under the name `reference`) and the options of
    /// a check of the locales that `config` names, or of `locales` when given, each of which
    /// must be one it names. `l10n_base` is the folder of the localizations, `{l10n_base}` in
    /// the configuration's patterns; `defines` set variables over the configuration's `[env]`
    /// (compare-locales' `-D NAME=VALUE`), `l10n_base` over them.
    pub fn for_l10n_toml(
        config: &Path,
        l10n_base: Option<&Path>,
        defines: &[(String, String)],
        reference: &str,
        mut locales: Vec<String>,
        policy: &ReadPolicy,
    ) -> Result<(Catalog, CheckOptions)> {
        let mut env: BTreeMap<String, String> = defines.iter().cloned().collect();
        if let Some(base) = l10n_base {
            env.insert("l10n_base".to_owned(), base.display().to_string());
        }
        let layout = L10nToml::load(config, &env)?.resolve()?;
        let named = layout.config.all_locales();
        if locales.is_empty() {
            locales = named;
        } else if let Some(other) = locales.iter().find(|l| !named.contains(l)) {
            // compare-locales checks nothing for such a locale; say so instead.
            let names = if named.is_empty() {
                "none".to_owned()
            } else {
                named.join(", ")
            };
            return Err(Error::InvalidValue {
                message: format!(
                    "`{other}` is not a locale of `{}` (it names {names})",
                    config.display()
                ),
                value: other.clone(),
            });
        }
        let catalog = Catalog::with_reference(
            &layout.config.locale_root(),
            reference,
            &layout.reference,
            policy,
        )?;
        let mut options = CheckOptions::tree(reference, Some(locales));
        options.l10n_toml = Some(Arc::new(layout));
        Ok((catalog, options))
    }
}
