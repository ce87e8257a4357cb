//! Path patterns of `l10n.toml`: literal text, `{variable}`s, `*` (any name within one
//! folder) and `**` (any number of folders, only as a whole path component).
//!
//! A pattern is expanded once, when the configuration is read: every variable but `{locale}`
//! is replaced by its value (values are patterns too), and a relative pattern is joined to the
//! configuration's base path, with `.` and `..` resolved. What remains is kept as text in
//! which four private-use characters stand for `{locale}` and the wildcards; a pattern is then
//! compiled into an anchored regular expression for one locale at a time.

use std::collections::BTreeMap;

use regex::Regex;

/// Stands for `{locale}` in an expanded pattern.
const LOCALE: char = '\u{E000}';
/// `*`: any name, or part of one, within one folder.
const STAR: char = '\u{E001}';
/// `**/`: any number of whole folders, none included.
const STARSTAR_DIR: char = '\u{E002}';
/// `**` at the end: any path, empty included.
const STARSTAR_END: char = '\u{E003}';

fn is_wildcard(c: char) -> bool {
    matches!(c, STAR | STARSTAR_DIR | STARSTAR_END)
}

fn is_special(c: char) -> bool {
    c == LOCALE || is_wildcard(c)
}

/// An expanded, absolute pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    text: String,
}

/// One piece of a pattern as written.
enum Token<'a> {
    Literal(&'a str),
    Variable(&'a str),
    Star,
    StarStar { dir: bool },
}

/// Splits a pattern as written into tokens, as compare-locales reads it: `**` is a path
/// wildcard only after the start, a `/` or a variable and before a `/` or the end; any
/// other `*` is a one-folder wildcard; `{name}` (spaces allowed inside the braces, `name` of
/// letters, digits and `_`) is a variable.
fn tokens(raw: &str) -> Result<Vec<Token<'_>>, String> {
    let mut out = Vec::new();
    let bytes = raw.as_bytes();
    let mut literal_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let special = match bytes[i] {
            b'*' => {
                let after_boundary = i == 0 || matches!(bytes[i - 1], b'/' | b'}');
                let double = bytes.get(i + 1) == Some(&b'*');
                let before_boundary = matches!(bytes.get(i + 2), None | Some(b'/'));
                if after_boundary && double && before_boundary {
                    let dir = bytes.get(i + 2) == Some(&b'/');
                    Some((Token::StarStar { dir }, if dir { 3 } else { 2 }))
                } else {
                    Some((Token::Star, 1))
                }
            }
            b'{' => {
                let Some(len) = raw[i..].find('}') else {
                    return Err(format!(
                        "`{{` at byte {i} does not start a `{{variable}}`: no `}}` follows"
                    ));
                };
                let name = raw[i + 1..i + len].trim_matches(' ');
                if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    return Err(format!(
                        "`{}` is not a variable: a name is made of letters, digits and `_`",
                        &raw[i..=i + len]
                    ));
                }
                Some((Token::Variable(name), len + 1))
            }
            b'}' => return Err(format!("`}}` at byte {i} closes no `{{variable}}`")),
            _ => None,
        };
        if let Some((token, len)) = special {
            if literal_start < i {
                out.push(Token::Literal(&raw[literal_start..i]));
            }
            out.push(token);
            i += len;
            literal_start = i;
        } else {
            i += 1;
        }
    }
    if literal_start < raw.len() {
        out.push(Token::Literal(&raw[literal_start..]));
    }
    Ok(out)
}

/// Expands `raw` with `env` into `out`: variables by their values (themselves patterns; a
/// variable met again inside its own value is an error), `{locale}` kept for later.
fn expand_into(
    raw: &str,
    env: &BTreeMap<String, String>,
    visiting: &mut Vec<String>,
    out: &mut String,
) -> Result<(), String> {
    if raw.chars().any(is_special) {
        return Err("the pattern holds a private-use character (U+E000–U+E003)".into());
    }
    for token in tokens(raw)? {
        match token {
            Token::Literal(text) => out.push_str(text),
            Token::Star => out.push(STAR),
            Token::StarStar { dir: true } => {
                out.push(STARSTAR_DIR);
                out.push('/');
            }
            Token::StarStar { dir: false } => out.push(STARSTAR_END),
            Token::Variable("locale") => out.push(LOCALE),
            Token::Variable(name) => {
                if visiting.iter().any(|v| v == name) {
                    return Err(format!(
                        "`{{{name}}}` is defined through itself ({} → {name})",
                        visiting.join(" → ")
                    ));
                }
                let Some(value) = env.get(name) else {
                    let mut known: Vec<&str> = env.keys().map(String::as_str).collect();
                    known.push("locale");
                    known.sort_unstable();
                    let hint = if name == "l10n_base" {
                        ": it is the folder of the localizations, given from outside \
                         (`check --l10n-base DIR`)"
                    } else {
                        ""
                    };
                    return Err(format!(
                        "unknown variable `{{{name}}}` (known: {}){hint}",
                        known.join(", ")
                    ));
                };
                visiting.push(name.to_owned());
                expand_into(value, env, visiting, out)?;
                visiting.pop();
            }
        }
    }
    Ok(())
}

