//! Hostile trees: deep nesting, exponential input, links, devices, control characters in
//! names. Each test reproduces an attack on the release build and pins the safe behaviour.

use crate::common::{self, Project};

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

#[cfg(unix)]
fn symlink(target: &str, link: &std::path::Path) {
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, link).unwrap();
}

const PAGE: &str = "unido-industrial-park-training-2023.html";

/// Attack finding: a link planted where a page goes made `render` overwrite the translator's
/// file it pointed to with HTML. The link itself is replaced; the file is untouched.
#[cfg(unix)]
#[test]
fn render_replaces_a_linked_page_instead_of_writing_through_it() {
    let project = Project::copy();
    let before = project.read("locales/en/site.ftl");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("victim.txt"), "keep me").unwrap();
    symlink(
        "../../locales/en/site.ftl",
        &project.file(&format!("dist/en/{PAGE}")),
    );
    symlink(
        outside.path().join("victim.txt").to_str().unwrap(),
        &project.file("dist/index.html"),
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert_eq!(project.read("locales/en/site.ftl"), before);
    assert_eq!(
        std::fs::read_to_string(outside.path().join("victim.txt")).unwrap(),
        "keep me"
    );
    for page in [format!("dist/en/{PAGE}"), "dist/index.html".into()] {
        let meta = std::fs::symlink_metadata(project.file(&page)).unwrap();
        assert!(meta.is_file(), "{page} is still a link");
        assert!(project.read(&page).starts_with("<!DOCTYPE html>"));
    }
}

/// Attack finding: a linked locale folder in the output (`dist/en -> ../locales/en`) made
/// `render` drop pages among the sources. The resolved folder is checked: render refuses.
#[cfg(unix)]
#[test]
fn render_refuses_an_output_folder_linked_into_the_sources() {
    let project = Project::copy();
    symlink("../locales/en", &project.file("dist/en"));
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr.contains(
            "refusing to render into `[PROJECT]/dist/en`: it holds the project's sources"
        ),
        "{}",
        out.stderr
    );
    let names: Vec<_> = std::fs::read_dir(project.file("locales/en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(names.iter().all(|n| n.ends_with(".ftl")), "{names:?}");
}

/// Attack finding: in a project folder named like a locale (`en`), `render --out ..` wrote
/// `../en/*.html`, the project root. Resolved paths are compared, not names.
#[test]
fn render_refuses_an_output_whose_locale_folder_is_the_project() {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("en");
    let project = Project::copy();
    common::copy_tree(project.path(), &root);
    let out = common::run_in(
        &root,
        &["render", "--out", &format!("{}/..", root.display())],
    );
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr.contains("it holds the project's sources"),
        "{}",
        out.stderr
    );
    assert!(!root.join(PAGE).exists());
}

/// Attack finding: a first `check` wrote the lock through a dangling `fluentpress.lock` link
/// to any path. Nothing is created outside the project; the check goes on and says why.
#[cfg(unix)]
#[test]
fn first_check_creates_no_lock_through_a_link_leaving_the_project() {
    let project = Project::copy();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("planted.lock");
    std::fs::remove_file(project.file("fluentpress.lock")).unwrap();
    symlink(target.to_str().unwrap(), &project.file("fluentpress.lock"));
    let out = project.run(&["check"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(
        out.stderr.contains(
            "warning: fluentpress.lock not written: failed to write `[PROJECT]/fluentpress.lock`: \
             it is a symbolic link to a file outside the project that does not exist; not created"
        ),
        "{}",
        out.stderr
    );
    assert!(!target.exists());
    let accept = project.run(&["accept", "fil"]);
    assert_eq!(accept.code, 2, "{}", accept.transcript());
    assert!(!target.exists());
}

/// Attack finding: temporaries of the lock and the configuration left by a killed `accept`
/// or first `check` stayed for ever. The commands that write those files remove the ones of
/// processes that are gone (no process has id 4294967295), and keep other files.
#[test]
fn accept_and_first_check_remove_temporaries_of_killed_runs() {
    let project = Project::copy();
    let stale = [
        ".fluentpress.lock.4294967295.0.tmp",
        ".fluentpress.toml.4294967295.2.tmp",
    ];
    let kept = ".notes.txt.4294967295.0.tmp";
    for name in stale.iter().chain([&kept]) {
        project.write(name, "half");
    }
    let accept = project.run(&["accept", "fil"]);
    assert_eq!(accept.code, 0, "{}", accept.transcript());
    for name in stale {
        assert!(!project.file(name).exists(), "{name} is left");
    }
    assert!(project.file(kept).exists());

    std::fs::remove_file(project.file("fluentpress.lock")).unwrap();
    project.write(stale[0], "half");
    let check = project.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.transcript());
    assert!(!project.file(stale[0]).exists());
    assert!(project.file("fluentpress.lock").exists());
}
