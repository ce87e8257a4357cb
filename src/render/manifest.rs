//! The manifest of an output folder (`.fluentpress-manifest.json`): for every file a render run
//! wrote there, a hash of the inputs it was built from, a hash and the size of what was
//! written, its locale and format, and what the run reported while building it.
//!
//! A later run builds only the files whose input hash changed (or which are no longer in their
//! folder as regular files), writes only those whose bytes changed, and removes the files of
//! articles and locales that are gone, but only files this manifest lists: a file a person
//! put in the output folder is never removed. A manifest that is missing or cannot be read
//! means one full build; one left by an interrupted run (`complete: false`) still tells which
//! files fluentpress wrote, but none of its hashes is trusted.
//!
//! Input hashes ([`Inputs`]) are XXH3 128-bit: the inputs are the project's own files, not an
//! adversary's, and a hash of every input is taken on every run, so speed matters more than
//! resistance to forged collisions. Nothing here decides what a page looks like.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Component, Path};

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

use super::{Event, Format, Outdated};
use crate::catalog::Catalog;
use crate::config::{Project, ProjectLocale};
use crate::content::Article;
use crate::error::Result;

/// The manifest's file name in the output folder.
pub const MANIFEST_FILE: &str = ".fluentpress-manifest.json";

/// The manifest's own format; a manifest of another format is read as missing.
const MANIFEST_FORMAT: u32 = 1;

/// A 128-bit hash, written as 32 hexadecimal digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct Digest(pub(crate) u128);

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text.len() != 32 {
            return Err(serde::de::Error::custom("a hash has 32 hexadecimal digits"));
        }
        u128::from_str_radix(&text, 16)
            .map(Digest)
            .map_err(serde::de::Error::custom)
    }
}

/// The hash of `bytes`.
pub(crate) fn digest(bytes: &[u8]) -> Digest {
    Digest(xxhash_rust::xxh3::xxh3_128(bytes))
}

/// Builds a hash from parts; each part is length-prefixed, so `("ab", "c")` and `("a", "bc")`
/// differ.
struct Hasher(Xxh3);

impl Hasher {
    fn new(kind: &str) -> Self {
        let mut h = Hasher(Xxh3::new());
        h.text(kind);
        h
    }

    fn text(&mut self, text: &str) -> &mut Self {
        self.bytes(text.as_bytes())
    }

    fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    fn digest(&mut self, d: Digest) -> &mut Self {
        self.0.update(&d.0.to_le_bytes());
        self
    }

    fn finish(&self) -> Digest {
        Digest(self.0.digest128())
    }
}

/// What one file of the output folder was built from and what was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct FileRecord {
    /// The hash of its inputs.
    pub(crate) inputs: Digest,
    /// The hash of its bytes.
    pub(crate) output: Digest,
    /// Its size in bytes.
    pub(crate) size: u64,
    /// The locale it belongs to; none for the site's own files (`index.html`, the sitemap and
    /// its parts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) locale: Option<String>,
    /// Its format's extension (`html`, `md`, `txt`); the feeds and the sitemap count as HTML.
    pub(crate) format: String,
    /// What the run reported while building it (fallbacks, missing messages), reported again
    /// by runs that keep it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) events: Vec<Event>,
}

/// The share of the articles' passages one locale translates, as its inputs gave it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct Coverage {
    /// The hash of the inputs of the locale's lists.
    pub(crate) inputs: Digest,
    /// Passages shown in the locale.
    pub(crate) translated: usize,
    /// All passages.
    pub(crate) passages: usize,
}

/// The manifest as stored.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct Manifest {
    /// [`MANIFEST_FORMAT`].
    pub(crate) format: u32,
    /// The version of fluentpress that wrote it.
    pub(crate) fluentpress: String,
    /// False while a run is putting files in place: the files are fluentpress's, but their
    /// hashes may not match what is on disk.
    pub(crate) complete: bool,
    /// Every file, by its path relative to the output folder (with `/`).
    pub(crate) files: BTreeMap<String, FileRecord>,
    /// Each locale's coverage, for the home page.
    #[serde(default)]
    pub(crate) coverage: BTreeMap<String, Coverage>,
}

