//! gettext PO: the writer and the reader, and `Plural-Forms` from CLDR.
//!
//! Each unit is an entry with `msgctxt` = its stable id and `msgid` = its source text; the
//! units of a part with one plural selector are one plural entry (`msgctxt` = the part's id,
//! `msgstr[i]` = the target's i-th CLDR category), with `Plural-Forms` computed from the
//! target's CLDR rules. Notes are `#.` comments (the project's source text, the entry's
//! comment). Placeables are written as FTL (`{ $officials }`), and a literal brace as
//! `{ "{" }`, so that the text reads back unambiguously. An outdated translation is `fuzzy`;
//! like `msgfmt`, the reader takes a fuzzy entry as not translated.

use super::units::{PartUnits, Segment, Segments, State, plain_text};
use super::{Exchange, Format, Imported, ImportedUnit};
use crate::intl;
use crate::locale::Locale;

/// The header fields of a PO file that say who and when.
#[derive(Debug, Clone)]
pub struct Header {
    /// `PO-Revision-Date`.
    pub date: String,
    /// `Last-Translator`: the locale's configured translator, if any.
    pub translator: String,
    /// `Language-Team`: the locale's name.
    pub team: String,
}

impl Header {
    /// The fields for `locale` of `project`, dated `date`.
    pub(crate) fn new(project: &crate::config::Project, locale: &Locale, date: &str) -> Self {
        let config = project.locale(locale.as_str()).map(|p| &p.config);
        Header {
            date: date.to_owned(),
            translator: config
                .and_then(|c| c.translator.clone())
                .unwrap_or_default(),
            team: config.map(|c| c.name.clone()).unwrap_or_default(),
        }
    }
}

/// Writes an exchange as a PO file.
pub fn write(exchange: &Exchange, fields: &Header) -> String {
    let target = &exchange.target_language;
    let mut out = format!(
        "# {target} translation of a fluentpress project, from {}.\n\
         # Keep every {{ … }} placeable; write a literal brace as {{ \"{{\" }}.\n\
         msgid \"\"\nmsgstr \"\"\n",
        exchange.source_language
    );
    let mut header = vec![
        "Project-Id-Version: fluentpress".to_owned(),
        format!("PO-Revision-Date: {}", fields.date),
        format!("Last-Translator: {}", fields.translator),
        format!("Language-Team: {}", fields.team),
        format!("Language: {target}"),
        "MIME-Version: 1.0".to_owned(),
        "Content-Type: text/plain; charset=UTF-8".to_owned(),
        "Content-Transfer-Encoding: 8bit".to_owned(),
    ];
    if let Some(forms) = plural_forms(target) {
        header.push(format!("Plural-Forms: {forms}"));
    }
    header.push(format!("X-Source-Language: {}", exchange.source_language));
    header.push(format!(
        "X-Generator: fluentpress {}",
        env!("CARGO_PKG_VERSION")
    ));
    for line in header {
        out.push_str(&format!("\"{}\\n\"\n", escape(&line)));
    }
    for part in exchange.parts() {
        write_part(&mut out, exchange, part);
    }
    out
}

