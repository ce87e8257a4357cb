//! An article page's context (`article.html`, `article.md`, `article.txt`) as template objects
//! that read the [`Page`] when a template reads a field, instead of a tree of values copied
//! from it for every page and format. Templates see the same fields, in the same order and with
//! the same values, as the documented context (docs/templates.md): attribute access, loops,
//! `| tojson` and `is defined` all behave as they would on plain data.
//!
//! The page's texts are [`TextObject`]s pointing into the page (numbered by [`Texts`]); the
//! language links are one value shared by the switcher and the `hreflang` links; the metadata
//! is made once, the first time a template reads it.

use std::sync::{Arc, OnceLock};

use minijinja::value::{Enumerator, Object, ObjectRepr, Value};

use super::{Links, SiteInfo, canonical, description, iso, json_ld, open_graph};
use crate::render::{Alternate, Page};
use crate::theme::{TextFields, TextObject, Texts};

/// The numbers of a page's texts, as [`Texts`] gives them.
mod at {
    pub(super) const TITLE: usize = 0;
    pub(super) const PUBLISHED_LINE: usize = 1;
    pub(super) const SOURCE: usize = 2;
    pub(super) const BREADCRUMB_LABEL: usize = 3;
    pub(super) const FALLBACK_MARK: usize = 4;
    pub(super) const OUTDATED_MARK: usize = 5;
    pub(super) const NOTICE_LEAD: usize = 6;
    pub(super) const NOTICE_TAIL: usize = 7;
    pub(super) const LANGUAGES_LABEL: usize = 8;
    pub(super) const LANGUAGES_LEAD: usize = 9;
    pub(super) const LANGUAGES_TAIL: usize = 10;
    pub(super) const SITE_NAME: usize = 11;
    /// The first of the numbered lists: item `i` of list `l` is `LISTS + i * 3 + l`.
    pub(super) const LISTS: usize = 16;
    pub(super) const BREADCRUMB: usize = 0;
    pub(super) const BLOCKS: usize = 1;
    pub(super) const NOTICES: usize = 2;
}

impl Texts for Page {
    fn text(&self, n: usize) -> Option<TextFields<'_>> {
        let t = match n {
            at::TITLE => self.title(),
            at::PUBLISHED_LINE => &self.published_line,
            at::SOURCE => &self.source,
            at::BREADCRUMB_LABEL => &self.breadcrumb_label,
            at::FALLBACK_MARK => self.fallback_mark.as_ref()?,
            at::OUTDATED_MARK => self.outdated_mark.as_ref()?,
            at::NOTICE_LEAD => &self.notice_line.0,
            at::NOTICE_TAIL => &self.notice_line.2,
            at::LANGUAGES_LABEL => &self.languages_label,
            at::LANGUAGES_LEAD => &self.languages_line.0,
            at::LANGUAGES_TAIL => &self.languages_line.2,
            at::SITE_NAME => &self.site_name,
            n if n >= at::LISTS => {
                let (i, list) = ((n - at::LISTS) / 3, (n - at::LISTS) % 3);
                match list {
                    at::BREADCRUMB => self.breadcrumb.get(i)?,
                    at::BLOCKS => &self.blocks.get(i)?.1,
                    _ => self.notices.get(i)?,
                }
            }
            _ => return None,
        };
        Some(TextFields {
            text: &t.text,
            lang: t.lang.as_str(),
            dir: t.lang.direction(),
            fallback: t.fallback,
            outdated: t.outdated,
        })
    }
}

/// What every object of one article page reads.
#[derive(Debug)]
struct Article {
    page: Arc<Page>,
    /// The same page, as the texts' holder.
    texts: Arc<dyn Texts>,
    /// The extension of the page's links.
    ext: &'static str,
    site: Arc<SiteInfo>,
    /// The page in every locale: the switcher's and the `hreflang` links.
    alternates: Links,
    /// The parts of `page.meta`, each made when first read.
    meta: MetaParts,
}

/// The parts of an article page's metadata, made when a template first reads them.
#[derive(Debug, Default)]
struct MetaParts {
    canonical: OnceLock<Option<String>>,
    description: OnceLock<String>,
    og: OnceLock<Value>,
    json_ld: OnceLock<Value>,
    json_ld_string: OnceLock<Value>,
}

impl Article {
    fn text(&self, n: usize) -> Value {
        TextObject::value(&self.texts, n)
    }

