//! What the fuzz targets share: a scratch project on disk that each input is written into,
//! so every target goes through the same loading code as the command line (the catalog's
//! guards included), and the splitting of one input into the files of that project.
//!
//! The project has three locales: `zh-CN` (the source), `en` (the pivot) and `ar` (six plural
//! categories, right to left), each with one file `main.ftl`, and no shared files.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fluentpress::config::Project;

/// The configuration of the scratch project.
pub const CONFIG: &str = include_str!("../project/fluentpress.toml");

/// The locales of the scratch project, in the order their files appear in an input.
pub const LOCALES: [&str; 3] = ["zh-CN", "en", "ar"];

/// The FTL file each locale holds.
pub const FILE: &str = "main.ftl";

/// The byte that separates the files packed into one input.
pub const SEPARATOR: u8 = 0;

/// A project folder owned by this process.
pub struct Scratch {
    root: PathBuf,
    project: Project,
}

impl Scratch {
    /// The process's scratch project, created on first use under `FLUENTPRESS_FUZZ_SCRATCH`
    /// (set by `fuzz/run.sh`, which removes it afterwards) or the system's temporary folder.
    pub fn get() -> &'static Scratch {
        static SCRATCH: OnceLock<Scratch> = OnceLock::new();
        SCRATCH.get_or_init(|| {
            let base = std::env::var_os("FLUENTPRESS_FUZZ_SCRATCH")
                .map(PathBuf::from)
                .unwrap_or_else(std::env::temp_dir);
            let root = base.join(format!("fluentpress-fuzz-{}", std::process::id()));
            std::fs::create_dir_all(&root).expect("the scratch folder can be created");
            std::fs::write(root.join("fluentpress.toml"), CONFIG).expect("config written");
            let project = Project::load(&root).expect("the scratch configuration is valid");
            for locale in LOCALES {
                std::fs::create_dir_all(project.locales_dir().join(locale))
                    .expect("locale folder created");
            }
            Scratch { root, project }
        })
    }

    /// The project folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The loaded project.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Writes each locale's `main.ftl` from `files` (in [`LOCALES`] order); a locale without
    /// a part has no file.
    pub fn write_locales(&self, files: &[&[u8]]) {
        for (i, locale) in LOCALES.iter().enumerate() {
            let path = self.project.locales_dir().join(locale).join(FILE);
            match files.get(i) {
                Some(bytes) => std::fs::write(&path, bytes).expect("FTL file written"),
                None => match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        panic!("cannot remove {}: {e}", path.display())
                    }
                    _ => {}
                },
            }
        }
    }
}

/// Splits an input at [`SEPARATOR`] bytes into at most `n` parts (the last part keeps any
/// further separators).
pub fn split(data: &[u8], n: usize) -> Vec<&[u8]> {
    data.splitn(n, |b| *b == SEPARATOR).collect()
}