fn write_part(out: &mut String, exchange: &Exchange, part: &PartUnits) {
    let comments = |out: &mut String, origin: Option<&Segments>, extra: Option<String>| {
        out.push('\n');
        if let (Some(origin), Some(language)) = (origin, &exchange.origin_language) {
            push_comment(out, &format!("{language}: {}", plain_text(origin)));
        }
        if let Some(comment) = &part.comment {
            push_comment(out, comment);
        }
        if let Some(extra) = extra {
            push_comment(out, &extra);
        }
        out.push_str(&format!("#: {}\n", part.key.file));
        if part.state == State::NeedsReview {
            out.push_str("#, fuzzy\n");
        }
    };
    if part.is_plural_group() {
        let keys: Vec<String> = part
            .units
            .iter()
            .map(|u| u.combination[0].clone())
            .collect();
        comments(
            out,
            part.units.last().and_then(|u| u.origin.as_ref()),
            Some(format!(
                "forms of {}: [{}]",
                part.dimensions[0].selector,
                keys.join("], [")
            )),
        );
        out.push_str(&format!("msgctxt {}\n", quoted(&part.key.id())));
        let first = &part.units[0];
        let last = &part.units[part.units.len() - 1];
        out.push_str(&format!("msgid {}\n", quoted(&po_text(&first.source))));
        out.push_str(&format!(
            "msgid_plural {}\n",
            quoted(&po_text(&last.source))
        ));
        for (i, unit) in part.units.iter().enumerate() {
            let text = unit.target.as_ref().map(|t| po_text(t)).unwrap_or_default();
            out.push_str(&format!("msgstr[{i}] {}\n", quoted(&text)));
        }
        return;
    }
    for unit in &part.units {
        let extra = (part.units.len() > 1).then(|| {
            let keys: Vec<String> = part
                .dimensions
                .iter()
                .zip(&unit.combination)
                .map(|(d, k)| format!("{} [{k}]", d.selector))
                .collect();
            format!("variant: {}", keys.join(", "))
        });
        comments(out, unit.origin.as_ref(), extra);
        out.push_str(&format!("msgctxt {}\n", quoted(&unit.id)));
        out.push_str(&format!("msgid {}\n", quoted(&po_text(&unit.source))));
        let text = unit.target.as_ref().map(|t| po_text(t)).unwrap_or_default();
        out.push_str(&format!("msgstr {}\n", quoted(&text)));
    }
}

fn push_comment(out: &mut String, text: &str) {
    for line in text.lines() {
        if line.is_empty() {
            out.push_str("#.\n");
        } else {
            out.push_str(&format!("#. {line}\n"));
        }
    }
}

/// Now, as a PO date (`2026-12-02 05:30+0000`), or the time `SOURCE_DATE_EPOCH` gives, for
/// reproducible files.
pub fn revision_date() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    // Civil date from days since 1970-01-01 (proleptic Gregorian calendar).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}+0000",
        rest / 3_600,
        rest % 3_600 / 60
    )
}

/// A unit's text as PO text: placeables as FTL, literal braces as string literals.
pub(crate) fn po_text(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Code(c) => out.push_str(c),
            Segment::Text(t) => {
                for c in t.chars() {
                    match c {
                        '{' => out.push_str("{ \"{\" }"),
                        '}' => out.push_str("{ \"}\" }"),
                        c => out.push(c),
                    }
                }
            }
        }
    }
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// A PO string: one line, or `""` followed by one line per line of text.
fn quoted(s: &str) -> String {
    if !s.contains('\n') || s.trim_end_matches('\n').is_empty() {
        return format!("\"{}\"", escape(s));
    }
    let mut out = String::from("\"\"");
    for line in s.split_inclusive('\n') {
        out.push_str(&format!("\n\"{}\"", escape(line)));
    }
    out
}

/// The gettext `Plural-Forms` value for `locale` from its CLDR rules
/// (`nplurals=2; plural=(n == 1) ? 0 : 1;`), or `None` when CLDR has no rules for it.
/// gettext counts whole numbers only: the operands of fractions (`v`, `f`, `t`, `w`) and the
/// exponent are 0, `i` is `n`.
pub fn plural_forms(locale: &Locale) -> Option<String> {
    let categories = intl::plural_categories(locale);
    let conditions = intl::cardinal_conditions(locale)?;
    if categories.is_empty() {
        return None;
    }
    let index = |name: &str| categories.iter().position(|c| *c == name);
    let other = index("other").unwrap_or(categories.len() - 1);
    let mut expression = String::new();
    let mut closing = 0;
    for (name, condition) in &conditions {
        let Some(i) = index(name) else { continue };
        match condition_c(condition)? {
            Expr::Const(false) => {}
            Expr::Const(true) => {
                expression.push_str(&i.to_string());
                closing = usize::MAX;
                break;
            }
            Expr::Text(c) => {
                expression.push_str(&format!("{c} ? {i} : "));
                closing += 1;
            }
        }
    }
    if closing != usize::MAX {
        expression.push_str(&other.to_string());
    }
    Some(format!(
        "nplurals={}; plural={expression};",
        categories.len()
    ))
}

