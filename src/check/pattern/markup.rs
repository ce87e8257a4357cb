//! The markup of a pattern's text: the HTML tags it holds, as the markup rule compares them.

use std::collections::BTreeSet;

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
pub(super) fn markup_tags(text: &str, tags: &mut BTreeSet<String>) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
