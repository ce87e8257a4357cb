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

/// A folder outside the project with an FTL file whose contents must never be printed.
fn outside_secret() -> tempfile::TempDir {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("site.ftl"),
        "root:x:0:0:SECRET-LINE\nsecret-token-4711 = private\n",
    )
    .unwrap();
    outside
}

/// Attack finding: `ln -s /etc/passwd locales/zh-CN/leak.ftl` made `check` print the file's
/// lines in a syntax-error snippet, and its ids in JSON. A linked file whose real path leaves
/// the tree is an unreadable-file finding naming the link; its contents are never read.
#[cfg(unix)]
#[test]
fn linked_files_outside_the_tree_are_named_not_read() {
    let project = Project::copy();
    let outside = outside_secret();
    let secret = outside.path().join("site.ftl");
    symlink(
        secret.to_str().unwrap(),
        &project.file("locales/zh-CN/leak.ftl"),
    );
    symlink(
        secret.to_str().unwrap(),
        &project.file("locales/fil/leak.ftl"),
    );
    // A link that stays inside the tree is read as before.
    std::fs::remove_file(project.file("locales/en-SB/site.ftl")).unwrap();
    symlink("../en/site.ftl", &project.file("locales/en-SB/site.ftl"));
    for format in ["human", "json", "github"] {
        let out = project.run(&["check", "--format", format]);
        let all = out.transcript();
        assert!(!all.contains("SECRET") && !all.contains("4711"), "{all}");
        assert!(
            all.contains("a symbolic link to a file outside the tree; it is not read"),
            "{all}"
        );
        assert!(all.contains("leak.ftl"), "{all}");
        let refusals = all.matches("outside the tree; it is not read").count();
        assert_eq!(refusals, 2, "{format}: {all}");
    }
    let render = project.run(&["render", "--format", "text"]);
    assert!(!render.transcript().contains("SECRET"));
    // Allowed explicitly, the file is read (and its syntax error shown).
    let allowed = project.run(&["check", "--allow-outside-links"]);
    assert!(
        allowed.stdout.contains("SECRET-LINE"),
        "{}",
        allowed.transcript()
    );
}

/// Attack finding: a locale folder that is itself a link (`locales/fil -> /usr`) was walked
/// in full. It is reported as a folder that is not read.
#[cfg(unix)]
#[test]
fn a_linked_locale_folder_outside_the_tree_is_not_walked() {
    let project = Project::copy();
    let outside = outside_secret();
    std::fs::remove_dir_all(project.file("locales/fil")).unwrap();
    symlink(
        outside.path().to_str().unwrap(),
        &project.file("locales/fil"),
    );
    let out = project.run(&["check", "--format", "json"]);
    assert!(!out.stdout.contains("4711"), "{}", out.stdout);
    assert!(
        out.stdout.contains(
            "cannot read the folder: the locale folder is a symbolic link to a folder outside \
             the tree; it is not read"
        ),
        "{}",
        out.stdout
    );
    assert_eq!(out.code, 1, "{}", out.transcript());
}

