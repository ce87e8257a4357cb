//! The pages around the articles: per-locale listing pages and the home page.
//!
//! Each locale's list shows its articles newest first, `page-size` to a page (`index.html`,
//! then `page-2.html`, …), each with its title in that locale, its date and a mark when the
//! locale does not translate all of it. The home page, in the source locale, lists every locale
//! with the share of the site's passages it translates, then the articles. Site texts come from
//! the shared files along each locale's chain, like the articles' own.

use fluent_bundle::{FluentArgs, FluentValue};

use super::publish::FeedEntry;
use super::view::{
    self, ArticleSummary, EntryLinks, FAVICON, HeaderView, HomeContext, LinkView, ListContext,
    LocaleSummary, NotFoundContext, NotFoundLocale, PageLinks, Pagination, TextView, Translation,
};
use super::{Alternate, Event, Page, Text};
use crate::bundle::Localizer;
use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale, Status};
use crate::content::BlockKind;
use crate::error::Result;
use crate::intl::IsoDate;
use crate::site;
use crate::theme::Theme;

/// Formats site messages for one locale along its chain, recording the ids no locale has.
struct SiteTexts<'a> {
    l10n: Localizer<'a>,
    locale: &'a ProjectLocale,
    page: String,
    events: Vec<Event>,
}

impl<'a> SiteTexts<'a> {
    fn new(
        project: &'a Project,
        catalog: &'a Catalog,
        locale: &'a ProjectLocale,
        page: &str,
    ) -> Self {
        let shared: Vec<&str> = project.config.shared.iter().map(String::as_str).collect();
        let (l10n, _) = Localizer::new(
            catalog,
            &project.chain_with_calendars(locale),
            &shared,
            false,
        );
        SiteTexts {
            l10n,
            locale,
            page: page.to_owned(),
            events: Vec::new(),
        }
    }

    fn text(&mut self, id: &str, args: Option<&FluentArgs<'_>>) -> Text {
        match self.l10n.format(id, args) {
            Some(r) => Text {
                fallback: r.locale != self.locale.locale,
                text: r.text,
                lang: r.locale,
                outdated: false,
            },
            None => {
                self.events.push(Event::Unresolved {
                    locale: self.locale.locale.to_string(),
                    article: self.page.clone(),
                    id: id.to_owned(),
                });
                Text {
                    text: id.to_owned(),
                    lang: self.locale.locale.clone(),
                    fallback: true,
                    outdated: false,
                }
            }
        }
    }

    fn view(&mut self, id: &str) -> TextView {
        (&self.text(id, None)).into()
    }

    /// The site's name: `site-name`, or `nav-home` where the chain lacks it.
    fn site_name(&mut self) -> TextView {
        if self.l10n.has_message(site::SITE_NAME.id) {
            self.view(site::SITE_NAME.id)
        } else {
            self.view(site::NAV_HOME.id)
        }
    }
}

/// An article in one locale, as lists show it, with its passage counts. Its links lead from
/// the locale's folder; [`home_page`] rewrites them for the site's root.
#[derive(Clone)]
pub(super) struct Entry {
    summary: ArticleSummary,
    /// Passages in the locale (not a fallback), and all passages.
    pub(super) translated: usize,
    pub(super) passages: usize,
    /// What a feed shows of it.
    description: TextView,
    author: String,
    published: IsoDate,
}

/// How much of a page's own text (title, paragraphs, photo credits; not the source and
/// translator lines, which are site strings) is in the page's locale.
fn translation(page: &Page) -> (Translation, usize, usize) {
    let prose: Vec<&Text> = page
        .blocks
        .iter()
        .filter(|(kind, _)| {
            matches!(
                kind,
                BlockKind::Title | BlockKind::Paragraph | BlockKind::PhotoCredit
            )
        })
        .map(|(_, t)| t)
        .collect();
    let passages = prose.len();
    let translated = prose.iter().filter(|t| !t.fallback).count();
    let state = if translated == passages {
        Translation::Complete
    } else if translated == 0 {
        Translation::None
    } else {
        Translation::Partial
    };
    (state, translated, passages)
}

/// The list entry of `page` (an article's HTML page in `locale`).
pub(super) fn entry(
    page: &Page,
    locale: &ProjectLocale,
    alternates: &std::sync::Arc<[Alternate]>,
) -> Entry {
    let (state, translated, passages) = translation(page);
    let summary = ArticleSummary {
        slug: page.slug.clone(),
        href: format!("{}.html", page.slug),
        published: view::iso(page.published),
        title: page.title().into(),
        published_line: (&page.published_line).into(),
        alternates: EntryLinks {
            alternates: alternates.clone(),
            slug: page.slug.clone(),
            current: locale.locale.clone(),
            up: true,
        }
        .value(),
        translation: state,
        mark: None,
    };
    let first = page
        .blocks
        .iter()
        .find(|(kind, _)| *kind == BlockKind::Paragraph)
        .map(|(_, t)| t);
    let mut description: TextView = first.unwrap_or(page.title()).into();
    description.text = if first.is_some() {
        view::description(page)
    } else {
        String::new()
    };
    Entry {
        summary,
        translated,
        passages,
        description,
        author: page.source.text.clone(),
        published: page.published,
    }
}

