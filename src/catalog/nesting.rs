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

/// Whether `text` surely nests no more than `limit` deep, told by counting bytes, without the
/// grammar: then [`scan`] is not needed.
///
/// Each level of nesting opens with a `{` or a `(`, and the parser is back at depth 0 at every
/// line that starts with `#`: outside an entry that is a comment; inside a placeable, an
/// argument list or a variant list a `#` can start nothing, so the parser stops the entry
/// there as Junk (a pattern's own lines are indented, and string literals hold no line
/// break). So no point nests deeper than the `{` and `(` since the last such line, and a
/// text in which no stretch between them holds more than `limit` of them is within it.
/// Mozilla's and Anki's files comment most entries; few of their stretches come near.
pub(crate) fn surely_within(text: &str, limit: usize) -> bool {
    let bytes = text.as_bytes();
    let opened = |stretch: &[u8]| memchr::memchr2_iter(b'{', b'(', stretch).count();
    if opened(bytes) <= limit {
        return true;
    }
    let mut start = 0;
    for end in memchr::memmem::find_iter(bytes, b"\n#").chain([bytes.len()]) {
        if opened(&bytes[start..end]) > limit {
            return false;
        }
        start = end + 1;
    }
    true
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

mod cursor;
mod entries;
mod expressions;
#[cfg(test)]
mod tests;
