//! The data templates receive: plain values, never markup.
//!
//! Every context has `lang` and `dir` (the page's language and direction) at its top, which the
//! theme's `text` and `attrs` filters compare each text with. A text is a [`TextView`]: the
//! words, the locale they are in, its direction, and whether they are a fallback or outdated.
//! The pages around the articles get serializable structs (`lists`); an article page, built
//! once per article, locale and format, gets objects that read its [`Page`] only where a
//! template reads a field (`article`), with the same fields and values.
//! Links are ready-made `href`s relative to the page (or absolute where the project sets a
//! base URL). The field names here are the templates' interface: rename one and every custom
//! theme breaks, so add fields rather than change them.

use serde::Serialize;

use super::{Page, Text};
use crate::content::BlockKind;
use crate::intl::IsoDate;

mod article;
mod lists;

pub(crate) use article::ArticleContext;
pub(crate) use lists::{
    ArticleSummary, EntryLinks, HomeContext, ListContext, LocaleSummary, NotFoundContext,
    NotFoundLocale, Pagination, Translation,
};

/// A text as templates see it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TextView {
    /// The words, not escaped (the template's escaping does that).
    pub(crate) text: String,
    /// The locale they are in.
    pub(crate) lang: String,
    /// `ltr` or `rtl`.
    pub(crate) dir: &'static str,
    /// True when they come from a later locale of the page's chain.
    pub(crate) fallback: bool,
    /// True when the translation is older than its source.
    pub(crate) outdated: bool,
}

impl From<&Text> for TextView {
    fn from(text: &Text) -> Self {
        TextView {
            text: text.text.clone(),
            lang: text.lang.to_string(),
            dir: text.lang.direction(),
            fallback: text.fallback,
            outdated: text.outdated,
        }
    }
}

/// A list of [`LinkView`]s, made into a template value once however many times a context
/// shows it (an article's switcher and its `hreflang` links).
pub(crate) type Links = minijinja::Value;

/// A link to a page in some locale.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LinkView {
    /// The locale's tag.
    pub(crate) lang: String,
    /// The locale's name in itself.
    pub(crate) name: String,
    /// The locale's direction.
    pub(crate) dir: &'static str,
    /// Where the page is.
    pub(crate) href: String,
    /// True for the page's own locale.
    pub(crate) current: bool,
}

/// Links every page has.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageLinks {
    /// The home page of the page's locale (its first listing page).
    pub(crate) home: String,
    /// The site's icon.
    pub(crate) favicon: String,
    /// The site's stylesheet.
    pub(crate) stylesheet: String,
}

impl PageLinks {
    /// The links of a page in a locale's folder, given the stylesheet's path in the output
    /// folder.
    pub(crate) fn in_locale(stylesheet: &str) -> Self {
        PageLinks {
            home: "index.html".to_owned(),
            favicon: format!("../{FAVICON}"),
            stylesheet: format!("../{stylesheet}"),
        }
    }
}

/// The site icon's file, at the top of the output folder.
pub(crate) const FAVICON: &str = "favicon.svg";

/// The top of an article or listing page (`header.html`).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct HeaderView {
    /// The site's name, a link to the locale's home page.
    pub(crate) site_name: TextView,
    /// The language switcher's label.
    pub(crate) languages_label: TextView,
    /// The same page in every locale of the site, this one (`current`) included.
    pub(crate) alternates: Links,
}

/// Open Graph properties of an article page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OpenGraph {
    /// `og:locale`: the page's locale with an underscore (`zh_CN`).
    pub(crate) locale: String,
    /// `og:locale:alternate`: every other locale of the site.
    pub(crate) alternate_locales: Vec<String>,
    /// `og:url`.
    pub(crate) url: String,
}

