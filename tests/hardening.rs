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

/// Attack finding: `add-locale` copied each default variant, nested selectors included, into
/// every plural category, so a message nested ten deep grew without bound (190 MB at eight
/// levels for Arabic's six categories). The scaffold now grows with the source, not
/// exponentially: a default holding selectors is left to the default variant alone.
#[test]
fn add_locale_output_is_linear_in_nested_selectors() {
    let project = Project::copy();
    // Six levels: enough to tell linear from exponential (about 5 MB before) in a test.
    let depth = 6;
    let mut nested = String::from("nested = ");
    for i in 0..depth {
        nested += &format!("{{ $n ->\n{}*[other] ", " ".repeat(i + 1));
    }
    nested += "x";
    for i in 0..depth {
        nested += &format!("\n{}}}", " ".repeat(depth - i));
    }
    let site = project.read("locales/zh-CN/site.ftl");
    project.write("locales/zh-CN/site.ftl", &format!("{site}\n{nested}\n"));
    let out = project.run(&["add-locale", "ar"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    let file = project.read("locales/ar/site.ftl");
    let start = file
        .find("# nested =")
        .expect("the nested message is scaffolded");
    let scaffold = &file[start..];
    // Each level keeps one default; the innermost, without selectors, gets all six forms.
    assert_eq!(scaffold.matches("*[other]").count(), depth);
    for form in ["[zero] x", "[one] x", "[two] x", "[few] x", "[many] x"] {
        assert_eq!(scaffold.matches(form).count(), 1, "{form}");
    }
    assert!(scaffold.len() < 4096, "{} bytes", scaffold.len());
}
