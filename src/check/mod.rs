//! `check`: every locale compared with the reference, as data.
//!
//! [`run`] is a pure function of a loaded [`Catalog`] and [`CheckOptions`]: it reads no files
//! and prints nothing. It returns a [`Report`] with per-locale counts (total, translated,
//! missing, obsolete, identical, coverage, missing words), the entry lists behind them, and
//! [`Diagnostic`]s with stable codes and positions. Locales are checked in parallel; the
//! report's order does not depend on scheduling.
//!
//! In a project, [`run_with_lock`] also compares every translation with the project's lock:
//! entries whose source or pivot text changed since they were accepted are `outdated`, those
//! whose translation changed are `updated` (see [`crate::lock`]).
//!
//! Entries are keyed by (file path relative to the locale folder, id), terms with their `-`.
//! An entry whose attached comment (in the translation or the reference) contains
//! `fluentpress: identical` is never reported as identical; nor is one without letters.

mod compare;
mod pattern;
mod plural;
mod report;
mod variables;

use std::collections::{BTreeMap, HashMap, HashSet};

use indexmap::IndexMap;
use rayon::prelude::*;

use crate::bundle::is_optional_term;
use crate::catalog::{Catalog, EntryRef, FtlFile, LocaleTree};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::lock::{Change, EntryState, EntryStatus, Lock};

pub use report::{
    ChangedItem, Code, Diagnostic, EntryItem, Excerpt, LocaleReport, Report, Severity,
};
pub use variables::ProvidedVariables;

/// Columns of unchanged text kept on each side of a change in an outdated entry's diff.
const DIFF_CONTEXT: usize = 24;

/// The note on an `unreadable-file` error: references that might be defined in the file
/// are not judged (see `compare::unknown_references`).
const UNJUDGED_REFERENCES: &str = "while it cannot be read, references to messages and terms \
     found nowhere else are not reported as unknown or obsolete: they may be defined in it";

/// The marker that, in a comment attached to an entry, says its text is legitimately the same
/// as the reference's.
pub const IDENTICAL_MARKER: &str = "fluentpress: identical";

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The reference folder name.
    pub reference: String,
    /// A second folder whose text also counts as untranslated when copied (a project's pivot).
    pub pivot: Option<String>,
    /// The folders to check, or `None` for every folder of the catalog (and of its root on
    /// disk) except the reference. Naming the reference itself is a usage error.
    pub locales: Option<Vec<String>>,
    /// Minimum coverage in percent for every locale.
    pub min_coverage: Option<f64>,
    /// Minimum coverage per locale, taking precedence over `min_coverage`.
    pub locale_min_coverage: BTreeMap<String, f64>,
    /// Count outdated entries as untranslated for the coverage (and so for the thresholds).
    pub outdated_as_missing: bool,
    /// Variables passed to messages beyond those the reference's text uses (a project's
    /// article variables and the renderer's own): never `unknown-variable`. Empty in a tree.
    pub provided: ProvidedVariables,
    /// Why the project's articles could not be read, if they could not: their variables are
    /// then unknown to the check (the caller says so; the check itself goes on).
    pub content_problem: Option<String>,
    /// In a project, the files every article's bundle includes: the same id in two other
    /// files (two articles) is no conflict, as they never share a bundle. `None` in a tree,
    /// where every file of a locale may be loaded together.
    pub shared: Option<Vec<String>>,
}

impl CheckOptions {
    /// Options for a tree without configuration: `locales` as in [`CheckOptions::locales`].
    pub fn tree(reference: impl Into<String>, locales: Option<Vec<String>>) -> Self {
        CheckOptions {
            reference: reference.into(),
            locales,
            ..CheckOptions::default()
        }
    }

    /// Options for a project: reference = source, identical also against the pivot, the
    /// configured locales except the source (or those in `only`), thresholds from the config.
    /// Folders on disk that the configuration does not name are never checked. Naming the
    /// source in `only` is a usage error: it is the reference.
    ///
    /// Reads the project's articles (when its content folder exists) for the variables the
    /// renderer passes to their messages; when they cannot be read, the check goes on without
    /// them and [`CheckOptions::content_problem`] says why.
    pub fn for_project(project: &Project, only: &[String]) -> Result<Self> {
        let selected = project.select(only)?;
        if !only.is_empty() && selected.iter().any(|p| p.locale == project.source) {
            return Err(reference_selected(project.source.as_str()));
        }
        let locales = selected
            .iter()
            .filter(|p| p.locale != project.source)
            .map(|p| p.locale.to_string())
            .collect();
        let content = project.content_dir();
        let (articles, content_problem) = if content.is_dir() {
            match crate::content::Article::load_all(&content) {
                Ok(articles) => (articles, None),
                Err(e) => (Vec::new(), Some(e.to_string())),
            }
        } else {
            (Vec::new(), None)
        };
        let locale_min_coverage = project
            .locales
            .iter()
            .filter_map(|p| Some((p.locale.to_string(), p.config.min_coverage?)))
            .collect();
        Ok(CheckOptions {
            reference: project.source.to_string(),
            pivot: Some(project.pivot.to_string()),
            locales: Some(locales),
            min_coverage: project.config.min_coverage,
            locale_min_coverage,
            outdated_as_missing: project.config.outdated_as_missing,
            provided: ProvidedVariables::new(project, &articles),
            content_problem,
            shared: Some(project.config.shared.clone()),
        })
    }

