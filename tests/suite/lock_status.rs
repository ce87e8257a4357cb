//! The lock as a library (issue 5): outdated, updated and pruned entries over a fixture project.

use std::fs;

use crate::common::Project as Fixture;
use fluentpress::Error;
use fluentpress::catalog::Catalog;
use fluentpress::config::Project;
use fluentpress::ftl::{EntryKey, PartId};
use fluentpress::locale::Locale;
use fluentpress::lock::{self, EntryState, Lock, Segment};

fn part(id: &str) -> PartId {
    id.parse().unwrap()
}

/// The lock operations the tests run on a copy of `tests/fixtures/lock/basic`.
trait LockFixture {
    fn load(&self) -> (Project, Catalog);
    fn record_all(&self) -> Lock;
    fn not_current(&self, lock: &Lock, locale: &str) -> Vec<(String, EntryState)>;
    fn accept(&self, lock: &mut Lock, locale: &str, ids: &[&str]) -> lock::AcceptReport;
}

fn fixture() -> Fixture {
    Fixture::fixture("lock/basic")
}

impl LockFixture for Fixture {
    fn load(&self) -> (Project, Catalog) {
        let project = Project::load(self.path()).unwrap();
        let names: Vec<String> = project
            .locales
            .iter()
            .map(|p| p.locale.to_string())
            .collect();
        let catalog = Catalog::load(&project.locales_dir(), &names).unwrap();
        (project, catalog)
    }

    /// Records every locale, as a first `accept` would, and saves the lock.
    fn record_all(&self) -> Lock {
        let (project, catalog) = self.load();
        let (lock, _) = Lock::record_all(&project, &catalog).unwrap();
        lock.save(&project.lock_path()).unwrap();
        lock
    }

    /// `(id, state)` of every entry of `locale` that is not current.
    fn not_current(&self, lock: &Lock, locale: &str) -> Vec<(String, EntryState)> {
        let (project, catalog) = self.load();
        lock.status(&project, &catalog, &Locale::parse(locale).unwrap())
            .into_iter()
            .filter(|s| s.state != EntryState::Current)
            .map(|s| (s.id.to_string(), s.state))
            .collect()
    }

    fn accept(&self, lock: &mut Lock, locale: &str, ids: &[&str]) -> lock::AcceptReport {
        let (project, catalog) = self.load();
        let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        lock.accept(&project, &catalog, &Locale::parse(locale).unwrap(), &ids)
            .unwrap()
    }
}

#[test]
fn first_recording_makes_every_translation_current() {
    let fx = fixture();
    let (project, catalog) = fx.load();
    let (lock, reports) = Lock::record_all(&project, &catalog).unwrap();
    let counts: Vec<(&str, usize)> = reports
        .iter()
        .map(|r| (r.locale.as_str(), r.recorded.len()))
        .collect();
    assert_eq!(counts, [("en", 7), ("fil", 5)]);
    assert_eq!(lock.len(), 12);
    for locale in ["en", "fil"] {
        assert!(fx.not_current(&lock, locale).is_empty());
    }
    // Attributes and terms are records of their own; the pivot is recorded for fil only.
    let record = lock
        .get("fil", "article.ftl", &part("title.aria-label"))
        .unwrap();
    assert_eq!(record.source, "文章标题");
    assert_eq!(record.pivot.as_deref(), Some("Article title"));
    assert_eq!(
        lock.get("en", "site.ftl", &part("-unido")).unwrap().pivot,
        None
    );
    // The source locale has nothing to record.
    assert!(lock.status(&project, &catalog, &project.source).is_empty());
}

