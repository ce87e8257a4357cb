#!/usr/bin/env bash
# Renders the repository's project with a base URL and validates what crawlers and feed readers
# read: sitemap.xml with xmllint against the sitemaps.org schema (from the npm package
# `sitemap`, which ships it) plus a declaration of its xhtml:link alternates, and every Atom feed
# with feedparser and the RFC 4287 checks in tests/validate/check_feeds.py. Then the same
# project rendered with at most 8 URLs per sitemap file (the example `sitemap-parts`): its
# sitemap index against a sitemaps.org index declaration built on that schema's types (the
# package ships no index schema), and each part against the sitemap schema. Each validator is
# first shown a broken file and must reject it. Installs what it needs idempotently.
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${XDG_CACHE_HOME:-$HOME/.cache}/fluentpress-ci"
mkdir -p "$cache"

if ! command -v xmllint >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "site-check: xmllint is missing (Debian package libxml2-utils)" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q libxml2-utils >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q libxml2-utils >/dev/null; }
fi

venv="$cache/venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import feedparser" 2>/dev/null \
    || "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "feedparser==6.0.12"

schema_dir="$cache/npm-sitemap-9.0.1"
schema="$schema_dir/package/schema/sitemap.xsd"
if [ ! -f "$schema" ]; then
    rm -rf "$schema_dir" && mkdir -p "$schema_dir"
    (cd "$schema_dir" && npm pack --silent sitemap@9.0.1 >/dev/null && tar xzf sitemap-9.0.1.tgz)
fi

cargo build --quiet
cargo build --quiet --example sitemap-parts
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r fluentpress.toml fluentpress.lock locales content "$work/"
{ echo 'base-url = "https://news.example.org/"'; cat fluentpress.toml; } > "$work/fluentpress.toml"
target/debug/fluentpress --project "$work" render --out "$work/dist" >/dev/null

cat > "$work/sitemap-check.xsd" <<XSD
<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="file://$schema"/>
  <xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="file://$PWD/tests/validate/xhtml-link.xsd"/>
</xsd:schema>
XSD
# <sitemapindex> as sitemaps.org defines it, with the sitemap schema's types for <loc> and
# <lastmod>.
cat > "$work/sitemap-index.xsd" <<XSD
<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
            xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
            elementFormDefault="qualified">
  <xsd:include schemaLocation="file://$schema"/>
  <xsd:element name="sitemapindex">
    <xsd:complexType>
      <xsd:sequence>
        <xsd:element name="sitemap" maxOccurs="unbounded">
          <xsd:complexType>
            <xsd:sequence>
              <xsd:element name="loc" type="tLoc"/>
              <xsd:element name="lastmod" type="tLastmod" minOccurs="0"/>
            </xsd:sequence>
          </xsd:complexType>
        </xsd:element>
      </xsd:sequence>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>
XSD
target/debug/examples/sitemap-parts "$work" "$work/split" 8 >/dev/null
parts=("$work"/split/sitemap-*.xml)
if [ "${#parts[@]}" -lt 2 ] || ! grep -q '<sitemapindex' "$work/split/sitemap.xml"; then
    echo "site-check: at most 8 URLs per file gave no sitemap index and parts" >&2
    exit 1
fi

# The validators must reject broken files before their word on ours counts.
sed 's#<loc>#<location>#; s#</loc>#</location>#' "$work/dist/sitemap.xml" > "$work/broken-sitemap.xml"
if xmllint --noout --schema "$work/sitemap-check.xsd" "$work/broken-sitemap.xml" 2>/dev/null; then
    echo "site-check: xmllint accepted a sitemap without <loc>" >&2
    exit 1
fi
sed 's#<loc>#<location>#; s#</loc>#</location>#' "$work/split/sitemap.xml" > "$work/broken-index.xml"
if xmllint --noout --schema "$work/sitemap-index.xsd" "$work/broken-index.xml" 2>/dev/null; then
    echo "site-check: xmllint accepted a sitemap index without <loc>" >&2
    exit 1
fi
sed '0,/<entry xml:lang="[^"]*">/s//<entry>/' "$work/dist/en/feed.xml" > "$work/broken-feed.xml"
if "$venv/bin/python" tests/validate/check_feeds.py "$work/broken-feed.xml" >/dev/null; then
    echo "site-check: the feed check accepted an entry without xml:lang" >&2
    exit 1
fi

xmllint --noout --schema "$work/sitemap-check.xsd" "$work/dist/sitemap.xml"
xmllint --noout --schema "$work/sitemap-index.xsd" "$work/split/sitemap.xml"
xmllint --noout --schema "$work/sitemap-check.xsd" "${parts[@]}"
"$venv/bin/python" tests/validate/check_feeds.py "$work"/dist/*/feed.xml
