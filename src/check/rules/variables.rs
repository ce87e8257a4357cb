//! Variables: a variable the reference does not pass (`unknown-variable`), unless the
//! renderer passes it anyway or the comment above the reference entry documents it, and a variable of the reference the translation does not show
//! (`dropped-variable`). Terms take their own arguments and are not checked.

use super::PatternCheck;
use crate::catalog::EntryKind;
use crate::check::{Code, Findings};

pub(super) fn check(check: &PatternCheck<'_>, out: &mut Findings) {
    let Some(reference) = &check.reference else {
        return;
    };
    let (key, what) = (check.entry.key, check.what);
    if check.entry.kind != EntryKind::Message {
        return;
    }
    for var in &check.facts.variables {
        let passed = reference.facts.variables.contains(var)
            || check.documented.contains(var)
            || check.cx.provided.contains(&check.file.rel_path, key, var);
        if !passed {
            out.push(
                check
                    .at_variable(Code::UnknownVariable, var)
                    .message(format!(
                        "`${var}` in {what} of `{key}` is not a variable of the reference"
                    ))
                    .label("no value is passed for it"),
            );
        }
    }
    // A variable the reference only selects on (`{ $n -> [one] a card *[other] cards }`) need
    // not appear in the translation.
    for var in &reference.facts.shown {
        if !check.facts.variables.contains(var) {
            out.push(
                check
                    .at(Code::DroppedVariable, check.entry.name)
                    .message(format!(
                        "{what} of `{key}` does not use `${var}` of the reference"
                    )),
            );
        }
    }
}
