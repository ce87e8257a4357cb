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
            .starts_with("rendered 3 file(s) of pseudo-locale ar-XB into "),
        "{out:?}"
    );

    let accented = project.read(&format!("dist/en-XA/{SLUG}.html"));
    assert!(accented.contains(r#"<html lang="en-XA" dir="ltr">"#));
    insta::assert_snapshot!("en-XA.html", accented);
    let bidi = project.read(&format!("dist/ar-XB/{SLUG}.html"));
    assert!(bidi.contains(r#"<html lang="ar-XB" dir="rtl">"#));
    assert!(bidi.contains('\u{202E}') && bidi.contains('\u{202C}'));
    insta::assert_snapshot!("ar-XB.html", bidi);

    // Only the two pseudo folders and the stylesheet their pages link were added; nothing
    // else changed.
    let after = project.tree();
    let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert!(
        added.iter().all(|k| k.starts_with("dist/en-XA/")
            || k.starts_with("dist/ar-XB/")
            || k.starts_with("dist/assets/style.")),
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
