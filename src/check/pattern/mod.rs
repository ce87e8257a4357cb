//! What `check` reads out of one Fluent pattern: its variables, references, markup tags,
//! select expressions, plain text and size in words.
//!
//! [`Facts`] is a [`Visit`]or over the pattern; it never looks at other entries or locales.
//! One walk gathers everything the rules and the identical-text check read, so each pattern
//! of a translation is walked once. What the text itself is made of (words, letters, Han
//! characters) is `text`; its HTML tags are `markup`.

mod markup;
mod text;

pub(crate) use text::{count_words, han_runs, has_letter, words};

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_syntax::ast::{
    CallArguments, Identifier, InlineExpression, Pattern, Variant, VariantKey,
};

use crate::ftl::Visit;
use crate::ftl::visit::{walk_arguments, walk_variants};
use markup::markup_tags;
use text::wide_or_angle;

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
    /// Whether some text has a `<`: without one, the pattern has no markup.
    angle: bool,
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
        self.angle = false;
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
        // A letter is not white space.
        !self.letters
            && self.variables.is_empty()
            && self.references.is_empty()
            && self
                .texts
                .iter()
                .all(|t| t.chars().all(char::is_whitespace))
    }

    /// Whether some text has a `<`: without one, [`Facts::markup`] is empty.
    pub(crate) fn may_have_markup(&self) -> bool {
        self.angle
    }

    /// The markup tags of the text, as `a`, `/a`, `br/`, lower-cased, without repetition.
    pub(crate) fn markup(&self) -> BTreeSet<String> {
        let mut tags = BTreeSet::new();
        if !self.angle {
            return tags;
        }
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
        let (wide, angle) = wide_or_angle(text);
        self.wide |= wide;
        self.angle |= angle;
        if has_letter(text) {
            self.letters = true;
            if self.quiet == 0 {
                self.fragments.push(text);
            }
        }
    }

    fn visit_string_literal(&mut self, value: &'a str) {
        self.texts.push(value);
        let (wide, angle) = wide_or_angle(value);
        self.wide |= wide;
        self.angle |= angle;
        self.letters = self.letters || has_letter(value);
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
}
