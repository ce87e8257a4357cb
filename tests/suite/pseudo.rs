//! `fluentpress pseudo` as a user sees it: the project in both pseudo-locales, `locales/` and
//! the lock left byte for byte as they were.

use crate::common::Project;

const SLUG: &str = "unido-industrial-park-training-2023";

#[test]
fn renders_both_styles_and_leaves_locales_and_lock_alone() {
    let project = Project::copy();
    let before = project.tree();
    let lock = std::fs::read(project.file("fluentpress.lock")).ok();

    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout
            .starts_with("rendered 4 file(s) of pseudo-locale en-XA into "),
        "{out:?}"
    );
    let out = project.run(&["pseudo", "--style", "bidi"]);
    assert_eq!(out.code, 0, "{out:?}");
    // The stylesheet the pages link was written by the first run.
    assert!(
        out.stdout
            .starts_with("rendered 4 file(s) of pseudo-locale ar-XB into "),
        "{out:?}"
    );
    assert!(
        out.stdout.contains("(3 written, 1 skipped, 0 removed;"),
        "{out:?}"
    );

    let accented = project.read(&format!("dist/en-XA/{SLUG}.html"));
    assert!(accented.contains(r#"<html lang="en-XA" dir="ltr">"#));
    insta::assert_snapshot!("en-XA.html", accented);
    let bidi = project.read(&format!("dist/ar-XB/{SLUG}.html"));
    assert!(bidi.contains(r#"<html lang="ar-XB" dir="rtl">"#));
    assert!(bidi.contains('\u{202E}') && bidi.contains('\u{202C}'));
    insta::assert_snapshot!("ar-XB.html", bidi);

    // Only the two pseudo folders, the stylesheet their pages link and the manifest that
    // records them were added; nothing else changed.
    let after = project.tree();
    let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert!(
        added.iter().all(|k| k.starts_with("dist/en-XA/")
            || k.starts_with("dist/ar-XB/")
            || k.starts_with("dist/assets/style.")
            || *k == "dist/.fluentpress-manifest.json"),
        "{added:?}"
    );
    let sheet = added
        .iter()
        .find_map(|k| k.strip_prefix("dist/").filter(|k| k.starts_with("assets/")))
        .expect("the stylesheet");
    assert!(accented.contains(&format!(r#"<link rel="stylesheet" href="../{sheet}">"#)));
    for (path, text) in &before {
        assert_eq!(after.get(path), Some(text), "{path} changed");
    }
    assert_eq!(std::fs::read(project.file("fluentpress.lock")).ok(), lock);
}

#[test]
fn refuses_an_output_folder_inside_locales() {
    let project = Project::copy();
    let before = project.tree();
    let inside = project.file("locales/en");
    let out = project.run(&["pseudo", "--out", inside.to_str().unwrap()]);
    assert_eq!(out.code, 2, "{out:?}");
    assert_eq!(project.tree(), before);
}

/// The files of the output folder, without the manifest.
fn site(project: &Project, out: &str) -> std::collections::BTreeMap<String, String> {
    let mut files = crate::common::tree(&project.file(out));
    files.remove(".fluentpress-manifest.json");
    files
}

/// pseudo records what it writes in the render manifest, so a later render treats it as its
/// own: a stylesheet only pseudo wrote is removed once the theme's CSS changed, and the
/// pseudo-locale's pages, which no render makes, are removed by a render of every locale. The
/// output folder then equals a clean render's.
#[test]
fn a_later_render_removes_what_pseudo_wrote_once_it_is_stale() {
    let project = Project::copy();
    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    let old_sheet = stylesheets(&project);
    assert_eq!(old_sheet.len(), 1);
    // Marked incomplete only while its files move, complete once they are in place.
    let manifest = project.read("dist/.fluentpress-manifest.json");
    assert!(manifest.contains(r#""complete":true"#), "{manifest}");
    assert!(
        manifest.contains(&format!(r#""en-XA/{SLUG}.html":"#)),
        "{manifest}"
    );

    // A render of one locale leaves the pseudo-locale's pages: they are not in its scope.
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert!(project.file(&format!("dist/en-XA/{SLUG}.html")).exists());

    // The theme's CSS changes: pseudo writes the new stylesheet beside the old one.
    project.write("templates/style.css", "body { color: #222; }\n");
    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    assert_eq!(stylesheets(&project).len(), 2);

    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    insta::assert_snapshot!("render_after_pseudo", out.transcript());
    let sheets = stylesheets(&project);
    assert_eq!(sheets.len(), 1, "{sheets:?}");
    assert_ne!(sheets, old_sheet);
    assert!(!project.file("dist/en-XA").exists());

    let clean = project.run(&["render", "--out", project.file("clean").to_str().unwrap()]);
    assert_eq!(clean.code, 0, "{}", clean.transcript());
    assert_eq!(site(&project, "dist"), site(&project, "clean"));
}

/// The stylesheets in `dist/assets/`.
fn stylesheets(project: &Project) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(project.file("dist/assets"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// A second pseudo run writes only what changed and removes the pages of an article deleted
/// since, as render does; such a page changed by hand is left in place and named.
#[test]
fn pseudo_removes_the_pages_it_no_longer_makes() {
    let project = Project::copy();
    let facts = "content/industrial-park-training-2023-facts.toml";
    let text = project.read(facts);
    let page = "dist/en-XA/industrial-park-training-2023-facts.html";
    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 0, "{}", out.transcript());

    std::fs::remove_file(project.file(facts)).unwrap();
    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    insta::assert_snapshot!("pseudo_after_delete", out.transcript());
    assert!(!project.file(page).exists());

    project.write(facts, &text);
    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    project.write(page, "edited by hand\n");
    std::fs::remove_file(project.file(facts)).unwrap();
    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 0, "{}", out.transcript());
    insta::assert_snapshot!("pseudo_after_delete_edited", out.transcript());
    assert_eq!(project.read(page), "edited by hand\n");
}

/// A project that configures `en-XA` as a real locale: pseudo would write over its pages.
#[test]
fn refuses_a_project_that_configures_the_pseudo_tag() {
    let project = Project::copy();
    let config = project.read("fluentpress.toml");
    project.write(
        "fluentpress.toml",
        &format!("{config}\n[locales.en-XA]\nname = \"Test\"\nstatus = \"draft\"\n"),
    );
    let before = project.tree();
    let out = project.run(&["pseudo"]);
    assert_eq!(out.code, 2, "{}", out.transcript());
    insta::assert_snapshot!("configured_pseudo_tag", out.transcript());
    assert_eq!(project.tree(), before);
}
