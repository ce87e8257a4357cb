//! The normalised text of a pattern: what the lock stores, compares and fingerprints.
//!
//! A pattern is written back as one string of FTL: text as written, every placeable in one
//! canonical spelling (`{ $name }`, `{ -brand(case: "gen") }`, `{ $n -> [one] … *[other] … }`).
//! Whitespace in text is normalised: a run of spaces, tabs and line breaks becomes one space, or
//! one blank line (`\n\n`) when it contains a blank line; the ends are trimmed. So re-indenting,
//! re-wrapping a paragraph or respacing a placeable is not a change, while any change a reader
//! can see (words, punctuation, no-break spaces, paragraph breaks, placeables) is.
//! Comments are not part of a pattern and never count.

use fluent_syntax::ast;

use crate::ftl::Visit;
use crate::ftl::visit::{walk_expression, walk_pattern};

/// The normalised text of a pattern.
pub(crate) fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let mut printer = Printer::default();
    printer.visit_pattern(pattern);
    printer.out.trim_matches(is_layout).to_owned()
}

/// The canonical FTL spelling of an inline expression (`$name`, `-brand(case: "gen")`), as it
/// appears between the braces of a placeable.
pub(crate) fn inline_text(expression: &ast::InlineExpression<&str>) -> String {
    let mut printer = Printer::default();
    printer.visit_inline(expression);
    printer.out
}

/// Spaces, tabs and line breaks: the whitespace FTL layout uses. No-break and other Unicode
/// spaces are content.
fn is_layout(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// Writes every node it visits in its canonical spelling.
#[derive(Default)]
struct Printer {
    out: String,
    /// The text elements met since the last placeable, written collapsed at the next one.
    run: String,
}

impl Printer {
    fn flush_text(&mut self) {
        collapse_into(&self.run, &mut self.out);
        self.run.clear();
    }

    fn arguments<'a>(&mut self, arguments: &'a ast::CallArguments<&'a str>) {
        self.out.push('(');
        let mut first = true;
        let positional = arguments.positional.iter().map(|value| (None, value));
        let named = arguments
            .named
            .iter()
            .map(|n| (Some(n.name.name), &n.value));
        for (name, value) in positional.chain(named) {
            if !first {
                self.out.push_str(", ");
            }
            first = false;
            if let Some(name) = name {
                self.out.push_str(name);
                self.out.push_str(": ");
            }
            self.visit_inline(value);
        }
        self.out.push(')');
    }

    fn reference(
        &mut self,
        prefix: &str,
        id: &ast::Identifier<&str>,
        attribute: Option<&ast::Identifier<&str>>,
    ) {
        self.out.push_str(prefix);
        self.out.push_str(id.name);
        if let Some(attribute) = attribute {
            self.out.push('.');
            self.out.push_str(attribute.name);
        }
    }
}

impl<'a> Visit<'a> for Printer {
    fn visit_pattern(&mut self, pattern: &'a ast::Pattern<&'a str>) {
        walk_pattern(self, pattern);
        self.flush_text();
    }

    fn visit_text(&mut self, text: &'a str) {
        self.run.push_str(text);
    }

    fn visit_placeable(&mut self, expression: &'a ast::Expression<&'a str>) {
        self.flush_text();
        self.out.push_str("{ ");
        walk_expression(self, expression);
        self.out.push_str(" }");
    }

