//! The Markdown writer (CommonMark). A passage shown in another language is wrapped in an
//! HTML element carrying its `lang`, which CommonMark passes through.

use std::fmt::Write;

use super::{Page, Text, escape_html, sibling};
use crate::content::BlockKind;

/// Escapes text so that CommonMark shows it literally: HTML-significant characters become
/// entities and Markdown punctuation is backslash-escaped.
fn esc(text: &str) -> String {
    let html = escape_html(text);
    let mut out = String::with_capacity(html.len());
    for c in html.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A line that starts like a list item or block quote would change the structure.
    out.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
            let ordered = digits > 0 && matches!(trimmed[digits..].chars().next(), Some('.' | ')'));
            if trimmed.starts_with(['-', '+', '=']) || ordered {
                let at = line.len() - trimmed.len() + if ordered { digits } else { 0 };
                format!("{}\\{}", &line[..at], &line[at..])
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text as Markdown; a fallback passage is wrapped in `<span lang>` so its language is known.
fn inline(text: &Text, page: &Page) -> String {
    if text.lang != page.locale {
        format!(
            "<span lang=\"{}\">{}</span>",
            text.lang,
            escape_html(&text.text)
        )
    } else {
        esc(&text.text)
    }
}

/// An article page.
pub(super) fn page(page: &Page) -> String {
    let mut out = String::new();
    let crumbs: Vec<String> = page.breadcrumb.iter().map(|t| inline(t, page)).collect();
    if !crumbs.is_empty() {
        let _ = writeln!(out, "{}\n", crumbs.join(" / "));
    }
    let _ = writeln!(out, "# {}\n", inline(page.title(), page));
    let _ = writeln!(
        out,
        "*{}* · {}\n",
        inline(&page.published_line, page),
        inline(&page.source, page)
    );
    for notice in &page.notices {
        let _ = writeln!(out, "> {}\n", inline(notice, page));
    }
    let mut footer = Vec::new();
    for (kind, text) in &page.blocks {
        let body = inline(text, page);
        match kind {
            BlockKind::Title => {}
            BlockKind::Paragraph => {
                let _ = writeln!(out, "{body}\n");
            }
            BlockKind::PhotoCredit => {
                let _ = writeln!(out, "*{body}*\n");
            }
            BlockKind::SourceLine | BlockKind::TranslatorCredit => footer.push(body),
        }
    }
    if !footer.is_empty() {
        let _ = writeln!(out, "---\n\n{}\n", footer.join("  \n"));
    }
    let links: Vec<String> = page
        .alternates
        .iter()
        .filter(|a| a.locale != page.locale)
        .map(|a| {
            format!(
                "[{}]({})",
                esc(&a.name),
                sibling(&a.locale, &page.slug, "md")
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "{}: {}",
        inline(&page.languages_label, page),
        links.join(" · ")
    );
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markdown_syntax_is_shown_literally() {
        assert_eq!(esc("*a* <b> [c](d)"), r"\*a\* &lt;b&gt; \[c\](d)");
        assert_eq!(esc("1. one\n- two"), "1\\. one\n\\- two");
    }
}
