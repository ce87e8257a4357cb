//! `fluentpress check`: the arguments to a source, one library check, its output on stdout.

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context as _;
use fluentpress::check::{Overrides, Source, Style};
use fluentpress::visible::Plain;
use fluentpress::workspace::check_source;

use crate::Outcome;
use crate::args_check::CheckArgs;

pub(crate) fn execute(project: &Path, args: CheckArgs) -> anyhow::Result<Outcome> {
    let policy = args.read.policy();
    let overrides = Overrides {
        min_coverage: args.min_coverage,
        outdated_as_missing: args.outdated_as_missing,
    };
    let source = match (args.config, args.locales_dir, args.reference) {
        (Some(config), _, reference) => Source::L10nToml {
            config,
            base: (args.l10n_base.as_deref())
                .map(|base| {
                    std::path::absolute(base)
                        .with_context(|| format!("cannot resolve `{}`", base.display()))
                })
                .transpose()?,
            defines: args.defines,
            reference: reference.unwrap_or_else(|| "en-US".to_owned()),
            locales: [args.config_locales, args.locales].concat(),
        },
        (None, Some(dir), Some(reference)) => Source::Tree {
            dir,
            reference,
            only: (!args.locales.is_empty()).then_some(args.locales),
        },
        (None, None, Some(_)) => {
            anyhow::bail!("--reference names the reference of --locales-dir or --config: give one")
        }
        (None, ..) => Source::Project { only: args.locales },
    };
    let style = args.format.style(args.list);
    // Colours where `anstream` would keep them (a terminal, CLICOLOR_FORCE, not NO_COLOR):
    // elsewhere the text is written plain rather than stripped of them.
    let stdout = anstream::stdout();
    let colour = stdout.current_choice() != anstream::ColorChoice::Never;
    let out: Box<dyn Write> = if colour && style != Style::Json {
        Box::new(BufWriter::new(stdout.lock()))
    } else {
        Box::new(BufWriter::new(std::io::stdout().lock()))
    };
    let notes = &mut Plain::new(anstream::stderr().lock());
    let failed = check_source::<anyhow::Error>(
        &source, project, &overrides, &policy, style, colour, out, notes,
    )?;
    Ok(if failed {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
