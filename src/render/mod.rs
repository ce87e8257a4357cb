//! Rendering: an article in one locale becomes a [`Page`] of localized texts, then a file.
//!
//! Every text of a page records the locale it actually came from, so writers can mark
//! fallbacks (`lang` attributes, notices) and callers can report them. The modules, in the
//! order a run uses them: `validate` (articles and output folder, before anything is built),
//! `pipeline` (one task per locale, on all cores), `page` (an article's texts in one locale),
//! `view` (what templates receive), `listing` (lists and home page), `publish` (sitemap and
//! feeds), `manifest` (what an output folder holds and what it was built from) and `output`
//! (the one way files reach the output folder: staged as they are built, put in place once
//! all are built, through [`crate::fsutil`], so an interrupted run never leaves a half-written
//! page and a symbolic link in the output folder is replaced, never written through).

mod dates;
mod event_text;
mod listing;
pub(crate) mod manifest;
mod output;
mod page;
mod pipeline;
mod publish;
mod share;
mod validate;
mod view;

use std::collections::HashSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::config::Project;
use crate::content::{Article, BlockKind};
use crate::error::Result;
use crate::ftl::EntryKey;
use crate::intl::IsoDate;
use crate::locale::Locale;

pub use manifest::MANIFEST_FILE;
pub use manifest::ManifestState;
pub use publish::SitemapLimits;
pub(crate) use validate::{check_output, check_site_paths};
pub use view::iso;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// HTML5 pages with a language switcher, plus `index.html`.
    Html,
    /// CommonMark.
    Markdown,
    /// Plain text.
    Text,
}

impl Format {
    /// The file extension.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Text => "txt",
        }
    }

    /// Fluent's bidi isolation marks are for text shown as is; HTML and Markdown must not
    /// carry them (they would appear inside attributes, links and copied text).
    fn isolating(self) -> bool {
        matches!(self, Format::Text)
    }
}

/// A text of a page and the locale it was taken from.
#[derive(Debug, Clone)]
pub(crate) struct Text {
    /// The formatted text, not escaped.
    pub(crate) text: String,
    /// The locale whose text this is.
    pub(crate) lang: Locale,
    /// True when it came from a later locale of the chain than the page's own.
    pub(crate) fallback: bool,
    /// True when the translation is older than its source (see the lock).
    pub(crate) outdated: bool,
}

/// A link to the same article in another locale.
#[derive(Debug, Clone)]
pub(crate) struct Alternate {
    /// The locale.
    pub(crate) locale: Locale,
    /// Its name in itself.
    pub(crate) name: String,
}

/// An article localized into one locale, ready for a writer.
#[derive(Debug, Clone)]
pub struct Page {
    /// The page's locale.
    pub(crate) locale: Locale,
    /// The article's slug.
    pub(crate) slug: String,
    /// The publication date.
    pub(crate) published: IsoDate,
    /// "Published …", with the date formatted for the locale.
    pub(crate) published_line: Text,
    /// The source organisation.
    pub(crate) source: Text,
    /// Breadcrumb items, outermost first.
    pub(crate) breadcrumb: Vec<Text>,
    /// The breadcrumb's accessible name.
    pub(crate) breadcrumb_label: Text,
    /// The blocks in reading order (the title among them).
    pub(crate) blocks: Vec<(BlockKind, Text)>,
    /// Notices for readers: provenance, draft status, fallbacks, outdated passages.
    pub(crate) notices: Vec<Text>,
    /// The switcher's label.
    pub(crate) languages_label: Text,
    /// The switcher's line in Markdown and text around its links: what comes before them (the
    /// label with the locale's punctuation, without trailing spaces), whether a space
    /// separates it from the links, and what comes after.
    pub(crate) languages_line: (Text, bool, Text),
    /// Every locale of the project, this one included, in configuration order.
    pub(crate) alternates: Vec<Alternate>,
    /// The site's name (`site-name`; without it, `nav-home`).
    pub(crate) site_name: Text,
    /// What the mark beside passages shown in another language means, when some but not all
    /// of the article's passages (title, paragraphs, photo credits) are shown in another
    /// language and the chain has `fallback-mark`.
    pub(crate) fallback_mark: Option<Text>,
    /// What the mark beside passages that may be out of date means, when the page has such
    /// passages and the chain has `outdated-mark`.
    pub(crate) outdated_mark: Option<Text>,
    /// A plain-text notice's line around the notice, as [`Page::languages_line`] around its
    /// links: `Note:` and the locale's punctuation (empty without `notice-line`).
    pub(crate) notice_line: (Text, bool, Text),
}

