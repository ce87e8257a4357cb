//! `fluentpress check`.

use std::path::Path;

use crate::Outcome;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {}

pub(crate) fn execute(_project: &Path, _args: CheckArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
