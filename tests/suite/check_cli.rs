//! `fluentpress check` as a user sees it: one case per diagnostic code with its exact human
//! output, the JSON shape, bad files, project mode and exit codes.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::common;

const FIXTURES: &str = "tests/fixtures/check";

/// Runs the binary in `dir`; returns the exit code and the transcript.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = common::run_from(dir, args);
    (out.code, out.transcript())
}

/// Checks fixture `case` with `reference` (extra arguments appended).
fn fixture(case: &str, reference: &str, extra: &[&str]) -> (i32, String) {
    let dir = format!("{FIXTURES}/{case}");
    let mut args = vec!["check", "--locales-dir", &dir, "--reference", reference];
    args.extend_from_slice(extra);
    run_in(common::repo(), &args)
}

macro_rules! code_case {
    ($name:ident, $case:literal, $reference:literal, $exit:literal) => {
        #[test]
        fn $name() {
            let (code, text) = fixture($case, $reference, &[]);
            insta::assert_snapshot!(text);
            assert_eq!(code, $exit, "{text}");
            assert!(
                text.contains(&format!("[{}]", $case)) || $case == "term-arguments",
                "{text}"
            );
        }
    };
}

code_case!(syntax_error, "syntax-error", "en", 1);
code_case!(duplicate_id, "duplicate-id", "en", 1);
code_case!(repeated_id, "repeated-id", "en", 0);
code_case!(duplicate_attribute, "duplicate-attribute", "en", 1);
code_case!(duplicate_variant, "duplicate-variant", "en", 1);
code_case!(missing_file, "missing-file", "en", 0);
code_case!(obsolete_file, "obsolete-file", "en", 0);
code_case!(missing_value, "missing-value", "en", 1);
code_case!(extra_value, "extra-value", "en", 0);
code_case!(missing_attribute, "missing-attribute", "en", 1);
code_case!(extra_attribute, "extra-attribute", "en", 0);
code_case!(empty_value, "empty-value", "en", 0);
code_case!(unknown_variable, "unknown-variable", "en", 1);
code_case!(dropped_variable, "dropped-variable", "en", 0);
code_case!(unknown_reference, "unknown-reference", "en", 1);
code_case!(obsolete_reference, "obsolete-reference", "en", 0);
code_case!(missing_reference, "missing-reference", "en", 0);
code_case!(extra_reference, "extra-reference", "en", 0);
code_case!(invalid_plural_key, "invalid-plural-key", "en", 0);
code_case!(missing_plural_category, "missing-plural-category", "en", 0);
code_case!(markup_mismatch, "markup-mismatch", "en", 0);
code_case!(invalid_style, "invalid-style", "en", 0);
code_case!(style_mismatch, "style-mismatch", "en", 0);
code_case!(han_characters, "han-characters", "zh-CN", 0);
code_case!(replacement_character, "replacement-character", "en", 0);
code_case!(
    language_checks_skipped,
    "language-checks-skipped",
    "templates",
    0
);

/// Term parameters (`-brand(case: "gen")`) and `.gender` attributes are not findings.
#[test]
fn term_arguments_and_attributes_are_legitimate() {
    let (code, text) = fixture("term-arguments", "en", &[]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("warning["), "{text}");
    assert!(!text.contains("error["), "{text}");
}

#[test]
fn missing_locale() {
    let (code, text) = fixture("clean", "en", &["--locale", "fr", "--locale", "xx"]);
    insta::assert_snapshot!(text);
    assert_eq!(code, 1);
}

#[test]
fn identical_entries_and_the_marker() {
    let (code, text) = fixture("identical", "en", &["--list"]);
    insta::assert_snapshot!(text);
    assert_eq!(code, 0);
}

#[test]
fn json_shape() {
    let (code, text) = fixture("unknown-reference", "en", &["--format", "json"]);
    assert_eq!(code, 1);
    let json = text
        .split("--- stdout\n")
        .nth(1)
        .and_then(|s| s.split("--- stderr\n").next())
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    insta::assert_snapshot!(json);
    let locale = &value["locales"][0];
    for key in [
        "locale",
        "total",
        "translated",
        "missing",
        "obsolete",
        "identical",
        "errors",
        "warnings",
        "coverage",
        "missing_entries",
        "obsolete_entries",
        "identical_entries",
    ] {
        assert!(locale.get(key).is_some(), "{key} missing in {locale}");
    }
    for key in [
        "code", "severity", "locale", "file", "line", "column", "id", "message",
    ] {
        assert!(value["diagnostics"][0].get(key).is_some(), "{key}");
    }
}

