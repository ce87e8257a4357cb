//! `fluentpress add-locale` (issue 4): generated files, the updated configuration, and
//! refusals that write nothing.

use std::path::Path;

use crate::common::{self, Project, tree};
use fluentpress::catalog::Catalog;
use fluentpress::scaffold::{self, Options};

/// A copy of `tests/fixtures/add-locale` and its root.
fn project() -> (Project, std::path::PathBuf) {
    let project = Project::fixture("add-locale");
    let root = project.path().to_path_buf();
    (project, root)
}

fn add(root: &Path, tag: &str, options: &Options) {
    let plan = scaffold::plan(root, tag, options).unwrap();
    scaffold::write(&plan).unwrap();
}

fn run(root: &Path, args: &[&str]) -> (i32, String, String) {
    let out = common::run_in(root, args);
    (out.code, out.stdout, out.stderr)
}

#[test]
fn filipino_files_have_one_and_other() {
    let (_dir, root) = project();
    add(&root, "tl", &Options::default());
    let files = tree(&root.join("locales/fil"));
    insta::assert_snapshot!("fil_article", files["article.ftl"]);
    insta::assert_snapshot!("fil_site", files["site.ftl"]);
}

#[test]
fn khmer_files_have_only_other() {
    let (_dir, root) = project();
    add(&root, "km", &Options::default());
    let files = tree(&root.join("locales/km"));
    insta::assert_snapshot!("km_article", files["article.ftl"]);
}

/// Review finding: selectors were scaffolded with the pivot's `*[other]` text in every form,
/// dropping its `[one]` text, in locales whose rules differ from the pivot's. Where the
/// locale's `one` is the number 1 alone (pl: `[one]`, `[few]`, `[many]`), `[one]` keeps the
/// pivot's `[one]` text; `[few]` and `[many]` get the `[other]` text.
#[test]
fn polish_one_keeps_the_pivot_one_text() {
    let (_dir, root) = project();
    add(&root, "pl", &Options::default());
    let files = tree(&root.join("locales/pl"));
    insta::assert_snapshot!("pl_article", files["article.ftl"]);
}

#[test]
fn config_gets_one_table_and_keeps_the_rest() {
    let (_dir, root) = project();
    let before = std::fs::read_to_string(root.join("fluentpress.toml")).unwrap();
    add(
        &root,
        "en-SB",
        &Options {
            translator: Some("John Kere".into()),
            fallback: vec!["en".into()],
        },
    );
    let after = std::fs::read_to_string(root.join("fluentpress.toml")).unwrap();
    assert!(
        after.starts_with(&before),
        "the existing text was reformatted"
    );
    insta::assert_snapshot!("config_en_sb", after);
    let project = fluentpress::config::Project::load(&root).unwrap();
    let chain: Vec<String> = project
        .locale("en-SB")
        .unwrap()
        .chain
        .iter()
        .map(|l| l.to_string())
        .collect();
    assert_eq!(chain, ["en-SB", "en"]);
}

/// The new locale has no entries yet (so `check` counts them all missing) and no syntax errors.
#[test]
fn generated_files_parse_and_define_nothing() {
    let (_dir, root) = project();
    add(&root, "bn", &Options::default());
    let catalog = Catalog::load(&root.join("locales"), &["bn".into()]).unwrap();
    let bn = catalog.locale("bn").unwrap();
    assert_eq!(bn.files.len(), 2);
    for file in &bn.files {
        assert!(file.parse_errors.is_empty(), "{}", file.rel_path);
        assert_eq!(file.entries().count(), 0, "{}", file.rel_path);
    }
}

