//! `fluentpress check --config l10n.toml`: one small tree per construct of compare-locales'
//! project configuration (tests/fixtures/l10n-toml), with the figures each locale gets.
//! `benches/l10n-toml-cases.sh` runs compare-locales on the same trees.

use serde_json::Value;

use crate::common;

const FIXTURES: &str = "tests/fixtures/l10n-toml";

/// Runs `check --config` on fixture `case` (its `l10n.toml`, or `project/l10n.toml` where it
/// has one) with `--l10n-base <case>/l10n` and `extra` arguments; the repository's folder is
/// shown as `[REPO]`.
fn run(case: &str, extra: &[&str]) -> common::Output {
    let dir = format!("{FIXTURES}/{case}");
    let config = if common::repo().join(&dir).join("l10n.toml").is_file() {
        format!("{dir}/l10n.toml")
    } else {
        format!("{dir}/project/l10n.toml")
    };
    let base = format!("{dir}/l10n");
    let mut args = vec!["check", "--config", &config, "--l10n-base", &base];
    args.extend_from_slice(extra);
    let mut out = common::run_from(common::repo(), &args);
    let repo = common::repo().display().to_string();
    out.stdout = out.stdout.replace(&repo, "[REPO]");
    out.stderr = out.stderr.replace(&repo, "[REPO]");
    out
}

/// The JSON report of fixture `case`, and the exit code.
fn json(case: &str, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let out = run(case, &args);
    let value =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.transcript()));
    (out.code, value)
}

/// The report of `locale`.
fn locale<'a>(report: &'a Value, locale: &str) -> &'a Value {
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == locale)
        .unwrap_or_else(|| panic!("no {locale} in {report}"))
}

