//! Helpers shared by the CLI tests: a copy of the repository's project in a temporary folder,
//! and a runner for the `fluentpress` binary that redacts that folder from its output.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// A temporary copy of the repository's own project (config, locales, content).
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    pub fn copy() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for item in ["fluentpress.toml", "locales", "content", "fluentpress.lock"] {
            let from = root.join(item);
            if from.exists() {
                copy_tree(&from, &dir.path().join(item));
            }
        }
        Project { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.file(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.file(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Replaces `from` by `to` in a file, failing when `from` is absent.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Removes the entry `id` (from its line to the next blank line) from a file, failing when
    /// the file has no such entry.
    pub fn remove_entry(&self, rel: &str, id: &str) {
        let text = self.read(rel);
        let start = text
            .find(&format!("\n{id} ="))
            .unwrap_or_else(|| panic!("{rel} does not define {id}"));
        let end = text[start + 1..]
            .find("\n\n")
            .map_or(text.len(), |i| start + 1 + i);
        self.write(rel, &format!("{}{}", &text[..start], &text[end..]));
    }

    /// Removes the lock's records of `ids` in `locale`'s `file`, as if they had been translated
    /// since the last `accept`; fails unless each had one.
    pub fn forget_in_lock(&self, locale: &str, file: &str, ids: &[&str]) {
        let lock = self.read("fluentpress.lock");
        let record = |id: &str| format!(r#"{{"locale":"{locale}","file":"{file}","id":"{id}","#);
        let kept: String = lock
            .lines()
            .filter(|l| !ids.iter().any(|id| l.starts_with(&record(id))))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(kept.lines().count() + ids.len(), lock.lines().count());
        self.write("fluentpress.lock", &kept);
    }

    /// Runs `fluentpress --project DIR ARGS…`.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(self.path(), args)
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy_tree(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        std::fs::copy(from, to).unwrap();
    }
}

/// What a run printed, with the project folder shown as `[PROJECT]`.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Exit code, stdout and stderr in one text, for snapshots.
    pub fn transcript(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub fn run_in(project: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_fluentpress"))
        .arg("--project")
        .arg(project)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let redact = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let real = project
            .canonicalize()
            .unwrap_or_else(|_| project.to_path_buf());
        text.replace(&real.display().to_string(), "[PROJECT]")
            .replace(&project.display().to_string(), "[PROJECT]")
    };
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: redact(&out.stdout),
        stderr: redact(&out.stderr),
    }
}
