//! gettext PO: the writer and the reader, and `Plural-Forms` from CLDR.
//!
//! Each unit is an entry with `msgctxt` = its stable id and `msgid` = its source text; the
//! units of a part with one plural selector are one plural entry (`msgctxt` = the part's id,
//! `msgstr[i]` = the target's i-th CLDR category), with `Plural-Forms` computed from the
//! target's CLDR rules. Notes are `#.` comments (the project's source text, the entry's
//! comment). Placeables are written as FTL (`{ $officials }`), and a literal brace as
//! `{ "{" }`, so that the text reads back unambiguously. An outdated translation is `fuzzy`;
//! like `msgfmt`, the reader takes a fuzzy entry as not translated. The writer is here, the
//! reader in `read`, `Plural-Forms` in `plurals`.

use super::Exchange;
use super::units::{PartUnits, Segment, Segments, State, plain_text};
use crate::intl::IsoDate;
use crate::locale::Locale;

mod plurals;
mod read;
#[cfg(test)]
mod tests;

pub(crate) use plurals::plural_forms;
pub(crate) use read::read;

/// The header fields of a PO file that say who and when.
#[derive(Debug, Clone)]
pub(crate) struct Header {
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
pub(crate) fn write(exchange: &Exchange, fields: &Header) -> String {
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
    let IsoDate { year, month, day } = IsoDate::from_days(i64::try_from(days).unwrap_or(i64::MAX));
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
