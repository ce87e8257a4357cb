//! Themes: the templates (minijinja) that turn a page's structured data into HTML, Markdown
//! and text.
//!
//! The default theme is embedded in the binary (`src/theme/default/`); a project replaces any of
//! its templates by putting a file of the same name in its templates folder (`templates/` by
//! default), and may add templates of its own there for `{% include %}`, `{% import %}` and
//! `{% extends %}`. Every template is compiled when the theme loads, so a syntax error stops a
//! run before anything is written.
//!
//! Templates receive data, never markup (see [`crate::render::view`]): every text is an object
//! with `text`, `lang`, `dir`, `fallback` and `outdated`. The filters registered here render
//! such a text for the template's format, relative to the page's `lang` (a top-level variable of
//! every context):
//! - `text`: the escaped text, with its language marked when it is not the page's: in HTML a
//!   `<span lang dir data-fallback data-outdated>` wrapper, or the element named by the first
//!   argument (`{{ t | text("p", class="note") }}`, extra attributes in name order); in
//!   Markdown a `<span lang>`; in plain text a `[tag] ` prefix;
//! - `attrs`: just those attributes (with a leading space), for a theme's own elements;
//! - `chrome`: the same text, no longer marked as a fallback (its `lang` and `dir` stay), for
//!   the page's frame (breadcrumb, dates, notices, labels): a site string that a locale has not
//!   translated yet is not a passage of the article shown in another language;
//! - `underline(char)`: the character repeated to the display width of a line (East Asian wide
//!   characters count two columns, combining marks none).
//!
//! In plain text, the `text` filter keeps Fluent's isolation marks (U+2068 … U+2069) only around
//! a placeable whose strong direction differs from the text's, so left-to-right text reads and
//! searches as it looks (`29 medium`, not `29` between marks).
//!
//! Escaping follows the template's extension: `.html` and `.xml` escape for HTML, `.md` for
//! CommonMark (Markdown punctuation backslash-escaped, one line), anything else not at all.
//! `| safe` opts out. Templates keep their trailing newline, and block tags take their line
//! with them (`trim_blocks`, `lstrip_blocks`). Printing an undefined value is an error, so a
//! misspelt field is reported rather than silently empty.
//!
//! This module never reads pages or writes files; `render` gives it data and writes what it
//! returns.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use minijinja::value::{Enumerator, Kwargs, Object, Value};
use minijinja::{AutoEscape, Environment, ErrorKind, State, UndefinedBehavior};

use crate::error::{Error, Result};

/// The default theme's templates: (name, source).
pub(crate) const DEFAULT_TEMPLATES: [(&str, &str); 9] = [
    ("base.html", include_str!("default/base.html")),
    ("header.html", include_str!("default/header.html")),
    ("not-found.html", include_str!("default/not-found.html")),
    ("favicon.svg", include_str!("default/favicon.svg")),
    ("article.html", include_str!("default/article.html")),
    ("home.html", include_str!("default/home.html")),
    ("list.html", include_str!("default/list.html")),
    ("article.md", include_str!("default/article.md")),
    ("article.txt", include_str!("default/article.txt")),
];

/// The largest buffer a template's output starts with.
const MAX_SIZE_HINT: usize = 1 << 20;

/// Where a template came from, for error messages.
#[derive(Debug, Clone)]
struct Source {
    /// The file as users know it: a path in the project, or `default theme/NAME`.
    file: String,
    /// The template text, to turn byte offsets into columns.
    text: String,
}

