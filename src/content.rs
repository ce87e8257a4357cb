//! Articles: one TOML file per article in the content folder, holding structure only.
//!
//! An article names Fluent message ids for its blocks and declares typed variables (numbers,
//! dates, date ranges, lists of regions) that are formatted per locale before they reach Fluent.
//! The prose itself lives only in FTL. Parsing is strict: unknown keys are errors with a position.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use rayon::prelude::*;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::intl::IsoDate;

/// A parsed article.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file it was read from.
    pub path: PathBuf,
    /// URL-safe name; pages are `<locale>/<slug>.<ext>`.
    pub slug: String,
    /// The FTL file (relative to a locale folder) holding the article's messages.
    pub resource: String,
    /// Publication date.
    pub published: IsoDate,
    /// Message id of the source organisation's name.
    pub source: String,
    /// Message ids of the breadcrumb, outermost first.
    pub breadcrumb: Vec<String>,
    /// Variables passed to every message, in declaration order.
    pub variables: IndexMap<String, Variable>,
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
}

/// A typed value used by the article's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Variable {
    /// A number (passed to Fluent as a number, so plural selectors work).
    Number(f64),
    /// A calendar date, shown as the locale's long date.
    Date(IsoDate),
    /// A range of dates, shown with the locale's range pattern.
    DateRange(IsoDate, IsoDate),
    /// Region codes (`KH`), shown as the locale's country names joined as a list.
    Regions(Vec<String>),
}

/// One block of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The Fluent message it shows.
    pub message: String,
}

