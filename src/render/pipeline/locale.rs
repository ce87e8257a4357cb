//! One locale's task: which of its files are up to date, then its pages (each article
//! formatted once per kind of text), its list entries, lists and feed, each handed to the sink
//! as soon as it is rendered.

use super::{Body, Job, OutFile, Sink};
use crate::config::{Project, ProjectLocale};
use crate::error::Result;
use crate::render::listing::{self, Entry};
use crate::render::manifest::{Digest, Inputs};
use crate::render::page::LocaleKit;
use crate::render::{Alternate, Event, Format, view};

/// What one locale's task produced.
#[derive(Default)]
pub(super) struct LocaleOutcome {
    /// Events per article, then per format (selected locales only).
    pub(super) pages: Vec<Vec<Vec<Event>>>,
    /// The events of the locale's lists.
    pub(super) lists: Vec<Event>,
    /// Translated and all passages.
    pub(super) counts: Option<(usize, usize)>,
    /// The locale's list entries, kept for the home page (the source locale only).
    pub(super) entries: Option<Vec<Entry>>,
    pub(super) planned: Vec<String>,
}

/// A locale's part in the run.
pub(super) struct Task<'a> {
    pub(super) locale: &'a ProjectLocale,
    /// Whether its pages are rendered (it may only be counted for the home page).
    pub(super) selected: bool,
    pub(super) lists_key: Digest,
}

/// What every locale's task reads.
pub(super) struct Context<'a, 'j> {
    pub(super) job: &'j Job<'a>,
    pub(super) sink: &'j dyn Sink,
    pub(super) inputs: &'j Inputs,
    pub(super) alternates: &'j std::sync::Arc<[Alternate]>,
    pub(super) html: bool,
    pub(super) need_home: bool,
    /// Each article's [`crate::render::page::values_key`].
    pub(super) values_keys: &'j [String],
}

impl Context<'_, '_> {
    /// Builds what the run needs of one locale: its pages, lists and feed when it is
    /// selected, its coverage and entries when the home page needs them.
    pub(super) fn locale(&self, index: usize, task: &Task<'_>) -> Result<LocaleOutcome> {
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
        let site = std::sync::Arc::new(view::SiteInfo {
            base_url: project.base_url(),
            source: project.source.to_string(),
            publisher: project.config.publisher.clone(),
            translator: locale.config.translator.clone(),
            links: minijinja::Value::from_serialize(view::PageLinks::in_locale(
                &job.theme.stylesheet().path,
            )),
        });
        let mut entries = Vec::new();
        for (a, article) in job.articles.iter().enumerate() {
            let row = fresh.get_mut(a).map(std::mem::take).unwrap_or_default();
            let wants = |isolating: bool| {
                job.formats
                    .iter()
                    .zip(&row)
                    .any(|(f, r)| r.is_none() && f.isolating() == isolating)
            };
            let shared = |(page, events)| (std::sync::Arc::new(page), events);
            let key = &self.values_keys[a];
            let plain =
                (wants(false) || need_entries).then(|| shared(kit.page(article, key, false)));
            let isolated = wants(true).then(|| shared(kit.page(article, key, true)));
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
                let context = view::ArticleContext::value(page, format.extension(), &site);
                let body = job.theme.render_value(template(*format), context)?;
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
