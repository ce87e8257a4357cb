//! Accepting translations: recording their current state after review, pruning records of
//! entries that are gone, a project's first lock, and the guarded load-accept-save that
//! `accept` and `add-locale` share.

use std::collections::BTreeSet;

use super::snapshot::{Originals, snapshot};
use super::{EntryState, Key, Lock, Unit};
use crate::catalog::Catalog;
use crate::config::Project;
use crate::error::{Error, Result};
use crate::ftl::PartId;
use crate::locale::Locale;

/// What [`Lock::accept`] did for one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AcceptReport {
    /// The locale.
    pub locale: String,
    /// Entries whose record was written or replaced, with their state before.
    pub recorded: Vec<Accepted>,
    /// Entries that were already current.
    pub already_current: usize,
    /// Records removed because their entry no longer exists in the source or the locale.
    pub pruned: Vec<Key>,
    /// Records kept although their entry was not found, because its file has syntax errors.
    pub kept_in_broken_files: Vec<Key>,
    /// Records kept although the locale's file is missing, because the source still has the
    /// entry: a vanished file is treated like a broken one, not as a translation removed.
    pub kept_in_missing_files: Vec<Key>,
    /// Entries recorded with the pivot text of their previous record, because the pivot's
    /// entry cannot be read now (its file is missing, unreadable or has syntax errors where
    /// the entry should be): recording no pivot text would clear an outdated pivot unseen.
    pub kept_pivot: Vec<Key>,
}

/// One entry recorded by [`Lock::accept`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The FTL file, relative to the locale folder.
    pub file: String,
    /// The entry id.
    pub id: String,
    /// Its state before: outdated, updated or unrecorded.
    pub was: EntryState,
}

impl Lock {
    /// named in `ids` (an id names the value and every attribute of an entry; `id.attr` names
    /// one attribute). Records of entry parts that no longer exist in the source or the locale
    /// are pruned, except in files with syntax errors (the entry may only be hidden by them)
    /// and in locale files that are missing while the source still has the entry.
    ///
    /// Where the pivot's entry cannot be read (its file is missing, unreadable, or has syntax
    /// errors), the pivot text of the previous record is kept, as records of hidden entries
    /// are.
    ///
    /// Refuses the source locale, a locale or source locale whose folder does not exist (all
    /// of its records would look removed), a pivot locale whose folder does not exist while
    /// `locale` has records (their pivot texts could not be compared), and ids that name no
    /// translated entry of `locale`; the lock is unchanged then.
    pub fn accept(
        &mut self,
        project: &Project,
        catalog: &Catalog,
        locale: &Locale,
        ids: &[String],
    ) -> Result<AcceptReport> {
        let pivot_missing = !catalog
            .locale(project.pivot.as_str())
            .is_some_and(|tree| tree.exists);
        if locale != &project.pivot
            && locale != &project.source
            && pivot_missing
            && self.records.keys().any(|k| k.locale == locale.as_str())
        {
            let folder = project.config.folders.locales.join(project.pivot.as_str());
            let message = format!(
                "the folder of the pivot locale `{}` (`{}`) does not exist: restore it and run \
                 `accept` again (without it the records of `{locale}` could not be compared with \
                 the pivot text); the lock was not changed",
                project.pivot,
                folder.display()
            );
            return Err(Error::FolderMissing {
                path: folder,
                message,
            });
        }
        let originals = Originals::new(project, catalog, locale != &project.pivot);
        self.accept_against(&originals, project, catalog, locale, ids)
    }

    /// [`Lock::accept`] with the source and pivot parts already read.
    fn accept_against(
        &mut self,
        originals: &Originals,
        project: &Project,
        catalog: &Catalog,
        locale: &Locale,
        ids: &[String],
    ) -> Result<AcceptReport> {
        if locale == &project.source {
            return Err(Error::ReferenceNamed {
                locale: locale.to_string(),
                message: format!(
                    "`{locale}` is the source locale: translations are recorded against it, so it \
                     has nothing to accept"
                ),
            });
        }
        for (tag, role) in [(locale, "locale"), (&project.source, "source locale")] {
            if !catalog.locale(tag.as_str()).is_some_and(|tree| tree.exists) {
                let folder = project.config.folders.locales.join(tag.as_str());
                let message = format!(
                    "the folder of the {role} `{tag}` (`{}`) does not exist: restore it and run \
                     `accept` again (without it every record of `{locale}` would look removed); \
                     the lock was not changed",
                    folder.display()
                );
                return Err(Error::FolderMissing {
                    path: folder,
                    message,
                });
            }
        }
        let snapshot = snapshot(originals, project, catalog, locale);
        let selected = |unit: &Unit| ids.is_empty() || ids.iter().any(|id| unit.id.is_named_by(id));
        if let Some(unknown) = ids
            .iter()
            .find(|id| !snapshot.units.iter().any(|unit| unit.id.is_named_by(id)))
        {
            return Err(Error::UnknownEntry {
                locale: locale.to_string(),
                id: unknown.clone(),
            });
        }
        let mut report = AcceptReport {
            locale: locale.to_string(),
            ..AcceptReport::default()
        };
        for unit in snapshot.units.iter().filter(|u| selected(u)) {
            let state = self.state(locale.as_str(), unit);
            let key = Key {
                locale: locale.to_string(),
                file: unit.file.clone(),
                id: unit.id.clone(),
            };
            let mut record = unit.record();
            if !unit.pivot_known {
                let previous = self.records.get(&key).and_then(|r| r.pivot.clone());
                if previous.is_some() {
                    report.kept_pivot.push(key.clone());
                }
                record.pivot = previous;
            }
            self.records.insert(key, record);
            if state == EntryState::Current {
                report.already_current += 1;
            } else {
                report.recorded.push(Accepted {
                    file: unit.file.clone(),
                    id: unit.id.to_string(),
                    was: state,
                });
            }
        }
        let live: BTreeSet<(&str, &PartId)> = snapshot
            .units
            .iter()
            .map(|u| (u.file.as_str(), &u.id))
            .collect();
        let stale: Vec<Key> = self
            .records
            .keys()
            .filter(|k| k.locale == locale.as_str() && !live.contains(&(k.file.as_str(), &k.id)))
            .cloned()
            .collect();
        for key in stale {
            if snapshot.broken_files.contains(&key.file) {
                report.kept_in_broken_files.push(key);
            } else if !snapshot.locale_files.contains(&key.file)
                && originals
                    .source
                    .contains_key(&(key.file.clone(), key.id.clone()))
            {
                report.kept_in_missing_files.push(key);
            } else {
                self.records.remove(&key);
                report.pruned.push(key);
            }
        }
        Ok(report)
    }

