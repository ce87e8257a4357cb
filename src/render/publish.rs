//! What a site publishes for machines, from its base URL: `sitemap.xml` with every page and its
//! translations (`xhtml:link rel="alternate" hreflang`, and `x-default`), and an Atom feed per
//! locale (`<locale>/feed.xml`) with `xml:lang` on every entry. A sitemap over the
//! sitemaps.org limits ([`SitemapLimits`]) is split into parts (`sitemap-1.xml`, …) and
//! `sitemap.xml` becomes their index.
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

/// The most one sitemap file may hold. [`Default`] gives the sitemaps.org limits: 50,000 URLs
/// and 50 MiB (52,428,800 bytes) uncompressed. A site over either is published as a sitemap
/// index (`sitemap.xml`) and parts (`sitemap-1.xml`, `sitemap-2.xml`, …) each within both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SitemapLimits {
    /// URLs (`<url>` elements) per file.
    pub urls: usize,
    /// Bytes per file, as written (uncompressed), alternates included.
    pub bytes: u64,
}

impl Default for SitemapLimits {
    fn default() -> Self {
        SitemapLimits {
            urls: 50_000,
            bytes: 52_428_800,
        }
    }
}

/// The start of every sitemap file (a `<urlset>`).
const URLSET_HEAD: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
/// The end of every sitemap file.
const URLSET_TAIL: &[u8] = b"</urlset>\n";

/// One sitemap file's share of the site's URLs: the URLs from `start` to `end` (excluded),
/// counted in the order of the groups, and the latest `lastmod` among them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Part {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) lastmod: Option<String>,
}

/// The hreflang alternates of a group, the same for each of its pages: every page, then the
/// first as `x-default`; none for a page without translations.
fn alternates_of(group: &UrlGroup) -> String {
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
    links
}

/// One `<url>` element.
fn write_url(
    out: &mut impl std::io::Write,
    url: &str,
    lastmod: Option<&str>,
    links: &str,
) -> std::io::Result<()> {
    writeln!(out, "<url>\n<loc>{}</loc>", escape_xml(url))?;
    if let Some(date) = lastmod {
        writeln!(out, "<lastmod>{date}</lastmod>")?;
    }
    out.write_all(links.as_bytes())?;
    out.write_all(b"</url>\n")
}

/// Counts what is written to it and keeps nothing.
#[derive(Default)]
struct Counter(u64);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// How the site's URLs fall into sitemap files within `limits`: one part for a site within
/// them, else as many as needed, each filled in order until the next `<url>` would pass a
/// limit. Each `<url>` is measured by writing it as the file will have it. Fails when a single
/// `<url>` with its alternates cannot fit in a file of `limits.bytes`.
pub(super) fn split(groups: &[UrlGroup], limits: SitemapLimits) -> std::io::Result<Vec<Part>> {
    let frame = (URLSET_HEAD.len() + URLSET_TAIL.len()) as u64;
    let most_urls = limits.urls.max(1);
    let mut parts = Vec::new();
    let mut current = Part {
        start: 0,
        end: 0,
        lastmod: None,
    };
    let mut bytes = frame;
    for group in groups {
        let links = alternates_of(group);
        for (_, url) in &group.pages {
            let mut counter = Counter::default();
            write_url(&mut counter, url, group.lastmod.as_deref(), &links)?;
            let size = counter.0;
            if frame + size > limits.bytes {
                return Err(std::io::Error::other(format!(
                    "the sitemap entry of {url} takes {size} bytes with its alternates, more than a sitemap file may hold ({} bytes)",
                    limits.bytes
                )));
            }
            if current.end > current.start
                && (current.end - current.start >= most_urls || bytes + size > limits.bytes)
            {
                let next = current.end;
                parts.push(std::mem::replace(
                    &mut current,
                    Part {
                        start: next,
                        end: next,
                        lastmod: None,
                    },
                ));
                bytes = frame;
            }
            current.end += 1;
            bytes += size;
            if let Some(date) = &group.lastmod
                && current.lastmod.as_ref().is_none_or(|d| d < date)
            {
                current.lastmod = Some(date.clone());
            }
        }
    }
    parts.push(current);
    Ok(parts)
}

