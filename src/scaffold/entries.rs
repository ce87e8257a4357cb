//! One file's skeleton: every source entry commented out under its source and pivot text, with
//! the file's header.

use std::collections::HashMap;

use fluent_syntax::ast;
use fluent_syntax::serializer;

use super::plurals::adapt_plurals;
use super::{Entry, PlannedFile};
use crate::catalog::{EntryKind, FtlFile};
use crate::config::Project;
use crate::intl;
use crate::locale::Locale;
use crate::site;

/// What every file of one new locale's skeleton shares.
pub(super) struct Context<'a> {
    locale: &'a Locale,
    native_name: &'a str,
    source: &'a Locale,
    pivot: &'a Locale,
    pivot_name: String,
    pub(super) categories: Vec<&'static str>,
    pub(super) same_rules_as_pivot: bool,
    /// Whether the locale's `one` is the number 1 alone (pl, ar, cs): the pivot's `[one]`
    /// text then fits it even where the other categories differ.
    pub(super) one_is_exactly_one: bool,
    plurals: &'a [(&'static str, Vec<u32>)],
    /// The command named in the header as the file's maker.
    created_by: String,
}

impl<'a> Context<'a> {
    /// The context of `locale`'s skeletons in `project`.
    pub(super) fn new(
        project: &'a Project,
        locale: &'a Locale,
        native_name: &'a str,
        plurals: &'a [(&'static str, Vec<u32>)],
        created_by: String,
    ) -> Self {
        let pivot = &project.pivot;
        Context {
            locale,
            native_name,
            source: &project.source,
            pivot,
            pivot_name: intl::native_name(pivot).unwrap_or_else(|| pivot.to_string()),
            categories: intl::plural_categories(locale),
            same_rules_as_pivot: same_plural_rules(locale, pivot),
            one_is_exactly_one: one_is_exactly_one(locale) && one_is_exactly_one(pivot),
            plurals,
            created_by,
        }
    }
}

fn same_plural_rules(a: &Locale, b: &Locale) -> bool {
    intl::plural_samples(a, usize::MAX) == intl::plural_samples(b, usize::MAX)
}

/// The messages and terms of a file with their comments (the syntax tree the file keeps for
/// this; the catalog's runtime parse drops comments), keyed like the catalog: terms carry
/// their `-`.
fn full_entries(file: &FtlFile) -> Vec<(String, EntryKind, &Entry)> {
    file.commented()
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some((m.id.name.clone(), EntryKind::Message, entry)),
            ast::Entry::Term(t) => Some((format!("-{}", t.id.name), EntryKind::Term, entry)),
            _ => None,
        })
        .collect()
}

pub(super) fn scaffold_file(
    cx: &Context<'_>,
    source: &FtlFile,
    pivot: Option<&FtlFile>,
) -> PlannedFile {
    let source_entries = full_entries(source);
    let pivot_entries = pivot.map(full_entries).unwrap_or_default();
    let mut terms = String::new();
    let mut messages = String::new();
    let mut entries = 0;
    let mut has_plurals = false;
    // The pivot indexed by key (the first entry of a key wins, as in the bundle), so a file
    // of many entries is scaffolded in linear time.
    let mut pivot_index: HashMap<&str, &Entry> = HashMap::new();
    for (key, _, entry) in &pivot_entries {
        pivot_index.entry(key.as_str()).or_insert(entry);
    }
    for (key, kind, entry) in &source_entries {
        let pivot_entry = pivot_index.get(key.as_str()).copied();
        let model = pivot_entry.unwrap_or(*entry);
        let mut skeleton = strip_comment(model);
        has_plurals |= adapt_plurals(&mut skeleton, cx, pivot_entry.is_some());
        crate::ftl::guard_block_starts(&mut skeleton);
        let out = match kind {
            EntryKind::Term => &mut terms,
            EntryKind::Message => &mut messages,
        };
        if let Some(comment) = entry_comment(model) {
            for line in &comment.content {
                site::push_commented(out, line);
            }
        }
        push_labelled(out, cx.source.as_str(), entry);
        match pivot_entry {
            Some(p) => push_labelled(out, cx.pivot.as_str(), p),
            None => out.push_str(&format!("# {}: (missing)\n", cx.pivot)),
        }
        for line in serialize_entry(&skeleton).lines() {
            site::push_commented(out, line);
        }
        out.push('\n');
        entries += 1;
    }
    let mut contents = header(cx, &source.rel_path, has_plurals, pivot.is_some());
    if !terms.is_empty() {
        contents.push_str("## Terms\n\n");
        contents.push_str(&terms);
    }
    if !messages.is_empty() {
        if !terms.is_empty() {
            contents.push_str("## Messages\n\n");
        }
        contents.push_str(&messages);
    }
    while contents.ends_with("\n\n") {
        contents.pop();
    }
    PlannedFile {
        rel_path: source.rel_path.clone(),
        contents,
        entries,
    }
}

