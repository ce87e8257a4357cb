//! A progress bar on stderr for long runs, only when stderr is a terminal: piped or redirected
//! output, and the tests, see nothing of it.

use std::io::IsTerminal;
use std::time::Duration;

use fluentpress::render::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs shorter than this show no bar at all.
const DELAY: Duration = Duration::from_millis(300);

/// A progress bar, or nothing when stderr is not a terminal.
pub(crate) struct Bar {
    bar: Option<ProgressBar>,
    started: std::time::Instant,
}

impl Bar {
    /// A bar drawn on stderr if it is a terminal.
    pub(crate) fn on_terminal() -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} files ({per_sec}, {eta})")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar
        });
        Bar {
            bar,
            started: std::time::Instant::now(),
        }
    }

    /// Removes the bar from the terminal.
    pub(crate) fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn start(&self, total: u64) {
        if let Some(bar) = &self.bar {
            bar.set_length(total);
        }
    }

    fn advance(&self, done: u64) {
        if let Some(bar) = &self.bar
            && (self.started.elapsed() >= DELAY || bar.position() > 0)
        {
            bar.set_position(done);
        }
    }

    fn grow(&self, more: u64) {
        if let Some(bar) = &self.bar {
            bar.inc_length(more);
        }
    }
}
