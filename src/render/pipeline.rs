//! The order a site is built in, whatever receives its files.
//!
//! Each locale is one task (tasks run on all cores): its CLDR formatters and bundles are made
//! once ([`LocaleKit`]), each article is formatted once per kind of text (isolated or not) and
//! its pages rendered from that, and each file goes to a [`Sink`] as soon as it is rendered,
//! so memory holds a few pages and one locale's list entries at a time, never the site. The
//! home page and the sitemap follow the locales.
//!
//! Before building a file the pipeline asks the sink whether the file is up to date for the
//! hash of its inputs ([`Inputs`]); a locale whose files are all up to date is not formatted
//! at all. Nothing here touches the file system.

use std::collections::{BTreeMap, HashSet};

use rayon::prelude::*;

use super::listing::{self, Entry};
use super::manifest::{Coverage, Digest, FileRecord, Inputs};
use super::page::{LocaleKit, alternates};
use super::publish::{self, SitemapLimits};
use super::{Alternate, Event, Format, Outdated, view};
use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale};
use crate::content::Article;
use crate::error::{Error, Result};
use crate::theme::Theme;

/// A file the pipeline built.
#[derive(Debug)]
pub(crate) struct OutFile {
    /// Its path relative to the output folder, with `/`.
    pub(crate) path: String,
    /// Its text.
    pub(crate) body: Body,
    /// The hash of its inputs.
    pub(crate) inputs: Digest,
    /// The locale it belongs to (none for the site's own files).
    pub(crate) locale: Option<String>,
    /// Its format.
    pub(crate) format: Format,
    /// What building it reported.
    pub(crate) events: Vec<Event>,
    /// Where it comes in the site's order (see [`super::Built::files`]).
    pub(crate) order: Order,
}

/// A file's contents.
pub(crate) enum Body {
    /// Built in memory.
    Text(String),
    /// Built in memory as UTF-8 bytes (a template's output).
    Bytes(Vec<u8>),
    /// Written straight into the file as it is made (a file too large to hold, such as the
    /// sitemap).
    Stream(WriteBody),
}

/// Writes a file's contents into what it is given.
pub(crate) type WriteBody = Box<dyn FnOnce(&mut dyn std::io::Write) -> std::io::Result<()> + Send>;

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Body::Text(text) => write!(f, "Text({} bytes)", text.len()),
            Body::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
            Body::Stream(_) => f.write_str("Stream"),
        }
    }
}

/// A file's place in the site's order: articles' pages by (article, locale, format), then
/// each locale's lists and feed, then `index.html`, then the sitemap (its index, then its parts).
pub(crate) type Order = (u8, usize, usize, usize);

/// What receives a run's files.
pub(crate) trait Sink: Sync {
    /// The record of `path` if it is up to date for `inputs`; the pipeline then neither
    /// builds it nor hands it over, and calls [`Sink::keep`].
    fn fresh(&self, path: &str, inputs: Digest) -> Option<&FileRecord>;
    /// `path` is up to date and stays as it is.
    fn keep(&self, path: &str);
    /// A built file.
    fn emit(&self, file: OutFile) -> Result<()>;
    /// A locale's coverage as an earlier run counted it.
    fn coverage(&self, locale: &str) -> Option<Coverage>;
    /// Whether an earlier run, as far as it is trusted, wrote `path` (fresh or not).
    fn listed(&self, path: &str) -> bool;
}

/// Everything one run builds from.
pub(crate) struct Job<'a> {
    pub(crate) project: &'a Project,
    pub(crate) catalog: &'a Catalog,
    pub(crate) articles: &'a [Article],
    pub(crate) outdated: &'a Outdated,
    pub(crate) theme: &'a Theme,
    /// The locales to render.
    pub(crate) locales: Vec<&'a ProjectLocale>,
    /// The formats to render, without repetition.
    pub(crate) formats: Vec<Format>,
    /// The most one sitemap file may hold.
    pub(crate) sitemap: SitemapLimits,
}

/// What a run built, besides its files.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    /// Fallbacks and problems of every file of the run (built or kept), deduplicated, in the
    /// site's order.
    pub(crate) events: Vec<Event>,
    /// HTML without a base URL.
    pub(crate) without_base_url: bool,
    /// Every file of the run, built or kept.
    pub(crate) planned: Vec<String>,
    /// Each locale's coverage as this run knows it.
    pub(crate) coverage: BTreeMap<String, Coverage>,
}

