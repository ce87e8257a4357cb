//! Pseudo-locales: the site rendered from the pivot's messages with their text disguised, so
//! an editor sees at a glance which strings are not localisable and which layouts break with
//! longer or right-to-left text.
//!
//! Two styles, each under a private-use tag: `en-XA` (accented: Latin letters replaced by
//! accented look-alikes, vowels doubled so the text is about a third longer, each message
//! wrapped in `⟦…⟧` so truncation shows) and `ar-XB` (bidi: every run of text wrapped in
//! RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING, the page laid out right to left because
//! the tag's language is written right to left).
//!
//! Only the text elements of patterns change: placeables, variable, term and message
//! references, variant keys and HTML markup written inside text (`<b>`, `&amp;`) are kept as
//! they are. The pseudo-locale is built in memory from the pivot's parsed files and rendered
//! through [`crate::render::build_pages`]; nothing is written under `locales/` or into the
//! lock.

use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::catalog::{Catalog, FtlFile, LocaleTree};
use crate::config::{Project, ProjectLocale};
use crate::content::Article;
use crate::error::{Error, Result};
use crate::locale::Locale;
use crate::render::manifest::{FileRecord, Manifest, digest};
use crate::render::{Format, ManifestState, Outdated, Report};

/// How the text is disguised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Accented look-alikes, about 35 % longer, in brackets (`en-XA`).
    Accented,
    /// Right-to-left override around every run of text (`ar-XB`).
    Bidi,
}

impl Style {
    /// The private-use tag the pseudo-locale is rendered under.
    pub fn tag(self) -> &'static str {
        match self {
            Style::Accented => crate::locale::PSEUDO_TAGS[0],
            Style::Bidi => crate::locale::PSEUDO_TAGS[1],
        }
    }

    /// The name shown in the language switcher.
    fn name(self) -> &'static str {
        match self {
            Style::Accented => "Pseudo (accented)",
            Style::Bidi => "Pseudo (bidi)",
        }
    }
}

/// Opening bracket of an accented message.
const OPEN: char = '⟦';
/// Closing bracket of an accented message.
const CLOSE: char = '⟧';
/// RIGHT-TO-LEFT OVERRIDE.
const RLO: char = '\u{202E}';
/// POP DIRECTIONAL FORMATTING.
const PDF: char = '\u{202C}';

/// The accented look-alike of an ASCII letter, or the character itself.
fn accent(c: char) -> char {
    const LOWER: &str = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýž";
    const UPPER: &str = "ÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    let table = if c.is_ascii_lowercase() {
        LOWER
    } else if c.is_ascii_uppercase() {
        UPPER
    } else {
        return c;
    };
    let index = (c.to_ascii_lowercase() as u8 - b'a') as usize;
    table.chars().nth(index).unwrap_or(c)
}

/// Splits `text` into prose and markup (`<…>` tags and `&…;` entities), calling `prose` on
/// each run of prose and copying markup unchanged.
fn map_prose(text: &str, mut prose: impl FnMut(&str, &mut String)) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while !rest.is_empty() {
        let markup = rest.find(['<', '&']).and_then(|start| {
            let close = if rest[start..].starts_with('<') {
                '>'
            } else {
                ';'
            };
            let end = rest[start..].find(close)? + start + 1;
            // `&` followed by a space is prose, not an entity.
            let inner = &rest[start + 1..end - 1];
            let entity_like = close == '>'
                || (!inner.is_empty()
                    && inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'));
            entity_like.then_some((start, end))
        });
        match markup {
            Some((start, end)) => {
                if start > 0 {
                    prose(&rest[..start], &mut out);
                }
                out.push_str(&rest[start..end]);
                rest = &rest[end..];
            }
            None => {
                prose(rest, &mut out);
                rest = "";
            }
        }
    }
    out
}

