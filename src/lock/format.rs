//! The lock file on disk: reading with exact error positions, writing sorted and atomically.
//!
//! Format (version 1): UTF-8, one JSON object per line. Line 1 is the header
//! `{"fluentpress-lock":1}`; every other line is one record with the fields, in this order,
//! `locale`, `file`, `id`, `source`, `pivot` (absent when there was none) and `translation`
//! (`fnv1a64:` and 16 hexadecimal digits). Records are sorted by locale, file and id, so the
//! file diffs and merges line by line. Blank lines and CRLF line ends are tolerated on reading.
//! Anything else that does not fit (bad JSON, unknown or missing fields, a duplicate record, an
//! unresolved merge conflict) is an error naming its line and column; a lock that cannot be
//! read is never replaced.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::ftl::PartId;

use super::{Key, Lock, Record};
use crate::error::{Error, Result};

/// The format version this code reads and writes.
pub(crate) const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    #[serde(rename = "fluentpress-lock")]
    version: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    locale: String,
    file: String,
    id: String,
    source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pivot: Option<String>,
    translation: String,
}

const FINGERPRINT_PREFIX: &str = "fnv1a64:";

pub(crate) fn format_fingerprint(fingerprint: u64) -> String {
    format!("{FINGERPRINT_PREFIX}{fingerprint:016x}")
}

fn parse_fingerprint(text: &str) -> Option<u64> {
    let hex = text.strip_prefix(FINGERPRINT_PREFIX)?;
    if hex.len() != 16 || !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    u64::from_str_radix(hex, 16).ok()
}

/// Parses the text of a lock file read from `path` (named in errors).
pub(crate) fn parse(path: &Path, text: &str) -> Result<Lock> {
    let fail = |line: usize, column: usize, message: String| {
        Error::invalid(
            path,
            format!(
                "line {line}, column {column}: {message}; fix the line or restore the file from \
                 version control (fluentpress never rewrites a lock file it cannot read)"
            ),
        )
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = BTreeMap::new();
    let mut first_line: BTreeMap<Key, usize> = BTreeMap::new();
    let mut header_seen = false;
    for (index, raw) in text.split('\n').enumerate() {
        let number = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            continue;
        }
        if ["<<<<<<<", "|||||||", "=======", ">>>>>>>"]
            .iter()
            .any(|marker| line.starts_with(marker))
        {
            return Err(fail(
                number,
                1,
                "unresolved merge conflict marker: keep one side of each conflicting record, \
                 or delete them and run `fluentpress accept` for the locale"
                    .to_owned(),
            ));
        }
        if !header_seen {
            let header: Header = serde_json::from_str(line).map_err(|e| {
                fail(
                    number,
                    char_column(line, e.column()),
                    format!(
                        "expected the header `{{\"fluentpress-lock\":{VERSION}}}` ({})",
                        json_message(&e)
                    ),
                )
            })?;
            if header.version != VERSION {
                return Err(fail(
                    number,
                    1,
                    format!(
                        "lock format version {} is not supported (this fluentpress reads version {VERSION})",
                        header.version
                    ),
                ));
            }
            header_seen = true;
            continue;
        }
        let record: Line = serde_json::from_str(line)
            .map_err(|e| fail(number, char_column(line, e.column()), json_message(&e)))?;
        // The column of a field's value.
        let column_of = |field: &str| {
            let key = format!("\"{field}\":");
            line.find(&key)
                .map_or(1, |byte| line[..byte + key.len()].chars().count() + 1)
        };
        if crate::locale::Locale::parse(&record.locale)
            .map_or(true, |l| l.as_str() != record.locale)
        {
            return Err(fail(
                number,
                column_of("locale"),
                format!("`{}` is not a canonical locale tag", record.locale),
            ));
        }
        if !valid_file(&record.file) {
            return Err(fail(
                number,
                column_of("file"),
                format!(
                    "`{}` is not a relative path of an .ftl file with `/` separators",
                    record.file
                ),
            ));
        }
        let Ok(id) = record.id.parse::<PartId>() else {
            return Err(fail(
                number,
                column_of("id"),
                format!(
                    "`{}` is not a Fluent id (`message`, `-term` or either with `.attribute`)",
                    record.id
                ),
            ));
        };
        let Some(fingerprint) = parse_fingerprint(&record.translation) else {
            return Err(fail(
                number,
                column_of("translation"),
                format!(
                    "`{}` is not a fingerprint (`{FINGERPRINT_PREFIX}` and 16 hexadecimal digits)",
                    record.translation
                ),
            ));
        };
        let key = Key {
            locale: record.locale,
            file: record.file,
            id,
        };
        if let Some(previous) = first_line.get(&key) {
            return Err(fail(
                number,
                1,
                format!(
                    "second record for {} {} {} (the first is on line {previous})",
                    key.locale, key.file, key.id
                ),
            ));
        }
        first_line.insert(key.clone(), number);
        records.insert(
            key,
            Record {
                source: record.source,
                pivot: record.pivot,
                fingerprint,
            },
        );
    }
    if !header_seen {
        return Err(fail(
            1,
            1,
            format!("the file is empty; expected the header `{{\"fluentpress-lock\":{VERSION}}}`"),
        ));
    }
    Ok(Lock { records })
}

