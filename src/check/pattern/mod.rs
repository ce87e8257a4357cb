//! What `check` reads out of one Fluent pattern: its variables, references, markup tags,
//! select expressions, plain text and size in words.
//!
//! [`Facts`] is a [`Visit`]or over the pattern; it never looks at other entries or locales.
//! One walk gathers everything the rules and the identical-text check read, so each pattern
//! of a translation is walked once.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_syntax::ast::{
    CallArguments, Identifier, InlineExpression, Pattern, Variant, VariantKey,
};

use crate::ftl::Visit;
use crate::ftl::visit::{walk_arguments, walk_variants};

/// A message or term referenced from a pattern, keyed like catalog entries (terms with `-`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Reference<'a> {
    /// `id` or `-id`, borrowed from the file's text (a term's `-` stands right before its
    /// name there).
    pub(crate) key: Cow<'a, str>,
    /// The identifier as it appears in the source (for its position).
    pub(crate) name: &'a str,
    /// The attribute referenced (`other.title`, or a term attribute selector such as
    /// `-brand.gender`), if any.
    pub(crate) attribute: Option<&'a str>,
}

impl Reference<'_> {
    /// Whether this is a term attribute (`-brand.gender`): each locale's terms have their own
    /// attributes, so such a reference is the translation's own business.
    pub(crate) fn is_term_attribute(&self) -> bool {
        self.attribute.is_some() && self.key.starts_with('-')
    }
}

/// A select expression with its selector and variant keys.
#[derive(Debug)]
pub(crate) struct Select<'a> {
    /// `$var` or `NUMBER($var)` selectors give the variable's name; `None` otherwise.
    pub(crate) variable: Option<&'a str>,
    /// Whether the selector is a variable or a `NUMBER()` call.
    pub(crate) numeric_selector: bool,
    /// The variant keys, in order (identifiers and number literals as written).
    pub(crate) keys: Vec<Key<'a>>,
    /// The selector's identifier in the source (for its position).
    pub(crate) anchor: &'a str,
}

/// A variant key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key<'a> {
    /// `[one]`
    Name(&'a str),
    /// `[0]`
    Number(&'a str),
}

/// Everything collected from one pattern.
#[derive(Debug, Default)]
pub(crate) struct Facts<'a> {
    /// Variables referenced (`$name` → `name`), first occurrence kept for its position.
    pub(crate) variables: Vec<&'a str>,
    /// Variables whose value is shown (used outside selectors).
    pub(crate) shown: Vec<&'a str>,
    /// Messages and terms referenced.
    pub(crate) references: Vec<Reference<'a>>,
    /// Select expressions, outermost first.
    pub(crate) selects: Vec<Select<'a>>,
    /// Text elements and string literals, in order.
    pub(crate) texts: Vec<&'a str>,
    /// The runs of text that contain a letter, outside selectors and call arguments, as
    /// written (what the identical-text check compares), in order.
    pub(crate) fragments: Vec<&'a str>,
    /// Whether some text or string literal has a letter (numbers, punctuation and placeables
    /// alone do not count).
    letters: bool,
    /// Whether some text or string literal has a byte from 0xE3 on, which every Han character
    /// and U+FFFD start with: without one, the rules that look for them need not.
    pub(crate) wide: bool,
    /// The file's text the pattern borrows from, for the keys of term references.
    source: &'a str,
    /// How many selectors and call argument lists the walk is inside.
    quiet: usize,
}

impl<'a> Facts<'a> {
    /// Walks `pattern`, parsed from `source` (the file's text).
    pub(crate) fn of(pattern: &'a Pattern<&'a str>, source: &'a str) -> Self {
        let mut facts = Facts::default();
        facts.refill(pattern, source);
        facts
    }

    /// Forgets what was gathered and walks `pattern`, parsed from `source`, keeping the
    /// memory of the lists: one `Facts` serves every pattern of a locale.
    pub(crate) fn refill(&mut self, pattern: &'a Pattern<&'a str>, source: &'a str) {
        self.variables.clear();
        self.shown.clear();
        self.references.clear();
        self.selects.clear();
        self.texts.clear();
        self.fragments.clear();
        self.letters = false;
        self.wide = false;
        self.source = source;
        self.quiet = 0;
        self.visit_pattern(pattern);
    }

