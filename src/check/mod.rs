//! `check`: every locale compared with the reference, as data.
//!
//! [`run`] takes a loaded [`Catalog`] and [`CheckOptions`] and prints nothing. It returns a
//! [`Report`] with per-locale entry lists (missing, obsolete, identical, …) and the counts
//! derived from them, and [`Diagnostic`]s with stable codes and positions. Locales are checked
//! in parallel; those the catalog does not hold are read from its folder one at a time and
//! dropped once compared. The report's order does not depend on scheduling.
//! [`CheckOptions::for_project`] reads the project's articles for the variables the renderer
//! passes; nothing else here reads files.
//!
//! In a project, [`run_with_lock`] also compares every translation with the project's lock:
//! entries whose source or pivot text changed since they were accepted are `outdated`, those
//! whose translation changed are `updated` (see [`crate::lock`]).
//!
//! Entries are keyed by (file path relative to the locale folder, id), terms with their `-`.
//! The work is split by concern: [`options`](CheckOptions), the files as files (`files`),
//! ids defined more than once (`duplicates`), coverage (`coverage`), the per-entry rules, one module per family (`rules`), the lock's
//! findings (`outdated`), and the diagnostic builder (`diagnostic`).

mod coverage;
mod diagnostic;
mod duplicates;
mod files;

mod options;
mod outdated;
mod pattern;
mod provided;
mod report;
mod rules;

use rayon::prelude::*;

use crate::catalog::{Catalog, LocaleTree};
use crate::config::Project;
use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::lock::{EntryStatus, Lock};

