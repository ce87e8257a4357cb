//! The theme's filters (`text`, `attrs`, `chrome`, `underline`) and the formatter that prints
//! every value escaped for its template's format. They read texts as the views give them
//! (see the module above) and never copy a string they only compare or print.

use std::fmt::Write;
use std::sync::Arc;

use minijinja::value::{Enumerator, Kwargs, Object, Value};
use minijinja::{AutoEscape, ErrorKind, State};

use super::MARKDOWN;
use super::escape::{escape_html, escape_markdown, needed_isolation, write_escaped_html};
use super::text::{CHROME_FIELDS, TextFields, TextObject};

/// Prints a value escaped for the template's format.
pub(super) fn format_value(
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

/// The parts of a text object that the filters read (strings stay where they are, not copied).
enum TextParts<'v> {
    /// A text read in place.
    Fields(TextFields<'v>),
    /// A text made of template values: text, lang, dir, then fallback and outdated.
    Values([Value; 3], bool, bool),
}

impl<'v> TextParts<'v> {
    fn from_value(value: &'v Value) -> std::result::Result<Self, minijinja::Error> {
        if let Some(object) = value.downcast_object_ref::<TextObject>()
            && let Some(fields) = object.fields()
        {
            return Ok(TextParts::Fields(fields));
        }
        if let Some(chrome) = value.downcast_object_ref::<ChromeText>() {
            return Ok(TextParts::Values(
                [chrome.text.clone(), chrome.lang.clone(), chrome.dir.clone()],
                false,
                chrome.outdated,
            ));
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
        Ok(TextParts::Values(
            [field("text")?, field("lang")?, field("dir")?],
            field("fallback")?.is_true(),
            field("outdated")?.is_true(),
        ))
    }

    fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            TextParts::Fields(f) => f.text.into(),
            TextParts::Values(v, ..) => value_str(&v[0]),
        }
    }

    fn lang(&self) -> std::borrow::Cow<'_, str> {
        match self {
            TextParts::Fields(f) => f.lang.into(),
            TextParts::Values(v, ..) => value_str(&v[1]),
        }
    }

    fn dir(&self) -> std::borrow::Cow<'_, str> {
        match self {
            TextParts::Fields(f) => f.dir.into(),
            TextParts::Values(v, ..) => value_str(&v[2]),
        }
    }

    fn fallback(&self) -> bool {
        match self {
            TextParts::Fields(f) => f.fallback,
            TextParts::Values(_, fallback, _) => *fallback,
        }
    }

    fn outdated(&self) -> bool {
        match self {
            TextParts::Fields(f) => f.outdated,
            TextParts::Values(_, _, outdated) => *outdated,
        }
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
        Enumerator::Str(CHROME_FIELDS)
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
fn html_attrs(text: &TextParts<'_>, page_lang: &str, page_dir: &str) -> String {
    let mut out = String::new();
    let lang = text.lang();
    let foreign = lang != page_lang;
    if foreign {
        let _ = write!(out, r#" lang="{}""#, escape_html(&lang));
        let dir = text.dir();
        if dir != page_dir {
            let _ = write!(out, r#" dir="{}""#, escape_html(&dir));
        }
        if text.fallback() {
            let _ = write!(out, r#" data-fallback="{}""#, escape_html(&lang));
        }
    }
    if text.outdated() {
        out.push_str(r#" data-outdated="true""#);
    }
    out
}

pub(super) fn attrs_filter(
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

pub(super) fn chrome_filter(text: Value) -> std::result::Result<Value, minijinja::Error> {
    if let Some(object) = text.downcast_object_ref::<TextObject>()
        && object.fields().is_some()
    {
        return Ok(object.chrome());
    }
    // Strings, as the filter always gave them.
    let string = |v: Value| match v.as_str() {
        Some(_) => v,
        None => Value::from(v.to_string()),
    };
    let chrome = match TextParts::from_value(&text)? {
        TextParts::Values([words, lang, dir], _, outdated) => ChromeText {
            text: string(words),
            lang: string(lang),
            dir: string(dir),
            outdated,
        },
        TextParts::Fields(f) => ChromeText {
            text: Value::from(f.text),
            lang: Value::from(f.lang),
            dir: Value::from(f.dir),
            outdated: f.outdated,
        },
    };
    Ok(Value::from_object(chrome))
}

pub(super) fn text_filter(
    state: &State<'_, '_>,
    text: Value,
    element: Option<String>,
    kwargs: Kwargs,
) -> std::result::Result<Value, minijinja::Error> {
    let parts = TextParts::from_value(&text)?;
    let (lang, dir) = page_language(state)?;
    let (lang, dir) = (value_str(&lang), value_str(&dir));
    let words = parts.text();
    let text_lang = parts.lang();
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
            let body = needed_isolation(&words, parts.dir() == "rtl");
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

pub(super) fn underline_filter(line: Value, ch: Option<String>) -> String {
    let width = unicode_width::UnicodeWidthStr::width(line.to_string().as_str());
    ch.as_deref().unwrap_or("=").repeat(width)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
