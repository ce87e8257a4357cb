//! `fluentpress accept`.

use std::path::Path;

use crate::Outcome;

/// Arguments of `accept`.
#[derive(Debug, clap::Args)]
pub(crate) struct AcceptArgs {}

pub(crate) fn execute(_project: &Path, _args: AcceptArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
