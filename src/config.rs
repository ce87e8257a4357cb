//! The project: `fluentpress.toml` read, validated and resolved into locales and fallback chains.
//!
//! Parsing is strict: an unknown key is an error with its line and column, so a typo never
//! silently changes behaviour. This module reads the configuration only; it never writes it
//! (`scaffold` edits it in place, keeping the user's formatting). `guard` holds a project
//! against concurrent runs while one changes it.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::fsutil::{ProjectGuard, read_text};
use crate::locale::Locale;

/// The configuration file's name at a project's root.
pub(crate) const CONFIG_FILE: &str = "fluentpress.toml";

/// Holds the project at `root` against other fluentpress runs (see `fsutil::ProjectGuard`) while
/// this one reads, changes and writes its configuration or lock.
pub(crate) fn guard(root: &Path) -> Result<ProjectGuard> {
    ProjectGuard::acquire(&root.join(CONFIG_FILE))
}

/// `fluentpress.toml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ConfigFile {
    /// The locale the articles are written in (the reference of `check`).
    pub source: String,
    /// The locale translators usually work from; the second step of every default fallback chain.
    pub pivot: String,
    /// Folder names, relative to the project root.
    #[serde(default)]
    pub folders: Folders,
    /// FTL files (relative to a locale folder) loaded into every article's bundle.
    #[serde(default = "default_shared")]
    pub shared: Vec<String>,
    /// Minimum coverage in percent below which `check` fails, for every locale.
    pub min_coverage: Option<f64>,
    /// Count outdated translations as untranslated in `check`'s coverage.
    #[serde(default)]
    pub outdated_as_missing: bool,
    /// The address the site is published at (`https://example.org/news/`). Canonical links,
    /// the sitemap, feeds and social previews need it; without it links stay relative and
    /// those outputs are left out.
    pub base_url: Option<String>,
    /// Articles per listing page.
    #[serde(default = "default_page_size")]
    pub page_size: usize,
    /// The publisher named in the pages' structured data; default: each article's source
    /// organisation.
    pub publisher: Option<String>,
    /// The locales, in the order the language switcher shows them.
    pub locales: IndexMap<String, LocaleConfig>,
}

fn default_page_size() -> usize {
    10
}

fn default_shared() -> Vec<String> {
    vec!["site.ftl".to_owned()]
}

/// Folder names of a project.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct Folders {
    /// Where `<locale>/*.ftl` live.
    pub locales: PathBuf,
    /// Where the article files live.
    pub content: PathBuf,
    /// Where `render` writes by default.
    pub output: PathBuf,
    /// The lock file that records what each translation was made against.
    pub lock: PathBuf,
    /// Templates that replace the default theme's, by file name (`article.html`, …).
    pub templates: PathBuf,
}

impl Default for Folders {
    fn default() -> Self {
        Folders {
            locales: "locales".into(),
            content: "content".into(),
            output: "dist".into(),
            lock: "fluentpress.lock".into(),
            templates: "templates".into(),
        }
    }
}

/// Review status of a locale's translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Not yet reviewed by a native speaker; pages say so.
    Draft,
    /// Reviewed.
    Reviewed,
}

/// One locale's settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LocaleConfig {
    /// The language's name in itself, shown in the language switcher.
    pub name: String,
    /// Draft or reviewed.
    pub status: Status,
    /// Who translated it, credited on the page.
    pub translator: Option<String>,
    /// The locales to fall back to, in order; default: the pivot, then the source.
    pub fallback: Option<Vec<String>>,
    /// Calendar for dates (`gregorian` or `buddhist`); default `gregorian`.
    pub calendar: Option<String>,
    /// Minimum coverage in percent for this locale.
    pub min_coverage: Option<f64>,
}

/// A loaded, validated project.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project root.
    pub root: PathBuf,
    /// The configuration as written.
    pub config: ConfigFile,
    /// The source locale.
    pub source: Locale,
    /// The pivot locale.
    pub pivot: Locale,
    /// All locales in configuration order, each with its resolved fallback chain.
    pub locales: Vec<ProjectLocale>,
}

/// A configured locale with its resolved settings.
#[derive(Debug, Clone)]
pub struct ProjectLocale {
    /// The tag.
    pub locale: Locale,
    /// Its settings.
    pub config: LocaleConfig,
    /// The locale itself, then the locales it falls back to, without repetition.
    pub chain: Vec<Locale>,
}

