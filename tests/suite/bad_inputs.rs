//! What a user sees when the input is wrong: each case a clear message, exit 2 (or a
//! finding), and nothing of the project changed.

use crate::common::Project;

const FIL_SITE: &str = "locales/fil/site.ftl";

/// A file broken at its end: `render`'s warning and `check`'s error point at the same line
/// and column, inside the broken entry (not at the line after it, where the parser noticed).
#[test]
fn render_and_check_point_at_the_same_place_of_a_syntax_error() {
    let project = Project::copy();
    let text = project.read(FIL_SITE);
    project.write(FIL_SITE, &format!("{text}broken = {{ $x\n\nnext = ok\n"));
    let line = text.lines().count() + 1;
    let at = format!("site.ftl:{line}:14");
    let render = project.run(&["render", "--locale", "fil"]);
    assert_eq!(render.code, 0, "{}", render.transcript());
    let warning = format!(
        "warning: fil/{at}: syntax error: Expected a token starting with \"}}\"; the rest of the file is used"
    );
    assert!(
        render.stderr.lines().any(|l| l == warning),
        "{}",
        render.stderr
    );
    let check = project.run(&["check"]);
    assert!(
        check.stdout.contains(&format!("locales/fil/{at}\n")),
        "{}",
        check.stdout
    );
}

/// A file to import that is empty, or named `.xlf` but not XML, is refused as what it is
/// (not read as PO and refused for a missing PO header), and nothing is written.
#[test]
fn import_names_an_empty_or_broken_exchange_file_for_what_it_is() {
    let project = Project::copy();
    let before = project.tree();
    let cases = [
        ("empty.xlf", ""),
        ("empty.po", "\n\n"),
        ("notes.xlf", "Translated by hand, see attached\n"),
        ("km.xliff", "msgid \"\"\nmsgstr \"\"\n"),
    ];
    let mut transcript = String::new();
    for (name, text) in cases {
        let path = project.file(name);
        std::fs::write(&path, text).unwrap();
        let out = project.run(&["import", path.to_str().unwrap()]);
        assert_eq!(out.code, 2, "{name}: {}", out.transcript());
        transcript.push_str(&out.stderr);
        std::fs::remove_file(&path).unwrap();
    }
    insta::assert_snapshot!("import_broken_files", transcript);
    assert_eq!(project.tree(), before);
}

/// `check --locales-dir` on a folder that does not exist said only "entity not found".
#[test]
fn check_names_a_missing_locales_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::common::run_from(
        dir.path(),
        &["check", "--locales-dir", "l10n", "--reference", "en"],
    );
    assert_eq!(out.code, 2, "{}", out.transcript());
    insta::assert_snapshot!("check_missing_locales_dir", out.transcript());
}

/// A configured locale without a folder rendered every passage as a fallback with no word on
/// why; `render` now says so once, as a warning, and still writes the pages.
#[test]
fn render_warns_of_a_configured_locale_without_a_folder() {
    let project = Project::copy();
    std::fs::remove_dir_all(project.file("locales/km")).unwrap();
    let out = project.run(&["render", "--locale", "km"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(
        warnings,
        [
            "warning: km: the locale folder `[PROJECT]/locales/km` does not exist: every passage is shown in a fallback language"
        ],
        "{}",
        out.stderr
    );
    assert!(project.file("dist/km/index.html").exists());
}