/// Disguises one text element of a pattern in `style` (markup inside it kept).
pub(crate) fn transform_text(text: &str, style: Style) -> String {
    match style {
        Style::Accented => map_prose(text, |prose, out| {
            for c in prose.chars() {
                out.push(accent(c));
                if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u') {
                    out.push(accent(c.to_ascii_lowercase()));
                }
            }
        }),
        Style::Bidi => map_prose(text, |prose, out| {
            // Line breaks stay outside the override so FTL indentation is untouched.
            for (i, line) in prose.split('\n').enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                if line.trim().is_empty() {
                    out.push_str(line);
                } else {
                    out.push(RLO);
                    out.push_str(line);
                    out.push(PDF);
                }
            }
        }),
    }
}

/// Disguises every text element of `pattern`, recursing into select variants; the accented
/// style brackets the whole pattern.
fn transform_pattern(pattern: &mut ast::Pattern<String>, style: Style, outer: bool) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => *value = transform_text(value, style),
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        transform_pattern(&mut variant.value, style, false);
                    }
                }
            }
        }
    }
    if style == Style::Accented && outer {
        match pattern.elements.first_mut() {
            Some(ast::PatternElement::TextElement { value }) => value.insert(0, OPEN),
            _ => pattern.elements.insert(
                0,
                ast::PatternElement::TextElement {
                    value: OPEN.to_string(),
                },
            ),
        }
        match pattern.elements.last_mut() {
            Some(ast::PatternElement::TextElement { value }) => value.push(CLOSE),
            _ => pattern.elements.push(ast::PatternElement::TextElement {
                value: CLOSE.to_string(),
            }),
        }
    }
}

