"""Validates Atom feeds that fluentpress wrote.

Each feed is parsed with feedparser (a maintained feed parser that flags malformed XML,
encoding errors and unknown formats as "bozo"), must be Atom 1.0, and must meet the
requirements of RFC 4287 that a parser does not enforce: feed and entry ids, titles and
update times, RFC 3339 dates, a self link, an author for every entry (there is no feed-level
one), and, for fluentpress, an xml:lang on the feed and on every entry.

Usage: python3 check_feeds.py FEED.xml...   (exit 1 with a list of problems)
"""

import re
import sys
import xml.etree.ElementTree as ET

import feedparser

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
LANG = re.compile(r"^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$")
IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")


def problems_of(path):
    found = []
    parsed = feedparser.parse(path)
    if parsed.bozo:
        found.append(f"not well-formed: {parsed.bozo_exception}")
        return found
    if parsed.version != "atom10":
        found.append(f"not Atom 1.0 (feedparser reads it as {parsed.version!r})")
    root = ET.parse(path).getroot()
    if root.tag != ATOM + "feed":
        found.append(f"the root element is {root.tag}, not atom:feed")
        return found

    def one(element, name, where):
        items = element.findall(ATOM + name)
        if len(items) != 1:
            found.append(f"{where}: {len(items)} atom:{name} elements, expected exactly one")
            return None
        return items[0]

    def check_common(element, where):
        ident = one(element, "id", where)
        if ident is not None and not IRI.match((ident.text or "").strip()):
            found.append(f"{where}: atom:id {ident.text!r} is not an absolute IRI")
        title = one(element, "title", where)
        if title is not None and not (title.text or "").strip():
            found.append(f"{where}: empty atom:title")
        updated = one(element, "updated", where)
        if updated is not None and not RFC3339.match((updated.text or "").strip()):
            found.append(f"{where}: atom:updated {updated.text!r} is not an RFC 3339 date")
        for link in element.findall(ATOM + "link"):
            if not IRI.match(link.get("href", "")):
                found.append(f"{where}: link href {link.get('href')!r} is not absolute")
        lang = element.get(XML_LANG)
        if not lang or not LANG.match(lang):
            found.append(f"{where}: xml:lang is {lang!r}, expected a language tag")

    check_common(root, "feed")
    if not any(l.get("rel") == "self" for l in root.findall(ATOM + "link")):
        found.append("feed: no atom:link rel=\"self\"")
    entries = root.findall(ATOM + "entry")
    if len(entries) != len(parsed.entries):
        found.append(f"feedparser read {len(parsed.entries)} entries, the XML has {len(entries)}")
    if not entries:
        found.append("feed: no entries")
    ids = set()
    for n, entry in enumerate(entries, 1):
        where = f"entry {n}"
        check_common(entry, where)
        published = entry.find(ATOM + "published")
        if published is not None and not RFC3339.match((published.text or "").strip()):
            found.append(f"{where}: atom:published is not an RFC 3339 date")
        author = entry.find(ATOM + "author")
        if author is None or not (author.findtext(ATOM + "name") or "").strip():
            found.append(f"{where}: no atom:author with a name (the feed has none either)")
        if not any(l.get("rel", "alternate") == "alternate" for l in entry.findall(ATOM + "link")):
            found.append(f"{where}: no alternate link (an entry without content needs one)")
        ident = (entry.findtext(ATOM + "id") or "").strip()
        if ident in ids:
            found.append(f"{where}: atom:id {ident} repeats an earlier entry's")
        ids.add(ident)
    for n, entry in enumerate(parsed.entries, 1):
        if not entry.get("title"):
            found.append(f"entry {n}: feedparser finds no title")
    return found


def main(paths):
    failed = 0
    for path in paths:
        found = problems_of(path)
        for problem in found:
            print(f"{path}: {problem}")
        failed += bool(found)
    print(f"feeds: {len(paths) - failed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
