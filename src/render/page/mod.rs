//! One article in one locale: the texts of a [`Page`], formatted along the locale's chain with
//! per-message fallback, with the article's values formatted by each chain locale's CLDR data.
//!
//! A [`LocaleKit`] holds what every page of a locale shares, built once per locale: the CLDR
//! formatters of its chain, the bundles (one set per list of files, so articles that share
//! their resources share bundles) and the source words of each passage. Nothing here renders
//! a template or writes a file; `build` turns a kit's bundles and values into one page.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use fluent_bundle::{FluentArgs, FluentValue};

use super::validate::files_of;
use super::{Alternate, Event, Outdated, Page, dates, share};
use crate::bundle::{LoadProblem, Localizer, Resolved};
use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale};
use crate::content::{Article, Variable};
use crate::intl::{Calendar, Formatter};
use crate::locale::Locale;
use crate::site;

mod build;

use build::build_page;

/// Per-locale argument values: the article's variables formatted with each locale's CLDR
/// data, so a passage taken from a fallback locale shows dates and lists in its own language.
/// Messages are formatted with them as they are, borrowed.
type Values = HashMap<Locale, FluentArgs<'static>>;

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
    /// Source words by resource, then message id (looked up without making keys).
    words: FxHashMap<String, FxHashMap<String, usize>>,
}

/// One set of bundles of a kit, with the values formatted with it.
struct CachedLocalizer<'a> {
    files: Vec<&'a str>,
    isolating: bool,
    l10n: Localizer<'a>,
    /// What building the bundles reported.
    problems: Vec<LoadProblem>,
    /// The values of articles built with these bundles, by their variables and date: each
    /// article's values are formatted once per locale of the chain, not once per page.
    values: FxHashMap<String, (Values, HashMap<Locale, String>)>,
    /// The messages formatted once for every page of these bundles, by id (see [`Fixed`]).
    fixed: FxHashMap<String, Fixed>,
}

/// A message as every page of one set of bundles shows it.
enum Fixed {
    /// The message reads some of the article's values: it is formatted for each page.
    Varies,
    /// The message reads none, and formatted with only this constant argument (name, value)
    /// of its own it gives this (`None`: no locale of the chain has it).
    Same(Option<(&'static str, &'static str)>, Option<Resolved>),
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
            words: FxHashMap::default(),
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
                        values: FxHashMap::default(),
                        fixed: FxHashMap::default(),
                    },
                );
            }
        }
        &self.localizers[0]
    }

    /// The source words of message `id` of `article`, for the fallback notice's share.
    fn source_words(&mut self, article: &Article, id: &str) -> usize {
        if let Some(words) = self
            .words
            .get(&article.resource)
            .and_then(|ids| ids.get(id))
        {
            return *words;
        }
        let files = files_of(self.project, article);
        let words = share::source_words(self.project, self.catalog, &files, id);
        self.words
            .entry(article.resource.clone())
            .or_default()
            .insert(id.to_owned(), words);
        words
    }

    /// `article` in the kit's locale, with what happened while formatting it; `isolating`
    /// as [`super::Format`] wants it.
    ///
    /// `values_key` is [`values_key`] of the article (made once per run, not per page).
    pub(super) fn page(
        &mut self,
        article: &'a Article,
        values_key: &str,
        isolating: bool,
    ) -> (Page, Vec<Event>) {
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
        if !cached.values.contains_key(values_key) {
            let l10n = &cached.l10n;
            let values = formatters
                .iter()
                .map(|(l, fmt)| (l.clone(), article_values(l10n, l, fmt, article)))
                .collect();
            let published = formatters
                .iter()
                .map(|(l, fmt)| (l.clone(), dates::date(l10n, l, fmt, article.published)))
                .collect();
            cached
                .values
                .insert(values_key.to_owned(), (values, published));
        }
        build_page(
            project,
            article,
            locale,
            &mut self.localizers[0],
            values_key,
            &self.formatters,
            self.alternates,
            self.outdated,
            &block_words,
        )
    }
}

/// What an article's formatted values depend on, its variables and date, as a key: articles
/// with the same key share their values.
pub(super) fn values_key(article: &Article) -> String {
    format!("{:?} {:?}", article.variables, article.published)
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
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
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
        args.set(name.clone(), value);
    }
    args
}
