//! Word-level differences between two texts, for showing a translator what changed in a source.
//!
//! Text is cut into tokens: words (runs of letters, digits and marks) in scripts that separate
//! words with spaces, and single characters (with their combining marks) in scripts that do not
//! (Han, kana, Thai, Lao, Khmer, Myanmar); whitespace runs and punctuation are tokens of their
//! own. The token sequences are compared with Myers' algorithm (the `similar` crate); a lone
//! space, or a hyphen, apostrophe or slash that joins a word's parts (`face-to-face`), between
//! two changes is folded into them, so a replaced phrase reads as one change.

use similar::{Algorithm, DiffTag, capture_diff_slices};

#[cfg(test)]
mod tests;
mod tokens;

use tokens::{Class, class, tokens};
/// One piece of a difference.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum Segment {
    /// Text in both versions.
    Equal(String),
    /// Text only in the old version.
    Delete(String),
    /// Text only in the new version.
    Insert(String),
}

impl Segment {
    /// The segment's text.
    pub fn text(&self) -> &str {
        match self {
            Segment::Equal(t) | Segment::Delete(t) | Segment::Insert(t) => t,
        }
    }
}

/// The word-level difference from `old` to `new`. Concatenating the `Equal` and `Delete`
/// segments gives `old`; the `Equal` and `Insert` segments give `new`. Within a change the
/// deletion comes first.
pub fn word_diff(old: &str, new: &str) -> Vec<Segment> {
    let old_tokens = tokens(old);
    let new_tokens = tokens(new);
    let mut segments: Vec<Segment> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_tokens, &new_tokens) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let old_text = || old_tokens[old_range.clone()].concat();
        let new_text = || new_tokens[new_range.clone()].concat();
        match tag {
            DiffTag::Equal => segments.push(Segment::Equal(old_text())),
            DiffTag::Delete => segments.push(Segment::Delete(old_text())),
            DiffTag::Insert => segments.push(Segment::Insert(new_text())),
            DiffTag::Replace => {
                segments.push(Segment::Delete(old_text()));
                segments.push(Segment::Insert(new_text()));
            }
        }
    }
    fold_lone_spaces(segments)
}

/// Renders segments on one line as `[-old-]{+new+}` (the notation of `git diff --word-diff`).
pub fn render_inline(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Equal(t) => out.push_str(t),
            Segment::Delete(t) => {
                out.push_str("[-");
                out.push_str(t);
                out.push_str("-]");
            }
            Segment::Insert(t) => {
                out.push_str("{+");
                out.push_str(t);
                out.push_str("+}");
            }
        }
    }
    out
}

/// Renders segments on one line like [`render_inline`], but keeps only about `context` columns
/// of unchanged text on each side of a change (a Han or kana character is two columns wide),
/// with `…` for what is left out. Cuts fall on spaces where the text has any, so Latin words
/// stay whole; paragraph breaks show as `¶`. Meant for a terminal line per change.
pub fn render_compact(segments: &[Segment], context: usize) -> String {
    let mut out = String::new();
    let last = segments.len().saturating_sub(1);
    for (i, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Equal(t) => {
                // Context is kept after a preceding change and before a following one.
                let head = (i > 0).then_some(context);
                let tail = (i < last).then_some(context);
                out.push_str(&shorten(t, head, tail));
            }
            Segment::Delete(t) => {
                out.push_str("[-");
                out.push_str(&one_line(t));
                out.push_str("-]");
            }
            Segment::Insert(t) => {
                out.push_str("{+");
                out.push_str(&one_line(t));
                out.push_str("+}");
            }
        }
    }
    out
}

/// Line breaks as `¶` (normalised texts only have them as paragraph breaks).
fn one_line(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut pending_break = false;
    for c in text.chars() {
        if c == '\n' {
            pending_break = true;
            continue;
        }
        if pending_break {
            out.push_str(" ¶ ");
            pending_break = false;
        }
        out.push(c);
    }
    if pending_break {
        out.push_str(" ¶ ");
    }
    out
}

/// Display columns of a character: two for wide East Asian characters, none for a mark.
fn columns(c: char) -> usize {
    let u = u32::from(c);
    if class(c) == Class::Mark {
        0
    } else if matches!(u, 0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFF)
    {
        2
    } else {
        1
    }
}

/// Punctuation after which a phrase ends, where text without spaces is best cut.
fn ends_phrase(c: char) -> bool {
    "。，、；：！？”’）」』》,.;:!?)।។៕ฯ".contains(c)
}

