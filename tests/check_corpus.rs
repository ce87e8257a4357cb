//! Agreement with independent counts: on Anki's core strings (reference `templates`), every
//! locale's missing and obsolete counts equal those computed with Python's `fluent.syntax`
//! (`anki-core-i18n.coverage.tsv`). Skipped when the shared corpora are absent.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use fluentpress::catalog::Catalog;
use fluentpress::check::{self, CheckOptions};

#[test]
fn anki_counts_agree_with_the_independent_tsv() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let tree = shared.join("corpora/anki-core-i18n/core");
    let tsv = shared.join("corpora/anki-core-i18n.coverage.tsv");
    if !tree.is_dir() || !tsv.is_file() {
        eprintln!(
            "note: {} is absent; corpus agreement skipped",
            tree.display()
        );
        return;
    }
    let text = fs::read_to_string(&tsv).unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (locale, missing, obsolete) = (column("locale"), column("missing"), column("obsolete"));
    let expected: BTreeMap<String, (usize, usize)> = lines
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            (
                cells[locale].to_owned(),
                (
                    cells[missing].parse().unwrap(),
                    cells[obsolete].parse().unwrap(),
                ),
            )
        })
        .collect();

    let options = CheckOptions::tree("templates", None);
    let catalog = Catalog::load(&tree, &options.folders()).unwrap();
    let report = check::run(&catalog, &options).unwrap();
    let actual: BTreeMap<String, (usize, usize)> = report
        .locales
        .iter()
        .map(|l| (l.locale.clone(), (l.missing, l.obsolete)))
        .collect();
    assert_eq!(actual.len(), 69);
    assert_eq!(actual, expected);
    for l in &report.locales {
        assert_eq!(l.total, 1555, "{}", l.locale);
        assert_eq!(l.translated + l.missing, l.total, "{}", l.locale);
    }
}
