//! A new locale, planned in memory and then written in one step (`fluentpress add-locale`).
//!
//! [`plan`] validates the tag, reads the project, its lock (which must be readable) and its
//! source and pivot FTL files, and builds every new file and the new `fluentpress.toml` as
//! text, without touching the disk. [`write()`] puts the files in a hidden sibling folder,
//! flushes them to disk, renames the folder into place, then replaces the configuration
//! atomically; on failure it removes what it made. Concurrent runs take turns
//! ([`ProjectGuard`](crate::fsutil::ProjectGuard)). An interrupted run can leave a hidden
//! `locales/.TAG.tmp-…` folder that no other command reads (the next `add-locale TAG` removes
//! it), or, interrupted between the rename and the configuration, a complete `locales/TAG/`
//! that is not registered (the next `add-locale TAG` says how to finish). This module never
//! prints: the binary reports the [`Plan`].
//!
//! Each generated entry is commented out, so that `check` counts it as missing until it is
//! translated: the translator deletes `# ` in front of its lines. Above it, comments show the
//! source (zh-CN) and the pivot (en) text. Plural selectors get the new locale's own CLDR
//! categories, with the pivot's `[other]` text, or its own text for a category that means the
//! same numbers (all of them under the same rules, `[one]` where it is the number 1 alone).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::serializer;

use crate::catalog::{Catalog, EntryKind, FtlFile, LocaleTree, Position};
use crate::config::{CONFIG_FILE, Project};
use crate::error::{Error, Result};
use crate::intl;
use crate::locale::Locale;
use crate::site;

/// What `add-locale` was asked for besides the tag.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The translator credited on the pages.
    pub translator: Option<String>,
    /// Fallback locales in order; empty means the default (pivot, then source).
    pub fallback: Vec<String>,
}

/// Everything `add-locale` will write, computed without touching the disk.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The canonical tag of the new locale.
    pub locale: Locale,
    /// The tag as typed, when canonicalisation changed it (`tl` → `fil`).
    pub requested: Option<String>,
    /// The language's name in itself, written as `name` in the configuration.
    pub native_name: String,
    /// The folder the locale's files go to.
    pub locale_dir: PathBuf,
    /// One file per source resource.
    pub files: Vec<PlannedFile>,
    /// `fluentpress.toml`.
    pub config_path: PathBuf,
    /// The configuration's new text as planned (the old text with one table added);
    /// [`write()`] adds the table to the text it finds then, which other runs may have changed.
    pub config_text: String,
    /// The locale's CLDR plural categories with sample numbers.
    pub plurals: Vec<(&'static str, Vec<u32>)>,
    /// The resolved fallback chain after the locale itself.
    pub fallback: Vec<Locale>,
    /// What the new locale will lack, and why: source entries hidden by a syntax error,
    /// source files that cannot be read.
    pub warnings: Vec<Warning>,
    /// The project folder and the options, to add the table again to the configuration as
    /// it is when [`write()`] runs (another run may have changed it since).
    root: PathBuf,
    options: Options,
}

/// Something in the source or pivot that [`plan`] could not carry into the new locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file, relative to the project (`locales/zh-CN/site.ftl`), with `/` separators.
    pub path: String,
    /// Where in the file, when the problem has a place.
    pub position: Option<Position>,
    /// What was left out.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}: {}", self.path, p.line, p.column, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// A file to create.
#[derive(Debug, Clone)]
pub struct PlannedFile {
    /// Path relative to the locale folder, with `/` separators.
    pub rel_path: String,
    /// The file's text.
    pub contents: String,
    /// Entries (commented out) waiting for a translation.
    pub entries: usize,
}

