//! Text that comes from the input (folder and file names, messages quoting them) made safe to
//! print, so that it cannot act on the terminal or on the CI log. The report writers of
//! [`check`](crate::check) and the binary's messages go through it; it writes only to the
//! writer it is given.
//!
//! A folder may be named `nl\n::error file=README.md::…` or hold terminal escape sequences.
//! Printed as it is, the first forges a line that GitHub Actions reads as a workflow command,
//! the second rewrites the terminal. So every printed name shows its control characters as
//! escapes (`\n`, `\x1b`, `\u{202e}`), and a line can never start with `:` (GitHub reads
//! commands after leading blanks): a leading colon is shown as `\x3a`.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `c` must be shown as an escape: C0 and C1 controls, DEL, and the invisible
/// characters that reorder or break lines (bidi embeddings, overrides and isolates, line and
/// paragraph separators).
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

fn push_escape(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
        c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// A one-line text (a name, or a message quoting names) safe to print: hidden characters
/// escaped, and a leading `:` too.
pub fn name(text: &str) -> Cow<'_, str> {
    let leading_colon = text.trim_start().starts_with(':');
    if !leading_colon && !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut at_start = true;
    for c in text.chars() {
        if is_hidden(c) {
            push_escape(&mut out, c);
        } else if c == ':' && at_start {
            out.push_str("\\x3a");
        } else {
            out.push(c);
        }
        at_start &= c == ' ';
    }
    Cow::Owned(out)
}

/// A writer for plain (unstyled) output that applies the same rule to everything written
/// through it, line by line: `\n` ends a line, any other hidden character is escaped, and a
/// line cannot start with `:`. For commands whose output quotes paths and names from the
/// project among their own text.
pub struct Plain<W: Write> {
    inner: W,
    /// Bytes of an incomplete UTF-8 sequence left from the previous write.
    pending: Vec<u8>,
    at_line_start: bool,
}

impl<W: Write> Plain<W> {
    /// A writer that passes what it is given to `inner`, made safe as above.
    pub fn new(inner: W) -> Self {
        Plain {
            inner,
            pending: Vec::new(),
            at_line_start: true,
        }
    }

    fn emit(&mut self, text: &str) -> io::Result<()> {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\n' {
                out.push('\n');
                self.at_line_start = true;
                continue;
            }
            if is_hidden(c) {
                push_escape(&mut out, c);
            } else if c == ':' && self.at_line_start {
                out.push_str("\\x3a");
            } else {
                out.push(c);
            }
            self.at_line_start &= c == ' ';
        }
        self.inner.write_all(out.as_bytes())
    }
}

impl<W: Write> Write for Plain<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let bytes = std::mem::take(&mut self.pending);
        let (text, rest) = match std::str::from_utf8(&bytes) {
            Ok(text) => (text.to_owned(), Vec::new()),
            Err(e) if e.error_len().is_none() => {
                // An incomplete sequence at the end: keep it for the next write.
                let valid = e.valid_up_to();
                (
                    String::from_utf8_lossy(&bytes[..valid]).into_owned(),
                    bytes[valid..].to_vec(),
                )
            }
            Err(_) => (String::from_utf8_lossy(&bytes).into_owned(), Vec::new()),
        };
        self.pending = rest;
        self.emit(&text)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = String::from_utf8_lossy(&std::mem::take(&mut self.pending)).into_owned();
            self.emit(&rest)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Plain<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_show_their_control_characters() {
        assert_eq!(name("fr"), "fr");
        assert_eq!(
            name("nl\n::error file=README.md::INJECTED"),
            "nl\\n::error file=README.md::INJECTED"
        );
        assert_eq!(name("::warning::x"), "\\x3a:warning::x");
        assert_eq!(name("  :x"), "  \\x3ax");
        assert_eq!(name("a\u{1b}[2Jb\u{7f}\u{9b}"), "a\\x1b[2Jb\\x7f\\x9b");
        assert_eq!(name("a\u{202e}b\u{2028}"), "a\\u{202e}b\\u{2028}");
        assert_eq!(name("a:b"), "a:b");
    }

    #[test]
    fn plain_output_keeps_lines_and_escapes_the_rest() {
        let mut buf = Vec::new();
        {
            let mut plain = Plain::new(&mut buf);
            plain.write_all("one\r\n  ::error::x\n".as_bytes()).unwrap();
            // A character split across two writes.
            let e_acute = "é\u{1b}\n".as_bytes();
            plain.write_all(&e_acute[..1]).unwrap();
            plain.write_all(&e_acute[1..]).unwrap();
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "one\\r\n  \\x3a:error::x\né\\x1b\n"
        );
    }
}
