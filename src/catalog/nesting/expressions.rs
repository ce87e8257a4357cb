//! Expressions inside placeables: select expressions and their variants, inline expressions,
//! call arguments and literals. Every `{` and `(` goes through `Shadow::enter`, which counts
//! the depth.

use super::{Inline, Shadow, Step, Stop};

impl Shadow<'_> {
    /// After a `{`.
    pub(super) fn placeable(&mut self) -> Step {
        self.enter()?;
        self.skip_blank();
        let expression = self.expression()?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        if matches!(expression, Some(Inline::Term { attribute: true })) {
            return Err(Stop::Syntax);
        }
        self.depth -= 1;
        Ok(())
    }

    /// An expression: `Some` inline expression, or `None` for a select expression.
    pub(super) fn expression(&mut self) -> Step<Option<Inline>> {
        let inline = self.inline_expression(false)?;
        self.skip_blank();
        if !(self.cur() == Some(b'-') && self.at(self.ptr + 1) == Some(b'>')) {
            if matches!(inline, Inline::Term { attribute: true }) {
                return Err(Stop::Syntax);
            }
            return Ok(Some(inline));
        }
        match inline {
            Inline::Message { .. } | Inline::Placeable | Inline::Term { attribute: false } => {
                return Err(Stop::Syntax);
            }
            _ => {}
        }
        self.ptr += 2;
        self.skip_blank_inline();
        if !self.skip_eol() {
            return Err(Stop::Syntax);
        }
        self.skip_blank();
        self.variants()?;
        Ok(None)
    }

    pub(super) fn variants(&mut self) -> Step {
        let mut has_default = false;
        loop {
            if self.take(b'*') {
                if has_default {
                    return Err(Stop::Syntax);
                }
                has_default = true;
            }
            if !self.take(b'[') {
                break;
            }
            self.skip_blank();
            if self.cur().is_some_and(|b| b.is_ascii_digit() || b == b'-') {
                self.number_literal()?;
            } else {
                self.identifier()?;
            }
            self.skip_blank();
            self.expect(b']')?;
            if !self.pattern()? {
                return Err(Stop::Syntax);
            }
            self.skip_blank();
        }
        if has_default {
            Ok(())
        } else {
            Err(Stop::Syntax)
        }
    }

    pub(super) fn inline_expression(&mut self, only_literal: bool) -> Step<Inline> {
        match self.cur() {
            Some(b'"') => {
                self.ptr += 1;
                while let Some(b) = self.cur() {
                    match b {
                        b'\\' => match self.at(self.ptr + 1) {
                            Some(b'\\' | b'{' | b'"') => self.ptr += 2,
                            Some(b'u') => {
                                self.ptr += 2;
                                self.unicode_escape(4)?;
                            }
                            Some(b'U') => {
                                self.ptr += 2;
                                self.unicode_escape(6)?;
                            }
                            _ => return Err(Stop::Syntax),
                        },
                        b'"' => break,
                        b'\n' => return Err(Stop::Syntax),
                        _ => self.ptr += 1,
                    }
                }
                self.expect(b'"')?;
                Ok(Inline::String)
            }
            Some(b) if b.is_ascii_digit() => {
                self.number_literal()?;
                Ok(Inline::Number)
            }
            Some(b'-') if !only_literal => {
                self.ptr += 1;
                if self.cur().is_some_and(|b| b.is_ascii_alphabetic()) {
                    self.ptr += 1;
                    self.identifier_rest();
                    let attribute = self.attribute_accessor()?;
                    self.call_arguments()?;
                    Ok(Inline::Term { attribute })
                } else {
                    self.ptr -= 1;
                    self.number_literal()?;
                    Ok(Inline::Number)
                }
            }
            Some(b'$') if !only_literal => {
                self.ptr += 1;
                self.identifier()?;
                Ok(Inline::Variable)
            }
            Some(b) if b.is_ascii_alphabetic() => {
                self.ptr += 1;
                let name = self.identifier_rest();
                if self.call_arguments()? {
                    let callee = self.b[name.0..name.1].iter().all(|c| {
                        c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_' || *c == b'-'
                    });
                    if !callee {
                        return Err(Stop::Syntax);
                    }
                    Ok(Inline::Function)
                } else {
                    let attribute = self.attribute_accessor()?;
                    Ok(Inline::Message { attribute, name })
                }
            }
            Some(b'{') if !only_literal => {
                self.ptr += 1;
                self.placeable()?;
                Ok(Inline::Placeable)
            }
            _ => Err(Stop::Syntax),
        }
    }

    pub(super) fn attribute_accessor(&mut self) -> Step<bool> {
        if self.take(b'.') {
            self.identifier()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Call arguments, if a `(` follows (blanks before it are skipped either way).
    pub(super) fn call_arguments(&mut self) -> Step<bool> {
        self.skip_blank();
        if !self.take(b'(') {
            return Ok(false);
        }
        self.enter()?;
        let mut named: Vec<&[u8]> = Vec::new();
        self.skip_blank();
        while self.ptr < self.b.len() {
            if self.cur() == Some(b')') {
                break;
            }
            let expression = self.inline_expression(false)?;
            match expression {
                Inline::Message {
                    attribute: false,
                    name,
                } => {
                    self.skip_blank();
                    if self.cur() == Some(b':') {
                        let name = &self.b[name.0..name.1];
                        if named.contains(&name) {
                            return Err(Stop::Syntax);
                        }
                        self.ptr += 1;
                        self.skip_blank();
                        self.inline_expression(true)?;
                        named.push(name);
                    } else if !named.is_empty() {
                        return Err(Stop::Syntax);
                    }
                }
                _ if !named.is_empty() => return Err(Stop::Syntax),
                _ => {}
            }
            self.skip_blank();
            self.take(b',');
            self.skip_blank();
        }
        self.expect(b')')?;
        self.depth -= 1;
        Ok(true)
    }

    pub(super) fn number_literal(&mut self) -> Step {
        self.take(b'-');
        self.digits()?;
        if self.take(b'.') {
            self.digits()?;
        }
        Ok(())
    }

    pub(super) fn digits(&mut self) -> Step {
        let start = self.ptr;
        while self.cur().is_some_and(|b| b.is_ascii_digit()) {
            self.ptr += 1;
        }
        if self.ptr == start {
            Err(Stop::Syntax)
        } else {
            Ok(())
        }
    }

    pub(super) fn unicode_escape(&mut self, length: usize) -> Step {
        let start = self.ptr;
        while self.ptr - start < length && self.cur().is_some_and(|b| b.is_ascii_hexdigit()) {
            self.ptr += 1;
        }
        if self.ptr - start == length {
            Ok(())
        } else {
            Err(Stop::Syntax)
        }
    }
}
