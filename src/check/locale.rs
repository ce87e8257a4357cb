//! One locale compared with the reference, in two steps. Each file is compared as soon as it
//! is parsed, on all cores ([`compare::file`]); a locale folder the catalog does not hold is
//! read file by file, and each file's syntax tree is dropped once compared, while it is still
//! in cache. Then one small pass over the files' summaries does what needs the whole locale:
//! the reference files it lacks, ids repeated across files, references resolved against the
//! locale's ids, the lock's findings and the figures under an `l10n.toml`.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashMap};

use super::compare::{self, Against, FileCheck};
use super::{CheckOptions, coverage, duplicates, files, l10n_toml, outdated, rules};
use super::{Code, Diagnostic, Findings, Index, LocaleReport};
use crate::catalog::{Catalog, LocaleTree};
use crate::error::Result;
use crate::locale::Locale;
use crate::lock::{EntryStatus, Lock};

/// Checks the locale `name` against `against` (whose pivot, if any, is not this locale), and
/// with the lock's view of it. Reads the locale folder when `catalog` does not hold it.
pub(crate) fn check(
    catalog: &Catalog,
    name: &str,
    against: &Against<'_>,
    options: &CheckOptions,
    states: Option<(&Lock, Vec<EntryStatus>)>,
) -> Result<(LocaleReport, Vec<Diagnostic>)> {
    let reference = against.reference;
    let language = Locale::parse(name).ok();
    let plurals = language
        .as_ref()
        .and_then(rules::plurals::cardinal_categories);
    let cx = rules::Context {
        locale: name,
        provided: &options.provided,
        language: language.as_ref(),
        plurals: plurals.as_ref(),
        reference_keys: &reference.keys,
        reference_styles: &against.prepared.styles,
        attribute_names: &against.prepared.attribute_names,
        reference_uses_han: Locale::parse(&reference.tree.name)
            .ok()
            .is_some_and(|l| rules::scripts::uses_han(&l)),
    };
    // Without bundles, a file's ids meet only the file's own, so each file judges its
    // duplicates itself; with bundles the whole tree is needed, and kept.
    let bundles = options.bundles.as_ref();
    let alone = bundles.is_none();
    let loaded;
    let (tree, checks): (&LocaleTree, Vec<FileCheck>) = match catalog.locale(name) {
        Some(tree) => {
            let checks = tree
                .files
                .par_iter()
                .map(|file| compare::file(&cx, against, file, alone))
                .collect();
            (tree, checks)
        }
        None if !alone => {
            loaded = catalog.load_more(name)?;
            let checks = loaded
                .files
                .par_iter()
                .map(|file| compare::file(&cx, against, file, alone))
                .collect();
            (&loaded, checks)
        }
        None => {
            let checks;
            (loaded, checks) =
                catalog.load_each(name, |file| compare::file(&cx, against, &file, alone))?;
            (&loaded, checks)
        }
    };

    let mut out = Findings::new(name);
    let mut report = LocaleReport::new(name, 0);
    report.min_coverage = options.threshold(name);
    report.outdated_as_missing = options.outdated_as_missing;
    if !tree.exists {
        out.push(
            Diagnostic::about(Code::MissingLocale, None)
                .message(format!("the locale folder `{name}` does not exist")),
        );
    } else {
        let skipped = match (&language, &plurals) {
            (None, _) => Some(format!(
                "`{name}` is not a language tag: plural and script checks are skipped"
            )),
            (Some(_), None) => Some(format!(
                "no plural rules are known for `{name}`: plural checks are skipped"
            )),
            _ => None,
        };
        if let Some(message) = skipped {
            out.push(Diagnostic::about(Code::LanguageChecksSkipped, None).message(message));
        }
        files::unreadable(tree, &mut out);
        if let Some(bundles) = bundles {
            duplicates::check(&Index::new(tree), Some(bundles), &mut out);
        }
    }
    let has = |path: &str| {
        checks
            .binary_search_by(|c| c.path.as_str().cmp(path))
            .is_ok()
    };
    coverage::absent(against, tree, has, &mut report, &mut out);
    // The locale's readable files, for the figures under an `l10n.toml`.
    let paths: Vec<String> = match options.l10n_toml {
        Some(_) => checks.iter().map(|c| c.path.clone()).collect(),
        None => Vec::new(),
    };
    whole(tree, checks, alone, &mut report, &mut out);
    if let Some((lock, states)) = &states {
        outdated::check(lock, states, options, &mut report, &mut out);
    }
    report.sort();
    let mut diagnostics = out.into_sorted();
    if let Some(layout) = &options.l10n_toml {
        let has = |path: &str| paths.binary_search_by(|p| p.as_str().cmp(path)).is_ok();
        let local = tree.exists.then_some(&has as &dyn Fn(&str) -> bool);
        l10n_toml::apply(layout, reference, local, &mut report, &mut diagnostics);
    }
    Ok((report, diagnostics))
}

/// Gathers the files' summaries into the locale's report and findings: their findings and
/// lists in path order, ids repeated across files (a note, when `alone`: files meet only
/// themselves), and the references resolved against every id of the locale.
fn whole(
    tree: &LocaleTree,
    mut checks: Vec<FileCheck>,
    alone: bool,
    report: &mut LocaleReport,
    out: &mut Findings,
) {
    let unresolved: Vec<_> = checks
        .iter_mut()
        .flat_map(|c| std::mem::take(&mut c.unresolved))
        .collect();
    // Every id of the locale, with the first file that defines it; the files of each id
    // defined in several, in path order.
    let count = checks.iter().map(|c| c.ids.len()).sum();
    let mut ids: FxHashMap<&str, usize> = FxHashMap::with_capacity_and_hasher(count, FxBuildHasher);
    let mut repeated: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (i, check) in checks.iter().enumerate() {
        for id in check.ids.iter() {
            if let Some(&first) = ids.get(id) {
                repeated
                    .entry(id)
                    .or_insert_with(|| vec![checks[first].path.as_str()])
                    .push(&check.path);
            } else {
                ids.insert(id, i);
            }
        }
    }
    if alone {
        let apart: Vec<(&str, Vec<&str>)> = repeated
            .into_iter()
            .filter(|(id, _)| !crate::site::is_optional_term(id))
            .collect();
        duplicates::note(&apart, out);
    }
    let unreadable = !tree.unreadable.is_empty();
    for r in unresolved {
        let defined = ids.contains_key(r.key.as_str());
        if let Some(d) = r.resolve(&tree.name, defined, unreadable) {
            out.push(d);
        }
    }
    drop(ids);
    // The entries of the reference files the locale lacks, already listed, go between those
    // of the files it has, in path order, so that the list comes out sorted.
    let mut absent = std::mem::take(&mut report.missing_entries)
        .into_iter()
        .peekable();
    for mut check in checks {
        out.append(&mut check.findings);
        while let Some(entry) = absent.next_if(|e| *e.file < *check.path) {
            report.missing_entries.push(entry);
        }
        report.missing_entries.append(&mut check.missing_entries);
        report
            .identical_entries
            .append(&mut check.identical_entries);
        report.obsolete_entries.append(&mut check.obsolete_entries);
        if check.obsolete_file {
            report.obsolete_files.push(check.path);
        }
    }
    report.missing_entries.extend(absent);
}
