//! The one error type of the library: conditions under which an operation cannot continue.
//!
//! Findings about translations (missing strings, syntax errors in a locale) are *not* errors:
//! they are data, returned by `check` and `render`. Every I/O error carries the path it concerns;
//! its reason is part of the message, not a separate cause, so that a chain of causes printed
//! one per line does not repeat it.

use std::io;
use std::path::PathBuf;

/// Everything that stops a fluentpress operation: one variant per condition a caller may act
/// on, each carrying the paths and names it concerns and, in its message, what to do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    #[error("failed to read `{}`: {error}", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        error: io::Error,
    },
    /// A file or folder could not be written.
    #[error("failed to write `{}`: {error}", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        error: io::Error,
    },
    /// A configuration, content or lock file is malformed; `message` says where and why.
    #[error("invalid `{}`: {message}", path.display())]
    Invalid {
        /// The malformed file.
        path: PathBuf,
        /// What is wrong, with a position where one is known.
        message: String,
    },
    /// A locale tag is not acceptable.
    #[error("invalid locale tag `{tag}`: {reason}")]
    LocaleTag {
        /// The tag as given.
        tag: String,
        /// Why it was refused, and what to use instead where known.
        reason: String,
    },
    /// A template cannot be compiled or fails while rendering a page; nothing is written.
    #[error("template `{file}`, line {line}, column {column}: {message}")]
    Template {
        /// The template's file (for the default theme, its name under `default theme/`).
        file: String,
        /// Line, from 1.
        line: usize,
        /// Column in characters, from 1.
        column: usize,
        /// What went wrong.
        message: String,
    },
    /// The folder is not a project: it has no `fluentpress.toml`.
    #[error(
        "no fluentpress.toml in `{}`: run fluentpress in a project folder or pass --project DIR",
        root.display()
    )]
    NotAProject {
        /// The folder that was taken for the project.
        root: PathBuf,
    },
    /// A folder the operation needs does not exist; `message` says which and what to do.
    #[error("{message}")]
    FolderMissing {
        /// The folder.
        path: PathBuf,
        /// What is missing and what to do.
        message: String,
    },
    /// What the operation would create exists already: a locale, an article or one of its
    /// files. Nothing was written.
    #[error("{message}")]
    AlreadyExists {
        /// The locale tag, or the path of the file or folder, that exists.
        name: String,
        /// What exists and what to do.
        message: String,
    },
    /// A locale the project does not configure.
    #[error(
        "locale `{locale}` is not configured in fluentpress.toml (configured: {})",
        configured.join(", ")
    )]
    UnknownLocale {
        /// The locale as given.
        locale: String,
        /// The configured locales, in configuration order.
        configured: Vec<String>,
    },
    /// An entry id that the locale does not translate.
    #[error(
        "`{id}` is not a translated entry of locale `{locale}` (an entry that was removed needs \
         no id: every `accept` prunes records of removed entries)"
    )]
    UnknownEntry {
        /// The locale.
        locale: String,
        /// The id as given.
        id: String,
    },
    /// The reference (a project's source locale) named where only the other locales belong.
    #[error("{message}")]
    ReferenceNamed {
        /// The reference locale.
        locale: String,
        /// Why it cannot be named there.
        message: String,
    },
    /// A value that is not acceptable: a date, a calendar, a slug.
    #[error("{message}")]
    InvalidValue {
        /// The value as given.
        value: String,
        /// What is wrong and what to write instead.
        message: String,
    },
    /// `add-locale` refused or failed before registering the locale: nothing was written.
    #[error("cannot add locale `{tag}`")]
    LocaleNotAdded {
        /// The tag as given (when the refusal comes from the plan) or as written (canonical).
        tag: String,
        /// Why.
        #[source]
        source: Box<Error>,
    },
    /// `add-locale` wrote the locale's files and registered it in the configuration, but the
    /// lock could not record it. The files and the configuration are kept; an `accept` of
    /// the locale records it later.
    #[error("the locale was added, but the lock file could not be updated")]
    LockNotUpdated {
        /// The locale that was added.
        locale: String,
        /// Why the lock could not be updated.
        #[source]
        source: Box<Error>,
    },
    /// The output folder would hold (or replace) the project's sources.
    #[error(
        "refusing to render into `{}`: it holds the project's sources; choose another --out",
        out.display()
    )]
    OutputInSources {
        /// The output folder as given.
        out: PathBuf,
    },
    /// The locale folders of a tree could not be read; `error` says why.
    #[error("cannot load the locales in `{}`", dir.display())]
    LocalesNotLoaded {
        /// The tree as given.
        dir: PathBuf,
        /// What stopped the reading.
        #[source]
        error: Box<Error>,
    },
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error met while reading `path`.
    pub fn read(path: impl Into<PathBuf>, error: io::Error) -> Self {
        Error::Read {
            path: path.into(),
            error,
        }
    }

    /// Wraps an I/O error met while writing `path`.
    pub fn write(path: impl Into<PathBuf>, error: io::Error) -> Self {
        Error::Write {
            path: path.into(),
            error,
        }
    }

    /// A malformed file.
    pub fn invalid(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::Invalid {
            path: path.into(),
            message: message.into(),
        }
    }
}
