//! The files a configuration maps: the reference files on disk, each under the key `check`
//! knows it by (its path relative to the locale folder), and per locale the files that are
//! its own and the filters' actions.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

use super::pattern::{Pattern, captures};
use super::{Action, Config, KeyMatch, L10nToml};
use crate::error::{Error, Result};

/// A configuration with its reference files found on disk.
#[derive(Debug)]
pub struct Layout {
    /// The configuration.
    pub config: L10nToml,
    /// The FTL reference files by key (path relative to a locale folder).
    pub reference: BTreeMap<String, PathBuf>,
    /// Reference files that are not FTL (`.properties`, `.dtd`, `.ini`, …) by key: mapped,
    /// but not checked.
    pub skipped: BTreeMap<String, PathBuf>,
    /// Per `[[paths]]` entry with a reference (depth first through the includes): the
    /// reference files it matches and their wildcards' values.
    walks: Vec<Vec<(String, Vec<String>)>>,
}

/// What the configuration asks of one locale.
#[derive(Debug)]
pub struct LocalePlan {
    /// The locale.
    pub locale: String,
    /// The reference files that are the locale's (FTL or not), by key, with the action for
    /// the file when it is missing.
    pub files: BTreeMap<String, Action>,
    /// The configuration compiled for the locale: filters and `l10n` patterns.
    filter: Compiled,
    /// Whether the locale is one the configuration names.
    named: bool,
    /// The `l10n` patterns of the paths that apply to the locale, and the exclusions.
    l10n: Vec<Regex>,
    excluded: Option<Box<Exclusion>>,
    locale_dir: String,
}

/// What `[[excludes]]` remove for a locale: files their `l10n` (for the locale) or
/// `reference` patterns match.
#[derive(Debug)]
struct Exclusion {
    patterns: Vec<Regex>,
}

impl Exclusion {
    fn matches(&self, path: &str) -> bool {
        self.patterns.iter().any(|re| re.is_match(path))
    }
}

/// A configuration's filters and `l10n` patterns compiled for one locale, with those of the
/// files it includes and excludes.
#[derive(Debug)]
struct Compiled {
    l10n: Vec<Regex>,
    filters: Vec<(Regex, Option<KeyMatch>, Action)>,
    children: Vec<Compiled>,
    excludes: Vec<(Compiled, bool)>,
}

