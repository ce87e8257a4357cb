//! One page from a kit's bundles: each text formatted along the chain with the article's
//! values, the events it causes, the notices its fallbacks and outdated passages call for.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentValue};
use rustc_hash::FxHashMap;

use super::{CachedLocalizer, Fixed, Values};
use crate::bundle::{Arguments, Localizer, Resolved, Skip};
use crate::config::{Project, ProjectLocale, Status};
use crate::content::{Article, BlockKind};
use crate::ftl::EntryKey;
use crate::intl::Formatter;
use crate::locale::Locale;
use crate::render::{Alternate, Event, Outdated, Page, Text, share};
use crate::site;

/// Arguments a message adds to the article's values, for the locale tried.
type Extra<'e> = &'e dyn Fn(&Locale, &mut FluentArgs<'_>);

/// Formats one page's texts and collects what happened.
struct PageBuilder<'a, 'k> {
    l10n: &'k Localizer<'a>,
    page_locale: &'a ProjectLocale,
    article: &'a Article,
    outdated: &'a Outdated,
    values: &'k Values,
    /// The kit's messages that read none of the article's values, by id.
    fixed: &'k mut FxHashMap<String, Fixed>,
    events: Vec<Event>,
}

impl PageBuilder<'_, '_> {
    /// Formats `id` along the chain with the article's values for each locale tried, plus
    /// whatever `extra` adds for that locale.
    fn text(&mut self, id: &str, extra: Extra<'_>) -> Text {
        let resolved = self.resolve(id, Some(extra));
        self.finish(id, resolved)
    }

    /// Formats `id` along the chain with the article's values for each locale tried (borrowed
    /// as they are when nothing is added to them).
    fn resolve(&self, id: &str, extra: Option<Extra<'_>>) -> Option<Resolved> {
        let values = self.values;
        self.l10n.format_with(id, |tried| {
            let base = values.get(tried);
            let Some(extra) = extra else {
                return base.map_or(Arguments::None, Arguments::Borrowed);
            };
            let mut args = FluentArgs::with_capacity(base.map_or(0, |b| b.iter().count()) + 4);
            for (name, value) in base.into_iter().flat_map(FluentArgs::iter) {
                args.set(name, borrowed(value));
            }
            extra(tried, &mut args);
            Arguments::Owned(args)
        })
    }

    /// The page's text for `id` as `resolved`, with the events it causes on this page.
    fn finish(&mut self, id: &str, resolved: Option<Resolved>) -> Text {
        let locale = self.page_locale.locale.clone();
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
        self.fixed(id, None)
    }

    /// Formats a message whose only argument of its own is `arg`, a constant. When the message
    /// reads none of the article's values (in any locale of the chain, through any message or
    /// term it references), its text is the same on every page of the kit's bundles: it is
    /// formatted once and kept, and only the events it causes are recorded for each page.
    fn fixed(&mut self, id: &str, arg: Option<(&'static str, &'static str)>) -> Text {
        let resolved = match self.fixed.get(id) {
            Some(Fixed::Same(kept, resolved)) if *kept == arg => resolved.clone(),
            Some(_) => self.resolve_with(id, arg),
            None => {
                let variables = self.l10n.variables_read(id);
                let same = variables
                    .iter()
                    .all(|v| arg.is_some_and(|(name, _)| name == *v));
                let resolved = self.resolve_with(id, arg);
                let memo = if same {
                    Fixed::Same(arg, resolved.clone())
                } else {
                    Fixed::Varies
                };
                self.fixed.insert(id.to_owned(), memo);
                resolved
            }
        };
        self.finish(id, resolved)
    }

    /// [`PageBuilder::resolve`] with `arg` added to the article's values.
    fn resolve_with(
        &self,
        id: &str,
        arg: Option<(&'static str, &'static str)>,
    ) -> Option<Resolved> {
        match arg {
            Some((name, value)) => self.resolve(id, Some(&move |_, args| args.set(name, value))),
            None => self.resolve(id, None),
        }
    }
}

/// A value of the article's, borrowed for one message's arguments.
fn borrowed<'v>(value: &'v FluentValue<'_>) -> FluentValue<'v> {
    match value {
        FluentValue::String(text) => FluentValue::String(Cow::Borrowed(text)),
        other => other.clone(),
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn build_page<'a>(
    project: &'a Project,
    article: &'a Article,
    locale: &'a ProjectLocale,
    cached: &mut CachedLocalizer<'a>,
    values_key: &str,
    formatters: &HashMap<Locale, Formatter>,
    alternates: &[Alternate],
    outdated: &'a Outdated,
    all_block_words: &[usize],
) -> (Page, Vec<Event>) {
    let CachedLocalizer {
        l10n,
        problems,
        values,
        fixed,
        ..
    } = cached;
    let (values, published) = &values[values_key];
    let mut b = PageBuilder {
        l10n,
        page_locale: locale,
        article,
        outdated,
        values,
        fixed,
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
const LINKS_MARK: &str = "\u{E000}";

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
        .then(|| b.fixed(id, Some((variable, LINKS_MARK))))
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