/// `YYYY-MM-DD`.
pub fn iso(date: IsoDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// What the views need to know about the site besides the page.
#[derive(Debug, Clone, Default)]
pub(crate) struct SiteInfo {
    /// The base URL, ending in `/`.
    pub(crate) base_url: Option<String>,
    /// The source locale (the original of every translation).
    pub(crate) source: String,
    /// The publisher named in structured data; default: the article's source organisation.
    pub(crate) publisher: Option<String>,
    /// The translator credited in the page's locale, if any.
    pub(crate) translator: Option<String>,
    /// The links every page in a locale's folder has ([`PageLinks::in_locale`]), as one
    /// template value.
    pub(crate) links: minijinja::Value,
}

/// The first paragraph on one line, cut at a space (or, in text without spaces, at a
/// character) near 160 characters, with an ellipsis when cut.
pub(crate) fn description(page: &Page) -> String {
    let paragraph = page
        .blocks
        .iter()
        .find(|(kind, _)| *kind == BlockKind::Paragraph);
    paragraph.map_or_else(String::new, |(_, t)| summary(&t.text))
}

/// `text` on one line, cut as [`description`] says.
fn summary(text: &str) -> String {
    const LIMIT: usize = 160;
    // The text's words joined by single spaces, up to one character past the limit
    // (enough to tell whether it is cut; the rest is never read).
    // At most LIMIT + 1 characters of at most 4 bytes each.
    let mut first = String::with_capacity(text.len().min(4 * (LIMIT + 1)));
    let mut count = 0;
    for word in text.split_whitespace() {
        if !first.is_empty() {
            first.push(' ');
            count += 1;
            if count > LIMIT {
                break;
            }
        }
        // Whole words are copied at once; only the one that crosses the limit is cut,
        // one character past it.
        let room = LIMIT + 1 - count;
        match word.char_indices().nth(room) {
            Some((end, _)) => {
                first.push_str(&word[..end]);
                count += room;
                break;
            }
            None => {
                first.push_str(word);
                count += word.chars().count();
                if count > LIMIT {
                    break;
                }
            }
        }
    }
    if count <= LIMIT {
        return first;
    }
    // One character past the limit: the cut is the first LIMIT characters.
    first.pop();
    let cut = first;
    let cut = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        cut.trim_end_matches([',', ';', ':', ' ', '，', '、'])
    )
}

/// An article page's own absolute address.
pub(crate) fn canonical(page: &Page, base: &str) -> String {
    format!("{base}{}/{}.html", page.locale, page.slug)
}

/// The Open Graph properties of an article page at `canonical`.
pub(crate) fn open_graph(page: &Page, canonical: &str) -> OpenGraph {
    OpenGraph {
        locale: page.locale.as_str().replace('-', "_"),
        alternate_locales: page
            .alternates
            .iter()
            .filter(|a| a.locale != page.locale)
            .map(|a| a.locale.as_str().replace('-', "_"))
            .collect(),
        url: canonical.to_owned(),
    }
}

/// schema.org `NewsArticle` data of an article page, its keys in the order JSON objects are
/// printed in (by name, as `serde_json` sorts them).
#[derive(Debug, Serialize)]
pub(crate) struct JsonLd<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@id")]
    id: &'a str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "datePublished")]
    date_published: String,
    description: &'a str,
    headline: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "mainEntityOfPage")]
    main_entity_of_page: &'a str,
    publisher: Party<'a>,
    #[serde(rename = "translationOfWork", skip_serializing_if = "Option::is_none")]
    translation_of_work: Option<Original>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translator: Option<Party<'a>>,
    url: &'a str,
}

/// A schema.org organisation or person.
#[derive(Debug, Serialize)]
struct Party<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

/// The article a translation is of.
#[derive(Debug, Serialize)]
struct Original {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "inLanguage")]
    in_language: String,
    url: String,
}

