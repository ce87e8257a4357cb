//! Rendering: an article in one locale becomes a [`Page`] of localized texts, then a file.
//!
//! Every text of a page records the locale it actually came from, so writers can mark
//! fallbacks (`lang` attributes, notices) and callers can report them. Building pages reads the
//! catalog and the articles; writing goes through [`crate::fsutil::replace_atomic`], one file at
//! a time, so an interrupted run never leaves a half-written page, and a symbolic link in the
//! output folder is replaced, never written through. Pages are built on all cores.

mod dates;
mod listing;
mod publish;
mod share;
pub mod view;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentValue};
use rayon::prelude::*;

use crate::bundle::{Localizer, Skip};
use std::collections::HashMap;

use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale, Status};
use crate::content::{Article, BlockKind, Variable};
use crate::error::{Error, Result};
use crate::fsutil::real_path;
use crate::ftl::{EntryKey, LocaleIndex};
use crate::intl::{Calendar, Formatter, IsoDate};
use crate::locale::Locale;
use crate::site;

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
    pub fn extension(self) -> &'static str {
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
pub struct Text {
    /// The formatted text, not escaped.
    pub text: String,
    /// The locale whose text this is.
    pub lang: Locale,
    /// True when it came from a later locale of the chain than the page's own.
    pub fallback: bool,
    /// True when the translation is older than its source (see the lock).
    pub outdated: bool,
}

/// A link to the same article in another locale.
#[derive(Debug, Clone)]
pub struct Alternate {
    /// The locale.
    pub locale: Locale,
    /// Its name in itself.
    pub name: String,
}

/// An article localized into one locale, ready for a writer.
#[derive(Debug, Clone)]
pub struct Page {
    /// The page's locale.
    pub locale: Locale,
    /// The article's slug.
    pub slug: String,
    /// The publication date.
    pub published: IsoDate,
    /// "Published …", with the date formatted for the locale.
    pub published_line: Text,
    /// The source organisation.
    pub source: Text,
    /// Breadcrumb items, outermost first.
    pub breadcrumb: Vec<Text>,
    /// The breadcrumb's accessible name.
    pub breadcrumb_label: Text,
    /// The blocks in reading order (the title among them).
    pub blocks: Vec<(BlockKind, Text)>,
    /// Notices for readers: provenance, draft status, fallbacks, outdated passages.
    pub notices: Vec<Text>,
    /// The switcher's label.
    pub languages_label: Text,
    /// The switcher's line in Markdown and text around its links: what comes before them (the
    /// label with the locale's punctuation, without trailing spaces), whether a space
    /// separates it from the links, and what comes after.
    pub languages_line: (Text, bool, Text),
    /// Every locale of the project, this one included, in configuration order.
    pub alternates: Vec<Alternate>,
    /// The site's name (`site-name`; without it, `nav-home`).
    pub site_name: Text,
    /// What the mark beside passages shown in another language means, when some but not all
    /// of the article's passages (title, paragraphs, photo credits) are shown in another
    /// language and the chain has `fallback-mark`.
    pub fallback_mark: Option<Text>,
    /// What the mark beside passages that may be out of date means, when the page has such
    /// passages and the chain has `outdated-mark`.
    pub outdated_mark: Option<Text>,
    /// A plain-text notice's line around the notice, as [`Page::languages_line`] around its
    /// links: `Note:` and the locale's punctuation (empty without `notice-line`).
    pub notice_line: (Text, bool, Text),
}

impl Page {
    /// The headline.
    pub fn title(&self) -> &Text {
        self.blocks
            .iter()
            .find(|(kind, _)| *kind == BlockKind::Title)
            .map(|(_, t)| t)
            .unwrap_or(&self.source)
    }
}

/// Something a render run reports besides the pages it wrote.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
}

