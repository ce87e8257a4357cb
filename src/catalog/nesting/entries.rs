//! Entries: messages, terms, their attributes, identifiers and patterns (text lines and the
//! placeables between them).

use super::{Role, Shadow, Step, Stop, Termination};

impl Shadow<'_> {
    pub(super) fn entry(&mut self) -> Step {
        match self.cur() {
            Some(b'#') => {
                self.skip_comment();
                Ok(())
            }
            Some(b'-') => self.term(),
            _ => self.message(),
        }
    }

    pub(super) fn message(&mut self) -> Step {
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self.pattern()?;
        self.skip_blank_block();
        let attributes = self.attributes()?;
        if !value && attributes == 0 {
            return Err(Stop::Syntax);
        }
        Ok(())
    }

    pub(super) fn term(&mut self) -> Step {
        self.expect(b'-')?;
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        self.skip_blank_inline();
        let value = self.pattern()?;
        self.skip_blank_block();
        self.attributes()?;
        if value { Ok(()) } else { Err(Stop::Syntax) }
    }

    /// Attributes: one that fails to parse ends the list (the parser then reads its line as
    /// the start of the next entry), but nesting past the limit ends the scan.
    pub(super) fn attributes(&mut self) -> Step<usize> {
        let mut count = 0;
        loop {
            let line_start = self.ptr;
            self.skip_blank_inline();
            if !self.take(b'.') {
                self.ptr = line_start;
                return Ok(count);
            }
            match self.attribute() {
                Ok(()) => count += 1,
                Err(Stop::Syntax) => {
                    self.ptr = line_start;
                    return Ok(count);
                }
                Err(deep) => return Err(deep),
            }
        }
    }

    pub(super) fn attribute(&mut self) -> Step {
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        if self.pattern()? {
            Ok(())
        } else {
            Err(Stop::Syntax)
        }
    }

    pub(super) fn identifier(&mut self) -> Step<(usize, usize)> {
        if !self.cur().is_some_and(|b| b.is_ascii_alphabetic()) {
            return Err(Stop::Syntax);
        }
        self.ptr += 1;
        Ok(self.identifier_rest())
    }

    /// The rest of an identifier whose first letter was just consumed; its byte range.
    pub(super) fn identifier_rest(&mut self) -> (usize, usize) {
        let start = self.ptr - 1;
        while self
            .cur()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.ptr += 1;
        }
        (start, self.ptr)
    }

    /// A pattern; whether it has any content (the parser returns `None` otherwise).
    pub(super) fn pattern(&mut self) -> Step<bool> {
        let mut non_blank = false;
        self.skip_blank_inline();
        let mut role = if self.skip_eol() {
            self.skip_blank_block();
            Role::LineStart
        } else {
            Role::InitialLineStart
        };
        while self.ptr < self.b.len() {
            if self.take(b'{') {
                self.placeable()?;
                non_blank = true;
                role = Role::Continuation;
                continue;
            }
            if role == Role::LineStart {
                let slice_start = self.ptr;
                let indent = self.skip_blank_inline();
                match self.cur() {
                    None => break,
                    Some(b) if indent == 0 => {
                        if b != b'\r' && b != b'\n' {
                            break;
                        }
                    }
                    Some(b'.' | b'}' | b'[' | b'*') => {
                        self.ptr = slice_start;
                        break;
                    }
                    Some(_) => {}
                }
            }
            let (text_non_blank, termination) = self.text_slice()?;
            non_blank |= text_non_blank;
            role = match termination {
                Termination::LineFeed | Termination::Crlf => Role::LineStart,
                Termination::PlaceableStart | Termination::Eof => Role::Continuation,
            };
        }
        Ok(non_blank)
    }

    pub(super) fn text_slice(&mut self) -> Step<(bool, Termination)> {
        let rest = &self.b[self.ptr.min(self.b.len())..];
        let non_blank = |text: &[u8]| text.iter().any(|&c| c != b' ');
        let Some(end) = rest.iter().position(|&c| matches!(c, b'\n' | b'{' | b'}')) else {
            self.ptr += rest.len();
            return Ok((non_blank(rest), Termination::Eof));
        };
        let text = &rest[..end];
        match rest[end] {
            b'}' => {
                self.ptr += end;
                Err(Stop::Syntax)
            }
            b'\n' if text.last() == Some(&b'\r') => {
                self.ptr += end;
                Ok((non_blank(&text[..end - 1]), Termination::Crlf))
            }
            b'\n' => {
                self.ptr += end + 1;
                Ok((non_blank(text), Termination::LineFeed))
            }
            _ => {
                self.ptr += end;
                Ok((non_blank(text), Termination::PlaceableStart))
            }
        }
    }
}
