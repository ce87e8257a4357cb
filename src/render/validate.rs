//! What is checked before anything is built: every message an article names exists in some
//! locale, the shared files exist in the source locale, the regions an article lists are ones
//! CLDR names, the output folder lies outside the project's sources, and no source lies where
//! a render writes (the site's own files, a locale's folder). Also the syntax
//! problems of the files the pages are built from, reported with every run. Nothing here
//! builds or writes a page.

use std::path::{Path, PathBuf};

use super::Event;
use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale};
use crate::content::{Article, Variable};
use crate::error::{Error, Result};
use crate::fsutil::real_path;
use crate::ftl::{EntryKey, LocaleIndex};
use crate::locale::Locale;

/// Every message an article names must exist in at least one locale: a typo in the content
/// is an error, not a page full of fallbacks.
pub(super) fn validate_articles(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
) -> Result<()> {
    let source = catalog.locale(project.source.as_str());
    for shared in &project.config.shared {
        if source.and_then(|t| t.file(shared)).is_none() {
            return Err(Error::invalid(
                project.root.join(crate::config::CONFIG_FILE),
                format!(
                    "shared file `{shared}` does not exist in the source locale's folder `{}`",
                    project
                        .locales_dir()
                        .join(project.source.as_str())
                        .display()
                ),
            ));
        }
    }
    let english = Locale::parse("en").expect("`en` is a valid tag");
    let indexes: Vec<LocaleIndex<'_>> = catalog.locales.iter().map(LocaleIndex::new).collect();
    for article in articles {
        for (name, value) in &article.variables {
            if let Variable::Regions(codes) = value
                && let Some(code) = codes
                    .iter()
                    .find(|c| crate::intl::region_name(&english, c).is_none())
            {
                return Err(Error::invalid(
                    &article.path,
                    format!("variable `{name}`: `{code}` is not a region that CLDR names"),
                ));
            }
        }
        let files = files_of(project, article);
        for id in article.message_ids() {
            let defined = indexes.iter().any(|index| {
                files.iter().any(|file| {
                    let key = EntryKey::new(*file, id);
                    index.get(&key).is_some_and(|(_, e)| has_value(e.entry))
                })
            });
            if !defined {
                return Err(Error::invalid(
                    &article.path,
                    format!(
                        "message `{id}` is not defined in any locale (looked for it in {} under `{}`); add it to the source locale or fix the id",
                        files.join(", "),
                        project.locales_dir().display()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Whether an entry is a message with a value (a page can show it), not a term or a message
/// with attributes only.
fn has_value(entry: &fluent_syntax::ast::Entry<&str>) -> bool {
    matches!(entry, fluent_syntax::ast::Entry::Message(m) if m.value.is_some())
}

/// The files an article's bundle is built from: the shared ones, then its own (once).
pub(super) fn files_of<'a>(project: &'a Project, article: &'a Article) -> Vec<&'a str> {
    let mut files: Vec<&str> = project.config.shared.iter().map(String::as_str).collect();
    if !files.contains(&article.resource.as_str()) {
        files.push(&article.resource);
    }
    files
}

/// Syntax errors and unreadable files in the files that the selected pages are built from
/// (the files of every article, in every locale of the selected locales' chains), and the
/// selected locales that have no folder.
pub(super) fn syntax_problems(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
    locales: &[&ProjectLocale],
) -> Vec<Event> {
    let mut used: Vec<&str> = articles.iter().flat_map(|a| files_of(project, a)).collect();
    used.sort_unstable();
    used.dedup();
    let in_chains = |name: &str| {
        locales
            .iter()
            .any(|l| l.chain.iter().any(|c| c.as_str() == name))
    };
    let mut events = Vec::new();
    for locale in locales {
        let name = locale.locale.as_str();
        if !catalog.locale(name).is_some_and(|t| t.exists) {
            events.push(Event::Problem {
                locale: name.to_owned(),
                location: name.to_owned(),
                message: format!(
                    "the locale folder `{}` does not exist: every passage is shown in a fallback language",
                    project.locales_dir().join(name).display()
                ),
            });
        }
    }
    for tree in catalog.locales.iter().filter(|t| in_chains(&t.name)) {
        for bad in tree
            .unreadable
            .iter()
            .filter(|u| used.contains(&u.rel_path.as_str()))
        {
            events.push(Event::Problem {
                locale: tree.name.clone(),
                location: format!("{}/{}", tree.name, bad.rel_path),
                message: format!("cannot be read: {}", bad.reason),
            });
        }
        for file in used.iter().filter_map(|f| tree.file(f)) {
            for error in &file.parse_errors {
                // Where `check` points: inside the broken entry, not past it.
                let (start, _, _) = crate::check::syntax_error_span(file, error);
                let at = file.position(start);
                events.push(Event::Problem {
                    locale: tree.name.clone(),
                    location: format!("{}/{}:{}:{}", tree.name, file.rel_path, at.line, at.column),
                    message: format!("syntax error: {}; the rest of the file is used", error.kind),
                });
            }
        }
    }
    events
}

/// The output folder may not be the project root, nor lie inside the locale, content or
/// template folders (generated files would mix with sources, and a later run could read them).
/// Paths are compared after resolving `..` and symbolic links, so a linked folder
/// (`dist/en -> ../locales/en`) or a project folder named like a locale (`render --out ..` in
/// a project called `en`) is caught; [`super::render_project`] checks the output folder and each
/// locale's folder in it.
pub(crate) fn check_output(project: &Project, out: &Path) -> Result<()> {
    let target = real_path(out);
    let inside = |folder: PathBuf| target.starts_with(real_path(&folder));
    if target == real_path(&project.root)
        || inside(project.locales_dir())
        || inside(project.content_dir())
        || inside(project.templates_dir())
    {
        return Err(Error::OutputInSources {
            out: out.to_path_buf(),
        });
    }
    Ok(())
}

/// What a render writes at the top of the output folder besides each locale's folder, and
/// what each is.
const SITE_FILES: [(&str, &str); 6] = [
    ("assets", "the stylesheet's folder"),
    ("404.html", "the not-found page"),
    ("favicon.svg", "the site's icon"),
    ("index.html", "the language chooser"),
    ("sitemap.xml", "the sitemap"),
    (super::manifest::MANIFEST_FILE, "the render manifest"),
];

/// No source of the project may be, or lie inside, a file or folder that a render writes
/// into `out`: the site's own files (the stylesheet's `assets/`, `404.html`, the icon, …), a
/// sitemap part, or the folder of a configured locale or of `extra` (the pseudo-locale). Such a
/// source would be overwritten, or mixed with pages. The error names the setting that puts the
/// source there (its line in `fluentpress.toml`), or the output folder when the project folder
/// itself is in the way. [`check_output`] covers the other direction (the output inside the
/// sources).
pub(crate) fn check_site_paths(project: &Project, out: &Path, extra: &[&str]) -> Result<()> {
    let out_real = real_path(out);
    let sources = [
        ("", project.root.clone()),
        ("locales", project.locales_dir()),
        ("content", project.content_dir()),
        ("templates", project.templates_dir()),
        ("lock", project.lock_path()),
    ];
    for (key, source) in sources {
        let real = real_path(&source);
        let Ok(rel) = real.strip_prefix(&out_real) else {
            continue;
        };
        let Some(first) = rel.components().next() else {
            continue;
        };
        let first = first.as_os_str().to_string_lossy();
        let what = SITE_FILES
            .iter()
            .find(|(name, _)| *name == first)
            .map(|(_, what)| (*what).to_owned())
            .or_else(|| {
                first
                    .strip_prefix("sitemap-")
                    .and_then(|n| n.strip_suffix(".xml"))
                    .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                    .map(|_| "a part of the sitemap".to_owned())
            })
            .or_else(|| {
                let configured = project.locales.iter().map(|l| l.locale.as_str());
                configured
                    .chain(extra.iter().copied())
                    .find(|tag| *tag == first)
                    .map(|tag| format!("the folder of locale `{tag}`'s pages"))
            });
        let Some(what) = what else {
            continue;
        };
        let generated = out.join(first.as_ref());
        if key.is_empty() {
            return Err(Error::OutputInSources {
                out: out.to_path_buf(),
            });
        }
        let place = if rel.components().count() == 1 {
            format!("render writes {what} there")
        } else {
            format!(
                "it is inside `{}`, {what}, which render writes",
                generated.display()
            )
        };
        return Err(Error::invalid(
            project.root.join(crate::config::CONFIG_FILE),
            format!(
                "{}: {place}; keep the {key} out of the output folder `{}`, or choose another output folder",
                project.folder_setting(key),
                out.display()
            ),
        ));
    }
    Ok(())
}
