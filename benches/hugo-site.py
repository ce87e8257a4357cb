#!/usr/bin/env python3
"""Writes the Hugo site equivalent to a fluentpress site built by make_render_site.

    hugo-site.py SITE MARKDOWN HUGO

SITE is the fluentpress project (its fluentpress.toml, content/ and locales/), MARKDOWN the
folder where `fluentpress render --format markdown` wrote the announcement in every locale,
HUGO the folder to create. Every article of SITE becomes a page in every locale with the
announcement's text in that locale (its title and body as fluentpress rendered them); the site
strings (breadcrumb, "Published ...", the switcher's label, the list's links) become Hugo i18n
strings from each locale's site.ftl and pages.ftl. The layouts give the pages the shape of
fluentpress's: breadcrumb, localized date, hreflang alternates, language switcher, paginated
lists, a sitemap and a feed per language.
"""
import os
import re
import sys
import tomllib

ARTICLE = "unido-industrial-park-training-2023"
KEYS = [
    "nav-home", "nav-belt-and-road", "nav-key-urban-fields", "breadcrumb-label",
    "published-on", "languages-label", "list-newer", "list-older", "index-title",
]

SINGLE = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<nav aria-label="{{ i18n "breadcrumb-label" }}"><ol>
<li><a href="{{ .Site.Home.RelPermalink }}">{{ i18n "nav-home" }}</a></li>
<li>{{ i18n "nav-belt-and-road" }}</li>
<li>{{ i18n "nav-key-urban-fields" }}</li>
</ol></nav>
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ i18n "published-on" (dict "date" (.Date | time.Format ":date_long")) }}</time></p>
{{ .Content }}
</article>
<nav><h2>{{ i18n "languages-label" }}</h2><ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></nav>
</body>
</html>
"""

LIST = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<title>{{ i18n "index-title" }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<h1>{{ i18n "index-title" }}</h1>
{{ $pager := .Paginate .Site.RegularPages }}
<ul>
{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ i18n "published-on" (dict "date" (.Date | time.Format ":date_long")) }}</time>
<span>{{ range .AllTranslations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</span></li>
{{ end }}</ul>
<nav>{{ if $pager.HasPrev }}<a href="{{ $pager.Prev.URL }}">{{ i18n "list-newer" }}</a>{{ end }}
{{ if $pager.HasNext }}<a href="{{ $pager.Next.URL }}">{{ i18n "list-older" }}</a>{{ end }}</nav>
<nav><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
</body>
</html>
"""


def messages(path):
    """Single-line messages of an FTL file, with `{ $x }` as Hugo's `{{ .x }}` and message
    references resolved from the same file."""
    found = {}
    if not os.path.exists(path):
        return found
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line.rstrip("\n"))
        if m:
            found[m.group(1)] = m.group(2)
    out = {}
    for key, value in found.items():
        value = re.sub(r"\{ *([a-z][a-z0-9-]*) *\}", lambda r: found.get(r.group(1), ""), value)
        value = re.sub(r"\{ *\$([a-z][a-z0-9-]*) *\}", r"{{ .\1 }}", value)
        if "{" not in value.replace("{{ .", ""):
            out[key] = value
    return out


def article(markdown):
    """The title and the body (paragraphs and photo credit) of fluentpress's Markdown page."""
    lines = open(markdown, encoding="utf-8").read().split("\n")
    title = next(l[2:] for l in lines if l.startswith("# "))
    start = lines.index("# " + title) + 1
    body = []
    published = False
    for line in lines[start:]:
        if line == "---":
            break
        if line.startswith(">"):
            continue
        if line.startswith("*") and not published:
            published = True
            continue
        body.append(line)
    return title, "\n".join(body).strip() + "\n"


def main():
    site, markdown, hugo = sys.argv[1:4]
    config = tomllib.load(open(os.path.join(site, "fluentpress.toml"), "rb"))
    locales = list(config["locales"].items())
    source = config["source"]
    slugs = []
    for name in sorted(os.listdir(os.path.join(site, "content"))):
        text = open(os.path.join(site, "content", name), encoding="utf-8").read()
        slug = re.search(r'^slug = "(.*)"', text, re.M).group(1)
        date = re.search(r"^published = (\S+)", text, re.M).group(1)
        slugs.append((slug, date))
    os.makedirs(os.path.join(hugo, "layouts", "_default"), exist_ok=True)
    os.makedirs(os.path.join(hugo, "i18n"), exist_ok=True)
    open(os.path.join(hugo, "layouts", "_default", "single.html"), "w").write(SINGLE)
    open(os.path.join(hugo, "layouts", "_default", "list.html"), "w").write(LIST)
    conf = [
        f'baseURL = "{config.get("base-url", "https://news.example.org/")}"',
        f'defaultContentLanguage = "{source.lower()}"',
        "defaultContentLanguageInSubdir = true",
        "uglyURLs = true",
        f'paginate = {config.get("page-size", 10)}',
        'disableKinds = ["taxonomy", "term"]',
        "",
    ]
    for weight, (tag, settings) in enumerate(locales, 1):
        key = tag.lower()
        conf += [
            f'[languages.{key}]',
            f'languageCode = "{tag}"',
            f'languageName = "{settings["name"]}"',
            f"weight = {weight}",
            f'contentDir = "content/{key}"',
            "",
        ]
        strings = {}
        for ftl in ("site.ftl", "pages.ftl"):
            strings.update(messages(os.path.join(site, "locales", tag, ftl)))
        with open(os.path.join(hugo, "i18n", f"{key}.toml"), "w", encoding="utf-8") as f:
            for k in KEYS:
                if k in strings:
                    value = strings[k].replace("\\", "\\\\").replace('"', '\\"')
                    f.write(f'[{k}]\nother = "{value}"\n')
        title, body = article(os.path.join(markdown, tag, ARTICLE + ".md"))
        folder = os.path.join(hugo, "content", key)
        os.makedirs(folder, exist_ok=True)
        safe_title = title.replace("\\", "\\\\").replace('"', '\\"')
        for slug, date in slugs:
            with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8") as f:
                f.write(f'---\ntitle: "{safe_title}"\ndate: {date}\n---\n\n{body}')
    open(os.path.join(hugo, "hugo.toml"), "w", encoding="utf-8").write("\n".join(conf))


main()
