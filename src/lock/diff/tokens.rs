//! Cutting a text into tokens: words in scripts that put spaces between them, single
//! characters (with their combining marks) in scripts that do not, whitespace runs and
//! punctuation.

/// How a character takes part in tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// Spaces, tabs, line breaks (also no-break spaces).
    Space,
    /// A character that is a token by itself: punctuation, or a letter of a script written
    /// without spaces between words.
    Single,
    /// A combining mark: stays with the character before it.
    Mark,
    /// Part of a word.
    Word,
}

pub(super) fn class(c: char) -> Class {
    let u = u32::from(c);
    if c.is_whitespace() {
        return Class::Space;
    }
    let mark = matches!(u,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x200C..=0x200D | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF
        // Thai, Lao
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x0EB1 | 0x0EB4..=0x0EBC | 0x0EC8..=0x0ECE
        // Khmer
        | 0x17B4..=0x17D3 | 0x17DD
        // Myanmar
        | 0x102B..=0x103E | 0x1056..=0x1059 | 0x105E..=0x1060 | 0x1062..=0x1064
        | 0x1067..=0x106D | 0x1071..=0x1074 | 0x1082..=0x108D | 0x108F | 0x109A..=0x109D);
    if mark {
        return Class::Mark;
    }
    let unspaced = matches!(u,
        // CJK radicals, symbols and punctuation, kana, bopomofo, Han
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x312F | 0x3190..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF
        | 0x20000..=0x3FFFF
        // Thai, Lao, Khmer, Myanmar
        | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1780..=0x17FF | 0x19E0..=0x19FF
        | 0x1000..=0x109F);
    // `$` stays with a variable's name: `$count`, not `$` + `count`.
    let punctuation = (c.is_ascii_punctuation() && c != '$')
        || matches!(u, 0x00A1..=0x00BF | 0x00D7 | 0x00F7 | 0x2000..=0x206F | 0x2190..=0x2BFF
            | 0x0964..=0x0965);
    if unspaced || punctuation {
        Class::Single
    } else {
        Class::Word
    }
}

/// Cuts `text` into tokens that concatenate back to it.
pub(super) fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Class> = None;
    for (i, c) in text.char_indices() {
        let next = class(c);
        let continues = match (current, next) {
            (None, _) => false,
            (Some(_), Class::Mark) => true,
            (Some(Class::Space), Class::Space) | (Some(Class::Word), Class::Word) => true,
            _ => false,
        };
        if !continues && current.is_some() {
            out.push(&text[start..i]);
            start = i;
        }
        if !continues {
            current = Some(if next == Class::Mark {
                Class::Word
            } else {
                next
            });
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}