/// Sorts entries newest first (then by slug) and gives each the mark its translation state
/// calls for, in `texts`' locale.
fn sort_and_mark(entries: &mut [Entry], texts: &mut SiteTexts<'_>) {
    entries.sort_by(|a, b| {
        b.published
            .cmp(&a.published)
            .then(a.summary.slug.cmp(&b.summary.slug))
    });
    for entry in entries.iter_mut() {
        entry.summary.mark = match entry.summary.translation {
            Translation::Complete => None,
            Translation::Partial => Some(texts.view(site::LIST_PARTLY_TRANSLATED.id)),
            Translation::None => Some(texts.view(site::LIST_NOT_TRANSLATED.id)),
        };
    }
}

/// The file name of listing page `n` (from 1) of a locale.
pub(super) fn list_file(n: usize) -> String {
    if n == 1 {
        "index.html".to_owned()
    } else {
        format!("page-{n}.html")
    }
}

/// A listing page: its file name in the locale's folder and its text.
pub(super) type ListPage = (String, String);

/// What a locale's listing run produces.
pub(super) struct Lists {
    /// The listing pages.
    pub(super) pages: Vec<ListPage>,
    /// The Atom feed, when the site has a base URL.
    pub(super) feed: Option<String>,
    /// Site strings no locale of the chain has.
    pub(super) events: Vec<Event>,
}

/// The listing pages of `locale`, and its feed where the site has a base URL.
pub(super) fn list_pages(
    project: &Project,
    catalog: &Catalog,
    mut entries: Vec<Entry>,
    locale: &ProjectLocale,
    alternates: &[Alternate],
    theme: &Theme,
) -> Result<Lists> {
    let mut texts = SiteTexts::new(project, catalog, locale, "index.html");
    sort_and_mark(&mut entries, &mut texts);
    let base = project.base_url();
    let feed_href = base
        .as_ref()
        .map(|b| format!("{b}{}/feed.xml", locale.locale));
    let size = project.config.page_size.max(1);
    let pages = entries.len().div_ceil(size).max(1);
    let title = texts.view(site::INDEX_TITLE.id);
    let site_name = texts.site_name();
    let home_label = texts.view(site::NAV_HOME.id);
    let languages_label = texts.view(site::HOME_LANGUAGES.id);
    let newer_label = texts.view(site::LIST_NEWER.id);
    let older_label = texts.view(site::LIST_OLDER.id);
    let label = texts.view(site::LIST_PAGES_LABEL.id);
    let switcher: Vec<LinkView> = alternates
        .iter()
        .map(|l| LinkView {
            lang: l.locale.to_string(),
            name: l.name.clone(),
            dir: l.locale.direction(),
            href: format!("../{}/index.html", l.locale),
            current: l.locale == locale.locale,
        })
        .collect();
    let switcher = view::Links::from_serialize(&switcher);
    let mut out = Vec::new();
    let mut chunks: Vec<Vec<ArticleSummary>> = entries
        .chunks(size)
        .map(|c| c.iter().map(|e| e.summary.clone()).collect())
        .collect();
    if chunks.is_empty() {
        chunks.push(Vec::new());
    }
    for (i, chunk) in chunks.into_iter().enumerate() {
        let n = i + 1;
        let mut args = FluentArgs::new();
        args.set("page", FluentValue::from(n));
        args.set("pages", FluentValue::from(pages));
        let position = (&texts.text(site::LIST_PAGE.id, Some(&args))).into();
        let context = ListContext {
            lang: locale.locale.to_string(),
            dir: locale.locale.direction(),
            links: PageLinks::in_locale(&theme.stylesheet().path),
            header: HeaderView {
                site_name: site_name.clone(),
                languages_label: languages_label.clone(),
                alternates: switcher.clone(),
            },
            home_label: home_label.clone(),
            title: title.clone(),
            articles: chunk,
            pagination: Pagination {
                page: n,
                pages,
                newer: (n > 1).then(|| list_file(n - 1)),
                older: (n < pages).then(|| list_file(n + 1)),
                position,
                newer_label: newer_label.clone(),
                older_label: older_label.clone(),
                label: label.clone(),
            },
            alternates: switcher.clone(),
            languages_label: languages_label.clone(),
            feed: feed_href.clone(),
        };
        out.push((list_file(n), theme.render("list.html", context)?));
    }
    let feed = base.map(|base| {
        let feed_entries: Vec<FeedEntry> = entries
            .into_iter()
            .map(|e| FeedEntry {
                summary: e.summary,
                description: e.description,
                author: e.author,
            })
            .collect();
        super::publish::feed(&base, &locale.locale, &title, &feed_entries)
    });
    Ok(Lists {
        pages: out,
        feed,
        events: texts.events,
    })
}