/// Plans adding locale `tag` to the project at `root`.
pub fn plan(root: &Path, tag: &str, options: &Options) -> Result<Plan> {
    let locale = Locale::parse(tag)?;
    if !intl::has_cldr_data(&locale) {
        let reason = match intl::closest_supported(&locale) {
            Some(close) => format!(
                "CLDR has no data for it, so dates and numbers would fall back to root formats; the closest supported tag is `{close}`"
            ),
            None => "CLDR has no data for it, and no supported tag is close to it".to_owned(),
        };
        return Err(Error::LocaleTag {
            tag: tag.to_owned(),
            reason,
        });
    }
    let project = Project::load(root)?;
    let locale_dir = project.locales_dir().join(locale.as_str());
    if project.locale(locale.as_str()).is_some() {
        return Err(Error::AlreadyExists {
            name: locale.to_string(),
            message: format!(
                "locale `{locale}` already exists in {CONFIG_FILE}; nothing was written"
            ),
        });
    }
    if locale_dir.exists() {
        return Err(unregistered_folder(&locale_dir, &locale));
    }
    // `add-locale` records the new locale in the lock once it is written: a lock that cannot
    // be read must stop it now, before anything is written, not leave a half-registered locale.
    crate::lock::Lock::load(&project.lock_path())?;
    let native_name = intl::native_name(&locale).unwrap_or_else(|| locale.to_string());
    let config_path = root.join(CONFIG_FILE);
    let old_config = crate::fsutil::read_text(&config_path)?;
    let config_text = add_to_config(&config_path, &old_config, &locale, &native_name, options)?;
    // The new configuration must load: this validates the fallback tags and chain.
    let new_project = Project::from_str(root, &config_text)?;
    let fallback = new_project
        .locale(locale.as_str())
        .map(|p| p.chain[1..].to_vec())
        .unwrap_or_default();

    let names = vec![project.source.to_string(), project.pivot.to_string()];
    let catalog = Catalog::load(&project.locales_dir(), &names)?;
    let source = catalog
        .locale(project.source.as_str())
        .filter(|t| t.exists)
        .ok_or_else(|| {
            let path = project.locales_dir().join(project.source.as_str());
            Error::FolderMissing {
                message: format!(
                    "the source locale folder `{}` does not exist",
                    path.display()
                ),
                path,
            }
        })?;
    let pivot = catalog.locale(project.pivot.as_str());
    let plurals = intl::plural_samples(&locale, 6);
    let context = Context {
        locale: &locale,
        native_name: &native_name,
        source: &project.source,
        pivot: &project.pivot,
        pivot_name: intl::native_name(&project.pivot).unwrap_or_else(|| project.pivot.to_string()),
        categories: intl::plural_categories(&locale),
        same_rules_as_pivot: same_plural_rules(&locale, &project.pivot),
        one_is_exactly_one: one_is_exactly_one(&locale) && one_is_exactly_one(&project.pivot),
        plurals: &plurals,
        created_by: format!("fluentpress add-locale {locale}"),
    };
    let mut warnings = Vec::new();
    let shown = |tree: &LocaleTree, rel_path: &str| {
        let dir = project.config.folders.locales.join(&tree.name);
        format!("{}/{rel_path}", dir.display()).replace('\\', "/")
    };
    for file in &source.files {
        for (offset, _) in file.junk() {
            warnings.push(Warning {
                path: shown(source, &file.rel_path),
                position: Some(file.position(offset)),
                message:
                    "syntax error in the source; entries in the broken part are not scaffolded"
                        .to_owned(),
            });
        }
    }
    for bad in &source.unreadable {
        warnings.push(Warning {
            path: shown(source, &bad.rel_path),
            position: None,
            message: format!(
                "cannot be read ({}); the new locale gets no file for it",
                bad.reason
            ),
        });
    }
    if let Some(pivot) = pivot.filter(|_| project.pivot != project.source) {
        for file in pivot
            .files
            .iter()
            .filter(|f| source.file(&f.rel_path).is_some())
        {
            for (offset, _) in file.junk() {
                warnings.push(Warning {
                    path: shown(pivot, &file.rel_path),
                    position: Some(file.position(offset)),
                    message: format!(
                        "syntax error in the pivot; entries in the broken part are scaffolded without their {} text",
                        project.pivot
                    ),
                });
            }
        }
    }
    let files = source
        .files
        .iter()
        .map(|file| {
            let pivot_file = pivot.and_then(|p| p.file(&file.rel_path));
            scaffold_file(&context, file, pivot_file)
        })
        .collect();
    Ok(Plan {
        requested: (locale.as_str() != tag).then(|| tag.to_owned()),
        locale,
        native_name,
        locale_dir,
        files,
        config_path,
        config_text,
        plurals,
        fallback,
        warnings,
        root: root.to_path_buf(),
        options: options.clone(),
    })
}

