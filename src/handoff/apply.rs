//! The way back: imported units checked, rebuilt as FTL entries and spliced into a locale's
//! files, every other byte left as it was.
//!
//! An entry is written only when all of its parts have a translation (imported, or already in
//! the file) and every plural group is complete; the new entry replaces the old one in place,
//! or a commented-out scaffold of it (`# id = …`, as `add-locale` writes), or is appended to
//! the file. Before a file's new text is accepted it is parsed again: it must have no new
//! syntax error and give back exactly the imported texts.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::{ast, parser};

use super::units::{self, PartUnits, Role, Segments};
use super::{Exchange, Failure, Imported, by_id, sort_failures};
use crate::catalog::{FtlFile, LocaleTree, entry_parts};

/// What an import would change.
#[derive(Debug, Default)]
pub(super) struct Plan {
    /// Files with their new text (without BOM).
    pub(super) files: Vec<(String, String)>,
    /// Units written.
    pub(super) written: Vec<String>,
    /// Units whose translation is already the file's.
    pub(super) unchanged: usize,
    /// Units without translation.
    pub(super) untranslated: usize,
    /// Units not written.
    pub(super) failures: Vec<Failure>,
}

/// Where a unit of the exchange is.
#[derive(Clone, Copy)]
struct At {
    file: usize,
    part: usize,
    unit: usize,
}

