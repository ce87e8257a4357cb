//! `fluentpress export` and `import`: the files translators get, the way back, and every
//! refusal leaving the project untouched.

use crate::common::{self, Project};

const ARTICLE: &str = "unido-industrial-park-training-2023";
const ARTICLE_FILE: &str = "unido-industrial-park-training-2023.ftl";

/// The project with two paragraphs of the Khmer article not translated.
fn km_missing_two() -> Project {
    let project = Project::copy();
    let rel = format!("locales/km/{ARTICLE_FILE}");
    project.remove_entry(&rel, "opening");
    project.remove_entry(&rel, "experts");
    project
}

/// Exports with `args` into `name` inside the project folder and returns the file's text.
fn export(project: &Project, name: &str, args: &[&str]) -> String {
    let out = project.file(name);
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out.to_str().unwrap()]);
    let run = project.run(&all);
    assert_eq!(run.code, 0, "{}", run.transcript());
    project.read(name)
}

fn import(project: &Project, name: &str, extra: &[&str]) -> common::Output {
    let path = project.file(name);
    let mut args = vec!["import", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    project.run(&args)
}

/// An import's transcript with the number of entries and the percentage of its coverage lines
/// shown as `[TOTAL]` and `[PCT]`, and a translated count above half of it as `[TOTAL-n]`
/// (they follow the project's text, not the import), after checking that the total is the
/// one `check` reports for `locale`.
fn redacted(project: &Project, locale: &str, run: &common::Output) -> String {
    let check = project.run(&["check", "--locale", locale, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let total = report["locales"][0]["total"].as_u64().unwrap();
    let mut out = String::new();
    for line in run.transcript().split_inclusive('\n') {
        match line
            .strip_prefix("coverage ")
            .and_then(|l| l.split_once('/'))
        {
            Some((head, tail)) => {
                let (n, rest) = tail.split_once(" entries, ").unwrap();
                assert_eq!(n, total.to_string(), "{line}");
                let (_, errors) = rest.split_once(" %, ").unwrap();
                let (label, count) = head.rsplit_once(' ').unwrap();
                let count: u64 = count.parse().unwrap();
                let count = if count * 2 > total {
                    format!("[TOTAL-{}]", total - count)
                } else {
                    count.to_string()
                };
                out.push_str(&format!(
                    "coverage {label} {count}/[TOTAL] entries, [PCT] %, {errors}"
                ));
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The fixture has a term with an attribute, a message with an attribute, a plural with an
/// exact-number variant, a select on a string, string literals, and comments.
#[test]
fn xliff_export_of_a_locale() {
    let project = Project::fixture("handoff");
    let text = export(&project, "km.xlf", &["km"]);
    insta::assert_snapshot!("km.xlf", text);
}

/// Attributes, a select on a string, literal braces and an exact-number variant come back as
/// FTL; the entries already translated are left as they were.
#[test]
fn import_writes_attributes_selects_and_literals() {
    let project = Project::fixture("handoff");
    let text = export(&project, "km.xlf", &["km", "--only", "missing"]);
    let translated = translate_all(&text, "km", |s| s.replace("in", "IN"));
    project.write("km.xlf", &translated);
    let run = import(&project, "km.xlf", &[]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(project.read("locales/km/shop.ftl"), @r#"
    -brand = Firefox
        .gender = masculine

    cart-items = មានទំនិញ { $count } ក្នុងរទេះ

    checkout = Checkout
        .title = Check out with { -brand }

    greeting =
        { $gender ->
            [female] She is signed IN
            [male] He is signed IN
           *[other] Signed IN
        }

    literal = Wrap it IN { "{" } and { "}" }
    "#);
}

#[test]
fn po_export_of_a_locale_with_plurals() {
    let project = Project::fixture("handoff");
    let text = export(&project, "bn.po", &["bn", "--format", "po"]);
    let date = text
        .lines()
        .find(|l| l.starts_with("\"PO-Revision-Date: "))
        .unwrap();
    insta::assert_snapshot!(
        "bn.po",
        text.replace(date, "\"PO-Revision-Date: [DATE]\\n\"")
    );
}

/// Regression: the entry's comment was read from the runtime parse, which drops comments, so
/// no export carried it. The en entry's comment is the note of each of its units, in XLIFF
/// and in PO; where the model (en) has none, the source's (zh-CN) is used.
#[test]
fn export_carries_the_entry_comment_as_a_note() {
    let project = Project::fixture("handoff");
    let xliff = export(&project, "km.xlf", &["km"]);
    let note = "<note from=\"developer\" annotates=\"general\">Number of items.\nVariables:\n  \
                $count (Number) - number of items.</note>";
    assert_eq!(xliff.matches(note).count(), 2, "{xliff}");
    let po = export(&project, "bn.po", &["bn", "--format", "po"]);
    let lines = "#. Number of items.\n#. Variables:\n#.   $count (Number) - number of items.\n";
    assert_eq!(po.matches(lines).count(), 3, "{po}");
    // Exporting en (from zh-CN): the model is the source, with its own comment.
    let en = export(&project, "en.po", &["en", "--format", "po"]);
    assert!(en.contains("#. 商品数量。\n#. Variables:\n"), "{en}");
}

#[test]
fn only_missing_holds_what_check_reports_missing() {
    let project = km_missing_two();
    let text = export(
        &project,
        "km.po",
        &["km", "--format", "po", "--only", "missing"],
    );
    let contexts: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("msgctxt "))
        .collect();
    assert_eq!(
        contexts,
        [
            "\"unido-industrial-park-training-2023.ftl:opening\"",
            "\"unido-industrial-park-training-2023.ftl:experts\""
        ]
    );
}

/// Export then import, changing nothing: every file stays byte for byte, in every locale and
/// both formats.
#[test]
fn round_trip_without_change_is_identity() {
    use fluentpress::handoff::{ExportOptions, Format, Only};
    let project = Project::copy();
    let before = project.tree();
    // Library behaviour: one workspace exports and imports every locale in both formats.
    let mut workspace = fluentpress::Workspace::open(project.path()).unwrap();
    for locale in ["en", "fil", "km", "lo", "bn", "mn", "en-SB", "th", "id"] {
        for (format, ext) in [(Format::Xliff, "xliff"), (Format::Po, "po")] {
            let options = ExportOptions {
                locale: locale.to_owned(),
                format,
                articles: Vec::new(),
                only: Only::All,
                date: "2026-01-01 00:00+0000".to_owned(),
            };
            let export = workspace.export(&options).unwrap();
            let path = project.file(&format!("{locale}.{ext}"));
            std::fs::write(&path, &export.text).unwrap();
            let report = workspace.import(&path, false).unwrap();
            assert!(
                report.written.is_empty() && report.failures.is_empty() && !report.wrote,
                "{locale}.{ext}: {report:?}"
            );
            std::fs::remove_file(path).unwrap();
        }
    }
    assert_eq!(project.tree(), before);
}

/// A translated XLIFF uncomments the entries `add-locale` scaffolded, in place, writes the
/// plural selectors with the target's categories, and leaves everything else as it was.
#[test]
fn import_fills_scaffolded_entries_in_place() {
    let project = Project::copy();
    let added = project.run(&["add-locale", "pl"]);
    assert_eq!(added.code, 0, "{}", added.transcript());
    let rel = format!("locales/pl/{ARTICLE_FILE}");
    let before = project.read(&rel);
    let text = export(
        &project,
        "pl.xlf",
        &["pl", "--only", "missing", "--article", ARTICLE],
    );
    // participants: two numbers, four Polish forms each.
    assert_eq!(text.matches("<trans-unit ").count(), 7 + 16, "{text}");
    let translated = translate_all(&text, "pl", |s| s.replace("the ", "THE "));
    project.write("pl.xlf", &translated);
    let run = import(&project, "pl.xlf", &[]);
    insta::assert_snapshot!(redacted(&project, "pl", &run), @r"
    exit: 0
    --- stdout
    pl: 23 units read, 23 imported, 0 unchanged, 0 untranslated, 0 not imported
    coverage before: 0/[TOTAL] entries, [PCT] %, 0 errors
    coverage after: 8/[TOTAL] entries, [PCT] %, 0 errors
    --- stderr
    ");
    let after = project.read(&rel);
    // Only the `# id = …` lines changed: every other line is still there, in order.
    let kept: Vec<&str> = before
        .lines()
        .filter(|l| !l.starts_with("# ") || l.starts_with("# zh-CN:") || l.starts_with("# en:"))
        .filter(|l| !l.starts_with("#     ") && !l.starts_with("#        "))
        .collect();
    let mut rest = after.lines();
    for line in kept {
        assert!(rest.any(|l| l == line), "lost or moved: {line}");
    }
    assert!(
        after.contains(
            "participants =\n    { $officials ->\n        [one]\n            { $countries ->\n"
        ),
        "{after}"
    );
    let check = project.run(&["check", "--locale", "pl", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let pl = &report["locales"][0];
    assert_eq!(
        pl["missing_entries"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["file"] == ARTICLE_FILE)
            .count(),
        0,
        "{pl}"
    );
    assert_eq!(
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] == "error")
            .count(),
        0,
        "{}",
        check.stdout
    );
}

/// Gives every unit of an XLIFF export a target: its source text (outside the tags) changed by
/// `change`.
fn translate_all(xliff: &str, lang: &str, change: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for line in xliff.split_inclusive('\n') {
        out.push_str(line);
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("<source xml:lang=\"en\">") {
            let inner = rest.trim_end().strip_suffix("</source>").unwrap();
            let mut target = String::new();
            for (i, piece) in inner.split("<ph ").enumerate() {
                if i == 0 {
                    target.push_str(&change(piece));
                } else {
                    let (tag, text) = piece.split_once("</ph>").unwrap();
                    target.push_str("<ph ");
                    target.push_str(tag);
                    target.push_str("</ph>");
                    target.push_str(&change(text));
                }
            }
            out.push_str(&format!(
                "<target xml:lang=\"{lang}\" state=\"translated\">{target}</target>\n"
            ));
        }
    }
    out
}

/// Sets the `msgstr` of the entry with context `id` (the first `msgstr` after it).
fn set_msgstr(po: &str, id: &str, index: Option<usize>, text: &str) -> String {
    let at = po.find(&format!("msgctxt \"{id}\"")).expect(id);
    let field = match index {
        Some(i) => format!("msgstr[{i}] \""),
        None => "msgstr \"".to_owned(),
    };
    let start = at + po[at..].find(&field).unwrap() + field.len();
    let end = start + po[start..].find("\"\n").unwrap();
    format!("{}{}{}", &po[..start], text, &po[end..])
}

#[test]
fn placeables_must_stay_intact() {
    let project = km_missing_two();
    let po = export(
        &project,
        "km.po",
        &["km", "--format", "po", "--only", "missing"],
    );
    let opening = format!("{ARTICLE_FILE}:opening");
    let experts = format!("{ARTICLE_FILE}:experts");
    // opening: one { -unido } dropped and { $count } added; experts is fine.
    let po = set_msgstr(
        &po,
        &opening,
        None,
        "ព្រឹក { -unido } { -snai } ({ -apfdi }) { $count }",
    );
    let po = set_msgstr(&po, &experts, None, "អ្នកជំនាញ {-unido}។");
    project.write("km.po", &po);
    let run = import(&project, "km.po", &[]);
    insta::assert_snapshot!(redacted(&project, "km", &run), @r"
    exit: 1
    --- stdout
    not imported: unido-industrial-park-training-2023.ftl:opening: protected placeables changed: dropped { -unido }; added { $count }
    km: 2 units read, 1 imported, 0 unchanged, 0 untranslated, 1 not imported
    coverage before: [TOTAL-2]/[TOTAL] entries, [PCT] %, 0 errors
    coverage after: [TOTAL-1]/[TOTAL] entries, [PCT] %, 0 errors
    --- stderr
    ");
    let file = project.read(&format!("locales/km/{ARTICLE_FILE}"));
    assert!(file.contains("\nexperts = អ្នកជំនាញ { -unido }។\n"));
    assert!(!file.contains("\nopening ="), "{file}");
}

#[test]
fn an_altered_tag_in_xliff_is_refused() {
    let project = Project::copy();
    let text = export(&project, "th.xlf", &["th"]);
    let altered = text.replacen(
        "<target xml:lang=\"th\" state=\"translated\">เผยแพร่เมื่อ <ph id=\"1\" ctype=\"x-fluent-placeable\" equiv-text=\"{ $date }\">{ $date }</ph>",
        "<target xml:lang=\"th\" state=\"translated\">เผยแพร่ <ph id=\"1\" ctype=\"x-fluent-placeable\" equiv-text=\"{ $data }\">{ $data }</ph>",
        1,
    );
    assert_ne!(altered, text, "the test's target text is out of date");
    project.write("th.xlf", &altered);
    let before = project.tree();
    let run = import(&project, "th.xlf", &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains(
            "not imported: site.ftl:published-on: protected placeables changed: dropped { $date }; added { $data }"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(project.tree(), before);
}

#[test]
fn an_incomplete_plural_group_is_not_written() {
    let project = Project::copy();
    project.remove_entry("locales/bn/site.ftl", "fallback-notice");
    let po = export(
        &project,
        "bn.po",
        &["bn", "--format", "po", "--only", "missing"],
    );
    assert!(po.contains("msgid_plural"), "{po}");
    let one = set_msgstr(
        &po,
        "site.ftl:fallback-notice",
        Some(0),
        "{ $count }টি অংশ { $percent }% { $language } { $shown }",
    );
    project.write("bn.po", &one);
    let before = project.tree();
    let run = import(&project, "bn.po", &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains("not imported: site.ftl:fallback-notice#$count=one: the value's group is incomplete: no translation for [other]"),
        "{}",
        run.stdout
    );
    assert_eq!(project.tree(), before);
    let both = set_msgstr(
        &one,
        "site.ftl:fallback-notice",
        Some(1),
        "{ $count }টি অংশগুলো { $percent }% { $language } { $shown }",
    );
    project.write("bn.po", &both);
    let run = import(&project, "bn.po", &[]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let file = project.read("locales/bn/site.ftl");
    assert!(
        file.ends_with("fallback-notice =\n    { $count ->\n        [one] { $count }টি অংশ { $percent }% { $language } { $shown }\n       *[other] { $count }টি অংশগুলো { $percent }% { $language } { $shown }\n    }\n"),
        "{file}"
    );
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let project = km_missing_two();
    let po = export(
        &project,
        "km.po",
        &["km", "--format", "po", "--only", "missing"],
    );
    let po = set_msgstr(
        &po,
        &format!("{ARTICLE_FILE}:experts"),
        None,
        "អ្នកជំនាញ { -unido }",
    );
    project.write("km.po", &po);
    let before = project.tree();
    let run = import(&project, "km.po", &["--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.contains(&format!("+++ b/km/{ARTICLE_FILE}")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\n+experts = អ្នកជំនាញ { -unido }\n"),
        "{}",
        run.stdout
    );
    assert!(
        redacted(&project, "km", &run).contains("\ncoverage before: ")
            && run.stdout.contains("coverage after (dry run): "),
        "{}",
        run.stdout
    );
    assert_eq!(project.tree(), before);
}

/// Each refusal exits 2 and leaves every file as it was.
fn refused(project: &Project, name: &str, text: &str) -> String {
    project.write(name, text);
    let before = project.tree();
    let run = import(project, name, &[]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert_eq!(project.tree(), before);
    run.stderr
}

#[test]
fn malformed_files_are_refused() {
    let project = Project::copy();
    let xliff = export(&project, "km.xlf", &["km"]);
    let cut = &xliff[..xliff.find("</trans-unit>").unwrap()];
    let err = refused(&project, "cut.xlf", cut);
    assert!(
        err.contains("the document ends inside") || err.contains("not well-formed"),
        "{err}"
    );
    let err = refused(&project, "bad.xlf", &xliff.replace("</source>", "</sourc>"));
    assert!(err.contains("not well-formed XML at line"), "{err}");
    let err = refused(&project, "bad.po", "msgid \"x\nmsgstr \"y\"\n");
    assert!(err.contains("line 1: bad string"), "{err}");
    let err = refused(
        &project,
        "plain.po",
        "msgctxt \"site.ftl:nav-home\"\nmsgid \"Home\"\nmsgstr \"x\"\n",
    );
    assert!(err.contains("no header entry"), "{err}");
}

#[test]
fn files_for_another_project_or_locale_are_refused() {
    let project = Project::copy();
    let xliff = export(&project, "km.xlf", &["km", "--only", "missing"]);
    let err = refused(
        &project,
        "fr-source.xlf",
        &xliff.replace("source-language=\"en\"", "source-language=\"fr\""),
    );
    insta::assert_snapshot!(err.replace(project.path().to_str().unwrap(), "[PROJECT]"), @"error: invalid `[PROJECT]/fr-source.xlf`: it translates from `fr`, but this project hands out en text to translate into km: the file was made for another project");
    let err = refused(
        &project,
        "other.xlf",
        &xliff.replace(
            &format!("original=\"{ARTICLE_FILE}\""),
            "original=\"shop.ftl\"",
        ),
    );
    assert!(
        err.contains("it names `shop.ftl`, which this project's zh-CN source does not have"),
        "{err}"
    );
    let err = refused(
        &project,
        "de.xlf",
        &xliff.replace("target-language=\"km\"", "target-language=\"de\""),
    );
    assert!(err.contains("`de`"), "{err}");
    let err = refused(
        &project,
        "zh.xlf",
        &xliff.replace("target-language=\"km\"", "target-language=\"zh-CN\""),
    );
    assert!(err.contains("is the project's source language"), "{err}");
    let run = project.run(&["export", "xx"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let run = project.run(&["export", "km", "--article", "nope"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("no article `nope`"), "{}", run.stderr);
}