/// The kinds of block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A paragraph of body text.
    Paragraph,
    /// A photo credit line.
    PhotoCredit,
    /// The source line; the message receives `$source`, the source organisation.
    SourceLine,
    /// The translator credit; the message receives `$translator`; omitted where none is configured.
    TranslatorCredit,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ArticleFile {
    slug: toml::Spanned<String>,
    resource: String,
    published: toml::value::Datetime,
    source: String,
    #[serde(default)]
    breadcrumb: Vec<String>,
    #[serde(default)]
    variables: IndexMap<String, VariableFile>,
    blocks: Vec<BlockFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VariableFile {
    number: Option<f64>,
    date: Option<toml::value::Datetime>,
    from: Option<toml::value::Datetime>,
    to: Option<toml::value::Datetime>,
    regions: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockFile {
    kind: BlockKind,
    message: String,
}

/// Whether `slug` names a page the site generates beside the articles' pages: a locale's
/// list (`index`, `page-2`, …), its feed or the sitemap. An article may not take it, or its
/// page and the generated one would be the same file.
pub(crate) fn is_generated_page(slug: &str) -> bool {
    matches!(slug, "index" | "feed" | "sitemap")
        || slug
            .strip_prefix("page-")
            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
}

impl Article {
    /// Reads every `*.toml` in `dir`, sorted by slug.
    pub fn load_all(dir: &Path) -> Result<Vec<Article>> {
        if !dir.is_dir() {
            return Err(Error::FolderMissing {
                path: dir.to_path_buf(),
                message: format!(
                    "content folder `{}` not found: create it with one .toml file per article, or \
                     set [folders] content in the config",
                    dir.display()
                ),
            });
        }
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|e| Error::read(dir, e))? {
            let path = entry.map_err(|e| Error::read(dir, e))?.path();
            if path.extension().is_some_and(|ext| ext == "toml") {
                paths.push(path);
            }
        }
        // Read and parsed on all cores; the first file that fails, in the folder's order, is
        // the one reported.
        let loaded: Vec<Result<Article>> = paths.par_iter().map(|p| Self::load(p)).collect();
        let mut articles = loaded.into_iter().collect::<Result<Vec<_>>>()?;
        articles.sort_by(|a, b| a.slug.cmp(&b.slug));
        if let Some(pair) = articles.windows(2).find(|w| w[0].slug == w[1].slug) {
            return Err(Error::invalid(
                &pair[1].path,
                format!(
                    "slug `{}` is also used by `{}`",
                    pair[1].slug,
                    pair[0].path.display()
                ),
            ));
        }
        Ok(articles)
    }

    /// Reads one article file.
    pub(crate) fn load(path: &Path) -> Result<Article> {
        Self::from_str(path, &crate::fsutil::read_text(path)?)
    }

    /// Parses an article from the text of `path`.
    pub fn from_str(path: &Path, text: &str) -> Result<Article> {
        let invalid = |message: String| Error::invalid(path, message);
        let file: ArticleFile =
            toml::from_str(text).map_err(|e| invalid(e.to_string().trim_end().to_owned()))?;
        let slug_line = text
            .get(..file.slug.span().start)
            .unwrap_or(text)
            .matches('\n')
            .count()
            + 1;
        let slug = file.slug.into_inner();
        if slug.is_empty()
            || !slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(invalid(format!(
                "line {slug_line}: slug `{slug}`: use lowercase ASCII letters, digits and hyphens"
            )));
        }
        if is_generated_page(&slug) {
            return Err(invalid(format!(
                "line {slug_line}: slug `{slug}` is the name of a page the site generates (index, feed, sitemap, page-N): choose another slug"
            )));
        }
        if file.resource.contains("..") || !file.resource.ends_with(".ftl") {
            return Err(invalid(format!(
                "resource `{}`: name an .ftl file inside the locale folder",
                file.resource
            )));
        }
        let date = |value: &toml::value::Datetime, what: &str| -> Result<IsoDate> {
            match (value.date, value.time) {
                (Some(d), None) => Ok(IsoDate {
                    year: i32::from(d.year),
                    month: d.month,
                    day: d.day,
                }),
                _ => Err(invalid(format!(
                    "{what}: write a plain date such as 2023-07-28"
                ))),
            }
        };
        let mut variables = IndexMap::new();
        for (name, v) in &file.variables {
            let what = format!("variable `{name}`");
            let variable = match (v.number, &v.date, &v.from, &v.to, &v.regions) {
                (Some(n), None, None, None, None) => Variable::Number(n),
                (None, Some(d), None, None, None) => Variable::Date(date(d, &what)?),
                (None, None, Some(from), Some(to), None) => {
                    let (from, to) = (date(from, &what)?, date(to, &what)?);
                    if to < from {
                        return Err(invalid(format!("{what}: `to` is before `from`")));
                    }
                    Variable::DateRange(from, to)
                }
                (None, None, None, None, Some(codes)) => {
                    if let Some(bad) = codes
                        .iter()
                        .find(|c| c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()))
                    {
                        return Err(invalid(format!(
                            "{what}: `{bad}` is not a region code (two capital letters, such as KH)"
                        )));
                    }
                    Variable::Regions(codes.clone())
                }
                _ => {
                    return Err(invalid(format!(
                        "{what}: give exactly one of `number`, `date`, `from` and `to`, or `regions`"
                    )));
                }
            };
            variables.insert(name.clone(), variable);
        }
        Ok(Article {
            path: path.to_path_buf(),
            published: date(&file.published, "`published`")?,
            slug,
            resource: file.resource,
            source: file.source,
            breadcrumb: file.breadcrumb,
            variables,
            blocks: file
                .blocks
                .into_iter()
                .map(|b| Block {
                    kind: b.kind,
                    message: b.message,
                })
                .collect(),
        })
    }

    /// Every message id the article names, with where it is named (for error messages).
    pub(crate) fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.breadcrumb
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(self.source.as_str()))
            .chain(self.blocks.iter().map(|b| b.message.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = r#"
slug = "a"
resource = "a.ftl"
published = 2023-07-28
source = "org"
[variables]
n = { number = 29 }
when = { from = 2023-07-10, to = 2023-07-14 }
where = { regions = ["KH", "LA"] }
[[blocks]]
kind = "title"
message = "title"
"#;

    #[test]
    fn parses_typed_variables() {
        let a = Article::from_str(Path::new("a.toml"), ARTICLE).unwrap();
        assert_eq!(a.variables["n"], Variable::Number(29.0));
        assert_eq!(
            a.variables["when"],
            Variable::DateRange("2023-07-10".parse().unwrap(), "2023-07-14".parse().unwrap())
        );
        assert_eq!(
            a.variables["where"],
            Variable::Regions(vec!["KH".into(), "LA".into()])
        );
    }

    #[test]
    fn rejects_ambiguous_variables_and_bad_codes() {
        let both = ARTICLE.replace("{ number = 29 }", "{ number = 29, date = 2023-01-01 }");
        let err = Article::from_str(Path::new("a.toml"), &both)
            .unwrap_err()
            .to_string();
        assert!(err.contains("exactly one"), "{err}");
        let bad = ARTICLE.replace("\"LA\"", "\"Laos\"");
        let err = Article::from_str(Path::new("a.toml"), &bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`Laos` is not a region code"), "{err}");
    }
}
