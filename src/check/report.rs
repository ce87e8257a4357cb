//! The result of a check, as data: per-locale counts and entry lists, and diagnostics.
//!
//! Everything here serialises to the stable JSON documented in `docs/check.md`: field order is
//! declaration order, lists are sorted, numbers are rounded. New fields are added at the end of
//! a struct so existing consumers keep working.

use std::ops::Range;

use serde::Serialize;

/// A whole check: one [`LocaleReport`] per checked locale and every diagnostic.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The reference folder (the source locale in a project).
    pub reference: String,
    /// The pivot locale, also compared for identical text, if any.
    pub pivot: Option<String>,
    /// The checked locales, sorted by name.
    pub locales: Vec<LocaleReport>,
    /// All findings: the reference's own first, then each locale's, each sorted by file,
    /// line, column and code.
    pub diagnostics: Vec<Diagnostic>,
    /// The lock file the outdated and updated entries were found with (project mode), or
    /// `None` when no lock was consulted and those counts are 0.
    pub lock: Option<String>,
    /// Whether outdated entries counted as untranslated for `coverage`.
    pub outdated_as_missing: bool,
}

/// Counts and entry lists for one locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleReport {
    /// The folder name (a tag, or any name in a foreign tree).
    pub locale: String,
    /// Entries (messages and terms) of the reference.
    pub total: usize,
    /// Reference entries the locale has.
    pub translated: usize,
    /// Reference entries the locale lacks (entries of missing files included).
    pub missing: usize,
    /// Entries of the locale the reference does not have (entries of obsolete files included).
    pub obsolete: usize,
    /// Translated entries whose text equals the reference's or the pivot's.
    pub identical: usize,
    /// Error diagnostics of this locale.
    pub errors: usize,
    /// Warning diagnostics of this locale.
    pub warnings: usize,
    /// `translated / total` in percent, rounded down to two decimals (100 when `total` is
    /// 0); with `outdated_as_missing`, `(translated - outdated) / total`.
    pub coverage: f64,
    /// The size of the missing entries' reference text in words (CJK, Thai, Lao and Khmer
    /// counted by characters).
    pub missing_words: usize,
    /// The coverage below which the locale fails the check, if any.
    pub min_coverage: Option<f64>,
    /// Whether `coverage` is below `min_coverage`.
    pub below_min_coverage: bool,
    /// Reference files the locale does not have at all.
    pub missing_files: Vec<String>,
    /// Files of the locale the reference does not have.
    pub obsolete_files: Vec<String>,
    /// The missing entries, sorted by file and id, with the words of each.
    pub missing_entries: Vec<EntryItem>,
    /// The obsolete entries, sorted by file and id, with their line.
    pub obsolete_entries: Vec<EntryItem>,
    /// The identical entries, sorted by file and id, with their line.
    pub identical_entries: Vec<EntryItem>,
    /// Translated entries with a value or attribute whose source or pivot text changed since
    /// the translation was accepted (see the lock).
    pub outdated: usize,
    /// Translated entries with a value or attribute that changed since it was accepted,
    /// awaiting review. An entry can be both outdated and updated when its parts differ.
    pub updated: usize,
    /// One item per outdated value or attribute, sorted by file, id and attribute.
    pub outdated_entries: Vec<ChangedItem>,
    /// One item per updated value or attribute, sorted by file, id and attribute.
    pub updated_entries: Vec<ChangedItem>,
    /// Translated entries the lock has no record of (translated since the last `accept`): a
    /// later change of their source cannot be detected until they are accepted.
    pub unrecorded: usize,
    /// The unrecorded entries, sorted by file and id, with the line of their first
    /// unrecorded part.
    pub unrecorded_entries: Vec<EntryItem>,
}

/// An outdated or updated value or attribute: the texts its translation was made against,
/// then and now.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ChangedItem {
    /// Path relative to the locale folder.
    pub file: String,
    /// Message id, or term id with its leading `-`.
    pub id: String,
    /// The attribute's name, when the item is about an attribute rather than the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Line of the value or attribute in the locale's file.
    pub line: usize,
    /// The source text the translation was made against.
    pub old_source: String,
    /// The source text now.
    pub new_source: String,
    /// The pivot text the translation was made against (absent for the pivot locale, and
    /// when the pivot lacked the entry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_pivot: Option<String>,
    /// The pivot text now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_pivot: Option<String>,
}