/// The 1-based character column of serde_json's 1-based byte column in `line`.
fn char_column(line: &str, byte_column: usize) -> usize {
    let mut byte = byte_column.saturating_sub(1).min(line.len());
    while !line.is_char_boundary(byte) {
        byte -= 1;
    }
    line[..byte].chars().count() + 1
}

/// serde_json's message without its own "at line 1 column N" suffix.
fn json_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

fn valid_file(file: &str) -> bool {
    file.ends_with(".ftl")
        && !file.contains('\\')
        && file
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// The text of a lock file: header, then the records in key order.
pub(crate) fn serialize(lock: &Lock) -> String {
    let mut out = serde_json::to_string(&Header { version: VERSION }).unwrap_or_default();
    out.push('\n');
    for (key, record) in &lock.records {
        let line = Line {
            locale: key.locale.clone(),
            file: key.file.clone(),
            id: key.id.to_string(),
            source: record.source.clone(),
            pivot: record.pivot.clone(),
            translation: format_fingerprint(record.fingerprint),
        };
        // Serialising strings into JSON cannot fail.
        out.push_str(&serde_json::to_string(&line).unwrap_or_default());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = concat!(
        "{\"fluentpress-lock\":1}\n",
        "{\"locale\":\"en\",\"file\":\"site.ftl\",\"id\":\"nav-home\",\"source\":\"首页\",\"translation\":\"fnv1a64:0123456789abcdef\"}\n",
        "{\"locale\":\"fil\",\"file\":\"site.ftl\",\"id\":\"-brand.gender\",\"source\":\"x\",\"pivot\":\"y\",\"translation\":\"fnv1a64:0000000000000001\"}\n",
    );

    fn error(text: &str) -> String {
        parse(Path::new("fluentpress.lock"), text)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn round_trips_byte_for_byte() {
        let lock = parse(Path::new("l"), GOOD).unwrap();
        assert_eq!(lock.records.len(), 2);
        assert_eq!(serialize(&lock), GOOD);
    }

    #[test]
    fn tolerates_crlf_bom_and_blank_lines() {
        let text = format!("\u{feff}{}\n\n", GOOD.replace('\n', "\r\n"));
        assert_eq!(serialize(&parse(Path::new("l"), &text).unwrap()), GOOD);
    }

    #[test]
    fn errors_name_line_and_column() {
        let broken = GOOD.replace("\"id\":\"nav-home\",", "\"id\":\"nav-home\"");
        let err = error(&broken);
        assert!(
            err.starts_with("invalid `fluentpress.lock`: line 2, column 49: expected `,` or `}`"),
            "{err}"
        );

        let err = error(&GOOD.replace("0123456789abcdef", "0123"));
        assert!(
            err.contains("line 2, column 78: `fnv1a64:0123` is not a fingerprint"),
            "{err}"
        );

        let err = error(&GOOD.replace(
            "\"site.ftl\",\"id\":\"-brand",
            "\"../x.ftl\",\"id\":\"-brand",
        ));
        assert!(err.contains("line 3, column 24: `../x.ftl`"), "{err}");

        let err = error(&GOOD.replace("\"source\":\"x\",", "\"source\":\"x\",\"extra\":1,"));
        assert!(
            err.contains("line 3, column ") && err.contains("unknown field `extra`"),
            "{err}"
        );
    }

    #[test]
    fn columns_count_characters() {
        let broken = GOOD.replace("\"首页\",", "\"首页\"");
        let err = error(&broken);
        assert!(
            err.contains("line 2, column 63: expected `,` or `}`"),
            "{err}"
        );
    }

    #[test]
    fn refuses_missing_header_other_versions_conflicts_and_duplicates() {
        assert!(error("").contains("line 1, column 1: the file is empty"));
        assert!(error(&GOOD.replace(":1}", ":2}")).contains("version 2 is not supported"));
        let lines: Vec<&str> = GOOD.lines().collect();
        let headerless = lines[1..].join("\n");
        assert!(
            error(&headerless).contains("line 1, column 9: expected the header"),
            "{}",
            error(&headerless)
        );
        let conflict = format!("{}\n<<<<<<< ours\n{}\n", lines[0], lines[1]);
        assert!(error(&conflict).contains("line 2, column 1: unresolved merge conflict"));
        let duplicate = format!("{GOOD}{}\n", lines[1]);
        assert!(error(&duplicate).contains(
            "line 4, column 1: second record for en site.ftl nav-home (the first is on line 2)"
        ));
    }
}
