#!/usr/bin/env bash
# Proves that Markdown pages cannot gain links from a translation: renders a page whose text
# holds bare e-mail addresses, mailto: and xmpp: addresses, bare domains, www. and WWW.
# addresses and URLs, then renders that Markdown with two real renderers and fails if either
# turns any of them into a link:
#   - cmark-gfm with GitHub's autolink extension (the Debian package), and
#   - markdown-it 14 with linkify (linkify-it), from npm.
# It also checks that the addresses still read as they were written.
#
# Installs are idempotent: cmark-gfm only when missing; markdown-it into a cache folder
# (FLUENTPRESS_NODE_CACHE, default target/ci-node) only when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
NODE_CACHE=${FLUENTPRESS_NODE_CACHE:-$TARGET/ci-node}
MARKDOWN_IT=14.1.0

if ! command -v cmark-gfm >/dev/null; then
    # A fresh machine may have no package lists yet: update them once if the install fails.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmark-gfm >/dev/null 2>&1 \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmark-gfm >/dev/null; }
fi
if [ ! -f "$NODE_CACHE/node_modules/markdown-it/package.json" ]; then
    mkdir -p "$NODE_CACHE"
    npm install --prefix "$NODE_CACHE" --no-audit --no-fund --silent "markdown-it@$MARKDOWN_IT"
fi
(cd "$ROOT" && cargo build --quiet)
FLUENTPRESS=$TARGET/debug/fluentpress

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROJECT=$WORK/project
mkdir -p "$PROJECT"
cp -r "$ROOT/fluentpress.toml" "$ROOT/locales" "$ROOT/content" "$PROJECT/"
[ -f "$ROOT/fluentpress.lock" ] && cp "$ROOT/fluentpress.lock" "$PROJECT/"

# Every address the renderers are known to link, in one translated paragraph.
ADDRESSES=(
    "someone@hostile.example"
    "mailto:mail@hostile.example"
    "xmpp:chat@hostile.example"
    "hostile.example"
    "news.hostile.com"
    "www.hostile.example"
    "WWW.HOSTILE.COM/path"
    "https://hostile.example/x"
    "http://hostile.com"
    "ftp://hostile.example"
    "x.y.z@a.hostile.com"
)
FTL=$PROJECT/locales/en/unido-industrial-park-training-2023.ftl
{
    printf '\nexperts = Write to'
    for address in "${ADDRESSES[@]}"; do
        printf ' %s or' "$address"
    done
    printf ' (%s), then stop.\n' "${ADDRESSES[0]}"
} >"$WORK/experts.ftl"
# Replace the English `experts` message (its value runs to the next blank line).
python3 - "$FTL" "$WORK/experts.ftl" <<'PY'
import re, sys
path, new = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(path, encoding="utf-8").read()
text, count = re.subn(r"\nexperts =.*?(?=\n\n|\Z)", new.rstrip("\n"), text, count=1, flags=re.S)
assert count == 1, "no experts message"
open(path, "w", encoding="utf-8").write(text)
PY

"$FLUENTPRESS" --project "$PROJECT" render --locale en --format markdown --out "$WORK/dist" >/dev/null 2>&1
PAGE=$WORK/dist/en/unido-industrial-park-training-2023.md
grep -q "hostile" "$PAGE" || { echo "the page does not show the addresses" >&2; exit 1; }

cat >"$WORK/render.js" <<'JS'
const md = require("markdown-it")({ linkify: true });
process.stdout.write(md.render(require("fs").readFileSync(process.argv[2], "utf8")));
JS
cmark-gfm --extension autolink --extension table --extension strikethrough "$PAGE" >"$WORK/cmark.html"
NODE_PATH=$NODE_CACHE/node_modules node "$WORK/render.js" "$PAGE" >"$WORK/markdown-it.html"

failed=0
for renderer in cmark markdown-it; do
    html=$WORK/$renderer.html
    # The page's own links are the breadcrumb's "Home" (the locale's home page) and the
    # language switcher's, to sibling pages.
    links=$(grep -o '<a href="[^"]*"' "$html" | grep -v -e 'href="index\.html"' -e 'href="\.\./[a-zA-Z-]*/unido-industrial-park-training-2023\.md"' || true)
    if [ -n "$links" ]; then
        echo "$renderer linked text of a translation:" >&2
        echo "$links" >&2
        failed=1
    fi
    # The addresses still read as written (the word joiner after @ is invisible).
    shown=$(python3 -c 'import html,re,sys; t=open(sys.argv[1],encoding="utf-8").read(); print(html.unescape(re.sub("<[^>]+>","",t)).replace("\u2060",""))' "$html")
    for address in "${ADDRESSES[@]}"; do
        if ! grep -qF -- "$address" <<<"$shown"; then
            echo "$renderer does not show \`$address\` as written" >&2
            failed=1
        fi
    done
    count=$(grep -c '<a href="\.\./' "$html" || true)
    if [ "$count" -eq 0 ]; then
        echo "$renderer shows no language switcher: the check would prove nothing" >&2
        failed=1
    fi
done
if [ "$failed" -ne 0 ]; then
    exit 1
fi
echo "markdown autolinks: none in cmark-gfm (autolink extension) or markdown-it $MARKDOWN_IT (linkify)"
