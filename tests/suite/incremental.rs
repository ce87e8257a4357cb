//! Incremental builds through the output folder's manifest: what a second run builds, writes
//! and removes, and that a missing, corrupt or interrupted manifest never gives a wrong site.
//!
//! A file that is written again is renamed into place from a temporary created while the old
//! file still existed, so it gets a new inode: comparing inodes tells exactly which files a run
//! wrote, without relying on clocks. (Not for the manifest, written twice in a run: its second
//! temporary may get the first one's inode back.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common::{Project, tree};

const SLUG: &str = "unido-industrial-park-training-2023";
const FACTS: &str = "industrial-park-training-2023-facts";
const MANIFEST: &str = ".fluentpress-manifest.json";

/// The repository's project with a base URL, so that feeds and the sitemap are built too.
fn site() -> Project {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"",
        "pivot = \"en\"\nbase-url = \"https://news.example.org/\"",
    );
    project
}

/// Every file under `root` with its inode, but the manifest.
#[cfg(unix)]
fn inodes(root: &Path) -> BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    tree(root)
        .into_keys()
        .filter(|rel| rel != MANIFEST)
        .map(|rel| {
            let ino = std::fs::metadata(root.join(&rel)).unwrap().ino();
            (rel, ino)
        })
        .collect()
}