#[test]
fn github_annotations() {
    let (code, text) = fixture("syntax-error", "en", &["--format", "github"]);
    insta::assert_snapshot!(text);
    assert_eq!(code, 1);
}

#[test]
fn min_coverage_fails_below_the_threshold() {
    let (code, text) = fixture("missing-file", "en", &["--min-coverage", "30"]);
    assert_eq!(code, 0, "{text}");
    let (code, text) = fixture("missing-file", "en", &["--min-coverage", "40"]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("below 40%"), "{text}");
}

#[test]
fn usage_and_io_failures_exit_2() {
    let (code, text) = fixture("no-such-tree", "en", &[]);
    assert_eq!(code, 2, "{text}");
    let (code, text) = fixture("clean", "de", &[]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("reference folder `de` not found"), "{text}");
    let (code, _) = fixture("clean", "en", &["--min-coverage", "x"]);
    assert_eq!(code, 2);
    let dir = tempfile::tempdir().unwrap();
    let (code, text) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("no fluentpress.toml"), "{text}");
}

/// Unreadable, non-UTF-8, BOM, CRLF, Junk, empty and comment-only files each become a
/// diagnostic, and the run goes on to the other files and locales.
#[test]
fn bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    let en = tree.join("en");
    let fr = tree.join("fr");
    let de = tree.join("de");
    for d in [&en, &fr, &de] {
        fs::create_dir_all(d).unwrap();
    }
    for name in ["bom", "crlf", "latin1", "empty", "comments", "junk", "gone"] {
        fs::write(en.join(format!("{name}.ftl")), format!("{name} = Text\n")).unwrap();
    }
    fs::write(fr.join("bom.ftl"), "\u{feff}bom = Texte\n").unwrap();
    fs::write(fr.join("crlf.ftl"), "crlf = Texte\r\nother = Autre\r\n").unwrap();
    fs::write(fr.join("latin1.ftl"), b"latin1 = Cha\xeene\n").unwrap();
    fs::write(fr.join("empty.ftl"), "").unwrap();
    fs::write(fr.join("comments.ftl"), "# Nothing translated yet\n").unwrap();
    fs::write(fr.join("junk.ftl"), "junk = { Texte\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("nowhere.ftl", fr.join("gone.ftl")).unwrap();
    fs::write(de.join("bom.ftl"), "bom = Text auf Deutsch\n").unwrap();
    let (code, text) = run_in(
        dir.path(),
        &["check", "--locales-dir", "tree", "--reference", "en"],
    );
    insta::assert_snapshot!(text);
    assert_eq!(code, 1);
}

#[test]
fn project_mode_uses_source_pivot_and_thresholds() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("fluentpress.toml"),
        r#"source = "zh-CN"
pivot = "en"
min-coverage = 50

[locales.zh-CN]
name = "中文"
status = "reviewed"

[locales.en]
name = "English"
status = "reviewed"

[locales.fr]
name = "Français"
status = "draft"
min-coverage = 100
"#,
    )
    .unwrap();
    for (locale, text) in [
        ("zh-CN", "title = 培训\nbody = 正文\n"),
        ("en", "title = Training\nbody = Body text\n"),
        ("fr", "title = Training\n"),
    ] {
        fs::create_dir_all(root.join("locales").join(locale)).unwrap();
        fs::write(root.join("locales").join(locale).join("site.ftl"), text).unwrap();
    }
    let (code, text) = run_in(root, &["check"]);
    insta::assert_snapshot!(text);
    assert_eq!(code, 1, "fr is below its own 100%: {text}");
    let (code, text) = run_in(root, &["check", "--locale", "en"]);
    assert_eq!(code, 0, "{text}");
    let (code, text) = run_in(root, &["check", "--min-coverage", "40"]);
    assert_eq!(code, 0, "the flag overrides the config: {text}");
}

