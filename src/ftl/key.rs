//! The keys that cross module boundaries: an entry of a locale ([`EntryKey`]) and a part of an
//! entry, its value or one attribute ([`PartId`], written `title` or `title.aria-label`).

use std::fmt;
use std::str::FromStr;

/// An entry of a locale: the file (relative to the locale folder, with `/`) and the id (terms
/// with their leading `-`). Shown as `file id`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryKey {
    /// The FTL file, relative to the locale folder.
    pub file: String,
    /// Message id, or term id with its `-`.
    pub id: String,
}

impl EntryKey {
    /// The entry `id` of `file`.
    pub fn new(file: impl Into<String>, id: impl Into<String>) -> Self {
        EntryKey {
            file: file.into(),
            id: id.into(),
        }
    }
}

impl fmt::Display for EntryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.file, self.id)
    }
}

/// A part of an entry: its value (`title`, `-brand`) or one attribute (`title.aria-label`,
/// `-brand.gender`). [`FromStr`] accepts exactly what [`Display`](fmt::Display) writes, with
/// Fluent identifiers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PartId {
    /// The entry id (terms with their `-`).
    pub entry: String,
    /// The attribute's name, for an attribute.
    pub attribute: Option<String>,
}

impl PartId {
    /// The value of `entry`.
    pub(crate) fn value(entry: impl Into<String>) -> Self {
        PartId {
            entry: entry.into(),
            attribute: None,
        }
    }

    /// The attribute `attribute` of `entry`.
    pub(crate) fn attribute(entry: impl Into<String>, attribute: impl Into<String>) -> Self {
        PartId {
            entry: entry.into(),
            attribute: Some(attribute.into()),
        }
    }

    /// Whether `id`, as a user names it, selects this part: the part itself, or the whole
    /// entry it belongs to.
    pub(crate) fn is_named_by(&self, id: &str) -> bool {
        id == self.entry || self.to_string() == id
    }
}

impl PartId {
    /// The bytes of the part as written (`entry.attribute`), without allocating.
    fn written(&self) -> impl Iterator<Item = u8> + '_ {
        let attribute = self
            .attribute
            .iter()
            .flat_map(|a| std::iter::once(b'.').chain(a.bytes()));
        self.entry.bytes().chain(attribute)
    }
}

/// Parts sort as their written form does (`title`, `title-long`, `title.aria-label`), the
/// order of a lock file's lines.
impl Ord for PartId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.written().cmp(other.written())
    }
}

impl PartialOrd for PartId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.attribute {
            Some(attribute) => write!(f, "{}.{attribute}", self.entry),
            None => f.write_str(&self.entry),
        }
    }
}

/// Why a text is not a [`PartId`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidPartId(pub String);

impl fmt::Display for InvalidPartId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an entry id (`id`, `-term`, `id.attribute`)",
            self.0
        )
    }
}

impl std::error::Error for InvalidPartId {}

/// Whether `s` is a Fluent identifier: a letter, then letters, digits, `_` and `-`.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl FromStr for PartId {
    type Err = InvalidPartId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (entry, attribute) = match s.split_once('.') {
            Some((entry, attribute)) => (entry, Some(attribute)),
            None => (s, None),
        };
        let name = entry.strip_prefix('-').unwrap_or(entry);
        if !is_identifier(name) || !attribute.is_none_or(is_identifier) {
            return Err(InvalidPartId(s.to_owned()));
        }
        Ok(PartId {
            entry: entry.to_owned(),
            attribute: attribute.map(str::to_owned),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_ids_round_trip() {
        for text in [
            "title",
            "title.aria-label",
            "-brand",
            "-brand.gender",
            "a_b-c",
        ] {
            let part: PartId = text.parse().unwrap();
            assert_eq!(part.to_string(), text);
        }
        assert_eq!(
            "title.aria-label".parse::<PartId>().unwrap(),
            PartId::attribute("title", "aria-label")
        );
        for bad in ["", "-", "1a", "title.", ".x", "a.b.c", "a b", "--x"] {
            assert!(bad.parse::<PartId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_part_is_named_by_itself_or_its_entry() {
        let part = PartId::attribute("title", "aria-label");
        assert!(part.is_named_by("title"));
        assert!(part.is_named_by("title.aria-label"));
        assert!(!part.is_named_by("titl"));
        assert!(!part.is_named_by("title.aria"));
        assert_eq!(EntryKey::new("a.ftl", "title").to_string(), "a.ftl title");
        let mut parts = [
            PartId::attribute("title", "aria-label"),
            PartId::value("title-long"),
            PartId::value("title"),
        ];
        parts.sort();
        let written: Vec<String> = parts.iter().map(PartId::to_string).collect();
        assert_eq!(written, ["title", "title-long", "title.aria-label"]);
    }
}