/// Resolves `.` and `..` in the components of `text` that are plain names, as a path is
/// resolved without looking at the disk. A `..` after a wildcard or `{locale}` is kept.
fn normalize(text: &str) -> String {
    let absolute = text.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in text.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(last) if *last != ".." && !last.chars().any(is_special) => {
                    parts.pop();
                }
                _ if absolute && parts.is_empty() => {}
                _ => parts.push(part),
            },
            _ => parts.push(part),
        }
    }
    let trailing = text.ends_with('/') && !parts.is_empty();
    let mut out = String::with_capacity(text.len());
    if absolute {
        out.push('/');
    }
    out.push_str(&parts.join("/"));
    if trailing {
        out.push('/');
    }
    out
}

impl Pattern {
    /// Expands `raw` with `env`, relative to the folder `root` (an absolute path with `/`
    /// separators) unless it expands to an absolute path. The message of an error says what is
    /// wrong with the pattern, without its position.
    pub(crate) fn expand(
        raw: &str,
        env: &BTreeMap<String, String>,
        root: &str,
    ) -> Result<Pattern, String> {
        let mut text = String::with_capacity(raw.len());
        expand_into(raw, env, &mut Vec::new(), &mut text)?;
        if !text.starts_with('/') {
            text = format!("{}/{text}", root.trim_end_matches('/'));
        }
        Ok(Pattern {
            text: normalize(&text),
        })
    }

    /// How many wildcards the pattern has.
    pub(crate) fn wildcards(&self) -> usize {
        self.text.chars().filter(|c| is_wildcard(*c)).count()
    }

    /// Whether the pattern holds `{locale}`.
    pub(crate) fn has_locale(&self) -> bool {
        self.text.contains(LOCALE)
    }

    /// The folder that holds the locale folders, when the pattern is `<folder>/{locale}/…`
    /// with `{locale}` once, as a whole folder name, and no wildcard before it.
    pub(crate) fn locale_root(&self) -> Option<&str> {
        let at = self.text.find(LOCALE)?;
        let (before, after) = (&self.text[..at], &self.text[at + LOCALE.len_utf8()..]);
        let whole = before.ends_with('/') && after.starts_with('/');
        let once = !after.contains(LOCALE);
        let plain = !before.chars().any(is_special);
        (whole && once && plain).then(|| before.trim_end_matches('/'))
    }

    /// The pattern for `locale`, as a path (wildcards shown as written), for messages.
    pub(crate) fn display(&self, locale: Option<&str>) -> String {
        let mut out = String::with_capacity(self.text.len());
        for c in self.text.chars() {
            match c {
                LOCALE => out.push_str(locale.unwrap_or("{locale}")),
                STAR => out.push('*'),
                STARSTAR_DIR | STARSTAR_END => out.push_str("**"),
                c => out.push(c),
            }
        }
        out
    }

    /// The folder to walk for the files of `locale`: the longest plain folder path before the
    /// first wildcard. When the pattern has no wildcard, it names one file: its own path is
    /// returned and `false`.
    pub(crate) fn walk_root(&self, locale: Option<&str>) -> (String, bool) {
        let shown = self.display(locale);
        match self.text.find(|c: char| is_wildcard(c)) {
            None => (shown, false),
            Some(at) => {
                let before = self.text[..at].replace(LOCALE, locale.unwrap_or(""));
                let dir = match before.rfind('/') {
                    Some(0) => "/".to_owned(),
                    Some(slash) => before[..slash].to_owned(),
                    None => before,
                };
                (dir, true)
            }
        }
    }