/// The commented-out translation skeleton of one source file for a locale the project already
/// has, as `add-locale` writes them; `created_by` is the command the header names.
pub fn skeleton(
    project: &Project,
    locale: &Locale,
    source: &FtlFile,
    pivot: Option<&FtlFile>,
    created_by: &str,
) -> PlannedFile {
    let native_name = project
        .locale(locale.as_str())
        .map_or_else(|| locale.to_string(), |l| l.config.name.clone());
    let plurals = intl::plural_samples(locale, 6);
    let context = Context {
        locale,
        native_name: &native_name,
        source: &project.source,
        pivot: &project.pivot,
        pivot_name: intl::native_name(&project.pivot).unwrap_or_else(|| project.pivot.to_string()),
        categories: intl::plural_categories(locale),
        same_rules_as_pivot: same_plural_rules(locale, &project.pivot),
        one_is_exactly_one: one_is_exactly_one(locale) && one_is_exactly_one(&project.pivot),
        plurals: &plurals,
        created_by: created_by.to_owned(),
    };
    scaffold_file(&context, source, pivot)
}

/// The refusal for a locale folder that exists while the configuration does not name it.
fn unregistered_folder(locale_dir: &Path, locale: &Locale) -> Error {
    Error::AlreadyExists {
        name: locale_dir.display().to_string(),
        message: format!(
            "`{dir}` already exists but `{locale}` is not in {CONFIG_FILE}, as an interrupted \
             `add-locale` can leave it: remove the folder (move it away first if it holds \
             translations) and run `fluentpress add-locale {locale}` again; nothing was written",
            dir = locale_dir.display()
        ),
    }
}

/// Writes a plan: the files into a hidden temporary folder, flushed to disk and renamed into
/// place, then the configuration. Leaves nothing behind on failure.
///
/// The project is held ([`ProjectGuard`](crate::fsutil::ProjectGuard)) meanwhile, and the new
/// table is added to the configuration as it is then: concurrent runs adding other locales
/// all get registered. Hidden temporary folders of this locale left by an interrupted run are
/// removed first.
pub fn write(plan: &Plan) -> Result<()> {
    let _guard = crate::config::guard(&plan.root)?;
    let current = crate::fsutil::read_text(&plan.config_path)?;
    if Project::from_str(&plan.root, &current)?
        .locale(plan.locale.as_str())
        .is_some()
    {
        return Err(Error::AlreadyExists {
            name: plan.locale.to_string(),
            message: format!(
                "locale `{}` was added to {CONFIG_FILE} by another run meanwhile; nothing was \
                 written",
                plan.locale
            ),
        });
    }
    let config_text = add_to_config(
        &plan.config_path,
        &current,
        &plan.locale,
        &plan.native_name,
        &plan.options,
    )?;
    Project::from_str(&plan.root, &config_text)?;
    if plan.locale_dir.exists() {
        return Err(unregistered_folder(&plan.locale_dir, &plan.locale));
    }
    let parent = plan.locale_dir.parent().unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
    remove_stale_temp_dirs(parent, plan.locale.as_str())?;
    let tmp = create_temp_dir(parent, plan.locale.as_str())?;
    let filled = (|| {
        // Every file and folder reaches the disk before the rename makes the locale visible,
        // and the rename before the configuration names it: a crash never leaves a registered
        // locale with empty files.
        let mut dirs = std::collections::BTreeSet::from([tmp.clone()]);
        for file in &plan.files {
            let path = tmp.join(&file.rel_path);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
                for ancestor in dir.ancestors().take_while(|a| a.starts_with(&tmp)) {
                    dirs.insert(ancestor.to_path_buf());
                }
            }
            crate::fsutil::write_new_synced(&path, file.contents.as_bytes())?;
        }
        for dir in &dirs {
            crate::fsutil::sync_dir(dir)?;
        }
        fs::rename(&tmp, &plan.locale_dir).map_err(|e| Error::write(&plan.locale_dir, e))
    })();
    if let Err(e) = filled {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    if let Err(e) = crate::fsutil::sync_dir(parent) {
        let _ = fs::remove_dir_all(&plan.locale_dir);
        return Err(e);
    }
    if let Err(e) =
        crate::fsutil::write_atomic_in(&plan.root, &plan.config_path, config_text.as_bytes())
    {
        let _ = fs::remove_dir_all(&plan.locale_dir);
        return Err(e);
    }
    // The caller records the new locale in the lock (`lock::accept_and_save`) once this has
    // succeeded, so that a failure there leaves a consistent, registered locale.
    Ok(())
}

