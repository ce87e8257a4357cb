//! What a site publishes for machines, from its base URL: `sitemap.xml` with every page and its
//! translations (`xhtml:link rel="alternate" hreflang`, and `x-default`), and an Atom feed per
//! locale (`<locale>/feed.xml`) with `xml:lang` on every entry.
//!
//! Both are written in code, not templates: their shape is fixed by their schemas (sitemaps.org
//! 0.9, RFC 4287) and validated in CI, and nothing in them is design a theme would change.
//! Nothing here is produced without a base URL: both formats need absolute addresses.

use std::fmt::Write;

use super::view::{self, ArticleSummary};
use crate::config::Project;
use crate::content::Article;
use crate::locale::Locale;
use crate::theme::escape_xml;

/// A group of pages that are translations of each other: (locale, absolute URL) in the site's
/// order, and the last modification date if known.
pub(super) struct UrlGroup {
    pub(super) pages: Vec<(Locale, String)>,
    pub(super) lastmod: Option<String>,
}

/// `sitemap.xml`: one `<url>` per page, each listing every page of its group as an alternate,
/// and the first as `x-default`. Written as it is made: a site of 20,000 pages in 20 locales
/// has a sitemap of about 60 MB.
pub(super) fn write_sitemap(
    groups: &[UrlGroup],
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    out.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    )?;
    for group in groups {
        // The alternates are the same for every page of a group.
        let mut links = String::new();
        if group.pages.len() > 1 {
            for (locale, href) in &group.pages {
                let _ = writeln!(
                    links,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{locale}\" href=\"{}\"/>",
                    escape_xml(href)
                );
            }
            let _ = writeln!(
                links,
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                escape_xml(&group.pages[0].1)
            );
        }
        for (_, url) in &group.pages {
            writeln!(out, "<url>\n<loc>{}</loc>", escape_xml(url))?;
            if let Some(date) = &group.lastmod {
                writeln!(out, "<lastmod>{date}</lastmod>")?;
            }
            out.write_all(links.as_bytes())?;
            out.write_all(b"</url>\n")?;
        }
    }
    out.write_all(b"</urlset>\n")
}

/// The URL groups of a site: the home page, each locale's listing pages (page N of every
/// locale together), and each article in every locale.
pub(super) fn url_groups(
    base: &str,
    project: &Project,
    locales: &[Locale],
    list_pages: &[(Locale, usize)],
    articles: &[Article],
) -> Vec<UrlGroup> {
    let mut groups = vec![UrlGroup {
        pages: vec![(project.source.clone(), base.to_owned())],
        lastmod: None,
    }];
    let most = list_pages.iter().map(|(_, n)| *n).max().unwrap_or(0);
    for n in 1..=most {
        let pages = list_pages
            .iter()
            .filter(|(_, count)| *count >= n)
            .map(|(l, _)| {
                let file = super::listing::list_file(n);
                let file = if file == "index.html" {
                    ""
                } else {
                    file.as_str()
                };
                (l.clone(), format!("{base}{l}/{file}"))
            })
            .collect();
        groups.push(UrlGroup {
            pages,
            lastmod: None,
        });
    }
    let mut sorted: Vec<&Article> = articles.iter().collect();
    sorted.sort_by(|a, b| b.published.cmp(&a.published).then(a.slug.cmp(&b.slug)));
    for article in sorted {
        groups.push(UrlGroup {
            pages: locales
                .iter()
                .map(|l| (l.clone(), format!("{base}{l}/{}.html", article.slug)))
                .collect(),
            lastmod: Some(view::iso(article.published)),
        });
    }
    groups
}

/// An entry of a feed: an article's summary in the feed's locale, with what the feed shows.
pub(super) struct FeedEntry {
    pub(super) summary: ArticleSummary,
    /// The first paragraph, shortened (see [`view::description`]), in its own language.
    pub(super) description: view::TextView,
    pub(super) author: String,
}

/// The Atom feed of one locale: its newest articles (at most [`FEED_LENGTH`]).
pub(super) fn feed(
    base: &str,
    locale: &Locale,
    title: &view::TextView,
    entries: &[FeedEntry],
) -> String {
    let self_url = format!("{base}{locale}/feed.xml");
    let updated = entries
        .iter()
        .map(|e| e.summary.published.as_str())
        .max()
        .unwrap_or("1970-01-01");
    let lang_attr = |text: &view::TextView| {
        if text.lang == locale.as_str() {
            String::new()
        } else {
            format!(" xml:lang=\"{}\"", escape_xml(&text.lang))
        }
    };
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{locale}\">\n\
         <id>{id}</id>\n\
         <title{title_lang}>{title}</title>\n\
         <updated>{updated}T00:00:00Z</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{id}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" hreflang=\"{locale}\" href=\"{list}\"/>\n",
        id = escape_xml(&self_url),
        title_lang = lang_attr(title),
        title = escape_xml(&title.text),
        list = escape_xml(&format!("{base}{locale}/")),
    );
    for entry in entries.iter().take(FEED_LENGTH) {
        let s = &entry.summary;
        let url = format!("{base}{locale}/{}.html", s.slug);
        let _ = write!(
            out,
            "<entry xml:lang=\"{locale}\">\n\
             <id>{url}</id>\n\
             <title{title_lang}>{title}</title>\n\
             <link rel=\"alternate\" type=\"text/html\" hreflang=\"{locale}\" href=\"{url}\"/>\n\
             <published>{date}T00:00:00Z</published>\n\
             <updated>{date}T00:00:00Z</updated>\n\
             <author><name>{author}</name></author>\n",
            url = escape_xml(&url),
            title_lang = lang_attr(&s.title),
            title = escape_xml(&s.title.text),
            date = s.published,
            author = escape_xml(&entry.author),
        );
        if !entry.description.text.is_empty() {
            let _ = writeln!(
                out,
                "<summary{}>{}</summary>",
                lang_attr(&entry.description),
                escape_xml(&entry.description.text)
            );
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// How many of a locale's newest articles its feed carries.
pub(super) const FEED_LENGTH: usize = 50;
