//! Runtime bundles and per-message fallback along a locale's chain.
//!
//! Fluent itself never falls back across locales: a bundle holds one locale's resources. A
//! [`Localizer`] keeps one bundle per locale of a chain (the locale, then its fallbacks) and
//! formats each message from the first locale where it exists *and* formats without errors,
//! recording every step it had to skip. Resources are borrowed from the [`Catalog`]: nothing is
//! parsed again here.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};
use fluent_syntax::ast;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::catalog::{Catalog, FtlFile};
use crate::ftl::visit::walk_arguments;
use crate::ftl::{FileEntries, Visit};
use crate::intl::Calendar;
use crate::locale::Locale;

/// Why a locale of the chain was skipped for one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Skip {
    /// The locale has no such message (or the message has no value).
    Missing,
    /// The message exists but formatting it failed; the errors say why.
    Broken {
        /// The file that defines it, relative to the locale folder.
        file: String,
        /// Fluent's resolver errors, as text.
        errors: Vec<String>,
    },
}

/// A formatted message and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    /// The text (not escaped).
    pub text: String,
    /// The locale whose text is shown.
    pub locale: Locale,
    /// The file that defined the message in that locale.
    pub file: String,
    /// Locales of the chain that were skipped before it, with the reason. When every locale
    /// was skipped as broken, the text is the first broken one's.
    pub skipped: Vec<(Locale, Skip)>,
}

/// The arguments one locale of the chain formats a message with (see
/// [`Localizer::format_with`]).
pub(crate) enum Arguments<'r, 'x> {
    /// No arguments.
    None,
    /// Arguments made beforehand, shared by many messages.
    Borrowed(&'r FluentArgs<'x>),
    /// Arguments made for this message.
    Owned(FluentArgs<'x>),
}

/// A problem met while building a bundle: the same id defined twice in the files loaded together.
#[derive(Debug, Clone)]
pub(crate) struct LoadProblem {
    /// The locale.
    pub locale: Locale,
    /// What happened.
    pub message: String,
}

struct LocaleBundle<'a> {
    locale: Locale,
    bundle: FluentBundle<&'a FluentResource>,
    /// Message and term key → defining file.
    files: FxHashMap<&'a str, &'a str>,
    /// Terms by key, for looking up overrides such as `-country-KH`.
    terms: FxHashMap<&'a str, &'a ast::Pattern<&'a str>>,
    /// Messages and terms by key (the definition the bundle uses), for
    /// [`Localizer::variables_read`].
    entries: FxHashMap<&'a str, &'a ast::Entry<&'a str>>,
    /// Entries that must not be formatted (see [`oversized_numbers`]).
    unsafe_keys: FxHashSet<String>,
}

/// Bundles for one locale chain and one set of files, with per-message fallback.
pub(crate) struct Localizer<'a> {
    bundles: Vec<LocaleBundle<'a>>,
}

impl<'a> Localizer<'a> {
    /// Builds a bundle for each locale of `chain` (with the calendar its `DATETIME()` uses) from the files named in `files` (relative
    /// paths) that exist in that locale. `isolating` turns Fluent's bidi isolation marks on or
    /// off. Duplicate ids are reported and the first definition is kept.
    pub(crate) fn new(
        catalog: &'a Catalog,
        chain: &[(Locale, Calendar)],
        files: &[&str],
        isolating: bool,
    ) -> (Self, Vec<LoadProblem>) {
        let mut problems = Vec::new();
        let bundles = chain
            .iter()
            .map(|(locale, calendar)| {
                let mut bundle = FluentBundle::new(vec![locale.langid().clone()]);
                bundle.set_use_isolating(isolating);
                crate::intl::install_functions_with_calendar(&mut bundle, *calendar);
                let mut defined = FxHashMap::default();
                let mut terms = FxHashMap::default();
                let mut entries = FxHashMap::default();
                let tree = catalog.locale(locale.as_str());
                let loaded: Vec<&FtlFile> = files
                    .iter()
                    .filter_map(|f| tree.and_then(|t| t.file(f)))
                    .collect();
                let unsafe_keys = oversized_numbers(&loaded);
                for file in loaded {
                    if let Err(errors) = bundle.add_resource(&file.resource) {
                        for error in errors {
                            let mut message = format!("{}: {}", file.rel_path, describe(&error));
                            if let FluentError::Overriding { kind, id } = &error {
                                // fluent-bundle does not export its entry kind; it
                                // displays as `term` for terms.
                                let key = if kind.to_string() == "term" {
                                    format!("-{id}")
                                } else {
                                    id.clone()
                                };
                                if let Some(first) = defined.get(key.as_str()) {
                                    message.push_str(&format!(" (in {first})"));
                                }
                            }
                            problems.push(LoadProblem {
                                locale: locale.clone(),
                                message,
                            });
                        }
                    }
                    index_file(file, &mut defined, &mut terms, &mut entries);
                }
                LocaleBundle {
                    locale: locale.clone(),
                    bundle,
                    files: defined,
                    terms,
                    entries,
                    unsafe_keys,
                }
            })
            .collect();
        (Localizer { bundles }, problems)
    }