#[test]
fn edited_source_makes_every_translation_of_it_outdated_until_accepted() {
    let fx = fixture();
    let mut lock = fx.record_all();
    fx.edit("locales/zh-CN/article.ftl", "培训为期五天", "培训为期四天");

    for locale in ["en", "fil"] {
        let found = fx.not_current(&lock, locale);
        assert_eq!(found.len(), 1, "{locale}: {found:?}");
        let (id, EntryState::Outdated(change)) = &found[0] else {
            panic!("{locale}: {found:?}");
        };
        assert_eq!(id, "intro");
        assert_eq!(change.old_source, "培训为期五天，在中国上海举行。");
        assert_eq!(change.new_source, "培训为期四天，在中国上海举行。");
        assert!(change.source_changed() && !change.pivot_changed());
        assert_eq!(
            lock::render_inline(&change.source_diff()),
            "培训为期[-五-]{+四+}天，在中国上海举行。"
        );
    }

    // Accepting en clears en only.
    let report = fx.accept(&mut lock, "en", &[]);
    assert_eq!(report.recorded.len(), 1);
    assert_eq!(report.already_current, 6);
    assert!(fx.not_current(&lock, "en").is_empty());
    assert_eq!(fx.not_current(&lock, "fil").len(), 1);

    // A translator clears fil entry by entry.
    let report = fx.accept(&mut lock, "fil", &["intro"]);
    assert_eq!((report.recorded.len(), report.already_current), (1, 0));
    assert!(fx.not_current(&lock, "fil").is_empty());
}

#[test]
fn outdated_entries_name_messages_for_render() {
    let fx = fixture();
    let lock = fx.record_all();
    fx.edit("locales/zh-CN/article.ftl", "文章标题", "标题");
    fx.edit("locales/zh-CN/site.ftl", "首页", "主页");
    fx.edit("locales/en/site.ftl", "Home", "Start");
    let (project, catalog) = fx.load();
    let mut found: Vec<_> = lock
        .outdated_entries(&project, &catalog)
        .into_iter()
        .collect();
    found.sort();
    let expected = [
        ("en", "article.ftl", "title"),
        ("fil", "article.ftl", "title"),
        ("fil", "site.ftl", "nav-home"),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(l, f, i)| (l.to_string(), EntryKey::new(*f, *i)))
        .collect();
    // en's nav-home is updated (its own text changed), not outdated.
    assert_eq!(found, expected);
}

#[test]
fn edited_pivot_makes_translations_from_it_outdated() {
    let fx = fixture();
    let lock = fx.record_all();
    fx.edit(
        "locales/en/article.ftl",
        "    .aria-label = Article title",
        "    .aria-label = Title of the article",
    );
    // en's own text changed: waiting for confirmation.
    assert_eq!(
        fx.not_current(&lock, "en"),
        [(
            "title.aria-label".to_owned(),
            EntryState::Updated { change: None }
        )]
    );
    // fil was translated from the old English.
    let found = fx.not_current(&lock, "fil");
    let [(id, EntryState::Outdated(change))] = found.as_slice() else {
        panic!("{found:?}");
    };
    assert_eq!(id, "title.aria-label");
    assert!(change.pivot_changed() && !change.source_changed());
    assert_eq!(
        change.pivot_diff().unwrap(),
        [
            Segment::Delete("Article title".into()),
            Segment::Insert("Title of the article".into()),
        ]
    );
}

#[test]
fn edited_translation_is_updated_not_outdated() {
    let fx = fixture();
    let mut lock = fx.record_all();
    fx.edit("locales/zh-CN/article.ftl", "培训为期五天", "培训为期四天");
    fx.edit("locales/fil/article.ftl", "limang-araw", "apat-na-araw");
    let found = fx.not_current(&lock, "fil");
    let [
        (
            id,
            EntryState::Updated {
                change: Some(change),
            },
        ),
    ] = found.as_slice()
    else {
        panic!("{found:?}");
    };
    assert_eq!(id, "intro");
    assert!(change.source_changed());
    let report = fx.accept(&mut lock, "fil", &[]);
    assert!(matches!(report.recorded[0].was, EntryState::Updated { .. }));
    assert!(fx.not_current(&lock, "fil").is_empty());
}