/// One entry in a list of a [`LocaleReport`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct EntryItem {
    /// Path relative to the locale folder.
    pub file: String,
    /// Message id, or term id with its leading `-`.
    pub id: String,
    /// Line in the locale's file (obsolete, identical and unrecorded entries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Words of the reference text (missing entries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<usize>,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Breaks the page or loses text: fails the check.
    Error,
    /// Probably wrong; does not fail the check.
    Warning,
    /// Information (skipped checks, missing files).
    Note,
}

/// The stable code of a diagnostic; `docs/check.md` describes each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// A file could not be read or is not UTF-8.
    UnreadableFile,
    /// A requested locale folder does not exist.
    MissingLocale,
    /// The file starts with a byte order mark.
    Bom,
    /// The file has CRLF line ends.
    Crlf,
    /// The file is empty.
    EmptyFile,
    /// The file holds only comments.
    CommentOnlyFile,
    /// Unparsable text (Junk).
    SyntaxError,
    /// An id defined twice in one file, or in two files of one bundle.
    DuplicateId,
    /// Ids defined in several files that are not known to share a bundle.
    RepeatedId,
    /// An attribute defined twice in one entry.
    DuplicateAttribute,
    /// A variant key used twice in one select expression.
    DuplicateVariant,
    /// A reference file the locale lacks.
    MissingFile,
    /// A locale file the reference does not have.
    ObsoleteFile,
    /// The reference has a value, the translation none.
    MissingValue,
    /// The translation has a value, the reference none.
    ExtraValue,
    /// A reference attribute the translation lacks.
    MissingAttribute,
    /// A translation attribute the reference lacks.
    ExtraAttribute,
    /// A translation value that is empty where the reference's is not.
    EmptyValue,
    /// A variable the reference does not provide.
    UnknownVariable,
    /// A reference variable the translation does not use.
    DroppedVariable,
    /// A message or term that exists neither in the locale nor in the reference.
    UnknownReference,
    /// A message or term that exists in the locale but no longer in the reference.
    ObsoleteReference,
    /// A variant key that is not a plural category of the locale.
    InvalidPluralKey,
    /// Plural categories of the locale that a numeric select lacks.
    MissingPluralCategory,
    /// Markup tags that differ from the reference.
    MarkupMismatch,
    /// Han characters in a language that does not use them.
    HanCharacters,
    /// The folder name is not a language tag, or CLDR has no plural rules for it.
    LanguageChecksSkipped,
    /// The source or pivot text changed since the translation was accepted.
    Outdated,
    /// The translation changed since it was accepted and awaits review.
    Updated,
    /// Translated entries that the lock has no record of yet.
    Unrecorded,
}

impl Code {
    /// Every code, in documentation order.
    pub const ALL: [Code; 30] = [
        Code::UnreadableFile,
        Code::MissingLocale,
        Code::Bom,
        Code::Crlf,
        Code::EmptyFile,
        Code::CommentOnlyFile,
        Code::SyntaxError,
        Code::DuplicateId,
        Code::RepeatedId,
        Code::DuplicateAttribute,
        Code::DuplicateVariant,
        Code::MissingFile,
        Code::ObsoleteFile,
        Code::MissingValue,
        Code::ExtraValue,
        Code::MissingAttribute,
        Code::ExtraAttribute,
        Code::EmptyValue,
        Code::UnknownVariable,
        Code::DroppedVariable,
        Code::UnknownReference,
        Code::ObsoleteReference,
        Code::InvalidPluralKey,
        Code::MissingPluralCategory,
        Code::MarkupMismatch,
        Code::HanCharacters,
        Code::LanguageChecksSkipped,
        Code::Outdated,
        Code::Updated,
        Code::Unrecorded,
    ];

