//! The wording of a first lock recorded by `check`: what `fluentpress check` prints on
//! stderr, written as [`Display`] so that a build script can show the same lines.

use std::fmt::{self, Display, Formatter};
use std::path::Path;

use super::{FirstLock, Saved};

impl FirstLock {
    /// Two lines, each ending with a newline: a note that a first lock was recorded (see
    /// [`FirstRecording`](crate::lock::FirstRecording)), then whether `lock_file` (the name
    /// it is shown under) was written, kept from another run, or could not be written.
    pub fn notes<'a>(&'a self, lock_file: &'a Path) -> impl Display + 'a {
        Notes {
            first: self,
            lock_file,
        }
    }
}

/// [`FirstLock::notes`].
struct Notes<'a> {
    first: &'a FirstLock,
    lock_file: &'a Path,
}

impl Display for Notes<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let name = self.lock_file.display();
        writeln!(f, "note: {}", self.first)?;
        match &self.first.saved {
            Saved::Written => writeln!(f, "note: wrote {name}; commit it with the project"),
            Saved::KeptOther => writeln!(
                f,
                "note: {name} was written meanwhile by another run; it is kept"
            ),
            Saved::Failed(e) => writeln!(f, "warning: {name} not written: {e}"),
        }
    }
}
