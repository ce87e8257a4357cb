//! Coverage weighted by words: long passages weigh what they weigh in the text.

use crate::common::Project;

/// Issue: km and lo left out two long paragraphs (about 40 % of the article) while coverage
/// showed 93 %. Coverage by words says how much of the text is translated.
#[test]
fn two_long_paragraphs_missing_weigh_their_words() {
    let project = Project::copy();
    let article = "locales/km/unido-industrial-park-training-2023.ftl";
    project.remove_entry(article, "opening");
    project.remove_entry(article, "experts");
    let out = project.run(&["check", "--locale", "km", "--format", "json"]);
    assert_eq!(out.code, 0, "{out:?}");
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let km = &json["locales"][0];
    let figures: Vec<String> = [
        "total",
        "missing",
        "coverage",
        "total_words",
        "missing_words",
        "word_coverage",
    ]
    .iter()
    .map(|k| format!("{k}: {}", km[*k]))
    .collect();
    insta::assert_snapshot!(figures.join("\n"), @r"
    total: 47
    missing: 2
    coverage: 95.74
    total_words: 1006
    missing_words: 324
    word_coverage: 67.79
    ");
    let human = project.run(&["check", "--locale", "km"]);
    let row = human.stdout.lines().find(|l| l.starts_with("km ")).unwrap();
    insta::assert_snapshot!(row, @"km      ███████████████████░   95.74%   67.79%        45/47           2 (324)         0          0         0        0       0         0");
}
