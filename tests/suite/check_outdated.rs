//! `fluentpress check` with the project's lock (issue 5): a changed source sentence makes its
//! translations outdated in every locale that has one, a changed translation is updated, and
//! `accept` clears them locale by locale. Runs on a copy of the repository's own project.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::Project;

const ARTICLE_ZH: &str = "locales/zh-CN/unido-industrial-park-training-2023.ftl";
const ARTICLE_EN: &str = "locales/en/unido-industrial-park-training-2023.ftl";
const ARTICLE_FIL: &str = "locales/fil/unido-industrial-park-training-2023.ftl";
const ARTICLE: &str = "unido-industrial-park-training-2023.ftl";

/// Every locale with a translation of the article's `intro`: all but the source.
const TRANSLATED: [&str; 9] = ["bn", "en", "en-SB", "fil", "id", "km", "lo", "mn", "th"];

fn json(project: &Project, args: &[&str]) -> Value {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = project.run(&all);
    assert!(out.code == 0 || out.code == 1, "{}", out.transcript());
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

fn locale<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == name)
        .unwrap_or_else(|| panic!("{name} not in the report"))
}

/// The locales whose `list` (`outdated_entries` or `updated_entries`) names `id`.
fn locales_listing(report: &Value, list: &str, id: &str) -> BTreeSet<String> {
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l[list].as_array().unwrap().iter().any(|e| e["id"] == id))
        .map(|l| l["locale"].as_str().unwrap().to_owned())
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn the_committed_lock_records_every_locale_as_current() {
    let project = Project::copy();
    let report = json(&project, &[]);
    assert_eq!(report["lock"], "fluentpress.lock");
    for l in report["locales"].as_array().unwrap() {
        assert_eq!(l["outdated"], 0, "{l}");
        assert_eq!(l["updated"], 0, "{l}");
    }
}

/// Issue 5, "Done when": changing a sentence of the Chinese article names exactly the
/// translations that now need work, in every locale.
#[test]
fn a_changed_chinese_sentence_is_outdated_in_every_locale_that_translated_it() {
    let project = Project::copy();
    project.edit(ARTICLE_ZH, "本次面授培训", "本次线上培训");

    let report = json(&project, &[]);
    assert_eq!(
        locales_listing(&report, "outdated_entries", "intro"),
        set(&TRANSLATED)
    );
    for name in TRANSLATED {
        let l = locale(&report, name);
        assert_eq!(l["outdated"], 1, "{name}: only intro changed");
        assert_eq!(l["updated"], 0, "{name}");
        let item = &l["outdated_entries"][0];
        assert_eq!(item["file"], ARTICLE);
        assert!(item.get("attribute").is_none(), "{item}");
        let old = item["old_source"].as_str().unwrap();
        let new = item["new_source"].as_str().unwrap();
        assert!(
            old.contains("本次面授培训") && new.contains("本次线上培训"),
            "{item}"
        );
        assert_eq!(
            old.replace("面授", "线上"),
            new,
            "the old text is the one translated"
        );
        // The pivot did not move; the pivot itself has no pivot text.
        assert_eq!(item["old_pivot"], item["new_pivot"], "{name}");
        assert_eq!(item.get("old_pivot").is_none(), name == "en", "{item}");
    }
    let outdated: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "outdated")
        .collect();
    assert_eq!(outdated.len(), TRANSLATED.len());
    assert!(outdated.iter().all(|d| d["severity"] == "warning"));

    // What a Filipino translator sees.
    let out = project.run(&["check", "--locale", "fil"]);
    assert_eq!(out.code, 0, "outdated is a warning: {}", out.transcript());
    insta::assert_snapshot!(out.transcript());
}

#[test]
fn accept_clears_an_outdated_entry_in_one_locale_only() {
    let project = Project::copy();
    project.edit(ARTICLE_ZH, "本次面授培训", "本次线上培训");
    let accepted = project.run(&["accept", "fil", "intro"]);
    assert_eq!(accepted.code, 0, "{}", accepted.transcript());

    let report = json(&project, &[]);
    let rest: Vec<&str> = TRANSLATED.into_iter().filter(|l| *l != "fil").collect();
    assert_eq!(
        locales_listing(&report, "outdated_entries", "intro"),
        set(&rest)
    );
    assert_eq!(locale(&report, "fil")["outdated"], 0);

    // One by one: accepting the others clears them all.
    for name in rest {
        assert_eq!(project.run(&["accept", name, "intro"]).code, 0);
    }
    let report = json(&project, &[]);
    assert!(locales_listing(&report, "outdated_entries", "intro").is_empty());
}

