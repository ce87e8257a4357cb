//! What readers see around the text (issue 14): fallback marks that are explained and never on
//! the page's frame, a home page per locale, the language chooser, the switcher at the top, the
//! not-found page and the icon, Markdown front matter, and plain text that reads as it looks.
//! The browser check (`.ci/browser-check.sh`) measures the typography these pages get.

use crate::common::Project;

const SLUG: &str = "unido-industrial-park-training-2023";
const KM_ARTICLE: &str = "locales/km/unido-industrial-park-training-2023.ftl";

fn page(project: &Project, locale: &str, ext: &str) -> String {
    project.read(&format!("dist/{locale}/{SLUG}.{ext}"))
}

/// Issue 14: the dotted border landed on breadcrumb items, dates and the notices themselves,
/// and was never explained.
#[test]
fn fallback_passages_are_marked_and_explained_and_the_frame_never() {
    let project = Project::copy();
    project.remove_entry(KM_ARTICLE, "experts");
    // A site string of the frame falls back too.
    project.remove_entry("locales/km/site.ftl", "nav-belt-and-road");
    let out = project.run(&["render", "--locale", "km"]);
    assert_eq!(out.code, 0, "{out:?}");
    let html = page(&project, "km", "html");
    assert!(
        html.contains(r#"<p lang="en" data-fallback="en">A team of international experts"#),
        "{html}"
    );
    assert_eq!(
        html.matches("data-fallback=\"").count(),
        1,
        "only the passage is marked: {html}"
    );
    assert!(
        html.contains(r#"<li lang="en">Belt and Road</li>"#),
        "a breadcrumb item in another language keeps its lang, unmarked: {html}"
    );
    let notices = &html[html.find(r#"<div class="notices""#).unwrap()..];
    let notices = &notices[..notices.find("</div>").unwrap()];
    assert!(
        notices.contains("<p>ផ្នែកដែលបង្ហាញជាភាសាផ្សេង ត្រូវបានសម្គាល់ដោយបន្ទាត់ស្តើងមួយនៅរឹមទំព័រ។</p>"),
        "the notices explain the mark, in Khmer: {notices}"
    );
}

/// When every passage of the article falls back, a mark beside each would tell nothing apart.
#[test]
fn a_page_whose_every_passage_falls_back_marks_none() {
    let project = Project::copy();
    project.write("locales/en-SB/unido-industrial-park-training-2023.ftl", "");
    let out = project.run(&["render", "--locale", "en-SB"]);
    assert_eq!(out.code, 0, "{out:?}");
    let html = page(&project, "en-SB", "html");
    assert!(html.contains(r#"<h1 lang="en">UNIDO"#), "{html}");
    assert!(!html.contains("data-fallback=\""), "{html}");
    assert!(!html.contains("marked with a thin line"), "{html}");
    assert!(
        html.contains("have not yet been translated into Solomon Islands English"),
        "the notice still says so: {html}"
    );
}

/// Issue 14: `index.html` was zh-CN only and every locale's "Home" led there.
#[test]
fn each_locale_has_its_own_home_and_the_root_lets_readers_choose() {
    let project = Project::copy();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");

    let km_home = project.read("dist/km/index.html");
    assert!(
        km_home.contains("<title>ខ្សែក្រវ៉ាត់ និងផ្លូវ</title>"),
        "{km_home}"
    );
    // The site's name once, in the header; the heading says what the page lists.
    assert_eq!(km_home.matches("ខ្សែក្រវ៉ាត់ និងផ្លូវ<").count(), 2, "{km_home}");
    assert!(
        km_home.contains(r#"<h1 id="articles-label">អត្ថបទ</h1>"#),
        "{km_home}"
    );
    let km = page(&project, "km", "html");
    assert!(
        km.contains(r#"<li><a href="index.html">ទំព័រដើម</a></li>"#),
        "Home leads to the locale's home: {km}"
    );

    let root = project.read("dist/index.html");
    assert!(!root.contains("http-equiv"), "no redirect: {root}");
    assert!(!root.contains("<script"), "no script: {root}");
    // Each language with the site's name and its coverage in that language.
    for (tag, name, site, coverage) in [
        ("km", "ខ្មែរ", "ខ្សែក្រវ៉ាត់ និងផ្លូវ", "បានបកប្រែ 100%"),
        ("en", "English", "Belt and Road", "100% translated"),
        ("bn", "বাংলা", "বেল্ট অ্যান্ড রোড", "১০০% অনূদিত"),
    ] {
        assert!(
            root.contains(&format!(
                r#"<li><a href="{tag}/index.html" hreflang="{tag}" lang="{tag}" dir="ltr">{name}</a>
<span class="about"><span lang="{tag}">{site}</span> · <span class="coverage" lang="{tag}">{coverage}</span></span></li>"#
            )),
            "{tag}: {root}"
        );
    }
    // The list's heading in every wording the site has, each in its language.
    for heading in [
        "<span>语言</span>",
        r#"<span lang="en">Languages</span>"#,
        r#"<span lang="km">ភាសា</span>"#,
        r#"<span lang="id">Bahasa</span>"#,
    ] {
        assert!(root.contains(heading), "{heading}: {root}");
    }
    assert_eq!(
        root.matches(">Languages<").count(),
        1,
        "en-SB's is en's: {root}"
    );

    let not_found = project.read("dist/404.html");
    for text in [
        "<h1>找不到页面</h1>",
        "Page not found",
        "រកមិនឃើញទំព័រ",
        "ไม่พบหน้านี้",
    ] {
        assert!(not_found.contains(text), "{text}: {not_found}");
    }
    assert!(
        not_found.contains(r#"<a href="lo/index.html" hreflang="lo" lang="lo">ໜ້າຫຼັກ</a>"#),
        "{not_found}"
    );
    assert!(project.read("dist/favicon.svg").starts_with("<svg "));
    assert!(root.contains(r#"<link rel="icon" type="image/svg+xml" href="favicon.svg">"#));
    assert!(km.contains(r#"<link rel="icon" type="image/svg+xml" href="../favicon.svg">"#));
}

/// With a base URL the not-found page's links are absolute: a server shows it at any address.
#[test]
fn the_not_found_page_links_absolutely_under_a_base_url() {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"\n",
        "pivot = \"en\"\nbase-url = \"https://news.example.org/asia/\"\n",
    );
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    let not_found = project.read("dist/404.html");
    assert!(
        not_found.contains(r#"href="https://news.example.org/asia/favicon.svg""#),
        "{not_found}"
    );
    assert!(
        not_found.contains(r#"<a href="https://news.example.org/asia/en/index.html" hreflang="en" lang="en">Home</a>"#),
        "{not_found}"
    );
}

/// Issue 14: the switcher was at the very bottom and left out the current language.
#[test]
fn the_switcher_is_at_the_top_and_marks_the_current_language() {
    let project = Project::copy();
    let out = project.run(&["render", "--locale", "en", "--locale", "km"]);
    assert_eq!(out.code, 0, "{out:?}");
    for (locale, current) in [
        (
            "en",
            r#"hreflang="en" lang="en" dir="ltr" aria-current="true">English</a>"#,
        ),
        (
            "km",
            r#"hreflang="km" lang="km" dir="ltr" aria-current="true">ខ្មែរ</a>"#,
        ),
    ] {
        for html in [
            page(&project, locale, "html"),
            project.read(&format!("dist/{locale}/index.html")),
        ] {
            let switcher = html.find(r#"<nav class="languages""#).unwrap();
            assert!(switcher < html.find("<main>").unwrap(), "{locale}: {html}");
            assert_eq!(html.matches("aria-current=\"true\"").count(), 1, "{html}");
            assert!(html.contains(current), "{locale}: {html}");
            assert!(!html.contains("<script"), "{locale}: no script");
        }
    }
}

/// Issue 14: Markdown had no front matter for other static-site tools, and "Home" no link.
#[test]
fn markdown_starts_with_front_matter_that_escapes_its_values() {
    let project = Project::copy();
    project.edit(
        "locales/en/unido-industrial-park-training-2023.ftl",
        "title = { -unido } and",
        "title = \"Quoted\": { -unido } and",
    );
    let out = project.run(&["render", "--locale", "en", "--format", "markdown"]);
    assert_eq!(out.code, 0, "{out:?}");
    let md = page(&project, "en", "md");
    let mut lines = md.lines();
    assert_eq!(lines.next(), Some("---"));
    assert_eq!(
        lines.next(),
        Some(
            r#"title: "\"Quoted\": UNIDO and the Shanghai National Accounting Institute jointly organized the Industrial Park Leadership Training Programme for the Asia-Pacific Region""#
        )
    );
    assert_eq!(lines.next(), Some("date: 2023-07-28"));
    assert_eq!(lines.next(), Some("lang: en"));
    assert_eq!(lines.next(), Some("translations:"));
    assert_eq!(
        lines.next(),
        Some(r#"  "zh-CN": "../zh-CN/unido-industrial-park-training-2023.md""#)
    );
    assert!(
        md.contains("\n---\n\n[Home](index\\.html) / Belt and Road / Key Urban Fields\n"),
        "{md}"
    );
}

/// Issue 14: the title's underline was 72 `=` whatever the title's width.
#[test]
fn the_text_title_is_underlined_to_its_display_width() {
    let project = Project::copy();
    let out = project.run(&["render", "--locale", "zh-CN", "--format", "text"]);
    assert_eq!(out.code, 0, "{out:?}");
    let text = page(&project, "zh-CN", "txt");
    let lines: Vec<&str> = text.lines().collect();
    let title = lines[2];
    assert_eq!(
        title,
        "工发组织与上海国家会计学院联合举办亚太地区工业园区领导力培训项目"
    );
    assert_eq!(
        lines[3],
        "=".repeat(2 * title.chars().count()),
        "wide characters count two"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("注：")),
        "the notice starts with the locale's word for a note: {text}"
    );
}

/// Isolation marks stay where directions do differ: a left-to-right name in right-to-left text.
#[test]
fn text_keeps_isolation_where_directions_differ() {
    let project = Project::copy();
    let config = project.read("fluentpress.toml");
    project.write(
        "fluentpress.toml",
        &format!("{config}\n[locales.ar]\nname = \"العربية\"\nstatus = \"draft\"\n"),
    );
    project.write("locales/ar/site.ftl", "source-line = المصدر: { $source }\n");
    let out = project.run(&["render", "--locale", "ar", "--format", "text"]);
    assert_eq!(out.code, 0, "{out:?}");
    let text = page(&project, "ar", "txt");
    assert!(
        text.contains(
            "المصدر: \u{2068}United Nations Industrial Development Organization (UNIDO)\u{2069}"
        ),
        "{text}"
    );
}
