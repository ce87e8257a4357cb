//! `fluentpress accept` as a user sees it (issue 5): output, exit codes, the lock left alone on error.

use std::fs;
use std::path::Path;

use crate::common::{self, Project};

fn fixture() -> Project {
    Project::fixture("lock/basic")
}

/// Runs `fluentpress --project PROJECT ARGS…`: exit code, stdout and stderr in one text.
fn run(project: &Path, args: &[&str]) -> String {
    common::run_in(project, args).transcript()
}

#[test]
fn first_accept_records_every_locale() {
    let dir = fixture();
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil"]), @r"
    exit: 0
    --- stdout
    no lock file yet: recorded 12 entries in en, fil; existing translations were assumed current
    wrote fluentpress.lock
    --- stderr
    ");
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil"]), @r"
    exit: 0
    --- stdout
    fil: recorded 0 entries, 5 already current
    fluentpress.lock unchanged
    --- stderr
    ");
}

#[test]
fn accept_records_outdated_entries_one_by_one_and_prunes_removed_ones() {
    let dir = fixture();
    run(dir.path(), &["accept", "en"]);
    dir.edit("locales/zh-CN/article.ftl", "五天", "四天");
    dir.edit("locales/zh-CN/article.ftl", "文章标题", "标题");
    dir.edit("locales/zh-CN/site.ftl", "nav-home = 首页\n", "");
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil", "intro"]), @r"
    exit: 0
    --- stdout
    fil: recorded 1 entry, 0 already current, pruned 1
      recorded article.ftl intro (was outdated)
      pruned   site.ftl nav-home (no longer exists)
    wrote fluentpress.lock
    --- stderr
    ");
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil"]), @r"
    exit: 0
    --- stdout
    fil: recorded 1 entry, 3 already current
      recorded article.ftl title.aria-label (was outdated)
    wrote fluentpress.lock
    --- stderr
    ");
}

/// Review finding: the command `check` suggests for an outdated term, `accept fil -unido`,
/// failed with clap's "unexpected argument '-u'".
#[test]
fn accept_takes_term_ids_starting_with_a_hyphen() {
    let dir = fixture();
    run(dir.path(), &["accept", "en"]);
    dir.edit(
        "locales/zh-CN/site.ftl",
        "-unido = 工发组织",
        "-unido = 联合国工发组织",
    );
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil", "-unido"]), @r"
    exit: 0
    --- stdout
    fil: recorded 1 entry, 0 already current
      recorded site.ftl -unido (was outdated)
    wrote fluentpress.lock
    --- stderr
    ");
    // An option after the ids would be taken as an id: it is refused with a hint instead.
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil", "-unido", "--verbose"]), @r"
    exit: 2
    --- stdout
    --- stderr
    error: `--verbose` stands among the entry ids, where it would be read as an id: write options before the locale
    ");
}

