//! The replacement character U+FFFD (`�`) in a translation: what a decoder writes in place of
//! bytes it could not read, so the text around it was damaged on its way into the file (saved
//! in another encoding and converted, copied from a garbled page). Not reported where the
//! reference's pattern has the character too.

use super::PatternCheck;
use crate::check::Code;
use crate::check::Findings;

/// U+FFFD REPLACEMENT CHARACTER.
const REPLACEMENT: char = '\u{fffd}';

pub(super) fn check(check: &PatternCheck<'_>, out: &mut Findings) {
    // U+FFFD is encoded from byte 0xE3 on (0xEF 0xBF 0xBD).
    if !check.facts.wide {
        return;
    }
    let has = |texts: &[&str]| texts.iter().any(|t| t.contains(REPLACEMENT));
    let Some((text, at)) = check
        .facts
        .texts
        .iter()
        .find_map(|t| Some((*t, t.find(REPLACEMENT)?)))
    else {
        return;
    };
    if check
        .reference
        .as_ref()
        .is_some_and(|rf| has(&rf.facts.texts))
    {
        return;
    }
    let count: usize = check
        .facts
        .texts
        .iter()
        .map(|t| t.matches(REPLACEMENT).count())
        .sum();
    let times = if count == 1 {
        "once".to_owned()
    } else {
        format!("{count} times")
    };
    out.push(
        check
            .at(
                Code::ReplacementCharacter,
                &text[at..at + REPLACEMENT.len_utf8()],
            )
            .message(format!(
                "{} of `{}` contains the replacement character U+FFFD ({times}), which stands \
                 for text that could not be decoded",
                check.what, check.entry.key,
            ))
            .label("damaged text: take it again from the translator's original"),
    );
}
