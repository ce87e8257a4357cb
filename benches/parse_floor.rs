//! The floor for `fluentpress check`: read every `*.ftl` file under a folder and parse it with
//! fluent-syntax on all cores, nothing else. `benches/check-speed.sh` compares `check` with it.
//!
//!     cargo build --release --example parse-floor
//!     target/release/examples/parse-floor DIR
//!
//! Prints the number of files, bytes and entries parsed, so that nothing is optimised away.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn main() {
    let Some(root) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse-floor DIR");
        std::process::exit(2);
    };
    let mut paths = Vec::new();
    collect(Path::new(&root), &mut paths);
    let (bytes, entries) = paths
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let entries = match fluent_syntax::parser::parse_runtime(text.as_str()) {
                Ok(resource) => resource.body.len(),
                Err((resource, _)) => resource.body.len(),
            };
            (text.len(), entries)
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("{} files, {bytes} bytes, {entries} entries", paths.len());
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
}