/// Removes the hidden `.TAG.tmp-PID-N` folders an interrupted run of `add-locale TAG` left.
/// Called with the project held, so no running `add-locale` is filling one of them.
fn remove_stale_temp_dirs(parent: &Path, tag: &str) -> Result<()> {
    let prefix = format!(".{tag}.tmp-");
    let entries = fs::read_dir(parent).map_err(|e| Error::read(parent, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::read(parent, e))?;
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let ours = rest.split_once('-').is_some_and(|(pid, n)| {
            [pid, n]
                .iter()
                .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        });
        if ours && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let path = entry.path();
            fs::remove_dir_all(&path).map_err(|e| Error::write(&path, e))?;
        }
    }
    Ok(())
}

fn create_temp_dir(parent: &Path, tag: &str) -> Result<PathBuf> {
    let pid = std::process::id();
    for attempt in 0..100u32 {
        let candidate = parent.join(format!(".{tag}.tmp-{pid}-{attempt}"));
        match fs::create_dir(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::write(candidate, e)),
        }
    }
    Err(Error::write(
        parent,
        std::io::Error::other("could not create a temporary folder"),
    ))
}

/// Adds `[locales.TAG]` to the configuration text, keeping everything else byte for byte: the
/// table is appended to the text as read (a byte-order mark included), with the file's own
/// line ending. toml_edit only checks the text and writes the table: it would turn every CRLF
/// of the file into LF and drop the byte-order mark.
fn add_to_config(
    path: &Path,
    text: &str,
    locale: &Locale,
    native_name: &str,
    options: &Options,
) -> Result<String> {
    use toml_edit::{Array, DocumentMut, Item, Table, value};
    let doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| Error::invalid(path, e.to_string()))?;
    if !doc.get("locales").is_some_and(Item::is_table) {
        return Err(Error::invalid(path, "no [locales] tables"));
    }
    let mut table = Table::new();
    table.insert("name", value(native_name));
    table.insert("status", value("draft"));
    if let Some(translator) = &options.translator {
        table.insert("translator", value(translator.as_str()));
    }
    if !options.fallback.is_empty() {
        let mut list = Array::new();
        for tag in &options.fallback {
            let fallback = Locale::parse(tag)?;
            list.push(fallback.as_str());
        }
        table.insert("fallback", value(list));
    }
    let mut locales = Table::new();
    locales.set_implicit(true);
    locales.insert(locale.as_str(), Item::Table(table));
    let mut added = DocumentMut::new();
    added.insert("locales", Item::Table(locales));

    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = text.to_owned();
    let body = out.trim_start_matches('\u{feff}');
    if !body.is_empty() && !out.ends_with('\n') {
        out.push_str(newline);
    }
    let body = out.trim_start_matches('\u{feff}');
    if !body.is_empty() && !body.ends_with(&format!("{newline}{newline}")) {
        out.push_str(newline);
    }
    for line in added.to_string().lines() {
        out.push_str(line);
        out.push_str(newline);
    }
    Ok(out)
}

struct Context<'a> {
    locale: &'a Locale,
    native_name: &'a str,
    source: &'a Locale,
    pivot: &'a Locale,
    pivot_name: String,
    categories: Vec<&'static str>,
    same_rules_as_pivot: bool,
    /// Whether the locale's `one` is the number 1 alone (pl, ar, cs): the pivot's `[one]`
    /// text then fits it even where the other categories differ.
    one_is_exactly_one: bool,
    plurals: &'a [(&'static str, Vec<u32>)],
    /// The command named in the header as the file's maker.
    created_by: String,
}