    /// The folders a [`Catalog`] must hold for this check; empty means all of them.
    pub fn folders(&self) -> Vec<String> {
        let Some(locales) = &self.locales else {
            return Vec::new();
        };
        let mut names = vec![self.reference.clone()];
        names.extend(self.pivot.iter().cloned());
        names.extend(locales.iter().cloned());
        names
    }

    /// The threshold for `locale`.
    pub fn threshold(&self, locale: &str) -> Option<f64> {
        self.locale_min_coverage
            .get(locale)
            .copied()
            .or(self.min_coverage)
    }
}

/// The usage error for a reference named among the locales to check.
fn reference_selected(reference: &str) -> Error {
    Error::Usage(format!(
        "`{reference}` is the reference: it is not checked against itself (leave it out of --locale)"
    ))
}

/// Checks every selected locale of `catalog` against the reference. The catalog must hold the
/// reference (and the pivot); selected locales it does not hold are read from its folder on
/// demand and dropped once checked.
///
/// Fails only when the reference folder is absent or is among the selected locales; every other
/// problem is a diagnostic.
pub fn run(catalog: &Catalog, options: &CheckOptions) -> Result<Report> {
    run_with_lock(catalog, options, None)
}

/// Like [`run`], and, given a project and its lock, also reports the translations that are
/// outdated or updated since they were accepted (`catalog` must be the project's).
pub fn run_with_lock(
    catalog: &Catalog,
    options: &CheckOptions,
    lock: Option<(&Project, &Lock)>,
) -> Result<Report> {
    if let Some(locales) = &options.locales
        && locales.contains(&options.reference)
    {
        return Err(reference_selected(&options.reference));
    }
    let reference_tree = catalog
        .locale(&options.reference)
        .filter(|t| t.exists)
        .ok_or_else(|| {
            Error::Usage(format!(
                "reference folder `{}` not found in `{}`",
                options.reference,
                catalog.root.display()
            ))
        })?;
    let shared = options.shared.as_deref();
    let reference = Index::new(reference_tree, shared);
    let pivot = options
        .pivot
        .as_deref()
        .and_then(|p| catalog.locale(p))
        .filter(|t| t.exists)
        .map(|t| Index::new(t, shared));

    // Locales the catalog does not hold are read from its folder one at a time per thread and
    // dropped once compared, so memory stays flat however many locales the tree has.
    let on_disk = if options.locales.is_none() && catalog.root.is_dir() {
        Catalog::folder_names(&catalog.root)?
    } else {
        Vec::new()
    };
    let mut names: Vec<&str> = match &options.locales {
        None => catalog
            .locales
            .iter()
            .map(|l| l.name.as_str())
            .chain(on_disk.iter().map(String::as_str))
            .filter(|n| *n != options.reference)
            .collect(),
        Some(locales) => locales.iter().map(String::as_str).collect(),
    };
    names.sort_unstable();
    names.dedup();

    let mut diagnostics = Vec::new();
    {
        let mut own = Vec::new();
        file_diagnostics(reference_tree, &mut own);
        for d in own.iter_mut().filter(|d| d.code == Code::UnreadableFile) {
            d.notes.push(
                "the file is left out of the check: no locale's copy of it is compared until \
                 the reference can be read"
                    .into(),
            );
            d.notes.push(UNJUDGED_REFERENCES.into());
        }
        reference.duplicates(&mut own);
        for (file, entry) in reference.all_entries() {
            compare::unknown_references(&reference, None, file, entry, &mut own);
        }
        sort(&mut own);
        diagnostics.extend(own);
    }

    let results: Vec<(LocaleReport, Vec<Diagnostic>)> = names
        .par_iter()
        .map(|name| {
            let loaded;
            let tree = match catalog.locale(name) {
                Some(tree) => Some(tree),
                None => {
                    loaded = Catalog::load_tree(&catalog.root, name)?;
                    Some(&loaded)
                }
            };
            // The pivot is compared with the reference only, not with itself.
            let pivot = pivot.as_ref().filter(|p| p.tree.name != *name);
            let states = lock.and_then(|(project, lock)| {
                let locale = Locale::parse(name).ok()?;
                Some((lock, lock.status(project, catalog, &locale)))
            });
            Ok(check_locale(name, tree, &reference, pivot, options, states))
        })
        .collect::<Result<_>>()?;
    let mut locales = Vec::with_capacity(results.len());
    for (report, diags) in results {
        locales.push(report);
        diagnostics.extend(diags);
    }
    Ok(Report {
        reference: options.reference.clone(),
        pivot: options.pivot.clone(),
        locales,
        diagnostics,
        lock: lock.map(|(project, _)| project.config.folders.lock.display().to_string()),
        outdated_as_missing: options.outdated_as_missing,
    })
}

/// A locale's entries by file and id (first definition kept), with its duplicates.
pub(crate) struct Index<'a> {
    pub(crate) tree: &'a LocaleTree,
    /// Per file (sorted by path): entries by key, in file order.
    pub(crate) files: BTreeMap<&'a str, (&'a FtlFile, IndexMap<&'a str, EntryRef<'a>>)>,
    /// Every key defined anywhere in the locale.
    pub(crate) keys: HashSet<&'a str>,
    /// Second and later definitions: (file, entry, first definition's file and entry).
    pub(crate) dups: Vec<(&'a FtlFile, EntryRef<'a>, &'a FtlFile, EntryRef<'a>)>,
}

