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

use super::listing;
use super::manifest::{Coverage, Digest, FileRecord, Inputs};
use super::page::{alternates, values_key};
use super::publish::SitemapLimits;
use super::{Alternate, Event, Format, Outdated, view};
use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale};
use crate::content::Article;
use crate::error::Result;
use crate::theme::Theme;

mod locale;
mod sitemap;

use locale::{Context, LocaleOutcome, Task};

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
    /// The run has `files` more files than planned at its start (the sitemap's parts).
    fn more(&self, files: usize);
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

/// Builds every file of `job` and hands it to `sink`, skipping what `sink` says is fresh.
pub(crate) fn run(job: &Job<'_>, sink: &dyn Sink) -> Result<Outcome> {
    let project = job.project;
    let alternates: std::sync::Arc<[Alternate]> = alternates(project, job.catalog).into();
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

    let values_keys: Vec<String> = job.articles.iter().map(values_key).collect();
    let ctx = Context {
        job,
        sink,
        inputs: &inputs,
        alternates: &alternates,
        html,
        need_home,
        values_keys: &values_keys,
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
        site_file(
            sink,
            NOT_FOUND,
            key,
            (2, 1, 0, 0),
            &mut site_events,
            &mut outcome.planned,
            || {
                let (body, events) =
                    listing::not_found_page(project, job.catalog, &alternates, job.theme)?;
                Ok((Body::Text(body), events))
            },
        )?;
        let key = inputs.theme_file(view::FAVICON);
        site_file(
            sink,
            view::FAVICON,
            key,
            (2, 2, 0, 0),
            &mut site_events,
            &mut outcome.planned,
            || Ok((Body::Text(job.theme.render(view::FAVICON, ())?), Vec::new())),
        )?;
        let stylesheet = job.theme.stylesheet();
        let key = inputs.asset(&stylesheet.path, &stylesheet.text);
        site_file(
            sink,
            &stylesheet.path,
            key,
            (2, 3, 0, 0),
            &mut site_events,
            &mut outcome.planned,
            || Ok((Body::Text(stylesheet.text.clone()), Vec::new())),
        )?;
        if let Some(base) = project.base_url() {
            sitemap::sitemap(job, sink, &inputs, &alternates, &base, &mut outcome.planned)?;
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

/// One file of the whole site (`404.html`, the icon, the stylesheet): kept when the manifest
/// records it with the inputs `key`, else made by `build` and handed to the writer. Either way
/// it is planned, and what building it reported (now or when it was written) joins `events`.
fn site_file(
    sink: &dyn Sink,
    path: &str,
    key: Digest,
    order: Order,
    events: &mut Vec<Event>,
    planned: &mut Vec<String>,
    build: impl FnOnce() -> Result<(Body, Vec<Event>)>,
) -> Result<()> {
    match sink.fresh(path, key) {
        Some(record) => {
            sink.keep(path);
            events.extend(record.events.iter().cloned());
        }
        None => {
            let (body, built) = build()?;
            events.extend(built.iter().cloned());
            sink.emit(OutFile {
                path: path.to_owned(),
                body,
                inputs: key,
                locale: None,
                format: Format::Html,
                events: built,
                order,
            })?;
        }
    }
    planned.push(path.to_owned());
    Ok(())
}

/// The site's home page.
const HOME: &str = "index.html";
/// The page for addresses the site does not have.
const NOT_FOUND: &str = "404.html";
/// The sitemap.
const SITEMAP: &str = "sitemap.xml";
