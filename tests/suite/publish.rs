//! What a site publishes for crawlers, feed readers and social previews, from its base URL:
//! canonical links, Open Graph, JSON-LD, sitemap.xml and a feed per locale. Without a base URL
//! none of it, and one note saying so. (The sitemap and feeds are also run through xmllint and
//! a feed validator by `.ci/site-check.sh`.)

use std::path::PathBuf;

use fluentpress::Workspace;
use fluentpress::catalog::ReadPolicy;
use fluentpress::render::{self, SitemapLimits};

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
    let end = page.find("<link rel=\"stylesheet\"").expect("a stylesheet");
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

/// The `<url>` elements of a sitemap file, in order.
fn urls_of(sitemap: &str) -> Vec<&str> {
    sitemap
        .split("<url>\n")
        .skip(1)
        .map(|u| u.trim_end_matches("</urlset>\n"))
        .collect()
}

/// Renders `project` into `dist` through the library, with sitemap files of at most `limits`.
fn render_with_limits(project: &Project, limits: SitemapLimits) -> render::Report {
    let mut workspace = Workspace::open(project.path()).unwrap();
    let mut options = workspace.render_options();
    options.sitemap = limits;
    workspace.render(&options, &ReadPolicy::default()).unwrap()
}

#[test]
fn a_sitemap_over_the_limits_is_split_into_parts_under_an_index() {
    let project = published();
    let whole = project.file("whole");
    assert_eq!(
        project
            .run(&["render", "--out", whole.to_str().unwrap()])
            .code,
        0
    );
    let whole = project.read("whole/sitemap.xml");
    let limits = SitemapLimits {
        urls: 7,
        bytes: 8_000,
    };
    render_with_limits(&project, limits);
    let index = project.read("dist/sitemap.xml");
    insta::assert_snapshot!("sitemap_index", index);
    let parts = index.matches("<sitemap>").count();
    assert!(parts > 2, "{index}");
    let mut all = Vec::new();
    for n in 1..=parts {
        let part = project.read(&format!("dist/sitemap-{n}.xml"));
        assert!(
            part.len() <= 8_000,
            "sitemap-{n}.xml has {} bytes",
            part.len()
        );
        assert!(urls_of(&part).len() <= 7, "sitemap-{n}.xml");
        all.extend(urls_of(&part).into_iter().map(str::to_owned));
        insta::assert_snapshot!(format!("sitemap_part_{n}"), part);
    }
    assert!(
        !project
            .file(&format!("dist/sitemap-{}.xml", parts + 1))
            .exists()
    );
    assert_eq!(
        all,
        urls_of(&whole),
        "the parts hold the URLs of the whole sitemap, in order"
    );

    // Fewer articles need fewer parts: the rebuild removes those it no longer writes.
    std::fs::remove_file(project.file("content/industrial-park-training-2023-facts.toml")).unwrap();
    let report = render_with_limits(&project, limits);
    let index = project.read("dist/sitemap.xml");
    let fewer = index.matches("<sitemap>").count();
    assert!(fewer < parts, "{index}");
    let gone: Vec<PathBuf> = (fewer + 1..=parts)
        .map(|n| project.file(&format!("dist/sitemap-{n}.xml")))
        .collect();
    for file in &gone {
        assert!(!file.exists(), "{} is left", file.display());
        assert!(report.removed.contains(file), "{:?}", report.removed);
    }
    assert!(project.file(&format!("dist/sitemap-{fewer}.xml")).exists());
    // A second run with nothing changed keeps every file of the sitemap.
    let again = render_with_limits(&project, limits);
    assert!(
        again.written.is_empty() && again.removed.is_empty(),
        "{again:?}"
    );

    // Within the limits again, the sitemap is one file and the parts are gone.
    let report = render_with_limits(&project, SitemapLimits::default());
    assert!(project.read("dist/sitemap.xml").contains("<urlset"));
    for n in 1..=fewer {
        let file = project.file(&format!("dist/sitemap-{n}.xml"));
        assert!(!file.exists() && report.removed.contains(&file), "{n}");
    }
}

#[test]
fn a_sitemap_part_deleted_by_hand_is_written_again() {
    let project = published();
    let limits = SitemapLimits {
        urls: 10,
        bytes: 1_000_000,
    };
    render_with_limits(&project, limits);
    std::fs::remove_file(project.file("dist/sitemap-2.xml")).unwrap();
    let report = render_with_limits(&project, limits);
    assert!(project.file("dist/sitemap-2.xml").exists(), "{report:?}");
    assert!(project.file("dist/sitemap-4.xml").exists(), "{report:?}");
}

/// Records what a run tells its progress indicator: the total, then the last count done.
#[derive(Default)]
struct Counted {
    total: std::sync::atomic::AtomicU64,
    done: std::sync::atomic::AtomicU64,
}

impl render::Progress for Counted {
    fn start(&self, total: u64) {
        self.total
            .store(total, std::sync::atomic::Ordering::Relaxed);
    }

    fn advance(&self, done: u64) {
        self.done
            .fetch_max(done, std::sync::atomic::Ordering::Relaxed);
    }

    fn grow(&self, more: u64) {
        self.total
            .fetch_add(more, std::sync::atomic::Ordering::Relaxed);
    }
}

#[test]
fn the_progress_total_counts_every_file_of_a_split_sitemap() {
    let project = published();
    let limits = SitemapLimits {
        urls: 10,
        bytes: 1_000_000,
    };
    // A full build, then one where every file (the sitemap's parts too) is up to date.
    for _ in 0..2 {
        let mut workspace = Workspace::open(project.path()).unwrap();
        let mut options = workspace.render_options();
        options.sitemap = limits;
        let progress = Counted::default();
        workspace
            .render_with(&options, &ReadPolicy::default(), &progress)
            .unwrap();
        let total = progress.total.into_inner();
        assert_eq!(total, progress.done.into_inner());
        let files = walk_files(&project.file("dist"));
        // Every file but the manifest.
        assert_eq!(total as usize, files - 1);
    }
    assert!(project.file("dist/sitemap-2.xml").exists());
}

fn walk_files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            if path.is_dir() { walk_files(&path) } else { 1 }
        })
        .sum()
}