/// Attack finding: a link to `/dev/zero` named `*.ftl` grew memory without limit, and a FIFO
/// hung `check` and `render` for ever. Only regular files are read, up to a size limit.
#[cfg(unix)]
#[test]
fn devices_fifos_and_oversized_files_are_findings() {
    let project = Project::copy();
    symlink("/dev/zero", &project.file("locales/fil/zero.ftl"));
    let fifo = project.file("locales/km/fifo.ftl");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    project.write("locales/lo/big.ftl", &"big = Big\n".repeat(20));
    let out = project.run(&[
        "check",
        "--format",
        "json",
        "--allow-outside-links",
        "--max-file-size",
        "100",
    ]);
    for expected in [
        "not a regular file but a character device; only regular files are read",
        "not a regular file but a FIFO; only regular files are read",
        "larger than the limit of 100 bytes (--max-file-size); it is not read",
    ] {
        assert!(out.stdout.contains(expected), "{expected}: {}", out.stdout);
    }
    let render = project.run(&["render"]);
    assert_eq!(render.code, 0, "{}", render.transcript());
    // An article that is a FIFO is refused, not waited on.
    let article = project.file("content/fifo.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&article)
        .status()
        .unwrap();
    assert!(made.success());
    let render = project.run(&["render"]);
    assert_eq!(render.code, 2, "{}", render.transcript());
    assert!(
        render
            .stderr
            .contains("content/fifo.toml`: not a regular file"),
        "{}",
        render.stderr
    );
}

/// Attack finding: non-UTF-8 folder names (`x\xff`, `x\xfe`) were merged into one `x�` with
/// a false missing-locale. Each is reported, escaped, as a name that names no locale.
#[cfg(target_os = "linux")]
#[test]
fn folder_names_that_are_not_utf8_are_reported_apart() {
    use std::os::unix::ffi::OsStrExt;
    let tree = tempfile::tempdir().unwrap();
    for name in [&b"en"[..], b"x\xff", b"x\xfe"] {
        let dir = tree.path().join(std::ffi::OsStr::from_bytes(name));
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("a.ftl"), "a = A\n").unwrap();
    }
    let dir = tree.path().to_str().unwrap();
    let out = common::run_in(
        tree.path(),
        &[
            "check",
            "--locales-dir",
            dir,
            "--reference",
            "en",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.code, 1, "{}", out.transcript());
    assert!(!out.stdout.contains("missing-locale"), "{}", out.stdout);
    for name in ["x\\\\xfe", "x\\\\xff"] {
        assert!(
            out.stdout.contains(&format!("\"locale\": \"{name}\"")),
            "{name}: {}",
            out.stdout
        );
    }
    assert_eq!(out.stdout.matches("its name is not valid UTF-8").count(), 2);
}

/// Attack finding: `--locale` and `--reference` accepted `..`, `/` and absolute paths in tree
/// mode (`--locale /` walked the whole file system). They must name a folder of the tree.
#[test]
fn locale_and_reference_must_name_a_folder_of_the_tree() {
    let project = Project::copy();
    let tree = project.file("locales");
    let tree = tree.to_str().unwrap();
    for (flag, value) in [
        ("--locale", "/"),
        ("--locale", ".."),
        ("--locale", "../locales/en"),
        ("--reference", "/etc"),
        ("--reference", "../locales/zh-CN"),
    ] {
        let mut args = vec!["check", "--locales-dir", tree, "--reference", "zh-CN"];
        if flag == "--reference" {
            args[4] = value;
        } else {
            args.extend([flag, value]);
        }
        let out = project.run(&args);
        assert_eq!(out.code, 2, "{flag} {value}: {}", out.transcript());
        assert!(
            out.stderr.contains(&format!(
                "`{value}` does not name a folder in `[PROJECT]/locales`: give the folder's name alone"
            )),
            "{flag} {value}: {}",
            out.stderr
        );
    }
}

/// Lines that GitHub Actions would read as workflow commands (it skips leading blanks), other
/// than the annotations `--format github` writes itself; and raw control characters.
fn forged_lines(output: &str) -> Vec<String> {
    output
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            let command = line
                .strip_prefix("::")
                .map(|rest| rest.split("::").next().unwrap());
            // The tool's own annotations name one file, inside the checked tree.
            let ours = command.is_some_and(|command| {
                let props = command.split_once(' ').map_or("", |(_, props)| props);
                let files: Vec<&str> = props
                    .split(',')
                    .filter(|p| p.starts_with("file="))
                    .collect();
                files.len() == 1 && files[0].starts_with("file=[PROJECT]/tree/")
            });
            (command.is_some() && !ours) || line.chars().any(|c| c.is_control() && c != '\t')
        })
        .map(str::to_owned)
        .collect()
}

/// Attack finding: a folder named `nl\n::error file=README.md,line=1::INJECTED` started a line
/// of its own in the GitHub summary table and in the human `-->` lines, so CI logs showed a
/// forged annotation. Every printed name shows control characters as escapes, in every
/// format, and no line starts with a colon that is not the tool's own annotation.
#[test]
fn names_with_control_characters_cannot_forge_lines() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    let names = [
        "nl\n::error file=README.md,line=1::INJECTED",
        "esc\u{1b}[2J\u{1b}]0;title\u{7}",
        "::warning file=README.md::colon",
        "cr\r::error file=README.md::INJECTED",
    ];
    std::fs::create_dir_all(tree.join("en")).unwrap();
    std::fs::write(tree.join("en/a.ftl"), "a = A\nb = B\n").unwrap();
    for name in names {
        let folder = tree.join(name);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("a.ftl"), "a = A\nc = { oops\n").unwrap();
        std::fs::write(folder.join(format!("{name}.ftl")), "x = X\n").unwrap();
    }
    for format in ["human", "github", "json"] {
        let out = common::run_in(
            dir.path(),
            &[
                "check",
                "--locales-dir",
                tree.to_str().unwrap(),
                "--reference",
                "en",
                "--list",
                "--format",
                format,
            ],
        );
        assert_eq!(out.code, 1, "{format}: {}", out.transcript());
        let forged = forged_lines(&out.transcript());
        assert!(forged.is_empty(), "{format}: {forged:#?}");
        if format == "json" {
            let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
            let locales: Vec<&str> = report["locales"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["locale"].as_str().unwrap())
                .collect();
            for name in names {
                assert!(locales.contains(&name), "{name:?} not in {locales:?}");
            }
        } else {
            assert!(
                out.stdout
                    .contains("nl\\n::error file=README.md,line=1::INJECTED"),
                "{format}: {}",
                out.stdout
            );
        }
    }
    // Errors (which may span lines of their own) quoting a path cannot start a command.
    let out = common::run_in(
        dir.path(),
        &[
            "check",
            "--locales-dir",
            "gone\n::error file=README.md::INJECTED",
            "--reference",
            "en",
        ],
    );
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(forged_lines(&out.transcript()).is_empty(), "{}", out.stderr);
    assert!(
        out.stderr.contains("\n\\x3a:error file=README.md"),
        "{}",
        out.stderr
    );
}
