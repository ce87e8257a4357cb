//! Texts that templates read in place: a [`TextObject`] points at one text of something that
//! holds many ([`Texts`], a page), so a context hands its texts to the templates without
//! copying them into a tree of values first. Templates see the same object as any other text:
//! `text`, `lang`, `dir`, `fallback` and `outdated`, in that order.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, Value};

/// The parts of one text, borrowed from where it is kept.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextFields<'a> {
    /// The words, not escaped.
    pub(crate) text: &'a str,
    /// The locale they are in.
    pub(crate) lang: &'a str,
    /// `ltr` or `rtl`.
    pub(crate) dir: &'static str,
    /// True when they come from a later locale of the page's chain.
    pub(crate) fallback: bool,
    /// True when the translation is older than its source.
    pub(crate) outdated: bool,
}

/// Something that holds texts by number, such as a page.
pub(crate) trait Texts: Send + Sync + std::fmt::Debug + 'static {
    /// Text number `at`, if there is one.
    fn text(&self, at: usize) -> Option<TextFields<'_>>;
}

/// One text of a [`Texts`] as a template value.
#[derive(Debug)]
pub(crate) struct TextObject {
    texts: Arc<dyn Texts>,
    at: usize,
    /// What the `chrome` filter returns: no longer a fallback, and its fields listed in name
    /// order, as that filter's texts always were.
    chrome: bool,
}

/// The fields of a text, in the order a view declares them.
const FIELDS: &[&str] = &["text", "lang", "dir", "fallback", "outdated"];
/// The fields of a text the `chrome` filter returned, in name order.
pub(super) const CHROME_FIELDS: &[&str] = &["dir", "fallback", "lang", "outdated", "text"];

impl TextObject {
    /// Text `at` of `texts` as a template value.
    pub(crate) fn value(texts: &Arc<dyn Texts>, at: usize) -> Value {
        Value::from_object(TextObject {
            texts: Arc::clone(texts),
            at,
            chrome: false,
        })
    }

    /// The same text as the `chrome` filter gives it.
    pub(super) fn chrome(&self) -> Value {
        Value::from_object(TextObject {
            texts: Arc::clone(&self.texts),
            at: self.at,
            chrome: true,
        })
    }

    /// Its parts, as the filters read them (`fallback` false once through `chrome`).
    pub(super) fn fields(&self) -> Option<TextFields<'_>> {
        let mut fields = self.texts.text(self.at)?;
        fields.fallback &= !self.chrome;
        Some(fields)
    }
}

impl Object for TextObject {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let fields = self.fields()?;
        Some(match key.as_str()? {
            "text" => Value::from(fields.text),
            "lang" => Value::from(fields.lang),
            "dir" => Value::from(fields.dir),
            "fallback" => Value::from(fields.fallback),
            "outdated" => Value::from(fields.outdated),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(if self.chrome { CHROME_FIELDS } else { FIELDS })
    }
}
