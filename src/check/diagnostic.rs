//! Diagnostics: the stable [`Code`] of each finding, its [`Severity`], and the [`Diagnostic`]
//! itself, built where it is found with [`Diagnostic::at`] (a span of a file, with the source
//! lines it points at) or [`Diagnostic::about`] (a whole file or folder), then given its id,
//! message, label and notes. The locale is set by the [`Findings`] it is pushed to.

use std::ops::Range;

use serde::Serialize;

use crate::catalog::{FtlFile, Position};

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
    /// A message or term reference of the reference's value or attribute that the
    /// translation's lacks.
    MissingReference,
    /// A message or term reference in a translation's value or attribute that the reference's
    /// lacks.
    ExtraReference,
    /// A variant key that is not a plural category of the locale.
    InvalidPluralKey,
    /// Plural categories of the locale that a numeric select lacks.
    MissingPluralCategory,
    /// Markup tags that differ from the reference.
    MarkupMismatch,
    /// A `style` attribute that is not CSS declarations (or has a bad length) where the
    /// reference's is.
    InvalidStyle,
    /// A `style` attribute whose properties or units differ from the reference's.
    StyleMismatch,
    /// Han characters in a language that does not use them.
    HanCharacters,
    /// The replacement character U+FFFD, which stands for text a decoder could not read.
    ReplacementCharacter,
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
            Code::MissingReference => "missing-reference",
            Code::ExtraReference => "extra-reference",
            Code::InvalidPluralKey => "invalid-plural-key",
            Code::MissingPluralCategory => "missing-plural-category",
            Code::MarkupMismatch => "markup-mismatch",
            Code::InvalidStyle => "invalid-style",
            Code::StyleMismatch => "style-mismatch",
            Code::HanCharacters => "han-characters",
            Code::ReplacementCharacter => "replacement-character",
            Code::LanguageChecksSkipped => "language-checks-skipped",
            Code::Outdated => "outdated",
            Code::Updated => "updated",
            Code::Unrecorded => "unrecorded",
        }
    }

    /// The severity every diagnostic with this code has.
    pub(crate) fn severity(self) -> Severity {
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
            | Code::MissingReference
            | Code::ExtraReference
            | Code::InvalidPluralKey
            | Code::MissingPluralCategory
            | Code::MarkupMismatch
            | Code::InvalidStyle
            | Code::StyleMismatch
            | Code::HanCharacters
            | Code::ReplacementCharacter
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

impl Diagnostic {
    /// A finding at the bytes `span` of `file`, keeping the source lines it points at. The
    /// span is widened to whole characters.
    pub(crate) fn at(code: Code, file: &FtlFile, span: Range<usize>) -> Self {
        let source = file.source();
        let mut start = span.start.min(source.len());
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = span.end.clamp(start, source.len());
        while !source.is_char_boundary(end) {
            end += 1;
        }
        let at = file.position(start);
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[end..].find('\n').map_or(source.len(), |i| end + i);
        let text = source[line_start..line_end].trim_end_matches('\r');
        let excerpt = Excerpt {
            text: text.to_owned(),
            first_line: at.line,
            span: (start - line_start).min(text.len())..(end - line_start).min(text.len()),
        };
        Diagnostic {
            excerpt: Some(excerpt),
            ..Diagnostic::at_position(code, &file.rel_path, at)
        }
    }

    /// A finding at a line and column of `file`, without a snippet (what it is about is in
    /// another locale's text).
    pub(crate) fn at_position(code: Code, file: &str, at: Position) -> Self {
        Diagnostic {
            line: Some(at.line),
            column: Some(at.column),
            ..Diagnostic::about(code, Some(file))
        }
    }

    /// A finding about a whole file, or about the locale's folder when `file` is `None`.
    pub(crate) fn about(code: Code, file: Option<&str>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            locale: String::new(),
            file: file.map(str::to_owned),
            line: None,
            column: None,
            id: None,
            message: String::new(),
            excerpt: None,
            label: None,
            notes: Vec::new(),
        }
    }

    /// The message or term the finding is about.
    pub(crate) fn id(mut self, id: &str) -> Self {
        self.id = Some(id.to_owned());
        self
    }

    /// What is wrong, in one sentence.
    pub(crate) fn message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// The short label under the span.
    pub(crate) fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// A further line under the message.
    pub(crate) fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

/// The diagnostics of one locale (or of the reference itself), as they are found.
#[derive(Debug)]
pub(crate) struct Findings {
    locale: String,
    list: Vec<Diagnostic>,
}

impl Findings {
    pub(crate) fn new(locale: &str) -> Self {
        Findings {
            locale: locale.to_owned(),
            list: Vec::new(),
        }
    }

    /// Adds a finding of this locale.
    pub(crate) fn push(&mut self, mut diagnostic: Diagnostic) {
        diagnostic.locale.clone_from(&self.locale);
        self.list.push(diagnostic);
    }

    /// The findings so far with `code`, to add notes to.
    pub(crate) fn with_code(&mut self, code: Code) -> impl Iterator<Item = &mut Diagnostic> {
        self.list.iter_mut().filter(move |d| d.code == code)
    }

    /// Adds findings of this locale made elsewhere (their locale set), after those so far.
    pub(crate) fn append(&mut self, findings: &mut Vec<Diagnostic>) {
        self.list.append(findings);
    }

    /// Every finding, in the order they were pushed.
    pub(crate) fn into_unsorted(self) -> Vec<Diagnostic> {
        self.list
    }

    /// Every finding, sorted by file, line, column and code.
    pub(crate) fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.list.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.list
    }
}
