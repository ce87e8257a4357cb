//! How deep an FTL text nests, measured the way the Fluent parser would read it.
//!
//! fluent-syntax parses by recursive descent: every placeable (`{ … }`) and every list of
//! call arguments (`F( … )`) costs the parser (and later every walk over the syntax tree) a
//! few stack frames, so a file nested thousands of levels deep would exhaust the stack and
//! abort the process. This module reads a text with the same grammar and the same error
//! recovery as fluent-syntax 0.12's runtime parser (`FluentResource::try_new`), without
//! building a tree, and stops as soon as the nesting passes a limit. Its own recursion is
//! bounded by that limit, so it is safe on any input.
//!
//! Because it follows the grammar rather than counting characters, braces and parentheses in
//! text, string literals and comments count exactly as the parser counts them, and an entry
//! that spans many lines (placeables may contain line breaks) is measured as one. Tests check
//! that it splits every file into entries and Junk exactly as the parser does.

use std::ops::Range;
#[cfg(test)]
use std::path::Path;

/// What a scan found.
#[derive(Debug, Default)]
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "depth and Junk are read by the tests that compare with the parser"
    )
)]
pub(crate) struct Scan {
    /// Byte offset just after the `{` or `(` that went past the limit, if any did.
    pub(crate) too_deep: Option<usize>,
    /// The deepest nesting reached (at most the limit plus one).
    pub(crate) max_depth: usize,
    /// The byte ranges the parser turns into Junk (only up to `too_deep`).
    pub(crate) junk: Vec<Range<usize>>,
}

/// Scans `text` as the Fluent runtime parser reads it, stopping when placeables and call
/// arguments nest more than `limit` deep.
pub(crate) fn scan(text: &str, limit: usize) -> Scan {
    let mut shadow = Shadow {
        b: text.as_bytes(),
        ptr: 0,
        depth: 0,
        max_depth: 0,
        limit,
    };
    let mut junk = Vec::new();
    shadow.skip_blank_block();
    while shadow.ptr < shadow.b.len() {
        let start = shadow.ptr;
        match shadow.entry() {
            Ok(()) => {}
            Err(Stop::Syntax) => {
                shadow.skip_to_next_entry_start();
                junk.push(start..shadow.ptr);
            }
            Err(Stop::TooDeep(at)) => {
                return Scan {
                    too_deep: Some(at),
                    max_depth: shadow.max_depth,
                    junk,
                };
            }
        }
        shadow.depth = 0;
        shadow.skip_blank_block();
    }
    Scan {
        too_deep: None,
        max_depth: shadow.max_depth,
        junk,
    }
}

/// Why a rule stopped: a syntax error (the parser then skips to the next entry), or nesting
/// past the limit (the scan ends).
enum Stop {
    Syntax,
    TooDeep(usize),
}

type Step<T = ()> = Result<T, Stop>;

/// The kind of an inline expression, with what the parser checks about it afterwards.
#[derive(Clone, Copy)]
enum Inline {
    String,
    Number,
    Variable,
    Function,
    Placeable,
    Term {
        attribute: bool,
    },
    Message {
        attribute: bool,
        name: (usize, usize),
    },
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    InitialLineStart,
    LineStart,
    Continuation,
}

#[derive(Clone, Copy, PartialEq)]
enum Termination {
    LineFeed,
    Crlf,
    PlaceableStart,
    Eof,
}

struct Shadow<'a> {
    b: &'a [u8],
    ptr: usize,
    depth: usize,
    max_depth: usize,
    limit: usize,
}