#[test]
fn layout_changes_are_not_changes() {
    let fx = fixture();
    let lock = fx.record_all();
    fx.edit(
        "locales/zh-CN/article.ftl",
        "participants = 来自{ $countries }个国家",
        "participants =\n    来自{$countries}个国家",
    );
    fx.edit(
        "locales/en/article.ftl",
        "took part in the training.",
        "took part\n    in the training.",
    );
    fx.edit(
        "locales/fil/article.ftl",
        "\nintro",
        "\n# A comment.\nintro",
    );
    for locale in ["en", "fil"] {
        assert!(fx.not_current(&lock, locale).is_empty(), "{locale}");
    }
}

#[test]
fn removed_message_is_pruned_by_accept() {
    let fx = fixture();
    let mut lock = fx.record_all();
    fx.edit("locales/zh-CN/site.ftl", "nav-home = 首页\n", "");
    // The translations of a removed message are no longer translated entries.
    assert!(fx.not_current(&lock, "fil").is_empty());
    assert!(lock.get("fil", "site.ftl", &part("nav-home")).is_some());
    // Accepting any id of the locale prunes every removed entry.
    let report = fx.accept(&mut lock, "fil", &["intro"]);
    assert!(report.recorded.is_empty());
    assert_eq!(report.already_current, 1);
    let pruned: Vec<String> = report.pruned.iter().map(|k| k.id.to_string()).collect();
    assert_eq!(pruned, ["nav-home"]);
    assert!(lock.get("fil", "site.ftl", &part("nav-home")).is_none());
    assert!(
        lock.get("en", "site.ftl", &part("nav-home")).is_some(),
        "other locales untouched"
    );
}

#[test]
fn syntax_error_does_not_prune_the_entries_it_hides() {
    let fx = fixture();
    let mut lock = fx.record_all();
    fx.edit(
        "locales/fil/site.ftl",
        "nav-home = Home",
        "nav-home = Home }",
    );
    let report = fx.accept(&mut lock, "fil", &[]);
    assert!(report.pruned.is_empty());
    assert_eq!(report.kept_in_broken_files.len(), 1);
    assert!(lock.get("fil", "site.ftl", &part("nav-home")).is_some());
}

#[test]
fn accept_refuses_unknown_ids_and_the_source_locale() {
    let fx = fixture();
    let mut lock = fx.record_all();
    let before = lock.clone();
    let (project, catalog) = fx.load();
    let fil = Locale::parse("fil").unwrap();
    // breadcrumb-label exists in the source but fil has not translated it.
    for id in [
        "no-such-id",
        "breadcrumb-label",
        "title.no-such-attr",
        "titl",
    ] {
        let err = lock
            .accept(&project, &catalog, &fil, &["intro".into(), id.into()])
            .unwrap_err();
        assert!(
            matches!(&err, Error::UnknownEntry { locale, id: given } if locale == "fil" && given == id),
            "{err:?}"
        );
    }
    let err = lock
        .accept(&project, &catalog, &project.source, &[])
        .unwrap_err();
    assert!(
        matches!(&err, Error::ReferenceNamed { locale, .. } if locale == "zh-CN"),
        "{err:?}"
    );
    assert_eq!(lock, before, "a refused accept changes nothing");
    // An attribute alone.
    fx.edit("locales/zh-CN/article.ftl", "文章标题", "标题");
    let (project, catalog) = fx.load();
    let report = lock
        .accept(&project, &catalog, &fil, &["title.aria-label".into()])
        .unwrap();
    assert_eq!(report.recorded[0].id, "title.aria-label");
}

#[test]
fn corrupt_lock_is_an_error_with_position_and_left_untouched() {
    let fx = fixture();
    fx.record_all();
    let path = fx.file("fluentpress.lock");
    let text = fs::read_to_string(&path).unwrap();
    let mangled = text.replacen("\"file\":", "\"file\";", 1);
    fs::write(&path, &mangled).unwrap();
    let err = Lock::load(&path).unwrap_err();
    assert!(
        matches!(&err, Error::Invalid { path: p, message } if *p == path
            && message.starts_with("line 2, column 22: expected `:`")),
        "{err:?}"
    );

    // The whole accept flow refuses too and leaves the bytes as they were.
    let (project, catalog) = fx.load();
    let err =
        lock::accept_and_save(&project, &catalog, &Locale::parse("en").unwrap(), &[]).unwrap_err();
    assert!(
        matches!(&err, Error::Invalid { message, .. } if message.starts_with("line 2, column 22")),
        "{err:?}"
    );
    assert_eq!(fs::read(&path).unwrap(), mangled.as_bytes());
}

