//! `check`'s per-entry cases of `tests/fixtures/compare-locales/cases.toml`: one reference entry,
//! one translation, the codes `check` must report. `benches/compare-locales-cases.sh` runs
//! compare-locales on the same cases and lists where the two tools disagree.

use std::fs;

use fluentpress::catalog::Catalog;
use fluentpress::check::{self, CheckOptions};
use serde::Deserialize;

use crate::common;

const CASES: &str = "tests/fixtures/compare-locales/cases.toml";

#[derive(Debug, Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    family: String,
    locale: String,
    reference: String,
    translation: String,
    expect: Vec<String>,
    #[serde(default)]
    expect_reference: Vec<String>,
    #[serde(default)]
    deliberate: Option<String>,
}

fn cases() -> Vec<Case> {
    let text = fs::read_to_string(common::repo().join(CASES)).unwrap();
    toml::from_str::<Cases>(&text).unwrap().case
}

/// The codes reported for the translation and for the reference, each sorted.
fn findings(case: &Case) -> (Vec<String>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    for (folder, text) in [("en", &case.reference), (&case.locale, &case.translation)] {
        fs::create_dir_all(dir.path().join(folder)).unwrap();
        fs::write(dir.path().join(folder).join("test.ftl"), text).unwrap();
    }
    let options = CheckOptions::tree("en", None);
    let catalog = Catalog::load(dir.path(), &options.folders()).unwrap();
    let report = check::run(&catalog, &options).unwrap();
    let codes = |locale: &str| {
        let mut codes: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.locale == locale)
            .map(|d| d.code.to_string())
            .collect();
        codes.sort();
        codes
    };
    (codes(&case.locale), codes("en"))
}

/// Checks every case of `family`, listing all that fail before failing.
fn family(family: &str) {
    let cases: Vec<Case> = cases().into_iter().filter(|c| c.family == family).collect();
    assert!(cases.len() >= 4, "too few `{family}` cases");
    assert!(
        cases.iter().any(|c| c.expect.is_empty()),
        "`{family}` needs clean cases"
    );
    assert!(
        cases.iter().any(|c| !c.expect.is_empty()),
        "`{family}` needs flagged cases"
    );
    let mut failures = Vec::new();
    for case in &cases {
        let (ours, reference) = findings(case);
        let mut expect = case.expect.clone();
        expect.sort();
        let mut expect_reference = case.expect_reference.clone();
        expect_reference.sort();
        if ours != expect || reference != expect_reference {
            failures.push(format!(
                "{}: translation {ours:?} (expected {expect:?}), reference {reference:?} \
                 (expected {expect_reference:?})",
                case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn references_are_compared_per_part() {
    family("references");
}

#[test]
fn a_reference_entrys_dangling_reference_is_reported_once() {
    family("reference-defect");
}

#[test]
fn plural_categories_follow_the_translations_keys() {
    family("plurals");
}

#[test]
fn style_attributes_are_css() {
    family("style");
}

/// Every case has a known family and a unique name; deliberate differences say why.
#[test]
fn cases_are_well_formed() {
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "duplicate case names");
    for case in &cases {
        assert!(
            ["references", "reference-defect", "plurals", "style"].contains(&case.family.as_str()),
            "{}: unknown family {}",
            case.name,
            case.family
        );
        assert!(
            case.deliberate.as_ref().is_none_or(|r| r.len() > 20),
            "{}: say why",
            case.name
        );
    }
}