impl<'a> Index<'a> {
    /// Indexes a locale's files; `shared` as in [`CheckOptions::shared`] decides which
    /// definitions of one id in two files conflict.
    fn new(tree: &'a LocaleTree, shared: Option<&[String]>) -> Self {
        let conflict = |a: &FtlFile, b: &FtlFile| match shared {
            None => true,
            Some(shared) => {
                a.rel_path == b.rel_path
                    || shared.contains(&a.rel_path)
                    || shared.contains(&b.rel_path)
            }
        };
        let mut files = BTreeMap::new();
        let mut defined: HashMap<&'a str, Vec<(&'a FtlFile, EntryRef<'a>)>> = HashMap::new();
        let mut dups = Vec::new();
        for file in &tree.files {
            let mut entries = IndexMap::new();
            for entry in file.entries() {
                let earlier = defined.entry(entry.key).or_default();
                if let Some(&(f, e)) = earlier.iter().find(|(f, _)| conflict(f, file)) {
                    dups.push((file, entry, f, e));
                } else {
                    earlier.push((file, entry));
                }
                entries.entry(entry.key).or_insert(entry);
            }
            files.insert(file.rel_path.as_str(), (file, entries));
        }
        Index {
            tree,
            files,
            keys: defined.into_keys().collect(),
            dups,
        }
    }

    /// Whether the locale has a file at `rel_path` that cannot be read.
    fn unreadable(&self, rel_path: &str) -> bool {
        self.tree.unreadable.iter().any(|u| u.rel_path == rel_path)
    }

    /// Whether the locale has any file that cannot be read.
    pub(crate) fn has_unreadable(&self) -> bool {
        !self.tree.unreadable.is_empty()
    }

    fn entry(&self, file: &str, key: &str) -> Option<(&'a FtlFile, EntryRef<'a>)> {
        let (f, entries) = self.files.get(file)?;
        entries.get(key).map(|e| (*f, *e))
    }

    fn all_entries(&self) -> impl Iterator<Item = (&'a FtlFile, EntryRef<'a>)> + '_ {
        self.files
            .values()
            .flat_map(|(f, entries)| entries.values().map(move |e| (*f, *e)))
    }

    fn duplicates(&self, out: &mut Vec<Diagnostic>) {
        for (file, entry, first_file, first) in &self.dups {
            let at = first_file.position(first.offset);
            let place = if first_file.rel_path == file.rel_path {
                format!("line {}", at.line)
            } else {
                format!("{}:{}", first_file.rel_path, at.line)
            };
            out.push(diag(
                Code::DuplicateId,
                &self.tree.name,
                file,
                entry.offset,
                entry.name.len(),
                Some(entry.key),
                format!("`{}` is already defined at {place}", entry.key),
                Some("defined again here".into()),
            ));
        }
    }
}

/// Builds a diagnostic at `offset..offset + len` of `file`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn diag(
    code: Code,
    locale: &str,
    file: &FtlFile,
    offset: usize,
    len: usize,
    id: Option<&str>,
    message: String,
    label: Option<String>,
) -> Diagnostic {
    // Parser positions are bytes: widen the span to whole characters.
    let source = file.source();
    let mut start = offset.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (offset + len).clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    let at = file.position(start);
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[end..].find('\n').map_or(source.len(), |i| end + i);
    let text = source[line_start..line_end].trim_end_matches('\r');
    let excerpt = Excerpt {
        text: text.to_owned(),
        first_line: at.line,
        span: (start - line_start).min(text.len())..(end - line_start).min(text.len()),
    };
    Diagnostic {
        code,
        severity: code.severity(),
        locale: locale.to_owned(),
        file: Some(file.rel_path.clone()),
        line: Some(at.line),
        column: Some(at.column),
        id: id.map(str::to_owned),
        message,
        excerpt: Some(excerpt),
        label,
        notes: Vec::new(),
    }
}

/// A diagnostic about a whole file or folder, without a position.
fn file_diag(code: Code, locale: &str, file: Option<&str>, message: String) -> Diagnostic {
    Diagnostic {
        code,
        severity: code.severity(),
        locale: locale.to_owned(),
        file: file.map(str::to_owned),
        line: None,
        column: None,
        id: None,
        message,
        excerpt: None,
        label: None,
        notes: Vec::new(),
    }
}

/// `1 entry`, `2 entries`.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

/// Whether a comment line is an entry waiting to be translated, as `add-locale` writes them
/// (`# title = …`, `# -brand = …`). A file of such lines is a translation not yet started:
/// its entries already count as missing, so it is not also reported as comment-only.
fn is_commented_entry(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("# ") else {
        return false;
    };
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let id_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    id_len > 0
        && rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && rest[id_len..].trim_start().starts_with('=')
}

/// Whether `text` is blank as Fluent defines it: spaces and line ends (`\n`, `\r\n`) only.
/// Tabs, NBSP and other Unicode spaces are not blank to Fluent: a file of them is Junk.
fn is_blank(text: &str) -> bool {
    text.split("\r\n")
        .all(|part| part.bytes().all(|b| b == b' ' || b == b'\n'))
}

