//! Names that could meet the files a render writes at the top of its output folder (the
//! stylesheet's `assets/`, `404.html`, the icon, `index.html`, the sitemap, the manifest) or
//! in a locale's folder (its list pages): what is refused, with which message, and what cannot
//! collide and why.

use crate::common::Project;

const FACTS: &str = "content/industrial-park-training-2023-facts.toml";
const FACTS_SLUG: &str = "slug = \"industrial-park-training-2023-facts\"";

/// An article's page is `<locale>/<slug>.html`, beside the locale's list pages: a slug
/// `index` or `page-2` would be the same file as a list page, so it is refused when the
/// content is read, naming the file and line, and nothing is written.
#[test]
fn an_article_slug_that_names_a_list_page_is_refused() {
    for slug in ["index", "page-2"] {
        let project = Project::copy();
        project.edit(FACTS, FACTS_SLUG, &format!("slug = \"{slug}\""));
        let out = project.run(&["render"]);
        assert_eq!(out.code, 2, "{}", out.transcript());
        insta::assert_snapshot!(format!("slug_{slug}"), out.transcript());
        assert!(!project.file("dist").exists());
    }
}

/// An article called `assets` is `<locale>/assets.html`, inside each locale's folder: it
/// never meets the stylesheet's folder, `assets/` at the top of the output folder.
#[test]
fn an_article_slug_assets_is_a_page_beside_the_stylesheet() {
    let project = Project::copy();
    project.edit(FACTS, FACTS_SLUG, "slug = \"assets\"");
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(
        out.stdout.starts_with("rendered 34 files into "),
        "{}",
        out.stdout
    );
    let page = project.read("dist/en/assets.html");
    let sheet = std::fs::read_dir(project.file("dist/assets"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect::<Vec<_>>();
    assert_eq!(sheet.len(), 1, "{sheet:?}");
    assert!(sheet[0].starts_with("style.") && sheet[0].ends_with(".css"));
    assert!(page.contains(&format!("href=\"../assets/{}\"", sheet[0])));
}

/// A locale's folder is its tag, and a tag starts with a language of two or three letters
/// (or is two or more subtags joined by hyphens): no tag is `assets`, `favicon` or
/// `index`, and the site's files have a `.` that no tag has.
#[test]
fn a_locale_tag_is_never_the_name_of_a_site_file() {
    let project = Project::copy();
    let before = project.tree();
    let out = project.run(&["add-locale", "assets"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    insta::assert_snapshot!("add_locale_assets", out.transcript());
    assert_eq!(project.tree(), before);

    let config = project.read("fluentpress.toml");
    project.write(
        "fluentpress.toml",
        &format!("{config}\n[locales.assets]\nname = \"Assets\"\nstatus = \"draft\"\n"),
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    insta::assert_snapshot!("config_locale_assets", out.transcript());
    for name in ["favicon", "index", "404.html", "sitemap"] {
        let out = project.run(&["add-locale", name]);
        assert_eq!(out.code, 2, "{name}: {}", out.transcript());
    }
    assert!(!project.file("dist").exists());
}

/// A source configured where a render writes (the lock as `dist/404.html`, the templates in
/// `dist/assets/`, the content in a locale's folder) would be overwritten or mixed with
/// pages: `render` and `pseudo` refuse, naming the line of `fluentpress.toml`, and the
/// source is left as it was.
#[test]
fn a_source_where_render_writes_is_refused_naming_the_config_line() {
    let cases = [
        ("lock", "dist/404.html"),
        ("templates", "dist/assets/theme"),
        ("content", "dist/km/articles"),
        ("lock", "dist/favicon.svg"),
    ];
    for (key, value) in cases {
        let project = Project::copy();
        let set = format!("{key} = \"{value}\"");
        match key {
            "lock" => project.edit("fluentpress.toml", "lock = \"fluentpress.lock\"", &set),
            "content" => project.edit("fluentpress.toml", "content = \"content\"", &set),
            _ => project.edit(
                "fluentpress.toml",
                "[folders]\n",
                &format!("[folders]\n{set}\n"),
            ),
        }
        match key {
            "lock" => {
                std::fs::create_dir_all(project.file("dist")).unwrap();
                std::fs::rename(project.file("fluentpress.lock"), project.file(value)).unwrap();
            }
            "content" => common_move(&project, "content", value),
            _ => std::fs::create_dir_all(project.file(value)).unwrap(),
        }
        let before = project.tree();
        for command in ["render", "pseudo"] {
            let out = project.run(&[command]);
            assert_eq!(out.code, 2, "{command} {value}: {}", out.transcript());
            let name = format!("{command}_{key}_{}", value.replace(['/', '.'], "_"));
            insta::assert_snapshot!(name, out.transcript());
            assert_eq!(project.tree(), before, "{command} {value}");
        }
    }
}

fn common_move(project: &Project, from: &str, to: &str) {
    let to = project.file(to);
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::rename(project.file(from), to).unwrap();
}

/// A project folder called `assets` rendered with `--out ..` would receive the stylesheet
/// (`../assets/style.<hash>.css`) among its sources.
#[test]
fn an_output_folder_whose_stylesheet_folder_is_the_project_is_refused() {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("assets");
    let project = Project::copy();
    crate::common::copy_tree(project.path(), &root);
    let before = crate::common::tree(&root);
    let out = crate::common::run_in(
        &root,
        &["render", "--out", &format!("{}/..", root.display())],
    );
    assert_eq!(out.code, 2, "{}", out.transcript());
    insta::assert_snapshot!("out_parent_of_assets", out.transcript());
    assert_eq!(crate::common::tree(&root), before);
    assert!(!parent.path().join("404.html").exists());
}
