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

#[test]
fn a_list_template_can_print_each_articles_links_to_every_locale() {
    let project = Project::copy();
    let template = "{% for a in articles %}{{ a.slug }} {{ a.alternates|length }}:\
        {% for alt in a.alternates %} {{ alt.lang }}/{{ alt.name }}/{{ alt.dir }}/{{ alt.href }}\
        {% if alt.current %}*{% endif %}{% endfor %}\n{{ a.alternates[0]|tojson }}\n{% endfor %}";
    project.write("templates/list.html", template);
    project.write("templates/home.html", template);
    let out = project.run(&["render", "--format", "html"]);
    assert_eq!(out.code, 0, "{out:?}");
    // From a locale's list, one folder down; its own locale is the current one.
    let list = project.read("dist/en/index.html");
    assert!(
        list.contains(&format!(
            "{SLUG} 10: zh-CN/中文（简体）/ltr/../zh-CN/{SLUG}.html en/English/ltr/../en/{SLUG}.html* \
             fil/Filipino/ltr/../fil/{SLUG}.html"
        )),
        "{list}"
    );
    assert!(
        list.contains(&format!(
            r#"{{"lang":"zh-CN","name":"中文（简体）","dir":"ltr","href":"../zh-CN/{SLUG}.html","current":false}}"#
        )),
        "{list}"
    );
    // From the home page, at the top of the output folder, in the source locale.
    let home = project.read("dist/index.html");
    assert!(
        home.contains(&format!(
            "{SLUG} 10: zh-CN/中文（简体）/ltr/zh-CN/{SLUG}.html* en/English/ltr/en/{SLUG}.html \
             fil/Filipino/ltr/fil/{SLUG}.html"
        )),
        "{home}"
    );
}

/// Every field of the article context, read every way a template reads data: attribute and
/// index access, loops over lists and over an object's keys, `is defined`, `| tojson`,
/// `| items`, `| length`, filters over lists, comparisons and printing an object as it is.
const EVERY_ARTICLE_FIELD: &str = r#"{{ lang }} {{ dir }} {{ links.home }} {{ links.favicon }} {{ links|tojson }}
header: {{ header|tojson }}
{{ header.site_name.text }} {{ header.languages_label|attrs }} {{ header.alternates|length }}
{% for key in page %}
{{ key }} {% if page[key] is defined %}(defined){% endif %}: {{ page[key]|tojson }}
{% endfor %}
{{ page|length }} {{ page.no_such_field is defined }} {{ page.meta.no_such_field is defined }}
{{ page.title.text }} / {{ page.title.lang }} / {{ page.title.dir }} / {{ page.title.fallback }} / {{ page.title.outdated }}
{{ page.title }}
{{ page.title|chrome }} {{ page.title|chrome|tojson }}
{% for key, value in page.source|items %}{{ key }}={{ value }};{% endfor %}
{% for block in page.blocks %}
{{ loop.index }} {{ block.kind }}{{ block.text|attrs }} {{ block.text|text("p") }} {{ block.text|chrome|attrs }}
{% endfor %}
{{ page.blocks|selectattr("kind", "in", ["source-line", "translator-credit"])|list|length }}
{{ page.blocks[0].text == page.title }} {{ page.blocks[-1].kind }} {{ page.blocks[1:3]|map(attribute="kind")|join(",") }}
{{ page.breadcrumb|map(attribute="text")|join(" > ") }} {{ page.breadcrumb[-1]|tojson }}
{% for notice in page.notices %}{{ notice|text("p") }}{% endfor %}
{{ page.notices|length }} {% if page.fallback_mark %}{{ page.fallback_mark|chrome|text }}{% endif %} {{ page.outdated_mark is none }}
{{ page.notice_lead.text }}{{ page.notice_spaced }}{{ page.notice_tail|tojson }} {{ page.languages_lead.text }}{{ page.languages_spaced }}{{ page.languages_tail|tojson }}
{% for alt in page.alternates if not alt.current %}{{ alt.lang }}={{ alt.href }} {% endfor %}
{{ page.x_default }} {{ page.meta.canonical }} {{ page.meta.description }}
{{ page.meta.og.locale }} {{ page.meta.og.alternate_locales|join(",") }} {{ page.meta.og.url }}
{{ page.meta.json_ld.headline }} {{ page.meta.json_ld["@type"] }} {{ page.meta.json_ld.translationOfWork.url }}
{{ page.meta.json_ld_string == page.meta.json_ld|tojson(indent=1) }}
"#;

#[test]
fn an_article_template_reads_every_documented_field() {
    let project = Project::copy();
    project.edit(
        "fluentpress.toml",
        "pivot = \"en\"",
        "pivot = \"en\"\nbase-url = \"https://news.example.org/\"",
    );
    project.remove_entry(
        "locales/fil/unido-industrial-park-training-2023.ftl",
        "participants",
    );
    project.write("templates/article.html", EVERY_ARTICLE_FIELD);
    let out = project.run(&["render", "--locale", "fil", "--format", "html"]);
    assert_eq!(out.code, 0, "{out:?}");
    insta::assert_snapshot!(
        "every_article_field_fil.html",
        project.read(&format!("dist/fil/{SLUG}.html"))
    );
}