/// Diagnostics about the files of a folder as files: unreadable, BOM, CRLF, empty,
/// comment-only, syntax errors.
fn file_diagnostics(tree: &LocaleTree, out: &mut Vec<Diagnostic>) {
    let name = &tree.name;
    for bad in &tree.unreadable {
        out.push(file_diag(
            Code::UnreadableFile,
            name,
            Some(&bad.rel_path),
            format!("cannot read the file: {}", bad.reason),
        ));
    }
    for file in &tree.files {
        let source = file.source();
        if file.had_bom {
            out.push(diag(
                Code::Bom,
                name,
                file,
                0,
                0,
                None,
                "the file starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM"
                    .into(),
                None,
            ));
        }
        if let Some(cr) = source.find("\r\n") {
            out.push(diag(
                Code::Crlf,
                name,
                file,
                cr,
                1,
                None,
                "the file has Windows (CRLF) line ends".into(),
                None,
            ));
        }
        if is_blank(source) {
            out.push(diag(
                Code::EmptyFile,
                name,
                file,
                0,
                0,
                None,
                "the file is empty".into(),
                None,
            ));
        } else if file.parse_errors.is_empty()
            && file.entries().next().is_none()
            && source
                .lines()
                .all(|l| l.trim().is_empty() || l.starts_with('#'))
            && !source.lines().any(is_commented_entry)
        {
            out.push(diag(
                Code::CommentOnlyFile,
                name,
                file,
                0,
                0,
                None,
                "the file holds only comments, no messages".into(),
                None,
            ));
        }
        for error in &file.parse_errors {
            let (start, len, label) = syntax_error_span(file, error);
            let id = junk_id(file, start);
            out.push(diag(
                Code::SyntaxError,
                name,
                file,
                start,
                len,
                id,
                format!("syntax error: {}", error.kind),
                Some(label.into()),
            ));
        }
    }
}

/// Where a syntax error's snippet points: the parser's position when it lies inside the broken
/// entry's text, else (the parser noticed the error only at the next entry or at the end of
/// the file, past blank lines) the end of the broken entry's text. Returns the offset, the
/// length and the label.
fn syntax_error_span(
    file: &FtlFile,
    error: &fluent_syntax::parser::ParserError,
) -> (usize, usize, &'static str) {
    let source = file.source();
    let start = error.pos.start.min(source.len());
    let len = error.pos.end.saturating_sub(error.pos.start).max(1);
    let inside = "the entry is skipped from here";
    let Some(slice) = &error.slice else {
        return (start, len, inside);
    };
    let junk_start = slice.start.min(source.len());
    let junk = &source[junk_start..slice.end.clamp(junk_start, source.len())];
    let text_end = junk_start + junk.trim_end_matches([' ', '\n', '\r']).len();
    if start < text_end {
        (start, len, inside)
    } else {
        (text_end, 0, "the entry ends here unfinished and is skipped")
    }
}

/// The id at the start of the Junk holding `offset`, if it has one.
fn junk_id(file: &FtlFile, offset: usize) -> Option<&str> {
    let (start, junk) = file
        .junk()
        .take_while(|(start, _)| *start <= offset)
        .last()?;
    if offset > start + junk.len() {
        return None;
    }
    let end = junk
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(junk.len());
    let id = &junk[..end];
    let valid = id
        .trim_start_matches('-')
        .starts_with(|c: char| c.is_ascii_alphabetic());
    valid.then_some(id)
}