/// What one locale's task produced.
#[derive(Default)]
struct LocaleOutcome {
    /// Events per article, then per format (selected locales only).
    pages: Vec<Vec<Vec<Event>>>,
    /// The events of the locale's lists.
    lists: Vec<Event>,
    /// Translated and all passages.
    counts: Option<(usize, usize)>,
    /// The locale's list entries, kept for the home page (the source locale only).
    entries: Option<Vec<Entry>>,
    planned: Vec<String>,
}

/// A locale's part in the run.
struct Task<'a> {
    locale: &'a ProjectLocale,
    /// Whether its pages are rendered (it may only be counted for the home page).
    selected: bool,
    lists_key: Digest,
}

/// Builds every file of `job` and hands it to `sink`, skipping what `sink` says is fresh.
pub(crate) fn run(job: &Job<'_>, sink: &dyn Sink) -> Result<Outcome> {
    let project = job.project;
    let alternates = alternates(project, job.catalog);
    let inputs = Inputs::new(
        project,
        job.catalog,
        job.articles,
        job.outdated,
        job.theme,
        &alternates,
    );
    let html = job.formats.contains(&Format::Html);
    let source = project.source_locale();

    // The selected locales, then those the home page counts, then the source locale.
    let mut tasks: Vec<Task<'_>> = job
        .locales
        .iter()
        .map(|l| Task {
            locale: l,
            selected: true,
            lists_key: inputs.lists(project, l),
        })
        .collect();
    if html {
        let site = alternates
            .iter()
            .filter_map(|a| project.locale(a.locale.as_str()))
            .chain(std::iter::once(source));
        for locale in site {
            if !tasks.iter().any(|t| t.locale.locale == locale.locale) {
                tasks.push(Task {
                    locale,
                    selected: false,
                    lists_key: inputs.lists(project, locale),
                });
            }
        }
    }
    let lists_key = |tag: &crate::locale::Locale| {
        tasks
            .iter()
            .find(|t| t.locale.locale == *tag)
            .map(|t| t.lists_key)
            .unwrap_or_default()
    };
    let site_keys: Vec<Digest> = alternates.iter().map(|a| lists_key(&a.locale)).collect();
    let home_key = inputs.site("home", &site_keys);
    let home_record = if html {
        sink.fresh(HOME, home_key)
    } else {
        None
    };
    let need_home = html && home_record.is_none();

    let ctx = Context {
        job,
        sink,
        inputs: &inputs,
        alternates: &alternates,
        html,
        need_home,
    };
    let outcomes: Vec<LocaleOutcome> = tasks
        .par_iter()
        .enumerate()
        .map(|(i, task)| ctx.locale(i, task))
        .collect::<Result<_>>()?;

    let mut outcome = Outcome::default();
    let mut coverage = BTreeMap::new();
    for (task, done) in tasks.iter().zip(&outcomes) {
        if let Some((translated, passages)) = done.counts {
            let c = Coverage {
                inputs: task.lists_key,
                translated,
                passages,
            };
            coverage.insert(task.locale.locale.to_string(), c);
        }
    }
    let mut site_events = Vec::new();
    for (task, done) in tasks.iter().zip(&outcomes) {
        if task.selected {
            site_events.extend(done.lists.iter().cloned());
        }
    }
    if html {
        match home_record {
            Some(record) => {
                sink.keep(HOME);
                site_events.extend(record.events.iter().cloned());
            }
            None => {
                let entries = tasks
                    .iter()
                    .zip(outcomes.iter())
                    .find(|(t, _)| t.locale.locale == source.locale)
                    .and_then(|(_, o)| o.entries.as_ref());
                let counts: Vec<(usize, usize)> = alternates
                    .iter()
                    .map(|a| {
                        coverage
                            .get(a.locale.as_str())
                            .map_or((0, 0), |c| (c.translated, c.passages))
                    })
                    .collect();
                let entries = entries.map(|e| e.to_vec()).unwrap_or_default();
                let (body, events) = listing::home_page(
                    project,
                    job.catalog,
                    entries,
                    &counts,
                    &alternates,
                    job.theme,
                )?;
                site_events.extend(events.iter().cloned());
                sink.emit(OutFile {
                    path: HOME.to_owned(),
                    body: Body::Text(body),
                    inputs: home_key,
                    locale: None,
                    format: Format::Html,
                    events,
                    order: (2, 0, 0, 0),
                })?;
            }
        }
        outcome.planned.push(HOME.to_owned());
        let key = inputs.site("not-found", &site_keys);
        match sink.fresh(NOT_FOUND, key) {
            Some(record) => {
                sink.keep(NOT_FOUND);
                site_events.extend(record.events.iter().cloned());
            }
            None => {
                let (body, events) =
                    listing::not_found_page(project, job.catalog, &alternates, job.theme)?;
                site_events.extend(events.iter().cloned());
                sink.emit(OutFile {
                    path: NOT_FOUND.to_owned(),
                    body: Body::Text(body),
                    inputs: key,
                    locale: None,
                    format: Format::Html,
                    events,
                    order: (2, 1, 0, 0),
                })?;
            }
        }
        outcome.planned.push(NOT_FOUND.to_owned());
        let key = inputs.theme_file(view::FAVICON);
        if sink.fresh(view::FAVICON, key).is_some() {
            sink.keep(view::FAVICON);
        } else {
            sink.emit(OutFile {
                path: view::FAVICON.to_owned(),
                body: Body::Text(job.theme.render(view::FAVICON, ())?),
                inputs: key,
                locale: None,
                format: Format::Html,
                events: Vec::new(),
                order: (2, 2, 0, 0),
            })?;
        }
        outcome.planned.push(view::FAVICON.to_owned());
        if let Some(base) = project.base_url() {
            sitemap(job, sink, &inputs, &alternates, &base, &mut outcome.planned)?;
        } else {
            outcome.without_base_url = true;
        }
    }

    let mut seen = HashSet::new();
    let selected: Vec<&LocaleOutcome> = tasks
        .iter()
        .zip(&outcomes)
        .filter(|(t, _)| t.selected)
        .map(|(_, o)| o)
        .collect();
    for a in 0..job.articles.len() {
        for done in &selected {
            for events in done.pages.get(a).into_iter().flatten() {
                outcome
                    .events
                    .extend(events.iter().filter(|e| seen.insert((*e).clone())).cloned());
            }
        }
    }
    outcome
        .events
        .extend(site_events.into_iter().filter(|e| seen.insert(e.clone())));
    for done in outcomes {
        outcome.planned.extend(done.planned);
    }
    outcome.coverage = coverage;
    Ok(outcome)
}

