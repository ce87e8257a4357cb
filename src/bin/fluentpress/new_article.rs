//! `fluentpress new-article`: plans the article's files with the library, writes them, prints
//! what it made.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use fluentpress::new_article;

use crate::Outcome;

/// Arguments of `new-article`.
#[derive(Debug, clap::Args)]
pub(crate) struct NewArticleArgs {
    /// The article's slug: lowercase words joined by hyphens (its pages are `<locale>/SLUG.html`).
    slug: String,
    /// Publication date, YYYY-MM-DD [default: today, UTC].
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
}

pub(crate) fn execute(project_dir: &Path, args: NewArticleArgs) -> anyhow::Result<Outcome> {
    let context = || format!("cannot create article `{}`", args.slug);
    let published = match &args.date {
        Some(date) => new_article::parse_date(date).with_context(context)?,
        None => new_article::today(),
    };
    let project = fluentpress::config::Project::load(project_dir)?;
    let plan = new_article::plan(&project, &args.slug, published).with_context(context)?;
    new_article::write(&plan).with_context(context)?;

    let mut out = fluentpress::visible::Plain::new(anstream::stdout().lock());
    let shown = |p: &Path| {
        p.strip_prefix(project_dir)
            .unwrap_or(p)
            .display()
            .to_string()
            .replace('\\', "/")
    };
    writeln!(
        out,
        "Created article {} (published {}):",
        plan.slug,
        fluentpress::render::iso(plan.published)
    )?;
    for (path, _) in plan.files.iter().rev() {
        writeln!(out, "  {}", shown(path))?;
    }
    writeln!(
        out,
        "Write its text in {}; the other locales' files are commented-out skeletons for translators.",
        shown(&plan.files[plan.files.len() - 2].0)
    )?;
    Ok(Outcome::Clean)
}
