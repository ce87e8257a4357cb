//! Scripts: Han characters in a language that does not write them (text copied from a
//! Chinese or Japanese source), unless the reference has the same run and is not itself
//! written in Han.

use super::PatternCheck;
use crate::check::Code;
use crate::check::Findings;
use crate::check::pattern::han_runs;
use crate::locale::Locale;

/// Whether the language is normally written with Han characters (Chinese languages, Japanese,
/// Korean, Classical Chinese).
pub(crate) fn uses_han(locale: &Locale) -> bool {
    matches!(
        locale.language(),
        "zh" | "ja"
            | "ko"
            | "yue"
            | "cmn"
            | "wuu"
            | "hak"
            | "nan"
            | "gan"
            | "hsn"
            | "cdo"
            | "cjy"
            | "cpx"
            | "lzh"
    )
}

pub(super) fn check(check: &PatternCheck<'_>, out: &mut Findings) {
    let Some(language) = check.cx.language else {
        return;
    };
    if uses_han(language) {
        return;
    }
    // Han characters are encoded from byte 0xE3 on: most texts need no closer look.
    if !check.facts.wide {
        return;
    }
    let exempt = |run: &str| {
        !check.cx.reference_uses_han
            && check
                .reference
                .as_ref()
                .is_some_and(|rf| rf.facts.texts.iter().any(|t| t.contains(run)))
    };
    let all: Vec<&str> = check
        .facts
        .texts
        .iter()
        .flat_map(|t| han_runs(t))
        .filter(|r| !exempt(r))
        .collect();
    let Some(first) = all.first() else {
        return;
    };
    let shown: Vec<&str> = all.iter().copied().take(3).collect();
    let more = if all.len() > 3 { ", …" } else { "" };
    out.push(
        check
            .at(Code::HanCharacters, first)
            .message(format!(
                "{} of `{}` contains Han characters ({}{more}), which `{language}` does not use",
                check.what,
                check.entry.key,
                shown.join(", "),
            ))
            .label("copied from the source?"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_languages() {
        assert!(uses_han(&Locale::parse("zh-TW").unwrap()));
        assert!(uses_han(&Locale::parse("ja").unwrap()));
        assert!(!uses_han(&Locale::parse("vi").unwrap()));
    }
}