    fn visit_select(
        &mut self,
        selector: &'a ast::InlineExpression<&'a str>,
        variants: &'a [ast::Variant<&'a str>],
    ) {
        self.visit_inline(selector);
        self.out.push_str(" ->");
        for variant in variants {
            self.out.push(' ');
            if variant.default {
                self.out.push('*');
            }
            self.out.push('[');
            match &variant.key {
                ast::VariantKey::Identifier { name } => self.out.push_str(name),
                ast::VariantKey::NumberLiteral { value } => self.out.push_str(value),
            }
            self.out.push_str("] ");
            let start = self.out.len();
            self.visit_pattern(&variant.value);
            // Trim the variant's own leading and trailing layout.
            let body = self.out[start..].trim_matches(is_layout).to_owned();
            self.out.truncate(start);
            self.out.push_str(&body);
        }
    }

    fn visit_string_literal(&mut self, value: &'a str) {
        self.out.push('"');
        self.out.push_str(value);
        self.out.push('"');
    }

    fn visit_number_literal(&mut self, value: &'a str) {
        self.out.push_str(value);
    }

    fn visit_variable(&mut self, name: &'a str) {
        self.out.push('$');
        self.out.push_str(name);
    }

    fn visit_message_reference(
        &mut self,
        id: &'a ast::Identifier<&'a str>,
        attribute: Option<&'a ast::Identifier<&'a str>>,
    ) {
        self.reference("", id, attribute);
    }

    fn visit_term_reference(
        &mut self,
        id: &'a ast::Identifier<&'a str>,
        attribute: Option<&'a ast::Identifier<&'a str>>,
        arguments: Option<&'a ast::CallArguments<&'a str>>,
    ) {
        self.reference("-", id, attribute);
        if let Some(arguments) = arguments {
            self.arguments(arguments);
        }
    }

    fn visit_function(
        &mut self,
        id: &'a ast::Identifier<&'a str>,
        arguments: &'a ast::CallArguments<&'a str>,
    ) {
        self.reference("", id, None);
        self.arguments(arguments);
    }
}

/// Appends `text` with every run of layout whitespace collapsed.
fn collapse_into(text: &str, out: &mut String) {
    let mut newlines = 0;
    let mut in_space = false;
    for c in text.chars() {
        if is_layout(c) {
            in_space = true;
            newlines += usize::from(c == '\n');
            continue;
        }
        if in_space {
            out.push_str(if newlines >= 2 { "\n\n" } else { " " });
            in_space = false;
            newlines = 0;
        }
        out.push(c);
    }
    if in_space {
        out.push_str(if newlines >= 2 { "\n\n" } else { " " });
    }
}

/// A 64-bit FNV-1a hash of a normalised text: the fingerprint of a translation.
///
/// FNV-1a is specified in a few lines, so the value is stable across versions and platforms
/// without a dependency; it is not cryptographic, and need not be: it only tells whether one
/// entry's translation changed since it was recorded.
pub(crate) fn fingerprint(text: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    text.bytes().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(ftl: &str) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(ftl).expect("valid FTL");
        let mut out = Vec::new();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                out.extend(m.value.as_ref().map(pattern_text));
                out.extend(m.attributes.iter().map(|a| pattern_text(&a.value)));
            }
        }
        out
    }

    #[test]
    fn layout_is_not_content() {
        let a = texts("a = Hello {$name}, welcome\n    to the site.\n");
        let b = texts("a =\n  Hello { $name },\n  welcome to the site.\n");
        assert_eq!(a, ["Hello { $name }, welcome to the site."]);
        assert_eq!(a, b);
    }

    #[test]
    fn blank_lines_and_crlf() {
        let t = texts("a =\r\n    One.\r\n\r\n    Two.\r\n");
        assert_eq!(t, ["One.\n\nTwo."]);
    }

    #[test]
    fn no_break_space_is_content() {
        let t = texts("a = 10\u{a0}km\n");
        assert_eq!(t, ["10\u{a0}km"]);
    }

    #[test]
    fn expressions_have_one_spelling() {
        let t = texts(concat!(
            "a = {-brand(case:\"gen\")} {NUMBER($n,minimumFractionDigits:2)} {msg.attr}\n",
            "b = {$n ->\n  [one] one item\n *[other]   {$n}   items\n}\n",
            "  .title = { { \"x\" } }\n",
        ));
        assert_eq!(
            t,
            [
                "{ -brand(case: \"gen\") } { NUMBER($n, minimumFractionDigits: 2) } { msg.attr }",
                "{ $n -> [one] one item *[other] { $n } items }",
                "{ { \"x\" } }",
            ]
        );
    }

    #[test]
    fn fingerprint_is_fnv1a_64() {
        // Reference values of the FNV-1a 64 specification.
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fingerprint("foobar"), 0x8594_4171_f739_67e8);
    }
}
