//! Command-line arguments (clap derive). Doc comments here are the `--help` text.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use fluentpress::render::Format;

/// Render, check and extend a Fluent-based publication in every locale.
#[derive(Debug, Parser)]
#[command(name = "fluentpress", version, about)]
pub(crate) struct Args {
    /// The project folder (holding fluentpress.toml).
    #[arg(long, global = true, default_value = ".")]
    pub(crate) project: PathBuf,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Render every article in every locale.
    Render(crate::render::RenderArgs),
    /// Check every locale against the reference: missing, obsolete, identical, outdated, broken.
    Check(crate::args_check::CheckArgs),
    /// Add a locale, ready for its translator.
    AddLocale(crate::add_locale::AddLocaleArgs),
    /// Record the current translations of a locale as reviewed against the current source.
    Accept(crate::accept::AcceptArgs),
    /// Export a locale's strings for translators as XLIFF 1.2 or PO.
    Export(crate::export::ExportArgs),
    /// Import a translated XLIFF or PO file into the locale's FTL files.
    Import(crate::import::ImportArgs),
    /// Create an article: its content file, its source text, and skeletons for every locale.
    NewArticle(crate::new_article::NewArticleArgs),
    /// Render the site in a pseudo-locale made from the pivot (accented or right to left).
    Pseudo(crate::pseudo::PseudoArgs),
}

/// The output formats of `render` as `--format` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FormatArg {
    /// HTML5 pages with a language switcher, plus `index.html`.
    Html,
    /// CommonMark.
    Markdown,
    /// Plain text.
    Text,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Html => Format::Html,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Text => Format::Text,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn verify_app() {
        super::Args::command().debug_assert();
    }
}
