//! A new article (`fluentpress new-article`), planned in memory and then written.
//!
//! [`plan`] refuses a slug that is not a safe path segment or that another article, a locale
//! file or an output page already uses, and builds every file as text: the article's TOML (the
//! blocks a standard article has: title, two paragraphs, source line, translator credit), the
//! source locale's FTL file with placeholder text, and in every other locale a commented-out
//! skeleton as `add-locale` writes them, so `check` counts the entries missing and pages fall
//! back to the source at once. [`write()`] creates the files (never replacing one), the article
//! file last, so a run that fails half-way leaves no article that names missing messages; it
//! removes what it made on failure. This module never prints.

use std::path::PathBuf;

use crate::catalog::FtlFile;
use crate::config::Project;
use crate::error::{Error, Result};
use crate::intl::IsoDate;

/// The messages a new article's source file defines, with their placeholder text.
const MESSAGES: [(&str, &str); 3] = [
    ("title", "(title)"),
    ("intro", "(first paragraph)"),
    ("body", "(second paragraph)"),
];

/// Everything `new-article` will write.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The article's slug.
    pub slug: String,
    /// The publication date.
    pub published: IsoDate,
    /// Files to create, in the order they are written (the article file last).
    pub files: Vec<(PathBuf, String)>,
    /// The project folder, held while writing.
    root: PathBuf,
}

/// Why a slug cannot name an article, or `None` when it can.
pub(crate) fn slug_problem(slug: &str) -> Option<String> {
    let safe = !slug.is_empty()
        && slug.len() <= 100
        && slug.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
    if !safe {
        return Some(format!(
            "`{slug}` is not a safe slug: use lowercase ASCII letters and digits in words joined by single hyphens, at most 100 characters (like `programme-fact-sheet`)"
        ));
    }
    crate::content::is_generated_page(slug).then(|| {
        format!("`{slug}` is the name of a page the site generates (index, feed, sitemap, page-N)")
    })
}

/// Plans article `slug`, published on `published`.
pub fn plan(project: &Project, slug: &str, published: IsoDate) -> Result<Plan> {
    let refused = |why: String| format!("{why}; nothing was written");
    let missing = |what: &str, path: PathBuf| Error::FolderMissing {
        message: refused(format!("{what} `{}` not found", path.display())),
        path,
    };
    let exists = |name: String, why: String| Error::AlreadyExists {
        name,
        message: refused(why),
    };
    if let Some(problem) = slug_problem(slug) {
        return Err(Error::InvalidValue {
            value: slug.to_owned(),
            message: refused(problem),
        });
    }
    let content = project.content_dir();
    if !content.is_dir() {
        return Err(missing("content folder", content));
    }
    let article_path = content.join(format!("{slug}.toml"));
    if article_path.exists() {
        let shown = article_path.display().to_string();
        return Err(exists(shown.clone(), format!("`{shown}` already exists")));
    }
    for existing in crate::content::Article::load_all(&content)? {
        if existing.slug == slug {
            return Err(exists(
                slug.to_owned(),
                format!(
                    "slug `{slug}` is already used by `{}`",
                    existing.path.display()
                ),
            ));
        }
    }
    let resource = format!("{slug}.ftl");
    let locales_dir = project.locales_dir();
    for locale in &project.locales {
        let path = locales_dir.join(locale.locale.as_str()).join(&resource);
        if path.exists() {
            let shown = path.display().to_string();
            return Err(exists(
                shown.clone(),
                format!("`{shown}` already exists (an article's text would be replaced)"),
            ));
        }
        if !path.parent().is_some_and(|p| p.is_dir()) {
            return Err(missing(
                "locale folder",
                locales_dir.join(locale.locale.as_str()),
            ));
        }
    }

    let source_text = source_file(slug, published);
    let source_path = locales_dir.join(project.source.as_str()).join(&resource);
    let parsed = FtlFile::parse(resource.clone(), source_path.clone(), source_text.clone());
    let mut files = Vec::new();
    let command = format!("fluentpress new-article {slug}");
    for locale in project
        .locales
        .iter()
        .filter(|l| l.locale != project.source)
    {
        let skeleton = crate::scaffold::skeleton(project, &locale.locale, &parsed, None, &command);
        files.push((
            locales_dir.join(locale.locale.as_str()).join(&resource),
            skeleton.contents + "\n",
        ));
    }
    files.push((source_path, source_text));
    files.push((article_path, article_file(slug, &resource, published)));
    Ok(Plan {
        slug: slug.to_owned(),
        published,
        files,
        root: project.root.clone(),
    })
}