    /// Records the current state of every configured locale but the source: what a project
    /// without a lock starts from (existing translations are assumed current). Locales without
    /// a folder, and every locale when the source has none, have nothing to record and are
    /// left out.
    pub fn record_all(project: &Project, catalog: &Catalog) -> Result<(Self, Vec<AcceptReport>)> {
        let mut lock = Lock::new();
        let mut reports = Vec::new();
        let has_folder = |locale: &Locale| {
            catalog
                .locale(locale.as_str())
                .is_some_and(|tree| tree.exists)
        };
        if !has_folder(&project.source) {
            return Ok((lock, reports));
        }
        let originals = Originals::new(project, catalog, true);
        for p in &project.locales {
            if p.locale != project.source && has_folder(&p.locale) {
                reports.push(lock.accept_against(&originals, project, catalog, &p.locale, &[])?);
            }
        }
        Ok((lock, reports))
    }
}

/// What [`accept_and_save`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptOutcome {
    /// When the project had no lock: the locales recorded as they were (existing
    /// translations assumed current).
    pub initialised: Option<Vec<AcceptReport>>,
    /// What was recorded and pruned for the requested locale.
    pub report: AcceptReport,
    /// Whether the lock file was written (false when its content did not change).
    pub written: bool,
}

impl AcceptOutcome {
    /// When the project had no lock, what was recorded first.
    pub fn first_lock(&self) -> Option<FirstRecording<'_>> {
        self.initialised.as_deref().map(FirstRecording)
    }
}

/// The locales recorded in a project's first lock; shown as `no lock file yet: recorded 12
/// entries in en, fil; existing translations were assumed current`.
#[derive(Debug, Clone, Copy)]
pub struct FirstRecording<'a>(pub &'a [AcceptReport]);

impl std::fmt::Display for FirstRecording<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let entries: usize = self
            .0
            .iter()
            .map(|r| r.recorded.len() + r.already_current)
            .sum();
        let locales: Vec<&str> = self.0.iter().map(|r| r.locale.as_str()).collect();
        write!(
            f,
            "no lock file yet: recorded {entries} {} in {}; existing translations were assumed \
             current",
            if entries == 1 { "entry" } else { "entries" },
            locales.join(", ")
        )
    }
}

/// Loads the project's lock (or records every locale when there is none), accepts `ids` (all
/// when empty) of `locale`, and writes the lock if it changed. `add-locale` calls this with
/// the new locale and no ids; `fluentpress accept` with the user's arguments. On any error the
/// lock file is left as it was.
///
/// The project is held (`fsutil::ProjectGuard`) from reading the lock to
/// writing it, so that concurrent runs on other locales do not lose each other's records.
pub fn accept_and_save(
    project: &Project,
    catalog: &Catalog,
    locale: &Locale,
    ids: &[String],
) -> Result<AcceptOutcome> {
    let _guard = crate::config::guard(&project.root)?;
    let path = project.lock_path();
    crate::fsutil::remove_temporaries_of(&path);
    let (mut lock, initialised, before) = match Lock::load(&path)? {
        Some(lock) => {
            let before = lock.to_text();
            (lock, None, Some(before))
        }
        None => {
            let (lock, reports) = Lock::record_all(project, catalog)?;
            (lock, Some(reports), None)
        }
    };
    let report = lock.accept(project, catalog, locale, ids)?;
    let after = lock.to_text();
    let written = before.as_deref() != Some(after.as_str());
    if written {
        super::write_text_in(&project.root, &path, &after)?;
    }
    Ok(AcceptOutcome {
        initialised,
        report,
        written,
    })
}