fn check_locale(
    name: &str,
    tree: Option<&LocaleTree>,
    reference: &Index<'_>,
    pivot: Option<&Index<'_>>,
    options: &CheckOptions,
    states: Option<(&Lock, Vec<EntryStatus>)>,
) -> (LocaleReport, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut report = LocaleReport {
        locale: name.to_owned(),
        total: reference
            .all_entries()
            .filter(|(_, e)| !is_optional_term(e.key))
            .count(),
        translated: 0,
        missing: 0,
        obsolete: 0,
        identical: 0,
        errors: 0,
        warnings: 0,
        coverage: 0.0,
        missing_words: 0,
        min_coverage: options.threshold(name),
        below_min_coverage: false,
        missing_files: Vec::new(),
        obsolete_files: Vec::new(),
        missing_entries: Vec::new(),
        obsolete_entries: Vec::new(),
        identical_entries: Vec::new(),
        outdated: 0,
        updated: 0,
        outdated_entries: Vec::new(),
        unrecorded: 0,
        updated_entries: Vec::new(),
        unrecorded_entries: Vec::new(),
    };
    let tree = tree.filter(|t| t.exists);
    let index = tree.map(|t| Index::new(t, options.shared.as_deref()));
    if index.is_none() {
        diags.push(file_diag(
            Code::MissingLocale,
            name,
            None,
            format!("the locale folder `{name}` does not exist"),
        ));
    }

    let language = Locale::parse(name).ok();
    let plurals = language.as_ref().and_then(plural::cardinal_categories);
    if index.is_some() {
        match (&language, &plurals) {
            (None, _) => diags.push(file_diag(
                Code::LanguageChecksSkipped,
                name,
                None,
                format!("`{name}` is not a language tag: plural and script checks are skipped"),
            )),
            (Some(_), None) => diags.push(file_diag(
                Code::LanguageChecksSkipped,
                name,
                None,
                format!("no plural rules are known for `{name}`: plural checks are skipped"),
            )),
            _ => {}
        }
    }
    let context = compare::Context {
        locale: name,
        provided: &options.provided,
        language: language.as_ref(),
        plurals: plurals.as_ref(),
        reference_uses_han: Locale::parse(&reference.tree.name)
            .ok()
            .is_some_and(|l| plural::uses_han(&l)),
    };

    if let (Some(tree), Some(index)) = (tree, &index) {
        file_diagnostics(tree, &mut diags);
        for d in diags.iter_mut().filter(|d| d.code == Code::UnreadableFile) {
            d.notes.push(UNJUDGED_REFERENCES.into());
        }
        index.duplicates(&mut diags);
    }

    for (path, (ref_file, entries)) in &reference.files {
        let local = index.as_ref().and_then(|i| i.files.get(path));
        // Optional terms (country-name overrides, provenance notes): neither counted nor compared.
        let countable: Vec<(&str, &EntryRef<'_>)> = entries
            .iter()
            .filter(|(key, _)| !is_optional_term(key))
            .map(|(key, entry)| (*key, entry))
            .collect();
        let only_overrides = countable.is_empty() && !entries.is_empty();
        // A locale's file that cannot be read has its own `unreadable-file` error.
        let present = index.as_ref().is_some_and(|i| i.unreadable(path));
        if local.is_none() && index.is_some() && !only_overrides && !present {
            let words: usize = countable.iter().map(|(_, e)| compare::words(e)).sum();
            report.missing_files.push((*path).to_owned());
            diags.push(file_diag(
                Code::MissingFile,
                name,
                Some(path),
                format!(
                    "the file is missing: {}, {} to translate",
                    counted(countable.len(), "entry", "entries"),
                    counted(words, "word", "words")
                ),
            ));
        }
        for (key, ref_entry) in countable {
            let found = local.and_then(|(f, e)| e.get(key).map(|e| (*f, *e)));
            let Some((file, entry)) = found else {
                let words = compare::words(ref_entry);
                report.missing += 1;
                report.missing_words += words;
                report.missing_entries.push(EntryItem {
                    file: (*path).to_owned(),
                    id: (*key).to_owned(),
                    line: None,
                    words: Some(words),
                });
                continue;
            };
            report.translated += 1;
            let index = index.as_ref().expect("a found entry has an index");
            let pivot_entry = pivot.and_then(|p| p.entry(path, key));
            let identical = compare::entry(
                &context,
                index,
                reference,
                (ref_file, *ref_entry),
                (file, entry),
                pivot_entry,
                &mut diags,
            );
            if identical {
                report.identical += 1;
                report.identical_entries.push(EntryItem {
                    file: (*path).to_owned(),
                    id: (*key).to_owned(),
                    line: Some(file.position(entry.offset).line),
                    words: None,
                });
            }
        }
    }
    if let Some(index) = &index {
        for (path, (file, entries)) in &index.files {
            let ref_entries = reference.files.get(path).map(|(_, e)| e);
            if ref_entries.is_none() && reference.unreadable(path) {
                // Not obsolete: the reference's `unreadable-file` error says it is not compared.
                continue;
            }
            if ref_entries.is_none() {
                report.obsolete_files.push((*path).to_owned());
                diags.push(file_diag(
                    Code::ObsoleteFile,
                    name,
                    Some(path),
                    format!(
                        "the reference has no such file: {} obsolete",
                        counted(
                            entries.keys().filter(|k| !is_optional_term(k)).count(),
                            "entry is",
                            "entries are"
                        )
                    ),
                ));
            }
            for (key, entry) in entries {
                if ref_entries.is_some_and(|e| e.contains_key(key)) || is_optional_term(key) {
                    continue;
                }
                report.obsolete += 1;
                report.obsolete_entries.push(EntryItem {
                    file: (*path).to_owned(),
                    id: (*key).to_owned(),
                    line: Some(file.position(entry.offset).line),
                    words: None,
                });
            }
        }
    }

    if let Some((lock, states)) = &states {
        lock_findings(lock, states, options, &mut report, &mut diags);
    }

    sort(&mut diags);
    report.errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    report.warnings = diags
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let done = if options.outdated_as_missing {
        report.translated.saturating_sub(report.outdated)
    } else {
        report.translated
    };
    report.coverage = if report.total == 0 {
        100.0
    } else {
        (done as f64 * 10000.0 / report.total as f64).floor() / 100.0
    };
    // The threshold is compared with the exact ratio, not the rounded-down figure.
    report.below_min_coverage = report
        .min_coverage
        .is_some_and(|m| report.total > 0 && (done as f64 * 100.0) < m * report.total as f64);
    report.missing_entries.sort();
    report.obsolete_entries.sort();
    report.identical_entries.sort();
    report.outdated_entries.sort();
    report.updated_entries.sort();
    report.unrecorded_entries.sort();
    (report, diags)
}

/// Counts, lists and diagnoses the outdated and updated entries of one locale from the lock's
/// per-part states. One diagnostic per entry and kind, at the entry's first changed part.
fn lock_findings(
    lock: &Lock,
    states: &[EntryStatus],
    options: &CheckOptions,
    report: &mut LocaleReport,
    diags: &mut Vec<Diagnostic>,
) {
    let locale = report.locale.clone();
    // Parts grouped by entry: (file, entry id) -> [(attribute, status)].
    type Parts<'s> = Vec<(Option<&'s str>, &'s EntryStatus)>;
    let mut entries: BTreeMap<(&str, &str), Parts<'_>> = BTreeMap::new();
    for status in states {
        let (id, attribute) = match status.id.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (status.id.as_str(), None),
        };
        entries
            .entry((status.file.as_str(), id))
            .or_default()
            .push((attribute, status));
    }
    for ((file, id), parts) in &entries {
        let line = parts
            .iter()
            .filter(|(_, s)| matches!(s.state, EntryState::Unrecorded))
            .map(|(_, s)| s.position.line)
            .min();
        if let Some(line) = line {
            report.unrecorded_entries.push(EntryItem {
                file: (*file).to_owned(),
                id: (*id).to_owned(),
                line: Some(line),
                words: None,
            });
        }
    }
    let unrecorded = report.unrecorded_entries.len();
    if unrecorded > 0 {
        report.unrecorded = unrecorded;
        let mut d = file_diag(
            Code::Unrecorded,
            &locale,
            None,
            format!(
                "{} translated since the last `fluentpress accept {locale}`: the lock has no \
                 record of {}, so a later change of the source cannot be reported; accept {} \
                 once reviewed",
                counted(unrecorded, "entry was", "entries were"),
                if unrecorded == 1 { "it" } else { "them" },
                if unrecorded == 1 { "it" } else { "them" },
            ),
        );
        d.notes.push(unrecorded_note(&report.unrecorded_entries));
        diags.push(d);
    }
    for ((file, id), parts) in entries {
        let outdated: Vec<_> = parts
            .iter()
            .filter_map(|(attribute, status)| match &status.state {
                EntryState::Outdated(change) => Some((*attribute, *status, change)),
                _ => None,
            })
            .collect();
        let updated: Vec<_> = parts
            .iter()
            .filter_map(|(attribute, status)| match &status.state {
                EntryState::Updated { change } => Some((*attribute, *status, change.as_ref())),
                _ => None,
            })
            .collect();
        if !outdated.is_empty() {
            report.outdated += 1;
            let changes: Vec<_> = outdated.iter().map(|(a, _, c)| (*a, *c)).collect();
            let changed = changed_locales(&changes, options);
            let mut d = lock_diag(
                Code::Outdated,
                &locale,
                file,
                id,
                outdated[0].1,
                format!(
                    "the {changed} of `{}` changed since this translation was accepted: revise it, \
                     then run `fluentpress accept {locale} {id}`",
                    part_names(id, &changes),
                ),
            );
            d.notes = diff_notes(&changes, options);
            diags.push(d);
            for (attribute, status, change) in outdated {
                report
                    .outdated_entries
                    .push(changed_item(file, id, attribute, status, change));
            }
        }
        if !updated.is_empty() {
            report.updated += 1;
            let changes: Vec<_> = updated
                .iter()
                .filter_map(|(a, _, c)| Some((*a, (*c)?)))
                .collect();
            let also = if changes.is_empty() {
                String::new()
            } else {
                format!(", and so did its {}", changed_locales(&changes, options))
            };
            let names: Vec<_> = updated.iter().map(|(a, _, _)| (*a, ())).collect();
            let mut d = lock_diag(
                Code::Updated,
                &locale,
                file,
                id,
                updated[0].1,
                format!(
                    "the translation of `{}` changed since it was accepted{also}: review it, then \
                     run `fluentpress accept {locale} {id}`",
                    part_names(id, &names),
                ),
            );
            d.notes = diff_notes(&changes, options);
            diags.push(d);
            for (attribute, status, change) in updated {
                let item = match change {
                    Some(change) => changed_item(file, id, attribute, status, change),
                    None => {
                        // Nothing changed but the translation: the recorded texts are current.
                        let record = lock.get(&locale, file, &status.id);
                        let source = record.map(|r| r.source.clone()).unwrap_or_default();
                        let pivot = record.and_then(|r| r.pivot.clone());
                        ChangedItem {
                            file: file.to_owned(),
                            id: id.to_owned(),
                            attribute: attribute.map(str::to_owned),
                            line: status.position.line,
                            old_source: source.clone(),
                            new_source: source,
                            old_pivot: pivot.clone(),
                            new_pivot: pivot,
                        }
                    }
                };
                report.updated_entries.push(item);
            }
        }
    }
}

