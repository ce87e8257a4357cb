//! `fluentpress check` on a copy of the repository's own project: defects found by user tests,
//! each pinned by the finding it guards.

use serde_json::Value;

use crate::common::Project;

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

/// User-test finding: the `unrecorded` note gave only a count, so the entries could not be
/// found. The JSON now lists them (`unrecorded_entries`, after `unrecorded`), `--list` shows
/// them, and the one note per locale names the first few.
#[test]
fn unrecorded_entries_are_listed() {
    let project = Project::copy();
    let file = "locales/en-SB/unido-industrial-park-training-2023.ftl";
    // As if these had been translated since the last `accept`.
    project.forget_in_lock(
        "en-SB",
        "unido-industrial-park-training-2023.ftl",
        &["title", "intro", "gratitude", "background"],
    );
    let line = |id: &str| {
        let text = project.read(file);
        1 + text
            .lines()
            .position(|l| l.starts_with(&format!("{id} = ")))
            .unwrap()
    };
    let raw = project.run(&["check", "--locale", "en-SB", "--format", "json"]);
    // The new field comes right after `unrecorded`, last of the locale.
    assert!(
        raw.stdout
            .contains("\"unrecorded\": 4,\n      \"unrecorded_entries\": ["),
        "{}",
        raw.stdout
    );
    let (_, report) = json(&project, &["--locale", "en-SB"]);
    let en_sb = &report["locales"][0];
    let items: Vec<(String, String, u64)> = en_sb["unrecorded_entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap().to_owned(),
                e["id"].as_str().unwrap().to_owned(),
                e["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let article = "unido-industrial-park-training-2023.ftl".to_owned();
    let expected: Vec<_> = ["background", "gratitude", "intro", "title"]
        .iter()
        .map(|id| (article.clone(), (*id).to_owned(), line(id) as u64))
        .collect();
    assert_eq!(items, expected);

    let out = project.run(&["check", "--locale", "en-SB", "--list"]);
    assert_eq!(
        out.stdout.matches("note[unrecorded]").count(),
        1,
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(
            "= unrecorded: `background`, `gratitude`, `intro` and 1 more (`--list` shows them all, with their lines)"
        ),
        "{}",
        out.stdout
    );
    let listing = format!(
        "en-SB unrecorded (4):\n  {article}\n    background (line {})\n    gratitude (line {})\n    intro (line {})\n    title (line {})\n",
        line("background"),
        line("gratitude"),
        line("intro"),
        line("title"),
    );
    assert!(out.stdout.contains(&listing), "{}", out.stdout);
}

/// User-test finding: a translation using an article variable (`$published`, `$officials`)
/// in a message whose reference text does not use it got `unknown-variable` (exit 1), though
/// the renderer passes every article variable to every message of the article's file. Those
/// are now known; a shared file (site.ftl) gets no article variables, so there the finding
/// stays.
#[test]
fn article_variables_are_known_in_the_articles_file() {
    let project = Project::copy();
    let article = "locales/fil/unido-industrial-park-training-2023.ftl";
    project.edit(
        article,
        "\ngratitude = ",
        "\ngratitude = { $published }, { $officials }: ",
    );
    let (code, report) = json(&project, &["--locale", "fil"]);
    let unknown: Vec<_> = codes(&report)
        .into_iter()
        .filter(|(_, c)| c == "unknown-variable")
        .collect();
    assert!(unknown.is_empty(), "{report}");
    assert_eq!(code, 0, "{report}");

    project.edit(
        "locales/fil/site.ftl",
        "\nbreadcrumb-label = ",
        "\nbreadcrumb-label = { $officials } ",
    );
    let (code, report) = json(&project, &["--locale", "fil"]);
    let unknown: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unknown-variable")
        .map(|d| (d["file"].as_str().unwrap(), d["id"].as_str().unwrap()))
        .collect();
    assert_eq!(unknown, [("site.ftl", "breadcrumb-label")]);
    assert_eq!(code, 1);
}

/// Attack finding: `check` exited 0 when an article could not be read or parsed
/// (`slug = ` in `content/bad.toml`), while docs/check.md promised exit 2. Without the article,
/// the variables its messages get are unknown and the check would judge them wrongly: it is a
/// failure (exit 2), as documented.
#[test]
fn an_article_that_cannot_be_read_or_parsed_fails_the_check() {
    let project = Project::copy();
    project.write("content/bad.toml", "slug = \n");
    let out = project.run(&["check"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr
            .starts_with("error: invalid `[PROJECT]/content/bad.toml`: "),
        "{}",
        out.stderr
    );
    std::fs::write(project.file("content/bad.toml"), b"slug = \"caf\xe9\"\n").unwrap();
    let out = project.run(&["check"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr
            .starts_with("error: failed to read `[PROJECT]/content/bad.toml`: not UTF-8"),
        "{}",
        out.stderr
    );
}

/// User test finding: an `add-locale` entry uncommented but left in English was not counted
/// as identical when its plural variants differ from the pivot's (each repeats `[other]`).
#[test]
fn an_uncommented_untranslated_scaffold_entry_is_identical() {
    let project = Project::copy();
    assert_eq!(project.run(&["add-locale", "ar"]).code, 0);
    let file = "locales/ar/unido-industrial-park-training-2023.ftl";
    let text = project.read(file);
    let start = text.find("\n# participants =").expect("scaffolded") + 1;
    let end = text[start..].find("\n\n").map_or(text.len(), |i| start + i);
    let block: Vec<&str> = text[start..end]
        .lines()
        .map(|l| l.strip_prefix("# ").unwrap_or(l))
        .collect();
    project.write(
        file,
        &format!("{}{}{}", &text[..start], block.join("\n"), &text[end..]),
    );
    let out = project.run(&["check", "--locale", "ar", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let locale = &json["locales"][0];
    assert_eq!(locale["translated"], 1, "{}", out.stdout);
    assert_eq!(
        locale["identical_entries"][0]["id"], "participants",
        "{}",
        out.stdout
    );
}

/// A project's pages load the shared file with each article's file into one bundle: an id of
/// the shared file defined again in the article's file is a `duplicate-id` error there. A file
/// no page loads with the article's meets it in no bundle: the same id there is only a note.
#[test]
fn ids_repeated_in_one_bundle_are_errors_and_elsewhere_a_note() {
    let project = Project::copy();
    let article = "locales/fil/unido-industrial-park-training-2023.ftl";
    let text = project.read(article);
    project.write(article, &format!("{text}\n-unido = UNIDO\n"));
    project.write("locales/fil/notes.ftl", "title = Pamagat\n");

    let (code, report) = json(&project, &["--locale", "fil"]);
    assert_eq!(code, 1);
    let found: Vec<(&str, Option<&str>)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "duplicate-id" || d["code"] == "repeated-id")
        .map(|d| (d["code"].as_str().unwrap(), d["file"].as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("repeated-id", None),
            (
                "duplicate-id",
                Some("unido-industrial-park-training-2023.ftl")
            )
        ]
    );
    let messages: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("`-unido` is already defined at site.ftl:")),
        "{messages:?}"
    );
}