/// Keeps the first `head` and last `tail` columns of `text` (none when `None`) and puts `…`
/// between them, unless that would not make the text shorter.
fn shorten(text: &str, head: Option<usize>, tail: Option<usize>) -> String {
    let width: usize = text.chars().map(columns).sum();
    let keep = head.unwrap_or(0) + tail.unwrap_or(0);
    // Shortening by less than a few columns only makes the text harder to read.
    if width <= keep + 4 {
        return one_line(text);
    }
    // End of the head: after `head` columns, moved back to just after a space.
    let mut head_end = 0;
    if let Some(head) = head {
        let mut used = 0;
        for (i, c) in text.char_indices() {
            if used + columns(c) > head {
                break;
            }
            used += columns(c);
            head_end = i + c.len_utf8();
        }
        // Let a mark stay with its letter.
        while let Some(c) = text[head_end..].chars().next().filter(|c| columns(*c) == 0) {
            head_end += c.len_utf8();
        }
        // Cut on spaces where the kept text has some, else after punctuation.
        let spaced = text[..head_end].contains(char::is_whitespace)
            || text[head_end..].starts_with(char::is_whitespace);
        if spaced && !text[head_end..].starts_with(char::is_whitespace) {
            if let Some((i, c)) = text[..head_end]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
            {
                head_end = i + c.len_utf8();
            }
        } else if spaced {
            // Take the space itself, so `…` stands apart from the word before it.
            let c = text[head_end..].chars().next().unwrap_or(' ');
            head_end += c.len_utf8();
        } else {
            // Without spaces, end after a phrase's punctuation in the second half, if any.
            let kept: Vec<(usize, char)> = text[..head_end].char_indices().collect();
            if let Some((i, c)) = kept[kept.len() / 2..]
                .iter()
                .rev()
                .find(|(_, c)| ends_phrase(*c))
            {
                head_end = i + c.len_utf8();
            }
        }
    }
    // Start of the tail: `tail` columns before the end, moved forward to a space.
    let mut tail_start = text.len();
    if let Some(tail) = tail {
        let mut used = 0;
        for (i, c) in text.char_indices().rev() {
            if used + columns(c) > tail {
                break;
            }
            used += columns(c);
            tail_start = i;
        }
        // Never start on a mark.
        while tail_start < text.len()
            && text[tail_start..]
                .chars()
                .next()
                .is_some_and(|c| columns(c) == 0)
        {
            tail_start += text[tail_start..].chars().next().map_or(1, char::len_utf8);
        }
        let spaced = text[tail_start..].contains(char::is_whitespace)
            || text[..tail_start].ends_with(char::is_whitespace);
        let before_is_space = text[..tail_start].ends_with(char::is_whitespace);
        if spaced && before_is_space {
            let c = text[..tail_start].chars().next_back().unwrap_or(' ');
            tail_start -= c.len_utf8();
        } else if spaced {
            if let Some(i) = text[tail_start..].find(char::is_whitespace) {
                tail_start += i;
            }
        } else {
            // Without spaces, start after a phrase's punctuation in the first half, if any.
            let kept: Vec<(usize, char)> = text[tail_start..].char_indices().collect();
            if let Some((i, c)) = kept[..kept.len() / 2].iter().find(|(_, c)| ends_phrase(*c)) {
                tail_start += i + c.len_utf8();
            }
        }
    }
    if head_end >= tail_start {
        return one_line(text);
    }
    format!(
        "{}…{}",
        one_line(&text[..head_end]),
        one_line(&text[tail_start..])
    )
}

/// Folds `Equal` segments that sit between two changes into the changes when they are only
/// whitespace or one word-joining character (`-`, `'`, `’`, `/`), then merges each run of
/// changes into one deletion followed by one insertion.
fn fold_lone_spaces(segments: Vec<Segment>) -> Vec<Segment> {
    let is_change =
        |s: Option<&Segment>| matches!(s, Some(Segment::Delete(_) | Segment::Insert(_)));
    let mut unfolded = Vec::with_capacity(segments.len());
    for (i, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Equal(t)
                if (t.chars().all(char::is_whitespace)
                    || matches!(t.as_str(), "-" | "'" | "’" | "/"))
                    && i > 0
                    && is_change(segments.get(i - 1))
                    && is_change(segments.get(i + 1)) =>
            {
                unfolded.push(Segment::Delete(t.clone()));
                unfolded.push(Segment::Insert(t.clone()));
            }
            other => unfolded.push(other.clone()),
        }
    }
    let mut out: Vec<Segment> = Vec::with_capacity(unfolded.len());
    let (mut deleted, mut inserted) = (String::new(), String::new());
    let flush = |out: &mut Vec<Segment>, deleted: &mut String, inserted: &mut String| {
        if !deleted.is_empty() {
            out.push(Segment::Delete(std::mem::take(deleted)));
        }
        if !inserted.is_empty() {
            out.push(Segment::Insert(std::mem::take(inserted)));
        }
    };
    for segment in unfolded {
        match segment {
            Segment::Delete(t) => deleted.push_str(&t),
            Segment::Insert(t) => inserted.push_str(&t),
            Segment::Equal(t) => {
                flush(&mut out, &mut deleted, &mut inserted);
                if t.is_empty() {
                    continue;
                }
                match out.last_mut() {
                    Some(Segment::Equal(prev)) => prev.push_str(&t),
                    _ => out.push(Segment::Equal(t)),
                }
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}
