//! FTL text → catalog → check, in a tree and in a project with a lock.
//!
//! Input: the `zh-CN`, `en` and `ar` files of the scratch project, separated by NUL bytes
//! (see `fluentpress_fuzz`). Besides "never panics, never hangs, bounded memory", it holds
//! the library to what it promises:
//! - `check` fails only when the reference is missing (it is not, here);
//! - a lock written by `record_all` reads back equal, and right after recording nothing is
//!   outdated or updated.
#![no_main]

use fluentpress::catalog::Catalog;
use fluentpress::check::{self, CheckOptions};
use fluentpress::lock::{EntryState, Lock};
use fluentpress_fuzz::{LOCALES, Scratch, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let scratch = Scratch::get();
    scratch.write_locales(&split(data, LOCALES.len()));
    let project = scratch.project();
    let catalog = Catalog::load(&project.locales_dir(), &[]).expect("the locales folder exists");

    let tree = check::run(&catalog, &CheckOptions::tree(LOCALES[0], None))
        .expect("check fails only without a reference");
    serde_json::to_string(&tree).expect("a report serialises");

    let (lock, _) = Lock::record_all(project, &catalog).expect("recording a project succeeds");
    let text = lock.to_text();
    let reread = Lock::from_str(&project.lock_path(), &text).expect("a written lock reads back");
    assert_eq!(reread, lock, "lock text does not round-trip:\n{text}");
    for locale in &project.locales {
        for status in lock.status(project, &catalog, &locale.locale) {
            assert!(
                matches!(status.state, EntryState::Current),
                "{} {} {}: {:?} right after recording",
                locale.locale,
                status.file,
                status.id,
                status.state
            );
        }
    }
    let options = CheckOptions::for_project(project, &[]).expect("project options");
    let report = check::run_with_lock(&catalog, &options, Some((project, &lock)))
        .expect("check fails only without a reference");
    serde_json::to_string(&report).expect("a report serialises");
});
