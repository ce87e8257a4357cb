//! Listing pages per locale and the home page: newest first, paginated, each article marked
//! with how much of it the locale translates.

use crate::common::Project;

/// The `<main>` element of a page (the stylesheet is the default theme's and snapshotted with
/// the article pages).
fn main_of(page: &str) -> &str {
    let start = page.find("<main>").expect("a <main> element");
    let end = page.find("</main>").expect("its end") + "</main>".len();
    &page[start..end]
}

#[test]
fn lists_are_newest_first_paginated_and_mark_untranslated_articles() {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"\n",
        "pivot = \"en\"\npage-size = 1\n",
    );
    project.remove_entry(
        "locales/km/unido-industrial-park-training-2023.ftl",
        "experts",
    );
    let created = project.run(&["new-article", "programme-notes", "--date", "2023-08-01"]);
    assert_eq!(created.code, 0, "{created:?}");
    let out = project.run(&["render", "--locale", "km", "--locale", "zh-CN"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout.starts_with("rendered 16 files into"),
        "3 articles × 2 locales, 3 listing pages × 2 locales, the language chooser, the not-found page, the icon, the stylesheet: {}",
        out.stdout
    );
    insta::assert_snapshot!("km_page_1", main_of(&project.read("dist/km/index.html")));
    insta::assert_snapshot!("km_page_2", main_of(&project.read("dist/km/page-2.html")));
    insta::assert_snapshot!("km_page_3", main_of(&project.read("dist/km/page-3.html")));
    let zh = project.read("dist/zh-CN/index.html");
    assert!(
        zh.contains(r#"<a href="programme-notes.html">(title)</a></p>"#),
        "the source locale's own article carries no mark: {zh}"
    );
    insta::assert_snapshot!("home", main_of(&project.read("dist/index.html")));
}

#[test]
fn a_page_size_of_zero_is_refused() {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"\n",
        "pivot = \"en\"\npage-size = 0\n",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert_eq!(
        out.stderr,
        "error: invalid `[PROJECT]/fluentpress.toml`: `page-size` must be at least 1\n"
    );
}
