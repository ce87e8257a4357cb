//! Helpers shared by every test module: a project copied into a temporary folder, one tree
//! copier, one edit helper, and one runner for the `fluentpress` binary that redacts the
//! project folder from what it prints.
#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (where `Cargo.toml` and the project's own files are).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A project in a temporary folder, removed when dropped.
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// An empty temporary folder.
    pub fn empty() -> Self {
        Project {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A copy of the repository's own project (config, locales, content and lock).
    pub fn copy() -> Self {
        let project = Project::empty();
        for item in ["fluentpress.toml", "locales", "content", "fluentpress.lock"] {
            let from = repo().join(item);
            if from.exists() {
                copy_tree(&from, &project.file(item));
            }
        }
        project
    }

    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Self {
        let project = Project::empty();
        copy_tree(&repo().join("tests/fixtures").join(name), project.path());
        project
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

    /// Replaces `from` by `to` in a project file (see [`edit`]).
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        edit(&self.file(rel), from, to);
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

    /// Every file of the project with its contents, hidden ones included.
    pub fn tree(&self) -> BTreeMap<String, String> {
        tree(self.path())
    }

    /// Runs `fluentpress --project DIR ARGS…`.
    pub fn run(&self, args: &[&str]) -> Output {
        run_in(self.path(), args)
    }
}

/// Copies a file, or a folder with everything under it.
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

/// Every file under `root` (relative path with `/`) with its contents, hidden ones included.
pub fn tree(root: &Path) -> BTreeMap<String, String> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).unwrap().to_string_lossy();
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                out.insert(rel.replace('\\', "/"), text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// Replaces every `from` by `to` in a file, failing when `from` is absent.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replace(from, to)).unwrap();
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

/// The `fluentpress` binary, without colour.
pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fluentpress"));
    command.env("NO_COLOR", "1");
    command
}

/// The binary working on `project` (`--project DIR`).
pub fn command(project: &Path) -> Command {
    let mut command = binary();
    command.arg("--project").arg(project);
    command
}

/// Runs `fluentpress --project DIR ARGS…`; `DIR` is shown as `[PROJECT]`.
pub fn run_in(project: &Path, args: &[&str]) -> Output {
    capture(command(project).args(args), Some(project))
}

/// Runs `fluentpress ARGS…` from the folder `cwd`, as a user typing relative paths would.
pub fn run_from(cwd: &Path, args: &[&str]) -> Output {
    capture(binary().args(args).current_dir(cwd), None)
}

/// Runs `fluentpress --project DIR SUBCOMMAND TAG` for every tag at once, and fails unless
/// every run succeeds.
pub fn run_at_once(project: &Path, subcommand: &str, tags: &[&str]) {
    let children: Vec<_> = tags
        .iter()
        .map(|tag| {
            command(project)
                .args([subcommand, tag])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for (tag, child) in tags.iter().zip(children) {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{subcommand} {tag}: {stderr}");
    }
}

/// Runs `command` and collects what it printed, with `project` (if any) redacted.
fn capture(command: &mut Command, project: Option<&Path>) -> Output {
    let out = command.output().unwrap();
    let redact = |bytes: &[u8]| {
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        if let Some(project) = project {
            let real = project
                .canonicalize()
                .unwrap_or_else(|_| project.to_path_buf());
            for shown in [real.as_path(), project] {
                text = text.replace(&shown.display().to_string(), "[PROJECT]");
            }
        }
        text
    };
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: redact(&out.stdout),
        stderr: redact(&out.stderr),
    }
}
