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
//! The stylesheet is the `style.css` template, rendered once when the theme loads
//! ([`Theme::stylesheet`]): `render` writes it as `assets/style.<hash>.css`, a name that changes
//! with its text, and every HTML page links it (`links.stylesheet`).
//!
//! This module never reads pages or writes files; `render` gives it data and writes what it
//! returns.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::error::{Error, Result};

mod escape;
mod filters;
mod text;

pub(crate) use escape::escape_xml;
use filters::{attrs_filter, chrome_filter, format_value, text_filter, underline_filter};
pub(crate) use text::{TextFields, TextObject, Texts};

/// The default theme's templates: (name, source).
pub(crate) const DEFAULT_TEMPLATES: [(&str, &str); 10] = [
    ("base.html", include_str!("default/base.html")),
    (STYLESHEET, include_str!("default/style.css")),
    ("header.html", include_str!("default/header.html")),
    ("not-found.html", include_str!("default/not-found.html")),
    ("favicon.svg", include_str!("default/favicon.svg")),
    ("article.html", include_str!("default/article.html")),
    ("home.html", include_str!("default/home.html")),
    ("list.html", include_str!("default/list.html")),
    ("article.md", include_str!("default/article.md")),
    ("article.txt", include_str!("default/article.txt")),
];

/// The template of the site's stylesheet, rendered once per theme (with no variables).
pub(crate) const STYLESHEET: &str = "style.css";

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
    /// The stylesheet, rendered when the theme loads.
    stylesheet: Stylesheet,
}

/// The site's stylesheet: one file for every page, named after its content so that a browser
/// may keep it for good.
#[derive(Debug, Clone, Default)]
pub(crate) struct Stylesheet {
    /// Its path relative to the output folder: `assets/style.<hash>.css`, the hash being the
    /// first 8 hex digits of the xxh3 of its text.
    pub(crate) path: String,
    /// Its text.
    pub(crate) text: String,
}

impl Stylesheet {
    fn new(text: String) -> Self {
        let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
        Stylesheet {
            path: format!("assets/style.{:08x}.css", hash >> 32),
            text,
        }
    }
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
            stylesheet: Stylesheet::default(),
        };
        for (name, source) in &theme.sources {
            env.add_template_owned(name.clone(), source.text.clone())
                .map_err(|e| theme.error(&e, name))?;
        }
        theme.env = env;
        theme.stylesheet = Stylesheet::new(theme.render(STYLESHEET, ())?);
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

    /// The site's stylesheet, as the theme's `style.css` renders.
    pub(crate) fn stylesheet(&self) -> &Stylesheet {
        &self.stylesheet
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
        self.render_value(name, Value::from_serialize(context))
    }

    /// Like [`Theme::render_bytes`], with a context that is already a template value (objects
    /// whose fields are read when a template reads them).
    pub(crate) fn render_value(&self, name: &str, context: Value) -> Result<Vec<u8>> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| self.error(&e, name))?;
        let size = self.sizes.get(name);
        let hint = size.map_or(0, |s| s.load(Ordering::Relaxed));
        let mut out = Vec::with_capacity(hint.min(MAX_SIZE_HINT));
        template
            .render_captured_to(context, &mut out)
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
pub(super) const MARKDOWN: &str = "markdown";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        assert_eq!(position("ab\n中文{{ x", 9), (2, 3));
        assert_eq!(position("abc", 0), (1, 1));
    }

    /// Review finding: `grep "29 medium"` found nothing in English text output.
    #[test]
    fn the_default_theme_compiles() {
        let theme = Theme::default_theme().unwrap();
        for (name, _) in DEFAULT_TEMPLATES {
            assert!(theme.has(name), "{name}");
        }
    }
}
