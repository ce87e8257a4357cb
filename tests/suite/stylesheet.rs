//! The site's stylesheet: one file, `assets/style.<hash>.css`, written once per build and
//! linked from every HTML page; a file of the manifest like the pages (kept while unchanged,
//! replaced and removed when the theme's CSS changes).

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::{Project, tree};

const SLUG: &str = "unido-industrial-park-training-2023";

/// The stylesheets under `out/assets/`, by name.
fn stylesheets(out: &Path) -> Vec<String> {
    tree(&out.join("assets"))
        .into_keys()
        .filter(|name| name.starts_with("style.") && name.ends_with(".css"))
        .collect()
}

/// The one stylesheet of `out`, relative to it.
fn the_stylesheet(out: &Path) -> String {
    let sheets = stylesheets(out);
    assert_eq!(sheets.len(), 1, "{sheets:?}");
    format!("assets/{}", sheets[0])
}

fn link(href: &str) -> String {
    format!(r#"<link rel="stylesheet" href="{href}">"#)
}

#[test]
fn every_kind_of_page_links_the_one_stylesheet() {
    let project = Project::copy();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let dist = project.file("dist");
    let sheet = the_stylesheet(&dist);
    // Named after its content: 8 hex digits.
    let hash = sheet
        .strip_prefix("assets/style.")
        .and_then(|s| s.strip_suffix(".css"))
        .unwrap();
    assert!(
        hash.len() == 8 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "{sheet}"
    );
    let css = project.read(&format!("dist/{sheet}"));
    assert!(css.contains(":where(:lang(km))"), "{css}");
    assert!(css.contains("@media (prefers-color-scheme: dark)"), "{css}");
    // Every HTML page links it relatively, so that the site works from disk, and none
    // carries the rules inline.
    let pages = tree(&dist);
    let mut html = 0;
    for (path, text) in &pages {
        if !path.ends_with(".html") {
            continue;
        }
        html += 1;
        let href = if path.contains('/') {
            format!("../{sheet}")
        } else {
            sheet.clone()
        };
        assert!(text.contains(&link(&href)), "{path}: {text}");
        assert!(!text.contains("<style"), "{path}: {text}");
    }
    assert!(html > 20, "{html} pages");
    for page in [
        format!("km/{SLUG}.html"),
        "km/index.html".to_owned(),
        "index.html".to_owned(),
        "404.html".to_owned(),
    ] {
        assert!(pages.contains_key(&page), "{page}");
    }
    // Markdown and text pages link nothing.
    let plain = project.file("plain");
    let out = project.run(&[
        "render",
        "--format",
        "markdown",
        "--format",
        "text",
        "--out",
        plain.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(plain.join("km").exists());
    assert!(!plain.join("assets").exists());
}

/// A server shows `404.html` at any address: with a base URL its stylesheet link is absolute.
#[test]
fn the_not_found_page_links_the_stylesheet_absolutely_under_a_base_url() {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"\n",
        "pivot = \"en\"\nbase-url = \"https://news.example.org/asia/\"\n",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let sheet = the_stylesheet(&project.file("dist"));
    let not_found = project.read("dist/404.html");
    assert!(
        not_found.contains(&link(&format!("https://news.example.org/asia/{sheet}"))),
        "{not_found}"
    );
    let km = project.read(&format!("dist/km/{SLUG}.html"));
    assert!(km.contains(&link(&format!("../{sheet}"))), "{km}");
}

/// The modification time and inode of a file.
#[cfg(unix)]
fn identity(path: &Path) -> (u64, std::time::SystemTime) {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).unwrap();
    (meta.ino(), meta.modified().unwrap())
}

#[cfg(unix)]
#[test]
fn a_rebuild_leaves_the_stylesheet_alone_until_the_css_changes() {
    let project = Project::copy();
    assert_eq!(project.run(&["render"]).code, 0);
    let dist = project.file("dist");
    let sheet = the_stylesheet(&dist);
    let before = identity(&dist.join(&sheet));

    // Nothing changed: not written again.
    let again = project.run(&["render"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert!(again.stdout.contains("(0 written"), "{}", again.stdout);
    assert_eq!(identity(&dist.join(&sheet)), before);

    // Another template changed: the pages are rebuilt, the stylesheet (same text) is not.
    let article = project.file("templates/article.html");
    std::fs::create_dir_all(article.parent().unwrap()).unwrap();
    let default_article = include_str!("../../src/theme/default/article.html");
    std::fs::write(
        &article,
        default_article.replace("<main>", "<main class=\"story\">"),
    )
    .unwrap();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        project
            .read(&format!("dist/km/{SLUG}.html"))
            .contains("<main class=\"story\">")
    );
    assert_eq!(the_stylesheet(&dist), sheet);
    assert_eq!(identity(&dist.join(&sheet)), before);

    // The CSS changed: a new file under a new name, linked from every page; the old one goes.
    let default_css = include_str!("../../src/theme/default/style.css");
    project.write(
        "templates/style.css",
        &format!("{default_css}main.story {{ font-size: 1.05rem; }}\n"),
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let new_sheet = the_stylesheet(&dist);
    assert_ne!(new_sheet, sheet);
    assert!(!dist.join(&sheet).exists());
    assert!(
        project
            .read(&format!("dist/{new_sheet}"))
            .ends_with("main.story { font-size: 1.05rem; }\n")
    );
    for (path, text) in tree(&dist) {
        if path.ends_with(".html") {
            assert!(text.contains(&new_sheet), "{path}");
            assert!(!text.contains(&sheet), "{path}");
        }
    }
    // And the site is what a clean build gives.
    let clean = project.file("clean");
    let run = project.run(&["render", "--out", clean.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    let strip = |mut files: BTreeMap<String, String>| {
        files.remove(".fluentpress-manifest.json");
        files
    };
    assert_eq!(strip(tree(&dist)), strip(tree(&clean)));
}

/// Themes written for inline styles keep working: a template's `style` block is still printed
/// in a `<style>` element of its page, after the stylesheet's link.
#[test]
fn a_templates_style_block_stays_inline() {
    let project = Project::copy();
    let list = include_str!("../../src/theme/default/list.html").replace(
        "{% block body %}",
        "{% block style %}\nul.articles > li { margin-block-end: 2rem; }\n{% endblock %}\n{% block body %}",
    );
    project.write("templates/list.html", &list);
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let sheet = the_stylesheet(&project.file("dist"));
    let km = project.read("dist/km/index.html");
    let expected = format!(
        "{}\n<style>\nul.articles > li {{ margin-block-end: 2rem; }}\n</style>\n</head>",
        link(&format!("../{sheet}"))
    );
    assert!(km.contains(&expected), "{km}");
    // The other pages have no style element.
    let article = project.read(&format!("dist/km/{SLUG}.html"));
    assert!(!article.contains("<style"), "{article}");
}

/// A `base.html` of its own, with its rules inline and no link, still renders.
#[test]
fn a_base_template_with_inline_rules_still_renders() {
    let project = Project::copy();
    project.write(
        "templates/base.html",
        "<!DOCTYPE html>\n<html lang=\"{{ lang }}\" dir=\"{{ dir }}\">\n<head>\n\
         <meta charset=\"utf-8\">\n<title>{% block title %}{% endblock %}</title>\n\
         {% block head %}{% endblock %}\n<style>\nbody { margin: 2rem; }\n\
         {% block style %}{% endblock %}\n</style>\n</head>\n<body>\n\
         {% block body %}{% endblock %}\n</body>\n</html>\n",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let km = project.read(&format!("dist/km/{SLUG}.html"));
    assert!(km.contains("<style>\nbody { margin: 2rem; }\n"), "{km}");
    assert!(!km.contains("rel=\"stylesheet\""), "{km}");
}
