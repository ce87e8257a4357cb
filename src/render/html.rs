//! The HTML writer: a self-contained HTML5 page per article and locale, and the site index.
//!
//! No JavaScript; one inline stylesheet with font stacks per script (Noto first), chosen by
//! `:lang()` so that a passage shown in another language switches fonts with its `lang`.

use std::fmt::Write;

use super::{Alternate, Page, Text, escape_html as esc, sibling};
use crate::content::BlockKind;

const STYLE: &str = r#"
:root { --accent: #0b5cad; --muted: #5f6368; --notice: #fff4ce; --notice-border: #d8b600; }
@media (prefers-color-scheme: dark) { :root { --accent: #8ab4f8; --muted: #a0a4a8; --notice: #3b3413; --notice-border: #8a7400; } }
html { font-family: "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.6; }
:lang(zh) { font-family: "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.8; }
:lang(km) { font-family: "Noto Sans Khmer", "Khmer OS", "Khmer UI", sans-serif; line-height: 2; }
:lang(lo) { font-family: "Noto Sans Lao", "Noto Sans Lao UI", "Phetsarath OT", "Lao UI", sans-serif; line-height: 2; }
:lang(th) { font-family: "Noto Sans Thai", "Noto Sans Thai UI", "Leelawadee UI", Tahoma, sans-serif; line-height: 1.9; }
:lang(bn) { font-family: "Noto Sans Bengali", "Noto Sans Bengali UI", "Vrinda", "Nirmala UI", sans-serif; line-height: 1.9; }
:lang(mn) { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; }
body { max-width: 42rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: var(--accent); }
nav.breadcrumb ol { list-style: none; padding: 0; margin: 0 0 1.5rem; display: flex; flex-wrap: wrap; gap: .25rem; color: var(--muted); font-size: .9rem; }
nav.breadcrumb li + li::before { content: "/"; margin-right: .25rem; }
h1 { font-size: 1.75rem; line-height: 1.3; margin: 0 0 .5rem; }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 1.5rem; }
.notice { background: var(--notice); border-left: 4px solid var(--notice-border); padding: .5rem .75rem; margin: 0 0 1rem; font-size: .95rem; }
p { margin: 0 0 1rem; }
:lang(zh) p { text-align: justify; }
.photo-credit { color: var(--muted); font-size: .85rem; font-style: italic; }
:lang(zh) .photo-credit, .photo-credit:lang(zh), :lang(th) .photo-credit, :lang(km) .photo-credit, :lang(lo) .photo-credit, :lang(bn) .photo-credit { font-style: normal; }
[data-fallback] { border-left: 3px dotted var(--notice-border); padding-left: .6rem; }
[data-outdated] { border-left: 3px dashed var(--muted); padding-left: .6rem; }
footer { border-top: 1px solid var(--muted); margin-top: 2rem; padding-top: 1rem; font-size: .9rem; color: var(--muted); }
nav.languages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
"#;

/// Attributes that mark a text from another locale or an outdated one.
fn attrs(text: &Text, page_lang: &crate::locale::Locale) -> String {
    let mut out = String::new();
    if &text.lang != page_lang {
        let _ = write!(out, r#" lang="{}""#, text.lang);
        if text.lang.direction() != page_lang.direction() {
            let _ = write!(out, r#" dir="{}""#, text.lang.direction());
        }
    }
    if text.fallback && &text.lang != page_lang {
        let _ = write!(out, r#" data-fallback="{}""#, text.lang);
    }
    if text.outdated {
        out.push_str(r#" data-outdated="true""#);
    }
    out
}

fn head(out: &mut String, lang: &crate::locale::Locale, title: &str) {
    let dir = lang.direction();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>{title}</title>\n"
    );
}

/// An article page.
pub(super) fn page(page: &Page) -> String {
    let lang = &page.locale;
    let title = page.title();
    let mut out = String::new();
    head(&mut out, lang, &esc(&title.text));
    for alt in &page.alternates {
        let _ = writeln!(
            out,
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            alt.locale,
            sibling(&alt.locale, &page.slug, "html")
        );
    }
    if let Some(default) = page.alternates.first() {
        let _ = writeln!(
            out,
            r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
            sibling(&default.locale, &page.slug, "html")
        );
    }
    let _ = write!(out, "<style>{STYLE}</style>\n</head>\n<body>\n");

    let _ = write!(
        out,
        "<header>\n<nav class=\"breadcrumb\" aria-label=\"{}\">\n<ol>\n",
        esc(&page.breadcrumb_label.text)
    );
    let last = page.breadcrumb.len().saturating_sub(1);
    for (i, item) in page.breadcrumb.iter().enumerate() {
        let a = attrs(item, lang);
        let text = esc(&item.text);
        if i == 0 {
            let _ = writeln!(out, "<li{a}><a href=\"../index.html\">{text}</a></li>");
        } else if i == last {
            let _ = writeln!(out, "<li{a} aria-current=\"page\">{text}</li>");
        } else {
            let _ = writeln!(out, "<li{a}>{text}</li>");
        }
    }
    out.push_str("</ol>\n</nav>\n</header>\n<main>\n<article>\n");

    let _ = writeln!(out, "<h1{}>{}</h1>", attrs(title, lang), esc(&title.text));
    let _ = writeln!(
        out,
        "<p class=\"meta\"><time datetime=\"{:04}-{:02}-{:02}\"{}>{}</time> · <span{}>{}</span></p>",
        page.published.year,
        page.published.month,
        page.published.day,
        attrs(&page.published_line, lang),
        esc(&page.published_line.text),
        attrs(&page.source, lang),
        esc(&page.source.text)
    );
    for notice in &page.notices {
        let _ = writeln!(
            out,
            "<p class=\"notice\" role=\"note\"{}>{}</p>",
            attrs(notice, lang),
            esc(&notice.text)
        );
    }
    let mut footer = String::new();
    for (kind, text) in &page.blocks {
        let a = attrs(text, lang);
        let t = esc(&text.text);
        match kind {
            BlockKind::Title => {}
            BlockKind::Paragraph => {
                let _ = writeln!(out, "<p{a}>{t}</p>");
            }
            BlockKind::PhotoCredit => {
                let _ = writeln!(out, "<p class=\"photo-credit\"{a}>{t}</p>");
            }
            BlockKind::SourceLine => {
                let _ = writeln!(footer, "<p class=\"source\"{a}>{t}</p>");
            }
            BlockKind::TranslatorCredit => {
                let _ = writeln!(footer, "<p class=\"translator\"{a}>{t}</p>");
            }
        }
    }
    if !footer.is_empty() {
        let _ = write!(out, "<footer>\n{footer}</footer>\n");
    }
    out.push_str("</article>\n");

    let _ = write!(
        out,
        "<nav class=\"languages\" aria-labelledby=\"languages-label\">\n<h2 id=\"languages-label\"{}>{}</h2>\n<ul>\n",
        attrs(&page.languages_label, lang),
        esc(&page.languages_label.text)
    );
    for alt in page.alternates.iter().filter(|a| &a.locale != lang) {
        let _ = writeln!(
            out,
            "<li><a href=\"{}\" hreflang=\"{l}\" lang=\"{l}\" dir=\"{}\">{}</a></li>",
            sibling(&alt.locale, &page.slug, "html"),
            alt.locale.direction(),
            esc(&alt.name),
            l = alt.locale
        );
    }
    out.push_str("</ul>\n</nav>\n</main>\n</body>\n</html>\n");
    out
}

/// The site index, in the source locale: each article's title and links to its locales.
pub(super) fn index(
    lang: &crate::locale::Locale,
    heading: &Text,
    languages_label: &Text,
    articles: &[(String, Page)],
    locales: &[Alternate],
) -> String {
    let mut out = String::new();
    head(&mut out, lang, &esc(&heading.text));
    let _ = write!(
        out,
        "<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1{}>{}</h1>\n<ul class=\"articles\">\n",
        attrs(heading, lang),
        esc(&heading.text)
    );
    for (slug, page) in articles {
        let t = page.title();
        let _ = write!(
            out,
            "<li><p><a href=\"{lang}/{slug}.html\"{}>{}</a></p>\n<p class=\"meta\"><time datetime=\"{:04}-{:02}-{:02}\"{}>{}</time></p>\n<nav class=\"languages\">\n<span{}>{}</span>\n<ul>\n",
            attrs(t, lang),
            esc(&t.text),
            page.published.year,
            page.published.month,
            page.published.day,
            attrs(&page.published_line, lang),
            esc(&page.published_line.text),
            attrs(languages_label, lang),
            esc(&languages_label.text)
        );
        for l in locales {
            let _ = writeln!(
                out,
                "<li><a href=\"{tag}/{slug}.html\" hreflang=\"{tag}\" lang=\"{tag}\" dir=\"{}\">{}</a></li>",
                l.locale.direction(),
                esc(&l.name),
                tag = l.locale
            );
        }
        out.push_str("</ul>\n</nav>\n</li>\n");
    }
    out.push_str("</ul>\n</main>\n</body>\n</html>\n");
    out
}
