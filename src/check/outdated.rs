//! Findings from the project's lock: the entries of a locale that are outdated (their source
//! or pivot text changed since the translation was accepted), updated (the translation
//! changed) or unrecorded, with a word diff of what changed.

use std::collections::BTreeMap;

use super::coverage::counted;
use super::{ChangedItem, CheckOptions, Code, Diagnostic, EntryItem, Findings, LocaleReport};
use crate::lock::{Change, EntryState, EntryStatus, Lock};

/// Columns of unchanged text kept on each side of a change in an outdated entry's diff.
const DIFF_CONTEXT: usize = 24;

/// Counts, lists and diagnoses the outdated and updated entries of one locale from the lock's
/// per-part states. One diagnostic per entry and kind, at the entry's first changed part.
pub(crate) fn check(
    lock: &Lock,
    states: &[EntryStatus],
    options: &CheckOptions,
    report: &mut LocaleReport,
    out: &mut Findings,
) {
    let locale = report.locale.clone();
    // Parts grouped by entry: (file, entry id) -> [(attribute, status)].
    type Parts<'s> = Vec<(Option<&'s str>, &'s EntryStatus)>;
    let mut entries: BTreeMap<(&str, &str), Parts<'_>> = BTreeMap::new();
    for status in states {
        entries
            .entry((status.file.as_str(), status.id.entry.as_str()))
            .or_default()
            .push((status.id.attribute.as_deref(), status));
    }
    for ((file, id), parts) in &entries {
        let line = parts
            .iter()
            .filter(|(_, s)| matches!(s.state, EntryState::Unrecorded))
            .map(|(_, s)| s.position.line)
            .min();
        if let Some(line) = line {
            report.unrecorded_entries.push(EntryItem {
                file: (*file).into(),
                id: (*id).into(),
                line: Some(line),
                words: None,
            });
        }
    }
    let unrecorded = report.unrecorded_entries.len();
    if unrecorded > 0 {
        let d = Diagnostic::about(Code::Unrecorded, None).message(format!(
            "{} translated since the last `fluentpress accept {locale}`: the lock has no \
                 record of {}, so a later change of the source cannot be reported; accept {} \
                 once reviewed",
            counted(unrecorded, "entry was", "entries were"),
            if unrecorded == 1 { "it" } else { "them" },
            if unrecorded == 1 { "it" } else { "them" },
        ));
        out.push(d.note(unrecorded_note(&report.unrecorded_entries)));
    }
    for ((file, id), parts) in entries {
        let outdated: Vec<_> = parts
            .iter()
            .filter_map(|(attribute, status)| match &status.state {
                EntryState::Outdated(change) => Some((*attribute, *status, change)),
                _ => None,
            })
            .collect();
        let updated: Vec<_> = parts
            .iter()
            .filter_map(|(attribute, status)| match &status.state {
                EntryState::Updated { change } => Some((*attribute, *status, change.as_ref())),
                _ => None,
            })
            .collect();
        if !outdated.is_empty() {
            let changes: Vec<_> = outdated.iter().map(|(a, _, c)| (*a, *c)).collect();
            let changed = changed_locales(&changes, options);
            let mut d = Diagnostic::at_position(Code::Outdated, file, outdated[0].1.position)
                .id(id)
                .message(format!(
                    "the {changed} of `{}` changed since this translation was accepted: revise it, \
                     then run `fluentpress accept {locale} {id}`",
                    part_names(id, &changes),
                ));
            d.notes = diff_notes(&changes, options);
            out.push(d);
            for (attribute, status, change) in outdated {
                report
                    .outdated_entries
                    .push(changed_item(file, id, attribute, status, change));
            }
        }
        if !updated.is_empty() {
            let changes: Vec<_> = updated
                .iter()
                .filter_map(|(a, _, c)| Some((*a, (*c)?)))
                .collect();
            let also = if changes.is_empty() {
                String::new()
            } else {
                format!(", and so did its {}", changed_locales(&changes, options))
            };
            let names: Vec<_> = updated.iter().map(|(a, _, _)| (*a, ())).collect();
            let mut d = Diagnostic::at_position(Code::Updated, file, updated[0].1.position)
                .id(id)
                .message(format!(
                    "the translation of `{}` changed since it was accepted{also}: review it, then \
                     run `fluentpress accept {locale} {id}`",
                    part_names(id, &names),
                ));
            d.notes = diff_notes(&changes, options);
            out.push(d);
            for (attribute, status, change) in updated {
                let item = match change {
                    Some(change) => changed_item(file, id, attribute, status, change),
                    None => {
                        // Nothing changed but the translation: the recorded texts are current.
                        let record = lock.get(&locale, file, &status.id);
                        let source = record.map(|r| r.source.clone()).unwrap_or_default();
                        let pivot = record.and_then(|r| r.pivot.clone());
                        ChangedItem {
                            file: file.to_owned(),
                            id: id.to_owned(),
                            attribute: attribute.map(str::to_owned),
                            line: status.position.line,
                            old_source: source.clone(),
                            new_source: source,
                            old_pivot: pivot.clone(),
                            new_pivot: pivot,
                        }
                    }
                };
                report.updated_entries.push(item);
            }
        }
    }
}