    /// Whether the pattern contains any letter in its text (numbers, punctuation and
    /// placeables alone do not count).
    pub(crate) fn has_letters(&self) -> bool {
        self.letters
    }

    /// Whether the pattern's text is empty or whitespace and it has no placeable that could
    /// produce text.
    pub(crate) fn is_blank(&self) -> bool {
        self.variables.is_empty()
            && self.references.is_empty()
            && self.texts.iter().all(|t| t.trim().is_empty())
    }

    /// The markup tags of the text, as `a`, `/a`, `br/`, lower-cased, without repetition.
    pub(crate) fn markup(&self) -> BTreeSet<String> {
        let mut tags = BTreeSet::new();
        for text in &self.texts {
            markup_tags(text, &mut tags);
        }
        tags
    }

    /// The number of words of the text (see [`count_words`]).
    pub(crate) fn words(&self) -> usize {
        self.texts.iter().map(|t| count_words(t)).sum()
    }
}

impl<'a> Visit<'a> for Facts<'a> {
    fn visit_text(&mut self, text: &'a str) {
        self.texts.push(text);
        self.wide = self.wide || wide(text);
        if text.chars().any(char::is_alphabetic) {
            self.letters = true;
            if self.quiet == 0 {
                self.fragments.push(text);
            }
        }
    }

    fn visit_string_literal(&mut self, value: &'a str) {
        self.texts.push(value);
        self.wide = self.wide || wide(value);
        self.letters = self.letters || value.chars().any(char::is_alphabetic);
    }

    fn visit_select(
        &mut self,
        selector: &'a InlineExpression<&'a str>,
        variants: &'a [Variant<&'a str>],
    ) {
        let (variable, numeric_selector, anchor) = match selector {
            InlineExpression::VariableReference { id } => (Some(id.name), true, id.name),
            InlineExpression::FunctionReference { id, arguments } => {
                let variable = arguments.positional.first().and_then(|a| match a {
                    InlineExpression::VariableReference { id } => Some(id.name),
                    _ => None,
                });
                (variable, id.name == "NUMBER", id.name)
            }
            InlineExpression::TermReference { id, .. }
            | InlineExpression::MessageReference { id, .. } => (None, false, id.name),
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => (None, false, *value),
            InlineExpression::Placeable { .. } => (None, false, ""),
        };
        self.selects.push(Select {
            variable,
            numeric_selector,
            keys: variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => Key::Name(name),
                    VariantKey::NumberLiteral { value } => Key::Number(value),
                })
                .collect(),
            anchor,
        });
        // A term attribute used as a selector (`-brand.gender`) is recorded with its
        // attribute: it refers to the term's attribute, not to its value. A variable that
        // only selects is not shown.
        let shown = self.shown.len();
        self.quiet += 1;
        self.visit_inline(selector);
        self.quiet -= 1;
        self.shown.truncate(shown);
        walk_variants(self, variants);
    }

    fn visit_function(
        &mut self,
        _id: &'a Identifier<&'a str>,
        arguments: &'a CallArguments<&'a str>,
    ) {
        self.quiet += 1;
        walk_arguments(self, arguments);
        self.quiet -= 1;
    }

    fn visit_variable(&mut self, name: &'a str) {
        if !self.variables.contains(&name) {
            self.variables.push(name);
        }
        if !self.shown.contains(&name) {
            self.shown.push(name);
        }
    }

    fn visit_message_reference(
        &mut self,
        id: &'a Identifier<&'a str>,
        attribute: Option<&'a Identifier<&'a str>>,
    ) {
        self.references.push(Reference {
            key: Cow::Borrowed(id.name),
            name: id.name,
            attribute: attribute.map(|a| a.name),
        });
    }

    /// Term arguments (`-brand(case: "gen")`) are parameters of the term, not variables of the
    /// message: they are not walked.
    fn visit_term_reference(
        &mut self,
        id: &'a Identifier<&'a str>,
        attribute: Option<&'a Identifier<&'a str>>,
        _arguments: Option<&'a CallArguments<&'a str>>,
    ) {
        let start = (id.name.as_ptr() as usize).wrapping_sub(self.source.as_ptr() as usize);
        let key = match start
            .checked_sub(1)
            .and_then(|dash| self.source.get(dash..start + id.name.len()))
        {
            Some(key) if key.starts_with('-') => Cow::Borrowed(key),
            _ => Cow::Owned(format!("-{}", id.name)),
        };
        self.references.push(Reference {
            key,
            name: id.name,
            attribute: attribute.map(|a| a.name),
        });
    }
}

