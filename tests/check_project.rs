//! `fluentpress check` on a copy of the repository's own project: defects found by user tests,
//! each pinned by the finding it guards.

use serde_json::Value;

mod common;

use common::Project;

fn json(project: &Project, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = project.run(&all);
    assert!(out.code == 0 || out.code == 1, "{}", out.transcript());
    let report =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout));
    (out.code, report)
}

/// (locale, code) of every diagnostic.
fn codes(report: &Value) -> Vec<(String, String)> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["locale"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// User-test finding: one byte that is not UTF-8 in `zh-CN/site.ftl` gave 24 errors and 174
/// warnings: `unknown-reference` on the reference itself and `obsolete-reference` in every
/// locale for terms that the unreadable file defines. The file is now reported once, with a
/// note that references it might define are not judged.
#[test]
fn an_unreadable_reference_file_is_reported_once() {
    let project = Project::copy();
    let path = project.file("locales/zh-CN/site.ftl");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.push(0xff);
    std::fs::write(&path, bytes).unwrap();

    let (code, report) = json(&project, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        codes(&report),
        [("zh-CN".to_owned(), "unreadable-file".to_owned())]
    );
    let out = project.run(&["check"]);
    let notes = out
        .stdout
        .matches("not reported as unknown or obsolete")
        .count();
    assert_eq!(notes, 1, "{}", out.stdout);
}
