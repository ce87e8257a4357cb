//! The way back: the texts of a part's units built into one FTL pattern, with as few selectors
//! as the texts need and the text escaped as FTL requires.

use std::collections::BTreeMap;

use super::{Dimension, Segment, Segments, combinations};

/// A pattern as FTL: either text, or a selector whose variants are patterns.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Text(Segments),
    Select {
        selector: String,
        variants: Vec<(String, bool, Node)>,
    },
}

/// The FTL of a part's pattern (what follows `id =` or `.attr =`, with its leading space or
/// line break) for the given text of every combination, with as few selectors as the texts
/// need. `texts` must hold one entry per combination of `dimensions`, in order.
pub(crate) fn build_pattern(dimensions: &[Dimension], texts: &[Segments], indent: usize) -> String {
    let combos = combinations(dimensions);
    let by_combo: BTreeMap<&[usize], &Segments> =
        combos.iter().map(Vec::as_slice).zip(texts.iter()).collect();
    let mut fixed = vec![0usize; dimensions.len()];
    let node = build_node(dimensions, &by_combo, 0, &mut fixed);
    let mut out = String::new();
    match &node {
        Node::Text(segments) => {
            let lines = text_lines(segments);
            if lines.len() == 1 {
                out.push(' ');
                out.push_str(&lines[0]);
            } else {
                for line in lines {
                    out.push('\n');
                    if !line.is_empty() {
                        push_indent(&mut out, indent + 4);
                        out.push_str(&line);
                    }
                }
            }
        }
        Node::Select { .. } => {
            out.push('\n');
            write_select(&node, indent + 4, &mut out);
            // The outermost selector ends the pattern: no line break after its brace.
            out.pop();
        }
    }
    out
}

fn build_node(
    dimensions: &[Dimension],
    texts: &BTreeMap<&[usize], &Segments>,
    level: usize,
    fixed: &mut Vec<usize>,
) -> Node {
    if level == dimensions.len() {
        return Node::Text(
            texts
                .get(fixed.as_slice())
                .map(|s| (*s).clone())
                .unwrap_or_default(),
        );
    }
    let dimension = &dimensions[level];
    let mut variants = Vec::new();
    for (i, value) in dimension.values.iter().enumerate() {
        fixed[level] = i;
        let node = build_node(dimensions, texts, level + 1, fixed);
        variants.push((value.key.clone(), i == dimension.default, node));
    }
    if variants.windows(2).all(|w| w[0].2 == w[1].2) {
        return variants.swap_remove(0).2;
    }
    // A variant that says what the default says is left to the default.
    let default = variants.iter().find(|v| v.1).map(|v| v.2.clone());
    if let Some(default) = default {
        let plural = dimension.plural;
        variants.retain(|(key, is_default, node)| {
            *is_default || *node != default || (plural && key.parse::<f64>().is_ok())
        });
    }
    Node::Select {
        selector: dimension.selector.clone(),
        variants,
    }
}

fn push_indent(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn write_select(node: &Node, indent: usize, out: &mut String) {
    let Node::Select { selector, variants } = node else {
        return;
    };
    push_indent(out, indent);
    out.push_str(&format!("{{ {selector} ->\n"));
    for (key, default, value) in variants {
        push_indent(out, indent + 4 - usize::from(*default));
        if *default {
            out.push('*');
        }
        out.push_str(&format!("[{key}]"));
        match value {
            Node::Text(segments) => {
                let lines = text_lines(segments);
                if lines.len() == 1 {
                    out.push(' ');
                    out.push_str(&lines[0]);
                    out.push('\n');
                } else {
                    out.push('\n');
                    for line in lines {
                        if !line.is_empty() {
                            push_indent(out, indent + 8);
                            out.push_str(&line);
                        }
                        out.push('\n');
                    }
                }
            }
            Node::Select { .. } => {
                out.push('\n');
                write_select(value, indent + 8, out);
            }
        }
    }
    push_indent(out, indent);
    out.push_str("}\n");
}

/// The text as FTL lines (without indentation): braces, and whitespace or syntax characters
/// that FTL would take for layout, are written as string literals.
fn text_lines(segments: &[Segment]) -> Vec<String> {
    let mut lines = vec![String::new()];
    let last = segments.len().saturating_sub(1);
    if segments.is_empty() {
        return vec!["{ \"\" }".to_owned()];
    }
    for (index, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Code(code) => lines
                .last_mut()
                .unwrap_or(&mut String::new())
                .push_str(code),
            Segment::Text(text) => {
                let pieces: Vec<&str> = text.split('\n').collect();
                for (n, piece) in pieces.iter().enumerate() {
                    if n > 0 {
                        lines.push(String::new());
                    }
                    let at_line_start = lines.last().is_some_and(String::is_empty);
                    let at_end = index == last && n == pieces.len() - 1;
                    let piece = piece.trim_end_matches('\r');
                    let line = lines.last_mut().expect("one line at least");
                    line.push_str(&escape_text(piece, at_line_start, at_end));
                }
            }
        }
    }
    lines
}

fn literal(text: &str) -> String {
    let mut out = String::from("{ \"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\" }");
    out
}

fn escape_text(text: &str, at_line_start: bool, at_end: bool) -> String {
    let mut out = String::new();
    let mut rest = text;
    if at_line_start {
        let body = rest.trim_start_matches([' ', '\t']);
        let lead = &rest[..rest.len() - body.len()];
        let first = body.chars().next();
        match first {
            Some(c @ ('[' | '*' | '.')) => {
                out.push_str(&literal(&format!("{lead}{c}")));
                rest = &body[c.len_utf8()..];
            }
            _ if !lead.is_empty() => {
                out.push_str(&literal(lead));
                rest = body;
            }
            _ => {}
        }
    }
    let (body, tail) = if at_end {
        let body = rest.trim_end_matches([' ', '\t']);
        (body, &rest[body.len()..])
    } else {
        (rest, "")
    };
    for c in body.chars() {
        match c {
            '{' | '}' => out.push_str(&literal(&c.to_string())),
            c if c.is_control() && c != '\t' => out.push_str(&literal(&c.to_string())),
            c => out.push(c),
        }
    }
    if !tail.is_empty() {
        out.push_str(&literal(tail));
    }
    out
}
