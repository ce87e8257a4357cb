//! References: messages and terms an entry uses that exist neither in its locale nor in the
//! reference (`unknown-reference`), or only in the locale (`obsolete-reference`). How the
//! references of each part compare with the reference's is [`super::reference_sets`].

use crate::catalog::{EntryRef, FtlFile};
use crate::check::pattern::Facts;
use crate::check::prepared::PreparedEntry;
use crate::check::{Code, Diagnostic, Index};
use crate::site;

/// A reference to a message or term that the reference folder does not define, found in one
/// file while it was compared. Whether it is unknown or obsolete, or not judged at all, depends
/// on the whole locale (which ids it defines, whether it has an unreadable file), so it is
/// decided once every file of the locale has been compared: [`Unresolved::resolve`].
pub(crate) struct Unresolved {
    /// The key referenced (`id` or `-id`).
    pub(crate) key: String,
    /// The finding at the reference, without its code, message and label yet.
    at: Diagnostic,
    /// The key of the entry that makes the reference.
    entry: String,
}

/// Messages and terms referenced by a pattern of `entry` (its `facts`) that the reference
/// folder does not define, pushed to `out` to be resolved against the whole locale.
///
/// A reference not found while a file that could define it cannot be read is not judged: none
/// while the reference has an unreadable file (see [`Unresolved::resolve`] for the locale's).
///
/// A translation that keeps a reference its reference entry (`ref_entry`) makes to an entry
/// the reference folder lacks is not at fault: the reference's own `unknown-reference` (found
/// with `ref_entry` `None`) reports it once, not once per locale.
pub(crate) fn unresolved(
    reference: &Index<'_>,
    file: &FtlFile,
    entry: EntryRef<'_>,
    facts: &Facts<'_>,
    ref_entry: Option<&PreparedEntry<'_>>,
    out: &mut Vec<Unresolved>,
) {
    if reference.has_unreadable() {
        return;
    }
    for r in &facts.references {
        if reference.keys.contains_key(&*r.key) {
            continue;
        }
        if ref_entry.is_some_and(|e| e.references.contains(&r.key)) {
            continue;
        }
        let offset = file
            .offset_of(r.name)
            .saturating_sub(r.key.len() - r.name.len());
        out.push(Unresolved {
            key: r.key.clone().into_owned(),
            at: Diagnostic::at(Code::UnknownReference, file, offset..offset + r.key.len())
                .id(entry.key),
            entry: entry.key.to_owned(),
        });
    }
}

impl Unresolved {
    /// The finding, if any, once the locale `locale` is known whole: `defined` when the locale
    /// defines the key itself (an `obsolete-reference`), `unreadable` when it has a file that
    /// cannot be read (then a key it does not define is not judged: the file may define it).
    pub(crate) fn resolve(
        self,
        locale: &str,
        defined: bool,
        unreadable: bool,
    ) -> Option<Diagnostic> {
        if !defined && unreadable {
            return None;
        }
        // A locale's own optional term (country name, provenance) is not obsolete, nor is using it.
        if defined && site::is_optional_term(&self.key) {
            return None;
        }
        let (entry, key) = (&self.entry, &self.key);
        let what = if key.starts_with('-') {
            "term"
        } else {
            "message"
        };
        let (code, message, label) = if defined {
            (
                Code::ObsoleteReference,
                format!("`{entry}` references {what} `{key}`, which the reference no longer has"),
                "breaks when the obsolete entry is removed",
            )
        } else {
            (
                Code::UnknownReference,
                format!(
                    "`{entry}` references {what} `{key}`, which exists neither in `{locale}` nor in the reference"
                ),
                "not defined anywhere",
            )
        };
        let mut d = self.at.message(message).label(label);
        d.code = code;
        d.severity = code.severity();
        Some(d)
    }
}