/// Chinese text where Fluent expects ASCII (an identifier, a placeable) is Junk; the snippet
/// and the positions stay on character boundaries.
#[test]
fn syntax_errors_inside_chinese_text() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    fs::create_dir_all(tree.join("zh-CN")).unwrap();
    fs::create_dir_all(tree.join("en")).unwrap();
    fs::write(tree.join("zh-CN/a.ftl"), "title = 培训\nbody = 正文\n").unwrap();
    fs::write(tree.join("en/a.ftl"), "标题 = Training\nbody = { 正文 }\n").unwrap();
    let (code, text) = run_in(
        dir.path(),
        &["check", "--locales-dir", "tree", "--reference", "zh-CN"],
    );
    insta::assert_snapshot!(text);
    assert_eq!(code, 1);
    assert!(text.ends_with("--- stderr\n"), "{text}");
}

/// Writes a project with zh-CN (source) and en (pivot) configured, and a `stray` folder on
/// disk that the configuration does not name.
fn project_with_stray_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("fluentpress.toml"),
        r#"source = "zh-CN"
pivot = "en"

[locales.zh-CN]
name = "中文"
status = "reviewed"

[locales.en]
name = "English"
status = "reviewed"
"#,
    )
    .unwrap();
    for (locale, text) in [
        ("zh-CN", "title = 培训\n"),
        ("en", "title = Training\n"),
        ("stray", "x = y\n"),
    ] {
        fs::create_dir_all(root.join("locales").join(locale)).unwrap();
        fs::write(root.join("locales").join(locale).join("a.ftl"), text).unwrap();
    }
    dir
}