/// The plural forms of a locale with sample numbers: `[one] 0, 1, …; [other] 2, 3, …`. A
/// form no whole number takes (`many` in cs) says so instead of listing nothing.
pub fn plural_forms(plurals: &[(&'static str, Vec<u32>)]) -> String {
    let forms: Vec<String> = plurals
        .iter()
        .map(|(category, samples)| {
            if samples.is_empty() {
                return format!("[{category}] fractions only");
            }
            let list: Vec<String> = samples.iter().map(u32::to_string).collect();
            format!("[{category}] {}, …", list.join(", "))
        })
        .collect();
    forms.join("; ")
}

/// Whether `one` selects the number 1 and no other whole number up to 200 (nor a large one)
/// in `locale`: all the samples are looked at, not the few a header shows.
fn one_is_exactly_one(locale: &Locale) -> bool {
    intl::plural_samples(locale, usize::MAX)
        .iter()
        .any(|(category, samples)| *category == "one" && samples == &[1])
}

/// The file's header: who made it, how to translate an entry, and the plural forms when it has
/// selectors on numbers. Without a pivot file, the entries carry the source's text, and the
/// header says so rather than name a pivot text that does not exist.
fn header(cx: &Context<'_>, rel_path: &str, has_plurals: bool, has_pivot: bool) -> String {
    let instructions = if has_pivot {
        format!(
            "### Every entry below is commented out: it counts as missing, and readers see another\n\
             ### language instead, until you translate it. To translate an entry, delete \"# \" at the\n\
             ### start of each line from its id (\"title =\") to its end, then replace the {pivot_name}\n\
             ### text. Keep everything inside {{ }} (variables, terms, selectors) unless your grammar\n\
             ### needs another order. The \"# {source}:\" lines show the original, the \"# {pivot}:\"\n\
             ### lines the {pivot_name} version; leave them in place.\n",
            pivot_name = cx.pivot_name,
            source = cx.source,
            pivot = cx.pivot,
        )
    } else {
        format!(
            "### Every entry below is commented out: it counts as missing, and readers see another\n\
             ### language instead, until you translate it. To translate an entry, delete \"# \" at the\n\
             ### start of each line from its id (\"title =\") to its end, then replace the text, which\n\
             ### is the original ({source}): there is no {pivot_name} version yet. Keep everything\n\
             ### inside {{ }} (variables, terms, selectors) unless your grammar needs another order.\n\
             ### The \"# {source}:\" lines show the original, and the \"# {pivot}:\" lines say that the\n\
             ### {pivot_name} version is missing; leave them in place.\n",
            pivot_name = cx.pivot_name,
            source = cx.source,
            pivot = cx.pivot,
        )
    };
    let mut h = format!(
        "### {name} ({tag}) translation of {rel_path}, created by `{created_by}`.\n\
         ###\n\
         {instructions}",
        name = cx.native_name,
        created_by = cx.created_by,
        tag = cx.locale,
    );
    if has_plurals {
        h.push_str(&format!(
            "###\n### Plural forms in {}: {}\n### Selectors on numbers below already list these forms.\n",
            cx.locale,
            plural_forms(cx.plurals)
        ));
    }
    h.push('\n');
    h
}

/// `# zh-CN: value` for a one-line entry; `# zh-CN:` followed by the indented lines otherwise.
fn push_labelled(out: &mut String, label: &str, entry: &Entry) {
    let text = serialize_entry(&strip_comment(entry));
    let mut lines = text.lines();
    let first = lines.next().unwrap_or_default();
    let value = first.split_once(" =").map_or("", |(_, v)| v.trim_start());
    if value.is_empty() {
        out.push_str(&format!("# {label}:\n"));
    } else {
        out.push_str(&format!("# {label}: {value}\n"));
    }
    for line in lines {
        site::push_commented(out, line);
    }
}

fn entry_comment(entry: &Entry) -> Option<&ast::Comment<String>> {
    match entry {
        ast::Entry::Message(m) => m.comment.as_ref(),
        ast::Entry::Term(t) => t.comment.as_ref(),
        _ => None,
    }
}

fn strip_comment(entry: &Entry) -> Entry {
    let mut entry = entry.clone();
    match &mut entry {
        ast::Entry::Message(m) => m.comment = None,
        ast::Entry::Term(t) => t.comment = None,
        _ => {}
    }
    entry
}

fn serialize_entry(entry: &Entry) -> String {
    let resource = ast::Resource {
        body: vec![entry.clone()],
    };
    serializer::serialize_with_options(&resource, serializer::Options { with_junk: true })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by fuzzing: an attribute whose multiline value starts with `[` was laid out as a
    /// block starting with `[`, which a translator could not uncomment.
    #[test]
    fn a_block_never_starts_with_a_special_character() {
        let source = "m = [a]\n    .title = [b] one\n        two\n    .alt = *x\n";
        let resource = fluent_syntax::parser::parse(source.to_owned()).unwrap();
        let mut entry = resource.body[0].clone();
        crate::ftl::guard_block_starts(&mut entry);
        let text = serialize_entry(&entry);
        assert_eq!(
            text,
            "m = [a]\n    .title =\n        { \"[\" }b] one\n        two\n    .alt = *x\n"
        );
        let again = fluent_syntax::parser::parse(text).unwrap();
        assert_eq!(again.body.len(), 1);
    }
}