/// Walks `dir` (a file when `is_dir` is false), hidden files and folders left out, symbolic
/// links to folders not followed, and pushes the files' paths with `/` separators.
fn walk(dir: &Path, out: &mut Vec<String>) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        // A pattern's folder that does not exist matches no file.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::read(dir, e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| Error::read(dir, e))?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| Error::read(&path, e))?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// The files `pattern` matches (without a locale), sorted, with their wildcards' values.
fn matching(pattern: &Pattern) -> Result<Vec<(String, Vec<String>)>> {
    let (root, wild) = pattern.walk_root(None);
    let mut paths = Vec::new();
    if wild {
        walk(Path::new(&root), &mut paths)?;
    } else if Path::new(&root).is_file() {
        paths.push(root);
    }
    let re = pattern.regex(None);
    let mut out: Vec<(String, Vec<String>)> = paths
        .into_iter()
        .filter_map(|p| {
            let caps = captures(&re, &p)?.into_iter().map(str::to_owned).collect();
            Some((p, caps))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// Whether a file is checked: FTL files are, others are skipped.
fn is_ftl(path: &str) -> bool {
    path.ends_with(".ftl")
}

impl L10nToml {
    /// Finds the reference files of every path on disk. Two reference files mapped to the
    /// same locale file is an error.
    pub fn resolve(self) -> Result<Layout> {
        let mut walks = Vec::new();
        for config in self.top.all_configs() {
            for rule in &config.paths {
                if let Some(reference) = &rule.reference {
                    walks.push(matching(reference)?);
                }
            }
        }
        let mut layout = Layout {
            config: self,
            reference: BTreeMap::new(),
            skipped: BTreeMap::new(),
            walks,
        };
        let mut seen: BTreeMap<String, (String, String)> = BTreeMap::new();
        for locale in layout.locales_for_keys() {
            for (key, (reference, at)) in layout.mapped(&locale) {
                if let Some((other, other_at)) = seen.get(&key)
                    && *other != reference
                {
                    return Err(Error::invalid(
                        layout.config.path(),
                        format!(
                            "{at}: `{reference}` and `{other}` (from {other_at}) are both the \
                             reference of `{key}`"
                        ),
                    ));
                }
                seen.insert(key, (reference, at));
            }
        }
        for (key, (reference, _)) in seen {
            if is_ftl(&reference) {
                layout.reference.insert(key, PathBuf::from(reference));
            } else {
                layout.skipped.insert(key, PathBuf::from(reference));
            }
        }
        Ok(layout)
    }
}

impl Layout {
    /// The locales whose files make up the reference: every locale named, or a stand-in when
    /// the configuration names none.
    fn locales_for_keys(&self) -> Vec<String> {
        let mut locales = self.config.all_locales();
        if locales.is_empty() {
            locales.push("und".to_owned());
        }
        locales
    }

    /// The folder of `locale`'s files, with a trailing `/`.
    fn locale_dir(&self, locale: &str) -> String {
        format!("{}/{locale}/", self.config.locale_root)
    }

    /// The configurations that give `locale` files, depth first, each once.
    fn active(&self, locale: &str) -> Vec<(usize, &Config)> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        let mut walk_index = 0;
        for config in self.config.top.all_configs() {
            let first = walk_index;
            walk_index += config
                .paths
                .iter()
                .filter(|p| p.reference.is_some())
                .count();
            if !seen.insert(&config.path) {
                continue;
            }
            if config
                .locales
                .as_ref()
                .is_some_and(|l| !l.iter().any(|l| l == locale))
            {
                continue;
            }
            out.push((first, config));
        }
        out
    }

    /// The reference files `locale` is given, by key, with the reference path and where the
    /// path that maps it is written. A later path wins over an earlier one, as in
    /// compare-locales.
    fn mapped(&self, locale: &str) -> BTreeMap<String, (String, String)> {
        let mut out = BTreeMap::new();
        if !self.config.top.all_locales().contains(locale)
            && !self.config.top.all_locales().is_empty()
        {
            return out;
        }
        let exclusion = self.exclusion(locale);
        let dir = self.locale_dir(locale);
        for (first, config) in self.active(locale) {
            let mut walk = first;
            for rule in &config.paths {
                let Some(_) = &rule.reference else { continue };
                let files = &self.walks[walk];
                walk += 1;
                if rule
                    .locales
                    .as_ref()
                    .is_some_and(|l| !l.iter().any(|l| l == locale))
                {
                    continue;
                }
                for (reference, caps) in files {
                    if exclusion.as_ref().is_some_and(|e| e.matches(reference)) {
                        continue;
                    }
                    let caps: Vec<&str> = caps.iter().map(String::as_str).collect();
                    let l10n = rule.l10n.fill(locale, &caps);
                    if exclusion.as_ref().is_some_and(|e| e.matches(&l10n)) {
                        continue;
                    }
                    let Some(key) = l10n.strip_prefix(&dir) else {
                        continue;
                    };
                    out.insert(key.to_owned(), (reference.clone(), rule.at.clone()));
                }
            }
        }
        out
    }

    /// The exclusions for `locale`: the patterns of the excluded configurations that name
    /// it, unless they are also included.
    fn exclusion(&self, locale: &str) -> Option<Box<Exclusion>> {
        let included: BTreeSet<&Path> = self
            .config
            .top
            .all_configs()
            .map(|c| c.path.as_path())
            .collect();
        let mut patterns = Vec::new();
        for excluded in &self.config.top.excludes {
            if included.contains(excluded.path.as_path())
                || !excluded.all_locales().contains(locale)
            {
                continue;
            }
            for config in excluded.all_configs() {
                if config
                    .locales
                    .as_ref()
                    .is_some_and(|l| !l.iter().any(|l| l == locale))
                {
                    continue;
                }
                for rule in &config.paths {
                    if rule
                        .locales
                        .as_ref()
                        .is_some_and(|l| !l.iter().any(|l| l == locale))
                    {
                        continue;
                    }
                    patterns.push(rule.l10n.regex(Some(locale)));
                    if let Some(reference) = &rule.reference {
                        patterns.push(reference.regex(None));
                    }
                }
            }
        }
        (!patterns.is_empty()).then(|| Box::new(Exclusion { patterns }))
    }

    /// What the configuration asks of `locale`.
    pub fn plan(&self, locale: &str) -> LocalePlan {
        let named = self.config.top.all_locales().contains(locale);
        let filter = compile(&self.config.top, locale);
        let mut l10n = Vec::new();
        for (_, config) in self.active(locale) {
            for rule in &config.paths {
                if rule
                    .locales
                    .as_ref()
                    .is_none_or(|l| l.iter().any(|l| l == locale))
                {
                    l10n.push(rule.l10n.regex(Some(locale)));
                }
            }
        }
        let mut plan = LocalePlan {
            locale: locale.to_owned(),
            files: BTreeMap::new(),
            filter,
            named,
            l10n,
            excluded: self.exclusion(locale),
            locale_dir: self.locale_dir(locale),
        };
        if named {
            for key in self.mapped(locale).into_keys() {
                let action = plan.action(&key, None);
                plan.files.insert(key, action);
            }
        }
        plan
    }
}

/// Compiles `config` (and what it includes and excludes) for `locale`.
fn compile(config: &Config, locale: &str) -> Compiled {
    let l10n = config
        .paths
        .iter()
        .filter(|p| {
            p.locales
                .as_ref()
                .is_none_or(|l| l.iter().any(|l| l == locale))
        })
        .map(|p| p.l10n.regex(Some(locale)))
        .collect();
    let filters = config
        .filters
        .iter()
        .map(|f| (f.path.regex(Some(locale)), f.key.clone(), f.action))
        .collect();
    Compiled {
        l10n,
        filters,
        children: config.children.iter().map(|c| compile(c, locale)).collect(),
        excludes: config
            .excludes
            .iter()
            .map(|c| (compile(c, locale), c.all_locales().contains(locale)))
            .collect(),
    }
}

impl Compiled {
    /// compare-locales' filter of one configuration: `None` when nothing maps the file.
    /// Whether a filter with a key (here or in an include) matches `path`.
    fn has_entry_filters(&self, path: &str) -> bool {
        self.filters
            .iter()
            .any(|(re, key, _)| key.is_some() && re.is_match(path))
            || self.children.iter().any(|c| c.has_entry_filters(path))
    }

    fn filter(&self, path: &str, entry: Option<&str>) -> Option<Action> {
        let excluded = self
            .excludes
            .iter()
            .any(|(compiled, named)| *named && compiled.filter(path, None) == Some(Action::Error));
        if excluded {
            return None;
        }
        let mut actions = BTreeSet::new();
        for child in &self.children {
            if let Some(action) = child.filter(path, entry) {
                actions.insert(action);
            }
        }
        if actions.contains(&Action::Error) {
            return Some(Action::Error);
        }
        if self.l10n.iter().any(|re| re.is_match(path)) {
            let mut action = Action::Error;
            for (re, key, rule_action) in self.filters.iter().rev() {
                if !re.is_match(path) {
                    continue;
                }
                // A filter with a key is about entries, one without about files.
                match (key, entry) {
                    (None, None) => {}
                    (Some(key), Some(id)) if key.matches(id) => {}
                    _ => continue,
                }
                action = *rule_action;
                break;
            }
            actions.insert(action);
        }
        actions.into_iter().next()
    }
}

impl LocalePlan {
    /// The filters' action for the file `key` (`entry: None`) or its entry `entry`, as
    /// compare-locales computes it; `Ignore` for what nothing maps.
    pub fn action(&self, key: &str, entry: Option<&str>) -> Action {
        if !self.named {
            return Action::Ignore;
        }
        let path = format!("{}{key}", self.locale_dir);
        self.filter.filter(&path, entry).unwrap_or(Action::Ignore)
    }

    /// Whether a filter with a key could apply to entries of the file `key`: where none can,
    /// every entry's action is the file's mapping alone (`error`).
    pub fn has_entry_filters(&self, key: &str) -> bool {
        self.named
            && self
                .filter
                .has_entry_filters(&format!("{}{key}", self.locale_dir))
    }

    /// Whether `[[excludes]]` remove the locale's file `key` from the project.
    pub fn excluded(&self, key: &str) -> bool {
        let path = format!("{}{key}", self.locale_dir);
        self.excluded.as_ref().is_some_and(|e| e.matches(&path))
    }

    /// Whether an `l10n` pattern of the locale maps its file `key` (and no exclusion removes
    /// it): a file of the locale that none maps is obsolete.
    pub fn maps(&self, key: &str) -> bool {
        let path = format!("{}{key}", self.locale_dir);
        self.named
            && self.l10n.iter().any(|re| re.is_match(&path))
            && !self.excluded.as_ref().is_some_and(|e| e.matches(&path))
    }
}
