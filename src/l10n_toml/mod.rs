//! compare-locales' project configuration (`l10n.toml`): which files each locale must have,
//! and which missing entries count.
//!
//! [`L10nToml::load`] reads a configuration and the files it includes and excludes, strictly
//! (an unknown key, a bad pattern or an unknown variable is an error with its file, line and
//! column), and expands every pattern. [`L10nToml::resolve`] then lists the reference files on
//! disk and gives each the key `check` knows it by: its path relative to the locale folder.
//! [`Layout::plan`] says, for one locale, which reference files are its own and with which
//! action, and what the filters make of each missing entry; `check` measures the locale with
//! it (the `check::l10n_toml` module). Nothing here reads FTL or prints.
//!
//! The semantics are compare-locales 9's (its `paths` package): a locale takes the paths of
//! every configuration that lists it (or lists no locales), a path with its own `locales` list
//! only for those, and the filters of every configuration that maps the file, the first
//! `error` winning, then `warning`, then `ignore`; within one configuration the last matching
//! filter decides. Locales must be folders: each `l10n` pattern must read
//! `<folder>/{locale}/…`, the same folder for every path.

mod files;
mod pattern;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Result};
pub use files::{Layout, LocalePlan};
use pattern::Pattern;

/// What a filter makes of a file or an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Required: a missing file or entry counts against the locale.
    Error,
    /// Reported but not required (compare-locales' "report").
    Warning,
    /// Not counted at all.
    Ignore,
}

/// A loaded configuration with everything it includes and excludes.
#[derive(Debug)]
pub struct L10nToml {
    top: Config,
    /// The folder that holds the locale folders (from the `l10n` patterns).
    locale_root: String,
}

/// One configuration file.
#[derive(Debug)]
struct Config {
    /// The file.
    path: PathBuf,
    /// Its `locales`, if it has the key.
    locales: Option<Vec<String>>,
    paths: Vec<PathRule>,
    filters: Vec<Filter>,
    children: Vec<Config>,
    excludes: Vec<Config>,
}

/// A `[[paths]]` entry.
#[derive(Debug)]
struct PathRule {
    l10n: Pattern,
    reference: Option<Pattern>,
    locales: Option<Vec<String>>,
    /// Where the entry is, for messages.
    at: String,
}

/// A `[[filters]]` entry with one path and at most one key.
#[derive(Debug)]
struct Filter {
    path: Pattern,
    key: Option<KeyMatch>,
    action: Action,
}

#[derive(Debug, Clone)]
enum KeyMatch {
    Exact(String),
    /// `re:` keys: matched from the start of the id, not necessarily to its end, as Python's
    /// `re.match` does.
    Regex(Regex),
}

impl KeyMatch {
    fn matches(&self, id: &str) -> bool {
        match self {
            KeyMatch::Exact(key) => key == id,
            KeyMatch::Regex(re) => re.is_match(id),
        }
    }
}

