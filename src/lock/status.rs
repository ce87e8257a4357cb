//! The state of each translated entry part against its record, and the entries `render`
//! marks as outdated.

use super::diff::{Segment, word_diff};
use super::snapshot::{Originals, snapshot};
use super::{Lock, Unit, text};
use crate::catalog::{Catalog, Position};
use crate::config::Project;
use crate::ftl::{EntryKey, PartId};
use crate::locale::Locale;

/// The state of one translated entry part of a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryStatus {
    /// The FTL file, relative to the locale folder.
    pub file: String,
    /// The entry part: its value or one attribute.
    pub id: PartId,
    /// Where the entry (or attribute) is in the locale's file.
    pub position: Position,
    /// Current, outdated, updated or unrecorded.
    pub state: EntryState,
}

/// How a translation relates to its record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryState {
    /// Recorded, and nothing changed since.
    Current,
    /// The source or the pivot text changed since the translation was recorded.
    Outdated(Change),
    /// The translation itself changed since it was recorded: waiting for a reviewer's
    /// `accept`. `change` is set when the source or pivot changed too.
    Updated {
        /// The source or pivot change, if any.
        change: Option<Change>,
    },
    /// Never recorded (translated after the last `accept`, or no lock yet).
    Unrecorded,
}

/// A change of the text a translation was made against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The source text recorded.
    pub old_source: String,
    /// The source text now.
    pub new_source: String,
    /// The pivot text recorded.
    pub old_pivot: Option<String>,
    /// The pivot text now.
    pub new_pivot: Option<String>,
}

impl Change {
    /// Whether the source text changed.
    pub fn source_changed(&self) -> bool {
        self.old_source != self.new_source
    }

    /// Whether the pivot text changed (a pivot that appeared or disappeared is not a change).
    pub fn pivot_changed(&self) -> bool {
        matches!((&self.old_pivot, &self.new_pivot), (Some(old), Some(new)) if old != new)
    }

    /// The word diff of the source text, old to new.
    pub fn source_diff(&self) -> Vec<Segment> {
        word_diff(&self.old_source, &self.new_source)
    }

    /// The word diff of the pivot text, when it changed.
    pub fn pivot_diff(&self) -> Option<Vec<Segment>> {
        match (&self.old_pivot, &self.new_pivot) {
            (Some(old), Some(new)) if old != new => Some(word_diff(old, new)),
            _ => None,
        }
    }
}

impl Lock {
    /// The state of every translated entry part of `locale` (parts that both the source
    /// locale and `locale` define), in file and entry order. Empty for the source locale.
    pub fn status(
        &self,
        project: &Project,
        catalog: &Catalog,
        locale: &Locale,
    ) -> Vec<EntryStatus> {
        let originals = Originals::new(project, catalog, locale != &project.pivot);
        self.status_against(&originals, project, catalog, locale)
    }

    /// [`Lock::status`] with the source and pivot parts already read.
    fn status_against(
        &self,
        originals: &Originals,
        project: &Project,
        catalog: &Catalog,
        locale: &Locale,
    ) -> Vec<EntryStatus> {
        snapshot(originals, project, catalog, locale)
            .units
            .into_iter()
            .map(|unit| {
                let state = self.state(locale.as_str(), &unit);
                EntryStatus {
                    file: unit.file,
                    id: unit.id,
                    position: unit.position,
                    state,
                }
            })
            .collect()
    }

    /// The messages and terms with an outdated value or attribute, in every configured locale,
    /// as `(locale, file, entry id)`: what `render` marks and counts in its notice. An updated
    /// entry is not included: its translator has already responded to the change.
    pub fn outdated_entries(
        &self,
        project: &Project,
        catalog: &Catalog,
    ) -> std::collections::HashSet<(String, EntryKey)> {
        let mut out = std::collections::HashSet::new();
        let originals = Originals::new(project, catalog, true);
        for p in &project.locales {
            for status in self.status_against(&originals, project, catalog, &p.locale) {
                if matches!(status.state, EntryState::Outdated(_)) {
                    let key = EntryKey::new(status.file, status.id.entry);
                    out.insert((p.locale.to_string(), key));
                }
            }
        }
        out
    }

    pub(super) fn state(&self, locale: &str, unit: &Unit) -> EntryState {
        let Some(record) = self.get(locale, &unit.file, &unit.id) else {
            return EntryState::Unrecorded;
        };
        let change = Change {
            old_source: record.source.clone(),
            new_source: unit.source.clone(),
            old_pivot: record.pivot.clone(),
            new_pivot: unit.pivot.clone(),
        };
        let change = (change.source_changed() || change.pivot_changed()).then_some(change);
        if text::fingerprint(&unit.translation) != record.fingerprint {
            EntryState::Updated { change }
        } else if let Some(change) = change {
            EntryState::Outdated(change)
        } else {
            EntryState::Current
        }
    }
}
