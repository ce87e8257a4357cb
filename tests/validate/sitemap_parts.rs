//! Renders a project with sitemap files of at most a given number of URLs, so that even a small
//! project is published with a sitemap index and parts. `.ci/site-check.sh` validates them.
//!
//!     cargo run --example sitemap-parts -- PROJECT OUT MAX-URLS
//!
//! Prints the sitemap files written.

use std::path::PathBuf;

use fluentpress::render::SitemapLimits;
use fluentpress::{ReadPolicy, Workspace};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [project, out, urls] = args.as_slice() else {
        eprintln!("usage: sitemap-parts PROJECT OUT MAX-URLS");
        std::process::exit(2);
    };
    let Ok(urls) = urls.parse::<usize>() else {
        eprintln!("sitemap-parts: MAX-URLS is a number, not `{urls}`");
        std::process::exit(2);
    };
    let run = || -> fluentpress::Result<Vec<PathBuf>> {
        let mut workspace = Workspace::open(std::path::Path::new(project))?;
        let mut options = workspace.render_options();
        options.out = PathBuf::from(out);
        options.sitemap = SitemapLimits {
            urls,
            ..SitemapLimits::default()
        };
        let report = workspace.render(&options, &ReadPolicy::default())?;
        Ok(report.written)
    };
    match run() {
        Ok(written) => {
            for file in written {
                let name = file.file_name().unwrap_or_default().to_string_lossy();
                if name.starts_with("sitemap") {
                    println!("{}", file.display());
                }
            }
        }
        Err(e) => {
            eprintln!("sitemap-parts: {e}");
            std::process::exit(1);
        }
    }
}
