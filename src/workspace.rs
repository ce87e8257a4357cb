//! A project opened once, and the policy every command shares: when the first lock is recorded
//! and written, which locale folders are read, when the project is held against other runs.
//!
//! [`Workspace::open`] reads the configuration and the lock (a lock that cannot be read stops
//! here and is never touched); each operation then reads the locale folders it needs once and
//! answers: [`Workspace::check`], [`Workspace::accept`], [`Workspace::render`] and
//! [`Workspace::outdated`], [`Workspace::export`] and [`Workspace::import`]. The binary's
//! subcommands parse arguments, call one of these and print the result; a build script can do
//! the same; [`check_source`] does a check of any [`check::Source`] from start to report.
//! [`Workspace::add_locale`] opens the project it changes: it plans the new locale
//! with [`scaffold`], writes it and records it in the lock. Nothing here prints.

mod added_text;
mod check_source;
mod first_lock_text;

use std::fmt;
use std::path::Path;

use crate::catalog::{Catalog, ReadPolicy};
use crate::check::{self, CheckOptions, Report};
use crate::config::Project;
use crate::content::Article;
use crate::error::{Error, Result};
use crate::handoff;
use crate::lock::{self, AcceptOutcome, AcceptReport, FirstRecording, Lock};
use crate::render::{self, Outdated};
use crate::scaffold;

pub use check_source::check_source;

/// A project with its configuration and lock read, and its locale folders once an operation
/// has read them.
#[derive(Debug)]
pub struct Workspace {
    /// The configuration.
    pub project: Project,
    /// The lock once read (`None` inside: the project has none), or as the first check
    /// recorded it.
    lock: Option<Option<Lock>>,
    /// The locale folders the last operation read.
    catalog: Option<Catalog>,
}

/// A check of a project, and the first lock it recorded when the project had none.
#[derive(Debug)]
pub struct Checked {
    /// The findings.
    pub report: Report,
    /// Set when the project had no lock: what was recorded and whether it was written.
    pub first_lock: Option<FirstLock>,
}

/// The first lock of a project, recorded by `check` (as `accept` would) or by `accept` itself.
#[derive(Debug)]
pub struct FirstLock {
    /// One report per locale recorded.
    pub reports: Vec<AcceptReport>,
    /// Whether the lock file was written; `check` writes it only if no other run wrote one
    /// meanwhile, and goes on when it cannot be written.
    pub saved: Saved,
}

/// What became of a first lock recorded by `check`.
#[derive(Debug)]
pub enum Saved {
    /// Written to the project's lock file.
    Written,
    /// Another run wrote a lock meanwhile: it is kept, and this one is dropped.
    KeptOther,
    /// It could not be written; the check went on with the records in memory.
    Failed(crate::Error),
}

/// A locale added by [`Workspace::add_locale`].
#[derive(Debug)]
pub struct Added {
    /// What was written.
    pub plan: scaffold::Plan,
    /// What the lock recorded; `initialised` is set when the project had no lock and every
    /// locale was recorded first.
    pub locked: AcceptOutcome,
    /// The project with the new locale, and the locale folders read to record it.
    pub workspace: Workspace,
}

impl fmt::Display for FirstLock {
    /// As [`FirstRecording`] shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        FirstRecording(&self.reports).fmt(f)
    }
}

impl Workspace {
    /// Opens the project at `root`: reads its configuration. The lock is read by the first
    /// operation that needs it.
    pub fn open(root: &Path) -> Result<Self> {
        Ok(Workspace {
            project: Project::load(root)?,
            lock: None,
            catalog: None,
        })
    }

    /// Adds locale `tag` to the project at `root`: plans it (refusing, with nothing written,
    /// a tag without CLDR data, a configured locale, a lock that cannot be read), writes its
    /// files and its table in the configuration atomically, then records it in the lock
    /// (creating the lock, with every locale recorded, on a project without one). The
    /// configuration is parsed when planning and not again unless another run changed it
    /// meanwhile; the source and pivot folders are read once.
    ///
    /// Fails with [`Error::LocaleNotAdded`] when nothing was written, and with
    /// [`Error::LockNotUpdated`] when the locale was written and registered but the lock could
    /// not be updated (the files and the configuration are kept).
    pub fn add_locale(root: &Path, tag: &str, options: &scaffold::Options) -> Result<Added> {
        let not_added = |tag: &str, e: Error| Error::LocaleNotAdded {
            tag: tag.to_owned(),
            source: Box::new(e),
        };
        let (plan, mut catalog) =
            scaffold::plan_reading(root, tag, options).map_err(|e| not_added(tag, e))?;
        let project = scaffold::write(&plan).map_err(|e| not_added(plan.locale.as_str(), e))?;
        let locale = plan.locale.clone();
        let locked = (|| {
            // The plan read the source and the pivot; the lock needs every configured locale.
            for name in project.locales.iter().map(|l| l.locale.as_str()) {
                if catalog.locale(name).is_none() {
                    let tree = catalog.load_more(name)?;
                    catalog.locales.push(tree);
                }
            }
            catalog.locales.sort_by(|a, b| a.name.cmp(&b.name));
            lock::accept_and_save(&project, &catalog, &locale, &[])
        })()
        .map_err(|e| Error::LockNotUpdated {
            locale: locale.to_string(),
            source: Box::new(e),
        })?;
        let workspace = Workspace {
            project,
            lock: None,
            catalog: Some(catalog),
        };
        Ok(Added {
            plan,
            locked,
            workspace,
        })
    }