#[test]
fn an_edited_translation_is_updated_not_outdated() {
    let project = Project::copy();
    project.edit(ARTICLE_FIL, "harapang pagsasanay", "pagsasanay");

    let report = json(&project, &["--locale", "fil"]);
    let fil = locale(&report, "fil");
    assert_eq!(fil["outdated"], 0);
    assert_eq!(fil["updated"], 1);
    let item = &fil["updated_entries"][0];
    assert_eq!(item["id"], "intro");
    assert_eq!(item["old_source"], item["new_source"]);
    let diagnostic = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "updated")
        .unwrap();
    assert_eq!(diagnostic["severity"], "note");
    assert_eq!(diagnostic["id"], "intro");

    let out = project.run(&["check", "--locale", "fil"]);
    assert_eq!(out.code, 0);
    insta::assert_snapshot!(out.transcript());
    assert_eq!(project.run(&["accept", "fil", "intro"]).code, 0);
    assert_eq!(
        locale(&json(&project, &["--locale", "fil"]), "fil")["updated"],
        0
    );
}

#[test]
fn a_changed_pivot_outdates_the_locales_translated_from_it() {
    let project = Project::copy();
    project.edit(
        ARTICLE_EN,
        "The face-to-face training",
        "The in-person training",
    );

    let report = json(&project, &[]);
    let from_pivot: Vec<&str> = TRANSLATED.into_iter().filter(|l| *l != "en").collect();
    assert_eq!(
        locales_listing(&report, "outdated_entries", "intro"),
        set(&from_pivot)
    );
    // English itself was edited: its translation awaits review.
    assert_eq!(
        locales_listing(&report, "updated_entries", "intro"),
        set(&["en"])
    );
    let item = &locale(&report, "th")["outdated_entries"][0];
    assert_eq!(item["old_source"], item["new_source"]);
    assert!(
        item["old_pivot"]
            .as_str()
            .unwrap()
            .contains("The face-to-face training"),
        "{item}"
    );
    assert!(
        item["new_pivot"]
            .as_str()
            .unwrap()
            .contains("The in-person training"),
        "{item}"
    );

    let out = project.run(&["check", "--locale", "th"]);
    assert!(
        out.stdout.contains(
            "= en: … $programme-dates }. The [-face-to-face-]{+in-person+} training brought …"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("the en text of `intro` changed since this translation was accepted"),
        "{}",
        out.stdout
    );
}

#[test]
fn outdated_as_missing_lowers_the_coverage_and_trips_the_threshold() {
    let project = Project::copy();
    project.edit(ARTICLE_ZH, "本次面授培训", "本次线上培训");

    let plain = project.run(&["check", "--locale", "fil", "--min-coverage", "100"]);
    assert_eq!(plain.code, 0, "{}", plain.transcript());

    let strict = project.run(&[
        "check",
        "--locale",
        "fil",
        "--min-coverage",
        "100",
        "--outdated-as-missing",
    ]);
    assert_eq!(strict.code, 1, "{}", strict.transcript());
    assert!(strict.stdout.contains("97.87%"), "{}", strict.stdout);
    assert!(strict.stdout.contains("below 100%"), "{}", strict.stdout);
    assert!(
        strict
            .stdout
            .contains("1 outdated (counted as missing), 0 updated, 1 below the minimum coverage"),
        "{}",
        strict.stdout
    );
    let report = json(&project, &["--locale", "fil", "--outdated-as-missing"]);
    assert_eq!(report["outdated_as_missing"], true);
    let fil = locale(&report, "fil");
    assert_eq!(fil["coverage"], 97.87);
    assert_eq!(fil["translated"], 47, "the entry is still there");

    // The same from fluentpress.toml.
    let config = project.read("fluentpress.toml");
    project.write(
        "fluentpress.toml",
        &config.replacen(
            "pivot = \"en\"\n",
            "pivot = \"en\"\noutdated-as-missing = true\n",
            1,
        ),
    );
    let configured = project.run(&["check", "--locale", "fil", "--min-coverage", "100"]);
    assert_eq!(configured.code, 1, "{}", configured.transcript());
}

#[test]
fn a_corrupt_lock_stops_the_check_and_is_left_untouched() {
    let project = Project::copy();
    let text = project.read("fluentpress.lock");
    let mangled = text.replacen("\"id\":", "\"id\" ", 1);
    project.write("fluentpress.lock", &mangled);

    let out = project.run(&["check"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.starts_with(
            "error: invalid `[PROJECT]/fluentpress.lock`: line 2, column 70: expected `:`"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(project.read("fluentpress.lock"), mangled);
}

/// Issue 5: a project without a lock records the current state once, and says so.
#[test]
fn the_first_check_records_every_locale_once() {
    let project = Project::copy();
    let committed = project.read("fluentpress.lock");
    std::fs::remove_file(project.file("fluentpress.lock")).unwrap();

    // Checking one locale still records all of them.
    let out = project.run(&["check", "--locale", "fil"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    insta::assert_snapshot!(out.stderr, @r"
    note: no lock file yet: recorded 442 entries in en, fil, km, lo, bn, mn, en-SB, th, id; existing translations were assumed current
    note: wrote fluentpress.lock; commit it with the project
    ");
    assert_eq!(project.read("fluentpress.lock"), committed);

    let again = project.run(&["check", "--locale", "fil"]);
    assert_eq!(again.stderr, "", "recorded once");
}

/// Review finding: with no lock and no source folder, the first check recorded nothing, wrote
/// a lock of no entries, then failed with "reference folder not found"; afterwards nothing was
/// ever outdated. A check that fails (exit 2) now writes no lock, and the next one that runs
/// records every locale.
#[test]
fn a_failing_first_check_writes_no_lock() {
    let project = Project::copy();
    let committed = project.read("fluentpress.lock");
    std::fs::remove_file(project.file("fluentpress.lock")).unwrap();
    let source = project.file("locales/zh-CN");
    let aside = project.file("zh-CN.aside");
    std::fs::rename(&source, &aside).unwrap();

    let out = project.run(&["check"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(
        out.stderr.contains("reference folder `zh-CN` not found"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("no lock file yet"), "{}", out.stderr);
    assert!(!project.file("fluentpress.lock").exists());

    // `--locale` naming the source is a usage error, before anything is recorded.
    std::fs::rename(&aside, &source).unwrap();
    let out = project.run(&["check", "--locale", "zh-CN"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    assert!(!project.file("fluentpress.lock").exists());

    let out = project.run(&["check", "--locale", "fil"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert_eq!(project.read("fluentpress.lock"), committed);
}

#[test]
fn github_annotations_carry_the_diff() {
    let project = Project::copy();
    project.edit(ARTICLE_ZH, "本次面授培训", "本次线上培训");
    let out = project.run(&["check", "--locale", "km", "--format", "github"]);
    assert_eq!(out.code, 0);
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains("title=outdated"))
        .unwrap();
    assert!(
        line.starts_with("::warning file=[PROJECT]/locales/km/"),
        "{line}"
    );
    assert!(
        line.ends_with("%0Azh-CN: …在中国上海举行。本次[-面授-]{+线上+}培训汇聚了亚太地区发展中…"),
        "{line}"
    );
}

/// Outside a project there is no lock: no outdated column, no lock file written.
#[test]
fn tree_mode_has_no_lock() {
    let project = Project::copy();
    std::fs::remove_file(project.file("fluentpress.lock")).unwrap();
    let out = project.run(&[
        "check",
        "--locales-dir",
        project.file("locales").to_str().unwrap(),
        "--reference",
        "zh-CN",
        "--locale",
        "fil",
    ]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(!out.stdout.contains("outdated"), "{}", out.stdout);
    assert!(!project.file("fluentpress.lock").exists());
}

/// An entry counts once however many of its parts changed; each part is listed with its
/// attribute and its own diff.
#[test]
fn an_entry_with_a_changed_value_and_attribute_counts_once() {
    let dir = Project::fixture("lock/basic");
    let first = dir.run(&["check", "--locale", "fil"]);
    assert_eq!(first.code, 0, "{}", first.transcript());
    dir.edit(
        "locales/zh-CN/article.ftl",
        "领导力培训班",
        "领导力培训项目",
    );
    dir.edit("locales/zh-CN/article.ftl", "文章标题", "标题");

    let out = dir.run(&["check", "--locale", "fil"]);
    insta::assert_snapshot!(out.transcript());
    let out = dir.run(&["check", "--locale", "fil", "--format", "json"]);
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    let fil = locale(&report, "fil");
    assert_eq!(fil["outdated"], 1);
    let items = fil["outdated_entries"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert!(items[0].get("attribute").is_none());
    assert_eq!(items[1]["attribute"], "aria-label");
    assert_eq!(items[1]["old_source"], "文章标题");
    assert_eq!(items[1]["new_source"], "标题");
}

#[test]
fn country_name_overrides_are_neither_missing_nor_obsolete() {
    let project = Project::copy();
    assert!(
        project
            .read("locales/en/site.ftl")
            .contains("\n-country-PH = the Philippines\n")
    );
    let out = project.run(&[
        "check", "--format", "json", "--locale", "en", "--locale", "fil",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    for locale in json["locales"].as_array().unwrap() {
        assert_eq!(locale["obsolete"], 0, "{locale}");
        assert_eq!(locale["missing"], 0, "{locale}");
    }
}

/// Translations made since the last `accept` cannot become outdated until they are recorded:
/// `check` counts them and says so once per locale.
#[test]
fn translations_made_since_the_last_accept_are_counted_unrecorded() {
    let project = Project::copy();
    // As if en-SB's `title` had been translated since the last `accept`.
    project.forget_in_lock("en-SB", ARTICLE, &["title"]);
    let out = project.run(&["check", "--locale", "en-SB", "--format", "json"]);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["locales"][0]["unrecorded"], 1, "{}", out.stdout);
    let human = project.run(&["check", "--locale", "en-SB"]);
    assert!(
        human.stdout.starts_with(
            "note[unrecorded]: 1 entry was translated since the last `fluentpress accept en-SB`"
        ),
        "{}",
        human.stdout
    );
    assert_eq!(project.run(&["accept", "en-SB", "title"]).code, 0);
    let json: Value = serde_json::from_str(
        &project
            .run(&["check", "--locale", "en-SB", "--format", "json"])
            .stdout,
    )
    .unwrap();
    assert_eq!(json["locales"][0]["unrecorded"], 0);
}