/// The files whose inode changed (written again), appeared or disappeared.
#[cfg(unix)]
fn changed(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> BTreeSet<String> {
    let names: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    names
        .into_iter()
        .filter(|n| before.get(*n) != after.get(*n))
        .cloned()
        .collect()
}

/// The closing line's counts: (written, skipped, removed).
fn counts(stdout: &str) -> (usize, usize, usize) {
    let line = stdout.lines().last().unwrap_or_default();
    let inner = line
        .split_once(" (")
        .and_then(|(_, rest)| rest.split_once(';'))
        .map(|(counts, _)| counts)
        .unwrap_or_else(|| panic!("no counts in {line:?}"));
    let numbers: Vec<usize> = inner
        .split(", ")
        .map(|part| part.split(' ').next().unwrap().parse().unwrap())
        .collect();
    (numbers[0], numbers[1], numbers[2])
}

/// A clean build of `project` into a new folder, as a tree.
fn clean_build(project: &Project) -> BTreeMap<String, String> {
    let out = project.file("clean");
    let run = project.run(&["render", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{run:?}");
    let built = tree(&out);
    std::fs::remove_dir_all(&out).unwrap();
    built
}

#[cfg(unix)]
#[test]
fn a_second_run_builds_and_writes_nothing() {
    let project = site();
    let first = project.run(&["render"]);
    assert_eq!(first.code, 0, "{first:?}");
    let (written, skipped, removed) = counts(&first.stdout);
    assert_eq!((skipped, removed), (0, 0), "{}", first.stdout);
    let before = inodes(&project.file("dist"));
    let again = project.run(&["render"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert_eq!(counts(&again.stdout), (0, written, 0), "{}", again.stdout);
    assert_eq!(
        again.stderr, first.stderr,
        "the second run reports the same"
    );
    assert!(
        changed(&before, &inodes(&project.file("dist"))).is_empty(),
        "the second run wrote files"
    );
}

#[cfg(unix)]
#[test]
fn editing_one_message_rewrites_exactly_the_files_that_show_it() {
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    let before = inodes(&project.file("dist"));
    let ftl = format!("locales/fil/{SLUG}.ftl");
    let text = project.read(&ftl);
    let line = text.lines().find(|l| l.starts_with("title = ")).unwrap();
    project.edit(&ftl, line, &format!("{line} (binago)"));
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let written = changed(&before, &inodes(&project.file("dist")));
    // The article's page, the locale's home page that lists its title, and the feed that
    // carries it.
    let expected: BTreeSet<String> = [
        format!("fil/{SLUG}.html"),
        "fil/index.html".to_owned(),
        "fil/feed.xml".to_owned(),
    ]
    .into_iter()
    .collect();
    assert_eq!(written, expected);
    assert_eq!(counts(&out.stdout).0, 3, "{}", out.stdout);
    assert!(
        project
            .read(&format!("dist/fil/{SLUG}.html"))
            .contains("(binago)")
    );
    // And the result is what a clean build gives.
    let mut built = tree(&project.file("dist"));
    let mut clean = clean_build(&project);
    built.remove(MANIFEST);
    clean.remove(MANIFEST);
    assert_eq!(built, clean);
}

#[cfg(unix)]
#[test]
fn a_message_no_page_shows_rebuilds_pages_but_writes_none() {
    let project = site();
    assert_eq!(project.run(&["render", "--format", "markdown"]).code, 0);
    let before = inodes(&project.file("dist"));
    // `breadcrumb-label` is only in HTML pages' markup; the Markdown pages do not show it.
    let manifest = project.read(&format!("dist/{MANIFEST}"));
    project.edit(
        "locales/km/site.ftl",
        "\nbreadcrumb-label = ",
        "\nbreadcrumb-label = x",
    );
    let out = project.run(&["render", "--format", "markdown"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(counts(&out.stdout).0, 0, "{}", out.stdout);
    // The km pages were built again (their inputs changed) but not written; the manifest
    // records their new inputs.
    assert!(changed(&before, &inodes(&project.file("dist"))).is_empty());
    assert_ne!(project.read(&format!("dist/{MANIFEST}")), manifest);
    // The next run finds every input recorded.
    let again = project.run(&["render", "--format", "markdown"]);
    let (written, _, removed) = counts(&again.stdout);
    assert_eq!((written, removed), (0, 0), "{}", again.stdout);
}

#[test]
fn deleting_an_article_removes_its_pages_and_keeps_a_hand_placed_file() {
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    assert!(project.file(&format!("dist/en/{FACTS}.html")).exists());
    project.write("dist/en/about.html", "<p>written by hand</p>\n");
    project.write("dist/robots.txt", "User-agent: *\n");
    std::fs::remove_file(project.file(&format!("content/{FACTS}.toml"))).unwrap();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let locales = 10;
    assert_eq!(counts(&out.stdout).2, locales, "{}", out.stdout);
    let left: Vec<String> = tree(&project.file("dist"))
        .into_keys()
        .filter(|p| p.contains(FACTS))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(
        project.read("dist/en/about.html"),
        "<p>written by hand</p>\n"
    );
    assert_eq!(project.read("dist/robots.txt"), "User-agent: *\n");
    let mut built = tree(&project.file("dist"));
    let mut clean = clean_build(&project);
    built.remove(MANIFEST);
    clean.remove(MANIFEST);
    built.remove("en/about.html");
    built.remove("robots.txt");
    assert_eq!(built, clean);
}

#[test]
fn deleting_a_locale_removes_its_folder_unless_a_person_put_a_file_there() {
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    project.write("dist/mn/notes.txt", "mine\n");
    project.edit(
        "fluentpress.toml",
        "[locales.lo]\nname = \"ລາວ\"\nstatus = \"draft\"\n",
        "",
    );
    project.edit(
        "fluentpress.toml",
        "[locales.mn]\nname = \"Монгол\"\nstatus = \"draft\"\n",
        "",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(!project.file("dist/lo").exists(), "lo's folder is left");
    let mn: Vec<String> = tree(&project.file("dist/mn")).into_keys().collect();
    assert_eq!(mn, ["notes.txt"]);
}

#[test]
fn a_stale_page_changed_by_hand_is_left_and_reported() {
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    let page = format!("dist/km/{FACTS}.html");
    project.write(&page, "<p>annotated by an editor</p>\n");
    std::fs::remove_file(project.file(&format!("content/{FACTS}.toml"))).unwrap();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(project.read(&page), "<p>annotated by an editor</p>\n");
    assert!(
        out.stderr.contains(&format!(
            "note: `[PROJECT]/{page}` is no longer rendered but was changed since it was written; it is left in place"
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.contains("9 removed, 1 changed by hand and kept"),
        "{}",
        out.stdout
    );
    // It is the editor's now: the next run neither removes nor mentions it.
    let again = project.run(&["render"]);
    assert!(!again.stderr.contains("left in place"), "{}", again.stderr);
    assert!(project.file(&page).exists());
}

#[test]
fn a_corrupt_manifest_means_a_full_build_with_the_bytes_of_a_clean_one() {
    // One project for the three cases: each starts from the complete build the previous one
    // left (the first from a fresh one), its manifest replaced.
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    for corrupt in [
        "{not json",
        "{\"format\":1,\"fluentpress\":\"0\",\"complete\":true,\"files\":{\"../../x\":{\"inputs\":\"00000000000000000000000000000000\",\"output\":\"00000000000000000000000000000000\",\"size\":1,\"format\":\"html\"}}}",
        "",
    ] {
        project.write(&format!("dist/{MANIFEST}"), corrupt);
        // Inputs change meanwhile: a stale manifest would keep the old page.
        let ftl = format!("locales/km/{SLUG}.ftl");
        let line = project
            .read(&ftl)
            .lines()
            .find(|l| l.starts_with("title = "))
            .unwrap()
            .to_owned();
        project.edit(&ftl, &line, &format!("{line} ២"));
        let out = project.run(&["render"]);
        assert_eq!(out.code, 0, "{out:?}");
        assert!(
            out.stderr.contains(&format!(
                "note: the output folder's manifest ({MANIFEST}) cannot be used ("
            )),
            "{}",
            out.stderr
        );
        assert_eq!(out.stderr.matches("note: the output folder").count(), 1);
        let (written, skipped, removed) = counts(&out.stdout);
        assert_eq!((skipped, removed), (0, 0), "{}", out.stdout);
        assert!(written > 30, "{}", out.stdout);
        assert_eq!(
            tree(&project.file("dist")),
            clean_build(&project),
            "{corrupt}"
        );
    }
}

#[test]
fn an_output_folder_without_a_manifest_is_built_whole_and_keeps_its_files() {
    let project = site();
    project.write("dist/en/old-page.html", "from another tool\n");
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stderr.contains(&format!(
            "note: the output folder has no manifest ({MANIFEST}): every file is built, and no file already there is removed"
        )),
        "{}",
        out.stderr
    );
    assert_eq!(project.read("dist/en/old-page.html"), "from another tool\n");
}

#[cfg(unix)]
#[test]
fn force_writes_every_file_again() {
    let project = site();
    let first = project.run(&["render"]);
    let before = inodes(&project.file("dist"));
    let out = project.run(&["render", "--force"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(counts(&out.stdout), (counts(&first.stdout).0, 0, 0));
    let after = inodes(&project.file("dist"));
    assert_eq!(changed(&before, &after).len(), before.len());
}

/// A run with nothing to build still writes again a file the manifest lists that is no longer
/// in its folder as a regular file (deleted, or replaced by a link), whatever folder it is in;
/// a file edited in place keeps its edit until its inputs change or `--force`.
#[cfg(unix)]
#[test]
fn a_deleted_or_linked_page_is_written_again_and_an_edited_one_kept() {
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    let dist = project.file("dist");
    let stylesheet = std::fs::read_dir(dist.join("assets"))
        .unwrap()
        .map(|e| format!("assets/{}", e.unwrap().file_name().to_string_lossy()))
        .next()
        .unwrap();
    let linked = format!("km/{SLUG}.html");
    let edited = format!("th/{SLUG}.html");
    let expected: BTreeSet<String> = [
        format!("fil/{SLUG}.html"),
        "index.html".to_owned(),
        stylesheet.clone(),
        linked.clone(),
    ]
    .into_iter()
    .collect();
    for gone in &expected {
        std::fs::remove_file(dist.join(gone)).unwrap();
    }
    std::os::unix::fs::symlink(dist.join(format!("en/{SLUG}.html")), dist.join(&linked)).unwrap();
    let before = inodes(&dist);
    std::fs::write(dist.join(&edited), "edited by hand\n").unwrap();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(counts(&out.stdout).0, expected.len(), "{}", out.stdout);
    assert_eq!(changed(&before, &inodes(&dist)), expected);
    assert!(!dist.join(&linked).is_symlink());
    let mut built = tree(&dist);
    let mut clean = clean_build(&project);
    built.remove(MANIFEST);
    clean.remove(MANIFEST);
    assert_eq!(built[&edited], "edited by hand\n");
    built.remove(&edited);
    assert_ne!(clean.remove(&edited), None);
    assert_eq!(built, clean);
    // `--force` writes it again.
    assert_eq!(project.run(&["render", "--force"]).code, 0);
    assert_ne!(project.read(&format!("dist/{edited}")), "edited by hand\n");
}

/// A page written again keeps the permissions a person gave it; pages in folders the run
/// created get the usual ones.
#[cfg(unix)]
#[test]
fn a_page_written_again_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    let page = project.file(&format!("dist/fil/{SLUG}.html"));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let usual = mode(&project.file(&format!("dist/en/{SLUG}.html")));
    std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o600)).unwrap();
    let before = inodes(&project.file("dist"));
    let out = project.run(&["render", "--force"]);
    assert_eq!(out.code, 0, "{out:?}");
    let after = inodes(&project.file("dist"));
    assert!(changed(&before, &after).contains(&format!("fil/{SLUG}.html")));
    assert_eq!(mode(&page), 0o600);
    assert_eq!(mode(&project.file(&format!("dist/en/{SLUG}.html"))), usual);
}

/// What a run killed while renaming files into place leaves: some pages of the new text, the
/// manifest marked incomplete, temporaries of a process that is gone.
#[test]
fn an_interrupted_build_then_a_rebuild_gives_the_bytes_of_a_clean_one() {
    let project = site();
    assert_eq!(project.run(&["render"]).code, 0);
    let ftl = format!("locales/fil/{SLUG}.ftl");
    let original = project.read(&ftl);
    let line = original
        .lines()
        .find(|l| l.starts_with("title = "))
        .unwrap()
        .to_owned();
    project.edit(&ftl, &line, &format!("{line} (binago)"));
    let edited = clean_build(&project);
    // The interrupted run had put the edited page in place, then the edit was undone.
    let page = format!("fil/{SLUG}.html");
    project.write(&format!("dist/{page}"), &edited[&page]);
    let manifest = project.read(&format!("dist/{MANIFEST}"));
    project.write(
        &format!("dist/{MANIFEST}"),
        &manifest.replace("\"complete\":true", "\"complete\":false"),
    );
    project.write("dist/fil/.index.html.4294967295.0.tmp", "half a page");
    project.write(&ftl, &original);
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stderr.contains(
            "note: an earlier run into this output folder was interrupted: every file is built"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(tree(&project.file("dist")), clean_build(&project));
}

/// A run killed at whatever point it has reached: the next run gives a clean build's bytes.
#[test]
fn a_killed_build_then_a_rebuild_gives_the_bytes_of_a_clean_one() {
    let project = site();
    let formats = [
        "render", "--format", "html", "--format", "markdown", "--format", "text",
    ];
    assert_eq!(project.run(&formats).code, 0);
    let ftl = "locales/en/site.ftl";
    let line = project
        .read(ftl)
        .lines()
        .find(|l| l.starts_with("nav-home = "))
        .unwrap()
        .to_owned();
    for (round, wait) in [0u64, 2, 5, 10, 20, 40].into_iter().enumerate() {
        let text = project.read(ftl);
        let current = text.lines().find(|l| l.starts_with("nav-home = ")).unwrap();
        project.edit(ftl, current, &format!("{line} {round}"));
        let mut child = crate::common::command(project.path())
            .args(formats)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait));
        let _ = child.kill();
        let _ = child.wait();
        let out = project.run(&formats);
        assert_eq!(out.code, 0, "{out:?}");
        let clean = project.file("clean");
        let run = project.run(&[&formats[..], &["--out", clean.to_str().unwrap()]].concat());
        assert_eq!(run.code, 0, "{run:?}");
        assert_eq!(
            tree(&project.file("dist")),
            tree(&clean),
            "killed after {wait} ms"
        );
        std::fs::remove_dir_all(&clean).unwrap();
    }
}
