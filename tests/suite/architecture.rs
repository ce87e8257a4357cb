//! ARCHITECTURE.md stays true: its table of module imports is exactly what the code imports
//! (`crate::` paths outside comments), and the imports have no cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every library module (a top-level file or folder of `src/`, the binary left out) and the
/// other modules its code names with `crate::`.
fn imports_in_code() -> Graph {
    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let src = common::repo().join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut graph = Graph::new();
    for path in files {
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let top = rel
            .split('/')
            .next()
            .unwrap()
            .trim_end_matches(".rs")
            .to_owned();
        if top == "bin" || top == "lib" {
            continue;
        }
        let imports = graph.entry(top.clone()).or_default();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let name: String = line[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                if !name.is_empty() && name != top {
                    imports.insert(name);
                }
            }
        }
    }
    graph
}

/// The table under `## Imports` in ARCHITECTURE.md: ``| `module` | `a`, `b` |``.
fn imports_documented() -> Graph {
    let text = std::fs::read_to_string(common::repo().join("ARCHITECTURE.md")).unwrap();
    let section = text
        .split("## Imports")
        .nth(1)
        .expect("an `## Imports` section");
    let mut graph = Graph::new();
    for line in section.lines().take_while(|l| !l.starts_with("## ")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let [_, module, imports, _] = cells.as_slice() else {
            continue;
        };
        if !module.starts_with('`') {
            continue;
        }
        let names = imports
            .split(',')
            .map(|n| n.trim().trim_matches('`').to_owned())
            .filter(|n| !n.is_empty() && n != "—");
        graph.insert(module.trim_matches('`').to_owned(), names.collect());
    }
    graph
}

#[test]
fn the_documented_imports_are_the_code_s() {
    let code = imports_in_code();
    let documented = imports_documented();
    let table: Vec<String> = code
        .iter()
        .map(|(module, imports)| {
            let names: Vec<String> = imports.iter().map(|n| format!("`{n}`")).collect();
            let names = if names.is_empty() {
                "—".to_owned()
            } else {
                names.join(", ")
            };
            format!("| `{module}` | {names} |")
        })
        .collect();
    assert_eq!(
        documented,
        code,
        "update the table in ARCHITECTURE.md to:\n{}",
        table.join("\n")
    );
}

#[test]
fn the_modules_import_each_other_without_a_cycle() {
    fn visit(graph: &Graph, module: &str, path: &mut Vec<String>, done: &mut BTreeSet<String>) {
        if done.contains(module) {
            return;
        }
        assert!(
            !path.iter().any(|m| m == module),
            "import cycle: {} -> {module}",
            path.join(" -> ")
        );
        path.push(module.to_owned());
        for next in graph.get(module).into_iter().flatten() {
            visit(graph, next, path, done);
        }
        path.pop();
        done.insert(module.to_owned());
    }
    let graph = imports_in_code();
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(&graph, module, &mut Vec::new(), &mut done);
    }
    assert!(
        done.contains("check") && done.contains("workspace"),
        "{done:?}"
    );
    assert!(
        !graph["check"].contains("render"),
        "check reads the site's strings from site, not render"
    );
}
