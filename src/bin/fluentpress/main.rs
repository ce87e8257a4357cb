//! The `fluentpress` command: parses arguments, calls the library, maps results to exit codes.
//!
//! Exit codes: 0 clean, 1 findings (errors, fallbacks under `--strict`, coverage below the
//! threshold), 2 failure (usage, configuration, I/O).

mod accept;
mod add_locale;
mod args;
mod args_check;
mod check;
mod export;
mod import;
mod new_article;
mod progress;
mod pseudo;
mod read_args;
mod render;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// What a subcommand reports when it ran to the end.
pub(crate) enum Outcome {
    /// Nothing to report.
    Clean,
    /// Findings that fail the run (exit 1).
    Findings,
}

fn main() -> ExitCode {
    let args = args::Args::parse();
    match run(args) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let mut stderr = fluentpress::visible::Plain::new(anstream::stderr().lock());
            let _ = write!(stderr, "error: {err}");
            for cause in err.chain().skip(1) {
                let _ = write!(stderr, "\n  caused by: {cause}");
            }
            let _ = writeln!(stderr);
            ExitCode::from(2)
        }
    }
}

fn run(args: args::Args) -> anyhow::Result<Outcome> {
    let project = args.project.clone();
    match args.command {
        args::Command::Render(cmd) => render::execute(&project, cmd),
        args::Command::Check(cmd) => check::execute(&project, cmd),
        args::Command::AddLocale(cmd) => add_locale::execute(&project, cmd),
        args::Command::Accept(cmd) => accept::execute(&project, cmd),
        args::Command::Export(cmd) => export::execute(&project, cmd),
        args::Command::Import(cmd) => import::execute(&project, cmd),
        args::Command::NewArticle(cmd) => new_article::execute(&project, cmd),
        args::Command::Pseudo(cmd) => pseudo::execute(&project, cmd),
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
