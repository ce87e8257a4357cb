//! The wording of a run: what `fluentpress render` prints about fallbacks, problems and the
//! output folder, written as [`Display`] so that a build script can show the same lines.

use std::fmt::{self, Display, Formatter};
use std::path::Path;

use super::{Event, MANIFEST_FILE, ManifestState, Report};

/// One line, without its newline: `fallback: fil intro: `title` is missing in fil, shown in
/// en`, `broken: …`, `missing: …` or `warning: location: message`.
impl Display for Event {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Event::Fallback {
                locale,
                article,
                id,
                used,
                reason,
            } => write!(
                f,
                "fallback: {locale} {article}: `{id}` is {reason} in {locale}, shown in {used}"
            ),
            Event::Broken {
                locale,
                article,
                id,
            } => write!(
                f,
                "broken: {locale} {article}: `{id}` fails in every locale of {locale}'s chain; it is shown with its errors"
            ),
            Event::Unresolved {
                locale,
                article,
                id,
            } => write!(
                f,
                "missing: {locale} {article}: `{id}` is defined in no locale of {locale}'s chain; its id is shown"
            ),
            Event::Problem {
                locale: _,
                location,
                message,
            } => write!(f, "warning: {location}: {message}"),
        }
    }
}

impl Report {
    /// Every event, then notes on the output folder's manifest, on files changed by hand and
    /// kept, and on a missing `base-url`: one line each, each ending with a newline.
    pub fn notes(&self) -> impl Display + '_ {
        Notes(self)
    }

    /// The line that sums up the run into `out` (without its newline): `rendered 12 files
    /// into dist (3 written, 9 skipped, 0 removed; 1 fallback)`.
    pub fn summary<'a>(&'a self, out: &'a Path) -> impl Display + 'a {
        Summary { report: self, out }
    }

    /// Under `--strict`, why the run fails (without its newline): none when every passage
    /// was shown in its page's locale.
    pub fn strict_failure(&self) -> Option<impl Display + '_> {
        let failed = self.fallbacks() + self.unresolved() > 0;
        failed.then_some(StrictFailure(self))
    }
}

/// `n` followed by the singular or plural noun.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// [`Report::notes`].
struct Notes<'a>(&'a Report);

impl Display for Notes<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let report = self.0;
        for event in &report.events {
            writeln!(f, "{event}")?;
        }
        let rebuilt = "every file is built, and no file already there is removed";
        match &report.manifest {
            ManifestState::Used | ManifestState::New | ManifestState::Forced => {}
            ManifestState::Missing => writeln!(
                f,
                "note: the output folder has no manifest ({MANIFEST_FILE}): {rebuilt}"
            )?,
            ManifestState::Unreadable(why) => writeln!(
                f,
                "note: the output folder's manifest ({MANIFEST_FILE}) cannot be used ({why}): {rebuilt}"
            )?,
            ManifestState::Interrupted => writeln!(
                f,
                "note: an earlier run into this output folder was interrupted: every file is built"
            )?,
        }
        for path in &report.kept {
            writeln!(
                f,
                "note: `{}` is no longer rendered but was changed since it was written; it is left in place",
                path.display()
            )?;
        }
        if report.without_base_url {
            writeln!(
                f,
                "note: no base-url in fluentpress.toml: links stay relative, and sitemap.xml, the feeds, canonical links and social metadata are left out"
            )?;
        }
        Ok(())
    }
}

/// [`Report::summary`].
struct Summary<'a> {
    report: &'a Report,
    out: &'a Path,
}

impl Display for Summary<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let report = self.report;
        let unresolved = report.unresolved();
        let mut counts = counted(report.fallbacks(), "fallback", "fallbacks");
        if unresolved > 0 {
            counts.push_str(&format!(", {unresolved} not shown properly"));
        }
        let mut removed = format!("{} removed", report.removed.len());
        if !report.kept.is_empty() {
            removed.push_str(&format!(", {} changed by hand and kept", report.kept.len()));
        }
        write!(
            f,
            "rendered {} into {} ({} written, {} skipped, {removed}; {counts})",
            counted(report.written.len() + report.skipped, "file", "files"),
            self.out.display(),
            report.written.len(),
            report.skipped,
        )
    }
}

/// [`Report::strict_failure`].
struct StrictFailure<'a>(&'a Report);

impl Display for StrictFailure<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "--strict: {} fell back to another locale, {} could not be shown",
            counted(self.0.fallbacks(), "message", "messages"),
            self.0.unresolved()
        )
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::super::{Event, ManifestState, Report};

    fn report(events: Vec<Event>) -> Report {
        Report {
            written: vec![PathBuf::from("dist/fil/intro.html")],
            skipped: 2,
            removed: Vec::new(),
            kept: Vec::new(),
            manifest: ManifestState::Interrupted,
            events,
            without_base_url: false,
        }
    }

    #[test]
    fn a_fallback_reads_as_one_line_and_fails_strict() {
        let fallback = Event::Fallback {
            locale: "fil".into(),
            article: "intro".into(),
            id: "title".into(),
            used: "en".into(),
            reason: "missing".into(),
        };
        let report = report(vec![fallback]);
        assert_eq!(
            report.notes().to_string(),
            "fallback: fil intro: `title` is missing in fil, shown in en\n\
             note: an earlier run into this output folder was interrupted: every file is built\n"
        );
        assert_eq!(
            report.summary(Path::new("dist")).to_string(),
            "rendered 3 files into dist (1 written, 2 skipped, 0 removed; 1 fallback)"
        );
        let failure = report.strict_failure().map(|f| f.to_string());
        assert_eq!(
            failure.as_deref(),
            Some("--strict: 1 message fell back to another locale, 0 could not be shown")
        );
    }

    #[test]
    fn a_clean_run_does_not_fail_strict() {
        assert!(report(Vec::new()).strict_failure().is_none());
    }
}