/// `unrecorded: `intro`, `title` and 2 more (…)`: the first few unrecorded entries, and how
/// to see them all.
fn unrecorded_note(items: &[EntryItem]) -> String {
    const SHOWN: usize = 3;
    let shown: Vec<String> = items
        .iter()
        .take(SHOWN)
        .map(|e| format!("`{}`", e.id))
        .collect();
    let rest = match items.len().saturating_sub(SHOWN) {
        0 => String::new(),
        more => format!(" and {more} more (`--list` shows them all, with their lines)"),
    };
    format!("unrecorded: {}{rest}", shown.join(", "))
}

fn changed_item(
    file: &str,
    id: &str,
    attribute: Option<&str>,
    status: &EntryStatus,
    change: &Change,
) -> ChangedItem {
    ChangedItem {
        file: file.to_owned(),
        id: id.to_owned(),
        attribute: attribute.map(str::to_owned),
        line: status.position.line,
        old_source: change.old_source.clone(),
        new_source: change.new_source.clone(),
        old_pivot: change.old_pivot.clone(),
        new_pivot: change.new_pivot.clone(),
    }
}

/// `zh-CN text`, `en text` or `zh-CN and en texts`: what changed in `changes`.
fn changed_locales(changes: &[(Option<&str>, &Change)], options: &CheckOptions) -> String {
    let source = changes.iter().any(|(_, c)| c.source_changed());
    let pivot = changes.iter().any(|(_, c)| c.pivot_changed());
    let pivot_name = options.pivot.as_deref().unwrap_or("pivot");
    match (source, pivot) {
        (true, true) => format!("{} and {pivot_name} texts", options.reference),
        (false, true) => format!("{pivot_name} text"),
        _ => format!("{} text", options.reference),
    }
}

/// `intro`, `title.aria-label`, or `title` and `title.aria-label`.
fn part_names<T>(id: &str, parts: &[(Option<&str>, T)]) -> String {
    let names: Vec<String> = parts
        .iter()
        .map(|(attribute, _)| match attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.to_owned(),
        })
        .collect();
    match names.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{}` and `{last}", init.join("`, `")),
        [] => id.to_owned(),
    }
}

/// One line per changed text: `zh-CN: 本次[-面授-]{+线上+}培训…`, with `.attribute` after the
/// locale for an attribute.
fn diff_notes(changes: &[(Option<&str>, &Change)], options: &CheckOptions) -> Vec<String> {
    let mut notes = Vec::new();
    for (attribute, change) in changes {
        let part = attribute.map(|a| format!(" .{a}")).unwrap_or_default();
        if change.source_changed() {
            let diff = crate::lock::render_compact(&change.source_diff(), DIFF_CONTEXT);
            notes.push(format!("{}{part}: {diff}", options.reference));
        }
        if let Some(segments) = change.pivot_diff() {
            let pivot = options.pivot.as_deref().unwrap_or("pivot");
            let diff = crate::lock::render_compact(&segments, DIFF_CONTEXT);
            notes.push(format!("{pivot}{part}: {diff}"));
        }
    }
    notes
}
