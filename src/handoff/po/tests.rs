//! The PO writer and reader on small exchanges, and `Plural-Forms` for a few languages.

use super::read::parse_text;
use super::*;
use crate::intl;

fn forms(tag: &str) -> String {
    plural_forms(&Locale::parse(tag).unwrap()).unwrap()
}

#[test]
fn plural_forms_come_from_cldr() {
    assert_eq!(forms("km"), "nplurals=1; plural=0;");
    assert_eq!(forms("en"), "nplurals=2; plural=(n == 1) ? 0 : 1;");
    assert_eq!(
        forms("bn"),
        "nplurals=2; plural=((n == 0) || (n == 1)) ? 0 : 1;"
    );
    // Polish: one, few, many, other (other for fractions only).
    assert_eq!(
        forms("pl"),
        "nplurals=4; plural=(n == 1) ? 0 : ((n % 10 >= 2 && n % 10 <= 4) && !(n % 100 >= 12 && n % 100 <= 14)) ? 1 : ((!(n == 1) && (n % 10 >= 0 && n % 10 <= 1)) || (n % 10 >= 5 && n % 10 <= 9) || (n % 100 >= 12 && n % 100 <= 14)) ? 2 : 3;"
    );
}

/// Evaluates a gettext plural expression for `n` (the operators `plural_forms` writes).
fn eval(expression: &str, n: u64) -> u64 {
    fn ternary(t: &mut &str, n: u64) -> u64 {
        let c = or(t, n);
        if eat(t, "?") {
            let a = ternary(t, n);
            assert!(eat(t, ":"));
            let b = ternary(t, n);
            if c != 0 { a } else { b }
        } else {
            c
        }
    }
    fn or(t: &mut &str, n: u64) -> u64 {
        let mut v = and(t, n);
        while eat(t, "||") {
            let r = and(t, n);
            v = u64::from(v != 0 || r != 0);
        }
        v
    }
    fn and(t: &mut &str, n: u64) -> u64 {
        let mut v = cmp(t, n);
        while eat(t, "&&") {
            let r = cmp(t, n);
            v = u64::from(v != 0 && r != 0);
        }
        v
    }
    fn cmp(t: &mut &str, n: u64) -> u64 {
        let a = modulo(t, n);
        for op in ["==", "!=", ">=", "<="] {
            if eat(t, op) {
                let b = modulo(t, n);
                return u64::from(match op {
                    "==" => a == b,
                    "!=" => a != b,
                    ">=" => a >= b,
                    _ => a <= b,
                });
            }
        }
        a
    }
    fn modulo(t: &mut &str, n: u64) -> u64 {
        let mut v = atom(t, n);
        while eat(t, "%") {
            v %= atom(t, n);
        }
        v
    }
    fn atom(t: &mut &str, n: u64) -> u64 {
        if eat(t, "!") {
            return u64::from(atom(t, n) == 0);
        }
        if eat(t, "(") {
            let v = ternary(t, n);
            assert!(eat(t, ")"), "{t}");
            return v;
        }
        if eat(t, "n") {
            return n;
        }
        *t = t.trim_start();
        let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let v = t[..digits].parse().unwrap();
        *t = &t[digits..];
        v
    }
    fn eat(t: &mut &str, token: &str) -> bool {
        *t = t.trim_start();
        match t.strip_prefix(token) {
            Some(rest) => {
                *t = rest;
                true
            }
            None => false,
        }
    }
    let mut t = expression;
    ternary(&mut t, n)
}

#[test]
fn plural_forms_select_what_cldr_selects() {
    let tags = [
        "ar", "ru", "pl", "cs", "lv", "ga", "cy", "fr", "bn", "fil", "mn", "km", "sl", "he", "lt",
        "ro", "is", "mk", "br", "uk", "pt", "es", "it",
    ];
    for tag in tags {
        let locale = Locale::parse(tag).unwrap();
        let value = plural_forms(&locale).expect(tag);
        let expression = value.split("plural=").nth(1).unwrap().trim_end_matches(';');
        let categories = intl::plural_categories(&locale);
        let rules = intl::cardinal_rules(&locale).unwrap();
        for n in 0..=1200u32 {
            let expected = intl::plural_category_name(rules.category_for(n));
            let index = eval(expression, u64::from(n)) as usize;
            assert_eq!(categories[index], expected, "{tag}, n = {n}: {value}");
        }
    }
}

#[test]
fn po_text_reads_back() {
    let segments = vec![
        Segment::Text("a {b} ".into()),
        Segment::Code("{ $n }".into()),
    ];
    assert_eq!(po_text(&segments), "a { \"{\" }b{ \"}\" } { $n }");
    assert_eq!(parse_text(&po_text(&segments)), segments);
    assert_eq!(
        parse_text("x {$n} y"),
        vec![
            Segment::Text("x ".into()),
            Segment::Code("{ $n }".into()),
            Segment::Text(" y".into())
        ]
    );
    assert_eq!(
        parse_text("x { y"),
        vec![
            Segment::Text("x ".into()),
            Segment::Code("{".into()),
            Segment::Text(" y".into())
        ]
    );
}