    /// The lock, if the project has one (or the first check recorded one). A lock that cannot
    /// be read is an error, and the file is never touched.
    pub fn lock(&mut self) -> Result<Option<&Lock>> {
        if self.lock.is_none() {
            self.lock = Some(Lock::load(&self.project.lock_path())?);
        }
        Ok(self.lock.as_ref().and_then(Option::as_ref))
    }

    /// The locale folders the last operation read.
    pub fn catalog(&self) -> Option<&Catalog> {
        self.catalog.as_ref()
    }

    /// Reads the locale folders `folders` (every folder when empty).
    fn load(&mut self, folders: &[String], policy: &ReadPolicy) -> Result<&Catalog> {
        let catalog = Catalog::load_with(&self.project.locales_dir(), folders, policy)?;
        Ok(self.catalog.insert(catalog))
    }

    /// The options of a check of this project: the configured locales but the source (or
    /// those `only` names), with the configuration's thresholds.
    pub fn check_options(&self, only: &[String]) -> Result<CheckOptions> {
        CheckOptions::for_project(&self.project, only)
    }

    /// Checks the project against its lock. Without a lock, every configured locale is read
    /// and recorded in memory first, and the lock is written once the check has run (a check
    /// that fails writes nothing), under the project's guard and only if no other run wrote
    /// one meanwhile.
    pub fn check(&mut self, options: &CheckOptions, policy: &ReadPolicy) -> Result<Checked> {
        // A lock that cannot be read stops the check before anything else.
        let folders = match self.lock()? {
            // The first lock records every locale, not only the checked ones.
            None => self.configured(),
            Some(_) => options.folders(),
        };
        self.load(&folders, policy)?;
        let catalog = self.catalog.as_ref().expect("just loaded");
        // Without the source folder there is nothing to record, and the check fails with
        // "reference folder not found".
        let source_exists = catalog
            .locale(self.project.source.as_str())
            .is_some_and(|t| t.exists);
        let mut first = None;
        if matches!(self.lock, Some(None)) && source_exists {
            let (lock, reports) = Lock::record_all(&self.project, catalog)?;
            self.lock = Some(Some(lock));
            first = Some(reports);
        }
        let lock = self.lock.iter().flatten().next();
        let lock = lock.map(|lock| (&self.project, lock));
        let report = check::run_with_lock(catalog, options, lock)?;
        let first_lock = first.map(|reports| FirstLock {
            reports,
            saved: self.save_first_lock(),
        });
        Ok(Checked { report, first_lock })
    }

    /// Writes the lock recorded by a first check, unless another run (an `accept`, a second
    /// `check`) wrote one meanwhile: under the project's guard, a lock that exists is never
    /// replaced by this one.
    fn save_first_lock(&self) -> Saved {
        let (Some(Some(lock)), path) = (&self.lock, self.project.lock_path()) else {
            return Saved::KeptOther;
        };
        let saved = crate::config::guard(&self.project.root).and_then(|_guard| {
            crate::fsutil::remove_temporaries_of(&path);
            if path.exists() {
                Ok(false)
            } else {
                lock.save_in(&self.project.root, &path).map(|()| true)
            }
        });
        match saved {
            Ok(true) => Saved::Written,
            Ok(false) => Saved::KeptOther,
            Err(e) => Saved::Failed(e),
        }
    }

    /// Records the translations of `locale` (those `ids` name, or all) as reviewed against the
    /// current source and pivot, prunes records of removed entries, and writes the lock if it
    /// changed (recording every locale first when the project has none). The project is held
    /// against other runs meanwhile; on any error the lock file is left as it was.
    pub fn accept(&mut self, locale: &str, ids: &[String]) -> Result<AcceptOutcome> {
        let locale = self.project.select(&[locale.to_owned()])?[0].locale.clone();
        let folders = self.configured();
        self.load(&folders, &ReadPolicy::default())?;
        let catalog = self.catalog.as_ref().expect("just loaded");
        lock::accept_and_save(&self.project, catalog, &locale, ids)
    }