/// What a render run did.
#[derive(Debug, Default)]
pub struct Report {
    /// Files written, in order.
    pub written: Vec<PathBuf>,
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

/// Renders every article in the selected locales and formats into `options.out`.
pub fn render_project(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
    outdated: &Outdated,
    options: &Options,
) -> Result<Report> {
    let locales = project.select(&options.locales)?;
    check_output(project, &options.out)?;
    for locale in &locales {
        check_output(project, &options.out.join(locale.locale.as_str()))?;
    }
    // Every page is rendered before the first is written: a template error writes nothing.
    let built = build_pages(
        project,
        catalog,
        articles,
        outdated,
        &options.locales,
        &options.formats,
    )?;
    // Temporary files of an interrupted earlier run would otherwise be published.
    crate::fsutil::remove_temporaries(&options.out)?;
    for locale in &locales {
        crate::fsutil::remove_temporaries(&options.out.join(locale.locale.as_str()))?;
    }
    let mut report = Report {
        written: Vec::new(),
        events: built.events,
        without_base_url: built.without_base_url,
    };
    for (path, body) in built.files {
        let path = options.out.join(path);
        crate::fsutil::replace_atomic(&path, body.as_bytes())?;
        report.written.push(path);
    }
    Ok(report)
}

/// Pages built in memory, not yet written.
#[derive(Debug, Default)]
pub struct Built {
    /// Each file's path relative to the output folder and its text, in writing order: the
    /// articles' pages (`<locale>/<slug>.<ext>`), then, when HTML is among the formats, each
    /// locale's list pages (its home page first) and feed, `index.html` (where readers choose a
    /// language), `404.html`, `favicon.svg` and the sitemap.
    pub files: Vec<(PathBuf, String)>,
    /// Fallbacks and problems, deduplicated, in a stable order.
    pub events: Vec<Event>,
    /// As [`Report::without_base_url`].
    pub without_base_url: bool,
}

/// Builds every page of `articles` in the selected `locales` (all configured ones when empty)
/// and `formats`, in memory: what [`render_project`] writes. Reads the project's templates;
/// writes nothing.
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
    validate_articles(project, catalog, articles)?;
    let mut built = Built {
        events: syntax_problems(project, catalog, articles, &locales),
        ..Built::default()
    };

    let mut unique: Vec<Format> = Vec::new();
    for format in formats {
        if !unique.contains(format) {
            unique.push(*format);
        }
    }
    let mut jobs: Vec<(&Article, &ProjectLocale, Format)> = Vec::new();
    for article in articles {
        for locale in &locales {
            jobs.extend(unique.iter().map(|f| (article, *locale, *f)));
        }
    }
    let pages: Vec<(PathBuf, String, Vec<Event>)> = jobs
        .par_iter()
        .map(|&(article, locale, format)| {
            let (page, events) = build_page(project, catalog, article, locale, format, outdated);
            let site = view::SiteInfo {
                base_url: project.base_url(),
                source: project.source.to_string(),
                publisher: project.config.publisher.clone(),
                translator: locale.config.translator.clone(),
            };
            let context = view::ArticleContext::new(&page, format.extension(), &site);
            let body = theme.render(&format!("article.{}", format.extension()), context)?;
            let path = Path::new(locale.locale.as_str()).join(format!(
                "{}.{}",
                article.slug,
                format.extension()
            ));
            Ok((path, body, events))
        })
        .collect::<Result<_>>()?;
    let mut site_pages: Vec<(PathBuf, String)> = Vec::new();
    let mut site_events = Vec::new();
    if unique.contains(&Format::Html) {
        for locale in &locales {
            let lists = listing::list_pages(project, catalog, articles, locale, outdated, &theme)?;
            let dir = Path::new(locale.locale.as_str());
            site_pages.extend(
                lists
                    .pages
                    .into_iter()
                    .map(|(name, body)| (dir.join(name), body)),
            );
            if let Some(feed) = lists.feed {
                site_pages.push((dir.join("feed.xml"), feed));
            }
            site_events.extend(lists.events);
        }
        let (home, events) = listing::home_page(project, catalog, articles, outdated, &theme)?;
        site_pages.push((PathBuf::from("index.html"), home));
        site_events.extend(events);
        let (not_found, events) = listing::not_found_page(project, catalog, &theme)?;
        site_pages.push((PathBuf::from("404.html"), not_found));
        site_events.extend(events);
        site_pages.push((
            PathBuf::from(view::FAVICON),
            theme.render(view::FAVICON, ())?,
        ));
        if let Some(base) = project.base_url() {
            // The sitemap describes the whole site, as the pages' alternates do, whichever
            // locales this run renders: every locale lists every article.
            let pages = articles.len().div_ceil(project.config.page_size).max(1);
            let site_locales: Vec<Locale> = alternates(project, catalog)
                .into_iter()
                .map(|a| a.locale)
                .collect();
            let list_counts: Vec<(Locale, usize)> =
                site_locales.iter().map(|l| (l.clone(), pages)).collect();
            let groups = publish::url_groups(&base, project, &site_locales, &list_counts, articles);
            site_pages.push((PathBuf::from("sitemap.xml"), publish::sitemap(&groups)));
        } else {
            built.without_base_url = true;
        }
    }
    let mut seen = HashSet::new();
    for (path, body, events) in pages {
        built.files.push((path, body));
        built
            .events
            .extend(events.into_iter().filter(|e| seen.insert(e.clone())));
    }
    built.files.extend(site_pages);
    built
        .events
        .extend(site_events.into_iter().filter(|e| seen.insert(e.clone())));
    Ok(built)
}