#[test]
fn unknown_locale_and_id_are_usage_errors() {
    let dir = fixture();
    insta::assert_snapshot!(run(dir.path(), &["accept", "xx"]), @r"
    exit: 2
    --- stdout
    --- stderr
    error: locale `xx` is not configured in fluentpress.toml (configured: zh-CN, en, fil)
    ");
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil", "breadcrumb-label"]), @r"
    exit: 2
    --- stdout
    --- stderr
    error: `breadcrumb-label` is not a translated entry of locale `fil` (an entry that was removed needs no id: every `accept` prunes records of removed entries)
    ");
    insta::assert_snapshot!(run(dir.path(), &["accept", "zh-CN"]), @r"
    exit: 2
    --- stdout
    --- stderr
    error: `zh-CN` is the source locale: translations are recorded against it, so it has nothing to accept
    ");
    assert!(
        !dir.path().join("fluentpress.lock").exists(),
        "a refused accept writes no lock"
    );
}

#[test]
fn corrupt_lock_is_reported_with_position_and_left_untouched() {
    let dir = fixture();
    run(dir.path(), &["accept", "en"]);
    let path = dir.path().join("fluentpress.lock");
    let text = fs::read_to_string(&path).unwrap();
    let mangled = text.replacen("\"source\":", "\"source\" ", 2);
    fs::write(&path, &mangled).unwrap();
    insta::assert_snapshot!(run(dir.path(), &["accept", "en"]), @r"
    exit: 2
    --- stdout
    --- stderr
    error: invalid `[PROJECT]/fluentpress.lock`: line 2, column 59: expected `:`; fix the line or restore the file from version control (fluentpress never rewrites a lock file it cannot read)
    ");
    assert_eq!(fs::read(&path).unwrap(), mangled.as_bytes());
}

/// Review finding "`accept` prunes everything when a folder is missing": `accept fil` with
/// `locales/fil` moved away pruned every record of fil and exited 0.
#[test]
fn accept_refuses_a_locale_whose_folder_is_missing() {
    let dir = fixture();
    run(dir.path(), &["accept", "en"]);
    let path = dir.path().join("fluentpress.lock");
    let before = fs::read(&path).unwrap();
    fs::rename(dir.path().join("locales/fil"), dir.path().join("fil")).unwrap();
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil"]), @r"
    exit: 2
    --- stdout
    --- stderr
    error: the folder of the locale `fil` (`locales/fil`) does not exist: restore it and run `accept` again (without it every record of `fil` would look removed); the lock was not changed
    ");
    assert_eq!(fs::read(&path).unwrap(), before, "the lock is untouched");
    // A single file that vanished keeps its records, as a broken file does.
    fs::rename(dir.path().join("fil"), dir.path().join("locales/fil")).unwrap();
    fs::remove_file(dir.path().join("locales/fil/site.ftl")).unwrap();
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil"]), @r"
    exit: 0
    --- stdout
    fil: recorded 0 entries, 3 already current
      kept     site.ftl -unido (the file is missing from the locale, but the source has the entry)
      kept     site.ftl nav-home (the file is missing from the locale, but the source has the entry)
    fluentpress.lock unchanged
    --- stderr
    ");
    assert_eq!(fs::read(&path).unwrap(), before, "the lock is untouched");
}

/// Review finding: `accept fil` with the pivot's `intro` hidden by a syntax error recorded
/// fil's `intro` without pivot text, silently clearing "outdated by the pivot"; with
/// `locales/en` moved away it did so for every entry.
#[test]
fn accept_keeps_the_recorded_pivot_text_when_the_pivot_entry_cannot_be_read() {
    let dir = fixture();
    run(dir.path(), &["accept", "en"]);
    let en = "locales/en/article.ftl";
    dir.edit(en, "The five-day", "The 5-day");
    let outdated = |dir: &Path| {
        let out = common::run_in(dir, &["check", "--locale", "fil", "--format", "json"]);
        out.stdout.matches("\"code\": \"outdated\"").count()
    };
    let before = outdated(dir.path());
    assert!(before > 0, "the pivot change shows as outdated");
    let lock = dir.path().join("fluentpress.lock");
    let recorded = fs::read(&lock).unwrap();

    // The entry hidden by a syntax error: its pivot text stays as recorded.
    dir.edit(en, "intro = The 5-day", "intro = { The 5-day");
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil"]), @r"
    exit: 0
    --- stdout
    fil: recorded 0 entries, 5 already current
      kept     article.ftl intro (its en text as recorded: the en entry cannot be read)
    fluentpress.lock unchanged
    --- stderr
    ");
    assert_eq!(fs::read(&lock).unwrap(), recorded, "the lock is untouched");

    // The pivot folder missing: refused, like a missing source folder.
    dir.edit(en, "intro = { The 5-day", "intro = The 5-day");
    fs::rename(dir.path().join("locales/en"), dir.path().join("en")).unwrap();
    insta::assert_snapshot!(run(dir.path(), &["accept", "fil"]), @r"
    exit: 2
    --- stdout
    --- stderr
    error: the folder of the pivot locale `en` (`locales/en`) does not exist: restore it and run `accept` again (without it the records of `fil` could not be compared with the pivot text); the lock was not changed
    ");
    assert_eq!(fs::read(&lock).unwrap(), recorded, "the lock is untouched");

    // Restored, the change still shows.
    fs::rename(dir.path().join("en"), dir.path().join("locales/en")).unwrap();
    assert_eq!(outdated(dir.path()), before);
}

/// Review finding: `accept` runs on different locales at once lost each other's records (each
/// wrote back the lock it had read). Seven at once must all be kept.
#[test]
fn concurrent_accepts_keep_every_record() {
    let project = Project::copy();
    let zh = "locales/zh-CN/unido-industrial-park-training-2023.ftl";
    project.edit(zh, "本次面授培训", "本次线上培训");
    let outdated = || -> Vec<String> {
        let out = project.run(&["check", "--format", "json"]);
        let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        report["locales"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["outdated"].as_u64().unwrap() > 0)
            .map(|l| l["locale"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        outdated(),
        ["bn", "en", "en-SB", "fil", "id", "km", "lo", "mn", "th"]
    );
    let accepted = ["bn", "en", "fil", "id", "km", "lo", "mn"];
    common::run_at_once(project.path(), "accept", &accepted);
    assert_eq!(outdated(), ["en-SB", "th"]);
}

/// Issue 5, item 5: a page marks the passages whose source changed since they were accepted.
#[test]
fn render_marks_outdated_passages() {
    let dir = Project::copy();
    fs::remove_file(dir.file("fluentpress.lock")).unwrap();
    let accepted = run(dir.path(), &["accept", "en"]);
    assert!(accepted.starts_with("exit: 0"), "{accepted}");
    dir.edit(
        "locales/zh-CN/unido-industrial-park-training-2023.ftl",
        "本次面授培训",
        "这次面授培训",
    );
    let out = dir.path().join("out");
    let rendered = run(dir.path(), &["render", "--out", out.to_str().unwrap()]);
    assert!(rendered.starts_with("exit: 0"), "{rendered}");
    let page = fs::read_to_string(
        dir.path()
            .join("out/en/unido-industrial-park-training-2023.html"),
    )
    .unwrap();
    assert_eq!(page.matches("data-outdated=\"true\"").count(), 1, "{page}");
    let marked = page.split("data-outdated=\"true\">").nth(1).unwrap();
    assert!(
        marked.starts_with("The “Industrial Park"),
        "the intro is marked: {marked}"
    );
    assert!(page.contains("One passage of this translation may be out of date"));
    assert!(
        page.contains(
            "<p>Passages that may be out of date are marked with a thin dashed line in the margin.</p>"
        ),
        "the notices explain the mark: {page}"
    );
    // The source page is never outdated.
    let source = fs::read_to_string(
        dir.path()
            .join("out/zh-CN/unido-industrial-park-training-2023.html"),
    )
    .unwrap();
    assert!(!source.contains("data-outdated=\"true\""));
}