    /// Whether any locale of the chain defines message `id` with a value.
    pub(crate) fn has_message(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| {
            b.bundle
                .get_message(id)
                .is_some_and(|m| m.value().is_some())
        })
    }

    /// Formats message `id` from the first locale of the chain that has it and formats it
    /// cleanly, with the same arguments for every locale. `None` when no locale of the chain
    /// defines it.
    pub(crate) fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<Resolved> {
        self.format_with(id, |_| args.map_or(Arguments::None, Arguments::Borrowed))
    }

    /// Like [`Localizer::format`], with arguments made for each locale tried, so that values
    /// formatted with CLDR (dates, lists) match the language of the text they appear in. The
    /// arguments may be borrowed (values made once for many messages) or made for the call.
    pub(crate) fn format_with<'r, 'x: 'r>(
        &self,
        id: &str,
        args_for: impl Fn(&Locale) -> Arguments<'r, 'x>,
    ) -> Option<Resolved> {
        let mut skipped = Vec::new();
        let mut first_broken: Option<Resolved> = None;
        for b in &self.bundles {
            let Some(pattern) = b.bundle.get_message(id).and_then(|m| m.value()) else {
                skipped.push((b.locale.clone(), Skip::Missing));
                continue;
            };
            let file = b.files.get(id).copied().unwrap_or_default().to_owned();
            if !b.unsafe_keys.is_empty() && b.unsafe_keys.contains(id) {
                let errors = vec![OVERSIZED.to_owned()];
                skipped.push((b.locale.clone(), Skip::Broken { file, errors }));
                continue;
            }
            let args = args_for(&b.locale);
            let args = match &args {
                Arguments::None => None,
                Arguments::Borrowed(args) => Some(*args),
                Arguments::Owned(args) => Some(args),
            };
            let mut errors = Vec::new();
            let text = b
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if errors.is_empty() {
                return Some(Resolved {
                    text,
                    locale: b.locale.clone(),
                    file,
                    skipped,
                });
            }
            let errors: Vec<String> = errors.iter().map(describe).collect();
            if first_broken.is_none() {
                first_broken = Some(Resolved {
                    text,
                    locale: b.locale.clone(),
                    file: file.clone(),
                    skipped: Vec::new(),
                });
            }
            skipped.push((b.locale.clone(), Skip::Broken { file, errors }));
        }
        first_broken.map(|mut r| {
            r.skipped = skipped;
            r
        })
    }

    /// The variables that formatting message `id` may read, in any locale of the chain:
    /// those its value and attributes reference, and those of every message and term they
    /// reference in turn (a term's own parameters included, though a term reads them from its
    /// call, not from the message's arguments: the answer may name too many, never too few).
    /// A message that reads none formats the same whatever arguments it is given.
    pub(crate) fn variables_read(&self, id: &str) -> FxHashSet<&'a str> {
        let mut read = FxHashSet::default();
        for b in &self.bundles {
            let mut seen: FxHashSet<&str> = FxHashSet::default();
            let mut queue = vec![id];
            while let Some(key) = queue.pop() {
                if !seen.insert(key) {
                    continue;
                }
                let Some(entry) = b.entries.get(key) else {
                    continue;
                };
                let mut walk = References::default();
                crate::catalog::entry_patterns(entry).for_each(|p| walk.visit_pattern(p));
                read.extend(walk.variables);
                // References to entries the bundle does not have read nothing.
                queue.extend(
                    walk.entries
                        .iter()
                        .filter_map(|k| b.entries.get_key_value(k.as_str()).map(|(key, _)| *key)),
                );
            }
        }
        read
    }

    /// Formats term `key` (such as `-country-KH`) from the first locale of the chain in the
    /// language of `locale` that defines it, if any does. Used for translator overrides of CLDR
    /// names: an English override serves `en-SB`, never Indonesian text.
    pub(crate) fn format_term(&self, key: &str, locale: &Locale) -> Option<(String, Locale)> {
        self.format_term_with(key, locale, None)
    }

    /// Like [`Localizer::format_term`], with arguments for the term's parameters (a term can
    /// select among forms with them, as `{ -term(case: "x") }` would).
    pub(crate) fn format_term_with(
        &self,
        key: &str,
        locale: &Locale,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<(String, Locale)> {
        let language = locale.language();
        let mut same_language = self
            .bundles
            .iter()
            .filter(|b| b.locale.language() == language);
        same_language.find_map(|b| {
            let pattern = b.terms.get(key).filter(|_| !b.unsafe_keys.contains(key))?;
            let mut errors = Vec::new();
            let text = b.bundle.format_pattern(pattern, args, &mut errors);
            errors
                .is_empty()
                .then(|| (text.into_owned(), b.locale.clone()))
        })
    }
}