fn same_plural_rules(a: &Locale, b: &Locale) -> bool {
    intl::plural_samples(a, usize::MAX) == intl::plural_samples(b, usize::MAX)
}

/// The messages and terms of an FTL text with their comments (the catalog's runtime parse
/// drops comments), keyed like the catalog: terms carry their `-`.
fn full_entries(text: &str) -> Vec<(String, EntryKind, ast::Entry<&str>)> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match &entry {
            ast::Entry::Message(m) => Some((m.id.name.to_owned(), EntryKind::Message, entry)),
            ast::Entry::Term(t) => Some((format!("-{}", t.id.name), EntryKind::Term, entry)),
            _ => None,
        })
        .collect()
}

fn scaffold_file(cx: &Context<'_>, source: &FtlFile, pivot: Option<&FtlFile>) -> PlannedFile {
    let source_entries = full_entries(source.source());
    let pivot_entries = pivot.map(|p| full_entries(p.source())).unwrap_or_default();
    let mut terms = String::new();
    let mut messages = String::new();
    let mut entries = 0;
    let mut has_plurals = false;
    // The pivot indexed by key (the first entry of a key wins, as in the bundle), so a file
    // of many entries is scaffolded in linear time.
    let mut pivot_index: HashMap<&str, &ast::Entry<&str>> = HashMap::new();
    for (key, _, entry) in &pivot_entries {
        pivot_index.entry(key.as_str()).or_insert(entry);
    }
    for (key, kind, entry) in &source_entries {
        let pivot_entry = pivot_index.get(key.as_str()).copied();
        let model = pivot_entry.unwrap_or(entry);
        let mut skeleton = strip_comment(model);
        has_plurals |= adapt_plurals(&mut skeleton, cx, pivot_entry.is_some());
        let out = match kind {
            EntryKind::Term => &mut terms,
            EntryKind::Message => &mut messages,
        };
        if let Some(comment) = entry_comment(model) {
            for line in &comment.content {
                site::push_commented(out, line);
            }
        }
        push_labelled(out, cx.source.as_str(), entry);
        match pivot_entry {
            Some(p) => push_labelled(out, cx.pivot.as_str(), p),
            None => out.push_str(&format!("# {}: (missing)\n", cx.pivot)),
        }
        for line in serialize_entry(&skeleton).lines() {
            site::push_commented(out, line);
        }
        out.push('\n');
        entries += 1;
    }
    let mut contents = header(cx, &source.rel_path, has_plurals);
    if !terms.is_empty() {
        contents.push_str("## Terms\n\n");
        contents.push_str(&terms);
    }
    if !messages.is_empty() {
        if !terms.is_empty() {
            contents.push_str("## Messages\n\n");
        }
        contents.push_str(&messages);
    }
    while contents.ends_with("\n\n") {
        contents.pop();
    }
    PlannedFile {
        rel_path: source.rel_path.clone(),
        contents,
        entries,
    }
}

