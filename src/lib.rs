//! fluentpress: articles kept as Project Fluent bundles, rendered and checked in every locale.
//!
//! Data flows one way: [`config`] loads the project, [`catalog`] reads and parses every FTL file
//! once, [`content`] reads the articles; [`render`] turns an article into localized blocks through
//! `bundle` (per-message fallback) and [`intl`] (CLDR formatting), and writes pages; [`check`]
//! compares every locale with the reference and returns findings as data; [`lock`] records what
//! each translation was made against; [`scaffold`] plans and writes a new locale; [`handoff`]
//! exports units to translators as XLIFF or PO and imports their work. A
//! [`Workspace`] opens a project once and owns the policy the commands share (which folders to
//! read, when the first lock is recorded and written).
//! The library never prints: it returns its results as data, and writes a check's report as
//! text or JSON only to a writer it is given; the binary picks stdout and the exit code.
//!
//! # Public API
//!
//! The crate root re-exports what a build script needs: [`Workspace`] (open a project, check,
//! accept, render, export and import through it), [`Catalog`] and [`ReadPolicy`],
//! [`CheckOptions`] and [`CheckReport`], [`RenderOptions`] and [`RenderReport`], and
//! [`Error`]. A render's pages are files (see [`RenderReport`]); the page model it builds them
//! from is not returned by any public function, so it is not part of this list. The modules stay public as the namespaces of the rest of the surface, which the
//! `fluentpress` binary, the integration tests, the benches and the fuzz targets use:
//! [`config::Project`], [`check`] (options, report, diagnostics and their codes, the streamed
//! JSON and text writers), [`render`] (options, formats, built files, events, the manifest), [`lock`] (the lock, entry states, word
//! diffs), [`handoff`] (export options and formats, the import report), [`scaffold`] and
//! [`new_article`] (plans, then writes), [`pseudo::Style`], [`content::Article`], [`intl`]
//! (calendars, formatters, plural categories), [`locale::Locale`], [`ftl::EntryKey`] and
//! [`ftl::PartId`], [`fsutil::write_atomic`], [`visible`] (names made safe to print) and
//! [`error`]. Other items are `pub(crate)`
//! (the submodules of `check` and `render` are private), and `bundle`, `theme` and
//! `site` are internal modules. The lints `unreachable_pub` and `missing_docs` (in
//! `Cargo.toml`) keep it so: a `pub` item the root cannot reach, or a public item without
//! documentation, is a warning.
//!
//! Open a project, check it, and render one page:
//!
//! ```
//! use fluentpress::{ReadPolicy, Workspace};
//!
//! # fn main() -> fluentpress::Result<()> {
//! let mut workspace = Workspace::open(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))?;
//! let options = workspace.check_options(&["fil".to_owned()])?;
//! let checked = workspace.check(&options, &ReadPolicy::default())?;
//! let fil = &checked.report.locales[0];
//! assert_eq!((fil.locale.as_str(), fil.coverage()), ("fil", 100.0));
//!
//! let out = tempfile::tempdir().expect("a temporary folder");
//! let mut render = workspace.render_options();
//! render.locales = vec!["fil".to_owned()];
//! render.out = out.path().to_path_buf();
//! workspace.render(&render, &ReadPolicy::default())?;
//! let page = out.path().join("fil/unido-industrial-park-training-2023.html");
//! let page = std::fs::read_to_string(page).expect("the page was written");
//! assert!(page.contains(r#"<html lang="fil""#));
//! # Ok(())
//! # }
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

mod bundle;
pub mod catalog;
pub mod check;
pub mod config;
pub mod content;
pub mod error;
pub mod fsutil;
pub mod ftl;
pub mod handoff;
pub mod intl;
pub mod l10n_toml;
pub mod locale;
pub mod lock;
pub mod new_article;
pub mod pseudo;
pub mod render;
pub mod scaffold;
mod site;
mod theme;
pub mod visible;
pub mod workspace;

// What a build script needs, at the crate root: open a project, check it, render it.
pub use catalog::{Catalog, ReadPolicy};
pub use check::{CheckOptions, Report as CheckReport};
pub use render::{Options as RenderOptions, Report as RenderReport};
pub use workspace::{Added, Checked, Workspace};

pub use error::{Error, Result};
