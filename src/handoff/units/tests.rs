//! Units of small patterns, and the FTL they build back.

use super::*;
use fluent_syntax::parser;

fn languages(target: &str) -> Languages {
    let l = |t: &str| Locale::parse(t).unwrap();
    Languages::new(&l(target), &l("en"), &l("zh-CN"))
}

fn value<'a>(resource: &'a ast::Resource<&'a str>) -> &'a ast::Pattern<&'a str> {
    match &resource.body[0] {
        ast::Entry::Message(m) => m.value.as_ref().unwrap(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn plural_units_follow_the_target_categories() {
    let ftl = "a = { $n ->\n    [one] One file\n   *[other] { $n } files\n} here\n";
    let resource = parser::parse(ftl).unwrap();
    let langs = languages("bn");
    let dims = dimensions(value(&resource), &langs).unwrap();
    assert_eq!(dims.len(), 1);
    let keys: Vec<&str> = dims[0].values.iter().map(|v| v.key.as_str()).collect();
    assert_eq!(keys, ["one", "other"]);
    // bn's `one` starts at 0, which English writes with `other`.
    let text = flatten(
        value(&resource),
        &dims,
        &[0],
        Role::Other(langs.source_rules.as_ref()),
    );
    assert_eq!(plain_text(&text), "{ $n } files here");
    let km = languages("km");
    let dims = dimensions(value(&resource), &km).unwrap();
    assert_eq!(combinations(&dims).len(), 1);
}

#[test]
fn patterns_are_rebuilt_with_as_few_selectors_as_needed() {
    let dims = vec![Dimension {
        selector: "$n".into(),
        plural: true,
        values: vec![
            DimensionValue {
                key: "one".into(),
                samples: vec![1],
            },
            DimensionValue {
                key: "other".into(),
                samples: vec![0],
            },
        ],
        default: 1,
    }];
    let same = vec![
        vec![Segment::Code("{ $n }".into()), Segment::Text(" x".into())],
        vec![Segment::Code("{ $n }".into()), Segment::Text(" x".into())],
    ];
    assert_eq!(build_pattern(&dims, &same, 0), " { $n } x");
    let differ = vec![
        vec![Segment::Text("one {brace}".into())],
        vec![Segment::Text("  many\n[x]".into())],
    ];
    let ftl = format!("a ={}\n", build_pattern(&dims, &differ, 0));
    assert_eq!(
        ftl,
        "a =\n    { $n ->\n        [one] one { \"{\" }brace{ \"}\" }\n       *[other]\n            { \"  \" }many\n            { \"[\" }x]\n    }\n"
    );
    let resource = parser::parse(ftl.as_str()).unwrap();
    for (i, expected) in differ.iter().enumerate() {
        let text = flatten(value(&resource), &dims, &[i], Role::Target);
        assert_eq!(&text, expected);
    }
}
