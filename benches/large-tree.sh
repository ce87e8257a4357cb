#!/usr/bin/env bash
# How `fluentpress check` scales to a Firefox-sized tree, and what the second core buys.
#
#   benches/large-tree.sh [COPIES]
#
# Builds, in a temporary folder, a tree of COPIES (default 6) renamed copies of every locale of
# the Anki corpus beside the repository (../shared/corpora/anki-core-i18n/core, reference
# `templates`): 6 copies make 415 locale folders and about 11,400 files. Then alternates runs
# of `fluentpress check --format json` on one thread (RAYON_NUM_THREADS=1) and on all cores,
# printing wall time and peak memory of each, the medians, and the speed-up.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/benches/large-tree-lib.sh"
CORPUS=$ROOT/../shared/corpora/anki-core-i18n/core
COPIES=${1:-6}
RUNS=${RUNS:-3}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
if [ ! -d "$CORPUS" ]; then
    echo "note: $CORPUS is absent; nothing to measure" >&2
    exit 0
fi
if [ ! -x /usr/bin/time ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
(cd "$ROOT" && cargo build --release --quiet)
FLUENTPRESS=$TARGET/release/fluentpress

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TREE=$WORK/tree
make_large_tree "$CORPUS" "$TREE" "$COPIES"
echo "tree: $(find "$TREE" -mindepth 1 -maxdepth 1 -type d | wc -l) locale folders, $(find "$TREE" -name '*.ftl' | wc -l) files, $(du -sh "$TREE" | cut -f1)"

measure() {
    local name=$1 threads=$2 start end
    start=$(date +%s%N)
    RAYON_NUM_THREADS=$threads /usr/bin/time -f '%M' -o "$WORK/rss" \
        "$FLUENTPRESS" check --locales-dir "$TREE" --reference templates --format json >"$WORK/out.json" || true
    end=$(date +%s%N)
    local seconds kb
    seconds=$(awk -v d=$((end - start)) 'BEGIN { printf "%.3f", d / 1e9 }')
    kb=$(tail -n 1 "$WORK/rss")
    printf '%-12s %8s s %8.1f MB\n' "$name" "$seconds" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')"
    echo "$name $seconds $kb" >>"$WORK/runs"
}

for _ in $(seq "$RUNS"); do
    measure "1 thread" 1
    measure "all cores" "$(nproc)"
done
python3 - "$WORK/runs" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    *name, seconds, kb = line.split()
    runs.setdefault(" ".join(name), []).append((float(seconds), int(kb)))
one = statistics.median(s for s, _ in runs["1 thread"])
all_ = statistics.median(s for s, _ in runs["all cores"])
peak = max(k for r in runs.values() for _, k in r) / 1024
print(f"median: 1 thread {one:.3f} s, all cores {all_:.3f} s -> {one / all_:.2f}x; peak memory {peak:.1f} MB")
PY
