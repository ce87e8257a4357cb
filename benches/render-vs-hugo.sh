#!/usr/bin/env bash
# `fluentpress render` against Hugo on the same site, and fluentpress's incremental builds.
#
#   benches/render-vs-hugo.sh [ARTICLES] [LOCALES]
#
# Builds a site of ARTICLES (default 1000) articles in LOCALES (default 20) locales from the
# repository's project (benches/render-site-lib.sh: copies of the announcement under new slugs,
# locales added as copies of `en`), writes the equivalent Hugo site from the same texts
# (benches/hugo-site.py: breadcrumb, localized date, hreflang alternates, language switcher,
# i18n strings, paginated lists, sitemap and feeds), installs `hugo` from the system's
# packages when it is absent, and alternates RUNS (default 3) full builds of each into a new
# folder on tmpfs (/dev/shm). It prints, per tool, the median wall and CPU time, article pages
# per second (ARTICLES x LOCALES pages over the wall time) and the peak resident memory
# (`/usr/bin/time -v`), and the ratio of the pages per second. Then, for fluentpress: a no-op
# rebuild and a rebuild after editing one message in one locale (median of RUNS each, against
# the full build), and the peak memory at a quarter and half of ARTICLES, to show how it grows.
# On a shared machine CPU time is the steadier figure; wall time is what a user waits.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/benches/render-site-lib.sh"
ARTICLES=${1:-1000}
LOCALES=${2:-20}
RUNS=${RUNS:-3}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
install() {
    apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}
[ -x /usr/bin/time ] || install time
command -v hugo >/dev/null || install hugo
(cd "$ROOT" && cargo build --release --quiet)
FLUENTPRESS=$TARGET/release/fluentpress
TMPFS=/dev/shm
[ -d "$TMPFS" ] && [ -w "$TMPFS" ] || { echo "error: $TMPFS (tmpfs) is not writable" >&2; exit 2; }
WORK=$(mktemp -d -p "$TMPFS")
trap 'rm -rf "$WORK"' EXIT

# measure NAME COMMAND...: appends "NAME wall cpu kilobytes" to $WORK/runs.
measure() {
    local name=$1
    shift
    /usr/bin/time -v -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    awk -v name="$name" -F': ' '
        /User time/ { user = $2 } /System time/ { sys = $2 }
        /Maximum resident/ { kb = $2 }
        /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + t[i] }
        END { printf "%s %.3f %.3f %d\n", name, wall, user + sys, kb }' \
        "$WORK/time" >>"$WORK/runs"
}

# median NAME FIELD: the median of a field (2 wall, 3 cpu, 4 kilobytes) of NAME's runs.
median() {
    awk -v name="$1" -v f="$2" '$1 == name { print $f }' "$WORK/runs" | sort -g |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

SITE=$WORK/site
make_render_site "$ROOT" "$SITE" "$ARTICLES" "$LOCALES"
# The announcement alone in Markdown, every locale: the texts of the Hugo site.
mkdir -p "$WORK/one/content"
cp -r "$SITE/fluentpress.toml" "$SITE/locales" "$WORK/one/"
cp "$SITE/content/unido-industrial-park-training-2023.toml" "$WORK/one/content/"
"$FLUENTPRESS" --project "$WORK/one" render --format markdown --out "$WORK/markdown" >/dev/null 2>&1
python3 "$ROOT/benches/hugo-site.py" "$SITE" "$WORK/markdown" "$WORK/hugo"
PAGES=$((ARTICLES * LOCALES))
echo "site: $ARTICLES articles x $LOCALES locales = $PAGES article pages; output on tmpfs; $(nproc) cores; $(hugo version | cut -d' ' -f1-2)"

for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/fp-out" "$WORK/hugo-out"
    measure fluentpress "$FLUENTPRESS" --project "$SITE" render --out "$WORK/fp-out"
    measure hugo hugo --source "$WORK/hugo" --destination "$WORK/hugo-out" --quiet
done
echo "fluentpress wrote $(find "$WORK/fp-out" -type f | wc -l) files, Hugo $(find "$WORK/hugo-out" -type f | wc -l)"
# calc EXPRESSION: a number, by awk.
calc() { awk "BEGIN { printf \"%.1f\", $1 }"; }
printf '%-12s %9s %9s %12s %10s\n' tool wall-s cpu-s pages/s peak-MB
for name in fluentpress hugo; do
    wall=$(median $name 2)
    printf '%-12s %9.2f %9.2f %12.0f %10.0f\n' $name "$wall" "$(median $name 3)" \
        "$(calc "$PAGES / $wall")" "$(calc "$(median $name 4) / 1024")"
done
echo "ratio of pages/s (fluentpress / Hugo): $(calc "$(median hugo 2) / $(median fluentpress 2)")x wall, $(calc "$(median hugo 3) / $(median fluentpress 3)")x CPU"

# Incremental: nothing changed, then one message of one locale.
FTL=$SITE/locales/fil/unido-industrial-park-training-2023.ftl
TITLE=$(grep -m1 '^title = ' "$FTL")
for run in $(seq "$RUNS"); do
    measure noop "$FLUENTPRESS" --project "$SITE" render --out "$WORK/fp-out"
    sed -i "s|^title = .*|$TITLE $run|" "$FTL"
    measure edit "$FLUENTPRESS" --project "$SITE" render --out "$WORK/fp-out"
done
echo "no-op rebuild: $(median noop 2) s wall, $(median noop 3) s CPU ($(calc "$(median fluentpress 2) / $(median noop 2)")x faster than a full build)"
echo "one message edited in fil: $(median edit 2) s wall, $(median edit 3) s CPU; last run: $(tail -1 "$WORK/out")"

# Memory as the site grows.
for n in $((ARTICLES / 4)) $((ARTICLES / 2)) "$ARTICLES"; do
    rm -rf "$WORK/grow" "$WORK/grow-out"
    make_render_site "$ROOT" "$WORK/grow" "$n" "$LOCALES"
    measure "grow-$n" "$FLUENTPRESS" --project "$WORK/grow" render --out "$WORK/grow-out"
    echo "peak memory at $n articles x $LOCALES locales: $(calc "$(median "grow-$n" 4) / 1024") MB"
done
