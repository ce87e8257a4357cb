//! FTL + article → pages in HTML, Markdown and text (built in memory, as `render` writes them).
//!
//! Input: an article's TOML, then the `zh-CN`, `en` and `ar` files of the scratch project,
//! separated by NUL bytes (see `fluentpress_fuzz`). An empty article part stands for an
//! article that shows every message of the source file, so that any FTL renders. Besides
//! "never panics, never hangs, bounded memory", every tag in an HTML page must be one the
//! default theme writes: translated text is always escaped.
#![no_main]

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use fluentpress::catalog::Catalog;
use fluentpress::content::Article;
use fluentpress::ftl::EntryKey;
use fluentpress::render::{self, Format, Outdated};
use fluentpress_fuzz::{FILE, LOCALES, Scratch, split};
use libfuzzer_sys::fuzz_target;

/// The elements the default theme writes: those its templates spell out, those they name for
/// a text (`text(block, "h1")`), and the `span` that marks a passage's language.
fn theme_tags() -> &'static BTreeSet<String> {
    static TAGS: OnceLock<BTreeSet<String>> = OnceLock::new();
    TAGS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/theme/default");
        let mut tags = BTreeSet::from(["span".to_owned()]);
        for entry in std::fs::read_dir(&dir).expect("the default theme's folder") {
            let text = std::fs::read_to_string(entry.expect("a theme file").path())
                .expect("a theme file reads");
            for (at, c) in text.char_indices() {
                if c == '<' || c == '"' {
                    tags.insert(tag_name(&text[at + 1..]));
                }
            }
        }
        tags
    })
}

/// The element name at the start of `text` (after a `/` of a closing tag).
fn tag_name(text: &str) -> String {
    text.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let parts = split(data, 1 + LOCALES.len());
    let scratch = Scratch::get();
    scratch.write_locales(&parts[1..]);
    let project = scratch.project();
    let catalog = Catalog::load(&project.locales_dir(), &[]).expect("the locales folder exists");
    let path = scratch.root().join("content").join("fuzz.toml");
    let article = match std::str::from_utf8(parts[0]) {
        Ok(text) if !text.trim().is_empty() => Article::from_str(&path, text),
        Ok(_) => Article::from_str(&path, &showing_every_message(&catalog)),
        Err(_) => return,
    };
    let Ok(article) = article else {
        return;
    };
    // Every entry of the page locale counts as outdated, so the notices are built too.
    let outdated: Outdated = catalog
        .locale(LOCALES[2])
        .and_then(|tree| tree.file(FILE))
        .map(|file| {
            file.entries()
                .map(|e| (LOCALES[2].to_owned(), EntryKey::new(FILE, e.key)))
                .collect()
        })
        .unwrap_or_default();
    let formats = [Format::Html, Format::Markdown, Format::Text];
    let Ok(built) = render::build_pages(project, &catalog, &[article], &outdated, &[], &formats)
    else {
        return;
    };
    for (path, body) in &built.files {
        if path.extension().is_some_and(|e| e == "html") {
            for (at, _) in body.match_indices('<') {
                let name = tag_name(&body[at + 1..]);
                assert!(
                    theme_tags().contains(&name),
                    "{}: `<{name}` at byte {at} is not the writer's:\n{body}",
                    path.display()
                );
            }
        }
    }
});

/// An article whose blocks show every message of the source locale's file, one of each kind
/// first, with one variable of each type.
fn showing_every_message(catalog: &Catalog) -> String {
    let ids: Vec<String> = catalog
        .locale(LOCALES[0])
        .and_then(|tree| tree.file(FILE))
        .map(|file| {
            file.entries()
                .filter(|e| !e.key.starts_with('-'))
                .map(|e| e.key.to_owned())
                .collect()
        })
        .unwrap_or_default();
    let first = ids.first().map_or("title", String::as_str);
    let mut toml = format!(
        "slug = \"fuzz\"\nresource = \"{FILE}\"\npublished = 2024-02-29\nsource = \"{first}\"\n\
         breadcrumb = [\"{first}\"]\n\n[variables]\ncount = {{ number = 3 }}\n\
         share = {{ number = 0.5 }}\nday = {{ date = 2023-07-28 }}\n\
         dates = {{ from = 2023-07-10, to = 2023-08-14 }}\n\
         countries = {{ regions = [\"PH\", \"KH\", \"EG\"] }}\n"
    );
    let kinds = ["title", "source-line", "translator-credit", "photo-credit"];
    for (i, id) in ids.iter().enumerate() {
        let kind = kinds.get(i).copied().unwrap_or("paragraph");
        toml.push_str(&format!(
            "\n[[blocks]]\nkind = \"{kind}\"\nmessage = \"{id}\"\n"
        ));
    }
    if ids.is_empty() {
        toml.push_str("\n[[blocks]]\nkind = \"title\"\nmessage = \"title\"\n");
    }
    toml
}
