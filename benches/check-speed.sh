#!/usr/bin/env bash
# `fluentpress check` against the floor: a bare parallel parse of the same files.
#
#   benches/check-speed.sh [COPIES]
#
# On Thunderbird's tree beside the repository (../shared/corpora/thunderbird-l10n, reference
# `en-GB`) and on a large tree of COPIES (default 6) renamed copies of every Anki locale (as
# benches/large-tree.sh builds it; reference `templates`), alternates RUNS (default 3) runs of
#   - parse-floor (benches/parse_floor.rs: read every .ftl file and parse it with fluent-syntax
#     on all cores, nothing else),
#   - `fluentpress check` (human output), and
#   - `fluentpress check --format json`,
# and prints, per tree, the median wall time and CPU time (user + system) of each, their ratios
# to the floor, and the peak resident memory (`/usr/bin/time -v`, "Maximum resident set size").
# CPU time is the steadier figure on a shared machine; wall time is what a user waits.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/benches/large-tree-lib.sh"
COPIES=${1:-6}
RUNS=${RUNS:-3}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
if [ ! -x /usr/bin/time ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
(cd "$ROOT" && cargo build --release --quiet && cargo build --release --quiet --example parse-floor)
FLUENTPRESS=$TARGET/release/fluentpress
FLOOR=$TARGET/release/examples/parse-floor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# measure TREE-LABEL NAME COMMAND...: appends "LABEL NAME wall cpu kilobytes" to $WORK/runs.
measure() {
    local label=$1 name=$2
    shift 2
    /usr/bin/time -v -o "$WORK/time" "$@" >"$WORK/out" 2>/dev/null || true
    awk -v label="$label" -v name="$name" -F': ' '
        /User time/ { user = $2 } /System time/ { sys = $2 }
        /Maximum resident/ { kb = $2 }
        /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + t[i] }
        END { printf "%s %s %.3f %.3f %d\n", label, name, wall, user + sys, kb }' \
        "$WORK/time" >>"$WORK/runs"
}

# bench LABEL TREE REFERENCE
bench() {
    local label=$1 tree=$2 reference=$3
    echo "$label: $(find "$tree" -mindepth 1 -maxdepth 1 -type d | wc -l) locale folders, $(find "$tree" -name '*.ftl' | wc -l) files, $(du -sh "$tree" | cut -f1) (reference $reference)"
    for _ in $(seq "$RUNS"); do
        measure "$label" floor "$FLOOR" "$tree"
        measure "$label" human "$FLUENTPRESS" check --locales-dir "$tree" --reference "$reference"
        measure "$label" json "$FLUENTPRESS" check --locales-dir "$tree" --reference "$reference" --format json
    done
}

THUNDERBIRD=$ROOT/../shared/corpora/thunderbird-l10n
if [ -d "$THUNDERBIRD" ]; then
    bench thunderbird "$THUNDERBIRD" en-GB
else
    echo "note: $THUNDERBIRD is absent; skipped" >&2
fi
CORPUS=$ROOT/../shared/corpora/anki-core-i18n/core
if [ -d "$CORPUS" ]; then
    TREE=$WORK/tree
    make_large_tree "$CORPUS" "$TREE" "$COPIES"
    bench large "$TREE" templates
else
    echo "note: $CORPUS is absent; skipped" >&2
fi

python3 - "$WORK/runs" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    label, name, wall, cpu, kb = line.split()
    runs.setdefault(label, {}).setdefault(name, []).append((float(wall), float(cpu), int(kb)))
for label, by_name in runs.items():
    med = {n: (statistics.median(w for w, _, _ in r), statistics.median(c for _, c, _ in r),
               max(k for _, _, k in r) / 1024) for n, r in by_name.items()}
    floor = med["floor"]
    print(f"{label}:")
    for name in ("floor", "human", "json"):
        wall, cpu, mb = med[name]
        print(f"  {name:6} wall {wall:6.2f} s ({wall / floor[0]:4.1f}x)  cpu {cpu:6.2f} s "
              f"({cpu / floor[1]:4.1f}x)  peak RSS {mb:5.1f} MB")
PY
