//! The variables the renderer passes to a project's messages, beyond those the reference's text
//! uses, so that `unknown-variable` does not flag a translation that uses one of them.
//!
//! The renderer (the `render` module) passes every variable an article declares to every
//! message of the article's resource file, and some variables to particular messages: `date`
//! to `published-on`, `source` to the message of a source-line block, `translator` to that of a
//! translator-credit block, `count`, `language` and `shown` to the notices. The names of those
//! messages and variables come from [`crate::site`], which the renderer reads too. This module
//! only collects names; it reads no files.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Project;
use crate::content::Article;
use crate::site;

/// Variables passed to messages whatever their reference text uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ProvidedVariables {
    /// Per file (relative to a locale folder): variables passed to every message of the file.
    pub(crate) by_file: BTreeMap<String, BTreeSet<String>>,
    /// Per message id: variables passed to that message, in whichever file it is.
    pub(crate) by_message: BTreeMap<String, BTreeSet<String>>,
}

impl ProvidedVariables {
    /// What the renderer passes in `project` with `articles`. An article's variables count for
    /// its resource file when every article using that file declares them; a shared file
    /// (`shared` in the configuration) is in every article's pages, so it gets none.
    pub(crate) fn new(project: &Project, articles: &[Article]) -> Self {
        let mut by_file: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut by_message: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for message in site::MESSAGES.iter().filter(|m| !m.variables.is_empty()) {
            by_message
                .entry(message.id.to_owned())
                .or_default()
                .extend(message.variables.iter().map(|n| (*n).to_owned()));
        }
        for article in articles {
            for block in &article.blocks {
                let Some(name) = site::block_variable(block.kind) else {
                    continue;
                };
                by_message
                    .entry(block.message.clone())
                    .or_default()
                    .insert(name.to_owned());
            }
            if project.config.shared.contains(&article.resource) {
                continue;
            }
            let names: BTreeSet<String> = article.variables.keys().cloned().collect();
            by_file
                .entry(article.resource.clone())
                .and_modify(|common| common.retain(|n| names.contains(n)))
                .or_insert(names);
        }
        ProvidedVariables {
            by_file,
            by_message,
        }
    }

    /// Whether `variable` is passed to message `id` of `file`.
    pub(crate) fn contains(&self, file: &str, id: &str, variable: &str) -> bool {
        self.by_file.get(file).is_some_and(|v| v.contains(variable))
            || self
                .by_message
                .get(id)
                .is_some_and(|v| v.contains(variable))
    }
}

/// The variables that the comment right above an entry names (`$name`), as Mozilla's
/// `# Variables:` blocks document what the code passes: `$count (Number) - the number of
/// accounts`. `source` is the file's text and `offset` the entry's. (The runtime parser keeps
/// no comments, so the lines are read from the text.)
pub(crate) fn documented(source: &str, offset: usize) -> Vec<&str> {
    let line_start = source[..offset.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let mut names = Vec::new();
    for line in source[..line_start].lines().rev() {
        // The entry's own comment: `#` lines directly above it (not `##` group comments).
        let Some(text) = line.strip_prefix('#') else {
            break;
        };
        if text.starts_with('#') {
            break;
        }
        let mut rest = text;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                names.push(&rest[..end]);
            }
            rest = &rest[end..];
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn article(resource: &str, variables: &str) -> Article {
        let text = format!(
            "slug = \"a\"\nresource = \"{resource}\"\npublished = 2023-07-28\nsource = \"org\"\n\
             [variables]\n{variables}\n\
             [[blocks]]\nkind = \"source-line\"\nmessage = \"from\"\n"
        );
        Article::from_str(Path::new("a.toml"), &text).unwrap()
    }

    fn project() -> Project {
        let config = "source = \"zh-CN\"\npivot = \"en\"\n[locales.zh-CN]\nname = \"中文\"\n\
                      status = \"reviewed\"\n[locales.en]\nname = \"English\"\nstatus = \"reviewed\"\n";
        Project::from_str(Path::new("."), config).unwrap()
    }

    #[test]
    fn article_variables_count_for_its_resource_only_when_every_article_declares_them() {
        let a = article("a.ftl", "n = { number = 1 }\nm = { number = 2 }");
        let b = article("a.ftl", "n = { number = 3 }");
        let c = article("site.ftl", "k = { number = 4 }");
        let provided = ProvidedVariables::new(&project(), &[a, b, c]);
        assert!(provided.contains("a.ftl", "intro", "n"));
        assert!(!provided.contains("a.ftl", "intro", "m"));
        // The shared file is in every article's pages: no article variables.
        assert!(!provided.contains("site.ftl", "intro", "k"));
        // Block and site messages get theirs in any file.
        assert!(provided.contains("site.ftl", "from", "source"));
        assert!(provided.contains("a.ftl", "published-on", "date"));
        assert!(!provided.contains("a.ftl", "intro", "date"));
    }

    #[test]
    fn variables_named_in_the_entrys_comment_are_documented() {
        let ftl = "## $group\n# Variables:\n#   $count (Number) - cards, $deck-name: the deck; costs $5\n\
                   a = { $count }\n# $other\n\nb = B\n";
        let mut found = documented(ftl, ftl.find("a =").unwrap());
        found.sort_unstable();
        assert_eq!(found, ["count", "deck-name"]);
        // A comment separated by a blank line is not the entry's.
        assert!(documented(ftl, ftl.find("b =").unwrap()).is_empty());
    }
}