/// `unrecorded: `intro`, `title` and 2 more (…)`: the first few unrecorded entries, and how
/// to see them all.
fn unrecorded_note(items: &[EntryItem]) -> String {
    const SHOWN: usize = 3;
    let shown: Vec<String> = items
        .iter()
        .take(SHOWN)
        .map(|e| format!("`{}`", e.id))
        .collect();
    let rest = match items.len().saturating_sub(SHOWN) {
        0 => String::new(),
        more => format!(" and {more} more (`--list` shows them all, with their lines)"),
    };
    format!("unrecorded: {}{rest}", shown.join(", "))
}

fn changed_item(
    file: &str,
    id: &str,
    attribute: Option<&str>,
    status: &EntryStatus,
    change: &Change,
) -> ChangedItem {
    ChangedItem {
        file: file.to_owned(),
        id: id.to_owned(),
        attribute: attribute.map(str::to_owned),
        line: status.position.line,
        old_source: change.old_source.clone(),
        new_source: change.new_source.clone(),
        old_pivot: change.old_pivot.clone(),
        new_pivot: change.new_pivot.clone(),
    }
}

/// A diagnostic at a part's position, without a snippet (the change is in another locale).
fn lock_diag(
    code: Code,
    locale: &str,
    file: &str,
    id: &str,
    status: &EntryStatus,
    message: String,
) -> Diagnostic {
    Diagnostic {
        code,
        severity: code.severity(),
        locale: locale.to_owned(),
        file: Some(file.to_owned()),
        line: Some(status.position.line),
        column: Some(status.position.column),
        id: Some(id.to_owned()),
        message,
        excerpt: None,
        label: None,
        notes: Vec::new(),
    }
}