/// Whether `text` has a byte from 0xE3 on (counted without branching, so it vectorises).
fn wide(text: &str) -> bool {
    text.bytes()
        .fold(0u8, |found, b| found | u8::from(b >= 0xE3))
        != 0
}

/// The number of words of `pattern`'s text and string literals (see [`count_words`]), as
/// [`Facts::words`] counts them, without gathering anything else.
pub(crate) fn words(pattern: &Pattern<&str>) -> usize {
    struct Words(usize);
    impl<'a> Visit<'a> for Words {
        fn visit_text(&mut self, text: &'a str) {
            self.0 += count_words(text);
        }
        fn visit_string_literal(&mut self, value: &'a str) {
            self.0 += count_words(value);
        }
        fn visit_term_reference(
            &mut self,
            _id: &'a Identifier<&'a str>,
            _attribute: Option<&'a Identifier<&'a str>>,
            _arguments: Option<&'a CallArguments<&'a str>>,
        ) {
        }
    }
    let mut words = Words(0);
    words.visit_pattern(pattern);
    words.0
}

/// HTML element names recognised as markup; `<ignored>` or `<name>` are text, not tags.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "big",
    "blockquote",
    "br",
    "button",
    "center",
    "cite",
    "code",
    "dd",
    "del",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "time",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
];

/// Collects the HTML tags of `text`: `<a href=…>` gives `a`, `</a>` gives `/a`. Only HTML
/// element names count; a `<` not followed by one is plain text.
///
/// Linear in the length of `text`: after a name, only the bytes up to the next `<` or `>` are
/// looked at, and the next search starts before that `<`, so every byte is read a bounded
/// number of times (searching for `>` to the end of the text after every `<` was quadratic).
fn markup_tags(text: &str, tags: &mut BTreeSet<String>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(found) = text[i..].find('<') {
        let start = i + found + 1;
        i = start;
        let (closing, name_start) = match bytes.get(start) {
            Some(b'/') => (true, start + 1),
            _ => (false, start),
        };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
            .map_or(bytes.len(), |p| name_start + p);
        // The tag ends at the first `>`, unless a `<` comes first (then it is text).
        let Some(close) = bytes[name_end..]
            .iter()
            .position(|b| *b == b'<' || *b == b'>')
            .filter(|&p| bytes[name_end + p] == b'>')
        else {
            continue;
        };
        let name = text[name_start..name_end].to_ascii_lowercase();
        if HTML_ELEMENTS.binary_search(&name.as_str()).is_err() {
            continue;
        }
        tags.insert(if closing { format!("/{name}") } else { name });
        i = name_end + close + 1;
    }
}

/// Whether `c` is written without spaces between words, so that each character counts as a
/// word: Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer.
pub(crate) fn counts_per_char(c: char) -> bool {
    is_han(c)
        || matches!(c as u32,
            0x3040..=0x30FF      // Hiragana, Katakana
            | 0x31F0..=0x31FF    // Katakana extensions
            | 0xFF66..=0xFF9D    // half-width Katakana
            | 0x1100..=0x11FF    // Hangul Jamo
            | 0xAC00..=0xD7AF    // Hangul syllables
            | 0x3130..=0x318F    // Hangul compatibility Jamo
            | 0x0E00..=0x0E7F    // Thai
            | 0x0E80..=0x0EFF    // Lao
            | 0x1780..=0x17FF    // Khmer
            | 0x19E0..=0x19FF) // Khmer symbols
}

