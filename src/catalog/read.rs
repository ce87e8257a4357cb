//! What the catalog agrees to read: regular files of a bounded size, inside the tree.
//!
//! A tree may come from anyone (a pull request, an archive), so reading it must not hang on a
//! FIFO, fill memory from `/dev/zero`, or print another file of the machine through a
//! symbolic link. Every refusal here becomes an [`Unreadable`](super::Unreadable) record that
//! names the file (or link) in the tree and says why; the contents of a refused file are never
//! read.

use std::ffi::OsStr;
use std::fs;
use std::io::Read;
use std::path::Path;

/// The catalog's limits on what it reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadPolicy {
    /// The largest file read, in bytes; a larger one is an unreadable file.
    pub max_file_size: u64,
    /// Whether files and locale folders that are symbolic links leading outside the tree are
    /// read. Off by default: they are reported, not read.
    pub outside_links: bool,
}

/// 64 MiB: a hundred times the largest FTL file of Firefox's or Thunderbird's trees.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

impl Default for ReadPolicy {
    fn default() -> Self {
        ReadPolicy {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            outside_links: false,
        }
    }
}

/// What a folder listing said a path was, before it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Listed {
    /// A regular file, not a symbolic link.
    RegularFile,
    /// Anything else, or not listed.
    Unknown,
}

/// The advice that ends a refusal of a link leading outside the tree.
const OUTSIDE_ADVICE: &str = "copy it into the tree, or pass --allow-outside-links to read it";

impl ReadPolicy {
    /// Why the locale folder `dir` of the tree whose real path is `real_root` is not read, if
    /// it is a link that leads outside the tree (and such links are not allowed).
    pub(super) fn refuse_folder(&self, dir: &Path, real_root: &Path) -> Option<String> {
        let is_link = fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link || self.outside_links {
            return None;
        }
        match fs::canonicalize(dir) {
            Ok(real) if real.starts_with(real_root) => None,
            _ => Some(format!(
                "the locale folder is a symbolic link to a folder outside the tree; it is not \
                 read ({OUTSIDE_ADVICE})"
            )),
        }
    }

    /// Reads the file at `path` in the tree whose real path is `real_root` as bytes, or says
    /// why not: not a regular file, larger than the limit, or a link leading outside the tree.
    /// `listed` is what the folder listing said the path was.
    pub(super) fn read(
        &self,
        path: &Path,
        real_root: &Path,
        listed: Listed,
    ) -> Result<Vec<u8>, String> {
        if listed == Listed::RegularFile
            && let Some(file) = open_listed(path)
        {
            return self.read_open(file);
        }
        let link = fs::symlink_metadata(path).map_err(|e| e.to_string())?;
        if link.file_type().is_symlink() && !self.outside_links {
            match fs::canonicalize(path) {
                Ok(real) if real.starts_with(real_root) => {}
                Ok(_) => {
                    return Err(format!(
                        "a symbolic link to a file outside the tree; it is not read \
                         ({OUTSIDE_ADVICE})"
                    ));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err("a symbolic link to a file that does not exist".into());
                }
                Err(e) => return Err(format!("a symbolic link that cannot be followed: {e}")),
            }
        }
        // Checked before opening: opening a FIFO waits for a writer.
        let meta = fs::metadata(path).map_err(|e| e.to_string())?;
        self.acceptable(&meta)?;
        let file = fs::File::open(path).map_err(|e| e.to_string())?;
        // Checked again on the open file, in case the path was replaced meanwhile.
        self.read_open(file)
    }

    /// Reads an open file if it is a regular file within the size limit.
    fn read_open(&self, file: fs::File) -> Result<Vec<u8>, String> {
        let meta = file.metadata().map_err(|e| e.to_string())?;
        self.acceptable(&meta)?;
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        file.take(self.max_file_size + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
        if bytes.len() as u64 > self.max_file_size {
            return Err(self.too_large());
        }
        Ok(bytes)
    }

    fn acceptable(&self, meta: &fs::Metadata) -> Result<(), String> {
        if !meta.is_file() {
            return Err(format!(
                "not a regular file but {}; only regular files are read",
                kind(meta)
            ));
        }
        if meta.len() > self.max_file_size {
            return Err(self.too_large());
        }
        Ok(())
    }

    fn too_large(&self) -> String {
        format!(
            "larger than the limit of {} bytes (--max-file-size); it is not read",
            self.max_file_size
        )
    }
}

/// Opens a path that the folder listing gave as a regular file, neither following a symbolic
/// link nor waiting for a writer: two system calls fewer per file than looking at the path
/// first. If the path has become a link since it was listed, the open fails and `None` sends
/// the caller to the careful way; a FIFO or device put in its place opens at once and is
/// refused by the check on the open file. Any other failure takes the careful way too, so
/// that the reason given is the same.
#[cfg(unix)]
fn open_listed(path: &Path) -> Option<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .ok()
}

#[cfg(not(unix))]
fn open_listed(_path: &Path) -> Option<fs::File> {
    None
}

/// What kind of file system object `meta` describes, in words.
fn kind(meta: &fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

/// Whether `name` names a folder directly inside another: one plain component, no `/`, `\`,
/// `.` or `..`.
pub(super) fn is_folder_name(name: &str) -> bool {
    let mut components = Path::new(name).components();
    matches!(
        (components.next(), components.next()),
        (Some(std::path::Component::Normal(_)), None)
    ) && !name.contains(['/', '\\'])
}

/// A file name as text: valid UTF-8 as it is, other bytes as `\xNN`, so that two names that
/// differ only in such bytes stay apart when printed.
pub(crate) fn escape_os_name(name: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                out.push_str(&format!("\\x{byte:02x}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_are_one_plain_component() {
        for good in ["fr", "en-US", "templates", "x..y"] {
            assert!(is_folder_name(good), "{good}");
        }
        for bad in ["", ".", "..", "/", "/etc", "a/b", "../fr", "a\\b", "fr/"] {
            assert!(!is_folder_name(bad), "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_stay_apart() {
        use std::os::unix::ffi::OsStrExt;
        let ff = escape_os_name(OsStr::from_bytes(b"x\xff"));
        let fe = escape_os_name(OsStr::from_bytes(b"x\xfe"));
        assert_eq!((ff.as_str(), fe.as_str()), ("x\\xff", "x\\xfe"));
        assert_eq!(escape_os_name(OsStr::new("fr")), "fr");
    }

    #[test]
    fn a_file_over_the_limit_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        fs::write(&path, "a = 12345\n").unwrap();
        let small = ReadPolicy {
            max_file_size: 4,
            outside_links: false,
        };
        let root = fs::canonicalize(dir.path()).unwrap();
        assert_eq!(
            small.read(&path, &root, Listed::Unknown).unwrap_err(),
            "larger than the limit of 4 bytes (--max-file-size); it is not read"
        );
        assert_eq!(
            ReadPolicy::default()
                .read(&path, &root, Listed::Unknown)
                .unwrap(),
            b"a = 12345\n"
        );
        assert_eq!(
            small.read(&path, &root, Listed::RegularFile).unwrap_err(),
            "larger than the limit of 4 bytes (--max-file-size); it is not read"
        );
    }
}