/// A compiled set of templates: the default theme with a project's replacements.
pub(crate) struct Theme {
    env: Environment<'static>,
    sources: BTreeMap<String, Source>,
    /// The largest output of each template so far: the next output's buffer starts that large
    /// rather than growing (and copying) its way there.
    sizes: BTreeMap<String, AtomicUsize>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("templates", &self.sources.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Theme {
    /// The default theme only.
    #[cfg(test)]
    pub(crate) fn default_theme() -> Result<Self> {
        Self::from_sources(default_sources())
    }

    /// The default theme, with every file of `dir` (when it exists) replacing the default
    /// template of the same name or adding a template. Hidden files and folders are skipped.
    pub(crate) fn load(dir: &Path) -> Result<Self> {
        let mut sources = default_sources();
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => Some(entries),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::read(dir, e)),
        };
        for entry in entries.into_iter().flatten() {
            let entry = entry.map_err(|e| Error::read(dir, e))?;
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                return Err(Error::invalid(
                    &path,
                    "a template's file name must be UTF-8 (templates are named in other templates)",
                ));
            };
            if name.starts_with('.') || path.is_dir() {
                continue;
            }
            let text = crate::fsutil::read_text(&path)?;
            sources.insert(
                name,
                Source {
                    file: path.display().to_string(),
                    text,
                },
            );
        }
        Self::from_sources(sources)
    }

    fn from_sources(sources: BTreeMap<String, Source>) -> Result<Self> {
        let mut env = Environment::new();
        env.set_keep_trailing_newline(true);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        env.set_debug(true);
        env.set_auto_escape_callback(|name| match name.rsplit('.').next() {
            Some("html" | "htm" | "xml") => AutoEscape::Html,
            Some("md") => AutoEscape::Custom(MARKDOWN),
            _ => AutoEscape::None,
        });
        env.set_formatter(format_value);
        env.add_filter("text", text_filter);
        env.add_filter("attrs", attrs_filter);
        env.add_filter("chrome", chrome_filter);
        env.add_filter("underline", underline_filter);
        let sizes = sources
            .keys()
            .map(|name| (name.clone(), AtomicUsize::new(0)))
            .collect();
        let mut theme = Theme {
            env: Environment::new(),
            sources,
            sizes,
        };
        for (name, source) in &theme.sources {
            env.add_template_owned(name.clone(), source.text.clone())
                .map_err(|e| theme.error(&e, name))?;
        }
        theme.env = env;
        Ok(theme)
    }

    /// A hash of every template's name and text: a page's inputs include the theme it was
    /// rendered with.
    pub(crate) fn fingerprint(&self) -> u128 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for (name, source) in &self.sources {
            for part in [name.as_str(), source.text.as_str()] {
                h.update(&(part.len() as u64).to_le_bytes());
                h.update(part.as_bytes());
            }
        }
        h.digest128()
    }

    /// Whether the theme has a template of this name.
    #[cfg(test)]
    pub(crate) fn has(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }

    /// Renders template `name` with `context` (any serializable data).
    pub(crate) fn render(&self, name: &str, context: impl serde::Serialize) -> Result<String> {
        let bytes = self.render_bytes(name, context)?;
        // minijinja writes only `str`s, so this never fails.
        String::from_utf8(bytes).map_err(|e| Error::Template {
            file: name.to_owned(),
            line: 1,
            column: 1,
            message: e.to_string(),
        })
    }

    /// Like [`Theme::render`], as UTF-8 bytes (for a file, which needs no `String`).
    pub(crate) fn render_bytes(
        &self,
        name: &str,
        context: impl serde::Serialize,
    ) -> Result<Vec<u8>> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| self.error(&e, name))?;
        let size = self.sizes.get(name);
        let hint = size.map_or(0, |s| s.load(Ordering::Relaxed));
        let mut out = Vec::with_capacity(hint.min(MAX_SIZE_HINT));
        template
            .render_captured_to(Value::from_serialize(context), &mut out)
            .map_err(|e| self.error(&e, name))?;
        if let Some(size) = size
            && out.len() > hint
        {
            size.fetch_max(out.len(), Ordering::Relaxed);
        }
        Ok(out)
    }

    /// The library error for a minijinja error: the failing template's file, line and column,
    /// and the reason (with the causes minijinja keeps).
    fn error(&self, err: &minijinja::Error, rendering: &str) -> Error {
        let name = err.name().unwrap_or(rendering);
        let source = self.sources.get(name);
        let file = source.map_or_else(|| name.to_owned(), |s| s.file.clone());
        let (line, column) = match (source, err.range(), err.line()) {
            (Some(source), Some(range), _) => position(&source.text, range.start),
            (_, None, Some(line)) => (line, 1),
            _ => (1, 1),
        };
        let mut message = match err.detail() {
            Some(detail) => format!("{}: {detail}", err.kind()),
            None => err.kind().to_string(),
        };
        if let (Some(source), Some(range)) = (source, err.range())
            && let Some(snippet) = source.text.get(range)
            && !snippet.contains('\n')
            && snippet.chars().count() <= 60
        {
            let _ = write!(message, " in `{snippet}`");
        }
        let mut cause = std::error::Error::source(err);
        while let Some(c) = cause {
            let _ = write!(message, ": {c}");
            cause = c.source();
        }
        Error::Template {
            file,
            line,
            column,
            message,
        }
    }
}