pub(super) fn plan(exchange: &Exchange, imported: &Imported, tree: Option<&LocaleTree>) -> Plan {
    let mut plan = Plan::default();
    let mut known: HashMap<String, At> = HashMap::new();
    for (f, file) in exchange.files.iter().enumerate() {
        for (p, part) in file.parts.iter().enumerate() {
            for (u, unit) in part.units.iter().enumerate() {
                if part.is_plural_group() {
                    // A gettext plural entry names its forms by index.
                    let at = At {
                        file: f,
                        part: p,
                        unit: u,
                    };
                    known.insert(format!("{}[{u}]", part.key.id()), at);
                }
                known.insert(
                    unit.id.clone(),
                    At {
                        file: f,
                        part: p,
                        unit: u,
                    },
                );
            }
        }
    }
    // The new text of each changed unit, by part.
    let mut changes: BTreeMap<(usize, usize), BTreeMap<usize, Segments>> = BTreeMap::new();
    for (id, imported) in by_id(&imported.units) {
        let Some(&at) = known.get(id) else {
            plan.failures.push(Failure {
                id: id.to_owned(),
                reason: "no such part in this project's source (removed or renamed since the \
                         export?)"
                    .into(),
            });
            continue;
        };
        let part = &exchange.files[at.file].parts[at.part];
        let unit = &part.units[at.unit];
        let target = match &imported.target {
            Some(t) if !t.is_empty() => t,
            _ => {
                plan.untranslated += 1;
                continue;
            }
        };
        if imported.untranslated && target == &unit.source {
            plan.untranslated += 1;
            continue;
        }
        if unit.target.as_ref() == Some(target) {
            plan.unchanged += 1;
            continue;
        }
        if let Some(reason) = units::code_mismatch(&unit.source, target, part) {
            plan.failures.push(Failure {
                id: id.to_owned(),
                reason,
            });
            continue;
        }
        changes
            .entry((at.file, at.part))
            .or_default()
            .insert(at.unit, target.clone());
    }

    // Entries with changes, by file.
    let mut entries: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for &(f, p) in changes.keys() {
        entries
            .entry(f)
            .or_default()
            .insert(exchange.files[f].parts[p].key.entry.as_str());
    }
    for (f, keys) in entries {
        let file_units = &exchange.files[f];
        let existing = tree.and_then(|t| t.file(&file_units.file));
        let changed_ids = |entry: &str| -> Vec<String> {
            changes
                .iter()
                .filter(|((cf, cp), _)| {
                    *cf == f && exchange.files[*cf].parts[*cp].key.entry == entry
                })
                .flat_map(|((cf, cp), units)| {
                    units
                        .keys()
                        .map(|u| exchange.files[*cf].parts[*cp].units[*u].id.clone())
                })
                .collect()
        };
        let fail = |plan: &mut Plan, entry: &str, reason: String| {
            for id in changed_ids(entry) {
                plan.failures.push(Failure {
                    id,
                    reason: reason.clone(),
                });
            }
        };
        if let Some(file) = existing
            && !file.parse_errors.is_empty()
        {
            for entry in keys {
                fail(
                    &mut plan,
                    entry,
                    format!(
                        "`{}` has syntax errors: fix them first (see `fluentpress check`)",
                        file.rel_path
                    ),
                );
            }
            continue;
        }
        let mut edits = Vec::new();
        for entry in keys {
            let parts: Vec<(usize, &PartUnits)> = file_units
                .parts
                .iter()
                .enumerate()
                .filter(|(_, p)| p.key.entry == entry)
                .collect();
            match entry_text(entry, &parts, |p| changes.get(&(f, p)), existing) {
                Ok(text) => {
                    plan.written.extend(changed_ids(entry));
                    edits.push((entry.to_owned(), text));
                }
                Err(reason) => fail(&mut plan, entry, reason),
            }
        }
        if edits.is_empty() {
            continue;
        }
        let old = existing.map_or("", FtlFile::source);
        let new = splice(old, existing, &edits);
        let (_, errors) = match parser::parse(new.as_str()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        if !errors.is_empty() {
            // Cannot happen for entries that parsed alone; refuse rather than write it.
            for (entry, _) in &edits {
                let ids = changed_ids(entry);
                plan.written.retain(|w| !ids.contains(w));
                fail(
                    &mut plan,
                    entry,
                    "the file would not parse after the change".into(),
                );
            }
            continue;
        }
        plan.files.push((file_units.file.clone(), new));
    }
    sort_failures(&mut plan.failures);
    plan.written.sort();
    plan
}

/// The FTL of `entry` (without comment or final line break) from the imported texts of its
/// parts and the current translations of the others.
fn entry_text<'a>(
    entry: &str,
    parts: &[(usize, &PartUnits)],
    changes: impl Fn(usize) -> Option<&'a BTreeMap<usize, Segments>>,
    existing: Option<&FtlFile>,
) -> Result<String, String> {
    if let Some(file) = existing
        && let Some(current) = file.entries().find(|e| e.key == entry)
    {
        let (_, attributes) = entry_parts(current.entry);
        let extra: Vec<&str> = attributes
            .iter()
            .map(|a| a.id.name)
            .filter(|name| {
                !parts
                    .iter()
                    .any(|(_, p)| p.key.attribute.as_deref() == Some(*name))
            })
            .collect();
        if !extra.is_empty() {
            return Err(format!(
                "the translation has attributes the source lacks (.{}): edit this entry in its \
                 FTL file",
                extra.join(", .")
            ));
        }
    }
    let mut text = entry.to_owned();
    text.push_str(" =");
    let mut expected: Vec<(Option<String>, &PartUnits, Vec<Segments>)> = Vec::new();
    for (index, part) in parts {
        let imported = changes(*index);
        let mut texts = Vec::new();
        let mut missing = Vec::new();
        for (u, unit) in part.units.iter().enumerate() {
            match imported.and_then(|c| c.get(&u)).or(unit.target.as_ref()) {
                Some(t) => texts.push(t.clone()),
                None => missing.push(unit.combination.join(",")),
            }
        }
        if !missing.is_empty() {
            let what = match &part.key.attribute {
                Some(a) => format!("attribute .{a}"),
                None => "value".to_owned(),
            };
            return Err(
                if part.is_group()
                    && texts.len() + missing.len() == part.units.len()
                    && !texts.is_empty()
                    && imported.is_some()
                {
                    format!(
                        "the {what}'s group is incomplete: no translation for [{}]",
                        missing.join("], [")
                    )
                } else {
                    format!("the entry's {what} has no translation: translate it as well")
                },
            );
        }
        let indent = usize::from(part.key.attribute.is_some()) * 4;
        let pattern = units::build_pattern(&part.dimensions, &texts, indent);
        match &part.key.attribute {
            None => text.push_str(&pattern),
            Some(name) => {
                text.push_str(&format!("\n    .{name} ="));
                text.push_str(&pattern);
            }
        }
        expected.push((part.key.attribute.clone(), part, texts));
    }
    verify(&text, &expected)?;
    Ok(text)
}