// The file as written. Unknown keys are errors; `[build]` and a path's `test` list are part of
// the format but mean nothing to `check`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    basepath: Option<Spanned<String>>,
    locales: Option<Vec<String>>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    paths: Vec<Spanned<PathToml>>,
    #[serde(default)]
    includes: Vec<Spanned<ChildToml>>,
    #[serde(default)]
    excludes: Vec<Spanned<ChildToml>>,
    #[serde(default)]
    filters: Vec<Spanned<FilterToml>>,
    #[allow(dead_code)]
    build: Option<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PathToml {
    reference: Option<Spanned<String>>,
    l10n: Spanned<String>,
    locales: Option<Vec<String>>,
    #[allow(dead_code)]
    test: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChildToml {
    path: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilterToml {
    path: Spanned<StringOrList>,
    key: Option<Spanned<StringOrList>>,
    action: Action,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum StringOrList {
    One(String),
    Many(Vec<String>),
}

impl StringOrList {
    fn items(&self) -> Vec<&str> {
        match self {
            StringOrList::One(s) => vec![s.as_str()],
            StringOrList::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// `path:line:column` of a byte offset of `text`.
fn at(path: &Path, text: &str, offset: usize) -> String {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    format!("{}:{line}:{column}", path.display())
}

/// The error for a file that cannot be used, `message` starting with its position.
fn invalid(path: &Path, message: String) -> Error {
    Error::invalid(path, message)
}

/// `path` as an absolute path with `/` separators and no `.` or `..`, without touching the
/// disk.
fn absolute(path: &Path) -> Result<String> {
    let path = std::path::absolute(path).map_err(|e| Error::read(path, e))?;
    let text = path.to_string_lossy().replace('\\', "/");
    Ok(Pattern::expand(&text, &BTreeMap::new(), "/")
        .map(|p| p.display(None))
        .unwrap_or(text))
}

/// How one file is read: the variables given from outside (`l10n_base`, and those given on the
/// command line) and the files being read, to refuse an include cycle.
struct Loader<'a> {
    env: &'a BTreeMap<String, String>,
    stack: Vec<PathBuf>,
}

impl Loader<'_> {
    fn load(&mut self, path: &Path, what: Option<&str>) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| match what {
            Some(what) => invalid(
                path,
                format!("cannot read the configuration file that {what} names: {e}"),
            ),
            None => Error::read(path, e),
        })?;
        let file: FileToml = toml::from_str(&text).map_err(|e| {
            let position = e
                .span()
                .map_or_else(|| path.display().to_string(), |s| at(path, &text, s.start));
            invalid(path, format!("{position}: {}", e.message().trim_end()))
        })?;
        let here = path.parent().unwrap_or(Path::new("."));
        let basepath = file.basepath.as_ref().map_or(".", |b| b.get_ref().as_str());
        let root = absolute(&here.join(basepath))?;
        // The file's own variables, then those from outside, which win.
        let mut env = file.env.clone();
        env.extend(self.env.iter().map(|(k, v)| (k.clone(), v.clone())));
        let expand = |raw: &Spanned<String>, what: &str| {
            Pattern::expand(raw.get_ref(), &env, &root).map_err(|message| {
                invalid(
                    path,
                    format!(
                        "{}: {what} `{}`: {message}",
                        at(path, &text, raw.span().start),
                        raw.get_ref()
                    ),
                )
            })
        };

        let mut paths = Vec::new();
        for entry in &file.paths {
            let position = at(path, &text, entry.span().start);
            let entry = entry.get_ref();
            let l10n = expand(&entry.l10n, "`l10n` pattern")?;
            let reference = entry
                .reference
                .as_ref()
                .map(|r| expand(r, "`reference` pattern"))
                .transpose()?;
            let bad = |raw: &Spanned<String>, message: String| {
                invalid(
                    path,
                    format!("{}: {message}", at(path, &text, raw.span().start)),
                )
            };
            if l10n.locale_root().is_none() {
                return Err(bad(
                    &entry.l10n,
                    format!(
                        "the `l10n` pattern `{}` expands to `{}`: locales are read as folders, \
                         so it must read `<folder>/{{locale}}/…`, with `{{locale}}` once, as a \
                         whole folder name, and no wildcard before it",
                        entry.l10n.get_ref(),
                        l10n.display(None)
                    ),
                ));
            }
            if let (Some(reference), Some(raw)) = (&reference, &entry.reference) {
                if reference.has_locale() {
                    return Err(bad(
                        raw,
                        format!(
                            "the `reference` pattern `{}` holds `{{locale}}`: the reference is \
                             one set of files for every locale",
                            raw.get_ref()
                        ),
                    ));
                }
                if l10n.wildcards() > reference.wildcards() {
                    return Err(bad(
                        &entry.l10n,
                        format!(
                            "the `l10n` pattern has {} wildcards, its `reference` {}: a \
                             reference file's path cannot fill them",
                            l10n.wildcards(),
                            reference.wildcards()
                        ),
                    ));
                }
            }
            paths.push(PathRule {
                l10n,
                reference,
                locales: entry.locales.clone(),
                at: position,
            });
        }

        let mut filters = Vec::new();
        for entry in &file.filters {
            let entry = entry.get_ref();
            let keys: Vec<Option<KeyMatch>> = match &entry.key {
                None => vec![None],
                Some(key) => key
                    .get_ref()
                    .items()
                    .into_iter()
                    .map(|k| {
                        let Some(re) = k.strip_prefix("re:") else {
                            return Ok(Some(KeyMatch::Exact(k.to_owned())));
                        };
                        Regex::new(&format!("^(?:{re})"))
                            .map(|re| Some(KeyMatch::Regex(re)))
                            .map_err(|e| {
                                invalid(
                                    path,
                                    format!(
                                        "{}: the key `{k}` is not a regular expression this \
                                         program reads: {e}",
                                        at(path, &text, key.span().start)
                                    ),
                                )
                            })
                    })
                    .collect::<Result<_>>()?,
            };
            for raw in entry.path.get_ref().items() {
                let spanned = Spanned::new(entry.path.span(), raw.to_owned());
                let pattern = expand(&spanned, "filter path")?;
                for key in &keys {
                    filters.push(Filter {
                        path: pattern.clone(),
                        key: key.clone(),
                        action: entry.action,
                    });
                }
            }
        }

        let mut children = Vec::new();
        let mut excludes = Vec::new();
        for (list, field, out) in [
            (&file.includes, "includes", &mut children),
            (&file.excludes, "excludes", &mut excludes),
        ] {
            for entry in list {
                let raw = &entry.get_ref().path;
                let position = at(path, &text, raw.span().start);
                let child_path = expand(raw, "path")?;
                if child_path.wildcards() > 0 || child_path.has_locale() {
                    return Err(invalid(
                        path,
                        format!(
                            "{position}: the {field} path `{}` has a wildcard or `{{locale}}`: \
                             it must name one file",
                            raw.get_ref()
                        ),
                    ));
                }
                let child_path = PathBuf::from(child_path.display(None));
                if self.stack.contains(&child_path) {
                    return Err(invalid(
                        path,
                        format!(
                            "{position}: `{}` includes itself (through {})",
                            child_path.display(),
                            self.stack
                                .iter()
                                .map(|p| p.display().to_string())
                                .collect::<Vec<_>>()
                                .join(" → ")
                        ),
                    ));
                }
                self.stack.push(child_path.clone());
                let what = format!("`[[{field}]]` at {position}");
                let child = self.load(&child_path, Some(&what))?;
                self.stack.pop();
                // An included configuration cannot exclude, nor can any configuration an
                // excluded one brings in.
                let (excluding, which) = if field == "includes" {
                    (!child.excludes.is_empty(), "included")
                } else {
                    let nested = child.all_configs().any(|c| !c.excludes.is_empty());
                    (nested, "excluded")
                };
                if excluding {
                    return Err(invalid(
                        path,
                        format!(
                            "{position}: `{}` has `[[excludes]]`: an {which} configuration \
                             cannot exclude (compare-locales refuses it too)",
                            child_path.display()
                        ),
                    ));
                }
                out.push(child);
            }
        }

        Ok(Config {
            path: path.to_path_buf(),
            locales: file.locales,
            paths,
            filters,
            children,
            excludes,
        })
    }
}

impl Config {
    /// This configuration and everything it includes, depth first.
    fn all_configs(&self) -> Box<dyn Iterator<Item = &Config> + '_> {
        Box::new(std::iter::once(self).chain(self.children.iter().flat_map(Config::all_configs)))
    }

    /// Every locale this configuration, its includes and their paths name, sorted.
    fn all_locales(&self) -> BTreeSet<&str> {
        let mut out = BTreeSet::new();
        for config in self.all_configs() {
            out.extend(config.locales.iter().flatten().map(String::as_str));
            for path in &config.paths {
                out.extend(path.locales.iter().flatten().map(String::as_str));
            }
        }
        out
    }
}

impl L10nToml {
    /// Reads the configuration at `path` and every file it includes or excludes. `env` holds
    /// the variables given from outside (`l10n_base` above all), which win over the files'
    /// `[env]`.
    pub fn load(path: &Path, env: &BTreeMap<String, String>) -> Result<Self> {
        let mut loader = Loader {
            env,
            stack: vec![PathBuf::from(absolute(path)?)],
        };
        let top = loader.load(path, None)?;
        let mut roots: BTreeMap<String, String> = BTreeMap::new();
        for config in top.all_configs() {
            for rule in &config.paths {
                let root = rule.l10n.locale_root().expect("checked when loaded");
                roots
                    .entry(root.to_owned())
                    .or_insert_with(|| rule.at.clone());
            }
        }
        let mut roots = roots.into_iter();
        let Some((locale_root, _)) = roots.next() else {
            return Err(invalid(
                path,
                format!(
                    "{}: no `[[paths]]`: the configuration names no files",
                    path.display()
                ),
            ));
        };
        if let Some((other, at)) = roots.next() {
            return Err(invalid(
                path,
                format!(
                    "{at}: the `l10n` pattern puts the locale folders in `{other}`, another path \
                     in `{locale_root}`: `check` reads them from one folder"
                ),
            ));
        }
        Ok(L10nToml { top, locale_root })
    }

    /// The configuration file.
    pub fn path(&self) -> &Path {
        &self.top.path
    }

    /// Every locale the configuration and its includes name, sorted: the locales checked when
    /// none are given.
    pub fn all_locales(&self) -> Vec<String> {
        self.top
            .all_locales()
            .into_iter()
            .map(str::to_owned)
            .collect()
    }

    /// The folder that holds the locale folders.
    pub fn locale_root(&self) -> PathBuf {
        PathBuf::from(&self.locale_root)
    }
}

#[cfg(test)]
mod tests;
