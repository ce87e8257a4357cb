//! References: messages and terms an entry uses that exist neither in its locale nor in the
//! reference (`unknown-reference`), or only in the locale (`obsolete-reference`). How the
//! references of each part compare with the reference's is [`super::reference_sets`].

use crate::catalog::{EntryRef, FtlFile};
use crate::check::pattern::Facts;
use crate::check::prepared::PreparedEntry;
use crate::check::{Code, Diagnostic, Findings, Index};
use crate::site;

/// Messages and terms referenced by a pattern of `entry` (its `facts`) that exist neither in `local` nor in `reference`.
///
/// A reference not found while a file that could define it cannot be read is not judged: no
/// `obsolete-reference` while the reference has an unreadable file, no `unknown-reference`
/// while the reference or the locale has one (their `unreadable-file` errors say so).
///
/// A translation that keeps a reference its reference entry (`ref_entry`) makes to an entry
/// the reference folder lacks is not at fault: the reference's own `unknown-reference` (found
/// with `local` and `ref_entry` `None`) reports it once, not once per locale.
pub(crate) fn unknown_references(
    reference: &Index<'_>,
    local: Option<&Index<'_>>,
    file: &FtlFile,
    entry: EntryRef<'_>,
    facts: &Facts<'_>,
    ref_entry: Option<&PreparedEntry<'_>>,
    out: &mut Findings,
) {
    let locale = local.unwrap_or(reference).tree.name.as_str();
    for r in &facts.references {
        if reference.keys.contains_key(&*r.key) {
            continue;
        }
        if ref_entry.is_some_and(|e| e.references.contains(&r.key)) {
            continue;
        }
        let obsolete = local.is_some_and(|l| l.keys.contains_key(&*r.key));
        let unjudged = if obsolete {
            reference.has_unreadable()
        } else {
            reference.has_unreadable() || local.is_some_and(Index::has_unreadable)
        };
        if unjudged {
            continue;
        }
        // A locale's own optional term (country name, provenance) is not obsolete, nor is using it.
        if obsolete && site::is_optional_term(&r.key) {
            continue;
        }
        let offset = file
            .offset_of(r.name)
            .saturating_sub(r.key.len() - r.name.len());
        let what = if r.key.starts_with('-') {
            "term"
        } else {
            "message"
        };
        let (code, message, label) = if obsolete {
            (
                Code::ObsoleteReference,
                format!(
                    "`{}` references {what} `{}`, which the reference no longer has",
                    entry.key, r.key
                ),
                "breaks when the obsolete entry is removed",
            )
        } else {
            (
                Code::UnknownReference,
                format!(
                    "`{}` references {what} `{}`, which exists neither in `{locale}` nor in the reference",
                    entry.key, r.key
                ),
                "not defined anywhere",
            )
        };
        out.push(
            Diagnostic::at(code, file, offset..offset + r.key.len())
                .id(entry.key)
                .message(message)
                .label(label),
        );
    }
}