    /// The code as written in output, e.g. `syntax-error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::UnreadableFile => "unreadable-file",
            Code::MissingLocale => "missing-locale",
            Code::Bom => "bom",
            Code::Crlf => "crlf",
            Code::EmptyFile => "empty-file",
            Code::CommentOnlyFile => "comment-only-file",
            Code::SyntaxError => "syntax-error",
            Code::DuplicateId => "duplicate-id",
            Code::RepeatedId => "repeated-id",
            Code::DuplicateAttribute => "duplicate-attribute",
            Code::DuplicateVariant => "duplicate-variant",
            Code::MissingFile => "missing-file",
            Code::ObsoleteFile => "obsolete-file",
            Code::MissingValue => "missing-value",
            Code::ExtraValue => "extra-value",
            Code::MissingAttribute => "missing-attribute",
            Code::ExtraAttribute => "extra-attribute",
            Code::EmptyValue => "empty-value",
            Code::UnknownVariable => "unknown-variable",
            Code::DroppedVariable => "dropped-variable",
            Code::UnknownReference => "unknown-reference",
            Code::ObsoleteReference => "obsolete-reference",
            Code::InvalidPluralKey => "invalid-plural-key",
            Code::MissingPluralCategory => "missing-plural-category",
            Code::MarkupMismatch => "markup-mismatch",
            Code::HanCharacters => "han-characters",
            Code::LanguageChecksSkipped => "language-checks-skipped",
            Code::Outdated => "outdated",
            Code::Updated => "updated",
            Code::Unrecorded => "unrecorded",
        }
    }

    /// The severity every diagnostic with this code has.
    pub fn severity(self) -> Severity {
        match self {
            Code::UnreadableFile
            | Code::MissingLocale
            | Code::SyntaxError
            | Code::DuplicateId
            | Code::DuplicateAttribute
            | Code::DuplicateVariant
            | Code::MissingValue
            | Code::MissingAttribute
            | Code::UnknownVariable
            | Code::UnknownReference => Severity::Error,
            Code::Bom
            | Code::EmptyFile
            | Code::CommentOnlyFile
            | Code::ObsoleteFile
            | Code::ExtraValue
            | Code::ExtraAttribute
            | Code::EmptyValue
            | Code::DroppedVariable
            | Code::ObsoleteReference
            | Code::InvalidPluralKey
            | Code::MissingPluralCategory
            | Code::MarkupMismatch
            | Code::HanCharacters
            | Code::Outdated => Severity::Warning,
            Code::Crlf
            | Code::MissingFile
            | Code::RepeatedId
            | Code::LanguageChecksSkipped
            | Code::Updated
            | Code::Unrecorded => Severity::Note,
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// Stable code.
    pub code: Code,
    /// Error, warning or note.
    pub severity: Severity,
    /// The locale folder it concerns.
    pub locale: String,
    /// The file, relative to the locale folder (none for a missing locale folder).
    pub file: Option<String>,
    /// Line, from 1.
    pub line: Option<usize>,
    /// Column in characters, from 1.
    pub column: Option<usize>,
    /// The message or term id (terms with `-`).
    pub id: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The source lines the finding points at, for snippets (kept so that printing needs
    /// no parsed files: a check can drop each locale once it is compared).
    #[serde(skip)]
    pub excerpt: Option<Excerpt>,
    /// A short label for the span, for snippets.
    #[serde(skip)]
    pub label: Option<String>,
    /// Further lines to show under the message (the word diff of an outdated entry's source).
    #[serde(skip)]
    pub notes: Vec<String>,
}

/// The whole lines of a file that a diagnostic points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// The lines, without their final line end.
    pub text: String,
    /// The line number of the first line, from 1.
    pub first_line: usize,
    /// The byte range inside `text` that the finding points at.
    pub span: Range<usize>,
}

impl Diagnostic {
    /// Sorting key inside one locale.
    pub(crate) fn sort_key(&self) -> (&Option<String>, Option<usize>, Option<usize>, Code) {
        (&self.file, self.line, self.column, self.code)
    }
}
