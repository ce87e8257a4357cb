//! The Markdown writer (CommonMark). A passage shown in another language is wrapped in an
//! HTML element carrying its `lang`, which CommonMark passes through.

use std::fmt::Write;

use super::{Page, Text, sibling};
use crate::content::BlockKind;

/// Escapes text so that CommonMark shows it literally, on one line: Markdown and HTML
/// punctuation is backslash-escaped (CommonMark allows that for any ASCII punctuation, so
/// `&`, `<` and `>` need no entities and apostrophes stay apostrophes), line breaks become
/// spaces, and a start that would open a block (list, heading, quote) is escaped too.
fn esc(text: &str) -> String {
    let one_line = text
        .split(['\n', '\r'])
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let one_line = one_line.trim();
    let mut escaped = String::with_capacity(one_line.len() + 8);
    for c in one_line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~' | '!'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    // Renderers with GitHub's autolink extension would turn bare addresses into links.
    let mut out = escaped.replace("://", "\\://").replace("www.", "www\\.");
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    let ordered = digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')'));
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if ordered {
        out.insert(digits, '\\');
    }
    out
}

/// Text as Markdown; a passage in another language is wrapped in `<span lang>` so its
/// language is known (CommonMark reads the escaped text inside the span as usual).
fn inline(text: &Text, page: &Page) -> String {
    if text.lang != page.locale {
        format!("<span lang=\"{}\">{}</span>", text.lang, esc(&text.text))
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
        assert_eq!(esc("*a* <b> [c](d)"), r"\*a\* \<b\> \[c\](d)");
        assert_eq!(esc("1. one\n- two"), r"1\. one - two");
        assert_eq!(esc("- one"), r"\- one");
    }

    #[test]
    fn bare_addresses_are_not_autolinked() {
        assert_eq!(
            esc("see https://x.example and www.x.example"),
            r"see https\://x.example and www\.x.example"
        );
    }

    /// Review finding: apostrophes became `&\#39;`, which readers saw as "&#39;".
    #[test]
    fn apostrophes_and_ampersands_stay_readable() {
        assert_eq!(esc("iba't ibang & <x>"), r"iba't ibang \& \<x\>");
    }
}