/// A sitemap file (`<urlset>`) with the URLs of `part`: one `<url>` per page, each listing
/// every page of its group as an alternate, and the first as `x-default`. Written as it is
/// made: a site of 20,000 pages in 20 locales has about 60 MB of them.
pub(super) fn write_sitemap(
    groups: &[UrlGroup],
    part: (usize, usize),
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let (start, end) = part;
    out.write_all(URLSET_HEAD)?;
    let mut index = 0;
    for group in groups {
        let next = index + group.pages.len();
        if next > start && index < end {
            let links = alternates_of(group);
            for (i, (_, url)) in group.pages.iter().enumerate() {
                if (start..end).contains(&(index + i)) {
                    write_url(out, url, group.lastmod.as_deref(), &links)?;
                }
            }
        }
        index = next;
        if index >= end {
            break;
        }
    }
    out.write_all(URLSET_TAIL)
}

/// The sitemap index: a `<sitemap>` per part, at `<base>sitemap-<n>.xml`, with the latest
/// `lastmod` of its URLs where they have one.
pub(super) fn sitemap_index(base: &str, parts: &[Part]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (n, part) in parts.iter().enumerate() {
        let _ = writeln!(
            out,
            "<sitemap>\n<loc>{}</loc>",
            escape_xml(&format!("{base}{}", part_file(n + 1)))
        );
        if let Some(date) = &part.lastmod {
            let _ = writeln!(out, "<lastmod>{date}</lastmod>");
        }
        out.push_str("</sitemap>\n");
    }
    out.push_str("</sitemapindex>\n");
    out
}

/// The file of the `n`th part of a sitemap split in parts, from 1.
pub(super) fn part_file(n: usize) -> String {
    format!("sitemap-{n}.xml")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn group(urls: &[&str], lastmod: Option<&str>) -> UrlGroup {
        UrlGroup {
            pages: urls
                .iter()
                .map(|u| (Locale::parse("en").unwrap(), (*u).to_owned()))
                .collect(),
            lastmod: lastmod.map(str::to_owned),
        }
    }

    fn written(groups: &[UrlGroup], part: &Part) -> Vec<u8> {
        let mut out = Vec::new();
        write_sitemap(groups, (part.start, part.end), &mut out).unwrap();
        out
    }

    #[test]
    fn a_file_may_reach_the_limits_but_not_pass_them() {
        let groups = [
            group(&["https://x.example/"], None),
            group(
                &["https://x.example/en/a.html", "https://x.example/fr/a.html"],
                Some("2024-01-02"),
            ),
            group(&["https://x.example/en/b.html"], Some("2023-05-06")),
        ];
        let whole = written(
            &groups,
            &split(&groups, SitemapLimits::default()).unwrap()[0],
        );
        let exact = SitemapLimits {
            urls: 4,
            bytes: whole.len() as u64,
        };
        assert_eq!(split(&groups, exact).unwrap().len(), 1);
        for limits in [
            SitemapLimits { urls: 3, ..exact },
            SitemapLimits {
                bytes: exact.bytes - 1,
                ..exact
            },
        ] {
            let parts = split(&groups, limits).unwrap();
            assert_eq!(parts.len(), 2, "{limits:?}");
            assert_eq!((parts[0].start, parts[1].end), (0, 4));
            assert_eq!(parts[0].end, parts[1].start);
            for part in &parts {
                assert!(written(&groups, part).len() as u64 <= limits.bytes);
            }
            assert_eq!(parts[1].lastmod.as_deref(), Some("2023-05-06"));
        }
        let parts = split(&groups, SitemapLimits { urls: 1, ..exact }).unwrap();
        let dates: Vec<Option<&str>> = parts.iter().map(|p| p.lastmod.as_deref()).collect();
        assert_eq!(
            dates,
            [
                None,
                Some("2024-01-02"),
                Some("2024-01-02"),
                Some("2023-05-06")
            ]
        );
    }

    #[test]
    fn a_url_too_large_for_any_file_is_an_error() {
        let groups = [group(&["https://x.example/a-long-address.html"], None)];
        let error = split(
            &groups,
            SitemapLimits {
                urls: 10,
                bytes: 200,
            },
        )
        .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("more than a sitemap file may hold (200 bytes)"),
            "{error}"
        );
    }

    #[test]
    fn the_index_points_at_each_part_under_the_base_url() {
        let parts = [
            Part {
                start: 0,
                end: 1,
                lastmod: None,
            },
            Part {
                start: 1,
                end: 2,
                lastmod: Some("2024-01-02".into()),
            },
        ];
        let index = sitemap_index("https://x.example/news/", &parts);
        assert_eq!(
            index,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n\
             <sitemap>\n<loc>https://x.example/news/sitemap-1.xml</loc>\n</sitemap>\n\
             <sitemap>\n<loc>https://x.example/news/sitemap-2.xml</loc>\n<lastmod>2024-01-02</lastmod>\n</sitemap>\n\
             </sitemapindex>\n"
        );
    }
}
