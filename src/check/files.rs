//! Findings about the files of a folder as files: unreadable, byte order mark, CRLF line
//! ends, empty, comment-only, and syntax errors with the span of the broken entry.

use super::{CheckOptions, Code, Diagnostic, Findings};
use crate::catalog::{Catalog, FtlFile, LocaleTree};
use crate::error::Result;
use crate::site;

/// The note on an `unreadable-file` error: references that might be defined in the file
/// are not judged (see `rules::references`).
pub(crate) const UNJUDGED_REFERENCES: &str = "while it cannot be read, references to messages \
     and terms found nowhere else are not reported as unknown or obsolete: they may be defined \
     in it";

/// The folders of a tree whose names are not UTF-8, when every folder is checked: they name
/// no locale, so each is reported under its name with `\xNN` escapes, apart from the others.
pub(crate) fn unusable_folders(
    catalog: &Catalog,
    options: &CheckOptions,
) -> Result<Vec<Diagnostic>> {
    if options.locales.is_some() || !catalog.root.is_dir() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for name in Catalog::unusable_folder_names(&catalog.root)? {
        let mut findings = Findings::new(&name);
        findings.push(Diagnostic::about(Code::UnreadableFile, None).message(
            "cannot read the folder: its name is not valid UTF-8 (shown with \\x escapes), so it \
             names no locale; rename it",
        ));
        out.extend(findings.into_sorted());
    }
    Ok(out)
}

/// Whether `text` is blank as Fluent defines it: spaces and line ends (`\n`, `\r\n`) only.
/// Tabs, NBSP and other Unicode spaces are not blank to Fluent: a file of them is Junk.
fn is_blank(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .all(|(i, &b)| b == b' ' || b == b'\n' || (b == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
}

/// The offset of the first CRLF line end of `text`.
fn first_crlf(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\r', bytes).find(|&i| bytes.get(i + 1) == Some(&b'\n'))
}

/// Findings about the files of `tree` as files. Unreadable files get the note that
/// references they might define are not judged.
pub(crate) fn check(tree: &LocaleTree, out: &mut Findings) {
    unreadable(tree, out);
    for file in &tree.files {
        check_file(file, out);
    }
}

/// The `unreadable-file` errors of `tree`'s files that could not be read, with the note that
/// references they might define are not judged.
pub(crate) fn unreadable(tree: &LocaleTree, out: &mut Findings) {
    for bad in &tree.unreadable {
        // An empty path: the locale folder itself is not read.
        let (file, what) = match bad.rel_path.as_str() {
            "" => (None, "folder"),
            path => (Some(path), "file"),
        };
        out.push(
            Diagnostic::about(Code::UnreadableFile, file)
                .message(format!("cannot read the {what}: {}", bad.reason))
                .note(UNJUDGED_REFERENCES),
        );
    }
}

/// Findings about one readable file as a file: byte order mark, CRLF line ends, empty,
/// comment-only, syntax errors.
pub(crate) fn check_file(file: &FtlFile, out: &mut Findings) {
    let source = file.source();
    if file.had_bom {
        out.push(Diagnostic::at(Code::Bom, file, 0..0).message(
            "the file starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM",
        ));
    }
    if let Some(cr) = first_crlf(source) {
        out.push(
            Diagnostic::at(Code::Crlf, file, cr..cr + 1)
                .message("the file has Windows (CRLF) line ends"),
        );
    }
    if is_blank(source) {
        out.push(Diagnostic::at(Code::EmptyFile, file, 0..0).message("the file is empty"));
    } else if file.parse_errors.is_empty()
        && file.entries().next().is_none()
        && source
            .lines()
            .all(|l| l.trim().is_empty() || l.starts_with('#'))
        // A file of entries `add-locale` commented out is a translation not yet started:
        // its entries already count as missing.
        && !source.lines().any(site::is_commented_entry)
    {
        out.push(
            Diagnostic::at(Code::CommentOnlyFile, file, 0..0)
                .message("the file holds only comments, no messages"),
        );
    }
    for error in &file.parse_errors {
        let (start, len, label) = syntax_error_span(file, error);
        let mut d = Diagnostic::at(Code::SyntaxError, file, start..start + len)
            .message(format!("syntax error: {}", error.kind))
            .label(label);
        if let Some(id) = junk_id(file, start) {
            d = d.id(id);
        }
        out.push(d);
    }
}

/// Where a syntax error's snippet points: the parser's position when it lies inside the broken
/// entry's text, else (the parser noticed the error only at the next entry or at the end of
/// the file, past blank lines) the end of the broken entry's text. Returns the offset, the
/// length and the label.
pub(crate) fn syntax_error_span(
    file: &FtlFile,
    error: &fluent_syntax::parser::ParserError,
) -> (usize, usize, &'static str) {
    let source = file.source();
    let start = error.pos.start.min(source.len());
    let len = error.pos.end.saturating_sub(error.pos.start).max(1);
    let inside = "the entry is skipped from here";
    let Some(slice) = &error.slice else {
        return (start, len, inside);
    };
    let junk_start = slice.start.min(source.len());
    let junk = &source[junk_start..slice.end.clamp(junk_start, source.len())];
    let text_end = junk_start + junk.trim_end_matches([' ', '\n', '\r']).len();
    if start < text_end {
        (start, len, inside)
    } else {
        (text_end, 0, "the entry ends here unfinished and is skipped")
    }
}

/// The id at the start of the Junk holding `offset`, if it has one.
fn junk_id(file: &FtlFile, offset: usize) -> Option<&str> {
    let (start, junk) = file
        .junk()
        .take_while(|(start, _)| *start <= offset)
        .last()?;
    if offset > start + junk.len() {
        return None;
    }
    let end = junk
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(junk.len());
    let id = &junk[..end];
    let valid = id
        .trim_start_matches('-')
        .starts_with(|c: char| c.is_ascii_alphabetic());
    valid.then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Review finding: `trim()` took NBSP and tabs for blank, so a file of them got both
    /// `empty-file` and `syntax-error`. Blank is Fluent's: spaces and line ends only.
    #[test]
    fn only_fluent_blank_text_is_blank() {
        assert!(is_blank(""));
        assert!(is_blank("  \n\r\n \n"));
        assert!(!is_blank("\u{a0}\n"));
        assert!(!is_blank("\t\n"));
        assert!(!is_blank("\r"));
        assert!(!is_blank(" \r \n"));
        assert_eq!(first_crlf("a\rb\r\n"), Some(3));
        assert_eq!(first_crlf("a\r"), None);
    }
}
