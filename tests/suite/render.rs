//! `fluentpress render` as a user sees it: pages, fallbacks, escaping and every error a user can hit.

use crate::common::{self, Project};

const SLUG: &str = "unido-industrial-park-training-2023";
const EN_FTL: &str = "locales/en/unido-industrial-park-training-2023.ftl";
/// What `render` says, once, of a project without a base URL (the repository's own).
const NO_BASE_URL: &str = "note: no base-url in fluentpress.toml: links stay relative, and sitemap.xml, the feeds, canonical links and social metadata are left out\n";

fn page(project: &Project, locale: &str, ext: &str) -> String {
    project.read(&format!("dist/{locale}/{SLUG}.{ext}"))
}

#[test]
fn renders_the_announcement_in_chinese_and_english() {
    let project = Project::copy();
    let out = project.run(&["render", "--locale", "zh-CN", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stderr, NO_BASE_URL);
    insta::assert_snapshot!("zh-CN.html", page(&project, "zh-CN", "html"));
    insta::assert_snapshot!("en.html", page(&project, "en", "html"));
    insta::assert_snapshot!("index.html", project.read("dist/index.html"));
}

#[test]
fn renders_markdown_and_text() {
    let project = Project::copy();
    let out = project.run(&[
        "render", "--locale", "en", "--locale", "zh-CN", "--format", "markdown", "--format", "text",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    insta::assert_snapshot!("en.md", page(&project, "en", "md"));
    insta::assert_snapshot!("zh-CN.md", page(&project, "zh-CN", "md"));
    insta::assert_snapshot!("en.txt", page(&project, "en", "txt"));
    assert!(
        !project.file("dist/index.html").exists(),
        "index.html is for the HTML format only"
    );
}

#[test]
fn isolation_marks_are_off_in_html_and_markdown_and_left_to_right_text() {
    let project = Project::copy();
    let out = project.run(&[
        "render", "--locale", "en", "--format", "html", "--format", "markdown", "--format", "text",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    for ext in ["html", "md"] {
        assert!(
            !page(&project, "en", ext).contains(['\u{2068}', '\u{2069}']),
            "isolation marks in .{ext}"
        );
    }
    // Issue 14: text kept Fluent's marks around every placeable, even in English.
    let text = page(&project, "en", "txt");
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "no isolation where directions do not differ"
    );
    assert!(text.contains("A total of 29 medium"), "{text}");
}

#[test]
fn a_missing_message_falls_back_along_the_chain_and_is_reported() {
    let project = Project::copy();
    project.remove_entry(EN_FTL, "participants");

    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        out.stderr,
        format!(
            "fallback: en {SLUG}: `participants` is missing in en, shown in zh-CN\n{NO_BASE_URL}"
        )
    );
    let html = page(&project, "en", "html");
    assert!(
        html.contains(r#"<p lang="zh-CN" data-fallback="zh-CN">来自"#),
        "{html}"
    );
    assert!(
        html.contains("One passage on this page (about 6% of its text) has not yet been translated into English and is shown in Chinese."),
        "the page tells readers about the fallback, and how much of the text it is: {html}"
    );

    let strict = project.run(&["render", "--locale", "en", "--strict"]);
    assert_eq!(strict.code, 1, "{strict:?}");
    assert!(
        strict.stderr.ends_with(
            "error: --strict: 1 message fell back to another locale, 0 could not be shown\n"
        ),
        "{}",
        strict.stderr
    );
}

#[test]
fn a_broken_message_falls_back_and_names_locale_file_and_id() {
    let project = Project::copy();
    project.edit(
        EN_FTL,
        "background = In recent years,",
        "background = In recent { $no-such-variable } years,",
    );
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    insta::assert_snapshot!(out.stderr, @r"
    warning: en/unido-industrial-park-training-2023.ftl `background`: Unknown variable: $no-such-variable
    fallback: en unido-industrial-park-training-2023: `background` is broken in en, shown in zh-CN
    note: no base-url in fluentpress.toml: links stay relative, and sitemap.xml, the feeds, canonical links and social metadata are left out
    ");
}

#[test]
fn translations_are_html_escaped() {
    let project = Project::copy();
    project.edit(
        EN_FTL,
        "gratitude = ",
        "gratitude = <script>alert(\"x\")</script> & ",
    );
    let out = project.run(&[
        "render", "--locale", "en", "--format", "html", "--format", "markdown",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let html = page(&project, "en", "html");
    assert!(!html.contains("<script>"), "a translation injected markup");
    assert!(
        html.contains("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "),
        "{html}"
    );
    let md = page(&project, "en", "md");
    assert!(
        md.contains(r#"\<script\>alert("x")\</script\> \& "#),
        "{md}"
    );
}

#[test]
fn a_syntax_error_is_reported_with_its_position_and_the_rest_of_the_file_renders() {
    let project = Project::copy();
    project.edit(EN_FTL, "\nopening = ", "\nopening = { broken\n");
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    let first = out.stderr.lines().next().unwrap();
    assert!(
        first.starts_with("warning: en/unido-industrial-park-training-2023.ftl:"),
        "{}",
        out.stderr
    );
    assert!(first.contains("syntax error"), "{first}");
    assert!(
        out.stderr
            .contains("`opening` is missing in en, shown in zh-CN"),
        "{}",
        out.stderr
    );
    let html = page(&project, "en", "html");
    assert!(
        html.contains("<p>In recent years,"),
        "messages after the error still render"
    );
}

#[test]
fn no_temporary_files_are_left_in_the_output() {
    let project = Project::copy();
    // One left by an interrupted earlier run is removed too.
    project.write(
        "dist/en/.unido-industrial-park-training-2023.html.4294967295.0.tmp",
        "half a page",
    );
    assert_eq!(project.run(&["render"]).code, 0);
    let mut stack = vec![project.file("dist")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            assert!(
                !path.to_string_lossy().ends_with(".tmp"),
                "left behind: {}",
                path.display()
            );
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
}

// Errors a user can hit: one clear message naming the file, exit 2.

#[test]
fn error_missing_config() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::run_in(dir.path(), &["render"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: no fluentpress.toml in `[PROJECT]`: run fluentpress in a project folder or pass --project DIR\n"
    );
}

#[test]
fn error_missing_content_folder() {
    let project = Project::copy();
    std::fs::remove_dir_all(project.file("content")).unwrap();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: content folder `[PROJECT]/content` not found: create it with one .toml file per article, or set [folders] content in the config\n"
    );
}

#[test]
fn error_content_names_an_unknown_message() {
    let project = Project::copy();
    project.edit(
        &format!("content/{SLUG}.toml"),
        "message = \"opening\"",
        "message = \"openning\"",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "error: invalid `[PROJECT]/content/{SLUG}.toml`: message `openning` is not defined in any locale (looked for it in site.ftl, pages.ftl, {SLUG}.ftl under `[PROJECT]/locales`); add it to the source locale or fix the id\n"
        )
    );
    assert!(!project.file("dist").exists(), "nothing is written");
}

#[test]
fn error_invalid_locale_tags_in_the_config() {
    for (bad, reason) in [
        ("und", "`und` (undetermined) names no language"),
        (
            "../x",
            "a locale tag is letters, digits and hyphens only, like `fil` or `zh-CN`",
        ),
        (
            "en-",
            "not a BCP 47 language tag (expected something like `th` or `en-SB`)",
        ),
    ] {
        let project = Project::copy();
        let config = project.read("fluentpress.toml");
        project.write(
            "fluentpress.toml",
            &format!("{config}\n[locales.\"{bad}\"]\nname = \"x\"\nstatus = \"draft\"\n"),
        );
        let out = project.run(&["render"]);
        assert_eq!(out.code, 2, "{bad}");
        assert_eq!(
            out.stderr,
            format!(
                "error: invalid `[PROJECT]/fluentpress.toml`: [locales.{bad}]: invalid locale tag `{bad}`: {reason}\n"
            )
        );
    }
}

#[test]
fn error_unknown_config_key_names_its_line() {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"",
        "pivot = \"en\"\npivto = \"en\"",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("error: invalid `[PROJECT]/fluentpress.toml`: TOML parse error at line"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("unknown field `pivto`"),
        "{}",
        out.stderr
    );
}

#[test]
fn error_output_folder_cannot_be_written() {
    let project = Project::copy();
    project.write("blocker", "a file where a folder should be");
    let out = project.run(&[
        "render",
        "--locale",
        "en",
        "--out",
        &project.file("blocker/dist").display().to_string(),
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("error: failed to write `[PROJECT]/blocker/dist/en`: "),
        "{}",
        out.stderr
    );
}

#[test]
fn error_unknown_locale_on_the_command_line() {
    let project = Project::copy();
    let out = project.run(&["render", "--locale", "xx-YY"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with(
            "error: locale `xx-YY` is not configured in fluentpress.toml (configured: zh-CN, en"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn renders_khmer_and_bengali_pages() {
    let project = Project::copy();
    let out = project.run(&["render", "--locale", "km", "--locale", "bn"]);
    assert_eq!(out.code, 0, "{out:?}");
    insta::assert_snapshot!("km.html", page(&project, "km", "html"));
    insta::assert_snapshot!("bn.html", page(&project, "bn", "html"));
}

/// Every participant locale renders with its own CLDR dates, digits and country names, and a
/// draft notice; every locale translates the whole article, so nothing falls back.
#[test]
fn every_participant_locale_renders_with_local_formats() {
    let project = Project::copy();
    let out = project.run(&["render"]);
    assert_eq!(out.code, 0, "{out:?}");
    let expectations = [
        ("fil", ["Hulyo 28, 2023", "Pilipinas", "Indonesia"]),
        ("km", ["ថ្ងៃទី28 ខែកក្កដា ឆ្នាំ2023", "កម្ពុជា", "ឥណ្ឌូណេស៊ី"]),
        ("lo", ["28 ກໍລະກົດ 2023", "ກຳປູເຈຍ", "ໝູ່ເກາະໂຊໂລມອນ"]),
        ("bn", ["২৮ জুলাই, ২০২৩", "২৯", "কম্বোডিয়া"]),
        (
            "mn",
            ["2023\u{202f}оны долоодугаар сарын 28", "Камбож", "Индонез"],
        ),
        (
            "en-SB",
            [
                "28 July 2023",
                "on 10\u{2009}–\u{2009}14 July 2023.",
                "Translated by Zhao Shengbo",
            ],
        ),
        ("th", ["28 กรกฎาคม 2566", "กัมพูชา", "อินโดนีเซีย"]),
        ("id", ["28 Juli 2023", "Kamboja", "Filipina"]),
    ];
    for (locale, needles) in expectations {
        let html = page(&project, locale, "html");
        assert!(
            html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{locale}\"")),
            "{locale}"
        );
        assert!(
            html.contains("<div class=\"notices\" role=\"note\">"),
            "{locale}: no draft notice"
        );
        for needle in needles {
            assert!(html.contains(needle), "{locale}: `{needle}` not found");
        }
    }
    assert_eq!(out.stderr, NO_BASE_URL, "no fallback, no problem");
    assert!(
        page(&project, "zh-CN", "html").contains("蒙古国"),
        "zh-CN's term overrides CLDR's 蒙古"
    );
}

/// A locale's `-provenance` term is a notice on its own pages only, and `check` counts it
/// neither missing in the other locales nor obsolete.
#[test]
fn a_provenance_term_is_a_notice_on_its_locale_pages_only() {
    let project = Project::copy();
    let ftl = "locales/fil/unido-industrial-park-training-2023.ftl";
    let text = project.read(ftl);
    project.write(
        ftl,
        &format!(
            "{text}
-provenance = Isinalin mula sa Ingles.\n"
        ),
    );
    let out = project.run(&["render", "--locale", "fil", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        page(&project, "fil", "html")
            .contains("<div class=\"notices\" role=\"note\">\n<p>Isinalin mula sa Ingles.</p>"),
        "{}",
        page(&project, "fil", "html")
    );
    assert!(!page(&project, "en", "html").contains("Isinalin"));
    let check = project.run(&["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{check:?}");
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    for locale in json["locales"].as_array().unwrap() {
        assert_eq!(locale["missing"], 0, "{locale}");
        assert_eq!(locale["obsolete"], 0, "{locale}");
    }
}

#[test]
fn error_output_folder_holds_the_sources() {
    let project = Project::copy();
    for out in [".", "locales", "content/"] {
        let target = project.file(out).display().to_string();
        let result = project.run(&["render", "--out", &target]);
        assert_eq!(result.code, 2, "{out}");
        assert!(
            result
                .stderr
                .contains("it holds the project's sources; choose another --out"),
            "{}",
            result.stderr
        );
    }
    assert!(
        !project.file("en").exists() && !project.file("index.html").exists(),
        "nothing was written"
    );
}

#[test]
fn a_term_overrides_a_cldr_country_name() {
    let project = Project::copy();
    let site = project.read("locales/en/site.ftl");
    project.write(
        "locales/en/site.ftl",
        &format!("{site}\n-country-KH = the Kingdom of Cambodia\n"),
    );
    let out = project.run(&["render", "--locale", "en", "--locale", "id"]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(page(&project, "en", "html").contains("Philippines, the Kingdom of Cambodia, Laos,"));
    assert!(
        page(&project, "id", "html").contains("Filipina, Kamboja, Laos,"),
        "other locales keep CLDR's name"
    );
}

/// Review finding: a passage taken from a fallback locale showed dates formatted for the
/// page's locale (a Bengali date inside English text).
#[test]
fn values_are_formatted_for_the_locale_actually_shown() {
    let project = Project::copy();
    project.remove_entry(
        "locales/bn/unido-industrial-park-training-2023.ftl",
        "intro",
    );
    assert_eq!(project.run(&["render", "--locale", "bn"]).code, 0);
    let html = page(&project, "bn", "html");
    let intro = html
        .split("<p lang=\"en\" data-fallback=\"en\">")
        .nth(1)
        .expect("intro falls back to en");
    let intro = intro.split("</p>").next().unwrap();
    assert!(intro.contains("China, on July 10"), "{intro}");
    assert!(
        !intro.contains(['১', '২', '০']),
        "Bengali digits in English text: {intro}"
    );
    assert!(
        html.contains("২৯"),
        "the page's own passages keep Bengali digits"
    );
}

/// Review finding: rendering one locale rewrote the index with only that locale.
#[test]
fn the_index_lists_every_locale_whichever_are_rendered() {
    let project = Project::copy();
    assert_eq!(project.run(&["render", "--locale", "fil"]).code, 0);
    let index = project.read("dist/index.html");
    for tag in [
        "zh-CN", "en", "fil", "km", "lo", "bn", "mn", "en-SB", "th", "id",
    ] {
        assert!(
            index.contains(&format!("hreflang=\"{tag}\"")),
            "{tag} missing from the index"
        );
    }
}

/// Review finding: a block naming a term, or a site string missing everywhere, showed its id
/// and `--strict` still passed.
#[test]
fn terms_are_not_blocks_and_unresolved_ids_fail_strict() {
    let project = Project::copy();
    let content = format!("content/{SLUG}.toml");
    project.edit(&content, "message = \"opening\"", "message = \"-unido\"");
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr
            .contains("message `-unido` is not defined in any locale"),
        "{}",
        out.stderr
    );

    let project = Project::copy();
    for locale in ["zh-CN", "en"] {
        let site = format!("locales/{locale}/site.ftl");
        let text = project.read(&site);
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("breadcrumb-label ="))
            .collect();
        project.write(&site, &kept.join("\n"));
    }
    let out = project.run(&["render", "--locale", "en", "--strict"]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stderr.contains("missing: en unido-industrial-park-training-2023: `breadcrumb-label` is defined in no locale of en's chain; its id is shown"),
        "{}",
        out.stderr
    );
    assert!(
        !page(&project, "en", "html").contains("data-fallback=\"en\""),
        "the page's own language is not a fallback"
    );
}

/// Review finding: pages of right-to-left languages said `dir="ltr"`.
#[test]
fn right_to_left_locales_get_their_direction() {
    let project = Project::copy();
    let config = project.read("fluentpress.toml");
    project.write(
        "fluentpress.toml",
        &format!("{config}\n[locales.ar]\nname = \"العربية\"\nstatus = \"draft\"\n"),
    );
    project.write("locales/ar/site.ftl", "nav-home = الرئيسية\n");
    assert_eq!(
        project
            .run(&["render", "--locale", "ar", "--locale", "en"])
            .code,
        0
    );
    let ar = page(&project, "ar", "html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{ar}");
    assert!(
        ar.contains("<h1 lang=\"en\" dir=\"ltr\">"),
        "an English passage keeps its direction, unmarked: every passage falls back"
    );
    let en = page(&project, "en", "html");
    assert!(
        en.contains("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"),
        "{en}"
    );
}

/// User test finding: a message failing in every locale of its chain showed `{$missing}` on
/// the page while `--strict` passed.
#[test]
fn a_message_broken_everywhere_fails_strict() {
    let project = Project::copy();
    for locale in ["zh-CN", "en"] {
        let file = format!("locales/{locale}/site.ftl");
        let text = project.read(&file);
        let start = text.find("\nbreadcrumb-label = ").unwrap() + 1;
        let end = start + text[start..].find('\n').unwrap();
        project.write(
            &file,
            &format!(
                "{}breadcrumb-label = x {{ $nope }}{}",
                &text[..start],
                &text[end..]
            ),
        );
    }
    let out = project.run(&["render", "--locale", "en", "--strict"]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stderr.contains("broken: en unido-industrial-park-training-2023: `breadcrumb-label` fails in every locale of en's chain"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .ends_with("; 0 fallbacks, 2 not shown properly)\n"),
        "{}",
        out.stdout
    );
}

/// User test finding: an output folder inside the sources, or a repeated --locale/--format,
/// was accepted (pages written twice, or generated files among the translations).
#[test]
fn output_inside_the_sources_is_refused_and_repeats_count_once() {
    let project = Project::copy();
    for out in ["locales/en", "content/sub", "nonexistent/../locales"] {
        let target = project.file(out).display().to_string();
        let result = project.run(&["render", "--out", &target]);
        assert_eq!(result.code, 2, "{out}: {result:?}");
    }
    assert!(!project.file("content/sub").exists());
    let out = project.run(&[
        "render", "--locale", "en", "--locale", "en", "--format", "html", "--format", "html",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout.starts_with("rendered 7 files into"),
        "{}",
        out.stdout
    );
}

/// User test findings: unknown region codes reached the page as "XX"; a missing shared file was
/// blamed on the article.
#[test]
fn unknown_regions_and_missing_shared_files_are_named() {
    let project = Project::copy();
    project.edit(
        &format!("content/{SLUG}.toml"),
        "\"PH\", ",
        "\"PH\", \"XX\", ",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr
            .ends_with("variable `country-list`: `XX` is not a region that CLDR names\n"),
        "{}",
        out.stderr
    );

    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "shared = [\"site.ftl\", \"pages.ftl\"]",
        "shared = [\"site.ftl\", \"nope.ftl\"]",
    );
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert_eq!(
        out.stderr,
        "error: invalid `[PROJECT]/fluentpress.toml`: shared file `nope.ftl` does not exist in the source locale's folder `[PROJECT]/locales/zh-CN`\n"
    );
}

/// User test finding: an id defined in both site.ftl and the article silently took site.ftl's
/// text; the warning named only the article.
#[test]
fn a_duplicate_id_names_the_definition_used() {
    let project = Project::copy();
    let site = project.read("locales/en/site.ftl");
    project.write("locales/en/site.ftl", &format!("{site}\ntitle = Dup\n"));
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(
        out.stderr,
        format!(
            "warning: en: unido-industrial-park-training-2023.ftl: message `title` is defined more than once; the first definition is used (in site.ftl)\n{NO_BASE_URL}"
        )
    );
}

#[test]
fn build_pages_returns_what_render_writes_and_writes_nothing() {
    use fluentpress::render::{self, Format};
    let project = Project::copy();
    let loaded = fluentpress::config::Project::load(project.path()).unwrap();
    let catalog = fluentpress::catalog::Catalog::load(&loaded.locales_dir(), &[]).unwrap();
    let articles = fluentpress::content::Article::load_all(&loaded.content_dir()).unwrap();
    let locales = vec!["en".to_owned(), "th".to_owned()];
    let formats = [Format::Html, Format::Markdown, Format::Text];
    let before = project.tree();
    let built = render::build_pages(
        &loaded,
        &catalog,
        &articles,
        &render::Outdated::new(),
        &locales,
        &formats,
    )
    .unwrap();
    assert_eq!(project.tree(), before, "build_pages wrote files");

    let out = project.run(&[
        "render", "--locale", "en", "--locale", "th", "--format", "html", "--format", "markdown",
        "--format", "text",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let names: Vec<String> = built
        .files
        .iter()
        .map(|(path, _)| path.display().to_string())
        .collect();
    let mut in_dist: Vec<String> = project
        .tree()
        .into_keys()
        .filter_map(|path| path.strip_prefix("dist/").map(str::to_owned))
        .filter(|path| path != render::MANIFEST_FILE)
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    in_dist.sort();
    assert_eq!(sorted, in_dist, "render wrote other files");
    for locale in ["en", "th"] {
        for ext in ["html", "md", "txt"] {
            let page = format!("{locale}/{SLUG}.{ext}");
            assert!(names.contains(&page), "{page} missing from {names:?}");
        }
    }
    assert!(names.iter().any(|n| n == "index.html"), "{names:?}");
    for (path, body) in &built.files {
        assert_eq!(
            &project.read(&format!("dist/{}", path.display())),
            body,
            "{}",
            path.display()
        );
    }
}
