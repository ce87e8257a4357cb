//! Reading bytes: the cursor, line ends, blanks, comments and the skip to the next entry
//! after a syntax error, as fluent-syntax's parser reads them.

use super::{Shadow, Step, Stop};

impl Shadow<'_> {
    pub(super) fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    pub(super) fn cur(&self) -> Option<u8> {
        self.at(self.ptr)
    }

    pub(super) fn take(&mut self, byte: u8) -> bool {
        let taken = self.cur() == Some(byte);
        self.ptr += usize::from(taken);
        taken
    }

    pub(super) fn expect(&mut self, byte: u8) -> Step {
        if self.take(byte) {
            Ok(())
        } else {
            Err(Stop::Syntax)
        }
    }

    pub(super) fn enter(&mut self) -> Step {
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        if self.depth > self.limit {
            return Err(Stop::TooDeep(self.ptr));
        }
        Ok(())
    }

    pub(super) fn is_eol(&self) -> bool {
        match self.cur() {
            Some(b'\n') | None => true,
            Some(b'\r') => self.at(self.ptr + 1) == Some(b'\n'),
            _ => false,
        }
    }

    pub(super) fn skip_eol(&mut self) -> bool {
        match self.cur() {
            Some(b'\n') => {
                self.ptr += 1;
                true
            }
            Some(b'\r') if self.at(self.ptr + 1) == Some(b'\n') => {
                self.ptr += 2;
                true
            }
            _ => false,
        }
    }

    pub(super) fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.cur() == Some(b' ') {
            self.ptr += 1;
        }
        self.ptr - start
    }

    pub(super) fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                break;
            }
        }
    }

    pub(super) fn skip_blank(&mut self) {
        loop {
            match self.cur() {
                Some(b' ' | b'\n') => self.ptr += 1,
                Some(b'\r') if self.at(self.ptr + 1) == Some(b'\n') => self.ptr += 2,
                _ => break,
            }
        }
    }

    pub(super) fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.cur() {
            let new_line = self.ptr == 0 || self.at(self.ptr - 1) == Some(b'\n');
            if new_line && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.ptr += 1;
        }
    }

    pub(super) fn skip_comment(&mut self) {
        loop {
            while self.ptr < self.b.len() && !self.is_eol() {
                self.ptr += 1;
            }
            self.ptr += 1;
            if !self.take(b'#') {
                break;
            }
        }
    }
}