/// The FTL text of `source` with every message's and term's patterns disguised in `style`.
/// Comments, ids, placeables and variant keys are kept; Junk is dropped.
pub(crate) fn transform_source(source: &str, style: Style) -> String {
    let mut resource = match fluent_syntax::parser::parse(source.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    for entry in &mut resource.body {
        // Terms are not bracketed: they show inside the messages that use them.
        let (value, attributes, bracket) = match entry {
            ast::Entry::Message(m) => (m.value.as_mut(), &mut m.attributes, true),
            ast::Entry::Term(t) => (Some(&mut t.value), &mut t.attributes, false),
            _ => continue,
        };
        if let Some(value) = value {
            transform_pattern(value, style, bracket);
        }
        for attribute in attributes {
            transform_pattern(&mut attribute.value, style, bracket);
        }
        crate::ftl::guard_block_starts(entry);
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Builds the pseudo-locale's pages from the pivot of `catalog` and writes them under
/// `out/<tag>/` (the articles' pages and the locale's list pages; never `index.html` nor the
/// sitemap, which belong to the real locales), with the site's stylesheet they link. Like
/// render, it writes only files whose bytes changed, records them in the output folder's
/// manifest and removes the pages of an earlier run it no longer makes. Refuses a project
/// that configures the pseudo-locale's tag. Returns what was written, skipped and removed.
pub(crate) fn render_pseudo(
    project: &Project,
    catalog: &Catalog,
    articles: &[Article],
    style: Style,
    out: &Path,
) -> Result<Report> {
    let tag = Locale::parse(style.tag())?;
    if project.locale(tag.as_str()).is_some() {
        return Err(Error::invalid(
            project.root.join(crate::config::CONFIG_FILE),
            format!(
                "[locales.{tag}] is configured, and `pseudo` renders its pseudo-locale under that tag: it would write over that locale's pages; give the locale another tag"
            ),
        ));
    }
    crate::render::check_output(project, out)?;
    crate::render::check_output(project, &out.join(tag.as_str()))?;
    crate::render::check_site_paths(project, out, &[tag.as_str()])?;
    let pivot = project.pivot.as_str();
    let pivot_tree = catalog.locales.iter().find(|t| t.name == pivot);
    let files = pivot_tree
        .map(|tree| {
            tree.files
                .iter()
                .map(|file| {
                    let text = transform_source(file.source(), style);
                    FtlFile::parse(file.rel_path.clone(), file.path.clone(), text)
                })
                .collect()
        })
        .unwrap_or_default();
    // A parsed resource cannot be cloned: the real locales are parsed again from their text.
    let mut catalog = Catalog {
        root: catalog.root.clone(),
        locales: catalog.locales.iter().map(reparse).collect(),
        policy: catalog.policy.clone(),
    };
    catalog.locales.push(LocaleTree {
        name: tag.to_string(),
        dir: pivot_tree.map(|t| t.dir.clone()).unwrap_or_default(),
        exists: true,
        files,
        unreadable: Vec::new(),
    });

    let mut project = project.clone();
    let base = project
        .locale(pivot)
        .cloned()
        .expect("the pivot is configured (checked when the project loads)");
    let mut config = base.config.clone();
    config.name = style.name().to_owned();
    config.fallback = None;
    config.translator = None;
    let mut chain = vec![tag.clone()];
    chain.extend(base.chain.iter().cloned());
    project.locales.push(ProjectLocale {
        locale: tag.clone(),
        config,
        chain,
    });

    let built = crate::render::build_pages(
        &project,
        &catalog,
        articles,
        &Outdated::new(),
        &[tag.to_string()],
        &[Format::Html],
    )?;
    let prefix = PathBuf::from(tag.as_str());
    crate::fsutil::remove_temporaries(&out.join(&prefix))?;
    let mut report = Report {
        written: Vec::new(),
        skipped: 0,
        removed: Vec::new(),
        kept: Vec::new(),
        manifest: crate::render::ManifestState::New,
        events: built.events,
        without_base_url: built.without_base_url,
    };
    // The render manifest records what is written, so that a later render treats these files
    // as its own: it removes them when they are stale (the pseudo-locale's pages in a run of
    // every locale, an old stylesheet when the theme's CSS changed). A manifest that cannot
    // be read is left for render to judge, and nothing is recorded.
    let (manifest, state) = Manifest::load(out);
    let mut manifest = match state {
        ManifestState::New | ManifestState::Missing => Some(Manifest::new()),
        _ => manifest,
    };
    report.manifest = state;
    let mut produced = std::collections::HashSet::new();
    let mut changed = false;
    let mut to_write = Vec::new();
    for (path, body) in built.files {
        // The pages link the site's stylesheet (`assets/style.<hash>.css`) and the icon, which
        // the pages of real locales share: only the stylesheet is needed to show the pages.
        let page = path.starts_with(&prefix);
        if !page && !path.starts_with("assets") {
            continue;
        }
        let key = path.to_string_lossy().replace('\\', "/");
        let target = out.join(&path);
        let output = digest(body.as_bytes());
        let size = body.len() as u64;
        if std::fs::read(&target).is_ok_and(|bytes| bytes == body.as_bytes()) {
            report.skipped += 1;
        } else {
            to_write.push((target, body));
        }
        if let Some(manifest) = &mut manifest
            && manifest.files.get(&key).is_none_or(|r| r.output != output)
        {
            let record = FileRecord {
                inputs: output,
                output,
                size,
                locale: page.then(|| tag.to_string()),
                format: "html".to_owned(),
                events: Vec::new(),
            };
            manifest.files.insert(key.clone(), record);
            changed = true;
        }
        produced.insert(key);
    }
    // Pages of an earlier run that this one no longer makes (a deleted article), removed while
    // they hold what was written, as render removes its stale files.
    let stale: Vec<String> = manifest.as_ref().map_or_else(Vec::new, |m| {
        m.files
            .iter()
            .filter(|(k, r)| r.locale.as_deref() == Some(tag.as_str()) && !produced.contains(*k))
            .map(|(k, _)| k.clone())
            .collect()
    });
    // As render does: while files move, the manifest lists every old and new file and says it
    // is incomplete, so a run killed meanwhile leaves no file render does not know.
    let complete = manifest.as_ref().is_some_and(|m| m.complete);
    if let Some(manifest) = &mut manifest
        && (!to_write.is_empty() || !stale.is_empty())
    {
        manifest.complete = false;
        manifest.save(out)?;
        manifest.complete = complete;
        changed = true;
    }
    for (target, body) in to_write {
        crate::fsutil::replace_atomic(&target, body.as_bytes())?;
        report.written.push(target);
    }
    if let Some(manifest) = &mut manifest {
        for key in stale {
            let Some(record) = manifest.files.remove(&key) else {
                continue;
            };
            let target = out.join(&key);
            match std::fs::read(&target) {
                Ok(bytes) if digest(&bytes) == record.output => {
                    std::fs::remove_file(&target).map_err(|e| Error::write(&target, e))?;
                    report.removed.push(target);
                }
                Ok(_) => report.kept.push(target),
                Err(_) => {}
            }
        }
        if changed {
            manifest.save(out)?;
        }
    }
    report.written.sort();
    Ok(report)
}

/// A copy of `tree`, its files parsed again from their text.
fn reparse(tree: &LocaleTree) -> LocaleTree {
    LocaleTree {
        name: tree.name.clone(),
        dir: tree.dir.clone(),
        exists: tree.exists,
        files: tree
            .files
            .iter()
            .map(|f| FtlFile::parse(f.rel_path.clone(), f.path.clone(), f.source().to_owned()))
            .collect(),
        unreadable: tree.unreadable.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_letters_and_keeps_markup() {
        assert_eq!(
            transform_text("Go <b>home</b> &amp; rest", Style::Accented),
            "Ĝöö <b>ĥööɱéé</b> &amp; ŕééšţ"
        );
        assert_eq!(transform_text("a & b", Style::Accented), "àà & ƀ");
    }

    #[test]
    fn bidi_wraps_prose_only() {
        assert_eq!(
            transform_text("Go <b>home</b>", Style::Bidi),
            "\u{202E}Go \u{202C}<b>\u{202E}home\u{202C}</b>"
        );
    }

    #[test]
    fn keeps_placeables_keys_and_references() {
        let source = "\
-brand = Acme
hello = Hello { $user-name }, see { -brand } and { other.title }
    .title = { $count ->
        [one] One item
       *[other] { $count } items
    }
";
        let out = transform_source(source, Style::Accented);
        for kept in [
            "{ $user-name }",
            "{ -brand }",
            "{ other.title }",
            "[one]",
            "*[other]",
            "{ $count }",
            "$count ->",
            "hello =",
            "-brand =",
            ".title =",
        ] {
            assert!(out.contains(kept), "{kept} missing from:\n{out}");
        }
        assert!(out.contains("-brand = Ààçɱéé\n"), "{out}");
        assert!(out.contains("⟦Ĥééĺĺöö "), "{out}");
        assert!(out.contains("Ööñéé îîţééɱ"), "{out}");
        let (resource, errors) = match fluent_syntax::parser::parse(out.as_str()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        assert!(errors.is_empty(), "{errors:?}\n{out}");
        assert_eq!(resource.body.len(), 2);
        // Disguising twice keeps the structure: same entries, still valid.
        let twice = transform_source(&out, Style::Bidi);
        assert!(
            fluent_syntax::parser::parse(twice.as_str()).is_ok(),
            "{twice}"
        );
    }

    #[test]
    fn lengthens_the_project_english_by_about_a_third() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
        let mut before = 0usize;
        let mut after = 0usize;
        for entry in std::fs::read_dir(&dir).expect("locales/en") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("readable");
            let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
            let pseudo = transform_source(&source, Style::Accented);
            let pseudo =
                fluent_syntax::parser::parse(pseudo.as_str()).expect("the pseudo FTL parses");
            let count = |r: &ast::Resource<&str>| -> usize {
                r.body
                    .iter()
                    .filter_map(|e| match e {
                        ast::Entry::Message(m) => Some(m),
                        _ => None,
                    })
                    .flat_map(|m| m.value.iter().chain(m.attributes.iter().map(|a| &a.value)))
                    .flat_map(|p| p.elements.iter())
                    .map(|e| match e {
                        ast::PatternElement::TextElement { value } => value.chars().count(),
                        ast::PatternElement::Placeable { .. } => 0,
                    })
                    .sum()
            };
            before += count(&resource);
            after += count(&pseudo);
        }
        assert!(
            before > 1000,
            "the project's English is read ({before} chars)"
        );
        let ratio = after as f64 / before as f64;
        assert!((1.25..1.5).contains(&ratio), "ratio {ratio}");
    }
}
