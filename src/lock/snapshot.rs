//! The translated entry parts of a locale as they are now, with the source and pivot texts
//! they are compared with: what [`Lock::status`](super::Lock::status) and
//! [`Lock::accept`](super::Lock::accept) look at.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{Unit, text};
use crate::catalog::{Catalog, LocaleTree, Position};
use crate::config::Project;
use crate::ftl::{LocaleIndex, PartId};
use crate::locale::Locale;

/// The translated entry parts of a locale, with the texts they are compared on.
pub(super) struct Snapshot {
    pub(super) units: Vec<Unit>,
    /// Files (relative paths) with syntax errors in the source or the locale.
    pub(super) broken_files: BTreeSet<String>,
    /// The locale's files (relative paths), readable or not.
    pub(super) locale_files: BTreeSet<String>,
}

/// A part's normalised text and its position in its file.
pub(super) type Parts = BTreeMap<(String, PartId), (String, Position)>;

/// The source and pivot parts that translations are compared with: read once per call, however
/// many locales it looks at.
pub(super) struct Originals {
    pub(super) source: Parts,
    /// Empty when no locale other than the pivot is looked at.
    pivot: Parts,
    /// The pivot's files whose entries can all be read (no syntax error): an entry missing
    /// from one of them is absent, from any other file unknown.
    pivot_whole_files: BTreeSet<String>,
}

impl Originals {
    pub(super) fn new(project: &Project, catalog: &Catalog, with_pivot: bool) -> Self {
        let read = |locale: &Locale| {
            catalog
                .locale(locale.as_str())
                .map(parts)
                .unwrap_or_default()
        };
        let pivot_tree = catalog
            .locale(project.pivot.as_str())
            .filter(|_| with_pivot);
        Originals {
            source: read(&project.source),
            pivot: pivot_tree.map(parts).unwrap_or_default(),
            pivot_whole_files: pivot_tree
                .map(|tree| {
                    tree.files
                        .iter()
                        .filter(|f| f.parse_errors.is_empty())
                        .map(|f| f.rel_path.clone())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

pub(super) fn snapshot(
    originals: &Originals,
    project: &Project,
    catalog: &Catalog,
    locale: &Locale,
) -> Snapshot {
    let mut snapshot = Snapshot {
        units: Vec::new(),
        broken_files: BTreeSet::new(),
        locale_files: BTreeSet::new(),
    };
    let (Some(source_tree), Some(tree)) = (
        catalog.locale(project.source.as_str()),
        catalog.locale(locale.as_str()),
    ) else {
        return snapshot;
    };
    if locale == &project.source {
        return snapshot;
    }
    let source = &originals.source;
    let no_pivot = Parts::new();
    let has_pivot = locale != &project.pivot;
    let pivot = if has_pivot {
        &originals.pivot
    } else {
        &no_pivot
    };
    snapshot.locale_files = tree
        .files
        .iter()
        .map(|f| f.rel_path.clone())
        .chain(tree.unreadable.iter().map(|u| u.rel_path.clone()))
        .collect();
    for t in [source_tree, tree] {
        snapshot.broken_files.extend(
            t.files
                .iter()
                .filter(|f| !f.parse_errors.is_empty())
                .map(|f| f.rel_path.clone()),
        );
        snapshot
            .broken_files
            .extend(t.unreadable.iter().map(|u| u.rel_path.clone()));
    }
    for (key, (translation, position)) in parts(tree) {
        let Some((source_text, _)) = source.get(&key) else {
            continue;
        };
        let pivot_text = pivot.get(&key).map(|(text, _)| text.clone());
        let pivot_known =
            !has_pivot || pivot_text.is_some() || originals.pivot_whole_files.contains(&key.0);
        let (file, id) = key;
        snapshot.units.push(Unit {
            file,
            id,
            position,
            source: source_text.clone(),
            pivot: pivot_text,
            pivot_known,
            translation,
        });
    }
    snapshot
}

/// Every value and attribute of every entry of a locale. In a file that defines an id twice,
/// the first definition's parts win, as in fluent-bundle; a part only a later definition has
/// (an attribute) is recorded from it.
fn parts(tree: &LocaleTree) -> Parts {
    let index = LocaleIndex::new(tree);
    let mut out = Parts::new();
    for (rel_path, (file, _)) in &index.files {
        for entry in index.definitions(rel_path) {
            let (value, attributes) = crate::catalog::entry_parts(entry.entry);
            let mut add = |id: PartId, pattern: &ast::Pattern<&str>, offset: usize| {
                out.entry((file.rel_path.clone(), id))
                    .or_insert_with(|| (text::pattern_text(pattern), file.position(offset)));
            };
            if let Some(value) = value {
                add(PartId::value(entry.key), value, entry.offset);
            }
            for attribute in attributes {
                add(
                    PartId::attribute(entry.key, attribute.id.name),
                    &attribute.value,
                    file.offset_of(attribute.id.name),
                );
            }
        }
    }
    out
}
