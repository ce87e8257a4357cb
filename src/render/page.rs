//! One article in one locale: the texts of a [`Page`], formatted along the locale's chain with
//! per-message fallback, with the article's values formatted by each chain locale's CLDR data.
//!
//! A [`LocaleKit`] holds what every page of a locale shares, built once per locale: the CLDR
//! formatters of its chain, the bundles (one set per list of files, so articles that share
//! their resources share bundles) and the source words of each passage. Nothing here renders
//! a template or writes a file.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentValue};

use super::validate::files_of;
use super::{Alternate, Event, Outdated, Page, Text, dates, share};
use crate::bundle::{LoadProblem, Localizer, Skip};
use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale, Status};
use crate::content::{Article, BlockKind, Variable};
use crate::ftl::EntryKey;
use crate::intl::{Calendar, Formatter};
use crate::locale::Locale;
use crate::site;

/// Per-locale argument values: the article's variables formatted with each locale's CLDR
/// data, so a passage taken from a fallback locale shows dates and lists in its own language.
type Values = HashMap<Locale, Vec<(String, FluentValue<'static>)>>;

struct PageBuilder<'a, 'k> {
    l10n: &'k Localizer<'a>,
    page_locale: &'a ProjectLocale,
    article: &'a Article,
    outdated: &'a Outdated,
    values: Values,
    events: Vec<Event>,
}

impl PageBuilder<'_, '_> {
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
            && !self.outdated.is_empty()
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

/// What every page of one locale shares, built once: the chain with its calendars, a CLDR
/// formatter per chain locale, bundles per list of files (a few kept, the latest first), and
/// the source words of each passage.
pub(super) struct LocaleKit<'a> {
    project: &'a Project,
    catalog: &'a Catalog,
    /// The locale the pages are in.
    pub(super) locale: &'a ProjectLocale,
    chain: Vec<(Locale, Calendar)>,
    formatters: HashMap<Locale, Formatter>,
    alternates: &'a [Alternate],
    outdated: &'a Outdated,
    /// Bundles by (files, isolating), most recently used first.
    localizers: Vec<CachedLocalizer<'a>>,
    /// Source words by (resource, message id).
    words: HashMap<(String, String), usize>,
}

struct CachedLocalizer<'a> {
    files: Vec<&'a str>,
    isolating: bool,
    l10n: Localizer<'a>,
    problems: Vec<LoadProblem>,
    /// The values of articles built with these bundles, by their variables and date: each
    /// article's values are formatted once per locale of the chain, not once per page.
    values: HashMap<String, (Values, HashMap<Locale, String>)>,
}

/// How many sets of bundles a kit keeps: articles usually share all files but their own, and
/// pages of one article are built one after the other.
const LOCALIZERS_KEPT: usize = 4;

impl<'a> LocaleKit<'a> {
    pub(super) fn new(
        project: &'a Project,
        catalog: &'a Catalog,
        locale: &'a ProjectLocale,
        alternates: &'a [Alternate],
        outdated: &'a Outdated,
    ) -> Self {
        let chain = project.chain_with_calendars(locale);
        let formatters = chain
            .iter()
            .map(|(l, calendar)| (l.clone(), formatter(l, *calendar)))
            .collect();
        LocaleKit {
            project,
            catalog,
            locale,
            chain,
            formatters,
            alternates,
            outdated,
            localizers: Vec::new(),
            words: HashMap::new(),
        }
    }

    /// The bundles for `files`, built on first use.
    fn localizer(&mut self, files: Vec<&'a str>, isolating: bool) -> &CachedLocalizer<'a> {
        let found = self
            .localizers
            .iter()
            .position(|c| c.isolating == isolating && c.files == files);
        match found {
            Some(0) => {}
            Some(i) => {
                let cached = self.localizers.remove(i);
                self.localizers.insert(0, cached);
            }
            None => {
                let (l10n, problems) = Localizer::new(self.catalog, &self.chain, &files, isolating);
                self.localizers.truncate(LOCALIZERS_KEPT - 1);
                self.localizers.insert(
                    0,
                    CachedLocalizer {
                        files,
                        isolating,
                        l10n,
                        problems,
                        values: HashMap::new(),
                    },
                );
            }
        }
        &self.localizers[0]
    }

    /// The source words of message `id` of `article`, for the fallback notice's share.
    fn source_words(&mut self, article: &Article, id: &str) -> usize {
        let key = (article.resource.clone(), id.to_owned());
        if let Some(words) = self.words.get(&key) {
            return *words;
        }
        let files = files_of(self.project, article);
        let words = share::source_words(self.project, self.catalog, &files, id);
        self.words.insert(key, words);
        words
    }

    /// `article` in the kit's locale, with what happened while formatting it; `isolating`
    /// as [`super::Format`] wants it.
    pub(super) fn page(&mut self, article: &'a Article, isolating: bool) -> (Page, Vec<Event>) {
        let project = self.project;
        let locale = self.locale;
        let block_words: Vec<usize> = article
            .blocks
            .iter()
            .map(|block| self.source_words(article, &block.message))
            .collect();
        let files = files_of(project, article);
        self.localizer(files, isolating);
        let formatters = &self.formatters;
        let cached = &mut self.localizers[0];
        let key = format!("{:?} {:?}", article.variables, article.published);
        if !cached.values.contains_key(&key) {
            let l10n = &cached.l10n;
            let values = formatters
                .iter()
                .map(|(l, fmt)| (l.clone(), article_values(l10n, l, fmt, article)))
                .collect();
            let published = formatters
                .iter()
                .map(|(l, fmt)| (l.clone(), dates::date(l10n, l, fmt, article.published)))
                .collect();
            cached.values.insert(key.clone(), (values, published));
        }
        let cached = &self.localizers[0];
        let (values, published) = &cached.values[&key];
        build_page(
            project,
            article,
            locale,
            cached,
            (values.clone(), published),
            &self.formatters,
            self.alternates,
            self.outdated,
            &block_words,
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn build_page<'a>(
    project: &'a Project,
    article: &'a Article,
    locale: &'a ProjectLocale,
    cached: &CachedLocalizer<'a>,
    (values, published): (Values, &HashMap<Locale, String>),
    formatters: &HashMap<Locale, Formatter>,
    alternates: &[Alternate],
    outdated: &'a Outdated,
    all_block_words: &[usize],
) -> (Page, Vec<Event>) {
    let l10n = &cached.l10n;
    let problems = &cached.problems;
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
            message: p.message.clone(),
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
    for (block, words) in article.blocks.iter().zip(all_block_words) {
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
        block_words.push(*words);
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
                    language_name(b.l10n, project, tried, language, slot)
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
        alternates: alternates.to_vec(),
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
    b: &mut PageBuilder<'_, '_>,
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
pub(super) fn alternates(project: &Project, catalog: &Catalog) -> Vec<Alternate> {
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