    /// The page's address in `alt`'s locale: `BASE` `LOCALE/SLUG.EXT` with a base URL, else
    /// relative to the page, `../LOCALE/SLUG.EXT`; made in one allocation (20 per page).
    fn href(&self, alt: &Alternate) -> String {
        let start = self.site.base_url.as_deref().unwrap_or("../");
        let parts = [
            start,
            alt.locale.as_str(),
            "/",
            &self.page.slug,
            ".",
            self.ext,
        ];
        let mut href = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        parts.iter().for_each(|p| href.push_str(p));
        href
    }
}

/// An article page's context: `lang`, `dir`, `links`, `header`, `page`.
#[derive(Debug)]
pub(crate) struct ArticleContext {
    article: Arc<Article>,
    header: Value,
    page: Value,
}

impl ArticleContext {
    /// The context of an article page, with links to files of extension `ext`, absolute
    /// where the site has a base URL.
    pub(crate) fn value(page: &Arc<Page>, ext: &'static str, site: &Arc<SiteInfo>) -> Value {
        let mut article = Article {
            page: Arc::clone(page),
            texts: Arc::clone(page) as Arc<dyn Texts>,
            ext,
            site: Arc::clone(site),
            alternates: Value::UNDEFINED,
            meta: MetaParts::default(),
        };
        let alternates: Vec<Value> = page
            .alternates
            .iter()
            .map(|alt| {
                Value::from_object(Link {
                    lang: Value::from(alt.locale.as_str()),
                    name: Value::from(alt.name.as_str()),
                    dir: Value::from(alt.locale.direction()),
                    href: Value::from(article.href(alt)),
                    current: alt.locale == page.locale,
                })
            })
            .collect();
        // A list of values, as a serialized `Vec` is.
        article.alternates = Value::from_object(alternates);
        let article = Arc::new(article);
        Value::from_object(ArticleContext {
            header: Value::from_object(Header(Arc::clone(&article))),
            page: Value::from_object(ArticleView {
                meta: Value::from_object(Meta(Arc::clone(&article))),
                article: Arc::clone(&article),
            }),
            article,
        })
    }
}

impl Object for ArticleContext {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let locale = &self.article.page.locale;
        Some(match key.as_str()? {
            "lang" => Value::from(locale.as_str()),
            "dir" => Value::from(locale.direction()),
            "links" => self.article.site.links.clone(),
            "header" => self.header.clone(),
            "page" => self.page.clone(),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&["lang", "dir", "links", "header", "page"])
    }
}

/// A link to the page in one locale: the fields of a [`super::LinkView`], made once per page
/// rather than serialized.
#[derive(Debug)]
struct Link {
    lang: Value,
    name: Value,
    dir: Value,
    href: Value,
    current: bool,
}

impl Object for Link {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        Some(match key.as_str()? {
            "lang" => self.lang.clone(),
            "name" => self.name.clone(),
            "dir" => self.dir.clone(),
            "href" => self.href.clone(),
            "current" => Value::from(self.current),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&["lang", "name", "dir", "href", "current"])
    }
}

/// The top of the page: `site_name`, `languages_label`, `alternates`.
#[derive(Debug)]
struct Header(Arc<Article>);

impl Object for Header {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        Some(match key.as_str()? {
            "site_name" => self.0.text(at::SITE_NAME),
            "languages_label" => self.0.text(at::LANGUAGES_LABEL),
            "alternates" => self.0.alternates.clone(),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&["site_name", "languages_label", "alternates"])
    }
}

/// The article in one locale (`page`).
#[derive(Debug)]
struct ArticleView {
    article: Arc<Article>,
    /// `page.meta`.
    meta: Value,
}

/// The fields of `page`, in the documented order.
const ARTICLE_FIELDS: &[&str] = &[
    "slug",
    "published",
    "title",
    "published_line",
    "source",
    "breadcrumb",
    "breadcrumb_label",
    "blocks",
    "notices",
    "fallback_mark",
    "outdated_mark",
    "notice_lead",
    "notice_spaced",
    "notice_tail",
    "languages_label",
    "languages_lead",
    "languages_spaced",
    "languages_tail",
    "alternates",
    "x_default",
    "meta",
];

