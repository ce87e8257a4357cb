//! Reading `l10n.toml`: every mistake is an error with its file, line and column.

use std::collections::BTreeMap;
use std::path::Path;

use super::*;

/// Writes `files` into a temporary folder and loads `l10n.toml` from it with `l10n_base`
/// set; returns the error's text.
fn load_error(files: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let env = BTreeMap::from([("l10n_base".to_owned(), "/l10n".to_owned())]);
    let err = L10nToml::load(&dir.path().join("l10n.toml"), &env).unwrap_err();
    err.to_string()
        .replace(&dir.path().display().to_string(), "[DIR]")
}

const PATHS: &str = "[[paths]]\nreference = \"en-US/**\"\nl10n = \"{l10n_base}/{locale}/**\"\n";

#[test]
fn an_unknown_key_is_an_error_with_its_position() {
    let text = format!("locales = [\"de\"]\n{PATHS}referense = \"x\"\n");
    let err = load_error(&[("l10n.toml", &text)]);
    assert!(
        err.contains("[DIR]/l10n.toml:5:1: unknown field `referense`"),
        "{err}"
    );
}

#[test]
fn an_unknown_action_is_an_error_with_its_position() {
    let text = format!("{PATHS}[[filters]]\npath = \"x\"\naction = \"fatal\"\n");
    let err = load_error(&[("l10n.toml", &text)]);
    assert!(
        err.contains("l10n.toml:6:10: unknown variant `fatal`"),
        "{err}"
    );
}

#[test]
fn an_unknown_variable_is_an_error_with_its_position() {
    let text = "[[paths]]\nreference = \"en-US/**\"\nl10n = \"{l10n_base}/{locale}/{app}/**\"\n";
    let err = load_error(&[("l10n.toml", text)]);
    assert!(
        err.contains("l10n.toml:3:8: `l10n` pattern `{l10n_base}/{locale}/{app}/**`: unknown variable `{app}` (known: l10n_base, locale)"),
        "{err}"
    );
}

#[test]
fn a_variable_defined_through_itself_is_an_error() {
    let text = format!(
        "[env]\na = \"{{b}}\"\nb = \"{{a}}/\"\n{PATHS}[[filters]]\npath = \"{{a}}x\"\naction = \"ignore\"\n"
    );
    let err = load_error(&[("l10n.toml", &text)]);
    assert!(
        err.contains(
            "l10n.toml:8:8: filter path `{a}x`: `{a}` is defined through itself (a → b → a)"
        ),
        "{err}"
    );
}

#[test]
fn a_broken_pattern_is_an_error() {
    let text = "[[paths]]\nreference = \"en-US/{oops\"\nl10n = \"{l10n_base}/{locale}/**\"\n";
    let err = load_error(&[("l10n.toml", text)]);
    assert!(err.contains("l10n.toml:2:13: `reference` pattern `en-US/{oops`: `{` at byte 6 does not start a `{variable}`"), "{err}");
}

#[test]
fn a_bad_regular_expression_key_is_an_error() {
    let text =
        format!("{PATHS}[[filters]]\npath = \"x\"\nkey = \"re:(unclosed\"\naction = \"ignore\"\n");
    let err = load_error(&[("l10n.toml", &text)]);
    assert!(
        err.contains("l10n.toml:6:7: the key `re:(unclosed` is not a regular expression"),
        "{err}"
    );
}

#[test]
fn locales_must_be_folders() {
    let text = "[[paths]]\nreference = \"en-US/*.ftl\"\nl10n = \"{l10n_base}/*-{locale}.ftl\"\n";
    let err = load_error(&[("l10n.toml", text)]);
    assert!(
        err.contains("l10n.toml:3:8: the `l10n` pattern `{l10n_base}/*-{locale}.ftl`"),
        "{err}"
    );
    assert!(err.contains("must read `<folder>/{locale}/…`"), "{err}");
}

#[test]
fn every_path_must_put_the_locales_in_one_folder() {
    let text = format!("{PATHS}[[paths]]\nreference = \"b/**\"\nl10n = \"/other/{{locale}}/**\"\n");
    let err = load_error(&[("l10n.toml", &text)]);
    assert!(err.contains("l10n.toml:4:1: the `l10n` pattern puts the locale folders in `/other`, another path in `/l10n`"), "{err}");
}

#[test]
fn the_l10n_pattern_needs_no_more_wildcards_than_its_reference() {
    let text = "[[paths]]\nreference = \"en-US/a.ftl\"\nl10n = \"{l10n_base}/{locale}/*.ftl\"\n";
    let err = load_error(&[("l10n.toml", text)]);
    assert!(
        err.contains("l10n.toml:3:8: the `l10n` pattern has 1 wildcards, its `reference` 0"),
        "{err}"
    );
}

#[test]
fn a_missing_include_names_where_it_is_included() {
    let text = format!("{PATHS}[[includes]]\npath = \"sub/l10n.toml\"\n");
    let err = load_error(&[("l10n.toml", &text)]);
    assert!(
        err.contains(
            "cannot read the configuration file that `[[includes]]` at [DIR]/l10n.toml:5:8 names"
        ),
        "{err}"
    );
}

#[test]
fn an_include_cycle_is_an_error() {
    let text = format!("{PATHS}[[includes]]\npath = \"l10n.toml\"\n");
    let err = load_error(&[("l10n.toml", &text)]);
    assert!(
        err.contains("l10n.toml:5:8: `[DIR]/l10n.toml` includes itself"),
        "{err}"
    );
}

#[test]
fn an_included_file_cannot_exclude() {
    let text = format!("{PATHS}[[includes]]\npath = \"sub.toml\"\n");
    let sub = format!("{PATHS}[[excludes]]\npath = \"other.toml\"\n");
    let err = load_error(&[
        ("l10n.toml", &text),
        ("sub.toml", &sub),
        ("other.toml", PATHS),
    ]);
    assert!(err.contains("l10n.toml:5:8: `[DIR]/sub.toml` has `[[excludes]]`: an included configuration cannot exclude"), "{err}");
}

#[test]
fn a_configuration_without_paths_is_an_error() {
    let err = load_error(&[("l10n.toml", "locales = [\"de\"]\n")]);
    assert!(err.contains("no `[[paths]]`"), "{err}");
}

#[test]
fn the_build_table_and_a_paths_tests_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        format!("[build]\nexclude-multi-locale = [\"de\"]\n{PATHS}test = [\"android-dtd\"]\n");
    std::fs::write(dir.path().join("l10n.toml"), text).unwrap();
    let env = BTreeMap::from([("l10n_base".to_owned(), "/l10n".to_owned())]);
    let config = L10nToml::load(&dir.path().join("l10n.toml"), &env).unwrap();
    assert_eq!(config.locale_root(), Path::new("/l10n"));
    assert!(config.all_locales().is_empty());
}