/// Review finding: `check --locale <source>` filtered the source out, leaving an empty list
/// that meant "every folder on disk", so unconfigured folders were checked. Naming the
/// reference is now a usage error, and no run checks a folder the project does not configure.
#[test]
fn locale_source_is_a_usage_error_and_stray_folders_are_never_checked() {
    let dir = project_with_stray_folder();
    let (code, text) = run_in(dir.path(), &["check", "--locale", "zh-CN"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("`zh-CN` is the reference"), "{text}");
    assert!(!text.contains("stray"), "{text}");
    // The tag is canonicalised before it is compared with the source.
    let (code, text) = run_in(dir.path(), &["check", "--locale", "zh-cn"]);
    assert_eq!(code, 2, "{text}");
    let (code, text) = run_in(dir.path(), &["check"]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("stray"), "{text}");
    assert!(text.contains("1 locale checked"), "{text}");
}

/// Review finding (tree mode): naming the reference with --locale is a usage error too.
#[test]
fn locale_reference_is_a_usage_error_in_a_tree() {
    let (code, text) = fixture("clean", "en", &["--locale", "en"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("`en` is the reference"), "{text}");
}

/// User-test finding: an entry left unfinished before blank lines (`background = { broken`)
/// is noticed by the parser only at the next entry, so the snippet marked the healthy
/// `gratitude` with "the entry is skipped from here" while the JSON said `id: background`.
/// The snippet now points at the end of the broken entry's text, on its own line.
#[test]
fn a_syntax_error_noticed_at_the_next_entry_points_into_the_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    fs::create_dir_all(tree.join("zh-CN")).unwrap();
    fs::create_dir_all(tree.join("id")).unwrap();
    let reference = "background = 背景\ngratitude = 感谢\nend = 完\n";
    fs::write(tree.join("zh-CN/a.ftl"), reference).unwrap();
    fs::write(
        tree.join("id/a.ftl"),
        "background = { broken\n\n\ngratitude = Terima kasih\n\nend = { oops\n\n",
    )
    .unwrap();
    let args = ["check", "--locales-dir", "tree", "--reference", "zh-CN"];
    let (code, text) = run_in(dir.path(), &args);
    insta::assert_snapshot!(text);
    assert_eq!(code, 1);
    assert!(!text.contains("| gratitude"), "{text}");
    let (_, json) = run_in(dir.path(), &[&args[..], &["--format", "json"]].concat());
    let json: serde_json::Value = serde_json::from_str(
        json.split("--- stdout\n")
            .nth(1)
            .unwrap()
            .split("--- stderr")
            .next()
            .unwrap(),
    )
    .unwrap();
    let found: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(found, [("background", 1, 22), ("end", 6, 13)]);
}

/// Off a terminal the text is written plain; with colours forced it is the same text with
/// colour escapes (SGR sequences) and nothing else added: every fixture, the lists, and a
/// tree whose names and source hold control characters and a span over several lines (drawn
/// by annotate-snippets). The plain text holds no control character but line ends, so a
/// stream that strips escapes would leave it as it is.
#[test]
fn forced_colours_are_the_plain_text_with_colour_escapes() {
    fn strip(styled: &str) -> String {
        let mut out = String::new();
        let mut rest = styled;
        while let Some(at) = rest.find("\x1b[") {
            out.push_str(&rest[..at]);
            let params = rest[at + 2..]
                .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                .unwrap();
            assert_eq!(&rest[at + 2 + params..at + 3 + params], "m", "{styled}");
            rest = &rest[at + 3 + params..];
        }
        out + rest
    }
    fn both(dir: &Path, args: &[&str]) -> bool {
        let plain = common::binary()
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        let forced = Command::new(env!("CARGO_BIN_EXE_fluentpress"))
            .env_remove("NO_COLOR")
            .env("CLICOLOR_FORCE", "1")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert_eq!(forced.status.code(), plain.status.code());
        assert_eq!(forced.stderr, plain.stderr);
        let plain = String::from_utf8(plain.stdout).unwrap();
        let forced = String::from_utf8(forced.stdout).unwrap();
        assert_eq!(strip(&forced), plain, "{args:?}");
        assert!(
            !plain.contains(|c: char| c.is_control() && c != '\n'),
            "{plain}"
        );
        forced != plain
    }
    let cases = [
        ("syntax-error", "en"),
        ("duplicate-id", "en"),
        ("repeated-id", "en"),
        ("duplicate-attribute", "en"),
        ("duplicate-variant", "en"),
        ("missing-file", "en"),
        ("obsolete-file", "en"),
        ("missing-value", "en"),
        ("extra-value", "en"),
        ("missing-attribute", "en"),
        ("extra-attribute", "en"),
        ("empty-value", "en"),
        ("unknown-variable", "en"),
        ("dropped-variable", "en"),
        ("unknown-reference", "en"),
        ("obsolete-reference", "en"),
        ("missing-reference", "en"),
        ("extra-reference", "en"),
        ("invalid-plural-key", "en"),
        ("missing-plural-category", "en"),
        ("markup-mismatch", "en"),
        ("invalid-style", "en"),
        ("style-mismatch", "en"),
        ("han-characters", "zh-CN"),
        ("replacement-character", "en"),
        ("language-checks-skipped", "templates"),
        ("identical", "en"),
    ];
    let mut coloured = 0;
    for (case, reference) in cases {
        let dir = format!("{FIXTURES}/{case}");
        for list in [&[][..], &["--list"]] {
            let mut args = vec!["check", "--locales-dir", &dir, "--reference", reference];
            args.extend_from_slice(list);
            coloured += usize::from(both(common::repo(), &args));
        }
    }
    assert!(coloured >= cases.len() * 2 - 4, "{coloured}");

    let tree = tempfile::tempdir().unwrap();
    let long = format!("d = {} {{ $q }}\n", "word ".repeat(40));
    for (path, text) in [
        (
            "en/a\tb.ftl",
            "a = A { $n }\nb =\n    .x = X\nc = C\nd = D\n",
        ),
        (
            "f\x1b[31mr/a\tb.ftl",
            &format!(
                "a = A\x07\x1b[2J\x7f {{ $m }}\nb = {{ $x\n  y\n}}\n\nc = C\u{202e}\u{85}\n{long}"
            ),
        ),
    ] {
        let path = tree.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let dir = tree.path().to_str().unwrap();
    for list in [&[][..], &["--list"]] {
        let mut args = vec!["check", "--locales-dir", dir, "--reference", "en"];
        args.extend_from_slice(list);
        assert!(both(tree.path(), &args));
    }
}