/// The required figures of `locale`: required, missing required, report.
fn figures(report: &Value, name: &str) -> (u64, u64, u64) {
    let l = locale(report, name);
    (
        l["required"].as_u64().unwrap(),
        l["missing_required"].as_u64().unwrap(),
        l["report"].as_u64().unwrap(),
    )
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

/// `basepath`, `locales`, `[env]`, `**` and `*`: `*` stays within one folder, so a file one
/// folder deeper is mapped by no path and is obsolete; so is a file outside every pattern.
#[test]
fn basepath_env_and_wildcards() {
    let out = run("basic", &[]);
    insta::assert_snapshot!(out.transcript());
    let (code, report) = json("basic", &[]);
    assert_eq!(code, 0);
    assert_eq!(figures(&report, "de"), (6, 0, 0));
    assert_eq!(figures(&report, "fr"), (6, 3, 0));
    let fr = locale(&report, "fr");
    assert_eq!(strings(&fr["missing_required_files"]), ["app/sub/menu.ftl"]);
    assert_eq!(
        strings(&fr["unmapped_files"]),
        ["notes.ftl", "toolkit/deep/old.ftl"]
    );
    // `toolkit/deep/unused.ftl` of the reference is mapped by no path: not in the reference.
    assert_eq!(fr["total"], 6);
    assert_eq!(report["l10n_toml"]["skipped_files"], Value::Array(vec![]));
}

/// A path's own `locales`: its file is required of those locales only, and is obsolete in
/// another locale that has it; `--min-coverage` applies to the required figure.
#[test]
fn a_paths_locales_and_the_minimum_coverage() {
    let (code, report) = json("path-locales", &["--min-coverage", "90"]);
    assert_eq!(code, 1, "fr is below 90 %");
    assert_eq!(figures(&report, "de"), (1, 0, 0));
    assert_eq!(figures(&report, "fr"), (3, 2, 0));
    let de = locale(&report, "de");
    // The whole-tree coverage of `de` is below 90 %, its required coverage is not.
    assert_eq!(de["coverage"], 66.66);
    assert_eq!(de["required_coverage"], 100.0);
    assert_eq!(de["below_min_coverage"], false);
    assert_eq!(strings(&de["unmapped_files"]), ["regional.ftl"]);
    let fr = locale(&report, "fr");
    assert_eq!(fr["below_min_coverage"], true);
    assert_eq!(strings(&fr["missing_required_files"]), ["regional.ftl"]);
    let text = run("path-locales", &[]).stdout;
    assert!(
        text.contains("warning[obsolete-file]: l10n.toml gives this file to other locales only"),
        "{text}"
    );
    // `it` is named only by a path of a configuration whose `locales` leave it out: it gets
    // no file, as in compare-locales.
    assert_eq!(figures(&report, "it"), (0, 0, 0));
}

/// An included file: resolved against the including file's `basepath`, with its own `[env]`
/// and `locales`; its files are not missing in a locale it does not name.
#[test]
fn includes_merge_with_their_own_locales() {
    let (_, report) = json("includes", &[]);
    assert_eq!(figures(&report, "de"), (3, 1, 0));
    assert_eq!(figures(&report, "fr"), (1, 0, 0));
    let text = run("includes", &[]).stdout;
    assert!(!text.contains("missing-file"), "{text}");
}

/// An excluded file's paths leave the reference and the locales: its files are neither
/// required nor obsolete.
#[test]
fn excludes_remove_files_everywhere() {
    let (_, report) = json("excludes", &[]);
    assert_eq!(figures(&report, "de"), (2, 1, 0));
    let de = locale(&report, "de");
    assert_eq!(de["total"], 2);
    assert_eq!(de["obsolete_files"], Value::Array(vec![]));
    assert_eq!(de["unmapped_files"], Value::Array(vec![]));
}

/// Filters: a file that may be missing (`ignore`), entries ignored by exact key, by a list of
/// keys and by `re:`, entries and a file only reported (`warning`), and the last matching
/// filter winning. A file filter applies to a missing file only, as in compare-locales.
#[test]
fn filters_ignore_report_and_require() {
    let out = run("filters", &[]);
    insta::assert_snapshot!(out.transcript());
    let (_, report) = json("filters", &[]);
    // de: `hello`, `beta-final` and `extra` required, `beta-final` missing; `beta-feature`
    // and the missing `optional.ftl` reported; `defines.ftl` may be missing.
    assert_eq!(figures(&report, "de"), (3, 1, 2));
    assert_eq!(
        locale(&report, "de")["missing_required_files"],
        Value::Array(vec![])
    );
    // fr has every file: file filters do not apply to the entries of a file that is there.
    assert_eq!(figures(&report, "fr"), (5, 0, 0));
}

/// Files that are not FTL are mapped, counted and skipped.
#[test]
fn non_ftl_files_are_skipped_and_counted() {
    let (code, report) = json("non-ftl", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        strings(&report["l10n_toml"]["skipped_files"]),
        ["brand.dtd", "legacy.properties"]
    );
    assert_eq!(locale(&report, "de")["skipped_files"], 2);
    assert_eq!(figures(&report, "de"), (1, 0, 0));
    let text = run("non-ftl", &[]).stdout;
    assert!(
        text.contains("skipped: 2 reference files that the configuration maps are not FTL and are not checked (.dtd 1, .properties 1)"),
        "{text}"
    );
}

/// A wildcard inside a file name matches the files of its folder.
#[test]
fn a_wildcard_inside_a_name() {
    let (_, report) = json("partial-name", &[]);
    assert_eq!(figures(&report, "de"), (2, 1, 0));
    assert_eq!(
        strings(&locale(&report, "de")["missing_required_files"]),
        ["brand-short.ftl"]
    );
}

/// Locales named after the configuration narrow the check.
#[test]
fn locales_given_on_the_command_line() {
    let (_, report) = json("basic", &["fr"]);
    let names: Vec<&str> = report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["locale"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["fr"]);
}

/// A broken configuration stops the check with its position (exit 2).
#[test]
fn a_bad_configuration_is_a_usage_error_with_its_position() {
    let project = common::Project::empty();
    project.write(
        "l10n.toml",
        "[[paths]]\nreference = \"en-US/**\"\nl10n = \"{l10n_base}/{locale}/**\"\nfilter = 1\n",
    );
    let out = common::run_in(
        project.path(),
        &[
            "check",
            "--config",
            &project.file("l10n.toml").display().to_string(),
        ],
    );
    assert_eq!(out.code, 2);
    insta::assert_snapshot!(out.stderr, @"error: invalid `[PROJECT]/l10n.toml`: [PROJECT]/l10n.toml:4:1: unknown field `filter`, expected one of `reference`, `l10n`, `locales`, `test`");
}

/// A locale the configuration does not name is a usage error: compare-locales would check
/// nothing for it.
#[test]
fn a_locale_the_configuration_does_not_name_is_an_error() {
    let out = run("basic", &["it"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr.contains("`it` is not a locale of `tests/fixtures/l10n-toml/basic/project/l10n.toml` (it names de, fr)"),
        "{}",
        out.stderr
    );
}

/// The reference's own findings point at the reference files where they are, not into the
/// locales' folder.
#[test]
fn reference_findings_show_the_reference_files_path() {
    let project = common::Project::empty();
    project.write(
        "l10n.toml",
        "locales = [\"de\"]\n[[paths]]\nreference = \"source/**\"\nl10n = \"{l10n_base}/{locale}/**\"\n",
    );
    project.write("source/a.ftl", "a = A {\n");
    project.write("l10n/de/a.ftl", "a = A\n");
    let config = project.file("l10n.toml").display().to_string();
    let base = project.file("l10n").display().to_string();
    let out = common::run_in(
        project.path(),
        &[
            "check",
            "--config",
            &config,
            "--l10n-base",
            &base,
            "--format",
            "github",
        ],
    );
    assert!(
        out.stdout
            .contains("::error file=[PROJECT]/source/a.ftl,line=1"),
        "{}",
        out.transcript()
    );
}

/// `-D NAME=VALUE` sets a variable over `[env]`, as compare-locales' `-D`: with `app` set to
/// `toolkit`, the `app` files are no longer required (they become unmapped) and the whole
/// `toolkit` folder is.
#[test]
fn a_define_on_the_command_line_wins_over_env() {
    let (code, report) = json("basic", &["-D", "app=toolkit"]);
    assert_eq!(code, 0);
    assert_eq!(figures(&report, "de"), (3, 1, 0));
    let de = locale(&report, "de");
    assert_eq!(
        strings(&de["missing_required_files"]),
        ["toolkit/deep/unused.ftl"]
    );
    assert_eq!(
        strings(&de["unmapped_files"]),
        ["app/main.ftl", "app/sub/menu.ftl"]
    );
    let bad = run("basic", &["-D", "app"]);
    assert_eq!(bad.code, 2, "{}", bad.transcript());
    assert!(
        bad.stderr.contains("`app` is not NAME=VALUE"),
        "{}",
        bad.transcript()
    );
}