/// A condition of whole numbers: known to be always true or false, or C text.
enum Expr {
    Const(bool),
    Text(String),
}

/// Translates a CLDR plural condition (`n % 10 = 2..4 and n % 100 != 12..14`) into a C
/// expression of `n`, or `None` when it cannot be read.
fn condition_c(condition: &str) -> Option<Expr> {
    let condition = condition.split('@').next().unwrap_or_default();
    let mut ors = Vec::new();
    for or in condition.split(" or ") {
        let mut ands = Vec::new();
        let mut always_false = false;
        for relation in or.split(" and ") {
            match relation_c(relation.trim())? {
                Expr::Const(true) => {}
                Expr::Const(false) => always_false = true,
                Expr::Text(t) => ands.push(t),
            }
        }
        if always_false {
            continue;
        }
        if ands.is_empty() {
            return Some(Expr::Const(true));
        }
        ors.push(if ands.len() == 1 {
            ands.swap_remove(0)
        } else {
            format!("({})", ands.join(" && "))
        });
    }
    Some(match ors.len() {
        0 => Expr::Const(false),
        1 => Expr::Text(ors.swap_remove(0)),
        _ => Expr::Text(format!("({})", ors.join(" || "))),
    })
}

fn relation_c(relation: &str) -> Option<Expr> {
    let tokens: Vec<&str> = relation.split_whitespace().collect();
    let (operand, rest) = tokens.split_first()?;
    let (modulus, rest) = match rest {
        ["%", m, rest @ ..] => (Some(m.parse::<u64>().ok()?), rest),
        _ => (None, rest),
    };
    // The range list may be written with spaces after its commas (`1, 2, 3`).
    let (negated, list) = match rest {
        ["=", list @ ..] if !list.is_empty() => (false, list.concat()),
        ["!=", list @ ..] if !list.is_empty() => (true, list.concat()),
        _ => return None,
    };
    let ranges: Vec<(u64, u64)> = list
        .split(',')
        .map(|item| match item.split_once("..") {
            Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
            None => item.parse().ok().map(|v| (v, v)),
        })
        .collect::<Option<_>>()?;
    match *operand {
        "n" | "i" => {}
        "v" | "w" | "f" | "t" | "c" | "e" => {
            let value = modulus.map_or(0, |m| 0 % m.max(1));
            let inside = ranges.iter().any(|&(a, b)| (a..=b).contains(&value));
            return Some(Expr::Const(inside != negated));
        }
        _ => return None,
    }
    let x = match modulus {
        Some(m) => format!("n % {m}"),
        None => "n".to_owned(),
    };
    let several = ranges.len() > 1;
    let tests: Vec<String> = ranges
        .iter()
        .map(|&(a, b)| match (a == b, several) {
            (true, _) => format!("{x} == {a}"),
            (false, false) => format!("{x} >= {a} && {x} <= {b}"),
            (false, true) => format!("({x} >= {a} && {x} <= {b})"),
        })
        .collect();
    let joined = format!("({})", tests.join(" || "));
    Some(Expr::Text(if negated {
        format!("!{joined}")
    } else {
        joined
    }))
}

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
pub(crate) fn parse_text(text: &str) -> Segments {
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
    let segments = super::units::flatten(pattern, &[], &[], super::units::Role::Target);
    match segments.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "ar", "ru", "pl", "cs", "lv", "ga", "cy", "fr", "bn", "fil", "mn", "km", "sl", "he",
            "lt", "ro", "is", "mk", "br", "uk", "pt", "es", "it",
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
}