impl ProjectLocale {
    /// The calendar its dates are shown in (validated when the project loads).
    pub fn calendar(&self) -> crate::intl::Calendar {
        crate::intl::Calendar::from_config(self.config.calendar.as_deref()).unwrap_or_default()
    }
}

impl Project {
    /// The fallback chain of a configured locale, each with its calendar.
    pub fn chain_with_calendars(
        &self,
        locale: &ProjectLocale,
    ) -> Vec<(Locale, crate::intl::Calendar)> {
        locale
            .chain
            .iter()
            .map(|l| {
                (
                    l.clone(),
                    self.locale(l.as_str())
                        .map(ProjectLocale::calendar)
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Loads `DIR/fluentpress.toml` and validates every tag and chain in it.
    pub fn load(root: &Path) -> Result<Self> {
        Self::load_with_text(root).map(|(project, _)| project)
    }

    /// Like [`Project::load`], also returning the configuration's text as read.
    pub(crate) fn load_with_text(root: &Path) -> Result<(Self, String)> {
        let path = root.join(CONFIG_FILE);
        if !path.is_file() {
            return Err(Error::NotAProject {
                root: root.to_path_buf(),
            });
        }
        let text = read_text(&path)?;
        // Paths inside the current folder are shown as `locales/…`, not `./locales/…`.
        let root = if root == Path::new(".") {
            Path::new("")
        } else {
            root
        };
        Ok((Self::from_str(root, &text)?, text))
    }

    /// Builds a project from the text of its configuration file.
    pub fn from_str(root: &Path, text: &str) -> Result<Self> {
        let path = root.join(CONFIG_FILE);
        let config: ConfigFile = toml::from_str(text)
            .map_err(|e| Error::invalid(&path, e.to_string().trim_end().to_owned()))?;
        let tag = |value: &str, what: &str| {
            Locale::parse(value).map_err(|e| Error::invalid(&path, format!("{what}: {e}")))
        };
        let percent = |value: Option<f64>, key: &str| match value {
            Some(v) if !(0.0..=100.0).contains(&v) => Err(Error::invalid(
                &path,
                format!("{key} = {v}: a percentage must be between 0 and 100"),
            )),
            _ => Ok(()),
        };
        percent(config.min_coverage, "`min-coverage`")?;
        if config.page_size == 0 {
            return Err(Error::invalid(&path, "`page-size` must be at least 1"));
        }
        if let Some(url) = &config.base_url {
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"));
            if !rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
                || url.contains(|c: char| {
                    c.is_whitespace() || matches!(c, '"' | '<' | '>' | '#' | '?')
                })
            {
                return Err(Error::invalid(
                    &path,
                    format!(
                        "`base-url = \"{url}\"`: write an absolute http or https address without query or fragment, like \"https://example.org/news/\""
                    ),
                ));
            }
        }
        let source = tag(&config.source, "`source`")?;
        let pivot = tag(&config.pivot, "`pivot`")?;
        let mut locales = Vec::new();
        for (name, settings) in &config.locales {
            let locale = tag(name, &format!("[locales.{name}]"))?;
            if locale.as_str() != name {
                return Err(Error::invalid(
                    &path,
                    format!("[locales.{name}]: write the canonical tag `{locale}`"),
                ));
            }
            percent(
                settings.min_coverage,
                &format!("[locales.{name}] min-coverage"),
            )?;
            if let Some(calendar) = &settings.calendar
                && !matches!(calendar.as_str(), "gregorian" | "buddhist")
            {
                return Err(Error::invalid(
                    &path,
                    format!(
                        "[locales.{name}] calendar `{calendar}`: use `gregorian` or `buddhist`"
                    ),
                ));
            }
            let mut chain = vec![locale.clone()];
            let fallback: Vec<Locale> = match &settings.fallback {
                Some(list) => list
                    .iter()
                    .map(|f| tag(f, &format!("[locales.{name}] fallback")))
                    .collect::<Result<_>>()?,
                None => vec![pivot.clone(), source.clone()],
            };
            if settings.fallback.is_some() && fallback.contains(&locale) {
                return Err(Error::invalid(
                    &path,
                    format!(
                        "[locales.{name}] falls back to itself: list only other locales in its `fallback`"
                    ),
                ));
            }
            for next in fallback {
                if !chain.contains(&next) {
                    chain.push(next);
                }
            }
            locales.push(ProjectLocale {
                locale,
                config: settings.clone(),
                chain,
            });
        }
        let known = |l: &Locale| locales.iter().any(|p| &p.locale == l);
        for required in [&source, &pivot] {
            if !known(required) {
                return Err(Error::invalid(
                    &path,
                    format!(
                        "locale `{required}` is the source or pivot but has no [locales.{required}] table"
                    ),
                ));
            }
        }
        for p in &locales {
            if let Some(unknown) = p.chain.iter().find(|l| !known(l)) {
                return Err(Error::invalid(
                    &path,
                    format!(
                        "[locales.{}] falls back to `{unknown}`, which is not a configured locale",
                        p.locale
                    ),
                ));
            }
        }
        Ok(Project {
            root: root.to_path_buf(),
            config,
            source,
            pivot,
            locales,
        })
    }

    /// The folder holding `<locale>/*.ftl`.
    pub fn locales_dir(&self) -> PathBuf {
        self.root.join(&self.config.folders.locales)
    }

    /// The folder holding the article files.
    pub fn content_dir(&self) -> PathBuf {
        self.root.join(&self.config.folders.content)
    }

    /// The default output folder of `render`.
    pub fn output_dir(&self) -> PathBuf {
        self.root.join(&self.config.folders.output)
    }

    /// The lock file's path.
    pub fn lock_path(&self) -> PathBuf {
        self.root.join(&self.config.folders.lock)
    }

    /// The base URL with a final `/`, when the project sets one.
    pub(crate) fn base_url(&self) -> Option<String> {
        self.config.base_url.as_ref().map(|url| {
            if url.ends_with('/') {
                url.clone()
            } else {
                format!("{url}/")
            }
        })
    }

    /// The folder whose templates replace the default theme's.
    pub(crate) fn templates_dir(&self) -> PathBuf {
        self.root.join(&self.config.folders.templates)
    }

    /// Where `[folders] KEY` is set, for messages: `line N: [folders] KEY = "VALUE"` from the
    /// configuration's text, or `[folders] KEY (default "VALUE")` when the file does not set it.
    pub(crate) fn folder_setting(&self, key: &str) -> String {
        let folders = &self.config.folders;
        let value = match key {
            "locales" => &folders.locales,
            "content" => &folders.content,
            "output" => &folders.output,
            "lock" => &folders.lock,
            _ => &folders.templates,
        };
        let text = std::fs::read_to_string(self.root.join(CONFIG_FILE)).unwrap_or_default();
        let mut table = String::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if let Some(name) = line.strip_prefix('[') {
                table = name.trim_end_matches(']').trim().to_owned();
                continue;
            }
            let Some((name, _)) = line.split_once('=') else {
                continue;
            };
            let name = name.trim().trim_matches('"');
            let dotted = format!("folders.{key}");
            if (table == "folders" && name == key) || (table.is_empty() && name == dotted) {
                let table = if table.is_empty() { "" } else { "[folders] " };
                return format!("line {}: {table}{line}", index + 1);
            }
        }
        format!("[folders] {key} (default \"{}\")", value.display())
    }

    /// The source locale's configuration: loading refuses a project whose source has no
    /// `[locales.<source>]` table, so it is always there.
    pub(crate) fn source_locale(&self) -> &ProjectLocale {
        self.locale(self.source.as_str())
            .expect("the source locale is configured (checked when the project loads)")
    }

    /// The configured locale with this tag.
    pub fn locale(&self, tag: &str) -> Option<&ProjectLocale> {
        self.locales.iter().find(|p| p.locale.as_str() == tag)
    }

    /// Resolves tags given on the command line (canonicalising them) to configured locales,
    /// each once, in the order given.
    pub fn select(&self, tags: &[String]) -> Result<Vec<&ProjectLocale>> {
        if tags.is_empty() {
            return Ok(self.locales.iter().collect());
        }
        let mut selected: Vec<&ProjectLocale> = Vec::new();
        for locale in tags.iter().map(|t| {
            let locale = Locale::parse(t)?;
            self.locale(locale.as_str()).ok_or_else(|| {
                let known: Vec<&str> = self.locales.iter().map(|p| p.locale.as_str()).collect();
                Error::UnknownLocale {
                    locale: locale.to_string(),
                    configured: known.iter().map(|k| (*k).to_owned()).collect(),
                }
            })
        }) {
            let locale = locale?;
            if !selected.iter().any(|s| s.locale == locale.locale) {
                selected.push(locale);
            }
        }
        Ok(selected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
source = "zh-CN"
pivot = "en"
[locales.zh-CN]
name = "中文"
status = "reviewed"
[locales.en]
name = "English"
status = "reviewed"
[locales.en-SB]
name = "English (Solomon Islands)"
status = "draft"
fallback = ["en"]
"#;

    #[test]
    fn resolves_default_and_explicit_chains() {
        let p = Project::from_str(Path::new("."), MINIMAL).unwrap();
        let chain = |t: &str| -> Vec<String> {
            p.locale(t)
                .unwrap()
                .chain
                .iter()
                .map(|l| l.to_string())
                .collect()
        };
        assert_eq!(chain("en"), ["en", "zh-CN"]);
        assert_eq!(chain("zh-CN"), ["zh-CN", "en"]);
        assert_eq!(chain("en-SB"), ["en-SB", "en"]);
    }

    #[test]
    fn outdated_as_missing_is_off_unless_set() {
        let p = Project::from_str(Path::new("."), MINIMAL).unwrap();
        assert!(!p.config.outdated_as_missing);
        let text = MINIMAL.replace(
            "pivot = \"en\"",
            "pivot = \"en\"\noutdated-as-missing = true",
        );
        let p = Project::from_str(Path::new("."), &text).unwrap();
        assert!(p.config.outdated_as_missing);
    }

    #[test]
    fn unknown_key_is_an_error_with_position() {
        let text = MINIMAL.replace("pivot = \"en\"", "pivot = \"en\"\npivto = 1");
        let err = Project::from_str(Path::new("."), &text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `pivto`"), "{err}");
        assert!(err.contains("line 4"), "{err}");
    }

    /// Review finding: `min-coverage = 500` was accepted and every locale reported "below
    /// 500%". Both the project-wide and the per-locale setting must be 0–100.
    #[test]
    fn min_coverage_must_be_a_percentage() {
        let top = MINIMAL.replace("pivot = \"en\"", "pivot = \"en\"\nmin-coverage = 500");
        let err = Project::from_str(Path::new("."), &top)
            .unwrap_err()
            .to_string();
        assert!(err.contains("`min-coverage` = 500"), "{err}");
        assert!(err.contains("between 0 and 100"), "{err}");
        let local = MINIMAL.replace(
            "status = \"draft\"",
            "status = \"draft\"\nmin-coverage = -1",
        );
        let err = Project::from_str(Path::new("."), &local)
            .unwrap_err()
            .to_string();
        assert!(err.contains("[locales.en-SB] min-coverage = -1"), "{err}");
        let fine = MINIMAL.replace("pivot = \"en\"", "pivot = \"en\"\nmin-coverage = 100");
        assert!(Project::from_str(Path::new("."), &fine).is_ok());
    }

    /// Review finding: `fallback = ["en-SB"]` in `[locales.en-SB]` was accepted, so the locale
    /// had no fallback at all and pages showed message ids. A locale naming itself is an error.
    #[test]
    fn a_locale_falling_back_to_itself_is_an_error() {
        for list in [r#"["en-SB"]"#, r#"["en", "en-SB"]"#] {
            let text = MINIMAL.replace(r#"fallback = ["en"]"#, &format!("fallback = {list}"));
            let err = Project::from_str(Path::new("."), &text)
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("[locales.en-SB] falls back to itself"),
                "{err}"
            );
        }
    }

    #[test]
    fn bad_tags_are_refused() {
        for bad in ["und", "../x", "en-"] {
            let text =
                format!("{MINIMAL}\n[locales.\"{bad}\"]\nname = \"x\"\nstatus = \"draft\"\n");
            let err = Project::from_str(Path::new("."), &text)
                .unwrap_err()
                .to_string();
            assert!(err.contains(bad), "{err}");
        }
    }
}
