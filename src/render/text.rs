//! The plain-text writer. A passage shown in another language is prefixed with its tag in
//! brackets, so a reader of plain text also sees where the page fell back.

use std::fmt::Write;

use super::{Page, Text};
use crate::content::BlockKind;

fn line(text: &Text, page: &Page) -> String {
    if text.lang != page.locale {
        format!("[{}] {}", text.lang, text.text)
    } else {
        text.text.clone()
    }
}

/// An article page.
pub(super) fn page(page: &Page) -> String {
    let mut out = String::new();
    let crumbs: Vec<String> = page.breadcrumb.iter().map(|t| line(t, page)).collect();
    if !crumbs.is_empty() {
        let _ = writeln!(out, "{}\n", crumbs.join(" / "));
    }
    let title = line(page.title(), page);
    let _ = writeln!(
        out,
        "{title}\n{}\n",
        "=".repeat(unicode_width::UnicodeWidthStr::width(title.as_str()).min(72))
    );
    let _ = writeln!(
        out,
        "{} · {}\n",
        line(&page.published_line, page),
        line(&page.source, page)
    );
    for notice in &page.notices {
        let _ = writeln!(out, "NOTE: {}\n", line(notice, page));
    }
    let mut footer = Vec::new();
    for (kind, text) in &page.blocks {
        match kind {
            BlockKind::Title => {}
            BlockKind::Paragraph | BlockKind::PhotoCredit => {
                let _ = writeln!(out, "{}\n", line(text, page));
            }
            BlockKind::SourceLine | BlockKind::TranslatorCredit => footer.push(line(text, page)),
        }
    }
    if !footer.is_empty() {
        let _ = writeln!(out, "--\n{}\n", footer.join("\n"));
    }
    let names: Vec<String> = page
        .alternates
        .iter()
        .filter(|a| a.locale != page.locale)
        .map(|a| format!("{} ({})", a.name, a.locale))
        .collect();
    let _ = writeln!(
        out,
        "{}: {}",
        line(&page.languages_label, page),
        names.join(", ")
    );
    out
}