/// Parses the built entry and checks that every combination reads back as imported.
fn verify(
    text: &str,
    expected: &[(Option<String>, &PartUnits, Vec<Segments>)],
) -> Result<(), String> {
    let source = format!("{text}\n");
    let resource = parser::parse(source.as_str()).map_err(|_| {
        "cannot be written as FTL (internal error: the entry does not parse)".to_owned()
    })?;
    let [entry] = resource.body.as_slice() else {
        return Err("cannot be written as FTL (internal error: not one entry)".into());
    };
    let (value, attributes) = entry_parts(entry);
    for (attribute, part, texts) in expected {
        let pattern: Option<&ast::Pattern<&str>> = match attribute {
            None => value,
            Some(name) => attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
        };
        let Some(pattern) = pattern else {
            return Err("cannot be written as FTL (internal error: a part is lost)".into());
        };
        for (combination, expected) in units::combinations(&part.dimensions).iter().zip(texts) {
            let got = units::flatten(pattern, &part.dimensions, combination, Role::Target);
            if &got != expected {
                return Err(format!(
                    "cannot be written as FTL faithfully: `{}` would read back as `{}`",
                    units::plain_text(expected),
                    units::plain_text(&got)
                ));
            }
        }
    }
    Ok(())
}

/// `old` with each entry of `edits` replacing the entry of that id, or its commented-out
/// scaffold, or appended at the end.
pub(super) fn splice(old: &str, file: Option<&FtlFile>, edits: &[(String, String)]) -> String {
    let crlf = old.contains("\r\n");
    let mut ranges: Vec<(usize, usize, String)> = Vec::new();
    let mut appended = Vec::new();
    for (key, text) in edits {
        let existing = file.and_then(|f| f.entries().find(|e| e.key == key.as_str()));
        let range = match existing {
            Some(entry) => {
                let start = entry.offset - usize::from(key.starts_with('-'));
                Some((start, entry_end(old, start), false))
            }
            None => scaffold_range(old, key).map(|(s, e)| (s, e, true)),
        };
        match range {
            Some((start, end, _)) => {
                let mut replacement = text.clone();
                if old[start..end].ends_with('\n') {
                    replacement.push('\n');
                }
                ranges.push((start, end, replacement));
            }
            None => appended.push(text.clone()),
        }
    }
    ranges.sort_by_key(|r| std::cmp::Reverse(r.0));
    let mut out = old.to_owned();
    for (start, end, text) in ranges {
        out.replace_range(start..end, &text);
    }
    for text in appended {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        if !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&text);
        out.push('\n');
    }
    if crlf {
        // New lines take the file's line ends; existing ones are already CRLF.
        let normalised = out.replace("\r\n", "\n");
        return normalised.replace('\n', "\r\n");
    }
    out
}

/// The end of the entry starting at `start`: after its last line that belongs to it
/// (indented continuation lines, and blank lines followed by more of them).
fn entry_end(text: &str, start: usize) -> usize {
    let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i + 1);
    let mut end = line_end(start);
    let mut probe = end;
    while probe < text.len() {
        let next = line_end(probe);
        let line = text[probe..next].trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            probe = next;
            continue;
        }
        if line.starts_with(' ') {
            end = next;
            probe = next;
        } else {
            break;
        }
    }
    end
}

/// The lines of a commented-out scaffold of `key` (`# key = …` and its `#     …`
/// continuation lines).
fn scaffold_range(text: &str, key: &str) -> Option<(usize, usize)> {
    let head = format!("# {key} =");
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n');
    for line in lines.by_ref() {
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare == head || bare.starts_with(&format!("{head} ")) {
            let start = offset;
            let mut end = offset + line.len();
            for next in text[end..].split_inclusive('\n') {
                let bare = next.trim_end_matches(['\n', '\r']);
                if bare.starts_with("#  ") {
                    end += next.len();
                } else {
                    break;
                }
            }
            return Some((start, end));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_end_after_their_indented_lines() {
        let text = "a = A\n    more\n\n    still\n\n# c\nb = B\n";
        assert_eq!(entry_end(text, 0), 26);
        assert_eq!(&text[26..], "\n# c\nb = B\n");
    }

    #[test]
    fn scaffolds_are_found_with_their_continuation_lines() {
        let text =
            "# zh-CN: x\n# en: y\n# b =\n#     { $n ->\n#        *[other] y\n#     }\n\nc = C\n";
        let (start, end) = scaffold_range(text, "b").unwrap();
        assert_eq!(
            &text[start..end],
            "# b =\n#     { $n ->\n#        *[other] y\n#     }\n"
        );
        assert!(scaffold_range(text, "c").is_none());
    }

    #[test]
    fn splicing_keeps_everything_else() {
        let text = "# c\na = A\n\n# b = old\n";
        let out = splice(
            text,
            None,
            &[("b".into(), "b = new".into()), ("z".into(), "z = Z".into())],
        );
        assert_eq!(out, "# c\na = A\n\nb = new\n\nz = Z\n");
    }
}
