//! Tests of the workspace's lock policy: the first lock a check records, the lock add-locale
//! records, and what happens when either cannot be written or read.

use super::*;

/// A copy of the lock fixture (a project without a lock file).
fn fixture() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lock/basic");
    copy(&from, dir.path());
    dir
}

/// The first check of a project records every configured locale (not only the checked
/// one) and writes the lock; the next check finds it and records nothing.
#[test]
fn the_first_check_writes_the_lock_once() {
    let dir = fixture();
    assert!(!dir.path().join("fluentpress.lock").exists());
    let mut workspace = Workspace::open(dir.path()).unwrap();
    let options = workspace.check_options(&["fil".to_owned()]).unwrap();
    let checked = workspace.check(&options, &ReadPolicy::default()).unwrap();
    let first = checked.first_lock.expect("a first lock");
    assert!(matches!(first.saved, Saved::Written), "{:?}", first.saved);
    let locales: Vec<&str> = first.reports.iter().map(|r| r.locale.as_str()).collect();
    assert_eq!(locales, ["en", "fil"]);
    assert!(
        first
            .to_string()
            .starts_with("no lock file yet: recorded 12 entries in en, fil")
    );
    let written = std::fs::read(dir.path().join("fluentpress.lock")).unwrap();

    let mut again = Workspace::open(dir.path()).unwrap();
    let checked = again.check(&options, &ReadPolicy::default()).unwrap();
    assert!(checked.first_lock.is_none());
    assert_eq!(
        std::fs::read(dir.path().join("fluentpress.lock")).unwrap(),
        written
    );
}

/// `add_locale` creates the lock on a project without one, recording every locale.
#[test]
fn adding_a_locale_creates_the_lock() {
    let dir = fixture();
    let options = scaffold::Options::default();
    let added = Workspace::add_locale(dir.path(), "km", &options).unwrap();
    let first = added.locked.initialised.expect("the lock is created");
    let locales: Vec<&str> = first.iter().map(|r| r.locale.as_str()).collect();
    assert_eq!(locales, ["en", "fil", "km"]);
    assert!(added.locked.written);
    assert!(dir.path().join("fluentpress.lock").is_file());
    assert!(added.workspace.project.locale("km").is_some());
}

/// On a project with a lock, `add_locale` records the new locale in it: the new locale
/// translates nothing yet, so the lock, already current, is left as it was.
#[test]
fn adding_a_locale_to_a_locked_project_keeps_its_lock() {
    let dir = fixture();
    let options = scaffold::Options::default();
    Workspace::add_locale(dir.path(), "km", &options).unwrap();
    let path = dir.path().join("fluentpress.lock");
    let before = std::fs::read(&path).unwrap();
    let added = Workspace::add_locale(dir.path(), "pl", &options).unwrap();
    assert!(added.locked.initialised.is_none());
    assert_eq!(added.locked.report.locale.as_str(), "pl");
    assert!(!added.locked.written);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let project = &added.workspace.project;
    let locales: Vec<&str> = project.locales.iter().map(|l| l.locale.as_str()).collect();
    assert_eq!(locales, ["zh-CN", "en", "fil", "km", "pl"]);
}

/// A lock that cannot be written fails `add_locale` with the error that says the locale
/// was added: its files and its table are kept.
#[cfg(unix)]
#[test]
fn a_lock_that_cannot_be_written_keeps_the_added_locale() {
    let dir = fixture();
    // A link to a file outside the project that does not exist: the lock reads as
    // absent, and is never created through the link.
    let outside = tempfile::tempdir().unwrap();
    let path = dir.path().join("fluentpress.lock");
    std::os::unix::fs::symlink(outside.path().join("lock"), &path).unwrap();
    let err = Workspace::add_locale(dir.path(), "km", &scaffold::Options::default()).unwrap_err();
    assert!(
        matches!(&err, Error::LockNotUpdated { locale, source }
            if locale == "km" && matches!(**source, Error::Write { .. })),
        "{err:?}"
    );
    assert!(dir.path().join("locales/km").is_dir());
    let config = std::fs::read_to_string(dir.path().join("fluentpress.toml")).unwrap();
    assert!(config.contains("[locales.km]"), "{config}");
    assert!(!outside.path().join("lock").exists());
}

/// A refusal before anything is written is the other error, naming the tag as given.
#[test]
fn a_refused_locale_writes_nothing() {
    let dir = fixture();
    let config = std::fs::read_to_string(dir.path().join("fluentpress.toml")).unwrap();
    let err = Workspace::add_locale(dir.path(), "fil", &scaffold::Options::default()).unwrap_err();
    assert!(
        matches!(&err, Error::LocaleNotAdded { tag, source }
            if tag == "fil" && matches!(**source, Error::AlreadyExists { .. })),
        "{err:?}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("fluentpress.toml")).unwrap(),
        config
    );
    assert!(!dir.path().join("fluentpress.lock").exists());
}

/// A lock that cannot be read stops the check, and is left as it was.
#[test]
fn a_corrupt_lock_stops_the_check() {
    let dir = fixture();
    let path = dir.path().join("fluentpress.lock");
    std::fs::write(&path, "not a lock\n").unwrap();
    let mut workspace = Workspace::open(dir.path()).unwrap();
    let options = workspace.check_options(&[]).unwrap();
    let err = workspace
        .check(&options, &ReadPolicy::default())
        .unwrap_err();
    assert!(matches!(err, crate::Error::Invalid { .. }), "{err:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "not a lock\n");
}
