//! What a pattern's text is made of, character by character: its words (CJK, Thai, Lao and
//! Khmer counted by characters), its letters, its runs of Han characters, and whether it may
//! hold markup or characters that only some rules look for.

use fluent_syntax::ast::{CallArguments, Identifier, Pattern};

use crate::ftl::Visit;

/// Whether `text` has a byte from 0xE3 on, and whether it has a `<` (found in one pass
/// without branching, so it vectorises).
pub(super) fn wide_or_angle(text: &str) -> (bool, bool) {
    let found = text.bytes().fold(0u8, |found, b| {
        found | u8::from(b >= 0xE3) | (u8::from(b == b'<') << 1)
    });
    (found & 1 != 0, found & 2 != 0)
}

/// Whether `text` has a byte from 0xE3 on.
#[cfg(test)]
fn wide(text: &str) -> bool {
    wide_or_angle(text).0
}

/// The number of words of `pattern`'s text and string literals (see [`count_words`]), as
/// [`Facts::words`](super::Facts::words) counts them, without gathering anything else.
pub(crate) fn words(pattern: &Pattern<&str>) -> usize {
    struct Words(usize);
    impl<'a> Visit<'a> for Words {
        fn visit_text(&mut self, text: &'a str) {
            self.0 += count_words(text);
        }
        fn visit_string_literal(&mut self, value: &'a str) {
            self.0 += count_words(value);
        }
        fn visit_term_reference(
            &mut self,
            _id: &'a Identifier<&'a str>,
            _attribute: Option<&'a Identifier<&'a str>>,
            _arguments: Option<&'a CallArguments<&'a str>>,
        ) {
        }
    }
    let mut words = Words(0);
    words.visit_pattern(pattern);
    words.0
}

/// Whether `text` has a letter ([`char::is_alphabetic`]). The letters of the alphabets most
/// translations are written in, and the spaces and punctuation most often met before them,
/// are known by their code point alone; Unicode's tables are searched only for the others.
pub(crate) fn has_letter(text: &str) -> bool {
    text.chars().any(|c| {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            common_letter(c) || (!common_non_letter(c) && c.is_alphabetic())
        }
    })
}

/// Whether `c`, a character outside ASCII, lies in a range of code points that are all
/// letters: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali, Gurmukhi,
/// Oriya, Tamil, Malayalam, Sinhala, Thai, Lao, Georgian, Khmer, Ol Chiki, Tifinagh, kana, Han
/// ideographs and Hangul syllables (a test checks every one against [`char::is_alphabetic`]).
fn common_letter(c: char) -> bool {
    matches!(c as u32,
        0xC0..=0xD6
        | 0xD8..=0xF6
        | 0xF8..=0x24F       // Latin-1 letters, Latin Extended-A and B
        | 0x1E00..=0x1EFF    // Latin Extended Additional
        | 0x388..=0x38A
        | 0x391..=0x3A1
        | 0x3A3..=0x3CE      // Greek
        | 0x400..=0x481
        | 0x48A..=0x52F      // Cyrillic
        | 0x531..=0x556
        | 0x560..=0x588      // Armenian
        | 0x5D0..=0x5EA      // Hebrew
        | 0x620..=0x64A
        | 0x671..=0x6D3      // Arabic
        | 0x905..=0x939      // Devanagari
        | 0x985..=0x98C
        | 0x98F..=0x990
        | 0x993..=0x9A8
        | 0x9AA..=0x9B0      // Bengali
        | 0xA15..=0xA28      // Gurmukhi
        | 0xB05..=0xB0C
        | 0xB0F..=0xB10
        | 0xB13..=0xB28
        | 0xB2A..=0xB30
        | 0xB32..=0xB33
        | 0xB35..=0xB39      // Oriya
        | 0xB85..=0xB8A
        | 0xB8E..=0xB90
        | 0xB92..=0xB95      // Tamil
        | 0xD05..=0xD0C
        | 0xD0E..=0xD10
        | 0xD12..=0xD3A      // Malayalam
        | 0xD85..=0xD96
        | 0xD9A..=0xDB1
        | 0xDB3..=0xDBB      // Sinhala
        | 0xE01..=0xE30
        | 0xE40..=0xE46      // Thai
        | 0xE81..=0xE82
        | 0xE86..=0xE8A
        | 0xE8C..=0xEA3
        | 0xEA7..=0xEB0      // Lao
        | 0x10D0..=0x10FA    // Georgian
        | 0x1780..=0x17B3    // Khmer
        | 0x1C5A..=0x1C7D    // Ol Chiki
        | 0x2D30..=0x2D67    // Tifinagh
        | 0x3041..=0x3096    // Hiragana
        | 0x30A1..=0x30FA    // Katakana
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7A3) // Hangul syllables
}