/// `zh-CN text`, `en text` or `zh-CN and en texts`: what changed in `changes`.
fn changed_locales(changes: &[(Option<&str>, &Change)], options: &CheckOptions) -> String {
    let source = changes.iter().any(|(_, c)| c.source_changed());
    let pivot = changes.iter().any(|(_, c)| c.pivot_changed());
    let pivot_name = options.pivot.as_deref().unwrap_or("pivot");
    match (source, pivot) {
        (true, true) => format!("{} and {pivot_name} texts", options.reference),
        (false, true) => format!("{pivot_name} text"),
        _ => format!("{} text", options.reference),
    }
}

/// `intro`, `title.aria-label`, or `title` and `title.aria-label`.
fn part_names<T>(id: &str, parts: &[(Option<&str>, T)]) -> String {
    let names: Vec<String> = parts
        .iter()
        .map(|(attribute, _)| match attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.to_owned(),
        })
        .collect();
    match names.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{}` and `{last}", init.join("`, `")),
        [] => id.to_owned(),
    }
}

/// One line per changed text: `zh-CN: 本次[-面授-]{+线上+}培训…`, with `.attribute` after the
/// locale for an attribute.
fn diff_notes(changes: &[(Option<&str>, &Change)], options: &CheckOptions) -> Vec<String> {
    let mut notes = Vec::new();
    for (attribute, change) in changes {
        let part = attribute.map(|a| format!(" .{a}")).unwrap_or_default();
        if change.source_changed() {
            let diff = crate::lock::render_compact(&change.source_diff(), DIFF_CONTEXT);
            notes.push(format!("{}{part}: {diff}", options.reference));
        }
        if let Some(segments) = change.pivot_diff() {
            let pivot = options.pivot.as_deref().unwrap_or("pivot");
            let diff = crate::lock::render_compact(&segments, DIFF_CONTEXT);
            notes.push(format!("{pivot}{part}: {diff}"));
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        dir
    }

    fn check(dir: &tempfile::TempDir, options: &CheckOptions) -> Report {
        let catalog = Catalog::load(dir.path(), &options.folders()).unwrap();
        run(&catalog, options).unwrap()
    }

    #[test]
    fn identical_to_the_pivot_counts_and_the_marker_exempts() {
        let dir = tree(&[
            ("zh-CN/a.ftl", "a = 培训\nb = 名称\nc = 正文\n"),
            ("en/a.ftl", "a = Training\nb = UNIDO\nc = Body\n"),
            (
                "fr/a.ftl",
                "a = Training\n# fluentpress: identical\nb = UNIDO\nc = Corps\n",
            ),
        ]);
        let options = CheckOptions {
            pivot: Some("en".into()),
            ..CheckOptions::tree("zh-CN", Some(vec!["en".into(), "fr".into()]))
        };
        let report = check(&dir, &options);
        let fr = &report.locales[1];
        assert_eq!(fr.locale, "fr");
        let ids: Vec<_> = fr.identical_entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a"]);
        // The pivot itself is compared with the reference only.
        assert_eq!(report.locales[0].identical, 0);
    }

    #[test]
    fn the_reference_must_exist() {
        let dir = tree(&[("fr/a.ftl", "a = A\n")]);
        let catalog = Catalog::load(dir.path(), &[]).unwrap();
        let err = run(&catalog, &CheckOptions::tree("en", None)).unwrap_err();
        assert!(err.to_string().contains("reference folder `en`"), "{err}");
    }

    #[test]
    fn thresholds_per_locale_take_precedence() {
        let options = CheckOptions {
            min_coverage: Some(50.0),
            locale_min_coverage: [("fr".to_owned(), 90.0)].into(),
            ..CheckOptions::default()
        };
        assert_eq!(options.threshold("fr"), Some(90.0));
        assert_eq!(options.threshold("de"), Some(50.0));
    }

    #[test]
    fn diagnostics_are_sorted_and_counted() {
        let dir = tree(&[
            ("en/a.ftl", "a = Hello { $name }\nb = B\n"),
            ("fr/a.ftl", "b = B }\na = Salut { $nom }\n"),
        ]);
        let report = check(&dir, &CheckOptions::tree("en", None));
        let codes: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [
                Code::SyntaxError,
                Code::DroppedVariable,
                Code::UnknownVariable
            ]
        );
        assert_eq!(report.locales[0].errors, 2);
        assert_eq!(report.locales[0].warnings, 1);
        assert_eq!(report.locales[0].missing, 1);
    }

    /// Review finding: a country-name override in the reference counted as missing in every
    /// locale without it (only the obsolete side was exempt). Such terms are now neither
    /// missing nor obsolete, are left out of `total`, and a file of them only is not missing.
    #[test]
    fn country_overrides_are_neither_missing_nor_obsolete() {
        let dir = tree(&[
            (
                "en/a.ftl",
                "title = Title\n-country-PH = the Philippines\nsee = See Laos\n",
            ),
            ("en/countries.ftl", "-country-KH = Cambodia\n"),
            (
                "fr/a.ftl",
                "title = Titre\n-country-KH = le Cambodge\n-country-LA = le Laos\nsee = { -country-LA }\n",
            ),
        ]);
        let report = check(&dir, &CheckOptions::tree("en", None));
        let fr = &report.locales[0];
        assert_eq!((fr.total, fr.translated, fr.missing), (2, 2, 0));
        assert_eq!(fr.obsolete, 0, "{:?}", fr.obsolete_entries);
        assert!(fr.missing_files.is_empty(), "{:?}", fr.missing_files);
        assert_eq!(fr.coverage, 100.0);
        let codes: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        assert!(!codes.contains(&Code::ObsoleteReference), "{codes:?}");
    }

    /// Review finding: `sr-Latn` got root's plural rules (only `other`), so `[one]` was "not a
    /// category", while Fluent selects it; and `xx`, which CLDR does not know, never got the
    /// `language-checks-skipped` note.
    #[test]
    fn plural_checks_use_the_languages_rules_and_skip_unknown_languages() {
        let select = "n = { $n ->\n    [one] { $n } one\n    [few] { $n } few\n   *[other] { $n } other\n}\n";
        let dir = tree(&[
            (
                "en/a.ftl",
                "n = { $n ->\n    [one] { $n } card\n   *[other] { $n } cards\n}\n",
            ),
            ("sr-Latn/a.ftl", select),
            ("bs-Cyrl/a.ftl", select),
            ("xx/a.ftl", select),
        ]);
        let report = check(&dir, &CheckOptions::tree("en", None));
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| (d.locale.as_str(), d.code))
            .collect();
        assert_eq!(found, [("xx", Code::LanguageChecksSkipped)]);
        assert!(
            report.diagnostics[0]
                .message
                .contains("no plural rules are known for `xx`"),
            "{:?}",
            report.diagnostics[0]
        );
    }

    /// Review finding: a reference file that cannot be read made every locale's copy an
    /// `obsolete-file`, and a locale with only that file 0/0 = 100 %. The reference's
    /// `unreadable-file` error is now the only report, with a note that the file is not compared.
    #[test]
    fn an_unreadable_reference_file_does_not_make_copies_obsolete() {
        let dir = tree(&[("en/b.ftl", "b = B\n"), ("fr/a.ftl", "a = A\n")]);
        fs::write(dir.path().join("en/a.ftl"), b"a = A\n\xff\n").unwrap();
        let report = check(&dir, &CheckOptions::tree("en", None));
        let fr = &report.locales[0];
        assert_eq!(fr.obsolete, 0, "{:?}", fr.obsolete_entries);
        assert!(fr.obsolete_files.is_empty(), "{:?}", fr.obsolete_files);
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| (d.locale.as_str(), d.code, d.file.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("en", Code::UnreadableFile, Some("a.ftl")),
                ("fr", Code::MissingFile, Some("b.ftl"))
            ]
        );
        assert!(report.diagnostics[0].notes[0].contains("left out of the check"));
    }

    /// User-test finding: references that an unreadable file might define were reported as
    /// unknown (or obsolete). A locale's own unreadable file now suspends `unknown-reference`
    /// for that locale; the judgement comes back once the file can be read.
    #[test]
    fn an_unreadable_locale_file_suspends_unknown_references() {
        let dir = tree(&[
            ("en/a.ftl", "a = A\n"),
            ("fr/a.ftl", "a = { -own } A\n"),
            ("fr/b.ftl", "-own = Propre\n"),
        ]);
        let report = check(&dir, &CheckOptions::tree("en", None));
        let found: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(found, [Code::ObsoleteReference, Code::ObsoleteFile]);
        fs::write(dir.path().join("fr/b.ftl"), b"-own = Propre\n\xff\n").unwrap();
        let report = check(&dir, &CheckOptions::tree("en", None));
        let found: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(found, [Code::UnreadableFile]);
        assert!(report.diagnostics[0].notes[0].contains("not reported as unknown"));
        // Without the unreadable file, the reference is judged again.
        fs::remove_file(dir.path().join("fr/b.ftl")).unwrap();
        let report = check(&dir, &CheckOptions::tree("en", None));
        let found: Vec<_> = report.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(found, [Code::UnknownReference]);
    }

    /// Review finding: `trim()` took NBSP and tabs for blank, so a file of them got both
    /// `empty-file` and `syntax-error`. Blank is Fluent's: spaces and line ends only.
    #[test]
    fn only_fluent_blank_files_are_empty() {
        assert!(is_blank(""));
        assert!(is_blank("  \n\r\n \n"));
        assert!(!is_blank("\u{a0}\n"));
        assert!(!is_blank("\t\n"));
        assert!(!is_blank("\r"));
        let dir = tree(&[
            ("en/a.ftl", "a = A\n"),
            ("fr/a.ftl", "a = A\n"),
            ("fr/nbsp.ftl", "\u{a0}\u{a0}\n"),
            ("fr/tab.ftl", "\t\n"),
            ("fr/blank.ftl", " \r\n\n"),
        ]);
        let report = check(&dir, &CheckOptions::tree("en", None));
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| matches!(d.code, Code::EmptyFile | Code::SyntaxError))
            .map(|d| (d.file.as_deref().unwrap_or(""), d.code))
            .collect();
        assert_eq!(
            found,
            [
                ("blank.ftl", Code::EmptyFile),
                ("nbsp.ftl", Code::SyntaxError),
                ("tab.ftl", Code::SyntaxError)
            ]
        );
    }

    #[test]
    fn recognises_commented_out_entries_only() {
        assert!(is_commented_entry("# title = Hello"));
        assert!(is_commented_entry("# -brand ="));
        assert!(!is_commented_entry("# zh-CN: 首页"));
        assert!(!is_commented_entry("# Variables:"));
        assert!(!is_commented_entry("## title = x"));
    }
}