fn default_sources() -> BTreeMap<String, Source> {
    DEFAULT_TEMPLATES
        .iter()
        .map(|(name, text)| {
            (
                (*name).to_owned(),
                Source {
                    file: format!("default theme/{name}"),
                    text: (*text).to_owned(),
                },
            )
        })
        .collect()
}

/// Line and column (in characters, both from 1) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// The name of the Markdown escaping mode.
const MARKDOWN: &str = "markdown";

/// Prints a value escaped for the template's format.
fn format_value(
    out: &mut minijinja::Output<'_>,
    state: &State<'_, '_>,
    value: &Value,
) -> std::result::Result<(), minijinja::Error> {
    if value.is_undefined() {
        return Ok(());
    }
    let failed = |_| minijinja::Error::new(ErrorKind::WriteFailure, "cannot write the output");
    // Strings, most of what a page prints, are escaped as they are written, without copies.
    if let Some(text) = value.as_str() {
        match (value.is_safe(), state.auto_escape()) {
            (true, _) | (false, AutoEscape::None) => return out.write_str(text).map_err(failed),
            (false, AutoEscape::Html) => {
                return write_escaped_html(out, text).map_err(failed);
            }
            _ => {}
        }
    }
    let text = value.to_string();
    let escaped = if value.is_safe() {
        text
    } else {
        match state.auto_escape() {
            AutoEscape::Html => escape_html(&text),
            AutoEscape::Custom(MARKDOWN) => escape_markdown(&text),
            AutoEscape::None => text,
            _ => return minijinja::escape_formatter(out, state, value),
        }
    };
    out.write_str(&escaped).map_err(failed)
}

/// The parts of a text object that the filters read (strings stay minijinja's, not copied).
struct TextParts {
    text: Value,
    lang: Value,
    dir: Value,
    fallback: bool,
    outdated: bool,
}

impl TextParts {
    fn from_value(value: &Value) -> std::result::Result<Self, minijinja::Error> {
        if let Some(chrome) = value.downcast_object_ref::<ChromeText>() {
            return Ok(TextParts {
                text: chrome.text.clone(),
                lang: chrome.lang.clone(),
                dir: chrome.dir.clone(),
                fallback: false,
                outdated: chrome.outdated,
            });
        }
        let field = |name: &str| -> std::result::Result<Value, minijinja::Error> {
            let v = value.get_attr(name)?;
            if v.is_undefined() {
                return Err(minijinja::Error::new(
                    ErrorKind::InvalidOperation,
                    format!(
                        "expected a text (an object with `text`, `lang`, `dir`, `fallback`, `outdated`), got `{value}` without `{name}`"
                    ),
                ));
            }
            Ok(v)
        };
        Ok(TextParts {
            text: field("text")?,
            lang: field("lang")?,
            dir: field("dir")?,
            fallback: field("fallback")?.is_true(),
            outdated: field("outdated")?.is_true(),
        })
    }
}

