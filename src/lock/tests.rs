//! Reading and writing lock files of any size a supported tree produces.

use super::*;
use crate::catalog::DEFAULT_MAX_FILE_SIZE;

const HEADER: &str = "{\"fluentpress-lock\":1}\n";
const RECORD: &str = "{\"locale\":\"fr\",\"file\":\"mail/a.ftl\",\"id\":\"title\",\"source\":\"Title\",\"pivot\":\"Titel\",\"translation\":\"fnv1a64:0123456789abcdef\"}\n";

/// Regression: a Thunderbird-sized tree (69 locales, 378,614 records) gives a lock of about
/// 87 MB, which was refused on reading because the limit for one FTL file (64 MiB) applied.
/// The file past its one record is a sparse run of NUL bytes (cheap to write and to read), so
/// reading it fails on its third line, as text that is not a record, and not on its size.
#[test]
fn a_lock_larger_than_the_ftl_file_limit_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fluentpress.lock");
    std::fs::write(&path, format!("{HEADER}{RECORD}")).unwrap();
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_len(DEFAULT_MAX_FILE_SIZE + 1024).unwrap();
    drop(file);
    let err = Lock::load(&path).unwrap_err().to_string();
    assert!(err.contains(": line 3, column 1: "), "{err}");
    // The same file cut after its record is read whole.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len((HEADER.len() + RECORD.len()) as u64)
        .unwrap();
    assert_eq!(Lock::load(&path).unwrap().unwrap().len(), 1);
}

#[test]
fn a_lock_over_its_limit_is_refused_naming_the_file_and_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fluentpress.lock");
    std::fs::write(&path, format!("{HEADER}{RECORD}")).unwrap();
    let err = Lock::load_limited(&path, 64).unwrap_err().to_string();
    assert_eq!(
        err.replace(&path.display().to_string(), "LOCK"),
        "failed to read `LOCK`: larger than the limit of 64 bytes"
    );
    let lock = Lock::load_limited(&path, 1 << 30).unwrap().unwrap();
    assert_eq!(lock.len(), 1);
    assert_eq!(
        crate::fsutil::describe_size(MAX_LOCK_SIZE),
        "1073741824 bytes (1 GiB)"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_not_read_as_a_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fluentpress.lock");
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let err = Lock::load(&path).unwrap_err().to_string();
    assert!(
        err.ends_with("not a regular file; only regular files are read"),
        "{err}"
    );
}

#[test]
fn a_lock_that_could_not_be_read_back_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fluentpress.lock");
    std::fs::write(&path, "previous lock").unwrap();
    let text = format!("{HEADER}{RECORD}");
    let limit = text.len() as u64 - 1;
    let err = write_text_limited(dir.path(), &path, &text, limit)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err.replace(&path.display().to_string(), "LOCK"),
        format!(
            "failed to write `LOCK`: the lock would be {} bytes, larger than the limit of {limit} \
             bytes that fluentpress reads; nothing was written (a lock file already there is \
             unchanged)",
            text.len()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "previous lock");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    // At the limit it is written, and reads back.
    write_text_limited(dir.path(), &path, &text, text.len() as u64).unwrap();
    let lock = Lock::load_limited(&path, text.len() as u64)
        .unwrap()
        .unwrap();
    assert_eq!(lock.to_text(), text);
}
