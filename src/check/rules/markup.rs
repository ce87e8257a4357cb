//! Markup: the tags of a translation's text (`<a>`, `</a>`, `<br/>`) compared with the
//! reference's.

use super::PatternCheck;
use crate::check::{Code, Findings};

pub(super) fn check(check: &PatternCheck<'_>, out: &mut Findings) {
    let Some(reference) = &check.reference else {
        return;
    };
    if !check.facts.may_have_markup() && reference.markup.is_empty() {
        return;
    }
    let (ours, theirs) = (check.facts.markup(), &reference.markup);
    if ours == *theirs {
        return;
    }
    let show = |set: Vec<&String>| {
        set.iter()
            .map(|t| format!("<{t}>"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let missing = show(theirs.difference(&ours).collect());
    let extra = show(ours.difference(theirs).collect());
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("lacks {missing}"));
    }
    if !extra.is_empty() {
        parts.push(format!("adds {extra}"));
    }
    out.push(
        check
            .at(Code::MarkupMismatch, check.entry.name)
            .message(format!(
                "markup of {} of `{}` differs from the reference: {}",
                check.what,
                check.entry.key,
                parts.join(", ")
            )),
    );
}