/// Whether `c` is a Han ideograph (CJK unified ideographs and their extensions).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2EBEF
        | 0x30000..=0x323AF)
}

/// Words in `text`: runs of letters and digits separated by anything else, except that in
/// scripts written without spaces (see [`counts_per_char`]) every character is a word.
pub(crate) fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        if counts_per_char(c) {
            words += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                words += 1;
            }
            in_word = true;
        } else {
            in_word = c == '\'' && in_word;
        }
    }
    words
}

/// The runs of Han characters in `text`.
pub(crate) fn han_runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_han(c)).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;
    use fluent_syntax::parser::parse;

    fn with_facts(ftl: &str, f: impl FnOnce(&Facts<'_>)) {
        let resource = parse(ftl).unwrap();
        let Entry::Message(m) = &resource.body[0] else {
            panic!("not a message")
        };
        f(&Facts::of(m.value.as_ref().unwrap(), ftl));
    }

    #[test]
    fn term_arguments_are_not_variables() {
        with_facts(
            "a = { -brand(case: \"gen\") } { $n ->\n  [one] one { NUMBER($m) }\n *[other] { msg }\n}\n",
            |f| {
                assert_eq!(f.variables, ["n", "m"]);
                assert_eq!(f.shown, ["m"]);
                let keys: Vec<_> = f.references.iter().map(|r| &*r.key).collect();
                assert_eq!(keys, ["-brand", "msg"]);
                assert_eq!(f.selects[0].keys, [Key::Name("one"), Key::Name("other")]);
                assert!(f.selects[0].numeric_selector);
            },
        );
    }

    #[test]
    fn markup_tags_ignore_comparisons() {
        let mut tags = BTreeSet::new();
        markup_tags(
            "a < b, <a href=\"x\">link</a><br/> 3<4 <B> <ignored>",
            &mut tags,
        );
        assert_eq!(tags.into_iter().collect::<Vec<_>>(), ["/a", "a", "b", "br"]);
    }

    /// Review finding: a 640 KB line of `<a<a<a…` took 4.5 s because each `<` searched the
    /// rest of the line for `>`. A tag now ends at the next `<` or `>`, so each character is
    /// looked at a bounded number of times; the result on such a line is unchanged.
    #[test]
    fn an_unclosed_tag_ends_at_the_next_angle_bracket() {
        let mut tags = BTreeSet::new();
        let mut text = "<a".repeat(1000);
        text.push_str("<b>x</b>");
        markup_tags(&text, &mut tags);
        assert_eq!(tags.into_iter().collect::<Vec<_>>(), ["/b", "b"]);
    }

    #[test]
    fn markup_tags_unclosed_or_interrupted_are_text() {
        let mut tags = BTreeSet::new();
        markup_tags("<a <b>x <i", &mut tags);
        assert_eq!(tags.into_iter().collect::<Vec<_>>(), ["b"]);
    }

    #[test]
    fn html_elements_are_sorted() {
        assert!(HTML_ELEMENTS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn wide_texts_are_those_han_and_u_fffd_could_be_in() {
        assert!(!wide("Hello, Привет, Γειά, مرحبا"));
        assert!(wide("培训"));
        assert!(wide("a\u{fffd}b"));
        assert!(wide("𠀀"));
    }

    #[test]
    fn words_count_cjk_by_character() {
        assert_eq!(count_words("Hello, world! It's 2023."), 4);
        assert_eq!(count_words("工业园区培训"), 6);
        assert_eq!(count_words("ภาษาไทย"), 7);
        assert_eq!(count_words("Open 工业 now"), 4);
    }

    #[test]
    fn han_runs_are_found() {
        let runs: Vec<_> = han_runs("Training 培训 in 中国.").collect();
        assert_eq!(runs, ["培训", "中国"]);
    }
}