/// The plural forms of a locale with sample numbers: `[one] 0, 1, …; [other] 2, 3, …`. A
/// form no whole number takes (`many` in cs) says so instead of listing nothing.
pub fn plural_forms(plurals: &[(&'static str, Vec<u32>)]) -> String {
    let forms: Vec<String> = plurals
        .iter()
        .map(|(category, samples)| {
            if samples.is_empty() {
                return format!("[{category}] fractions only");
            }
            let list: Vec<String> = samples.iter().map(u32::to_string).collect();
            format!("[{category}] {}, …", list.join(", "))
        })
        .collect();
    forms.join("; ")
}

/// Whether `one` selects the number 1 and no other whole number up to 200 (nor a large one)
/// in `locale`: all the samples are looked at, not the few a header shows.
fn one_is_exactly_one(locale: &Locale) -> bool {
    intl::plural_samples(locale, usize::MAX)
        .iter()
        .any(|(category, samples)| *category == "one" && samples == &[1])
}

fn header(cx: &Context<'_>, rel_path: &str, has_plurals: bool) -> String {
    let mut h = format!(
        "### {name} ({tag}) translation of {rel_path}, created by `{created_by}`.\n\
         ###\n\
         ### Every entry below is commented out: it counts as missing, and readers see another\n\
         ### language instead, until you translate it. To translate an entry, delete \"# \" at the\n\
         ### start of each line from its id (\"title =\") to its end, then replace the {pivot_name}\n\
         ### text. Keep everything inside {{ }} (variables, terms, selectors) unless your grammar\n\
         ### needs another order. The \"# {source}:\" lines show the original, the \"# {pivot}:\"\n\
         ### lines the {pivot_name} version; leave them in place.\n",
        pivot_name = cx.pivot_name,
        name = cx.native_name,
        created_by = cx.created_by,
        tag = cx.locale,
        source = cx.source,
        pivot = cx.pivot,
    );
    if has_plurals {
        h.push_str(&format!(
            "###\n### Plural forms in {}: {}\n### Selectors on numbers below already list these forms.\n",
            cx.locale,
            plural_forms(cx.plurals)
        ));
    }
    h.push('\n');
    h
}

/// `# zh-CN: value` for a one-line entry; `# zh-CN:` followed by the indented lines otherwise.
fn push_labelled(out: &mut String, label: &str, entry: &ast::Entry<&str>) {
    let text = serialize_entry(&strip_comment(entry));
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default();
    let value = first.split_once(" =").map_or("", |(_, v)| v.trim_start());
    if value.is_empty() {
        out.push_str(&format!("# {label}:\n"));
    } else {
        out.push_str(&format!("# {label}: {value}\n"));
    }
    for line in lines {
        site::push_commented(out, line);
    }
}

fn entry_comment<'a>(entry: &'a ast::Entry<&'a str>) -> Option<&'a ast::Comment<&'a str>> {
    match entry {
        ast::Entry::Message(m) => m.comment.as_ref(),
        ast::Entry::Term(t) => t.comment.as_ref(),
        _ => None,
    }
}

fn strip_comment<'a>(entry: &ast::Entry<&'a str>) -> ast::Entry<&'a str> {
    let mut entry = entry.clone();
    match &mut entry {
        ast::Entry::Message(m) => m.comment = None,
        ast::Entry::Term(t) => t.comment = None,
        _ => {}
    }
    entry
}

fn serialize_entry(entry: &ast::Entry<&str>) -> String {
    let resource = ast::Resource {
        body: vec![entry.clone()],
    };
    serializer::serialize_with_options(&resource, serializer::Options { with_junk: true })
}

const PLURAL_KEYS: [&str; 6] = intl::PLURAL_CATEGORIES;

/// Which variants of the pivot's selectors keep their text in the new locale; the others get
/// the default variant's.
#[derive(Clone, Copy)]
enum Keep {
    /// Every category the pivot has (same plural rules).
    All,
    /// `[one]` only (the locale's `one` is the number 1 alone, like the pivot's).
    One,
    /// None (the selector is not from the pivot, or its categories mean other numbers).
    Nothing,
}

/// Rewrites every selector on a number to the target's plural categories. Returns whether
/// there was one.
fn adapt_plurals(entry: &mut ast::Entry<&str>, cx: &Context<'_>, from_pivot: bool) -> bool {
    let keep = match (from_pivot, cx.same_rules_as_pivot, cx.one_is_exactly_one) {
        (false, _, _) => Keep::Nothing,
        (true, true, _) => Keep::All,
        (true, false, true) => Keep::One,
        (true, false, false) => Keep::Nothing,
    };
    let mut found = false;
    let mut visit = |pattern: &mut ast::Pattern<&str>| {
        found |= adapt_pattern(pattern, &cx.categories, keep);
    };
    match entry {
        ast::Entry::Message(m) => {
            if let Some(value) = &mut m.value {
                visit(value);
            }
            for attribute in &mut m.attributes {
                visit(&mut attribute.value);
            }
        }
        ast::Entry::Term(t) => {
            visit(&mut t.value);
            for attribute in &mut t.attributes {
                visit(&mut attribute.value);
            }
        }
        _ => {}
    }
    found
}