/// Whether `c` lies in a range of code points that are none of them letters: the C1 controls,
/// the no-break space and Latin-1 punctuation (`¿`, `«`, `»`), General Punctuation
/// (quotes, dashes, spaces, direction marks), CJK punctuation (`「`, `、`) and full-width
/// punctuation and digits. A test checks every one against
/// [`char::is_alphabetic`].
fn common_non_letter(c: char) -> bool {
    matches!(c as u32,
        0x80..=0xA9
        | 0xAB..=0xB4
        | 0xB6..=0xB9
        | 0xBB..=0xBF
        | 0x2000..=0x206F
        | 0x3000..=0x3004
        | 0x3008..=0x3020    // CJK spaces, brackets and marks
        | 0xFF01..=0xFF20) // full-width punctuation and digits
}

/// Whether `c` is written without spaces between words, so that each character counts as a
/// word: Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer.
pub(crate) fn counts_per_char(c: char) -> bool {
    is_han(c)
        || matches!(c as u32,
            0x3040..=0x30FF      // Hiragana, Katakana
            | 0x31F0..=0x31FF    // Katakana extensions
            | 0xFF66..=0xFF9D    // half-width Katakana
            | 0x1100..=0x11FF    // Hangul Jamo
            | 0xAC00..=0xD7AF    // Hangul syllables
            | 0x3130..=0x318F    // Hangul compatibility Jamo
            | 0x0E00..=0x0E7F    // Thai
            | 0x0E80..=0x0EFF    // Lao
            | 0x1780..=0x17FF    // Khmer
            | 0x19E0..=0x19FF) // Khmer symbols
}

/// Whether `c` is a Han ideograph (CJK unified ideographs and their extensions).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x2EBEF
        | 0x30000..=0x323AF)
}

/// Words in `text`: runs of letters and digits separated by anything else, except that in
/// scripts written without spaces (see [`counts_per_char`]) every character is a word.
pub(crate) fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        if counts_per_char(c) {
            words += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                words += 1;
            }
            in_word = true;
        } else {
            in_word = c == '\'' && in_word;
        }
    }
    words
}

/// The runs of Han characters in `text`.
pub(crate) fn han_runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_han(c)).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_letters_are_letters() {
        let all = (0..=0x10FFFF).filter_map(char::from_u32);
        for c in all.clone().filter(|&c| common_letter(c)) {
            assert!(c.is_alphabetic(), "U+{:04X}", c as u32);
        }
        for c in all.clone().filter(|&c| common_non_letter(c)) {
            assert!(!c.is_alphabetic(), "U+{:04X}", c as u32);
        }
        assert!(all.filter(|c| c.is_alphabetic()).count() > 100_000);
        assert!(has_letter("3 × Ж") && has_letter("१ क") && has_letter("ǅ"));
        assert!(!has_letter("3 + 4 = 7 … ½ ☺ ٣"));
    }

    #[test]
    fn wide_texts_are_those_han_and_u_fffd_could_be_in() {
        assert!(!wide("Hello, Привет, Γειά, مرحبا"));
        assert!(wide("培训"));
        assert!(wide("a\u{fffd}b"));
        assert!(wide("𠀀"));
    }

    #[test]
    fn words_count_cjk_by_character() {
        assert_eq!(count_words("Hello, world! It's 2023."), 4);
        assert_eq!(count_words("工业园区培训"), 6);
        assert_eq!(count_words("ภาษาไทย"), 7);
        assert_eq!(count_words("Open 工业 now"), 4);
    }

    #[test]
    fn han_runs_are_found() {
        let runs: Vec<_> = han_runs("Training 培训 in 中国.").collect();
        assert_eq!(runs, ["培训", "中国"]);
    }
}
