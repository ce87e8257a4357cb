//! `fluentpress render`.

use std::path::Path;

use crate::Outcome;

/// Arguments of `render`.
#[derive(Debug, clap::Args)]
pub(crate) struct RenderArgs {}

pub(crate) fn execute(_project: &Path, _args: RenderArgs) -> anyhow::Result<Outcome> {
    anyhow::bail!("not implemented yet")
}