fn adapt_pattern(
    pattern: &mut ast::Pattern<&str>,
    categories: &[&'static str],
    keep: Keep,
) -> bool {
    let mut found = false;
    for element in &mut pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        let ast::Expression::Select { variants, .. } = expression else {
            continue;
        };
        for variant in variants.iter_mut() {
            found |= adapt_pattern(&mut variant.value, categories, keep);
        }
        let names: Vec<&str> = variants
            .iter()
            .filter_map(|v| match v.key {
                ast::VariantKey::Identifier { name } => Some(name),
                ast::VariantKey::NumberLiteral { .. } => None,
            })
            .collect();
        if names.is_empty() || !names.iter().all(|n| PLURAL_KEYS.contains(n)) {
            continue;
        }
        found = true;
        let default = variants
            .iter()
            .find(|v| v.default)
            .or_else(|| variants.last())
            .map(|v| v.value.clone())
            .unwrap_or(ast::Pattern { elements: vec![] });
        // A default that holds selectors of its own is not copied into the categories
        // without text: copies of copies would grow exponentially with the nesting (six
        // categories, ten levels: 60 million variants). Those categories are left to the
        // default variant, which Fluent uses for them anyway.
        let copy_default = !holds_selector(&default);
        let mut adapted: Vec<ast::Variant<&str>> = variants
            .iter()
            .filter(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }))
            .cloned()
            .map(|mut v| {
                v.default = false;
                v
            })
            .collect();
        for &category in categories {
            let same = variants.iter().find(
                |v| matches!(v.key, ast::VariantKey::Identifier { name } if name == category),
            );
            let kept = match keep {
                Keep::All => true,
                Keep::One => category == "one",
                Keep::Nothing => false,
            };
            let value = match same {
                // The default's own text goes to `other` alone when it is not copied.
                Some(v) if kept && (copy_default || !v.default || category == "other") => {
                    v.value.clone()
                }
                _ if copy_default || category == "other" => default.clone(),
                _ => continue,
            };
            adapted.push(ast::Variant {
                key: ast::VariantKey::Identifier { name: category },
                value,
                default: category == "other",
            });
        }
        *variants = adapted;
    }
    found
}

/// Whether a pattern has a select expression anywhere in its placeables.
fn holds_selector(pattern: &ast::Pattern<&str>) -> bool {
    fn in_expression(expression: &ast::Expression<&str>) -> bool {
        match expression {
            ast::Expression::Select { .. } => true,
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                in_expression(expression)
            }
            ast::Expression::Inline(_) => false,
        }
    }
    pattern.elements.iter().any(|element| {
        matches!(element, ast::PatternElement::Placeable { expression } if in_expression(expression))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn added(text: &str) -> String {
        let locale = Locale::parse("fil").unwrap();
        add_to_config(
            Path::new("fluentpress.toml"),
            text,
            &locale,
            "Filipino",
            &Options::default(),
        )
        .unwrap()
    }

    /// Review finding: `add-locale es-419` printed `[many] , …`. No form is ever listed
    /// without numbers.
    #[test]
    fn plural_forms_never_list_nothing() {
        let forms =
            |tag: &str| plural_forms(&intl::plural_samples(&Locale::parse(tag).unwrap(), 3));
        assert_eq!(
            forms("es-419"),
            "[one] 1, …; [many] 1000000, 2000000, 3000000, …; [other] 0, 2, 3, …"
        );
        assert_eq!(
            forms("fr"),
            "[one] 0, 1, …; [many] 1000000, 2000000, 3000000, …; [other] 2, 3, 4, …"
        );
        assert_eq!(
            forms("cs"),
            "[one] 1, …; [few] 2, 3, 4, …; [many] fractions only; [other] 0, 5, 6, …"
        );
    }

    #[test]
    fn config_table_is_appended_after_a_blank_line() {
        let table = "[locales.fil]\nname = \"Filipino\"\nstatus = \"draft\"\n";
        let text = "[locales.en]\nname = \"English\"";
        assert_eq!(added(text), format!("{text}\n\n{table}"));
        let text = "[locales.en]\nname = \"English\"\n\n";
        assert_eq!(added(text), format!("{text}{table}"));
        let text = "\u{feff}[locales.en]\r\nname = \"English\"\r\n";
        assert_eq!(
            added(text),
            format!("{text}\r\n{}", table.replace('\n', "\r\n"))
        );
    }
}