const OVERSIZED: &str =
    "a number literal has more than 19 decimals, which Fluent cannot select plural forms for";

/// The keys of entries that use a number literal with more than 19 decimals, directly or
/// through the messages and terms they reference. fluent-bundle computes plural operands as
/// `10^decimals` in 64 bits, so formatting them would overflow (a panic in debug builds);
/// they are treated as broken instead.
fn oversized_numbers(files: &[&FtlFile]) -> FxHashSet<String> {
    // Who references whom, reversed: key -> the entries that reference it.
    let mut referenced_by: HashMap<String, Vec<&str>> = HashMap::new();
    let mut queue: Vec<String> = Vec::new();
    for file in files {
        for entry in file.entries() {
            let mut walk = References::default();
            crate::catalog::entry_patterns(entry.entry).for_each(|p| walk.visit_pattern(p));
            if walk.oversized {
                queue.push(entry.key.to_owned());
            }
            for target in walk.entries {
                referenced_by.entry(target).or_default().push(entry.key);
            }
        }
    }
    // Whatever references an unsafe entry is unsafe too: spread from the unsafe ones.
    let mut bad = FxHashSet::default();
    while let Some(key) = queue.pop() {
        if bad.contains(&key) {
            continue;
        }
        if let Some(users) = referenced_by.get(&key) {
            queue.extend(users.iter().map(|u| (*u).to_owned()));
        }
        bad.insert(key);
    }
    bad
}

/// The variables a pattern reads, the messages and terms it references (terms keyed with
/// their `-`), and whether it holds a number literal with more than 19 decimals.
#[derive(Default)]
struct References<'a> {
    variables: Vec<&'a str>,
    entries: Vec<String>,
    oversized: bool,
}

impl<'a> Visit<'a> for References<'a> {
    fn visit_number_literal(&mut self, value: &'a str) {
        let decimals = value.split_once('.').map_or(0, |(_, d)| d.len());
        self.oversized |= decimals > 19;
    }

    fn visit_variable(&mut self, name: &'a str) {
        self.variables.push(name);
    }

    fn visit_message_reference(
        &mut self,
        id: &'a ast::Identifier<&'a str>,
        _attribute: Option<&'a ast::Identifier<&'a str>>,
    ) {
        self.entries.push(id.name.to_owned());
    }

    fn visit_term_reference(
        &mut self,
        id: &'a ast::Identifier<&'a str>,
        _attribute: Option<&'a ast::Identifier<&'a str>>,
        arguments: Option<&'a ast::CallArguments<&'a str>>,
    ) {
        self.entries.push(format!("-{}", id.name));
        if let Some(arguments) = arguments {
            walk_arguments(self, arguments);
        }
    }
}

/// Records where `file`'s messages and terms are defined, and its terms, unless a file added
/// to the bundle before defines them: the bundle keeps the first definition, in the order the
/// files were added.
fn index_file<'a>(
    file: &'a FtlFile,
    defined: &mut FxHashMap<&'a str, &'a str>,
    terms: &mut FxHashMap<&'a str, &'a ast::Pattern<&'a str>>,
    entries: &mut FxHashMap<&'a str, &'a ast::Entry<&'a str>>,
) {
    for (key, entry) in FileEntries::new(file).first {
        defined.entry(key).or_insert(file.rel_path.as_str());
        entries.entry(key).or_insert(entry.entry);
        if let ast::Entry::Term(term) = entry.entry {
            terms.entry(key).or_insert(&term.value);
        }
    }
}

