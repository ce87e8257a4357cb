//! Ids defined more than once in one locale: an error where the definitions meet in one
//! Fluent bundle (only the first is used there), a note where they do not.
//!
//! Two definitions meet when they are in the same file, or in two files known to be loaded
//! into one bundle ([`Bundles`]: in a project, the shared files and each article's own file).
//! In a tree without that knowledge (Mozilla's trees load each file into bundles of its own
//! choosing, and repeat ids across files on purpose), only the same file is known to meet; ids
//! repeated across files are summed up in one `repeated-id` note per locale.

use std::collections::{BTreeMap, BTreeSet};

use super::{Code, Diagnostic, Findings, Index};
use crate::catalog::{EntryRef, FtlFile};
use crate::config::Project;
use crate::content::Article;
use crate::ftl::FileEntries;

/// How many repeated ids the note names.
const SHOWN: usize = 3;

/// The groups of files loaded together into one bundle.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bundles {
    /// Each group: paths relative to a locale folder.
    groups: Vec<BTreeSet<String>>,
}

impl Bundles {
    /// The bundles a project's pages are built from: the shared files alone (the index page),
    /// and the shared files with each article's own file.
    pub(crate) fn for_project(project: &Project, articles: &[Article]) -> Self {
        let shared: BTreeSet<String> = project.config.shared.iter().cloned().collect();
        let mut groups = vec![shared];
        for article in articles {
            let mut files = groups[0].clone();
            files.insert(article.resource.clone());
            groups.push(files);
        }
        groups.sort();
        groups.dedup();
        Bundles { groups }
    }

    /// Bundles made of the given groups of files.
    #[cfg(test)]
    pub(crate) fn from_groups(groups: impl IntoIterator<Item = BTreeSet<String>>) -> Self {
        Bundles {
            groups: groups.into_iter().collect(),
        }
    }

    /// Whether files `a` and `b` are loaded into one bundle (a file always is with itself).
    pub(crate) fn share(&self, a: &str, b: &str) -> bool {
        a == b || self.groups.iter().any(|g| g.contains(a) && g.contains(b))
    }
}

/// Pushes the diagnostics about the ids `index` defines more than once: a `duplicate-id`
/// error for each definition that meets an earlier one in a bundle (`bundles`; `None` when
/// only files themselves are known to be bundles), and one `repeated-id` note for the ids
/// defined in several files that never meet.
pub(crate) fn check(index: &Index<'_>, bundles: Option<&Bundles>, out: &mut Findings) {
    let meet = |a: &str, b: &str| match bundles {
        Some(bundles) => bundles.share(a, b),
        None => a == b,
    };
    // Every definition of each repeated key, in file order (files sorted by path).
    type Definitions<'a> = Vec<(&'a FtlFile, EntryRef<'a>)>;
    let mut repeated: BTreeMap<&str, Definitions<'_>> = BTreeMap::new();
    for (file, entry, first_file, first) in &index.dups {
        repeated
            .entry(entry.key)
            .or_insert_with(|| vec![(*first_file, *first)])
            .push((*file, *entry));
    }
    let mut apart: Vec<(&str, Vec<&str>)> = Vec::new();
    for (key, definitions) in &repeated {
        let mut files_apart: Vec<&str> = Vec::new();
        for (i, (file, entry)) in definitions.iter().enumerate() {
            let earlier = definitions[..i]
                .iter()
                .find(|(f, _)| meet(&f.rel_path, &file.rel_path));
            match earlier {
                Some((first_file, first)) => out.push(duplicate(file, entry, first_file, first)),
                None => files_apart.push(&file.rel_path),
            }
        }
        // A provenance note or a country name belongs to one article's file: the same term
        // in several articles is expected, not worth a note.
        if files_apart.len() > 1 && !crate::site::is_optional_term(key) {
            apart.push((key, files_apart));
        }
    }
    note(&apart, out);
}

/// Pushes the `duplicate-id` errors of one file on its own, for a locale whose files meet
/// only themselves in a bundle: each later definition (`later`) of an id the file defines
/// before (in `first`), pointing at that first one.
pub(crate) fn within(file: &FtlFile, first: &FileEntries<'_>, out: &mut Findings) {
    for entry in &first.later {
        if let Some(earlier) = first.first.get(entry.key) {
            out.push(duplicate(file, entry, file, earlier));
        }
    }
}

/// Pushes the one `repeated-id` note for the ids defined in several files that never meet
/// (sorted by id, each with its files in path order), if there are any.
pub(crate) fn note(apart: &[(&str, Vec<&str>)], out: &mut Findings) {
    if apart.is_empty() {
        return;
    }
    let shown: Vec<String> = apart
        .iter()
        .take(SHOWN)
        .map(|(key, files)| format!("`{key}` ({})", files.join(", ")))
        .collect();
    let more = match apart.len().saturating_sub(SHOWN) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let count = apart.len();
    out.push(
        Diagnostic::about(Code::RepeatedId, None)
            .message(format!(
                "{count} {} defined in more than one file; that is right when the files are \
                 loaded into different bundles (in one bundle only the first definition is used)",
                if count == 1 { "id is" } else { "ids are" }
            ))
            .note(format!("repeated: {}{more}", shown.join(", "))),
    );
}

/// The `duplicate-id` error for `entry`, defined before as `first`.
fn duplicate(
    file: &FtlFile,
    entry: &EntryRef<'_>,
    first_file: &FtlFile,
    first: &EntryRef<'_>,
) -> Diagnostic {
    let at = first_file.position(first.offset);
    let (place, label) = if first_file.rel_path == file.rel_path {
        (format!("line {}", at.line), "defined again here")
    } else {
        (
            format!("{}:{}", first_file.rel_path, at.line),
            "defined again in the same bundle",
        )
    };
    Diagnostic::at(Code::DuplicateId, file, file.span_of(entry.name))
        .id(entry.key)
        .message(format!("`{}` is already defined at {place}", entry.key))
        .label(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_share_a_bundle_only_within_a_group() {
        let bundles = Bundles::from_groups([
            ["site.ftl", "a.ftl"].map(String::from).into(),
            ["site.ftl", "b.ftl"].map(String::from).into(),
        ]);
        assert!(bundles.share("site.ftl", "a.ftl"));
        assert!(bundles.share("b.ftl", "site.ftl"));
        assert!(bundles.share("c.ftl", "c.ftl"));
        assert!(!bundles.share("a.ftl", "b.ftl"));
        assert!(!bundles.share("a.ftl", "c.ftl"));
    }
}
