//! The library never panics on input: mutated copies of real FTL go through parsing, checking,
//! bundles and rendering, and every step returns.

use crate::common;
use fluentpress::catalog::Catalog;
use fluentpress::check::{self, CheckOptions};
use fluentpress::config::Project;
use fluentpress::content::Article;
use fluentpress::render::{self, Outdated};

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
    ];
    let originals: Vec<String> = files.iter().map(|f| project_copy.read(f)).collect();
    let mut rng = Rng(0x005e_edf1_u64);
    for round in 0..150 {
        for (file, original) in files.iter().zip(&originals) {
            project_copy.write(file, &mutate(original, &mut rng));
        }
        let project = Project::load(project_copy.path()).unwrap();
        let catalog = Catalog::load(&project.locales_dir(), &[]).unwrap();
        let options = CheckOptions::for_project(&project, &[]).unwrap();
        check::run(&catalog, &options).unwrap();
        let articles = Article::load_all(&project.content_dir()).unwrap();
        let mut render_options = render::default_options(&project);
        render_options.locales = vec!["en".into(), "bn".into(), "zh-CN".into()];
        render_options.out = project_copy.file(&format!("out{round}"));
        // A mutation may delete a message from every locale: that is a clear error, not a panic.
        let _ = render::render_project(
            &project,
            &catalog,
            &articles,
            &Outdated::new(),
            &render_options,
        );
    }
}
