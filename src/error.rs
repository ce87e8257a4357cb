//! The one error type of the library: conditions under which an operation cannot continue.
//!
//! Findings about translations (missing strings, syntax errors in a locale) are *not* errors:
//! they are data, returned by `check` and `render`. Every I/O error carries the path it concerns;
//! its reason is part of the message, not a separate cause, so that a chain of causes printed
//! one per line does not repeat it.

use std::io;
use std::path::PathBuf;

/// Everything that stops a fluentpress operation.
#[derive(Debug, thiserror::Error)]
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
    /// A request that contradicts the project (unknown locale, existing locale, …).
    #[error("{0}")]
    Usage(String),
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