/// One line of text for a Fluent error.
pub(crate) fn describe(error: &FluentError) -> String {
    match error {
        FluentError::Overriding { kind, id } => {
            format!("{kind} `{id}` is defined more than once; the first definition is used")
        }
        FluentError::ParserError(e) => format!("syntax error: {e}"),
        FluentError::ResolverError(e) => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{FtlFile, LocaleTree};

    fn catalog(locales: &[(&str, &str)]) -> Catalog {
        Catalog {
            root: ".".into(),
            locales: locales
                .iter()
                .map(|(name, text)| LocaleTree {
                    name: (*name).into(),
                    dir: (*name).into(),
                    exists: true,
                    files: vec![FtlFile::parse(
                        "a.ftl".into(),
                        "a.ftl".into(),
                        (*text).into(),
                    )],
                    unreadable: Vec::new(),
                })
                .collect(),
            policy: Default::default(),
        }
    }

    fn chain(tags: &[&str]) -> Vec<(Locale, Calendar)> {
        tags.iter()
            .map(|t| (Locale::parse(t).unwrap(), Calendar::Gregorian))
            .collect()
    }

    #[test]
    fn falls_back_per_message_and_over_broken_messages() {
        let cat = catalog(&[
            ("en", "a = A { $x }\nb = B { missing-ref }\n"),
            ("zh-CN", "a = 甲\nb = 乙\nc = 丙\n"),
        ]);
        let (l10n, problems) = Localizer::new(&cat, &chain(&["en", "zh-CN"]), &["a.ftl"], false);
        assert!(problems.is_empty());
        let mut args = FluentArgs::new();
        args.set("x", "1");
        let a = l10n.format("a", Some(&args)).unwrap();
        assert_eq!((a.text.as_str(), a.locale.as_str()), ("A 1", "en"));
        let b = l10n.format("b", Some(&args)).unwrap();
        assert_eq!((b.text.as_str(), b.locale.as_str()), ("乙", "zh-CN"));
        assert!(
            matches!(&b.skipped[0].1, Skip::Broken { errors, .. } if errors[0].contains("missing-ref"))
        );
        let c = l10n.format("c", None).unwrap();
        assert_eq!(
            (c.locale.as_str(), &c.skipped[0].1),
            ("zh-CN", &Skip::Missing)
        );
        assert!(l10n.format("d", None).is_none());
    }

    #[test]
    fn cyclic_and_missing_references_are_broken_not_panics() {
        let cat = catalog(&[
            ("en", "a = { b }\nb = { a }\nc = { -nope }\n"),
            ("zh-CN", "a = 甲\nc = 丙\n"),
        ]);
        let (l10n, _) = Localizer::new(&cat, &chain(&["en", "zh-CN"]), &["a.ftl"], false);
        for (id, needle) in [("a", "Cyclical dependency"), ("c", "-nope")] {
            let r = l10n.format(id, None).unwrap();
            assert_eq!(r.locale.as_str(), "zh-CN", "{id}");
            let Skip::Broken { errors, .. } = &r.skipped[0].1 else {
                panic!("{id} was not reported broken: {r:?}");
            };
            assert!(
                errors.iter().any(|e| e.contains(needle)),
                "{id}: {errors:?}"
            );
        }
    }

    /// Review finding: a number literal with 30 decimals as a selector overflowed
    /// fluent-bundle's plural arithmetic (a panic in debug builds).
    #[test]
    fn oversized_number_literals_are_broken_not_panics() {
        let long = format!("1.{}", "0".repeat(30));
        let en = format!(
            "a = {{ {long} ->\n    [one] one\n   *[other] other\n}}\nb = see {{ a }}\nc = fine {{ 1.5 }}\n"
        );
        let cat = catalog(&[("en", &en), ("zh-CN", "a = 甲\nb = 乙\n")]);
        let (l10n, _) = Localizer::new(&cat, &chain(&["en", "zh-CN"]), &["a.ftl"], false);
        for (id, text) in [("a", "甲"), ("b", "乙")] {
            let r = l10n.format(id, None).unwrap();
            assert_eq!(r.text, text, "{id}");
            assert!(
                matches!(&r.skipped[0].1, Skip::Broken { errors, .. } if errors[0].contains("19 decimals"))
            );
        }
        assert_eq!(l10n.format("c", None).unwrap().text, "fine 1.5");
    }

    #[test]
    fn isolation_marks_follow_the_choice() {
        let cat = catalog(&[("en", "a = Hi { $x }\n")]);
        let mut args = FluentArgs::new();
        args.set("x", "there");
        for (isolating, expected) in [(false, "Hi there"), (true, "Hi \u{2068}there\u{2069}")] {
            let (l10n, _) = Localizer::new(&cat, &chain(&["en"]), &["a.ftl"], isolating);
            assert_eq!(l10n.format("a", Some(&args)).unwrap().text, expected);
        }
    }
}