/// The root page, in the source locale, where readers choose a language: every locale of the
/// site with its coverage (`counts`: translated and all passages of each, in the site's order,
/// said in that locale). The source locale's articles (`entries`, as [`entry`] made them) are in
/// the context too, for themes that list them; the default theme leaves that to each locale's
/// home page.
pub(super) fn home_page(
    project: &Project,
    catalog: &Catalog,
    mut entries: Vec<Entry>,
    counts: &[(usize, usize)],
    alternates: &[Alternate],
    theme: &Theme,
) -> Result<(String, Vec<Event>)> {
    let source = project.source_locale();
    let mut texts = SiteTexts::new(project, catalog, source, "index.html");
    let mut locales = Vec::new();
    let mut languages_titles: Vec<TextView> = vec![texts.view(site::HOME_LANGUAGES.id)];
    for (alt, (translated, passages)) in alternates.iter().zip(counts) {
        let Some(locale) = project.locale(alt.locale.as_str()) else {
            continue;
        };
        let percent = (translated * 100)
            .checked_div(*passages)
            .map_or(100, |p| u32::try_from(p).unwrap_or(100));
        let mut args = FluentArgs::new();
        args.set("percent", FluentValue::from(percent));
        let mut own = SiteTexts::new(project, catalog, locale, "index.html");
        let heading = own.view(site::HOME_LANGUAGES.id);
        if !languages_titles.iter().any(|t| t.text == heading.text) {
            languages_titles.push(heading);
        }
        locales.push(LocaleSummary {
            lang: alt.locale.to_string(),
            name: alt.name.clone(),
            dir: alt.locale.direction(),
            href: format!("{}/index.html", alt.locale),
            status: match locale.config.status {
                Status::Draft => "draft",
                Status::Reviewed => "reviewed",
            },
            percent,
            coverage: (&own.text(site::HOME_COVERAGE.id, Some(&args))).into(),
            site_name: own.site_name(),
        });
        texts.events.append(&mut own.events);
    }
    sort_and_mark(&mut entries, &mut texts);
    let prefix = format!("{}/", source.locale);
    let articles = entries
        .into_iter()
        .map(|e| {
            let mut summary = e.summary;
            summary.href = format!("{prefix}{}", summary.href);
            // The home page is one folder up from the locales' folders.
            if let Some(links) = summary.alternates.downcast_object_ref::<EntryLinks>() {
                summary.alternates = EntryLinks {
                    alternates: links.alternates.clone(),
                    slug: links.slug.clone(),
                    current: links.current.clone(),
                    up: false,
                }
                .value();
            }
            summary
        })
        .collect();
    let context = HomeContext {
        lang: source.locale.to_string(),
        dir: source.locale.direction(),
        links: PageLinks {
            home: "index.html".to_owned(),
            favicon: FAVICON.to_owned(),
            stylesheet: theme.stylesheet().path.clone(),
        },
        title: texts.site_name(),
        languages_title: texts.view(site::HOME_LANGUAGES.id),
        languages_titles,
        locales,
        languages_label: texts.view(site::INDEX_LANGUAGES.id),
        articles,
    };
    let body = theme.render("home.html", context)?;
    Ok((body, texts.events))
}

/// The page for addresses the site does not have (`404.html`), in the source locale, with every
/// locale's words for it and a link to each locale's home page. Links are absolute where the site
/// has a base URL: a server shows this page at any address.
pub(super) fn not_found_page(
    project: &Project,
    catalog: &Catalog,
    alternates: &[Alternate],
    theme: &Theme,
) -> Result<(String, Vec<Event>)> {
    let source = project.source_locale();
    let root = project.base_url().unwrap_or_default();
    let mut texts = SiteTexts::new(project, catalog, source, "404.html");
    let mut locales = Vec::new();
    for alt in alternates {
        let Some(locale) = project.locale(alt.locale.as_str()) else {
            continue;
        };
        let mut own = SiteTexts::new(project, catalog, locale, "404.html");
        locales.push(NotFoundLocale {
            lang: alt.locale.to_string(),
            name: alt.name.clone(),
            dir: alt.locale.direction(),
            href: format!("{root}{}/index.html", alt.locale),
            title: own.view(site::NOT_FOUND_TITLE.id),
            text: own.view(site::NOT_FOUND_TEXT.id),
            home_label: own.view(site::NAV_HOME.id),
        });
        texts.events.append(&mut own.events);
    }
    let context = NotFoundContext {
        lang: source.locale.to_string(),
        dir: source.locale.direction(),
        links: PageLinks {
            home: format!("{root}{}/index.html", source.locale),
            favicon: format!("{root}{FAVICON}"),
            stylesheet: format!("{root}{}", theme.stylesheet().path),
        },
        title: texts.view(site::NOT_FOUND_TITLE.id),
        locales,
    };
    let body = theme.render("not-found.html", context)?;
    Ok((body, texts.events))
}