/// A value as a string, borrowed when it is one.
fn value_str(value: &Value) -> std::borrow::Cow<'_, str> {
    match value.as_str() {
        Some(text) => text.into(),
        None => value.to_string().into(),
    }
}

/// What the `chrome` filter returns: the text it was given, no longer a fallback.
#[derive(Debug)]
struct ChromeText {
    text: Value,
    lang: Value,
    dir: Value,
    outdated: bool,
}

impl Object for ChromeText {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        match key.as_str()? {
            "text" => Some(self.text.clone()),
            "lang" => Some(self.lang.clone()),
            "dir" => Some(self.dir.clone()),
            "fallback" => Some(Value::from(false)),
            "outdated" => Some(Value::from(self.outdated)),
            _ => None,
        }
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&["dir", "fallback", "lang", "outdated", "text"])
    }
}

/// The page's language and direction: the `lang` and `dir` variables of the context.
fn page_language(state: &State<'_, '_>) -> std::result::Result<(Value, Value), minijinja::Error> {
    let lang = state.lookup("lang").filter(|v| !v.is_undefined());
    let Some(lang) = lang else {
        return Err(minijinja::Error::new(
            ErrorKind::InvalidOperation,
            "the context has no `lang` (the page's language) to compare texts with",
        ));
    };
    let dir = state
        .lookup("dir")
        .filter(|v| !v.is_undefined())
        .unwrap_or_else(|| Value::from("ltr"));
    Ok((lang, dir))
}

