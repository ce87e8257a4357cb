//! Unit tests of the check as a whole, on small trees written to a temporary folder.

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
    let ids: Vec<_> = fr.identical_entries.iter().map(|e| &*e.id).collect();
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
    let select =
        "n = { $n ->\n    [one] { $n } one\n    [few] { $n } few\n   *[other] { $n } other\n}\n";
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

/// The JSON written piece by piece as the check streams is byte for byte the whole report's.
#[test]
fn json_written_piece_by_piece_is_the_reports() {
    let dir = tree(&[
        ("en/a.ftl", "a = A { $n }\nb = B\n-t = T\n"),
        ("en/b.ftl", "c = C\n"),
        ("de/a.ftl", "a = A\nb = Bee\nz = Z\n"),
        ("fr/a.ftl", "a = { $m }\nb = B\n"),
        ("fr/c.ftl", "c = C\n"),
        ("it/a.ftl", "a = A { $n }\n"),
    ]);
    let options = CheckOptions::tree("en", None);
    let catalog = Catalog::load(dir.path(), &options.folders()).unwrap();
    let mut writer = JsonWriter::new(Vec::new());
    stream(&catalog, &options, None, |piece| {
        writer.write(&piece).unwrap();
        Ok::<(), Error>(())
    })
    .unwrap();
    let streamed = String::from_utf8(writer.finish().unwrap()).unwrap();
    let report = run(&catalog, &options).unwrap();
    assert!(report.diagnostics.len() > 3, "{:?}", report.diagnostics);
    assert_eq!(streamed, serde_json::to_string_pretty(&report).unwrap());

    let mut writer = JsonWriter::new(Vec::new());
    for piece in report.clone().into_pieces() {
        writer.write(&piece).unwrap();
    }
    assert_eq!(writer.finish().unwrap(), streamed.as_bytes());
}

/// Empty lists close on the line they open, as serde_json writes them.
#[test]
fn json_of_a_report_without_locales_or_findings() {
    let dir = tree(&[("en/a.ftl", "a = A\n")]);
    let options = CheckOptions::tree("en", None);
    let catalog = Catalog::load(dir.path(), &options.folders()).unwrap();
    let report = run(&catalog, &options).unwrap();
    assert!(report.locales.is_empty() && report.diagnostics.is_empty());
    let mut writer = JsonWriter::new(Vec::new());
    for piece in report.clone().into_pieces() {
        writer.write(&piece).unwrap();
    }
    let written = String::from_utf8(writer.finish().unwrap()).unwrap();
    assert_eq!(written, serde_json::to_string_pretty(&report).unwrap());
}

/// A name that is no folder name fails before any piece is handed over.
#[test]
fn a_bad_locale_name_fails_before_the_first_piece() {
    let dir = tree(&[("en/a.ftl", "a = A\n"), ("fr/a.ftl", "a = A\n")]);
    let options = CheckOptions::tree("en", Some(vec!["fr".into(), "../x".into()]));
    let catalog = Catalog::load(dir.path(), &["en".to_owned()]).unwrap();
    let mut pieces = 0;
    let err = stream(&catalog, &options, None, |_| {
        pieces += 1;
        Ok::<(), Error>(())
    })
    .unwrap_err();
    assert!(matches!(err, Error::InvalidValue { .. }), "{err:?}");
    assert_eq!(pieces, 0);
}

/// With an l10n.toml, the streamed JSON is still the whole report's, its `l10n_toml` object
/// included.
#[test]
fn json_with_an_l10n_toml_written_piece_by_piece_is_the_reports() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/l10n-toml/non-ftl");
    let env = std::collections::BTreeMap::from([(
        "l10n_base".to_owned(),
        fixture.join("l10n").display().to_string(),
    )]);
    let layout = crate::l10n_toml::L10nToml::load(&fixture.join("l10n.toml"), &env)
        .unwrap()
        .resolve()
        .unwrap();
    let catalog = Catalog::with_reference(
        &layout.config.locale_root(),
        "en-US",
        &layout.reference,
        &crate::ReadPolicy::default(),
    )
    .unwrap();
    let mut options = CheckOptions::tree("en-US", Some(layout.config.all_locales()));
    options.l10n_toml = Some(std::sync::Arc::new(layout));
    let report = run(&catalog, &options).unwrap();
    let mut writer = JsonWriter::new(Vec::new());
    for piece in report.clone().into_pieces() {
        writer.write(&piece).unwrap();
    }
    let written = String::from_utf8(writer.finish().unwrap()).unwrap();
    assert!(
        written.contains("\"skipped_files\": [\n      \"brand.dtd\""),
        "{written}"
    );
    assert_eq!(written, serde_json::to_string_pretty(&report).unwrap());
}

