//! The library never panics on input: mutated copies of real FTL go through parsing, checking,
//! bundles and rendering, and every step returns.

use crate::common;
use fluentpress::catalog::Catalog;
use fluentpress::check::{self, CheckOptions};
use fluentpress::config::Project;
use fluentpress::content::Article;
use fluentpress::render::{self, Format, Outdated};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

const SNIPPETS: &[&str] = &[
    "{",
    "}",
    "{ $",
    "-",
    "[",
    "*[",
    "\n",
    "\n  ",
    ".",
    "=",
    "{ -unido(case: \"x\") }",
    "{ NUMBER($x) }",
    "{ DATETIME(\"2023-13-45\") }",
    "{ title }",
    "{ participants.x }",
    "\u{feff}",
    "\r\n",
    "#",
    "\t",
    "\u{2068}",
    "{ $officials -> *[other] x }",
    "{ \"\\u{D800}\" }",
    "\u{0}",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.next(4) {
        let at = rng.next(chars.len() + 1);
        match rng.next(3) {
            0 if at < chars.len() => {
                let end = (at + 1 + rng.next(20)).min(chars.len());
                chars.drain(at..end);
            }
            _ => {
                let snippet = SNIPPETS[rng.next(SNIPPETS.len())];
                chars.splice(at..at, snippet.chars());
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_translations_never_panic() {
    let project_copy = common::Project::copy();
    let files = [
        "locales/en/unido-industrial-park-training-2023.ftl",
        "locales/en/site.ftl",
        "locales/bn/unido-industrial-park-training-2023.ftl",
        "locales/zh-CN/unido-industrial-park-training-2023.ftl",
        "locales/zh-CN/site.ftl",
        "locales/km/unido-industrial-park-training-2023.ftl",
        "locales/th/industrial-park-training-2023-facts.ftl",
        "locales/en/pages.ftl",
    ];
    // Each round mutates eight files and builds the pages of their five locales: a round's
    // fixed cost (the site's own pages, which format every locale) is paid once for eight
    // mutated files, 600 in all.
    let originals: Vec<String> = files.iter().map(|f| project_copy.read(f)).collect();
    let mut rng = Rng(0x005e_edf1_u64);
    // The configuration and the articles are not mutated: read once.
    let project = Project::load(project_copy.path()).unwrap();
    let articles = Article::load_all(&project.content_dir()).unwrap();
    let locales = ["en", "bn", "zh-CN", "km", "th"].map(String::from);
    for _ in 0..75 {
        for (file, original) in files.iter().zip(&originals) {
            project_copy.write(file, &mutate(original, &mut rng));
        }
        let catalog = Catalog::load(&project.locales_dir(), &[]).unwrap();
        let options = CheckOptions::for_project(&project, &[]).unwrap();
        check::run(&catalog, &options).unwrap();
        // Every page is built in memory, as a render into an empty folder would write it. A
        // mutation may delete a message from every locale: that is a clear error, not a panic.
        let _ = render::build_pages(
            &project,
            &catalog,
            &articles,
            &Outdated::new(),
            &locales,
            &[Format::Html],
        );
    }
}