/// Every message an article names must exist in at least one locale: a typo in the content
/// is an error, not a page full of fallbacks.
fn validate_articles(project: &Project, catalog: &Catalog, articles: &[Article]) -> Result<()> {
    let source = catalog.locale(project.source.as_str());
    for shared in &project.config.shared {
        if source.and_then(|t| t.file(shared)).is_none() {
            return Err(Error::invalid(
                project.root.join(crate::config::CONFIG_FILE),
                format!(
                    "shared file `{shared}` does not exist in the source locale's folder `{}`",
                    project
                        .locales_dir()
                        .join(project.source.as_str())
                        .display()
                ),
            ));
        }
    }
    let english = Locale::parse("en").expect("`en` is a valid tag");
    let indexes: Vec<LocaleIndex<'_>> = catalog.locales.iter().map(LocaleIndex::new).collect();
    for article in articles {
        for (name, value) in &article.variables {
            if let Variable::Regions(codes) = value
                && let Some(code) = codes
                    .iter()
                    .find(|c| crate::intl::region_name(&english, c).is_none())
            {
                return Err(Error::invalid(
                    &article.path,
                    format!("variable `{name}`: `{code}` is not a region that CLDR names"),
                ));
            }
        }
        let files = files_of(project, article);
        for id in article.message_ids() {
            let defined = indexes.iter().any(|index| {
                files.iter().any(|file| {
                    let key = EntryKey::new(*file, id);
                    index.get(&key).is_some_and(|(_, e)| has_value(e.entry))
                })
            });
            if !defined {
                return Err(Error::invalid(
                    &article.path,
                    format!(
                        "message `{id}` is not defined in any locale (looked for it in {} under `{}`); add it to the source locale or fix the id",
                        files.join(", "),
                        project.locales_dir().display()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Whether an entry is a message with a value (a page can show it), not a term or a message
/// with attributes only.
fn has_value(entry: &fluent_syntax::ast::Entry<&str>) -> bool {
    matches!(entry, fluent_syntax::ast::Entry::Message(m) if m.value.is_some())
}

/// The files an article's bundle is built from: the shared ones, then its own (once).
fn files_of<'a>(project: &'a Project, article: &'a Article) -> Vec<&'a str> {
    let mut files: Vec<&str> = project.config.shared.iter().map(String::as_str).collect();
    if !files.contains(&article.resource.as_str()) {
        files.push(&article.resource);
    }
    files
}

/// Syntax errors and unreadable files in the files that the selected pages are built from
/// (the files of every article, in every locale of the selected locales' chains).
fn syntax_problems(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
    locales: &[&ProjectLocale],
) -> Vec<Event> {
    let mut used: Vec<&str> = articles.iter().flat_map(|a| files_of(project, a)).collect();
    used.sort_unstable();
    used.dedup();
    let in_chains = |name: &str| {
        locales
            .iter()
            .any(|l| l.chain.iter().any(|c| c.as_str() == name))
    };
    let mut events = Vec::new();
    for tree in catalog.locales.iter().filter(|t| in_chains(&t.name)) {
        for bad in tree
            .unreadable
            .iter()
            .filter(|u| used.contains(&u.rel_path.as_str()))
        {
            events.push(Event::Problem {
                locale: tree.name.clone(),
                location: format!("{}/{}", tree.name, bad.rel_path),
                message: format!("cannot be read: {}", bad.reason),
            });
        }
        for file in used.iter().filter_map(|f| tree.file(f)) {
            for error in &file.parse_errors {
                let at = file.position(error.pos.start);
                events.push(Event::Problem {
                    locale: tree.name.clone(),
                    location: format!("{}/{}:{}:{}", tree.name, file.rel_path, at.line, at.column),
                    message: format!("syntax error: {}; the rest of the file is used", error.kind),
                });
            }
        }
    }
    events
}

/// Per-locale argument values: the article's variables formatted with each locale's CLDR
/// data, so a passage taken from a fallback locale shows dates and lists in its own language.
type Values = HashMap<Locale, Vec<(String, FluentValue<'static>)>>;

struct PageBuilder<'a> {
    l10n: Localizer<'a>,
    page_locale: &'a ProjectLocale,
    article: &'a Article,
    outdated: &'a Outdated,
    values: Values,
    events: Vec<Event>,
}

impl PageBuilder<'_> {
    /// Formats `id` along the chain with the article's values for each locale tried, plus
    /// whatever `extra` adds for that locale.
    fn text(&mut self, id: &str, extra: &dyn Fn(&Locale, &mut FluentArgs<'static>)) -> Text {
        let locale = self.page_locale.locale.clone();
        let values = &self.values;
        let resolved = self.l10n.format_with(id, |tried| {
            let mut args: FluentArgs<'static> = values
                .get(tried)
                .map(|v| v.iter().cloned().collect())
                .unwrap_or_default();
            extra(tried, &mut args);
            Some(args)
        });
        let Some(resolved) = resolved else {
            // Validated beforehand for article messages; site strings may still be absent.
            self.events.push(Event::Unresolved {
                locale: locale.to_string(),
                article: self.article.slug.clone(),
                id: id.to_owned(),
            });
            return Text {
                text: id.to_owned(),
                lang: locale,
                fallback: true,
                outdated: false,
            };
        };
        for (skipped, why) in &resolved.skipped {
            if let Skip::Broken { file, errors } = why {
                self.events.push(Event::Problem {
                    locale: skipped.to_string(),
                    location: format!("{skipped}/{file} `{id}`"),
                    message: errors.join("; "),
                });
            }
        }
        if resolved.skipped.iter().any(|(l, _)| *l == resolved.locale) {
            self.events.push(Event::Broken {
                locale: locale.to_string(),
                article: self.article.slug.clone(),
                id: id.to_owned(),
            });
        }
        let fallback = resolved.locale != locale;
        if fallback {
            let reason = match &resolved.skipped[0].1 {
                Skip::Missing => "missing".to_owned(),
                Skip::Broken { .. } => "broken".to_owned(),
            };
            self.events.push(Event::Fallback {
                locale: locale.to_string(),
                article: self.article.slug.clone(),
                id: id.to_owned(),
                used: resolved.locale.to_string(),
                reason,
            });
        }
        let outdated = !fallback
            && self
                .outdated
                .contains(&(locale.to_string(), EntryKey::new(resolved.file.clone(), id)));
        Text {
            text: resolved.text,
            lang: resolved.locale,
            fallback,
            outdated,
        }
    }

    /// Formats a message that takes no arguments of its own.
    fn plain(&mut self, id: &str) -> Text {
        self.text(id, &|_, _| {})
    }
}

fn build_page(
    project: &Project,
    catalog: &Catalog,
    article: &Article,
    locale: &ProjectLocale,
    format: Format,
    outdated: &Outdated,
) -> (Page, Vec<Event>) {
    let files = files_of(project, article);
    let chain = project.chain_with_calendars(locale);
    let (l10n, problems) = Localizer::new(catalog, &chain, &files, format.isolating());
    let formatters: HashMap<Locale, Formatter> = chain
        .iter()
        .map(|(l, calendar)| (l.clone(), formatter(l, *calendar)))
        .collect();
    let values = formatters
        .iter()
        .map(|(l, fmt)| (l.clone(), article_values(&l10n, l, fmt, article)))
        .collect();
    let published: HashMap<Locale, String> = formatters
        .iter()
        .map(|(l, fmt)| (l.clone(), dates::date(&l10n, l, fmt, article.published)))
        .collect();
    let mut b = PageBuilder {
        l10n,
        page_locale: locale,
        article,
        outdated,
        values,
        events: Vec::new(),
    };
    for p in problems {
        b.events.push(Event::Problem {
            locale: p.locale.to_string(),
            location: p.locale.to_string(),
            message: p.message,
        });
    }
    let source = b.plain(&article.source);
    let breadcrumb = article.breadcrumb.iter().map(|id| b.plain(id)).collect();
    let breadcrumb_label = b.plain(site::BREADCRUMB_LABEL.id);
    let published_line = b.text(site::PUBLISHED_ON.id, &|tried, args| {
        if let Some(date) = published.get(tried) {
            args.set("date", date.clone());
        }
    });

    let mut blocks = Vec::new();
    // The source's words of each block shown, for the fallback notice's share.
    let mut block_words = Vec::new();
    for block in &article.blocks {
        // Articles carry no image: a credit for a photo that is not there is not shown, nor
        // counted among the page's passages.
        if block.kind == BlockKind::PhotoCredit {
            continue;
        }
        let text = match block.kind {
            BlockKind::SourceLine | BlockKind::TranslatorCredit => {
                let value = match block.kind {
                    BlockKind::SourceLine => source.text.clone(),
                    _ => match &locale.config.translator {
                        Some(name) => name.clone(),
                        None => continue,
                    },
                };
                let variable = site::block_variable(block.kind).unwrap_or_default();
                b.text(&block.message, &move |_, args| {
                    args.set(variable, value.clone())
                })
            }
            _ => b.plain(&block.message),
        };
        blocks.push((block.kind, text));
        block_words.push(share::source_words(
            project,
            catalog,
            &files,
            &block.message,
        ));
    }

    let mut notices = Vec::new();
    if let Some((text, lang)) = b.l10n.format_term(site::PROVENANCE_TERM, &locale.locale) {
        let fallback = lang != locale.locale;
        notices.push(Text {
            text,
            lang,
            fallback,
            outdated: false,
        });
    }
    if locale.config.status == Status::Draft {
        notices.push(b.plain(site::DRAFT_NOTICE.id));
    }
    let fallen: Vec<&Text> = blocks
        .iter()
        .map(|(_, t)| t)
        .filter(|t| t.lang != locale.locale)
        .collect();
    if !fallen.is_empty() {
        let mut shown: Vec<&Locale> = fallen.iter().map(|t| &t.lang).collect();
        shown.sort_by_key(|l| locale.chain.iter().position(|c| c == *l));
        shown.dedup();
        let count = fallen.len();
        let shown_words = |fell: bool| -> usize {
            blocks
                .iter()
                .zip(&block_words)
                .filter(|((_, t), _)| !fell || t.lang != locale.locale)
                .map(|(_, w)| w)
                .sum()
        };
        let percent = share::percent(shown_words(true), shown_words(false));
        // The names, in the language of whichever locale's notice is used.
        let names: HashMap<Locale, (String, String)> = formatters
            .iter()
            .map(|(tried, fmt)| {
                let name = |language: &Locale, slot: &str| {
                    language_name(&b.l10n, project, tried, language, slot)
                };
                let shown: Vec<String> = shown.iter().map(|l| name(l, "shown")).collect();
                let own = name(&locale.locale, "language");
                (tried.clone(), (own, fmt.list(&shown)))
            })
            .collect();
        notices.push(b.text(site::FALLBACK_NOTICE.id, &move |tried, args| {
            args.set("count", count);
            args.set("percent", percent);
            if let Some((language, shown)) = names.get(tried) {
                args.set("language", language.clone());
                args.set("shown", shown.clone());
            }
        }));
    }
    let stale = blocks.iter().filter(|(_, t)| t.outdated).count();
    let outdated_mark = (stale > 0 && b.l10n.has_message(site::OUTDATED_MARK.id))
        .then(|| b.plain(site::OUTDATED_MARK.id));
    if stale > 0 {
        notices.push(b.text(site::OUTDATED_NOTICE.id, &move |_, args| {
            args.set("count", stale)
        }));
    }
    // The mark tells the article's passages apart only when some are in the page's language
    // (the source and translator lines are the page's frame, never marked).
    let prose: Vec<bool> = blocks
        .iter()
        .filter(|(kind, _)| {
            matches!(
                kind,
                BlockKind::Title | BlockKind::Paragraph | BlockKind::PhotoCredit
            )
        })
        .map(|(_, t)| t.lang != locale.locale)
        .collect();
    let some_fell = prose.iter().any(|fell| *fell);
    let some_stayed = prose.iter().any(|fell| !fell);
    let fallback_mark = (some_fell && some_stayed && b.l10n.has_message(site::FALLBACK_MARK.id))
        .then(|| b.plain(site::FALLBACK_MARK.id));
    let languages_label = b.plain(site::LANGUAGES_LABEL.id);
    let languages_line = split_line(
        &mut b,
        site::LANGUAGES_LINE.id,
        "languages",
        &languages_label,
        &format!("{}: ", languages_label.text),
    );
    let no_notice_line = Text {
        text: String::new(),
        ..languages_label.clone()
    };
    let notice_line = split_line(&mut b, site::NOTICE_LINE.id, "notice", &no_notice_line, "");
    let site_name = if b.l10n.has_message(site::SITE_NAME.id) {
        b.plain(site::SITE_NAME.id)
    } else {
        b.plain(site::NAV_HOME.id)
    };
    let page = Page {
        locale: locale.locale.clone(),
        slug: article.slug.clone(),
        published: article.published,
        published_line,
        source,
        breadcrumb,
        breadcrumb_label,
        blocks,
        notices,
        languages_label,
        languages_line,
        alternates: alternates(project, catalog),
        site_name,
        fallback_mark,
        outdated_mark,
        notice_line,
    };
    (page, b.events)
}

/// Where the links (or the notice) go in a line message.
const LINKS_MARK: char = '\u{E000}';

/// A line message (`languages-line`, `notice-line`) split around what goes in its variable:
/// the message formatted with a mark for `$variable`; without that message, `default` (its
/// text replaced by `lead`). The lead's trailing spaces become a flag (Markdown escaping trims
/// text); the isolation marks Fluent put around the mark go, since what the template puts
/// there is not one placeable.
fn split_line(
    b: &mut PageBuilder<'_>,
    id: &str,
    variable: &'static str,
    default: &Text,
    lead: &str,
) -> (Text, bool, Text) {
    let (line, lead, tail) = match b
        .l10n
        .has_message(id)
        .then(|| b.text(id, &|_, args| args.set(variable, LINKS_MARK.to_string())))
    {
        Some(line) if line.text.contains(LINKS_MARK) => {
            let (lead, tail) = line.text.split_once(LINKS_MARK).unwrap_or_default();
            let lead = lead.strip_suffix('\u{2068}').unwrap_or(lead).to_owned();
            let tail = tail.strip_prefix('\u{2069}').unwrap_or(tail).to_owned();
            (line, lead, tail)
        }
        _ => (default.clone(), lead.to_owned(), String::new()),
    };
    let trimmed = lead.trim_end();
    let gap = trimmed.len() < lead.len();
    let part = |text: &str| Text {
        text: text.to_owned(),
        ..line.clone()
    };
    (part(trimmed), gap, part(&tail))
}

/// Every configured locale that has a folder, in configuration order: the language switcher
/// and the index list the same set, whichever locales one run renders.
fn alternates(project: &Project, catalog: &Catalog) -> Vec<Alternate> {
    project
        .locales
        .iter()
        .filter(|l| catalog.locale(l.locale.as_str()).is_some_and(|t| t.exists))
        .map(|l| Alternate {
            locale: l.locale.clone(),
            name: l.config.name.clone(),
        })
        .collect()
}

/// The name of `language` in running text of `in_locale`'s language, for the notice variable
/// `slot`: the `-language-<tag>` term of that language (given `$slot`, so it can choose a
/// form), else a `language-<tag>` message of that language, else the language's own name from
/// the configuration.
fn language_name(
    l10n: &Localizer<'_>,
    project: &Project,
    in_locale: &Locale,
    language: &Locale,
    slot: &str,
) -> String {
    let mut args = FluentArgs::new();
    args.set(site::LANGUAGE_TERM_SLOT, slot.to_owned());
    let term = site::language_term(language.as_str());
    if let Some((name, _)) = l10n.format_term_with(&term, in_locale, Some(&args)) {
        return name;
    }
    let id = format!("language-{language}");
    if let Some(r) = l10n.format(&id, None)
        && r.locale.language() == in_locale.language()
    {
        return r.text;
    }
    project
        .locale(language.as_str())
        .map_or_else(|| language.to_string(), |l| l.config.name.clone())
}

fn formatter(locale: &Locale, calendar: Calendar) -> Formatter {
    // Tags are validated when the project loads; formatting data falls back to root formats.
    Formatter::new(locale, calendar).unwrap_or_else(|_| {
        Formatter::new(&Locale::parse("en").expect("`en` is a valid tag"), calendar)
            .expect("`en` has CLDR data")
    })
}

/// The article's variables formatted for `locale`: numbers stay numbers (plural selectors
/// need them; the bundle's formatter shows them with the locale's digits), everything else
/// becomes text. Country names come from CLDR unless the locale's language overrides them
/// with a `-country-XX` term.
fn article_values(
    l10n: &Localizer<'_>,
    locale: &Locale,
    fmt: &Formatter,
    article: &Article,
) -> Vec<(String, FluentValue<'static>)> {
    let mut args = Vec::new();
    for (name, value) in &article.variables {
        let value: FluentValue<'static> = match value {
            Variable::Number(n) => FluentValue::from(*n),
            Variable::Date(d) => dates::date(l10n, locale, fmt, *d).into(),
            Variable::DateRange(from, to) => {
                dates::date_range(l10n, locale, fmt, *from, *to).into()
            }
            Variable::Regions(codes) => {
                let names: Vec<String> = codes
                    .iter()
                    .map(|code| {
                        l10n.format_term(&site::country_term(code), locale)
                            .map(|(name, _)| name)
                            .or_else(|| fmt.region_name(code))
                            .unwrap_or_else(|| code.clone())
                    })
                    .collect();
                fmt.list(&names).into()
            }
        };
        args.push((name.clone(), value));
    }
    args
}

/// The path of the page of `slug` in `locale`, relative to another page.
pub(crate) fn sibling(locale: &Locale, slug: &str, ext: &str) -> String {
    format!("../{locale}/{slug}.{ext}")
}

/// Default options for a project: all locales, HTML, the configured output folder.
pub fn default_options(project: &Project) -> Options {
    Options {
        locales: Vec::new(),
        formats: vec![Format::Html],
        out: project.output_dir(),
    }
}

/// The output folder may not be the project root, nor lie inside the locale, content or
/// template folders (generated files would mix with sources, and a later run could read them).
/// Paths are compared after resolving `..` and symbolic links, so a linked folder
/// (`dist/en -> ../locales/en`) or a project folder named like a locale (`render --out ..` in
/// a project called `en`) is caught; [`render_project`] checks the output folder and each
/// locale's folder in it.
pub fn check_output(project: &Project, out: &Path) -> Result<()> {
    let target = real_path(out);
    let inside = |folder: PathBuf| target.starts_with(real_path(&folder));
    if target == real_path(&project.root)
        || inside(project.locales_dir())
        || inside(project.content_dir())
        || inside(project.templates_dir())
    {
        return Err(Error::OutputInSources {
            out: out.to_path_buf(),
        });
    }
    Ok(())
}
