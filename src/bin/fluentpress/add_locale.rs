//! `fluentpress add-locale`.

use std::path::Path;

use crate::Outcome;

/// Arguments of `add-locale`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddLocaleArgs {}

pub(crate) fn execute(_project: &Path, _args: AddLocaleArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
