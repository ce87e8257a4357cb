//! Themes: a project's templates replace the default theme's; texts are escaped and marked
//! through them; a broken template stops the run before anything is written.

use crate::common::{self, Project};

const SLUG: &str = "unido-industrial-park-training-2023";
const EN_FTL: &str = "locales/en/unido-industrial-park-training-2023.ftl";

/// The repository's project with the custom-theme fixture in `templates/`.
fn themed() -> Project {
    let project = Project::copy();
    let fixture = common::repo().join("tests/fixtures/theme/templates");
    common::copy_tree(&fixture, &project.file("templates"));
    project
}

#[test]
fn a_custom_template_replaces_the_default_and_marks_fallbacks() {
    let project = themed();
    project.remove_entry(EN_FTL, "participants");
    let out = project.run(&[
        "render", "--locale", "en", "--format", "html", "--format", "markdown",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    insta::assert_snapshot!(
        "custom_en.html",
        project.read(&format!("dist/en/{SLUG}.html"))
    );
    insta::assert_snapshot!("custom_en.md", project.read(&format!("dist/en/{SLUG}.md")));
    // Templates the project does not replace come from the default theme.
    assert!(
        project
            .read("dist/index.html")
            .starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\" dir=\"ltr\">"),
        "the default home.html renders the index"
    );
}

#[test]
fn translations_are_escaped_in_text_attributes_and_json() {
    let project = themed();
    project.edit(
        EN_FTL,
        "gratitude = ",
        "gratitude = </script><script>alert(\"x\")</script> & 'q' ",
    );
    project.edit(
        EN_FTL,
        "intro = ",
        "intro = \"><img src=x onerror=alert(1)> ",
    );
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 0, "{out:?}");
    let html = project.read(&format!("dist/en/{SLUG}.html"));
    assert!(!html.contains("<img"), "markup from a translation: {html}");
    assert!(
        html.contains(
            r#"<meta name="description" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; "#
        ),
        "{html}"
    );
    assert!(
        html.contains(r#"<div class="para">&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; "#),
        "{html}"
    );
    let json = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the JSON-LD element ends at its own closing tag");
    assert!(
        json.contains(r#"\u003c/script\u003e\u003cscript\u003ealert(\"x\")\u003c/script\u003e \u0026 \u0027q\u0027"#),
        "{json}"
    );
    assert_eq!(html.matches("</script>").count(), 1, "{html}");
}

#[test]
fn a_template_syntax_error_names_file_line_and_column_and_writes_nothing() {
    let project = themed();
    project.write("templates/list.html", "<ul>\n  {% for x in %}\n</ul>\n");
    let out = project.run(&["render"]);
    assert_eq!(out.code, 2, "{out:?}");
    insta::assert_snapshot!(out.stderr, @"error: template `[PROJECT]/templates/list.html`, line 2, column 15: syntax error: unexpected end of block in `%}`");
    assert!(!project.file("dist").exists(), "nothing may be written");
}

#[test]
fn a_template_failing_while_rendering_names_file_line_and_column_and_writes_nothing() {
    let project = themed();
    project.write(
        "templates/article.txt",
        "{{ page.title|text }}\n\n{{ page.no_such_field }}\n",
    );
    let out = project.run(&["render", "--format", "html", "--format", "text"]);
    assert_eq!(out.code, 2, "{out:?}");
    insta::assert_snapshot!(out.stderr, @"error: template `[PROJECT]/templates/article.txt`, line 3, column 4: undefined value in `page.no_such_field`");
    assert!(!project.file("dist").exists(), "nothing may be written");
}

#[test]
fn a_filter_given_something_else_than_a_text_says_what_it_expects() {
    let project = Project::copy();
    project.write(
        "templates/home.html",
        "{% extends \"base.html\" %}\n{% block body %}{{ title|text }}{{ lang|text }}{% endblock %}\n",
    );
    let out = project.run(&["render", "--locale", "en"]);
    assert_eq!(out.code, 2, "{out:?}");
    insta::assert_snapshot!(out.stderr, @"error: template `[PROJECT]/templates/home.html`, line 2, column 41: invalid operation: expected a text (an object with `text`, `lang`, `dir`, `fallback`, `outdated`), got `zh-CN` without `text` in `text`");
    assert!(!project.file("dist").exists(), "nothing may be written");
}