impl Page {
    /// The headline.
    pub(crate) fn title(&self) -> &Text {
        self.blocks
            .iter()
            .find(|(kind, _)| *kind == BlockKind::Title)
            .map(|(_, t)| t)
            .unwrap_or(&self.source)
    }
}

/// Something a render run reports besides the pages it wrote.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Event {
    /// A message was taken from a later locale of the chain.
    Fallback {
        /// The page's locale.
        locale: String,
        /// The article's slug.
        article: String,
        /// The message id.
        id: String,
        /// The locale whose text was shown.
        used: String,
        /// Why the earlier locales were skipped.
        reason: String,
    },
    /// Every locale of the chain that defines a message fails to format it; the first
    /// locale's text is shown as Fluent formatted it (with the failing parts in braces).
    Broken {
        /// The page's locale.
        locale: String,
        /// The article's slug.
        article: String,
        /// The message id.
        id: String,
    },
    /// No locale of the chain defines a message the page needs; its id is shown instead.
    Unresolved {
        /// The page's locale.
        locale: String,
        /// The article's slug.
        article: String,
        /// The message id.
        id: String,
    },
    /// A problem in a translation: resolver errors, duplicate ids, syntax errors.
    Problem {
        /// The locale.
        locale: String,
        /// Where: `file`, `file:line:column`, or `file` and message id.
        location: String,
        /// What.
        message: String,
    },
}

/// Entries known to be outdated: (locale, entry).
pub type Outdated = HashSet<(String, EntryKey)>;

/// What `render` should do.
#[derive(Debug, Clone)]
pub struct Options {
    /// Locales to render (all configured ones when empty).
    pub locales: Vec<String>,
    /// Formats to write.
    pub formats: Vec<Format>,
    /// Output folder.
    pub out: PathBuf,
    /// Build every file, whatever the output folder's manifest says.
    pub force: bool,
    /// The most one sitemap file may hold (the sitemaps.org limits by default); a site over
    /// them gets a sitemap index and parts.
    pub sitemap: SitemapLimits,
}

/// What a render run did.
#[derive(Debug)]
pub struct Report {
    /// Files written, sorted.
    pub written: Vec<PathBuf>,
    /// Files of the run left as they were: up to date, or built again with the same bytes.
    pub skipped: usize,
    /// Files an earlier run wrote that this one no longer produces (pages of a deleted article
    /// or locale), removed.
    pub removed: Vec<PathBuf>,
    /// Files an earlier run wrote that this one no longer produces, left in place because they
    /// were changed since.
    pub kept: Vec<PathBuf>,
    /// What the output folder's manifest was; anything but [`ManifestState::Used`] means
    /// every file was built.
    pub manifest: ManifestState,
    /// Fallbacks and problems, deduplicated, in a stable order.
    pub events: Vec<Event>,
    /// HTML was rendered without a `base-url`: links are relative, and the sitemap, feeds,
    /// canonical links and social metadata were left out.
    pub without_base_url: bool,
}

impl Report {
    /// Number of passages taken from a later locale of their page's chain.
    pub fn fallbacks(&self) -> usize {
        self.events
            .iter()
            .filter(|e| matches!(e, Event::Fallback { .. }))
            .count()
    }

    /// Number of passages no locale could show properly: messages no locale defines (shown as
    /// their id) and messages that fail in every locale.
    pub fn unresolved(&self) -> usize {
        self.events
            .iter()
            .filter(|e| matches!(e, Event::Unresolved { .. } | Event::Broken { .. }))
            .count()
    }
}

