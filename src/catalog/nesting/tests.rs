//! The scan against fluent-syntax's parser: the same Junk and the same depth, on hand-made
//! texts, the project's files, the shared corpora and random token soup.

use super::*;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::path::Path;

/// Nesting as the parsed tree shows it: placeables and argument lists.
fn tree_depth(resource: &FluentResource) -> usize {
    fn pattern(p: &ast::Pattern<&str>) -> usize {
        p.elements
            .iter()
            .map(|e| match e {
                ast::PatternElement::Placeable { expression } => 1 + expr(expression),
                ast::PatternElement::TextElement { .. } => 0,
            })
            .max()
            .unwrap_or(0)
    }
    fn expr(e: &ast::Expression<&str>) -> usize {
        match e {
            ast::Expression::Inline(i) => inline(i),
            ast::Expression::Select { selector, variants } => variants
                .iter()
                .map(|v| pattern(&v.value))
                .chain([inline(selector)])
                .max()
                .unwrap_or(0),
        }
    }
    fn args(a: &ast::CallArguments<&str>) -> usize {
        1 + a.positional.iter().map(inline).max().unwrap_or(0)
    }
    fn inline(i: &ast::InlineExpression<&str>) -> usize {
        match i {
            ast::InlineExpression::Placeable { expression } => 1 + expr(expression),
            ast::InlineExpression::FunctionReference { arguments, .. } => args(arguments),
            ast::InlineExpression::TermReference {
                arguments: Some(a), ..
            } => args(a),
            _ => 0,
        }
    }
    resource
        .entries()
        .flat_map(crate::catalog::entry_patterns)
        .map(pattern)
        .max()
        .unwrap_or(0)
}

/// Compares the scan with the parser on `text`: the same Junk, and the same depth.
fn agrees_with_parser(text: &str) {
    let scan = scan(text, MAX);
    assert_eq!(scan.too_deep, None, "{text:?}");
    let (resource, errors) = match FluentResource::try_new(text.to_owned()) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    let junk: Vec<_> = errors.iter().filter_map(|e| e.slice.clone()).collect();
    assert_eq!(scan.junk, junk, "Junk differs on {text:?}");
    if junk.is_empty() {
        assert_eq!(
            scan.max_depth,
            tree_depth(&resource),
            "depth differs on {text:?}"
        );
    }
}

const MAX: usize = 64;

/// Issue C1, first form: a call nested over many lines whose lines start in the first
/// column with a letter (placeables may hold line breaks).
#[test]
fn calls_over_many_lines_count() {
    let n = 2200;
    let text = format!(
        "deep = {{\n{}1{}\n}}\n",
        "NUMBER(\n".repeat(n),
        ")".repeat(n)
    );
    let scan = scan(&text, MAX);
    assert_eq!(scan.too_deep.map(|at| text[..at].lines().count()), Some(65));
}

/// Issue C1, second form: a `"` and a `)` in variant text are text, not a string or a
/// closing parenthesis.
#[test]
fn quotes_and_parentheses_in_variant_text_do_not_hide_placeables() {
    let n = 2200;
    let quoted = format!(
        "deep = {{ $a ->\n{} *[k] x\n{}}}\n",
        " *[k] \" { $a ->\n".repeat(n),
        " }\n".repeat(n)
    );
    assert!(scan(&quoted, MAX).too_deep.is_some());
    let closing = format!(
        "deep = {{ $a ->\n{} *[k] x\n{}}}\n",
        " *[k] ) { $a ->\n".repeat(n),
        " }\n".repeat(n)
    );
    assert!(scan(&closing, MAX).too_deep.is_some());
}

#[test]
fn the_limit_is_exact() {
    for (depth, deep) in [(MAX, false), (MAX + 1, true)] {
        let text = format!("a = {}x{}\n", "{ ".repeat(depth), " }".repeat(depth));
        assert_eq!(scan(&text, MAX).too_deep.is_some(), deep, "{depth}");
        let calls = format!(
            "a = {{ {}1{} }}\n",
            "F(".repeat(depth - 1),
            ")".repeat(depth - 1)
        );
        assert_eq!(scan(&calls, MAX).too_deep.is_some(), deep, "{depth}");
    }
}

