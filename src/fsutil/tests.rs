//! Atomic writes through links and into new folders, temporaries, the guard and reading text.

use super::temporaries::temporary_owner;
use super::*;

#[test]
fn temporaries_are_recognised_and_removed() {
    assert_eq!(temporary_owner(".page.html.1234.0.tmp"), Some(1234));
    assert_eq!(temporary_owner(".page.html.tmp"), None);
    assert_eq!(temporary_owner("page.html.1234.0.tmp"), None);
    assert_eq!(temporary_owner(".x.tmp.tmp"), None);
    let dir = tempfile::tempdir().unwrap();
    // No process has id 4294967295; this one's own temporaries are kept.
    fs::write(dir.path().join(".a.html.4294967295.0.tmp"), "half").unwrap();
    let own = format!(".b.html.{}.0.tmp", std::process::id());
    fs::write(dir.path().join(&own), "being written").unwrap();
    fs::write(dir.path().join("a.html"), "page").unwrap();
    assert_eq!(remove_temporaries(dir.path()).unwrap(), 1);
    assert!(dir.path().join(own).exists());
    assert!(dir.path().join("a.html").exists());
    assert_eq!(remove_temporaries(&dir.path().join("absent")).unwrap(), 0);
}

#[test]
fn write_atomic_replaces_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a/b.txt");
    write_atomic(&target, b"one").unwrap();
    write_atomic(&target, b"two").unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "two");
    let names: Vec<_> = fs::read_dir(target.parent().unwrap()).unwrap().collect();
    assert_eq!(names.len(), 1, "a temporary file was left behind");
}

/// Review finding: rewriting a symlinked `fluentpress.toml` replaced the link by a plain
/// file. The link stays, and the file it points to gets the new text.
#[cfg(unix)]
#[test]
fn write_atomic_writes_through_a_symbolic_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("shared")).unwrap();
    let real = dir.path().join("shared/fluentpress.toml");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("fluentpress.toml");
    std::os::unix::fs::symlink("shared/fluentpress.toml", &link).unwrap();
    write_atomic(&link, b"new").unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        2,
        "a file was left"
    );
    // A dangling link gets its file created.
    let dangling = dir.path().join("fluentpress.lock");
    std::os::unix::fs::symlink("shared/fluentpress.lock", &dangling).unwrap();
    write_atomic(&dangling, b"lock").unwrap();
    assert!(
        fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("shared/fluentpress.lock")).unwrap(),
        "lock"
    );
}

/// Review finding: a lock or configuration with mode 600 or 664 became 644 when rewritten.
#[cfg(unix)]
#[test]
fn write_atomic_keeps_the_permissions_of_the_file_it_replaces() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    for mode in [0o600, 0o664, 0o640] {
        let target = dir.path().join(format!("f{mode:o}"));
        fs::write(&target, "old").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(mode)).unwrap();
        write_atomic(&target, b"new").unwrap();
        let now = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(now, mode, "{mode:o} became {now:o}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    }
}

/// Review finding: with a file where an output folder should be, the error was "Not a
/// directory (os error 20)", printed twice and naming no culprit.
#[test]
fn write_atomic_names_the_file_in_the_way() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("out")).unwrap();
    fs::write(dir.path().join("out/km"), "a file").unwrap();
    let root = dir.path().display();
    for target in ["out/km/page.html", "out/km/a/b/page.html"] {
        let err = write_atomic(&dir.path().join(target), b"x").unwrap_err();
        let folder = Path::new(target).parent().unwrap().display();
        assert_eq!(
            err.to_string(),
            format!(
                "failed to write `{root}/{folder}`: cannot create the folder: `{root}/out/km` is a file, not a folder"
            )
        );
        assert!(
            std::error::Error::source(&err).is_none(),
            "the reason is printed twice"
        );
    }
}

/// The guard excludes a second holder until it is dropped, also across a rewrite of the
/// configuration (a rename over the locked file).
#[test]
fn project_guard_is_exclusive_across_a_rewrite() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("fluentpress.toml");
    fs::write(&config, "a").unwrap();
    let guard = ProjectGuard::acquire(&config).unwrap();
    let released = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let waiter = scope.spawn(|| {
            let _second = ProjectGuard::acquire(&config).unwrap();
            assert!(released.load(Ordering::SeqCst), "held twice at once");
        });
        std::thread::sleep(std::time::Duration::from_millis(50));
        write_atomic(&config, b"b").unwrap();
        released.store(true, Ordering::SeqCst);
        drop(guard);
        waiter.join().unwrap();
    });
}

#[test]
fn write_new_synced_writes_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a.txt");
    write_new_synced(&target, b"one").unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "one");
    assert!(write_new_synced(&target, b"two").is_err());
    assert_eq!(fs::read_to_string(&target).unwrap(), "one");
    sync_dir(dir.path()).unwrap();
}