    /// The pattern as an anchored regular expression for `locale` (a pattern with
    /// `{locale}` matches nothing without one), one capture group per wildcard, in order.
    pub(crate) fn regex(&self, locale: Option<&str>) -> Regex {
        let mut re = String::from("^");
        let mut chars = self.text.chars().peekable();
        let mut literal = String::new();
        let flush = |literal: &mut String, re: &mut String| {
            re.push_str(&regex::escape(literal));
            literal.clear();
        };
        while let Some(c) = chars.next() {
            match c {
                LOCALE => match locale {
                    Some(l) => literal.push_str(l),
                    None => {
                        flush(&mut literal, &mut re);
                        re.push_str("[^\\s\\S]");
                    }
                },
                STAR => {
                    flush(&mut literal, &mut re);
                    re.push_str("([^/]*)");
                }
                STARSTAR_DIR => {
                    flush(&mut literal, &mut re);
                    re.push_str("(.+/)?");
                    // The `/` that follows belongs to the group.
                    chars.next();
                }
                STARSTAR_END => {
                    flush(&mut literal, &mut re);
                    re.push_str("(.+)?");
                }
                c => literal.push(c),
            }
        }
        flush(&mut literal, &mut re);
        re.push('$');
        Regex::new(&re).expect("an escaped pattern is a valid regular expression")
    }

    /// This pattern for `locale` with its wildcards filled, in order, by `captures` (a
    /// missing one by nothing).
    pub(crate) fn fill(&self, locale: &str, captures: &[&str]) -> String {
        let mut out = String::with_capacity(self.text.len() + 32);
        let mut next = captures.iter();
        let mut chars = self.text.chars();
        while let Some(c) = chars.next() {
            match c {
                LOCALE => out.push_str(locale),
                STAR | STARSTAR_END => out.push_str(next.next().copied().unwrap_or("")),
                STARSTAR_DIR => {
                    out.push_str(next.next().copied().unwrap_or(""));
                    chars.next();
                }
                c => out.push(c),
            }
        }
        out
    }
}

/// The captures of `re` on `path` in order (an unmatched optional one as ""), if it matches.
pub(crate) fn captures<'p>(re: &Regex, path: &'p str) -> Option<Vec<&'p str>> {
    let caps = re.captures(path)?;
    Some(
        caps.iter()
            .skip(1)
            .map(|m| m.map_or("", |m| m.as_str()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn pattern(raw: &str) -> Pattern {
        let env = env(&[("l10n_base", "/l10n"), ("l", "{l10n_base}/{locale}/")]);
        Pattern::expand(raw, &env, "/repo/mail/locales").unwrap()
    }

    #[test]
    fn variables_expand_and_relative_patterns_join_the_base_path() {
        assert_eq!(
            pattern("{l}mail/**").display(Some("de")),
            "/l10n/de/mail/**"
        );
        assert_eq!(
            pattern("en-US/**/*.ftl").display(None),
            "/repo/mail/locales/en-US/**/*.ftl"
        );
        assert_eq!(
            pattern("../../calendar/x.ftl").display(None),
            "/repo/calendar/x.ftl"
        );
        assert_eq!(pattern("{ l }mail/**").locale_root(), Some("/l10n"));
        assert_eq!(pattern("en-US/**").locale_root(), None);
    }

    #[test]
    fn bad_patterns_are_errors() {
        let env = env(&[("a", "{b}"), ("b", "{a}")]);
        let err = |raw| Pattern::expand(raw, &env, "/").unwrap_err();
        assert!(
            err("{a}").contains("defined through itself"),
            "{}",
            err("{a}")
        );
        assert!(err("{nope}/x").starts_with("unknown variable `{nope}`"));
        assert!(err("x/{oops").contains("no `}` follows"));
        assert!(err("x/{a b}").contains("not a variable"));
        assert!(err("x}").contains("closes no"));
    }

    #[test]
    fn wildcards_match_as_compare_locales_does() {
        let p = pattern("{l}mail/**/*.ftl");
        let re = p.regex(Some("de"));
        assert!(re.is_match("/l10n/de/mail/a.ftl"));
        assert!(re.is_match("/l10n/de/mail/x/y/a.ftl"));
        assert!(!re.is_match("/l10n/fr/mail/a.ftl"));
        assert!(!re.is_match("/l10n/de/mail/a.ftlx"));
        let reference = pattern("en-US/**/*.ftl");
        let caps = captures(&reference.regex(None), "/repo/mail/locales/en-US/x/y/a.ftl").unwrap();
        assert_eq!(caps, ["x/y/", "a"]);
        assert_eq!(p.fill("de", &caps), "/l10n/de/mail/x/y/a.ftl");
        // `**` inside a name is two one-folder wildcards.
        assert_eq!(pattern("a**b").wildcards(), 2);
        assert!(
            !pattern("a**b")
                .regex(None)
                .is_match("/repo/mail/locales/a/b")
        );
        assert_eq!(
            pattern("{l}**").walk_root(Some("de")),
            ("/l10n/de".to_owned(), true)
        );
    }
}