#[test]
fn saved_lock_is_sorted_one_record_per_line_and_reloads_equal() {
    let fx = fixture();
    let lock = fx.record_all();
    let text = fs::read_to_string(fx.file("fluentpress.lock")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], r#"{"fluentpress-lock":1}"#);
    assert_eq!(lines.len(), 13);
    let reloaded = Lock::load(&fx.file("fluentpress.lock")).unwrap().unwrap();
    assert_eq!(reloaded, lock);
    insta::assert_snapshot!(text);
}

#[test]
fn accept_and_save_initialises_a_project_without_lock() {
    let fx = fixture();
    let (project, catalog) = fx.load();
    let fil = Locale::parse("fil").unwrap();
    let outcome = lock::accept_and_save(&project, &catalog, &fil, &[]).unwrap();
    let initialised = outcome.initialised.unwrap();
    assert_eq!(initialised.len(), 2);
    assert!(outcome.written);
    assert_eq!(outcome.report.already_current, 5);
    // A second run changes nothing and does not write.
    let again = lock::accept_and_save(&project, &catalog, &fil, &[]).unwrap();
    assert!(again.initialised.is_none() && !again.written);
}

/// Review finding "`accept` prunes everything when a folder is missing": without its folder a
/// locale has no entries, and every record of it counted as stale.
#[test]
fn accept_refuses_a_locale_or_source_without_its_folder() {
    for missing in ["locales/fil", "locales/zh-CN"] {
        let fx = fixture();
        let mut lock = fx.record_all();
        let before = lock.clone();
        fs::rename(fx.file(missing), fx.file("moved-away")).unwrap();
        let (project, catalog) = fx.load();
        let err = lock
            .accept(&project, &catalog, &Locale::parse("fil").unwrap(), &[])
            .unwrap_err();
        assert!(
            matches!(&err, Error::FolderMissing { path, .. } if path.ends_with(missing)),
            "{missing}: {err:?}"
        );
        assert_eq!(lock, before, "{missing}: the lock is unchanged");
    }
}

/// Review finding "`accept` prunes everything when a folder is missing": a locale file that
/// vanished is treated like a broken one, its records kept.
#[test]
fn a_vanished_locale_file_keeps_its_records() {
    let fx = fixture();
    let mut lock = fx.record_all();
    fs::remove_file(fx.file("locales/fil/site.ftl")).unwrap();
    let report = fx.accept(&mut lock, "fil", &[]);
    assert!(report.pruned.is_empty(), "{:?}", report.pruned);
    let kept: Vec<String> = report
        .kept_in_missing_files
        .iter()
        .map(|k| format!("{} {}", k.file, k.id))
        .collect();
    assert_eq!(kept, ["site.ftl -unido", "site.ftl nav-home"]);
    assert!(lock.get("fil", "site.ftl", &part("nav-home")).is_some());
    assert_eq!(report.already_current, 3, "article.ftl is still recorded");
}

/// Review finding "`accept` prunes everything when a folder is missing": records are still
/// pruned when the source entry is gone, even with the locale's file gone too.
#[test]
fn a_file_removed_from_source_and_locale_is_pruned() {
    let fx = fixture();
    let mut lock = fx.record_all();
    fs::remove_file(fx.file("locales/fil/site.ftl")).unwrap();
    fs::remove_file(fx.file("locales/zh-CN/site.ftl")).unwrap();
    let report = fx.accept(&mut lock, "fil", &[]);
    let pruned: Vec<String> = report.pruned.iter().map(|k| k.id.to_string()).collect();
    assert_eq!(pruned, ["-unido", "nav-home"]);
    assert!(report.kept_in_missing_files.is_empty());
}