/// ` lang="…" dir="…" data-fallback="…" data-outdated="true"` as a text needs them on a page.
fn html_attrs(text: &TextParts, page_lang: &str, page_dir: &str) -> String {
    let mut out = String::new();
    let lang = value_str(&text.lang);
    let foreign = lang != page_lang;
    if foreign {
        let _ = write!(out, r#" lang="{}""#, escape_html(&lang));
        let dir = value_str(&text.dir);
        if dir != page_dir {
            let _ = write!(out, r#" dir="{}""#, escape_html(&dir));
        }
        if text.fallback {
            let _ = write!(out, r#" data-fallback="{}""#, escape_html(&lang));
        }
    }
    if text.outdated {
        out.push_str(r#" data-outdated="true""#);
    }
    out
}

fn attrs_filter(
    state: &State<'_, '_>,
    text: Value,
) -> std::result::Result<Value, minijinja::Error> {
    let parts = TextParts::from_value(&text)?;
    let (lang, dir) = page_language(state)?;
    Ok(Value::from_safe_string(html_attrs(
        &parts,
        &value_str(&lang),
        &value_str(&dir),
    )))
}

fn chrome_filter(text: Value) -> std::result::Result<Value, minijinja::Error> {
    let parts = TextParts::from_value(&text)?;
    // Strings, as the filter always gave them.
    let string = |v: Value| match v.as_str() {
        Some(_) => v,
        None => Value::from(v.to_string()),
    };
    Ok(Value::from_object(ChromeText {
        text: string(parts.text),
        lang: string(parts.lang),
        dir: string(parts.dir),
        outdated: parts.outdated,
    }))
}

fn text_filter(
    state: &State<'_, '_>,
    text: Value,
    element: Option<String>,
    kwargs: Kwargs,
) -> std::result::Result<Value, minijinja::Error> {
    let parts = TextParts::from_value(&text)?;
    let (lang, dir) = page_language(state)?;
    let (lang, dir) = (value_str(&lang), value_str(&dir));
    let words = value_str(&parts.text);
    let text_lang = value_str(&parts.lang);
    let foreign = text_lang != lang;
    let out = match state.auto_escape() {
        AutoEscape::Html => {
            let attrs = html_attrs(&parts, &lang, &dir);
            let mut names: Vec<&str> = kwargs.args().collect();
            names.sort_unstable();
            let mut extra = String::new();
            for name in names {
                let value: Value = kwargs.get(name)?;
                let _ = write!(
                    extra,
                    r#" {}="{}""#,
                    attribute_name(name)?,
                    escape_html(&value.to_string())
                );
            }
            match element {
                Some(tag) => {
                    let tag = attribute_name(&tag)?;
                    let mut out = String::with_capacity(
                        words.len() + tag.len() * 2 + extra.len() + attrs.len() + 5,
                    );
                    let _ = write!(out, "<{tag}{extra}{attrs}>");
                    let _ = write_escaped_html(&mut out, &words);
                    let _ = write!(out, "</{tag}>");
                    out
                }
                None if attrs.is_empty() && extra.is_empty() => escape_html(&words),
                None => format!("<span{extra}{attrs}>{}</span>", escape_html(&words)),
            }
        }
        AutoEscape::Custom(MARKDOWN) if foreign => format!(
            "<span lang=\"{}\">{}</span>",
            escape_html(&text_lang),
            escape_markdown(&words)
        ),
        AutoEscape::Custom(MARKDOWN) => escape_markdown(&words),
        _ => {
            let body = needed_isolation(&words, value_str(&parts.dir) == "rtl");
            if foreign {
                format!("[{text_lang}] {body}")
            } else {
                body
            }
        }
    };
    Ok(Value::from_safe_string(out))
}

/// An element or attribute name a template passed: letters, digits and hyphens only.
fn attribute_name(name: &str) -> std::result::Result<&str, minijinja::Error> {
    if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(name)
    } else {
        Err(minijinja::Error::new(
            ErrorKind::InvalidOperation,
            format!("`{name}` is not an element or attribute name (letters, digits, hyphens)"),
        ))
    }
}

fn underline_filter(line: Value, ch: Option<String>) -> String {
    let width = unicode_width::UnicodeWidthStr::width(line.to_string().as_str());
    ch.as_deref().unwrap_or("=").repeat(width)
}

/// First strong isolate and pop directional isolate, as Fluent puts them around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// `text` with each pair of Fluent's isolation marks kept only where the isolated part holds a
/// letter of the other direction than the text's (`rtl` or not); unpaired marks stay as they
/// are. Digits and punctuation alone are neutral, so isolated digits lose their marks in any text.
pub(crate) fn needed_isolation(text: &str, rtl: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut keep = vec![true; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == FSI {
            open.push(i);
        } else if c == PDI
            && let Some(start) = open.pop()
        {
            let other = chars[start + 1..i]
                .iter()
                .any(|&c| strong_direction(c) == Some(!rtl));
            if !other {
                keep[start] = false;
                keep[i] = false;
            }
        }
    }
    chars
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(c, _)| c)
        .collect()
}

/// Whether `c` is a strong right-to-left letter (`Some(true)`), a strong left-to-right letter
/// (`Some(false)`) or neutral (`None`), by Unicode's bidirectional class.
fn strong_direction(c: char) -> Option<bool> {
    use unicode_bidi::BidiClass;
    match unicode_bidi::bidi_class(c) {
        BidiClass::R | BidiClass::AL => Some(true),
        BidiClass::L => Some(false),
        _ => None,
    }
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let _ = write_escaped_html(&mut out, text);
    out
}

/// Writes `text` escaped for HTML: the runs between characters that need an entity are written
/// as they are.
fn write_escaped_html(out: &mut impl std::fmt::Write, text: &str) -> std::fmt::Result {
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&text[start..i])?;
        out.write_str(entity)?;
        start = i + 1;
    }
    out.write_str(&text[start..])
}

