//! What a site publishes for crawlers, feed readers and social previews, from its base URL:
//! canonical links, Open Graph, JSON-LD, sitemap.xml and a feed per locale. Without a base URL
//! none of it, and one note saying so. (The sitemap and feeds are also run through xmllint and
//! a feed validator by `.ci/site-check.sh`.)

use crate::common::Project;

const SLUG: &str = "unido-industrial-park-training-2023";
const EN_FTL: &str = "locales/en/unido-industrial-park-training-2023.ftl";

/// The repository's project published at an address.
fn published() -> Project {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"\n",
        "pivot = \"en\"\nbase-url = \"https://news.example.org/asia\"\n",
    );
    project
}

/// From `<head>` to the stylesheet: the metadata of a page.
fn head_of(page: &str) -> &str {
    let start = page.find("<head>").expect("a head");
    let end = page.find("<style>").expect("a stylesheet");
    &page[start..end]
}

#[test]
fn a_base_url_gives_canonical_links_social_metadata_a_sitemap_and_feeds() {
    let project = published();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stderr, "", "no note when the base URL is set");
    let en = project.read(&format!("dist/en/{SLUG}.html"));
    insta::assert_snapshot!("en_head", head_of(&en));
    let zh = project.read(&format!("dist/zh-CN/{SLUG}.html"));
    assert!(
        !zh.contains("translationOfWork"),
        "the original is no translation"
    );
    assert!(
        !zh.contains("\"translator\""),
        "zh-CN credits no translator"
    );
    assert!(zh.contains("<meta property=\"og:locale\" content=\"zh_CN\">"));
    insta::assert_snapshot!("sitemap", project.read("dist/sitemap.xml"));
    insta::assert_snapshot!("km_feed", project.read("dist/km/feed.xml"));
    let list = project.read("dist/km/index.html");
    assert!(
        list.contains(r#"<link rel="alternate" type="application/atom+xml" href="https://news.example.org/asia/km/feed.xml">"#),
        "{list}"
    );
}

#[test]
fn a_translation_cannot_end_the_json_ld_script_or_an_attribute() {
    let project = published();
    let title = project.read(EN_FTL);
    let line = title
        .lines()
        .find(|l| l.starts_with("title = "))
        .expect("a title")
        .to_owned();
    project.edit(
        EN_FTL,
        &line,
        "title = </script><script>alert(\"x\")</script> & 'q' <!--",
    );
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    let html = project.read(&format!("dist/en/{SLUG}.html"));
    assert_eq!(
        html.matches("</script>").count(),
        1,
        "only the JSON-LD element's own end tag: {html}"
    );
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(
        html.contains(r#""headline": "\u003c/script\u003e\u003cscript\u003ealert(\"x\")\u003c/script\u003e \u0026 \u0027q\u0027 \u003c!--","#),
        "{html}"
    );
    assert!(
        html.contains(r#"<meta property="og:title" content="&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;!--">"#),
        "{html}"
    );
    let feed = project.read("dist/en/feed.xml");
    assert!(
        feed.contains("<title>&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos; &lt;!--</title>"),
        "{feed}"
    );
}

#[test]
fn without_a_base_url_links_stay_relative_and_one_note_says_so() {
    let project = Project::copy();
    let out = project.run(&["render", "--format", "html", "--format", "markdown"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        out.stderr.matches("note: no base-url").count(),
        1,
        "{}",
        out.stderr
    );
    assert!(!project.file("dist/sitemap.xml").exists());
    assert!(!project.file("dist/en/feed.xml").exists());
    let en = project.read(&format!("dist/en/{SLUG}.html"));
    for absent in ["canonical", "og:", "ld+json", "https://"] {
        assert!(
            !en.contains(absent),
            "{absent} in a page without a base URL"
        );
    }
    assert!(en.contains("<meta name=\"description\" content=\"The “Industrial Park"));
}

#[test]
fn a_base_url_that_is_not_an_absolute_address_is_refused() {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"\n",
        "pivot = \"en\"\nbase-url = \"news.example.org\"\n",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{out:?}");
    insta::assert_snapshot!(out.stderr, @"error: invalid `[PROJECT]/fluentpress.toml`: `base-url = \"news.example.org\"`: write an absolute http or https address without query or fragment, like \"https://example.org/news/\"");
}
