//! Parsing kept whole: BOMs, Junk, positions, and the nesting limit.

use super::*;

fn parse(text: &str) -> FtlFile {
    FtlFile::parse("a.ftl".into(), "a.ftl".into(), text.into())
}

#[test]
fn entries_have_keys_and_positions() {
    let file = parse("# c\nhello = Hi\n-brand = Fx\n  .gender = f\n");
    let keys: Vec<_> = file
        .entries()
        .map(|e| (e.key, file.position(e.offset)))
        .collect();
    assert_eq!(keys[0], ("hello", Position { line: 2, column: 1 }));
    assert_eq!(keys[1], ("-brand", Position { line: 3, column: 2 }));
}

#[test]
fn junk_keeps_the_rest_of_the_file() {
    let file = parse("a = A\nb = Hi }\nc = C\n");
    assert_eq!(file.parse_errors.len(), 1);
    let keys: Vec<_> = file.entries().map(|e| e.key).collect();
    assert_eq!(keys, ["a", "c"]);
    assert_eq!(file.position(file.junk().next().unwrap().0).line, 2);
}

#[test]
fn nesting_is_limited_but_quoted_braces_do_not_count() {
    let deep = format!("a = {}x{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
    assert_eq!(nesting_beyond_limit(&deep), Some(1));
    let quoted = "a = { \"{\" } and { \"\\\"{\" }\n".repeat(200);
    assert_eq!(nesting_beyond_limit(&quoted), None);
    let selector = "a = { $n ->\n    [one] { $n }\n   *[other] { $n }\n}\n";
    assert_eq!(nesting_beyond_limit(selector), None);
    let calls = format!("a = {{ {}1{} }}\n", "F(".repeat(100), ")".repeat(100));
    assert_eq!(nesting_beyond_limit(&calls), Some(1));
    let comments = "# write { $n } for the number, e.g. { like this\n".repeat(100) + "a = A\n";
    assert_eq!(nesting_beyond_limit(&comments), None);
    let broken = "a = { oops\n".repeat(100);
    assert_eq!(nesting_beyond_limit(&broken), None);
}

#[test]
fn deep_files_and_linked_folders_do_not_break_loading() {
    let dir = tempfile::tempdir().unwrap();
    let fr = dir.path().join("fr");
    fs::create_dir_all(&fr).unwrap();
    fs::write(fr.join("ok.ftl"), "a = A\n").unwrap();
    let deep = format!(
        "deep = {}\"x\"{}\n",
        "{ ".repeat(20_000),
        " }".repeat(20_000)
    );
    fs::write(fr.join("deep.ftl"), deep).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&fr, fr.join("loop")).unwrap();
    let catalog = Catalog::load(dir.path(), &[]).unwrap();
    let tree = catalog.locale("fr").unwrap();
    let files: Vec<&str> = tree.files.iter().map(|f| f.rel_path.as_str()).collect();
    assert_eq!(files, ["ok.ftl"]);
    assert_eq!(tree.unreadable.len(), 1);
    assert!(
        tree.unreadable[0]
            .reason
            .contains("nested more than 64 deep at line 1"),
        "{:?}",
        tree.unreadable
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let file = parse("\u{feff}a = A\r\nb = B\r\n");
    assert!(file.had_bom);
    assert!(file.parse_errors.is_empty());
    assert_eq!(file.entries().count(), 2);
    assert_eq!(file.position(file.entries().nth(1).unwrap().offset).line, 2);
}

#[test]
fn counted_lines_agree_with_positions() {
    let file = parse("a = A\n\nb =\n    B\r\n-c = C\nd = D");
    let offsets: Vec<usize> = (0..=file.source().len() + 2).collect();
    let counted: Vec<usize> = offsets
        .iter()
        .map(|&o| file.lines_between(0, o) + 1)
        .collect();
    let lines: Vec<usize> = offsets.iter().map(|&o| file.position(o).line).collect();
    assert_eq!(counted, lines);
    let mut line = 1;
    for pair in offsets.windows(2) {
        line += file.lines_between(pair[0], pair[1]);
        assert_eq!(line, lines[pair[1]]);
    }
}