/// What was found in the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestState {
    /// A manifest was read; files whose inputs did not change are kept.
    Used,
    /// The output folder is new (absent or empty): every file is built.
    New,
    /// The output folder holds files but no manifest (written by hand or before manifests):
    /// every file is built, and none of those files is removed.
    Missing,
    /// It could not be read (the reason): every file is built, and no file is removed.
    Unreadable(String),
    /// An earlier run was interrupted while putting files in place: every file is built.
    Interrupted,
    /// `--force`: every file is built.
    Forced,
}

/// What reading an output folder's manifest file found (see [`Manifest::read`]).
#[derive(Debug)]
pub(crate) enum ManifestRead {
    /// There is no manifest file.
    Absent,
    /// It cannot be used (the reason).
    Unreadable(String),
    /// A manifest of this format.
    Found(Manifest),
}

impl ManifestRead {
    /// The manifest, if it can be used at all, and what the output folder `out` is: an
    /// absent manifest in a folder that is absent or empty means a new folder.
    pub(crate) fn judge(self, out: &Path) -> (Option<Manifest>, ManifestState) {
        match self {
            ManifestRead::Absent => {
                let empty = std::fs::read_dir(out).map_or(true, |mut d| d.next().is_none());
                let state = if empty {
                    ManifestState::New
                } else {
                    ManifestState::Missing
                };
                (None, state)
            }
            ManifestRead::Unreadable(why) => (None, ManifestState::Unreadable(why)),
            ManifestRead::Found(manifest) => {
                let state = if manifest.complete {
                    ManifestState::Used
                } else {
                    ManifestState::Interrupted
                };
                (Some(manifest), state)
            }
        }
    }
}

impl Manifest {
    /// An empty manifest of this version.
    pub(crate) fn new() -> Self {
        Manifest {
            format: MANIFEST_FORMAT,
            fluentpress: env!("CARGO_PKG_VERSION").to_owned(),
            complete: true,
            files: BTreeMap::new(),
            coverage: BTreeMap::new(),
        }
    }

    /// Reads the manifest of the output folder `out`. The manifest is `None` when there is
    /// none or it cannot be used at all; the state says which.
    pub(crate) fn load(out: &Path) -> (Option<Manifest>, ManifestState) {
        Self::read(out).judge(out)
    }

    /// Reads and parses the manifest file of `out`, without looking at the rest of the folder
    /// (which [`ManifestRead::judge`] does).
    pub(crate) fn read(out: &Path) -> ManifestRead {
        let path = out.join(MANIFEST_FILE);
        if std::fs::symlink_metadata(&path).is_err() {
            return ManifestRead::Absent;
        }
        let text = match crate::fsutil::read_text(&path) {
            Ok(text) => text,
            Err(e) => return ManifestRead::Unreadable(e.to_string()),
        };
        let manifest: Manifest = match serde_json::from_str(&text) {
            Ok(m) => m,
            Err(e) => return ManifestRead::Unreadable(e.to_string()),
        };
        if manifest.format != MANIFEST_FORMAT {
            let why = format!("format {} is not {MANIFEST_FORMAT}", manifest.format);
            return ManifestRead::Unreadable(why);
        }
        if let Some(bad) = manifest.files.keys().find(|p| !is_plain_relative(p)) {
            let why = format!("`{bad}` is not a path inside the output folder");
            return ManifestRead::Unreadable(why);
        }
        ManifestRead::Found(manifest)
    }

    /// Writes the manifest into `out` atomically.
    pub(crate) fn save(&self, out: &Path) -> Result<()> {
        crate::fsutil::replace_atomic_with(&out.join(MANIFEST_FILE), |file| {
            let mut w = std::io::BufWriter::new(file);
            serde_json::to_writer(&mut w, self)?;
            std::io::Write::write_all(&mut w, b"\n")?;
            std::io::Write::flush(&mut w)
        })
    }
}