/// The `NewsArticle` data of an article page at `canonical` whose description is
/// `description`, with the site's base URL `base`.
pub(crate) fn json_ld<'a>(
    page: &'a Page,
    site: &'a SiteInfo,
    base: &str,
    canonical: &'a str,
    description: &'a str,
) -> JsonLd<'a> {
    let publisher = site.publisher.as_deref().unwrap_or(&page.source.text);
    let translation_of_work = (page.locale.as_str() != site.source).then(|| {
        let original = format!("{base}{}/{}.html", site.source, page.slug);
        Original {
            id: original.clone(),
            kind: "NewsArticle",
            in_language: site.source.clone(),
            url: original,
        }
    });
    JsonLd {
        context: "https://schema.org",
        id: canonical,
        kind: "NewsArticle",
        date_published: iso(page.published),
        description,
        headline: &page.title().text,
        in_language: page.locale.as_str(),
        main_entity_of_page: canonical,
        publisher: Party {
            kind: "Organization",
            name: publisher,
        },
        translation_of_work,
        translator: site.translator.as_deref().map(|name| Party {
            kind: "Person",
            name,
        }),
        url: canonical,
    }
}

impl JsonLd<'_> {
    /// The data as `| tojson(indent=1)` prints it: JSON indented by one space, with `<`, `>`,
    /// `&` and `'` as `\u` escapes so that it is safe inside `<script>`.
    pub(crate) fn script_text(&self) -> String {
        let mut out = Vec::with_capacity(1024);
        let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
        // Strings and nested structs only: serializing them cannot fail.
        let _ = self.serialize(&mut serializer);
        // The four characters are ASCII, and no byte of a longer UTF-8 sequence is.
        let mut text = Vec::with_capacity(out.len() + 64);
        let end = out.len();
        let markup_from =
            |from: usize| memchr::memchr3(b'<', b'>', b'&', &out[from..]).map_or(end, |i| from + i);
        let quote_from =
            |from: usize| memchr::memchr(b'\'', &out[from..]).map_or(end, |i| from + i);
        let (mut markup, mut quote) = (markup_from(0), quote_from(0));
        let mut start = 0;
        loop {
            let i = markup.min(quote);
            if i == end {
                break;
            }
            text.extend_from_slice(&out[start..i]);
            text.extend_from_slice(match out[i] {
                b'<' => b"\\u003c",
                b'>' => b"\\u003e",
                b'&' => b"\\u0026",
                _ => b"\\u0027",
            });
            start = i + 1;
            if i == markup {
                markup = markup_from(start);
            } else {
                quote = quote_from(start);
            }
        }
        text.extend_from_slice(&out[start..]);
        // serde_json writes UTF-8.
        String::from_utf8(text)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summary as it was first written, one character at a time: the faster one must
    /// give the same text.
    fn summary_by_chars(text: &str) -> String {
        const LIMIT: usize = 160;
        let mut first = String::new();
        let mut count = 0;
        'words: for word in text.split_whitespace() {
            if !first.is_empty() {
                first.push(' ');
                count += 1;
                if count > LIMIT {
                    break;
                }
            }
            for c in word.chars() {
                first.push(c);
                count += 1;
                if count > LIMIT {
                    break 'words;
                }
            }
        }
        if count <= LIMIT {
            return first;
        }
        let cut: String = first.chars().take(LIMIT).collect();
        let cut = match cut.rfind(' ') {
            Some(space) if space > cut.len() / 2 => cut[..space].to_owned(),
            _ => cut,
        };
        format!(
            "{}…",
            cut.trim_end_matches([',', ';', ':', ' ', '，', '、'])
        )
    }

    #[test]
    fn summaries_match_the_character_by_character_cut() {
        let mut texts: Vec<String> = vec![
            String::new(),
            "   ".into(),
            "One short sentence.".into(),
            " A\tfew\n\nlines \u{3000}and  spaces ".into(),
            "中".repeat(400),
            "ü".repeat(161),
            "ü".repeat(160),
            format!("{} {}", "a".repeat(159), "b".repeat(10)),
            format!("{} {}", "a".repeat(160), "b"),
            format!("{} {}", "a".repeat(80), "b".repeat(200)),
            format!("{}, {}", "x".repeat(100), "y".repeat(100)),
            "word, ".repeat(60),
            "日本語の文章、".repeat(40),
        ];
        for n in 150..170 {
            texts.push(format!("{} tail words here", "é".repeat(n)));
            texts.push("ab ".repeat(n / 2) + &"c".repeat(n % 7));
        }
        for text in &texts {
            assert_eq!(summary(text), summary_by_chars(text), "{text:?}");
        }
    }
}