#[test]
fn braces_in_strings_text_and_comments_do_not_count() {
    agrees_with_parser(&"a = { \"{\" } and { \"\\\"{\" }\n".repeat(200));
    agrees_with_parser(&"# { like this ( and { this\n".repeat(200));
    agrees_with_parser(&"a = ( ) ) \" { $n } (\n".repeat(200));
    agrees_with_parser(&"a = { oops\n".repeat(200));
    agrees_with_parser(
        "a = { $n ->\n    [one] { $n }\n   *[other] { NUMBER($n, style: \"percent\") }\n}\n",
    );
}

/// The scan splits the project's own files into entries and Junk as the parser does.
#[test]
fn agrees_with_the_parser_on_the_project_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut seen = 0;
    for locale in std::fs::read_dir(root).unwrap() {
        for file in std::fs::read_dir(locale.unwrap().path()).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            agrees_with_parser(&text);
            seen += 1;
        }
    }
    assert!(seen > 10);
}

/// The same on every FTL file of the shared corpora (Anki's and Thunderbird's trees).
#[test]
#[expect(clippy::print_stderr, reason = "a skipped test says why")]
fn agrees_with_the_parser_on_the_shared_corpora() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if !root.is_dir() {
        eprintln!(
            "note: {} is absent; corpus comparison skipped",
            root.display()
        );
        return;
    }
    fn walk(dir: &Path, seen: &mut usize) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                walk(&path, seen);
            } else if path.extension().is_some_and(|e| e == "ftl")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                agrees_with_parser(&text);
                *seen += 1;
            }
        }
    }
    let mut seen = 0;
    walk(&root, &mut seen);
    assert!(seen > 1000, "{seen} files");
}

/// Random texts made of the grammar's tokens: the scan and the parser agree on every one.
#[test]
fn agrees_with_the_parser_on_random_token_soup() {
    const TOKENS: &[&str] = &[
        "{",
        "}",
        "{ ",
        " }",
        "(",
        ")",
        "\"",
        "\\",
        "\\\"",
        "\\u00e9",
        "\\U01F600",
        "\\x",
        "\n",
        "\r\n",
        " ",
        "    ",
        "->",
        " ->\n",
        "[one]",
        "*[other]",
        "[",
        "]",
        "*",
        "$n",
        "-t",
        "-",
        "NUMBER",
        "F",
        "foo",
        "foo.bar",
        ".attr = ",
        "=",
        "a = ",
        "-term = ",
        "#",
        "## ",
        "# c\n",
        ",",
        ":",
        "1",
        "-2.5",
        "x",
        "é",
        "\n\n",
        "\n  ",
        "\n.a = v",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let (mut with_junk, mut deepest, mut within) = (0, 0, 0);
    for _ in 0..20_000 {
        let len = next(40);
        let mut text = String::from(["a = ", "-t = ", "a =\n  ", "# x\na = {"][next(4)]);
        for _ in 0..len {
            text.push_str(TOKENS[next(TOKENS.len())]);
        }
        agrees_with_parser(&text);
        let scan = scan(&text, MAX);
        // The byte count never passes a text that nests too deep, whatever the limit.
        for limit in [1, 2, 3, 5] {
            if surely_within(&text, limit) {
                assert_eq!(
                    super::scan(&text, limit).too_deep,
                    None,
                    "{limit}: {text:?}"
                );
                within += 1;
            }
        }
        with_junk += usize::from(!scan.junk.is_empty());
        deepest = deepest.max(scan.max_depth);
    }
    // The soup exercises both outcomes and some depth.
    assert!(
        (1_000..19_900).contains(&with_junk),
        "{with_junk} with Junk"
    );
    assert!(deepest >= 4, "deepest {deepest}");
    assert!((10_000..70_000).contains(&within), "{within} surely within");
}