/// Whether a manifest path names a file inside the output folder: relative, without `.` or
/// `..`, not the manifest itself. A manifest that says otherwise is not used (a run removes
/// files it lists).
fn is_plain_relative(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty()
        && path != MANIFEST_FILE
        && !path.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_)))
}

/// The hashes of a run's inputs, taken once, from which each file's input hash is combined.
pub(crate) struct Inputs {
    /// fluentpress's version, the configuration, the theme and which locales have folders.
    global: Digest,
    /// Each article's content, in the order of the run's articles.
    articles: Vec<Digest>,
    /// Every article together.
    all_articles: Digest,
    /// Each FTL file by (locale, file); an unreadable file hashes its reason.
    ftl: HashMap<(String, String), Digest>,
    /// The outdated entries of each locale.
    outdated: HashMap<String, Digest>,
    /// Every file name any article's bundle is built from.
    all_files: Vec<String>,
    /// The hash of the texts a page reads, by locale and files: articles that share their
    /// files share it.
    texts_read: std::sync::Mutex<HashMap<(String, Vec<String>), Digest>>,
}

impl Inputs {
    pub(crate) fn new(
        project: &Project,
        catalog: &Catalog,
        articles: &[Article],
        outdated: &Outdated,
        theme: &crate::theme::Theme,
        alternates: &[super::Alternate],
    ) -> Self {
        let mut global = Hasher::new("global");
        global
            .text(env!("CARGO_PKG_VERSION"))
            .text(&MANIFEST_FORMAT.to_string())
            .text(&format!("{:?}", project.config))
            .text(&format!("{:?}", project.locales))
            .digest(Digest(theme.fingerprint()));
        for alt in alternates {
            global.text(alt.locale.as_str()).text(&alt.name);
        }
        let digests: Vec<Digest> = articles.iter().map(article_digest).collect();
        let mut all = Hasher::new("articles");
        for a in &digests {
            all.digest(*a);
        }
        let mut ftl = HashMap::new();
        for tree in &catalog.locales {
            for file in &tree.files {
                ftl.insert(
                    (tree.name.clone(), file.rel_path.clone()),
                    digest(file.source().as_bytes()),
                );
            }
            for bad in &tree.unreadable {
                let d = Hasher::new("unreadable").text(&bad.reason).finish();
                ftl.insert((tree.name.clone(), bad.rel_path.clone()), d);
            }
        }
        let mut by_locale: HashMap<&str, Vec<String>> = HashMap::new();
        for (locale, key) in outdated {
            by_locale
                .entry(locale.as_str())
                .or_default()
                .push(key.to_string());
        }
        let outdated = by_locale
            .into_iter()
            .map(|(locale, mut keys)| {
                keys.sort_unstable();
                let mut h = Hasher::new("outdated");
                for k in &keys {
                    h.text(k);
                }
                (locale.to_owned(), h.finish())
            })
            .collect();
        let mut all_files: Vec<String> = articles_files(project, articles);
        all_files.sort_unstable();
        all_files.dedup();
        Inputs {
            global: global.finish(),
            all_articles: all.finish(),
            articles: digests,
            ftl,
            outdated,
            all_files,
            texts_read: std::sync::Mutex::default(),
        }
    }