/// A locale the catalog does not hold is read file by file, each file compared and dropped as
/// soon as it is parsed; one it holds is compared from memory. Both give the same report,
/// with or without bundles, for every kind of finding that needs the whole locale.
#[test]
fn a_locale_read_file_by_file_reports_what_a_held_one_does() {
    let dir = tree(&[
        (
            "en/a.ftl",
            "hello = Hello { -brand }\n-brand = Firefox\nbye = Bye\n",
        ),
        ("en/b.ftl", "open = Open\nclose = Close\n"),
        ("en/c.ftl", "save = Save\n"),
        (
            "fr/a.ftl",
            "hello = Bonjour { -brand }\n-brand = Firefox\nbye = Bye\nbye = Au revoir\nold = Vieux\n",
        ),
        (
            "fr/b.ftl",
            "open = Ouvrir { old } { gone }\nclose = Fermer\nhello = Salut\n",
        ),
        ("fr/d.ftl", "extra = En trop\nopen = Encore\n"),
        ("fr/e.ftl", "broken = {\n"),
        ("de/c.ftl", "save = Speichern\nsave = Sichern\n"),
    ]);
    let bundles = Bundles::from_groups([
        ["a.ftl", "b.ftl"].map(String::from).into(),
        ["a.ftl", "d.ftl"].map(String::from).into(),
    ]);
    for bundles in [None, Some(bundles)] {
        let options = CheckOptions {
            bundles,
            ..CheckOptions::tree("en", None)
        };
        let held = Catalog::load(dir.path(), &[]).unwrap();
        let held = run(&held, &options).unwrap();
        let read = Catalog::load(dir.path(), &["en".into()]).unwrap();
        let read = run(&read, &options).unwrap();
        assert_eq!(format!("{held:#?}"), format!("{read:#?}"));
        let codes: Vec<Code> = read.diagnostics.iter().map(|d| d.code).collect();
        for code in [
            Code::DuplicateId,
            Code::RepeatedId,
            Code::ObsoleteReference,
            Code::UnknownReference,
            Code::ObsoleteFile,
            Code::MissingFile,
            Code::SyntaxError,
        ] {
            assert!(codes.contains(&code), "{code:?} in {codes:?}");
        }
    }
}

/// Attributes are compared by name whatever their number: an entry with more attributes than
/// fit beside its value in the reference's summary, one with a few, and names the reference
/// has nowhere.
#[test]
fn attributes_are_matched_by_name_however_many() {
    let dir = tree(&[
        (
            "en/a.ftl",
            "many = M\n    .a = A\n    .b = B\n    .c = C\n    .d = D { $n }\n    .e = E\n\
             few = F\n    .label = L\n    .accesskey = K\n",
        ),
        (
            "fr/a.ftl",
            "many = M!\n    .e = E!\n    .a = A!\n    .b = B!\n    .d = D!\n    .z = Z!\n\
             few = F!\n    .accesskey = K!\n    .title = T!\n",
        ),
    ]);
    let report = check(&dir, &CheckOptions::tree("en", Some(vec!["fr".into()])));
    let found: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.locale == "fr")
        .map(|d| (d.code, d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Code::MissingAttribute,
                "attribute `.c` of the reference is missing"
            ),
            (
                Code::DroppedVariable,
                "attribute `.d` of `many` does not use `$n` of the reference"
            ),
            (
                Code::ExtraAttribute,
                "attribute `.z` is not in the reference"
            ),
            (
                Code::MissingAttribute,
                "attribute `.label` of the reference is missing"
            ),
            (
                Code::ExtraAttribute,
                "attribute `.title` is not in the reference"
            ),
        ]
    );
}

/// Locales are handed over in name order, however the threads finish them; the first error
/// the receiver returns stops the check, and no piece comes after it.
#[test]
fn locales_come_in_order_and_an_error_stops_them() {
    let mut files = vec![("en/a.ftl".to_owned(), "a = A\nb = B\n".to_owned())];
    for i in 0..40 {
        // Some locales take longer than others: more entries to compare.
        let text = "a = A\nb = Bee\n".repeat(1 + (i * 7) % 13);
        files.push((format!("x{i:02}/a.ftl"), text));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (&**p, &**t)).collect();
    let dir = tree(&files);
    let options = CheckOptions::tree("en", None);
    let catalog = Catalog::load(dir.path(), &options.folders()).unwrap();
    let mut seen = Vec::new();
    stream(&catalog, &options, None, |piece| {
        if let Piece::Locale(locale, _) = piece {
            seen.push(locale.locale);
        }
        Ok::<(), Error>(())
    })
    .unwrap();
    let expected: Vec<String> = (0..40).map(|i| format!("x{i:02}")).collect();
    assert_eq!(seen, expected);

    let mut seen = Vec::new();
    let err = stream(&catalog, &options, None, |piece| {
        if let Piece::Locale(locale, _) = piece {
            if seen.len() == 5 {
                return Err(Error::InvalidValue {
                    value: locale.locale,
                    message: "the reader went away".into(),
                });
            }
            seen.push(locale.locale);
        }
        Ok(())
    })
    .unwrap_err();
    assert!(matches!(err, Error::InvalidValue { .. }), "{err:?}");
    assert_eq!(seen, expected[..5]);
}