impl Object for ArticleView {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let article = &self.article;
        let page = &article.page;
        let list = |list: usize, len: usize| {
            Value::from_object(List {
                article: Arc::clone(article),
                list,
                len,
            })
        };
        let optional = |present: bool, n: usize| {
            if present {
                article.text(n)
            } else {
                Value::from(())
            }
        };
        Some(match key.as_str()? {
            "slug" => Value::from(page.slug.as_str()),
            "published" => Value::from(iso(page.published)),
            "title" => article.text(at::TITLE),
            "published_line" => article.text(at::PUBLISHED_LINE),
            "source" => article.text(at::SOURCE),
            "breadcrumb" => list(at::BREADCRUMB, page.breadcrumb.len()),
            "breadcrumb_label" => article.text(at::BREADCRUMB_LABEL),
            "blocks" => list(at::BLOCKS, page.blocks.len()),
            "notices" => list(at::NOTICES, page.notices.len()),
            "fallback_mark" => optional(page.fallback_mark.is_some(), at::FALLBACK_MARK),
            "outdated_mark" => optional(page.outdated_mark.is_some(), at::OUTDATED_MARK),
            "notice_lead" => article.text(at::NOTICE_LEAD),
            "notice_spaced" => Value::from(page.notice_line.1),
            "notice_tail" => article.text(at::NOTICE_TAIL),
            "languages_label" => article.text(at::LANGUAGES_LABEL),
            "languages_lead" => article.text(at::LANGUAGES_LEAD),
            "languages_spaced" => Value::from(page.languages_line.1),
            "languages_tail" => article.text(at::LANGUAGES_TAIL),
            "alternates" => article.alternates.clone(),
            "x_default" => match page.alternates.first() {
                Some(alt) => Value::from(article.href(alt)),
                None => Value::from(()),
            },
            "meta" => self.meta.clone(),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(ARTICLE_FIELDS)
    }
}

/// What search engines, feed readers and social previews read (`page.meta`): `canonical`,
/// `description`, `og`, `json_ld` and `json_ld_string`. Everything that needs an absolute
/// address is none when the project has no `base-url`.
#[derive(Debug)]
struct Meta(Arc<Article>);

impl Meta {
    fn canonical(&self) -> Option<&str> {
        let article = &self.0;
        article
            .meta
            .canonical
            .get_or_init(|| {
                let base = article.site.base_url.as_deref()?;
                Some(canonical(&article.page, base))
            })
            .as_deref()
    }

    fn description(&self) -> &str {
        let article = &self.0;
        article
            .meta
            .description
            .get_or_init(|| description(&article.page))
    }

    /// `f` of the page's `NewsArticle` data, or none without a base URL.
    fn json_ld(&self, f: impl FnOnce(&super::JsonLd<'_>) -> Value) -> Value {
        let article = &self.0;
        let (Some(base), Some(canonical)) = (article.site.base_url.as_deref(), self.canonical())
        else {
            return Value::from(());
        };
        let data = json_ld(
            &article.page,
            &article.site,
            base,
            canonical,
            self.description(),
        );
        f(&data)
    }
}

impl Object for Meta {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let parts = &self.0.meta;
        Some(match key.as_str()? {
            "canonical" => self
                .canonical()
                .map_or_else(|| Value::from(()), Value::from),
            "description" => Value::from(self.description()),
            "og" => parts
                .og
                .get_or_init(|| match self.canonical() {
                    Some(url) => Value::from_serialize(open_graph(&self.0.page, url)),
                    None => Value::from(()),
                })
                .clone(),
            "json_ld" => parts
                .json_ld
                .get_or_init(|| {
                    // As plain JSON data first, so its keys are in the same order as they
                    // always were (by name).
                    self.json_ld(|data| match serde_json::to_value(data) {
                        Ok(json) => Value::from_serialize(json),
                        Err(_) => Value::from(()),
                    })
                })
                .clone(),
            "json_ld_string" => parts
                .json_ld_string
                .get_or_init(|| self.json_ld(|data| Value::from_safe_string(data.script_text())))
                .clone(),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&[
            "canonical",
            "description",
            "og",
            "json_ld",
            "json_ld_string",
        ])
    }
}

/// One of the page's lists: its breadcrumb and notices (texts) or its blocks
/// (`{kind, text}`).
#[derive(Debug)]
struct List {
    article: Arc<Article>,
    /// [`at::BREADCRUMB`], [`at::BLOCKS`] or [`at::NOTICES`].
    list: usize,
    len: usize,
}

impl Object for List {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let i = key.as_usize()?;
        if i >= self.len {
            return None;
        }
        let n = at::LISTS + i * 3 + self.list;
        if self.list == at::BLOCKS {
            let kind = self.article.page.blocks.get(i)?.0;
            return Some(Value::from_object(Block {
                kind: Value::from_serialize(kind),
                text: self.article.text(n),
            }));
        }
        Some(self.article.text(n))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.len)
    }
}

/// A block of the article: `kind`, `text`.
#[derive(Debug)]
struct Block {
    kind: Value,
    text: Value,
}

impl Object for Block {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        match key.as_str()? {
            "kind" => Some(self.kind.clone()),
            "text" => Some(self.text.clone()),
            _ => None,
        }
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&["kind", "text"])
    }
}