    /// The entries whose translation is outdated, in every configured locale (empty without
    /// a lock): what `render` marks. Reads every locale folder unless an operation has.
    pub fn outdated(&mut self) -> Result<Outdated> {
        if self.catalog.is_none() {
            self.load(&[], &ReadPolicy::default())?;
        }
        self.lock()?;
        let catalog = self.catalog.as_ref().expect("loaded");
        Ok(match self.lock.iter().flatten().next() {
            Some(lock) => lock.outdated_entries(&self.project, catalog),
            None => Outdated::new(),
        })
    }

    /// Renders every article into every locale of `options`, marking outdated passages.
    pub fn render(
        &mut self,
        options: &render::Options,
        policy: &ReadPolicy,
    ) -> Result<render::Report> {
        self.render_with(options, policy, &render::Quiet)
    }

    /// Like [`Workspace::render`], telling `progress` how far the run is.
    pub fn render_with(
        &mut self,
        options: &render::Options,
        policy: &ReadPolicy,
        progress: &dyn render::Progress,
    ) -> Result<render::Report> {
        // The output folder's manifest is read and parsed on a thread of its own while the
        // project is read.
        std::thread::scope(|scope| {
            let manifest = scope.spawn(|| render::manifest::Manifest::read(&options.out));
            let articles = Article::load_all(&self.project.content_dir())?;
            self.load(&[], policy)?;
            let outdated = self.outdated()?;
            let catalog = self.catalog.as_ref().expect("loaded");
            let manifest = manifest
                .join()
                .expect("reading the manifest does not panic");
            render::render_project_with(
                &self.project,
                catalog,
                &articles,
                &outdated,
                options,
                progress,
                Some(manifest),
            )
        })
    }

    /// Renders the pivot's pseudo-locale in `style` into `out`, under the style's tag (see
    /// [`crate::pseudo`]). Nothing under `locales/` nor the lock is written.
    pub fn pseudo(
        &mut self,
        style: crate::pseudo::Style,
        out: &Path,
        policy: &ReadPolicy,
    ) -> Result<render::Report> {
        let articles = Article::load_all(&self.project.content_dir())?;
        self.load(&[], policy)?;
        let catalog = self.catalog.as_ref().expect("loaded");
        crate::pseudo::render_pseudo(&self.project, catalog, &articles, style, out)
    }

    /// Exports the units of `options.locale` as XLIFF or PO (see [`crate::handoff`]): reads
    /// the source, pivot and target folders and the lock.
    pub fn export(&mut self, options: &handoff::ExportOptions) -> Result<handoff::Export> {
        let target = handoff::target_locale(&self.project, &options.locale)?;
        let files = handoff::article_files(&self.project, &options.articles)?;
        self.load_exchange(&target)?;
        self.lock()?;
        let catalog = self.catalog.as_ref().expect("just loaded");
        let lock = self.lock.iter().flatten().next();
        handoff::export_from(
            &self.project,
            catalog,
            lock,
            &target,
            files.as_deref(),
            options,
        )
    }

    /// Reads the folders an exchange with `target` reads, refusing a project without its
    /// source folder.
    fn load_exchange(&mut self, target: &crate::locale::Locale) -> Result<()> {
        let folders = handoff::folders(&self.project, target);
        self.load(&folders, &ReadPolicy::default())?;
        let catalog = self.catalog.as_ref().expect("just loaded");
        handoff::require_source(&self.project, catalog)
    }

    /// Imports the translated exchange file at `path` into its locale's files (see
    /// [`crate::handoff`]); with `dry_run`, computes everything and writes nothing. The
    /// project is held against other runs from reading the folders and the lock to writing.
    ///
    /// Refuses (an error, nothing written) a malformed file, a file for another project
    /// (another source language, or FTL files this project's source does not have), an
    /// unknown locale and the project's source locale.
    pub fn import(&mut self, path: &Path, dry_run: bool) -> Result<handoff::ImportReport> {
        let imported = handoff::read_exchange(path)?;
        let target = handoff::target_of(&self.project, &imported, path)?;
        let _guard = crate::config::guard(&self.project.root)?;
        self.load_exchange(&target)?;
        let catalog = self.catalog.as_ref().expect("just loaded");
        handoff::check_files(&self.project, catalog, &imported, path)?;
        // The lock as it is while the project is held.
        self.lock = None;
        self.lock()?;
        let catalog = self.catalog.as_mut().expect("just loaded");
        let lock = self.lock.iter().flatten().next();
        handoff::import_into(&self.project, catalog, lock, &imported, &target, dry_run)
    }

    /// The default render options of the project.
    pub fn render_options(&self) -> render::Options {
        render::default_options(&self.project)
    }

    /// Every configured locale's folder name.
    fn configured(&self) -> Vec<String> {
        self.project
            .locales
            .iter()
            .map(|p| p.locale.to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests;
