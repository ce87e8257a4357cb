//! The contexts of the pages around the articles: each locale's listing pages, the home
//! page and the not-found page, and an article as a list shows it.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Value};
use serde::Serialize;

use super::{HeaderView, LinkView, Links, PageLinks, TextView};
use crate::locale::Locale;
use crate::render::Alternate;

/// The site's root page, where readers choose a language: the context of `home.html`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct HomeContext {
    /// The page's locale (the source locale).
    pub(crate) lang: String,
    /// The page's direction.
    pub(crate) dir: &'static str,
    /// Links out of the page (`home` is the page itself).
    pub(crate) links: PageLinks,
    /// The heading: the site's name in the source locale.
    pub(crate) title: TextView,
    /// The heading of the list of languages.
    pub(crate) languages_title: TextView,
    /// That heading in every locale of the site, so that a reader finds it in a language they
    /// read: the source locale's first, then each other wording once, in the site's order.
    pub(crate) languages_titles: Vec<TextView>,
    /// Every locale of the site with its listing page and how much of the site it translates.
    pub(crate) locales: Vec<LocaleSummary>,
    /// The label before each article's language links.
    pub(crate) languages_label: TextView,
    /// The articles, newest first.
    pub(crate) articles: Vec<ArticleSummary>,
}

/// A locale as the home page lists it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LocaleSummary {
    /// The locale's tag.
    pub(crate) lang: String,
    /// Its name in itself.
    pub(crate) name: String,
    /// Its direction.
    pub(crate) dir: &'static str,
    /// Its listing page.
    pub(crate) href: String,
    /// `draft` or `reviewed`.
    pub(crate) status: &'static str,
    /// The share of the articles' passages shown in this locale (not a fallback), 0 to 100,
    /// rounded down (100 only when everything is translated).
    pub(crate) percent: u32,
    /// That share as a sentence in the locale's own language (along its chain).
    pub(crate) coverage: TextView,
    /// The site's name in the locale's language.
    pub(crate) site_name: TextView,
}

/// The page for addresses the site does not have (`404.html`): the context of
/// `not-found.html`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct NotFoundContext {
    /// The page's locale (the source locale).
    pub(crate) lang: String,
    /// The page's direction.
    pub(crate) dir: &'static str,
    /// Links out of the page; absolute where the site has a base URL (a server shows this page
    /// at any address), else relative to the output folder.
    pub(crate) links: PageLinks,
    /// The heading, in the source locale.
    pub(crate) title: TextView,
    /// Every locale of the site: its words for the missing page and a link to its home page.
    pub(crate) locales: Vec<NotFoundLocale>,
}

/// A locale as the not-found page shows it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct NotFoundLocale {
    /// The locale's tag.
    pub(crate) lang: String,
    /// Its name in itself.
    pub(crate) name: String,
    /// Its direction.
    pub(crate) dir: &'static str,
    /// Its home page.
    pub(crate) href: String,
    /// "Page not found" in the locale.
    pub(crate) title: TextView,
    /// The sentence before the link.
    pub(crate) text: TextView,
    /// The link's text ("Home").
    pub(crate) home_label: TextView,
}

/// How much of an article a locale translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Translation {
    /// Every passage is in the locale.
    Complete,
    /// Some passages fall back to another locale.
    Partial,
    /// Every passage falls back.
    None,
}

/// A listing page of one locale: the context of `list.html`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ListContext {
    /// The page's locale.
    pub(crate) lang: String,
    /// The page's direction.
    pub(crate) dir: &'static str,
    /// Links out of the page.
    pub(crate) links: PageLinks,
    /// The top of the page: the site's name and the language switcher.
    pub(crate) header: HeaderView,
    /// The name of the link to the home page.
    pub(crate) home_label: TextView,
    /// The heading.
    pub(crate) title: TextView,
    /// This page's articles, newest first.
    pub(crate) articles: Vec<ArticleSummary>,
    /// Where this page is among the locale's listing pages.
    pub(crate) pagination: Pagination,
    /// The listing page of every locale of the site, this one included.
    pub(crate) alternates: Links,
    /// The language switcher's label.
    pub(crate) languages_label: TextView,
    /// The locale's Atom feed, when the site has a base URL.
    pub(crate) feed: Option<String>,
}

/// A listing page's place among its locale's.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Pagination {
    /// This page's number, from 1.
    pub(crate) page: usize,
    /// How many pages the locale's list has.
    pub(crate) pages: usize,
    /// The page of newer articles.
    pub(crate) newer: Option<String>,
    /// The page of older articles.
    pub(crate) older: Option<String>,
    /// "Page 1 of 2".
    pub(crate) position: TextView,
    /// The link text to newer articles.
    pub(crate) newer_label: TextView,
    /// The link text to older articles.
    pub(crate) older_label: TextView,
    /// The navigation's accessible name.
    pub(crate) label: TextView,
}

/// An article as a list shows it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ArticleSummary {
    /// The article's slug.
    pub(crate) slug: String,
    /// Its page in the list's locale.
    pub(crate) href: String,
    /// The publication date, `YYYY-MM-DD`.
    pub(crate) published: String,
    /// The headline.
    pub(crate) title: TextView,
    /// "Published …" with the date formatted for the locale.
    pub(crate) published_line: TextView,
    /// The article in every locale of the site: an [`EntryLinks`], whose links are built
    /// only when a template reads them (the default `list.html` does not).
    pub(crate) alternates: Links,
    /// How much of the article the list's locale translates.
    pub(crate) translation: Translation,
    /// What readers are told when it is not complete ("Partly translated").
    pub(crate) mark: Option<TextView>,
}

/// An article's page in every locale of the site, as a list links to it: a template sequence
/// of links (the same fields as a [`LinkView`]) built one by one when a template reads them.
#[derive(Debug)]
pub(crate) struct EntryLinks {
    /// The site's locales, shared by every entry.
    pub(crate) alternates: Arc<[Alternate]>,
    /// The article's slug.
    pub(crate) slug: String,
    /// The list's locale.
    pub(crate) current: Locale,
    /// True on a locale's list (`../<locale>/…`), false on the home page (`<locale>/…`).
    pub(crate) up: bool,
}

impl EntryLinks {
    /// The links as a template value.
    pub(crate) fn value(self) -> Links {
        Value::from_object(self)
    }
}

impl Object for EntryLinks {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let alt = self.alternates.get(key.as_usize()?)?;
        let up = if self.up { "../" } else { "" };
        Some(Value::from_serialize(LinkView {
            lang: alt.locale.to_string(),
            name: alt.name.clone(),
            dir: alt.locale.direction(),
            href: format!("{up}{}/{}.html", alt.locale, self.slug),
            current: alt.locale == self.current,
        }))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.alternates.len())
    }
}
