//! `fluentpress new-article`: the files a new article starts with, and every refusal leaving
//! the project as it was.

use crate::common::Project;

#[test]
fn creates_the_article_its_source_text_and_skeletons_for_every_locale() {
    let project = Project::copy();
    let before = project.tree();
    let out = project.run(&["new-article", "programme-notes", "--date", "2023-08-01"]);
    assert_eq!(out.code, 0, "{out:?}");
    insta::assert_snapshot!("new_article_cli", out.transcript());
    let after = project.tree();
    let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert_eq!(added.len(), 11, "{added:?}");
    assert!(
        before.iter().all(|(k, v)| after.get(k) == Some(v)),
        "an existing file changed"
    );
    insta::assert_snapshot!(
        "new_article_toml",
        project.read("content/programme-notes.toml")
    );
    insta::assert_snapshot!(
        "new_article_source",
        project.read("locales/zh-CN/programme-notes.ftl")
    );
    insta::assert_snapshot!(
        "new_article_km",
        project.read("locales/km/programme-notes.ftl")
    );

    // The article is live at once: its pages fall back to the source text, and check counts
    // its messages missing in the other locales, without calling the shared ids duplicates.
    let render = project.run(&["render", "--locale", "km"]);
    assert_eq!(render.code, 0, "{render:?}");
    assert!(
        render
            .stderr
            .contains("fallback: km programme-notes: `title` is missing in km, shown in zh-CN"),
        "{}",
        render.stderr
    );
    let page = project.read("dist/km/programme-notes.html");
    assert!(
        // Every passage falls back, so none is marked (the notice says so).
        page.contains(r#"<h1 lang="zh-CN">(title)</h1>"#),
        "{page}"
    );
    let check = project.run(&["check", "--locale", "km", "--format", "json"]);
    assert!(!check.stdout.contains("duplicate-id"), "{}", check.stdout);
    assert!(
        check.stdout.contains("programme-notes.ftl"),
        "{}",
        check.stdout
    );
}

/// Runs `new-article ARGS`, expecting a refusal (exit 2) that names why and writes nothing.
fn refused(project: &Project, args: &[&str]) -> String {
    let before = project.tree();
    let mut all = vec!["new-article"];
    all.extend_from_slice(args);
    let out = project.run(&all);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
    assert_eq!(project.tree(), before, "{args:?} changed the project");
    out.stderr
}

#[test]
fn unsafe_slugs_are_refused_and_nothing_is_written() {
    let project = Project::copy();
    for slug in ["../escape", "a/b", "Programme", "a--b", "a-", "a.b", ""] {
        let stderr = refused(&project, &[slug, "--date", "2023-08-01"]);
        assert!(stderr.contains("is not a safe slug"), "{slug}: {stderr}");
        assert!(stderr.contains("nothing was written"), "{slug}: {stderr}");
    }
    insta::assert_snapshot!(refused(&project, &["../escape"]), @"error: cannot create article `../escape`\n  caused by: `../escape` is not a safe slug: use lowercase ASCII letters and digits in words joined by single hyphens, at most 100 characters (like `programme-fact-sheet`); nothing was written");
    insta::assert_snapshot!(refused(&project, &["page-2"]), @"error: cannot create article `page-2`\n  caused by: `page-2` is the name of a page the site generates (index, feed, sitemap, page-N); nothing was written");
}

#[test]
fn an_existing_slug_or_text_and_a_bad_date_are_refused_and_nothing_is_written() {
    let project = Project::copy();
    insta::assert_snapshot!(
        refused(&project, &["unido-industrial-park-training-2023"]),
        @"error: cannot create article `unido-industrial-park-training-2023`\n  caused by: `[PROJECT]/content/unido-industrial-park-training-2023.toml` already exists; nothing was written"
    );
    // Text a translator already wrote for this slug is never replaced.
    project.write("locales/th/programme-notes.ftl", "title = ข้อความ\n");
    insta::assert_snapshot!(refused(&project, &["programme-notes"]), @"error: cannot create article `programme-notes`\n  caused by: `[PROJECT]/locales/th/programme-notes.ftl` already exists (an article's text would be replaced); nothing was written");
    insta::assert_snapshot!(refused(&project, &["other-notes", "--date", "2023-02-29"]), @"error: cannot create article `other-notes`\n  caused by: `2023-02-29` is not a date: write it as YYYY-MM-DD, like 2023-07-28; nothing was written");
}