/// Deleting "# " from an entry's lines (from its id to the blank line) gives valid FTL with
/// every source entry.
#[test]
fn uncommenting_every_entry_gives_valid_ftl() {
    let (_dir, root) = project();
    add(&root, "bn", &Options::default());
    for name in ["article.ftl", "site.ftl"] {
        let text = std::fs::read_to_string(root.join("locales/bn").join(name)).unwrap();
        let mut out = String::new();
        let mut inside = false;
        for line in text.lines() {
            if line.is_empty() {
                inside = false;
            }
            let body = line.strip_prefix("# ").unwrap_or("");
            let starts_entry = body.split_once(" =").is_some_and(|(id, _)| {
                let id = id.strip_prefix('-').unwrap_or(id);
                id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
            if starts_entry && !line.starts_with("# zh-CN") && !line.starts_with("# en") {
                inside = true;
            }
            if inside {
                out.push_str(
                    line.strip_prefix("# ")
                        .or(line.strip_prefix('#'))
                        .unwrap_or(line),
                );
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        let resource = fluent_syntax::parser::parse(out.as_str())
            .unwrap_or_else(|(_, e)| panic!("{name}: {e:?}\n{out}"));
        let ids: Vec<String> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect();
        let want: &[&str] = if name == "site.ftl" {
            &["-unido", "nav-home", "published-on"]
        } else {
            &["title", "participants", "photo"]
        };
        assert_eq!(ids, want, "{name}");
    }
}

#[test]
fn cli_prints_next_steps() {
    let (_dir, root) = project();
    let (code, stdout, stderr) = run(&root, &["add-locale", "tl", "--translator", "Maria Santos"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    insta::assert_snapshot!("cli_fil", stdout);
}

fn refused(args: &[&str], expected_stderr: &str) {
    let (_dir, root) = project();
    let before = tree(&root);
    let (code, stdout, stderr) = run(&root, args);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(stderr, expected_stderr);
    assert_eq!(tree(&root), before, "something was written");
}

#[test]
fn refuses_an_existing_locale() {
    refused(
        &["add-locale", "en"],
        "error: cannot add locale `en`\n  caused by: locale `en` already exists in fluentpress.toml; nothing was written\n",
    );
}

/// `pseudo` renders under `en-XA` and `ar-XB`: a real locale with either tag would have its
/// pages overwritten.
#[test]
fn refuses_a_pseudo_locale_tag() {
    for tag in ["en-XA", "ar-XB"] {
        refused(
            &["add-locale", tag],
            &format!(
                "error: cannot add locale `{tag}`\n  caused by: invalid locale tag `{tag}`: `fluentpress pseudo` renders its pseudo-locale under this tag, and would write over the locale's pages; choose the tag of a real language\n"
            ),
        );
    }
}

#[test]
fn refuses_und() {
    refused(
        &["add-locale", "und"],
        "error: cannot add locale `und`\n  caused by: invalid locale tag `und`: `und` (undetermined) names no language\n",
    );
}

#[test]
fn refuses_a_path() {
    refused(
        &["add-locale", "../x"],
        "error: cannot add locale `../x`\n  caused by: invalid locale tag `../x`: a locale tag is letters, digits and hyphens only, like `fil` or `zh-CN`\n",
    );
}

#[test]
fn refuses_a_tag_without_cldr_data_naming_the_closest() {
    refused(
        &["add-locale", "mn-Mong"],
        "error: cannot add locale `mn-Mong`\n  caused by: invalid locale tag `mn-Mong`: CLDR has no data for it, so dates and numbers would fall back to root formats; the closest supported tag is `mn`\n",
    );
    refused(
        &["add-locale", "xx"],
        "error: cannot add locale `xx`\n  caused by: invalid locale tag `xx`: CLDR has no data for it, and no supported tag is close to it\n",
    );
}

#[test]
fn refuses_an_unknown_fallback() {
    refused(
        &["add-locale", "vi", "--fallback", "fr"],
        "error: cannot add locale `vi`\n  caused by: invalid `[PROJECT]/fluentpress.toml`: [locales.vi] falls back to `fr`, which is not a configured locale\n",
    );
}

/// Review finding: `add-locale jv --fallback zh-CN,jv` was accepted, and a locale that falls
/// back to itself shows message ids where it lacks a translation.
#[test]
fn refuses_a_fallback_to_the_new_locale_itself() {
    refused(
        &["add-locale", "jv", "--fallback", "zh-CN,jv"],
        "error: cannot add locale `jv`\n  caused by: invalid `[PROJECT]/fluentpress.toml`: [locales.jv] falls back to itself: list only other locales in its `fallback`\n",
    );
}

#[test]
fn refuses_a_folder_that_exists_without_config() {
    let (_dir, root) = project();
    std::fs::create_dir(root.join("locales/vi")).unwrap();
    let before = tree(&root);
    let (code, _, stderr) = run(&root, &["add-locale", "vi"]);
    assert_eq!(code, 2);
    assert_eq!(tree(&root), before);
    // Review finding: the folder an interrupted run leaves needs a message saying how to finish.
    insta::assert_snapshot!(stderr, @r"
    error: cannot add locale `vi`
      caused by: `[PROJECT]/locales/vi` already exists but `vi` is not in fluentpress.toml, as an interrupted `add-locale` can leave it: remove the folder (move it away first if it holds translations) and run `fluentpress add-locale vi` again; nothing was written
    ");
}

/// Review finding: an interrupted `add-locale vi` left `locales/.vi.tmp-PID-N/` forever. The
/// next run removes it (and leaves other locales' and other files alone).
#[test]
fn removes_temporary_folders_an_interrupted_run_left() {
    let (_dir, root) = project();
    let locales = root.join("locales");
    for stale in [".vi.tmp-4242-0", ".vi.tmp-4242-1"] {
        std::fs::create_dir_all(locales.join(stale).join("sub")).unwrap();
        std::fs::write(locales.join(stale).join("sub/article.ftl"), "x = y\n").unwrap();
    }
    std::fs::create_dir(locales.join(".vi-VN.tmp-4242-0")).unwrap();
    std::fs::create_dir(locales.join(".vi.tmp-notes")).unwrap();
    let (code, _, stderr) = run(&root, &["add-locale", "vi"]);
    assert_eq!(code, 0, "{stderr}");
    let mut names: Vec<String> = std::fs::read_dir(&locales)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [".vi-VN.tmp-4242-0", ".vi.tmp-notes", "en", "vi", "zh-CN"]
    );
}

/// Review finding: four `add-locale` runs at once created all four folders but registered
/// only some of them in fluentpress.toml (each rewrote the configuration it had read).
#[test]
fn concurrent_runs_register_every_locale() {
    let (_dir, root) = project();
    let tags = ["vi", "ms", "jv", "ar"];
    common::run_at_once(&root, "add-locale", &tags);
    let config = std::fs::read_to_string(root.join("fluentpress.toml")).unwrap();
    let project = fluentpress::config::Project::load(&root).unwrap();
    for tag in tags {
        assert!(
            project.locale(tag).is_some(),
            "{tag} not registered:\n{config}"
        );
        assert!(root.join("locales").join(tag).is_dir(), "{tag}");
    }
}

/// Review finding "`add-locale` writes, then fails": with a corrupt `fluentpress.lock` the
/// folder and configuration were written before the lock was read, the command then failed,
/// and running it again was refused because the locale now existed.
#[test]
fn refuses_a_corrupt_lock_before_writing_anything() {
    let (_dir, root) = project();
    std::fs::write(
        root.join("fluentpress.lock"),
        "{\"fluentpress-lock\":1}\nnot json\n",
    )
    .unwrap();
    let before = tree(&root);
    let (code, stdout, stderr) = run(&root, &["add-locale", "vi"]);
    assert_eq!(tree(&root), before, "something was written: {stderr}");
    assert_eq!((code, stdout.as_str()), (2, ""));
    insta::assert_snapshot!(stderr, @r"
    error: cannot add locale `vi`
      caused by: invalid `[PROJECT]/fluentpress.lock`: line 2, column 2: expected ident; fix the line or restore the file from version control (fluentpress never rewrites a lock file it cannot read)
    ");
}

/// Review finding "README says add-locale leaves the rest of the file unchanged": a byte-order
/// mark was dropped, and a CRLF configuration got an LF-only table.
#[test]
fn config_keeps_its_bom_and_crlf_line_endings() {
    let (_dir, root) = project();
    let path = root.join("fluentpress.toml");
    let lf = std::fs::read_to_string(&path).unwrap();
    let before = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    std::fs::write(&path, &before).unwrap();
    add(
        &root,
        "en-SB",
        &Options {
            translator: Some("John Kere".into()),
            fallback: vec!["en".into()],
        },
    );
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.starts_with(&before),
        "the existing text changed:\n{after:?}"
    );
    let added = &after[before.len()..];
    assert!(added.ends_with("\r\n"), "{added:?}");
    assert_eq!(
        added.matches('\n').count(),
        added.matches("\r\n").count(),
        "an LF-only line was added: {added:?}"
    );
    assert!(added.contains("[locales.en-SB]\r\n"), "{added:?}");
    let project = fluentpress::config::Project::load(&root).unwrap();
    assert!(project.locale("en-SB").is_some());
}

/// Review finding "scaffold skips silently": source entries hidden by a syntax error, and
/// source files that cannot be read, were left out of the new locale without a word.
#[test]
fn cli_warns_about_source_entries_it_cannot_scaffold() {
    let (_dir, root) = project();
    let site = root.join("locales/zh-CN/site.ftl");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, text.replace("nav-home = 首页", "nav-home = 首页 }")).unwrap();
    std::fs::write(root.join("locales/zh-CN/extra.ftl"), b"title = \xff\n").unwrap();
    let article = root.join("locales/en/article.ftl");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, text.replace("photo = Photo", "photo = Photo }")).unwrap();
    let (code, stdout, stderr) = run(&root, &["add-locale", "vi"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("Added locale vi"), "{stdout}");
    insta::assert_snapshot!(stderr, @r"
    warning: locales/zh-CN/site.ftl:3:1: syntax error in the source; entries in the broken part are not scaffolded
    warning: locales/zh-CN/extra.ftl: cannot be read (not valid UTF-8 (byte 8)); the new locale gets no file for it
    warning: locales/en/article.ftl:17:1: syntax error in the pivot; entries in the broken part are scaffolded without their en text
    ");
    let article = std::fs::read_to_string(root.join("locales/vi/article.ftl")).unwrap();
    assert!(
        article.contains("# en: (missing)\n# photo = 照片"),
        "{article}"
    );
    let scaffolded = std::fs::read_to_string(root.join("locales/vi/site.ftl")).unwrap();
    assert!(!scaffolded.contains("nav-home"), "{scaffolded}");
    assert!(scaffolded.contains("# -unido = UNIDO"), "{scaffolded}");
}
