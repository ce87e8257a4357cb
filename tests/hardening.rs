//! Hostile trees: deep nesting, exponential input, links, devices, control characters in
//! names. Each test reproduces an attack on the release build and pins the safe behaviour.

mod common;

use common::Project;

/// A file nested past the parser's limit in a way a line-based count missed: a call split
/// over lines that start in the first column with a letter.
fn deep_calls() -> String {
    let n = 2200;
    format!(
        "deep = {{\n{}1{}\n}}\n",
        "NUMBER(\n".repeat(n),
        ")".repeat(n)
    )
}

/// The same, hidden behind a `"` in variant text (text, not a string literal).
fn deep_quoted_variants() -> String {
    let n = 2200;
    format!(
        "deep = {{ $a ->\n{} *[k] x\n{}}}\n",
        " *[k] \" { $a ->\n".repeat(n),
        " }\n".repeat(n)
    )
}

/// Attack finding: both files overflowed the stack (exit 134) in check, render and accept.
/// They are now unreadable-file findings and every command finishes.
#[test]
fn deeply_nested_files_are_findings_not_crashes() {
    let project = Project::copy();
    project.write("locales/fil/deep.ftl", &deep_calls());
    project.write("locales/fil/quoted.ftl", &deep_quoted_variants());
    let check = project.run(&["check", "--format", "json"]);
    assert!(matches!(check.code, 0..=2), "{}", check.transcript());
    for file in ["deep.ftl", "quoted.ftl"] {
        assert!(
            check.stdout.contains(&format!("\"file\": \"{file}\""))
                && check.stdout.contains("nested more than 64 deep at line 65"),
            "{file}: {}",
            check.stdout
        );
    }
    let render = project.run(&["render"]);
    assert!(matches!(render.code, 0..=2), "{}", render.transcript());
    let accept = project.run(&["accept", "fil"]);
    assert!(matches!(accept.code, 0..=2), "{}", accept.transcript());
}