/// Creates the planned files, none of which may exist; on failure removes those it created.
pub fn write(plan: &Plan) -> Result<()> {
    let _guard = crate::config::guard(&plan.root)?;
    let mut made: Vec<&PathBuf> = Vec::new();
    for (path, text) in &plan.files {
        if let Err(e) = crate::fsutil::write_new_synced(path, text.as_bytes()) {
            for done in made {
                let _ = std::fs::remove_file(done);
            }
            return Err(e);
        }
        made.push(path);
    }
    Ok(())
}

fn source_file(slug: &str, published: IsoDate) -> String {
    let mut text = format!(
        "## {slug}, published {}.\n\
         ## Replace each placeholder with the article's text. Another paragraph is another message,\n\
         ## listed as a block in the article's file in the content folder.\n\n",
        crate::render::iso(published)
    );
    for (id, placeholder) in MESSAGES {
        text.push_str(&format!("{id} = {placeholder}\n\n"));
    }
    text.pop();
    text
}

fn article_file(slug: &str, resource: &str, published: IsoDate) -> String {
    let mut text = format!(
        "# Structure only: every text is a Fluent message in locales/<locale>/{resource}.\n\n\
         slug = \"{slug}\"\n\
         resource = \"{resource}\"\n\
         published = {}\n\
         source = \"source-organisation\"\n\
         breadcrumb = [\"nav-home\"]\n",
        crate::render::iso(published)
    );
    let blocks = [
        ("title", "title"),
        ("paragraph", "intro"),
        ("paragraph", "body"),
        ("source-line", "source-line"),
        ("translator-credit", "translated-by"),
    ];
    for (kind, message) in blocks {
        text.push_str(&format!(
            "\n[[blocks]]\nkind = \"{kind}\"\nmessage = \"{message}\"\n"
        ));
    }
    text
}

/// Today's date in UTC.
pub fn today() -> IsoDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    IsoDate::from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// Parses `YYYY-MM-DD`, refusing dates that do not exist.
pub fn parse_date(text: &str) -> Result<IsoDate> {
    let bad = || Error::InvalidValue {
        value: text.to_owned(),
        message: format!(
            "`{text}` is not a date: write it as YYYY-MM-DD, like 2023-07-28; nothing was written"
        ),
    };
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u8 = m.parse().map_err(|_| bad())?;
    let day: u8 = d.parse().map_err(|_| bad())?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if day == 0 || day > days {
        return Err(bad());
    }
    Ok(IsoDate { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_and_reserved_slugs_are_refused() {
        for slug in [
            "", "../x", "a/b", "A", "a--b", "-a", "a-", "a b", "a.b", "é", "index", "feed",
            "page-2", "sitemap",
        ] {
            assert!(slug_problem(slug).is_some(), "{slug:?}");
        }
        for slug in ["programme-fact-sheet", "a", "2023-news", "page-two"] {
            assert_eq!(slug_problem(slug), None, "{slug:?}");
        }
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(
            parse_date("2024-02-29").unwrap(),
            IsoDate {
                year: 2024,
                month: 2,
                day: 29
            }
        );
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-7-1",
            "yesterday",
            "2023-07-28T00:00",
        ] {
            assert!(
                matches!(parse_date(bad), Err(Error::InvalidValue { value, .. }) if value == bad),
                "{bad}"
            );
        }
    }

    #[test]
    fn days_since_the_epoch_become_dates() {
        assert_eq!(
            IsoDate::from_days(0),
            IsoDate {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            IsoDate::from_days(19_566),
            IsoDate {
                year: 2023,
                month: 7,
                day: 28
            }
        );
    }
}