/// Follows a long run: how many files it has, and how many are done.
pub trait Progress: Sync {
    /// The run has `total` files.
    fn start(&self, total: u64);
    /// `done` files are built or found up to date.
    fn advance(&self, done: u64);
    /// The run has `more` files than it said at its start (a sitemap split into an index and
    /// its parts, known only once the sitemap's URLs are counted).
    fn grow(&self, more: u64) {
        let _ = more;
    }
}

/// No progress shown.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Quiet;

impl Progress for Quiet {
    fn start(&self, _: u64) {}
    fn advance(&self, _: u64) {}
}

/// Renders every article in the selected locales and formats into `options.out`.
pub fn render_project(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
    outdated: &Outdated,
    options: &Options,
) -> Result<Report> {
    render_project_with(project, catalog, articles, outdated, options, &Quiet, None)
}

/// Like [`render_project`], telling `progress` how far it is.
///
/// Files are built as a manifest in the output folder says they must be (see the `manifest`
/// rules in `docs/render.md`): a file whose inputs did not change is neither built nor written,
/// a file built with the same bytes is not written again, and the files of deleted articles
/// and locales that fluentpress wrote are removed. Nothing is put in place before every file
/// of the run is built: a template that fails halfway leaves the output folder as it was.
/// `manifest` is the output folder's manifest file as read earlier, if it was (it is read
/// here otherwise).
pub(crate) fn render_project_with(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
    outdated: &Outdated,
    options: &Options,
    progress: &dyn Progress,
    manifest: Option<manifest::ManifestRead>,
) -> Result<Report> {
    let locales = project.select(&options.locales)?;
    check_output(project, &options.out)?;
    for locale in &locales {
        check_output(project, &options.out.join(locale.locale.as_str()))?;
    }
    validate::check_site_paths(project, &options.out, &[])?;
    let theme = crate::theme::Theme::load(&project.templates_dir())?;
    validate::validate_articles(project, catalog, articles)?;
    let problems = validate::syntax_problems(project, catalog, articles, &locales);
    let formats = unique(&options.formats);
    // Temporary files of an interrupted earlier run would otherwise be published; the same
    // reading of each folder tells which files are there.
    let tags: Vec<&str> = locales.iter().map(|l| l.locale.as_str()).collect();
    let on_disk = output::OnDisk::clean_and_list(&options.out, &tags)?;
    let read = manifest.unwrap_or_else(|| manifest::Manifest::read(&options.out));
    let (old, mut state) = read.judge(&options.out);
    if options.force {
        state = ManifestState::Forced;
    }
    let trusted = state == ManifestState::Used;
    let job = pipeline::Job {
        project,
        catalog,
        articles,
        outdated,
        theme: &theme,
        locales: locales.clone(),
        formats: formats.clone(),
        sitemap: options.sitemap,
    };
    let total = planned_files(project, articles, &locales, &formats);
    progress.start(total);
    let out = options.out.as_path();
    let (built, staging, kept) = std::thread::scope(|scope| {
        let (writer, receiver, failed) =
            output::Writer::new(out, old.as_ref(), trusted, &on_disk, progress);
        let old = old.as_ref();
        let stager = scope.spawn(move || output::stage(receiver, out, old, trusted, &failed));
        let built = pipeline::run(&job, &writer);
        let kept = writer.into_kept();
        let staging = stager.join().expect("the writer thread does not panic");
        (built, staging, kept)
    });
    let mut staging = staging;
    // The writer's own error says more than the pipeline's "the writer stopped".
    let outcome = match (staging.take_error(), built) {
        (None, Ok(outcome)) => outcome,
        (Some(e), _) | (None, Err(e)) => {
            staging.discard();
            return Err(e);
        }
    };
    let scope = output::Scope {
        locales: (!options.locales.is_empty())
            .then(|| locales.iter().map(|l| l.locale.to_string()).collect()),
        formats,
    };
    let written = output::finish(
        staging,
        output::Finish {
            out,
            old,
            state,
            scope,
            planned: outcome.planned,
            kept,
            coverage: outcome.coverage,
        },
    )?;
    let mut events = problems;
    let mut seen: HashSet<Event> = events.iter().cloned().collect();
    events.extend(
        outcome
            .events
            .into_iter()
            .filter(|e| seen.insert(e.clone())),
    );
    Ok(Report {
        written: written.written,
        skipped: written.skipped,
        removed: written.removed,
        kept: written.kept,
        manifest: written.manifest,
        events,
        without_base_url: outcome.without_base_url,
    })
}