/// Escapes text for XML content and attribute values; characters XML 1.0 cannot carry are
/// dropped.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow at all are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text so that CommonMark shows it literally, on one line: Markdown and HTML
/// punctuation is backslash-escaped (CommonMark allows that for any ASCII punctuation, so
/// `&`, `<` and `>` need no entities and apostrophes stay apostrophes), line breaks become
/// spaces, and a start that would open a block (list, heading, quote) is escaped too.
pub(crate) fn escape_markdown(text: &str) -> String {
    let one_line = text
        .split(['\n', '\r'])
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let one_line = one_line.trim();
    let mut out = String::with_capacity(one_line.len() + 8);
    let mut chars = one_line.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        // Renderers that link bare addresses (GitHub's autolink extension, markdown-it's
        // linkify) must not find any: every `:` is escaped (schemes: `https:`, `mailto:`,
        // `xmpp:`), and so is every `.` inside a word (domains: `example.com`, `WWW.x.org`).
        // An escape cannot stop GitHub's e-mail links, which it finds after merging the
        // text, so an invisible word joiner follows every `@` instead.
        let escape = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~' | '!' | ':'
        ) || (c == '.' && next.is_some_and(char::is_alphanumeric));
        if escape {
            out.push('\\');
        }
        out.push(c);
        if c == '@' {
            out.push('\u{2060}');
        }
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    let ordered = digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')'));
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if ordered {
        out.insert(digits, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_is_shown_literally() {
        assert_eq!(escape_markdown("*a* <b> [c](d)"), r"\*a\* \<b\> \[c\](d)");
        assert_eq!(escape_markdown("1. one\n- two"), r"1\. one - two");
        assert_eq!(escape_markdown("- one"), r"\- one");
    }

    #[test]
    fn bare_addresses_are_not_autolinked() {
        assert_eq!(
            escape_markdown("see https://x.example and WWW.x.example, at 10:30."),
            r"see https\://x\.example and WWW\.x\.example, at 10\:30."
        );
        assert_eq!(
            escape_markdown("mailto:a.b@c.example or xmpp:d@e.example"),
            "mailto\\:a\\.b@\u{2060}c\\.example or xmpp\\:d@\u{2060}e\\.example"
        );
        assert_eq!(escape_markdown("1.5 kg"), r"1\.5 kg");
    }

    /// Review finding: apostrophes became `&\#39;`, which readers saw as "&#39;".
    #[test]
    fn apostrophes_and_ampersands_stay_readable() {
        assert_eq!(
            escape_markdown("iba't ibang & <x>"),
            r"iba't ibang \& \<x\>"
        );
    }

    #[test]
    fn positions_count_characters_from_one() {
        assert_eq!(position("ab\n中文{{ x", 9), (2, 3));
        assert_eq!(position("abc", 0), (1, 1));
    }

    /// Review finding: `grep "29 medium"` found nothing in English text output.
    #[test]
    fn isolation_stays_only_where_directions_differ() {
        let text = "A total of \u{2068}29\u{2069} medium officials from \u{2068}\u{2068}8\u{2069} countries\u{2069}";
        assert_eq!(
            needed_isolation(text, false),
            "A total of 29 medium officials from 8 countries"
        );
        let hebrew = "Name: \u{2068}שלום\u{2069}!";
        assert_eq!(needed_isolation(hebrew, false), hebrew);
        assert_eq!(
            needed_isolation("\u{2068}שלום\u{2069} \u{2068}Fluent\u{2069}", true),
            "שלום \u{2068}Fluent\u{2069}"
        );
        assert_eq!(needed_isolation("a \u{2068}b", false), "a \u{2068}b");
    }

    #[test]
    fn underlines_follow_display_width() {
        assert_eq!(underline_filter(Value::from("中文标题"), None), "========");
        assert_eq!(
            underline_filter(Value::from("Cafe\u{301}"), Some("-".into())),
            "----"
        );
        assert_eq!(
            underline_filter(Value::from("x".repeat(90)), None).len(),
            90
        );
    }

    #[test]
    fn the_default_theme_compiles() {
        let theme = Theme::default_theme().unwrap();
        for (name, _) in DEFAULT_TEMPLATES {
            assert!(theme.has(name), "{name}");
        }
    }
}