    /// Hashes `files` in every locale of `locale`'s chain and the source locale (whose words
    /// the fallback notice counts), and the locale's outdated entries.
    fn texts<'a>(
        &self,
        h: &mut Hasher,
        project: &Project,
        locale: &ProjectLocale,
        files: impl Iterator<Item = &'a str> + Clone,
    ) {
        let source = std::iter::once(&project.source);
        for l in locale.chain.iter().chain(source) {
            h.text(l.as_str());
            for file in files.clone() {
                let key = (l.to_string(), file.to_owned());
                h.text(file)
                    .digest(self.ftl.get(&key).copied().unwrap_or_default());
            }
        }
        let outdated = self.outdated.get(locale.locale.as_str());
        h.digest(outdated.copied().unwrap_or_default());
    }

    /// The input hash of article `index`'s page in `locale` and `format`.
    pub(crate) fn page(
        &self,
        project: &Project,
        article: (usize, &Article),
        locale: &ProjectLocale,
        format: Format,
    ) -> Digest {
        let files: Vec<String> = super::validate::files_of(project, article.1)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let key = (locale.locale.to_string(), files);
        let cached = self
            .texts_read
            .lock()
            .expect("no thread panicked")
            .get(&key)
            .copied();
        let texts = cached.unwrap_or_else(|| {
            let mut h = Hasher::new("texts");
            self.texts(&mut h, project, locale, key.1.iter().map(String::as_str));
            let d = h.finish();
            self.texts_read
                .lock()
                .expect("no thread panicked")
                .insert(key, d);
            d
        });
        Hasher::new("page")
            .digest(self.global)
            .text(format.extension())
            .digest(self.articles[article.0])
            .digest(texts)
            .finish()
    }

    /// The input hash of `locale`'s listing pages, its feed and its coverage.
    pub(crate) fn lists(&self, project: &Project, locale: &ProjectLocale) -> Digest {
        let mut h = Hasher::new("lists");
        h.digest(self.global).digest(self.all_articles);
        self.texts(
            &mut h,
            project,
            locale,
            self.all_files.iter().map(String::as_str),
        );
        h.finish()
    }

    /// The input hash of a page about the whole site (`kind`: the home page, the not-found
    /// page), given every site locale's lists hash.
    pub(crate) fn site(&self, kind: &str, lists: &[Digest]) -> Digest {
        let mut h = Hasher::new(kind);
        h.digest(self.global);
        for d in lists {
            h.digest(*d);
        }
        h.finish()
    }

    /// The input hash of a file made from the theme alone (the icon).
    pub(crate) fn theme_file(&self, name: &str) -> Digest {
        Hasher::new("theme-file")
            .digest(self.global)
            .text(name)
            .finish()
    }

    /// The input hash of a file that is its text alone (the stylesheet): the same text keeps
    /// the file whatever else changed.
    pub(crate) fn asset(&self, path: &str, text: &str) -> Digest {
        Hasher::new("asset").text(path).text(text).finish()
    }

    /// The input hash of the sitemap and its parts, split so that no file holds more than
    /// `urls` URLs or `bytes` bytes.
    pub(crate) fn sitemap(&self, urls: usize, bytes: u64) -> Digest {
        Hasher::new("sitemap")
            .digest(self.global)
            .digest(self.all_articles)
            .bytes(&(urls as u64).to_le_bytes())
            .bytes(&bytes.to_le_bytes())
            .finish()
    }
}

/// Every file any article's bundle is built from.
fn articles_files(project: &Project, articles: &[Article]) -> Vec<String> {
    articles
        .iter()
        .flat_map(|a| super::validate::files_of(project, a))
        .map(str::to_owned)
        .collect()
}

/// An article's content, without the path it was read from.
fn article_digest(article: &Article) -> Digest {
    Hasher::new("article")
        .text(&article.slug)
        .text(&article.resource)
        .text(&format!("{:?}", article.published))
        .text(&article.source)
        .text(&format!("{:?}", article.breadcrumb))
        .text(&format!("{:?}", article.variables))
        .text(&format!("{:?}", article.blocks))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_output_folder_are_refused() {
        for good in ["index.html", "en/a.html", "zh-CN/page-2.html"] {
            assert!(is_plain_relative(good), "{good}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x.html",
            "en/../../x",
            "./a",
            "a\\..\\b",
            MANIFEST_FILE,
        ] {
            assert!(!is_plain_relative(bad), "{bad}");
        }
    }

    #[test]
    fn digests_round_trip_as_hex() {
        let d = digest(b"page");
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json.len(), 34);
        assert_eq!(serde_json::from_str::<Digest>(&json).unwrap(), d);
        assert!(serde_json::from_str::<Digest>("\"abc\"").is_err());
    }

    #[test]
    fn parts_are_length_prefixed() {
        let a = Hasher::new("k").text("ab").text("c").finish();
        let b = Hasher::new("k").text("a").text("bc").finish();
        assert_ne!(a, b);
    }
}
