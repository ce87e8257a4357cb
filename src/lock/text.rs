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

/// The normalised text of a pattern.
pub(crate) fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    write_pattern(pattern, &mut out);
    out.trim_matches(is_layout).to_owned()
}

/// The canonical FTL spelling of an inline expression (`$name`, `-brand(case: "gen")`), as it
/// appears between the braces of a placeable.
pub(crate) fn inline_text(expression: &ast::InlineExpression<&str>) -> String {
    let mut out = String::new();
    write_inline(expression, &mut out);
    out
}

/// Spaces, tabs and line breaks: the whitespace FTL layout uses. No-break and other Unicode
/// spaces are content.
fn is_layout(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn write_pattern(pattern: &ast::Pattern<&str>, out: &mut String) {
    let mut run = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => run.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                collapse_into(&run, out);
                run.clear();
                write_placeable(expression, out);
            }
        }
    }
    collapse_into(&run, out);
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

fn write_placeable(expression: &ast::Expression<&str>, out: &mut String) {
    out.push_str("{ ");
    match expression {
        ast::Expression::Inline(inline) => write_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            write_inline(selector, out);
            out.push_str(" ->");
            for variant in variants {
                out.push(' ');
                if variant.default {
                    out.push('*');
                }
                out.push('[');
                match &variant.key {
                    ast::VariantKey::Identifier { name } => out.push_str(name),
                    ast::VariantKey::NumberLiteral { value } => out.push_str(value),
                }
                out.push_str("] ");
                let start = out.len();
                write_pattern(&variant.value, out);
                // Trim the variant's own leading and trailing layout.
                let body = out[start..].trim_matches(is_layout).to_owned();
                out.truncate(start);
                out.push_str(&body);
            }
        }
    }
    out.push_str(" }");
}

fn write_inline(expression: &ast::InlineExpression<&str>, out: &mut String) {
    match expression {
        ast::InlineExpression::StringLiteral { value } => {
            out.push('"');
            out.push_str(value);
            out.push('"');
        }
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            write_arguments(arguments, out);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(attribute) = attribute {
                out.push('.');
                out.push_str(attribute.name);
            }
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            out.push('-');
            out.push_str(id.name);
            if let Some(attribute) = attribute {
                out.push('.');
                out.push_str(attribute.name);
            }
            if let Some(arguments) = arguments {
                write_arguments(arguments, out);
            }
        }
        ast::InlineExpression::VariableReference { id } => {
            out.push('$');
            out.push_str(id.name);
        }
        ast::InlineExpression::Placeable { expression } => write_placeable(expression, out),
    }
}

fn write_arguments(arguments: &ast::CallArguments<&str>, out: &mut String) {
    out.push('(');
    let mut first = true;
    let mut separator = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    for positional in &arguments.positional {
        separator(out);
        write_inline(positional, out);
    }
    for named in &arguments.named {
        separator(out);
        out.push_str(named.name.name);
        out.push_str(": ");
        write_inline(&named.value, out);
    }
    out.push(')');
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
