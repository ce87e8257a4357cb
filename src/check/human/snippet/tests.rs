//! Every shape drawn directly is compared with what annotate-snippets draws for it, with and
//! without colour, over lines of many kinds, every span of the short ones, line numbers of
//! different widths, labels and notes.

use annotate_snippets::Renderer;

use super::super::render;
use super::*;

const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Note];

/// Draws `shown` both ways and checks they agree; returns whether it was drawn directly.
fn agrees(shown: &Shown<'_>) -> bool {
    let mut drawn = false;
    for styled in [false, true] {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::from("kept");
        if draw(&mut out, shown, styled) {
            drawn = true;
            assert_eq!(
                out.strip_prefix("kept").unwrap(),
                render(&renderer, shown),
                "styled {styled}, shape {:?}",
                describe(shown)
            );
        } else {
            assert_eq!(out, "kept", "a shape not drawn leaves the text as it was");
        }
    }
    drawn
}

fn describe(shown: &Shown<'_>) -> String {
    match &shown.at {
        At::Origin(at) => format!("origin {at:?}, notes {:?}", shown.notes),
        At::Source {
            text,
            first_line,
            span,
            label,
        } => format!(
            "{text:?} line {first_line} span {span:?} label {label:?} notes {:?} message {:?}",
            shown.notes, shown.message
        ),
    }
}

fn shown<'a>(at: At<'a>, notes: &'a [&'a str], message: &'a str) -> Shown<'a> {
    Shown {
        severity: Severity::Error,
        code: "unknown-variable",
        message,
        path: "locales/fr/main.ftl",
        at,
        notes,
    }
}

const NOTES: [&[&str]; 5] = [
    &[],
    &["one note"],
    &["first", "second"],
    &["over\ntwo lines"],
    &[""],
];

const MESSAGES: [&str; 5] = [
    "the variable `$n` is not in the reference",
    "",
    "two\nlines",
    "a\ttab, a \u{7} bell and a \u{200d} joiner",
    "wide 日本語 text",
];

#[test]
fn files_without_source_are_drawn_as_annotate_snippets_draws_them() {
    for severity in SEVERITIES {
        for notes in NOTES {
            for message in MESSAGES {
                for at in [None, Some((1, 1)), Some((12, 345))] {
                    let mut s = shown(At::Origin(at), notes, message);
                    s.severity = severity;
                    assert!(agrees(&s));
                }
            }
        }
    }
}

/// Lines of every kind the renderer treats apart.
const LINES: [&str; 16] = [
    "hello = Hello { $name }",
    "",
    "   ",
    "trailing = spaces   ",
    "\tindented = with a tab\tand another",
    "    four = spaces",
    "cjk = 日本語のテキスト { $n } です",
    "emoji = 👍🏽 and 👨\u{200d}👩\u{200d}👧 family",
    "combining = e\u{301}te\u{301}",
    "bell = a\u{7}b and a lone \r inside",
    "bidi = \u{202e}reversed\u{202c} and \u{2068}isolate\u{2069}",
    "del = \u{7f} and nul \u{0} and escape \u{1b}[31m",
    "fullwidth = ＡＢＣ　ｄｅｆ",
    "nbsp\u{a0}= x",
    "\u{3000}ideographic space first",
    "hangul = 한국어 { -brand }",
];

#[test]
fn one_line_spans_are_drawn_as_annotate_snippets_draws_them() {
    let mut drawn = 0;
    for text in LINES {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (i, &start) in bounds.iter().enumerate() {
            for &end in &bounds[i..] {
                for first_line in [9, 100] {
                    let at = At::Source {
                        text,
                        first_line,
                        span: start..end,
                        label: None,
                    };
                    drawn += usize::from(agrees(&shown(at, &[], "m")));
                }
            }
        }
    }
    assert!(drawn > 4_000, "{drawn}");
}

#[test]
fn labels_notes_messages_and_levels_are_drawn_as_annotate_snippets_draws_them() {
    for severity in SEVERITIES {
        for text in LINES {
            let end = text.len();
            let middle = (end / 2..=end).find(|&i| text.is_char_boundary(i)).unwrap();
            for span in [0..0, 0..middle, middle..end, end..end] {
                for label in [None, Some(""), Some("not in the reference"), Some("日本")] {
                    for notes in NOTES {
                        for message in MESSAGES {
                            let at = At::Source {
                                text,
                                first_line: 1 + text.len() * 1000,
                                span: span.clone(),
                                label,
                            };
                            let mut s = shown(at, notes, message);
                            s.severity = severity;
                            assert!(agrees(&s), "{}", describe(&s));
                        }
                    }
                }
            }
        }
    }
}

/// Lines near the width where annotate-snippets starts cutting them, wide characters and
/// tabs included, and indentation near where it cuts the indentation: drawn directly only
/// where the line is shown whole, and then the same.
#[test]
fn long_and_indented_lines_agree_or_are_left_to_annotate_snippets() {
    let mut drawn = 0;
    let mut left = 0;
    for filler in ["x", "日", "\t", "👍"] {
        for n in 25..150 {
            let text = format!("id = {}", filler.repeat(n));
            for first_line in [1, 10, 1000] {
                for span in [0..2, 5..text.len(), text.len()..text.len()] {
                    for label in [None, Some("a label that is rather long")] {
                        let at = At::Source {
                            text: &text,
                            first_line,
                            span: span.clone(),
                            label,
                        };
                        if agrees(&shown(at, &[], "m")) {
                            drawn += 1;
                        } else {
                            left += 1;
                        }
                    }
                }
            }
        }
    }
    for indent in [" ", "\t", "\u{3000}"] {
        for n in 0..40 {
            let text = format!("{}id = value", indent.repeat(n));
            for span in [0..0, n..text.len()] {
                let at = At::Source {
                    text: &text,
                    first_line: 3,
                    span,
                    label: Some("label"),
                };
                if agrees(&shown(at, &[], "m")) {
                    drawn += 1;
                } else {
                    left += 1;
                }
            }
        }
    }
    assert!(drawn > 1000 && left > 1000, "{drawn} drawn, {left} left");
}

/// A line of 136 columns is shown whole after a one-digit line number; one more column and
/// annotate-snippets cuts it.
#[test]
fn the_widest_line_drawn_directly_is_the_widest_shown_whole() {
    let text = "x".repeat(136);
    let at = |text| At::Source {
        text,
        first_line: 1,
        span: 0..1,
        label: None,
    };
    assert!(agrees(&shown(at(&text), &[], "m")));
    let text = "x".repeat(137);
    assert!(!agrees(&shown(at(&text), &[], "m")));
}

/// Spans over several lines (CRLF line ends included) are left to annotate-snippets.
#[test]
fn several_lines_are_left_to_annotate_snippets() {
    for text in ["a = A\nb = B", "a = A\r\nb = B", "a = {\n  $x\n}"] {
        for span in [0..1, 0..text.len(), 2..8] {
            let at = At::Source {
                text,
                first_line: 9,
                span,
                label: Some("here"),
            };
            assert!(!agrees(&shown(at, &["note"], "m")));
        }
    }
}
