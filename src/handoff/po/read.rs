//! The PO reader: entries, their fields and flags, and each text back into segments.

use crate::handoff::units::{self, Role, Segment, Segments};
use crate::handoff::{Format, Imported, ImportedUnit};

/// One entry as read.
#[derive(Default)]
struct Entry {
    context: Option<String>,
    id: Option<String>,
    plural: bool,
    strings: Vec<(Option<usize>, String)>,
    fuzzy: bool,
    obsolete: bool,
    line: usize,
}

/// Which string a continuation line adds to.
#[derive(Clone, Copy)]
enum Field {
    Context,
    Id,
    IdPlural,
    Str(Option<usize>),
}

/// Reads a PO file written by [`write()`] (or a tool that kept its contexts).
pub(crate) fn read(text: &str) -> Result<Imported, String> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut current = Entry::default();
    let mut field: Option<Field> = None;
    let mut started = false;
    let flush = |current: &mut Entry, entries: &mut Vec<Entry>, started: &mut bool| {
        if *started {
            entries.push(std::mem::take(current));
        }
        *started = false;
    };
    for (n, raw) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let line = raw.trim();
        let lineno = n + 1;
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if started && current.strings.iter().any(|_| true) {
                flush(&mut current, &mut entries, &mut started);
                field = None;
            }
            if rest.starts_with('~') {
                current.obsolete = true;
            } else if let Some(flags) = rest.strip_prefix(',') {
                current.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            }
            if !started {
                current.line = lineno;
            }
            started = true;
            continue;
        }
        let (keyword, value) = match line.find('"') {
            Some(0) => ("", line),
            Some(i) => (line[..i].trim(), &line[i..]),
            None => return Err(format!("line {lineno}: expected a quoted string")),
        };
        let value = unquote(value).ok_or_else(|| format!("line {lineno}: bad string {value}"))?;
        let next = match keyword {
            "" => {
                let Some(f) = field else {
                    return Err(format!("line {lineno}: a string outside an entry"));
                };
                append(&mut current, f, &value);
                continue;
            }
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgid_plural" => Field::IdPlural,
            "msgstr" => Field::Str(None),
            k => match k.strip_prefix("msgstr[").and_then(|r| r.strip_suffix(']')) {
                Some(i) => Field::Str(Some(
                    i.parse()
                        .map_err(|_| format!("line {lineno}: bad index in {k}"))?,
                )),
                None => return Err(format!("line {lineno}: unknown keyword `{k}`")),
            },
        };
        if matches!(next, Field::Context | Field::Id) && !current.strings.is_empty() {
            flush(&mut current, &mut entries, &mut started);
        }
        if !started {
            current.line = lineno;
            started = true;
        }
        match next {
            Field::Context => current.context = Some(String::new()),
            Field::Id => current.id = Some(String::new()),
            Field::IdPlural => current.plural = true,
            Field::Str(i) => current.strings.push((i, String::new())),
        }
        append(&mut current, next, &value);
        field = Some(next);
    }
    flush(&mut current, &mut entries, &mut started);

    let mut imported = Imported {
        format: Format::Po,
        source_language: String::new(),
        target_language: String::new(),
        files: Vec::new(),
        units: Vec::new(),
    };
    let mut saw_header = false;
    for entry in entries {
        if entry.obsolete || (entry.id.is_none() && entry.strings.is_empty()) {
            continue;
        }
        let Some(id) = &entry.id else {
            return Err(format!("line {}: an entry without msgid", entry.line));
        };
        if id.is_empty() && entry.context.is_none() {
            saw_header = true;
            let header = entry.strings.first().map(|s| s.1.as_str()).unwrap_or("");
            for field in header.lines() {
                if let Some((name, value)) = field.split_once(':') {
                    match name.trim() {
                        "Language" => imported.target_language = value.trim().to_owned(),
                        "X-Source-Language" => {
                            imported.source_language = value.trim().to_owned();
                        }
                        _ => {}
                    }
                }
            }
            continue;
        }
        let Some(context) = entry.context else {
            return Err(format!(
                "line {}: an entry without msgctxt: this PO file was not made by fluentpress export",
                entry.line
            ));
        };
        let file = context.split(':').next().unwrap_or_default().to_owned();
        if !imported.files.contains(&file) {
            imported.files.push(file);
        }
        for (index, text) in entry.strings {
            let id = match (entry.plural, index) {
                (true, Some(i)) => format!("{context}[{i}]"),
                _ => context.clone(),
            };
            let target = (!entry.fuzzy && !text.is_empty()).then(|| parse_text(&text));
            imported.units.push(ImportedUnit {
                id,
                target,
                untranslated: entry.fuzzy,
            });
        }
    }
    if !saw_header {
        return Err(
            "no header entry (msgid \"\"): not a PO file made by fluentpress export".into(),
        );
    }
    if imported.target_language.is_empty() {
        return Err("the header has no `Language`".into());
    }
    if imported.source_language.is_empty() {
        return Err(
            "the header has no `X-Source-Language`: not a PO file made by fluentpress export"
                .into(),
        );
    }
    Ok(imported)
}

fn append(entry: &mut Entry, field: Field, value: &str) {
    let target = match field {
        Field::Context => entry.context.get_or_insert_with(String::new),
        Field::Id => entry.id.get_or_insert_with(String::new),
        Field::IdPlural => return,
        Field::Str(_) => match entry.strings.last_mut() {
            Some((_, s)) => s,
            None => return,
        },
    };
    target.push_str(value);
}

/// The value of a C-quoted PO string.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '"' {
            return None;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            other => out.push(other),
        }
    }
    Some(out)
}

/// PO text back into segments: each `{ … }` is a placeable, in canonical spelling; a string
/// literal placeable is text. A brace that opens no placeable stays a code, which the
/// placeable check then reports.
pub(super) fn parse_text(text: &str) -> Segments {
    let mut out: Segments = Vec::new();
    let push_text = |out: &mut Segments, t: &str| {
        if t.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(Segment::Text(last)) => last.push_str(t),
            _ => out.push(Segment::Text(t.to_owned())),
        }
    };
    let mut rest = text;
    while let Some(start) = rest.find(['{', '}']) {
        push_text(&mut out, &rest[..start]);
        let tail = &rest[start..];
        match placeable_end(tail) {
            Some(end) => {
                let placeable = &tail[..end];
                match canonical(placeable) {
                    Some(Segment::Text(t)) => push_text(&mut out, &t),
                    Some(code) => out.push(code),
                    None => out.push(Segment::Code(placeable.to_owned())),
                }
                rest = &tail[end..];
            }
            None => {
                out.push(Segment::Code(tail[..1].to_owned()));
                rest = &tail[1..];
            }
        }
    }
    push_text(&mut out, rest);
    out
}

/// The length of the placeable at the start of `s` (balanced braces, string literals skipped).
fn placeable_end(s: &str) -> Option<usize> {
    if !s.starts_with('{') {
        return None;
    }
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => return None,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The canonical form of one placeable's FTL text, or `None` when it does not parse.
fn canonical(placeable: &str) -> Option<Segment> {
    let source = format!("x = {placeable}\n");
    let resource = fluent_syntax::parser::parse(source.as_str()).ok()?;
    let fluent_syntax::ast::Entry::Message(message) = resource.body.first()? else {
        return None;
    };
    let pattern = message.value.as_ref()?;
    let segments = units::flatten(pattern, &[], &[], Role::Target);
    match segments.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}
