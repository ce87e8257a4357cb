//! Source and pivot FTL text → the skeleton files `add-locale` plans for a new locale.
//!
//! Input: a mode byte (which new locale: Polish, Vietnamese, Welsh or Filipino, four sets of
//! plural categories), then the `zh-CN` (source) and `en` (pivot) files of the scratch
//! project, separated by a NUL byte. Besides "never panics, never hangs", planning keeps every
//! source id: each message and term the source file defines (as Fluent's parser reads it) has
//! one skeleton, in order (terms first), and deleting `# ` in front of the skeleton's lines,
//! as the file's header tells a translator to do, gives an entry of that id and nothing else.
#![no_main]

use fluent_syntax::ast;
use fluentpress::scaffold::{self, Options};
use fluentpress_fuzz::{FILE, Scratch, split};
use libfuzzer_sys::fuzz_target;

const TAGS: [&str; 4] = ["pl", "vi", "cy", "fil"];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let scratch = Scratch::get();
    let parts = split(rest, 2);
    // The source and the pivot; `ar` has no file.
    scratch.write_locales(&parts);
    let Ok(source) = std::str::from_utf8(parts[0]) else {
        return;
    };
    let plan = scaffold::plan(
        scratch.root(),
        TAGS[usize::from(mode) % TAGS.len()],
        &Options::default(),
    )
    .expect("planning a new locale of a valid project succeeds");
    if plan.warnings.iter().any(|w| w.position.is_none()) {
        // The catalog refused the source file (too large, too deeply nested): no skeleton.
        assert!(plan.files.is_empty(), "{:?}", plan.warnings);
        return;
    }
    let ids = source_ids(source);
    assert_eq!(plan.files.len(), 1, "one source file, one skeleton");
    let file = &plan.files[0];
    assert_eq!(file.rel_path, FILE);
    assert_eq!(file.entries, ids.len(), "{ids:?}\n{}", file.contents);
    let lines: Vec<&str> = file.contents.lines().collect();
    let mut at = 0;
    for id in &ids {
        // The skeleton's first line; the source and pivot lines above it start `# zh-CN:`,
        // `# en:` or, continued, with indentation.
        let start = (at..lines.len())
            .find(|&i| {
                lines[i]
                    .strip_prefix("# ")
                    .and_then(|l| l.strip_prefix(id.as_str()))
                    .is_some_and(|l| l.starts_with(" ="))
            })
            .unwrap_or_else(|| {
                panic!("no skeleton for `{id}` after line {at}:\n{}", file.contents)
            });
        let end = (start..lines.len())
            .find(|&i| lines[i].is_empty())
            .unwrap_or(lines.len());
        let uncommented: String = lines[start..end]
            .iter()
            .map(|l| {
                let l = l
                    .strip_prefix('#')
                    .expect("a skeleton line is commented out");
                format!("{}\n", l.strip_prefix(' ').unwrap_or(l))
            })
            .collect();
        let resource = match fluent_syntax::parser::parse(uncommented.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => {
                panic!("`{id}` uncommented does not parse: {errors:?}\n{uncommented}")
            }
        };
        let found: Vec<String> = resource.body.iter().filter_map(entry_id).collect();
        assert_eq!(found, [id.clone()], "`{id}` uncommented:\n{uncommented}");
        at = end;
    }
});

/// The ids of the messages and terms of `source` (terms with their `-`), terms first, each in
/// the file's order, as the skeleton lists them.
fn source_ids(source: &str) -> Vec<String> {
    // The catalog reads a file without its byte order mark.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    let ids: Vec<String> = resource.body.iter().filter_map(entry_id).collect();
    let (terms, messages): (Vec<String>, Vec<String>) =
        ids.into_iter().partition(|id| id.starts_with('-'));
    terms.into_iter().chain(messages).collect()
}

fn entry_id(entry: &ast::Entry<&str>) -> Option<String> {
    match entry {
        ast::Entry::Message(m) => Some(m.id.name.to_owned()),
        ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
        _ => None,
    }
}