/// The site's home page.
const HOME: &str = "index.html";
/// The page for addresses the site does not have.
const NOT_FOUND: &str = "404.html";
/// The sitemap.
const SITEMAP: &str = "sitemap.xml";

/// Builds the sitemap (`sitemap.xml`, and its parts `sitemap-N.xml` when the site is over
/// the limits of one file) unless every file of it is up to date, and adds its files to
/// `planned`.
fn sitemap(
    job: &Job<'_>,
    sink: &dyn Sink,
    inputs: &Inputs,
    alternates: &[Alternate],
    base: &str,
    planned: &mut Vec<String>,
) -> Result<()> {
    let project = job.project;
    let key = inputs.sitemap(job.sitemap.urls, job.sitemap.bytes);
    // Up to date when the index is and so is each part an earlier run wrote with it; a part
    // it wrote that is missing or changed means building the sitemap again.
    let mut fresh = sink.fresh(SITEMAP, key).is_some();
    let mut parts = 0;
    while fresh {
        let part = publish::part_file(parts + 1);
        if sink.fresh(&part, key).is_some() {
            parts += 1;
        } else {
            fresh = !sink.listed(&part);
            break;
        }
    }
    if fresh {
        sink.keep(SITEMAP);
        planned.push(SITEMAP.to_owned());
        for n in 1..=parts {
            let part = publish::part_file(n);
            sink.keep(&part);
            planned.push(part);
        }
        return Ok(());
    }
    // The sitemap describes the whole site, as the pages' alternates do, whichever locales
    // this run renders: every locale lists every article.
    let pages = job.articles.len().div_ceil(project.config.page_size).max(1);
    let site_locales: Vec<crate::locale::Locale> =
        alternates.iter().map(|a| a.locale.clone()).collect();
    let list_counts: Vec<(crate::locale::Locale, usize)> =
        site_locales.iter().map(|l| (l.clone(), pages)).collect();
    let groups = publish::url_groups(base, project, &site_locales, &list_counts, job.articles);
    let split = publish::split(&groups, job.sitemap).map_err(|e| Error::write(SITEMAP, e))?;
    let stream = |file: String,
                  groups: std::sync::Arc<Vec<publish::UrlGroup>>,
                  part: (usize, usize),
                  n: usize| OutFile {
        path: file,
        body: Body::Stream(Box::new(move |out| {
            publish::write_sitemap(&groups, part, &mut std::io::BufWriter::new(out))
        })),
        inputs: key,
        locale: None,
        format: Format::Html,
        events: Vec::new(),
        order: (3, n, 0, 0),
    };
    let groups = std::sync::Arc::new(groups);
    if let [whole] = split.as_slice() {
        sink.emit(stream(
            SITEMAP.to_owned(),
            groups,
            (whole.start, whole.end),
            0,
        ))?;
        planned.push(SITEMAP.to_owned());
        return Ok(());
    }
    sink.emit(OutFile {
        path: SITEMAP.to_owned(),
        body: Body::Text(publish::sitemap_index(base, &split)),
        inputs: key,
        locale: None,
        format: Format::Html,
        events: Vec::new(),
        order: (3, 0, 0, 0),
    })?;
    planned.push(SITEMAP.to_owned());
    for (i, part) in split.iter().enumerate() {
        let file = publish::part_file(i + 1);
        planned.push(file.clone());
        sink.emit(stream(file, groups.clone(), (part.start, part.end), i + 1))?;
    }
    Ok(())
}