/// The formats without repetition, in the order given.
fn unique(formats: &[Format]) -> Vec<Format> {
    let mut unique: Vec<Format> = Vec::new();
    for format in formats {
        if !unique.contains(format) {
            unique.push(*format);
        }
    }
    unique
}

/// How many files a run produces (for progress).
fn planned_files(
    project: &Project,
    articles: &[Article],
    locales: &[&crate::config::ProjectLocale],
    formats: &[Format],
) -> u64 {
    let pages = articles.len() * locales.len() * formats.len();
    let site = if formats.contains(&Format::Html) {
        let lists = articles
            .len()
            .div_ceil(project.config.page_size.max(1))
            .max(1);
        let feeds = usize::from(project.base_url().is_some());
        // Each locale's lists and feed; the language chooser, the not-found page, the icon,
        // the stylesheet and the sitemap.
        locales.len() * (lists + feeds) + 4 + feeds
    } else {
        0
    };
    (pages + site) as u64
}

/// Pages built in memory, not yet written.
#[derive(Debug, Default)]
pub struct Built {
    /// Each file's path relative to the output folder and its text, in writing order: the
    /// articles' pages (`<locale>/<slug>.<ext>`), then, when HTML is among the formats, each
    /// locale's list pages (its home page first) and feed, `index.html` (where readers choose a
    /// language), `404.html`, `favicon.svg`, the stylesheet (`assets/style.<hash>.css`) and the
    /// sitemap.
    pub files: Vec<(PathBuf, String)>,
    /// Fallbacks and problems, deduplicated, in a stable order.
    pub events: Vec<Event>,
    /// As [`Report::without_base_url`].
    pub without_base_url: bool,
}

/// Builds every page of `articles` in the selected `locales` (all configured ones when empty)
/// and `formats`, in memory: what [`render_project`] writes into an empty folder. Reads the
/// project's templates; writes nothing.
///
/// Fails when a locale is not configured, an article is invalid for the project (a message
/// no locale defines, a shared file the source locale lacks, a region CLDR does not name), or
/// a template cannot be read or rendered.
pub fn build_pages(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
    outdated: &Outdated,
    locales: &[String],
    formats: &[Format],
) -> Result<Built> {
    let locales = project.select(locales)?;
    let theme = crate::theme::Theme::load(&project.templates_dir())?;
    validate::validate_articles(project, catalog, articles)?;
    let mut events = validate::syntax_problems(project, catalog, articles, &locales);
    let job = pipeline::Job {
        project,
        catalog,
        articles,
        outdated,
        theme: &theme,
        locales,
        formats: unique(formats),
        sitemap: SitemapLimits::default(),
    };
    let collector = output::Collector::default();
    let outcome = pipeline::run(&job, &collector)?;
    let mut seen: HashSet<Event> = events.iter().cloned().collect();
    events.extend(
        outcome
            .events
            .into_iter()
            .filter(|e| seen.insert(e.clone())),
    );
    Ok(Built {
        files: collector.into_files(),
        events,
        without_base_url: outcome.without_base_url,
    })
}

/// Default options for a project: all locales, HTML, the configured output folder.
pub fn default_options(project: &Project) -> Options {
    Options {
        locales: Vec::new(),
        formats: vec![Format::Html],
        out: project.output_dir(),
        force: false,
        sitemap: SitemapLimits::default(),
    }
}
