//! Escaping for the formats templates write (HTML, XML, CommonMark) and the isolation marks
//! plain text keeps: pure functions of a string. `render` (feeds, sitemap) and `handoff`
//! (XLIFF) use the XML one.

/// First strong isolate and pop directional isolate, as Fluent puts them around placeables.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// `text` with each pair of Fluent's isolation marks kept only where the isolated part holds a
/// letter of the other direction than the text's (`rtl` or not); unpaired marks stay as they
/// are. Digits and punctuation alone are neutral, so isolated digits lose their marks in any text.
pub(super) fn needed_isolation(text: &str, rtl: bool) -> String {
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
pub(super) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let _ = write_escaped_html(&mut out, text);
    out
}

/// Writes `text` escaped for HTML: the runs between characters that need an entity are written
/// as they are. The characters are found with `memchr` (a few bytes at a time) rather than
/// byte by byte: the markup ones (`&<>`) and the quotes (`"'`) each keep their next position.
pub(super) fn write_escaped_html(out: &mut impl std::fmt::Write, text: &str) -> std::fmt::Result {
    let bytes = text.as_bytes();
    let end = bytes.len();
    let markup_from =
        |from: usize| memchr::memchr3(b'&', b'<', b'>', &bytes[from..]).map_or(end, |i| from + i);
    let quote_from =
        |from: usize| memchr::memchr2(b'"', b'\'', &bytes[from..]).map_or(end, |i| from + i);
    let mut markup = markup_from(0);
    let mut quote = quote_from(0);
    let mut start = 0;
    loop {
        let i = markup.min(quote);
        if i == end {
            break;
        }
        let entity = match bytes[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        // `i` is an ASCII byte, so both slices end on character boundaries.
        out.write_str(&text[start..i])?;
        out.write_str(entity)?;
        start = i + 1;
        if i == markup {
            markup = markup_from(start);
        } else {
            quote = quote_from(start);
        }
    }
    out.write_str(&text[start..])
}

/// Escapes text for XML content and attribute values; characters XML 1.0 cannot carry are
/// dropped. The text is scanned a byte at a time with a table (no character decoding), and
/// the runs between the bytes that need something are copied at once.
pub(crate) fn escape_xml(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if !XML_SPECIAL[usize::from(byte)] {
            i += 1;
            continue;
        }
        let (replacement, len) = match byte {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&apos;", 1),
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF), which XML 1.0 does not allow, are dropped;
            // every other character starting with EF stays.
            0xEF if matches!(bytes.get(i + 1..i + 3), Some([0xBF, 0xBE | 0xBF])) => ("", 3),
            0xEF => {
                i += 1;
                continue;
            }
            // Control characters other than tab, line feed and carriage return are dropped.
            _ => ("", 1),
        };
        // Every byte that stops the scan starts a character (ASCII, or EF).
        out.push_str(&text[start..i]);
        out.push_str(replacement);
        i += len;
        start = i;
    }
    out.push_str(&text[start..]);
    out
}

/// The bytes [`escape_xml`] looks at: markup characters, control characters other than tab,
/// line feed and carriage return, and EF (the first byte of U+FFFE and U+FFFF).
const XML_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = !matches!(byte as u8, b'\t' | b'\n' | b'\r');
        byte += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xEF] = true;
    table
};

/// Escapes text so that CommonMark shows it literally, on one line: Markdown and HTML
/// punctuation is backslash-escaped (CommonMark allows that for any ASCII punctuation, so
/// `&`, `<` and `>` need no entities and apostrophes stay apostrophes), line breaks become
/// spaces, and a start that would open a block (list, heading, quote) is escaped too.
pub(super) fn escape_markdown(text: &str) -> String {
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

    /// The XML escaping as it was first written, one character at a time.
    fn escape_xml_by_chars(text: &str) -> String {
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

    #[test]
    fn xml_escaping_matches_the_character_by_character_version() {
        let texts = [
            "",
            "plain",
            "a & b < c > d \" e ' f",
            "tab\tline\ncr\r bell\u{7} nul\u{0} esc\u{1b} end",
            "\u{FFFE}x\u{FFFF}y\u{FFFD}z\u{FEFF}\u{F000}\u{EFFF}",
            "中文 ‘quotes’ — 🙂 \u{E000} <tag attr='v'>",
            "\u{FFFF}",
            "\u{1F}",
        ];
        for text in texts {
            assert_eq!(escape_xml(text), escape_xml_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn html_escapes_every_special_character_in_any_order() {
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("plain text"), "plain text");
        assert_eq!(
            escape_html(r#"<a href="x">'Tom' & "Jerry"</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; &quot;Jerry&quot;&lt;/a&gt;"
        );
        assert_eq!(escape_html("''&&\"<"), "&#39;&#39;&amp;&amp;&quot;&lt;");
        assert_eq!(escape_html("中文 'ü' > é"), "中文 &#39;ü&#39; &gt; é");
    }

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
}