struct Context<'a, 'j> {
    job: &'j Job<'a>,
    sink: &'j dyn Sink,
    inputs: &'j Inputs,
    alternates: &'j [Alternate],
    html: bool,
    need_home: bool,
}

impl Context<'_, '_> {
    /// Builds what the run needs of one locale: its pages, lists and feed when it is
    /// selected, its coverage and entries when the home page needs them.
    fn locale(&self, index: usize, task: &Task<'_>) -> Result<LocaleOutcome> {
        let job = self.job;
        let project = job.project;
        let locale = task.locale;
        let tag = locale.locale.as_str();
        let mut outcome = LocaleOutcome::default();

        // Which pages are up to date.
        let mut fresh: Vec<Vec<Option<Vec<Event>>>> = Vec::new();
        let mut keys: Vec<Vec<Digest>> = Vec::new();
        if task.selected {
            for (a, article) in job.articles.iter().enumerate() {
                let mut row = Vec::new();
                let mut key_row = Vec::new();
                for format in &job.formats {
                    let path = page_path(tag, &article.slug, *format);
                    let key = self.inputs.page(project, (a, article), locale, *format);
                    let record = self.sink.fresh(&path, key);
                    if record.is_some() {
                        self.sink.keep(&path);
                    }
                    row.push(record.map(|r| r.events.clone()));
                    key_row.push(key);
                    outcome.planned.push(path);
                }
                fresh.push(row);
                keys.push(key_row);
            }
        }
        let list_paths = if task.selected && self.html {
            list_paths(project, tag, job.articles.len())
        } else {
            Vec::new()
        };
        let lists_record = list_paths
            .iter()
            .map(|p| self.sink.fresh(p, task.lists_key))
            .collect::<Option<Vec<_>>>();
        let need_lists = !list_paths.is_empty() && lists_record.is_none();
        if let Some(records) = &lists_record
            && let Some(first) = records.first()
        {
            outcome.lists = first.events.clone();
            for p in &list_paths {
                self.sink.keep(p);
            }
        }
        outcome.planned.extend(list_paths.iter().cloned());
        let cached = self
            .sink
            .coverage(tag)
            .filter(|c| c.inputs == task.lists_key)
            .map(|c| (c.translated, c.passages));
        let is_source = locale.locale == project.source;
        let need_entries = need_lists
            || (self.need_home && (cached.is_none() || is_source))
            || (cached.is_none() && task.selected && self.html);
        outcome.counts = cached;
        let needs_pages = fresh.iter().flatten().any(Option::is_none);
        if !needs_pages && !need_entries {
            outcome.pages = fresh
                .into_iter()
                .map(|row| row.into_iter().map(Option::unwrap_or_default).collect())
                .collect();
            return Ok(outcome);
        }

        let mut kit = LocaleKit::new(project, job.catalog, locale, self.alternates, job.outdated);
        let site = view::SiteInfo {
            base_url: project.base_url(),
            source: project.source.to_string(),
            publisher: project.config.publisher.clone(),
            translator: locale.config.translator.clone(),
        };
        let mut entries = Vec::new();
        for (a, article) in job.articles.iter().enumerate() {
            let row = fresh.get_mut(a).map(std::mem::take).unwrap_or_default();
            let wants = |isolating: bool| {
                job.formats
                    .iter()
                    .zip(&row)
                    .any(|(f, r)| r.is_none() && f.isolating() == isolating)
            };
            let plain = (wants(false) || need_entries).then(|| kit.page(article, false));
            let isolated = wants(true).then(|| kit.page(article, true));
            let mut events_row = Vec::new();
            for (i, (format, record)) in job.formats.iter().zip(row).enumerate() {
                if let Some(events) = record {
                    events_row.push(events);
                    continue;
                }
                let built = if format.isolating() {
                    &isolated
                } else {
                    &plain
                };
                let (page, events) = built.as_ref().expect("built above");
                let context = view::ArticleContext::new(page, format.extension(), &site);
                let body = job.theme.render_bytes(template(*format), context)?;
                self.sink.emit(OutFile {
                    path: page_path(tag, &article.slug, *format),
                    body: Body::Bytes(body),
                    inputs: keys[a][i],
                    locale: Some(tag.to_owned()),
                    format: *format,
                    events: events.clone(),
                    order: (0, a, index, i),
                })?;
                events_row.push(events.clone());
            }
            if task.selected {
                outcome.pages.push(events_row);
            }
            if need_entries && let Some((page, _)) = &plain {
                entries.push(listing::entry(page, locale, self.alternates));
            }
        }
        if need_entries {
            let counts = entries
                .iter()
                .fold((0, 0), |(t, p), e| (t + e.translated, p + e.passages));
            outcome.counts = Some(counts);
        }
        if need_lists {
            let keep_entries = (is_source && self.need_home).then(|| entries.clone());
            let lists = listing::list_pages(
                project,
                job.catalog,
                entries,
                locale,
                self.alternates,
                job.theme,
            )?;
            let mut files: Vec<(String, String)> = lists
                .pages
                .into_iter()
                .map(|(name, body)| (format!("{tag}/{name}"), body))
                .collect();
            if let Some(feed) = lists.feed {
                files.push((format!("{tag}/feed.xml"), feed));
            }
            for (n, (path, body)) in files.into_iter().enumerate() {
                // The lists' events are recorded once, with the first.
                let events = if n == 0 {
                    lists.events.clone()
                } else {
                    Vec::new()
                };
                self.sink.emit(OutFile {
                    path,
                    body: Body::Text(body),
                    inputs: task.lists_key,
                    locale: Some(tag.to_owned()),
                    format: Format::Html,
                    events,
                    order: (1, index, n, 0),
                })?;
            }
            outcome.lists = lists.events;
            outcome.entries = keep_entries;
        } else if is_source && self.need_home {
            outcome.entries = Some(entries);
        }
        Ok(outcome)
    }
}

/// The template of an article page in `format`.
fn template(format: Format) -> &'static str {
    match format {
        Format::Html => "article.html",
        Format::Markdown => "article.md",
        Format::Text => "article.txt",
    }
}

/// The page of `slug` in `locale` and `format`.
fn page_path(locale: &str, slug: &str, format: Format) -> String {
    format!("{locale}/{slug}.{}", format.extension())
}

/// The listing pages and feed of `locale`, relative to the output folder.
fn list_paths(project: &Project, locale: &str, articles: usize) -> Vec<String> {
    let pages = articles.div_ceil(project.config.page_size.max(1)).max(1);
    let mut paths: Vec<String> = (1..=pages)
        .map(|n| format!("{locale}/{}", listing::list_file(n)))
        .collect();
    if project.base_url().is_some() {
        paths.push(format!("{locale}/feed.xml"));
    }
    paths
}