pub(crate) use crate::ftl::LocaleIndex as Index;
pub(crate) use diagnostic::Findings;
pub use diagnostic::{Code, Diagnostic, Excerpt, Severity};
pub use duplicates::Bundles;
pub use options::CheckOptions;
pub use provided::ProvidedVariables;
pub use report::{ChangedItem, EntryItem, LocaleReport, Report};

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
        return Err(options::reference_selected(&options.reference));
    }
    let reference_tree = catalog
        .locale(&options.reference)
        .filter(|t| t.exists)
        .ok_or_else(|| {
            let path = catalog.root.join(&options.reference);
            Error::FolderMissing {
                path,
                message: format!(
                    "reference folder `{}` not found in `{}`",
                    options.reference,
                    catalog.root.display()
                ),
            }
        })?;
    let reference = Index::new(reference_tree);
    let reference_styles = rules::ReferenceStyles::new(&reference);
    let total_words = coverage::total_words(&reference);
    let pivot = options
        .pivot
        .as_deref()
        .and_then(|p| catalog.locale(p))
        .filter(|t| t.exists)
        .map(Index::new);

    let names = locale_names(catalog, options)?;
    let mut diagnostics = files::unusable_folders(catalog, options)?;
    diagnostics.extend(reference_findings(&reference, options));
    let results: Vec<(LocaleReport, Vec<Diagnostic>)> = names
        .par_iter()
        .map(|name| {
            // Locales the catalog does not hold are read from its folder one at a time per
            // thread and dropped once compared, so memory stays flat however many locales
            // the tree has.
            let loaded;
            let tree = match catalog.locale(name) {
                Some(tree) => tree,
                None => {
                    loaded = catalog.load_more(name)?;
                    &loaded
                }
            };
            // The pivot is compared with the reference only, not with itself.
            let pivot = pivot.as_ref().filter(|p| p.tree.name != *name);
            let states = lock.and_then(|(project, lock)| {
                let locale = Locale::parse(name).ok()?;
                Some((lock, lock.status(project, catalog, &locale)))
            });
            let (mut report, diags) = check_locale(
                name,
                tree,
                &reference,
                &reference_styles,
                pivot,
                options,
                states,
            );
            report.total_words = total_words;
            Ok((report, diags))
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

/// The folders to check, sorted: those the options name, or every folder of the catalog and
/// of its root on disk but the reference.
fn locale_names(catalog: &Catalog, options: &CheckOptions) -> Result<Vec<String>> {
    let mut names: Vec<String> = match &options.locales {
        Some(locales) => locales.clone(),
        None => {
            let on_disk = if catalog.root.is_dir() {
                Catalog::folder_names(&catalog.root)?
            } else {
                Vec::new()
            };
            catalog
                .locales
                .iter()
                .map(|l| l.name.clone())
                .chain(on_disk)
                .filter(|n| *n != options.reference)
                .collect()
        }
    };
    names.sort_unstable();
    names.dedup();
    Ok(names)
}

/// The reference's own findings: its files, its duplicates and its unknown references. A
/// file it cannot read is left out of the whole check.
fn reference_findings(reference: &Index<'_>, options: &CheckOptions) -> Vec<Diagnostic> {
    let mut own = Findings::new(&reference.tree.name);
    files::check(reference.tree, &mut own);
    for d in own.with_code(Code::UnreadableFile) {
        d.notes.insert(
            0,
            "the file is left out of the check: no locale's copy of it is compared until the \
             reference can be read"
                .into(),
        );
    }
    duplicates::check(reference, options.bundles.as_ref(), &mut own);
    for (file, entry) in reference.all_entries() {
        rules::unknown_references(reference, None, file, entry, None, &mut own);
    }
    own.into_sorted()
}

/// One locale compared with the reference (and the pivot), and with the lock's view of it.
fn check_locale(
    name: &str,
    tree: &LocaleTree,
    reference: &Index<'_>,
    reference_styles: &rules::ReferenceStyles<'_>,
    pivot: Option<&Index<'_>>,
    options: &CheckOptions,
    states: Option<(&Lock, Vec<EntryStatus>)>,
) -> (LocaleReport, Vec<Diagnostic>) {
    let mut out = Findings::new(name);
    let mut report = LocaleReport::new(name, coverage::total(reference));
    report.min_coverage = options.threshold(name);
    report.outdated_as_missing = options.outdated_as_missing;
    let index = tree.exists.then(|| Index::new(tree));
    if index.is_none() {
        out.push(
            Diagnostic::about(Code::MissingLocale, None)
                .message(format!("the locale folder `{name}` does not exist")),
        );
    }

    let language = Locale::parse(name).ok();
    let plurals = language
        .as_ref()
        .and_then(rules::plurals::cardinal_categories);
    if index.is_some() {
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
    }
    let cx = rules::Context {
        locale: name,
        provided: &options.provided,
        language: language.as_ref(),
        plurals: plurals.as_ref(),
        reference_keys: &reference.keys,
        reference_styles,
        reference_uses_han: Locale::parse(&reference.tree.name)
            .ok()
            .is_some_and(|l| rules::scripts::uses_han(&l)),
    };

    if let Some(index) = &index {
        files::check(tree, &mut out);
        duplicates::check(index, options.bundles.as_ref(), &mut out);
    }
    coverage::translated(&cx, index.as_ref(), reference, pivot, &mut report, &mut out);
    if let Some(index) = &index {
        coverage::obsolete(index, reference, &mut report, &mut out);
    }
    if let Some((lock, states)) = &states {
        outdated::check(lock, states, options, &mut report, &mut out);
    }
    report.sort();
    (report, out.into_sorted())
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
        assert_eq!(report.locales[0].identical(), 0);
    }

    #[test]
    fn the_reference_must_exist() {
        let dir = tree(&[("fr/a.ftl", "a = A\n")]);
        let catalog = Catalog::load(dir.path(), &[]).unwrap();
        let err = run(&catalog, &CheckOptions::tree("en", None)).unwrap_err();
        assert!(
            matches!(&err, Error::FolderMissing { path, .. } if *path == dir.path().join("en")),
            "{err:?}"
        );
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
        assert_eq!(report.count("fr", Severity::Error), 2);
        assert_eq!(report.count("fr", Severity::Warning), 1);
        assert_eq!(report.locales[0].missing(), 1);
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
        assert_eq!((fr.total, fr.translated(), fr.missing()), (2, 2, 0));
        assert_eq!(fr.obsolete(), 0, "{:?}", fr.obsolete_entries);
        assert!(fr.missing_files.is_empty(), "{:?}", fr.missing_files);
        assert_eq!(fr.coverage(), 100.0);
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
        assert_eq!(fr.obsolete(), 0, "{:?}", fr.obsolete_entries);
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

    /// Mozilla trees repeat ids across files that are loaded into different bundles:
    /// Thunderbird's `en-GB` alone gave 47 `duplicate-id` errors. An id defined twice in one
    /// file, or in two files of one known bundle, is an error; elsewhere one note per locale.
    #[test]
    fn ids_repeated_across_bundles_are_a_note_and_within_one_an_error() {
        let dir = tree(&[
            (
                "en/site.ftl",
                "nav = Nav
",
            ),
            (
                "en/one.ftl",
                "close = Close
",
            ),
            (
                "en/two.ftl",
                "close = Close
",
            ),
            (
                "fr/site.ftl",
                "nav = Nav
close = Fermer
",
            ),
            (
                "fr/one.ftl",
                "close = Fermer
",
            ),
            (
                "fr/two.ftl",
                "close = Fermer
close = Fermer encore
",
            ),
        ]);
        let found = |report: &Report| -> Vec<(String, Code, Option<String>)> {
            report
                .diagnostics
                .iter()
                .map(|d| (d.locale.clone(), d.code, d.file.clone()))
                .collect()
        };
        let two = Some("two.ftl".to_owned());
        // A tree: only files are known bundles.
        let report = check(&dir, &CheckOptions::tree("en", None));
        assert_eq!(
            found(&report),
            [
                ("en".into(), Code::RepeatedId, None),
                ("fr".into(), Code::RepeatedId, None),
                ("fr".into(), Code::DuplicateId, two.clone()),
            ]
        );
        assert!(report.diagnostics[1].notes[0].contains("`close` (one.ftl, site.ftl, two.ftl)"));
        // A project: the shared file meets each article's file, the articles never meet.
        let options = CheckOptions {
            bundles: Some(Bundles::from_groups([
                ["site.ftl", "one.ftl"].map(String::from).into(),
                ["site.ftl", "two.ftl"].map(String::from).into(),
            ])),
            ..CheckOptions::tree("en", None)
        };
        let report = check(&dir, &options);
        assert_eq!(
            found(&report),
            [
                ("en".into(), Code::RepeatedId, None),
                ("fr".into(), Code::DuplicateId, Some("site.ftl".to_owned())),
                ("fr".into(), Code::DuplicateId, two.clone()),
                ("fr".into(), Code::DuplicateId, two),
            ]
        );
        assert!(report.diagnostics[1].message.contains("one.ftl:1"));
    }

    /// Thunderbird's reference documents variables the code passes in `# Variables:` comments
    /// (`$categories`) that its own text does not use; translations using them are right.
    #[test]
    fn variables_documented_above_the_reference_entry_are_known() {
        let dir = tree(&[
            (
                "en/a.ftl",
                "# Variables:\n#   $count (Number) - the number of accounts\n#   $list (String)\nsetup = Set up\nother = Other\n",
            ),
            (
                "fr/a.ftl",
                "setup = { $count } { $list }\nother = { $count } { $Count }\n",
            ),
        ]);
        let report = check(&dir, &CheckOptions::tree("en", None));
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| (d.code, d.id.as_deref(), d.message.as_str()))
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .all(|(c, id, _)| *c == Code::UnknownVariable && *id == Some("other"))
        );
        assert!(
            found[0].2.contains("`$count`") && found[1].2.contains("`$Count`"),
            "{found:?}"
        );
    }
}