impl Shadow<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn cur(&self) -> Option<u8> {
        self.at(self.ptr)
    }

    fn take(&mut self, byte: u8) -> bool {
        let taken = self.cur() == Some(byte);
        self.ptr += usize::from(taken);
        taken
    }

    fn expect(&mut self, byte: u8) -> Step {
        if self.take(byte) {
            Ok(())
        } else {
            Err(Stop::Syntax)
        }
    }

    fn enter(&mut self) -> Step {
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        if self.depth > self.limit {
            return Err(Stop::TooDeep(self.ptr));
        }
        Ok(())
    }

    fn is_eol(&self) -> bool {
        match self.cur() {
            Some(b'\n') | None => true,
            Some(b'\r') => self.at(self.ptr + 1) == Some(b'\n'),
            _ => false,
        }
    }

    fn skip_eol(&mut self) -> bool {
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

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.cur() == Some(b' ') {
            self.ptr += 1;
        }
        self.ptr - start
    }

    fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                break;
            }
        }
    }

    fn skip_blank(&mut self) {
        loop {
            match self.cur() {
                Some(b' ' | b'\n') => self.ptr += 1,
                Some(b'\r') if self.at(self.ptr + 1) == Some(b'\n') => self.ptr += 2,
                _ => break,
            }
        }
    }

    fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.cur() {
            let new_line = self.ptr == 0 || self.at(self.ptr - 1) == Some(b'\n');
            if new_line && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                break;
            }
            self.ptr += 1;
        }
    }

    fn skip_comment(&mut self) {
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

    fn entry(&mut self) -> Step {
        match self.cur() {
            Some(b'#') => {
                self.skip_comment();
                Ok(())
            }
            Some(b'-') => self.term(),
            _ => self.message(),
        }
    }

    fn message(&mut self) -> Step {
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

    fn term(&mut self) -> Step {
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
    fn attributes(&mut self) -> Step<usize> {
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

    fn attribute(&mut self) -> Step {
        self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        if self.pattern()? {
            Ok(())
        } else {
            Err(Stop::Syntax)
        }
    }

    fn identifier(&mut self) -> Step<(usize, usize)> {
        if !self.cur().is_some_and(|b| b.is_ascii_alphabetic()) {
            return Err(Stop::Syntax);
        }
        self.ptr += 1;
        Ok(self.identifier_rest())
    }

    /// The rest of an identifier whose first letter was just consumed; its byte range.
    fn identifier_rest(&mut self) -> (usize, usize) {
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
    fn pattern(&mut self) -> Step<bool> {
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

    fn text_slice(&mut self) -> Step<(bool, Termination)> {
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

    /// After a `{`.
    fn placeable(&mut self) -> Step {
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
    fn expression(&mut self) -> Step<Option<Inline>> {
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

    fn variants(&mut self) -> Step {
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

    fn inline_expression(&mut self, only_literal: bool) -> Step<Inline> {
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

    fn attribute_accessor(&mut self) -> Step<bool> {
        if self.take(b'.') {
            self.identifier()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Call arguments, if a `(` follows (blanks before it are skipped either way).
    fn call_arguments(&mut self) -> Step<bool> {
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

    fn number_literal(&mut self) -> Step {
        self.take(b'-');
        self.digits()?;
        if self.take(b'.') {
            self.digits()?;
        }
        Ok(())
    }

    fn digits(&mut self) -> Step {
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

    fn unicode_escape(&mut self, length: usize) -> Step {
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

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;
    use fluent_syntax::ast;

    /// Nesting as the parsed tree shows it: placeables and argument lists.
    fn tree_depth(resource: &FluentResource) -> usize {
        fn pattern(p: &ast::Pattern<&str>) -> usize {
            p.elements
                .iter()
                .map(|e| match e {
                    ast::PatternElement::Placeable { expression } => 1 + expr(expression),
                    ast::PatternElement::TextElement { .. } => 0,
                })
                .max()
                .unwrap_or(0)
        }
        fn expr(e: &ast::Expression<&str>) -> usize {
            match e {
                ast::Expression::Inline(i) => inline(i),
                ast::Expression::Select { selector, variants } => variants
                    .iter()
                    .map(|v| pattern(&v.value))
                    .chain([inline(selector)])
                    .max()
                    .unwrap_or(0),
            }
        }
        fn args(a: &ast::CallArguments<&str>) -> usize {
            1 + a.positional.iter().map(inline).max().unwrap_or(0)
        }
        fn inline(i: &ast::InlineExpression<&str>) -> usize {
            match i {
                ast::InlineExpression::Placeable { expression } => 1 + expr(expression),
                ast::InlineExpression::FunctionReference { arguments, .. } => args(arguments),
                ast::InlineExpression::TermReference {
                    arguments: Some(a), ..
                } => args(a),
                _ => 0,
            }
        }
        resource
            .entries()
            .flat_map(crate::catalog::entry_patterns)
            .map(pattern)
            .max()
            .unwrap_or(0)
    }

    /// Compares the scan with the parser on `text`: the same Junk, and the same depth.
    fn agrees_with_parser(text: &str) {
        let scan = scan(text, MAX);
        assert_eq!(scan.too_deep, None, "{text:?}");
        let (resource, errors) = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        let junk: Vec<_> = errors.iter().filter_map(|e| e.slice.clone()).collect();
        assert_eq!(scan.junk, junk, "Junk differs on {text:?}");
        if junk.is_empty() {
            assert_eq!(
                scan.max_depth,
                tree_depth(&resource),
                "depth differs on {text:?}"
            );
        }
    }

    const MAX: usize = 64;

    /// Issue C1, first form: a call nested over many lines whose lines start in the first
    /// column with a letter (placeables may hold line breaks).
    #[test]
    fn calls_over_many_lines_count() {
        let n = 2200;
        let text = format!(
            "deep = {{\n{}1{}\n}}\n",
            "NUMBER(\n".repeat(n),
            ")".repeat(n)
        );
        let scan = scan(&text, MAX);
        assert_eq!(scan.too_deep.map(|at| text[..at].lines().count()), Some(65));
    }

    /// Issue C1, second form: a `"` and a `)` in variant text are text, not a string or a
    /// closing parenthesis.
    #[test]
    fn quotes_and_parentheses_in_variant_text_do_not_hide_placeables() {
        let n = 2200;
        let quoted = format!(
            "deep = {{ $a ->\n{} *[k] x\n{}}}\n",
            " *[k] \" { $a ->\n".repeat(n),
            " }\n".repeat(n)
        );
        assert!(scan(&quoted, MAX).too_deep.is_some());
        let closing = format!(
            "deep = {{ $a ->\n{} *[k] x\n{}}}\n",
            " *[k] ) { $a ->\n".repeat(n),
            " }\n".repeat(n)
        );
        assert!(scan(&closing, MAX).too_deep.is_some());
    }

    #[test]
    fn the_limit_is_exact() {
        for (depth, deep) in [(MAX, false), (MAX + 1, true)] {
            let text = format!("a = {}x{}\n", "{ ".repeat(depth), " }".repeat(depth));
            assert_eq!(scan(&text, MAX).too_deep.is_some(), deep, "{depth}");
            let calls = format!(
                "a = {{ {}1{} }}\n",
                "F(".repeat(depth - 1),
                ")".repeat(depth - 1)
            );
            assert_eq!(scan(&calls, MAX).too_deep.is_some(), deep, "{depth}");
        }
    }

    #[test]
    fn braces_in_strings_text_and_comments_do_not_count() {
        agrees_with_parser(&"a = { \"{\" } and { \"\\\"{\" }\n".repeat(200));
        agrees_with_parser(&"# { like this ( and { this\n".repeat(200));
        agrees_with_parser(&"a = ( ) ) \" { $n } (\n".repeat(200));
        agrees_with_parser(&"a = { oops\n".repeat(200));
        agrees_with_parser(
            "a = { $n ->\n    [one] { $n }\n   *[other] { NUMBER($n, style: \"percent\") }\n}\n",
        );
    }

    /// The scan splits the project's own files into entries and Junk as the parser does.
    #[test]
    fn agrees_with_the_parser_on_the_project_files() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut seen = 0;
        for locale in std::fs::read_dir(root).unwrap() {
            for file in std::fs::read_dir(locale.unwrap().path()).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                agrees_with_parser(&text);
                seen += 1;
            }
        }
        assert!(seen > 10);
    }

    /// The same on every FTL file of the shared corpora (Anki's and Thunderbird's trees).
    #[test]
    #[expect(clippy::print_stderr, reason = "a skipped test says why")]
    fn agrees_with_the_parser_on_the_shared_corpora() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
        if !root.is_dir() {
            eprintln!(
                "note: {} is absent; corpus comparison skipped",
                root.display()
            );
            return;
        }
        fn walk(dir: &Path, seen: &mut usize) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if entry.file_type().unwrap().is_dir() {
                    walk(&path, seen);
                } else if path.extension().is_some_and(|e| e == "ftl")
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    agrees_with_parser(&text);
                    *seen += 1;
                }
            }
        }
        let mut seen = 0;
        walk(&root, &mut seen);
        assert!(seen > 1000, "{seen} files");
    }

    /// Random texts made of the grammar's tokens: the scan and the parser agree on every one.
    #[test]
    fn agrees_with_the_parser_on_random_token_soup() {
        const TOKENS: &[&str] = &[
            "{",
            "}",
            "{ ",
            " }",
            "(",
            ")",
            "\"",
            "\\",
            "\\\"",
            "\\u00e9",
            "\\U01F600",
            "\\x",
            "\n",
            "\r\n",
            " ",
            "    ",
            "->",
            " ->\n",
            "[one]",
            "*[other]",
            "[",
            "]",
            "*",
            "$n",
            "-t",
            "-",
            "NUMBER",
            "F",
            "foo",
            "foo.bar",
            ".attr = ",
            "=",
            "a = ",
            "-term = ",
            "#",
            "## ",
            "# c\n",
            ",",
            ":",
            "1",
            "-2.5",
            "x",
            "é",
            "\n\n",
            "\n  ",
            "\n.a = v",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let (mut with_junk, mut deepest) = (0, 0);
        for _ in 0..20_000 {
            let len = next(40);
            let mut text = String::from(["a = ", "-t = ", "a =\n  ", "# x\na = {"][next(4)]);
            for _ in 0..len {
                text.push_str(TOKENS[next(TOKENS.len())]);
            }
            agrees_with_parser(&text);
            let scan = scan(&text, MAX);
            with_junk += usize::from(!scan.junk.is_empty());
            deepest = deepest.max(scan.max_depth);
        }
        // The soup exercises both outcomes and some depth.
        assert!(
            (1_000..19_900).contains(&with_junk),
            "{with_junk} with Junk"
        );
        assert!(deepest >= 4, "deepest {deepest}");
    }
}
