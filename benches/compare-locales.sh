#!/usr/bin/env bash
# Benchmark `fluentpress check` against Mozilla's compare-locales 9.0.5 on the same Fluent tree.
#
#   benches/compare-locales.sh [TREE [REFERENCE]]
#
# TREE defaults to ../shared/corpora/anki-core-i18n/core (relative to the repository) and
# REFERENCE to `templates`; every other folder of TREE is checked. compare-locales is installed
# in a virtual environment under target/; `time` (for peak memory) is installed with apt-get
# when missing. Runs alternate (compare-locales, fluentpress, ...) RUNS times (default 3);
# prints wall time and peak RSS of each run, the medians and the ratio, then whether both tools
# count the same missing and obsolete entries per locale.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TREE=$(cd "${1:-$ROOT/../shared/corpora/anki-core-i18n/core}" && pwd)
REFERENCE=${2:-templates}
RUNS=${RUNS:-3}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
VENV=$TARGET/compare-locales-venv
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=benches/compare-locales-lib.sh
. "$ROOT/benches/compare-locales-lib.sh"
install_compare_locales "$VENV"
if [ ! -x /usr/bin/time ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
(cd "$ROOT" && cargo build --release --quiet)
FLUENTPRESS=$TARGET/release/fluentpress

# compare-locales needs a project file; a bare tree gets a minimal one.
LOCALES=$(find "$TREE" -mindepth 1 -maxdepth 1 -type d ! -name "$REFERENCE" ! -name '.*' \
    -printf '"%f", ' | sort)
cat >"$WORK/l10n.toml" <<TOML
basepath = "$TREE"
locales = [${LOCALES%, }]
[[paths]]
    reference = "$REFERENCE/**/*.ftl"
    l10n = "{l10n_base}/{locale}/**/*.ftl"
TOML

# measure NAME OUTPUT COMMAND...: appends "NAME seconds kilobytes" to $WORK/runs.
measure() {
    local name=$1 output=$2
    shift 2
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >"$output" 2>"$WORK/stderr" || true
    end=$(date +%s%N)
    local seconds
    seconds=$(awk -v d=$((end - start)) 'BEGIN { printf "%.3f", d / 1e9 }')
    local kb
    kb=$(tail -n 1 "$WORK/rss")
    printf '%-16s %8s s %8s MB\n' "$name" "$seconds" "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
    echo "$name $seconds $kb" >>"$WORK/runs"
}

echo "tree: $TREE (reference $REFERENCE, $(echo "$LOCALES" | tr -cd ',' | wc -c) locales, $(find "$TREE" -name '*.ftl' | wc -l) files)"
for i in $(seq "$RUNS"); do
    measure compare-locales "$WORK/cl.json" \
        "$VENV/bin/compare-locales" --json - "$WORK/l10n.toml" "$TREE"
    measure fluentpress "$WORK/fp.json" \
        "$FLUENTPRESS" check --locales-dir "$TREE" --reference "$REFERENCE" --format json
done

python3 - "$WORK/runs" "$WORK/cl.json" "$WORK/fp.json" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, seconds, kb = line.split()
    runs.setdefault(name, []).append((float(seconds), int(kb)))
med = {n: (statistics.median(s for s, _ in r), max(k for _, k in r) / 1024) for n, r in runs.items()}
cl, fp = med["compare-locales"], med["fluentpress"]
print(f"median wall time: compare-locales {cl[0]:.3f} s, fluentpress {fp[0]:.3f} s "
      f"-> {cl[0] / fp[0]:.0f}x faster")
print(f"peak memory:      compare-locales {cl[1]:.1f} MB, fluentpress {fp[1]:.1f} MB")

summary = json.load(open(sys.argv[2]))[0]["summary"]
ours = {l["locale"]: l for l in json.load(open(sys.argv[3]))["locales"]}
# compare-locales does not open a file the reference lacks, so its `obsolete` leaves out the
# entries of obsolete files; fluentpress counts them (as the issue asks). Compare both ways.
def in_files(o):
    return sum(1 for e in o["obsolete_entries"] if e["file"] not in o["obsolete_files"])
same_missing = [l for l, s in summary.items() if s.get("missing", 0) == ours[l]["missing"]]
same_obsolete = [l for l, s in summary.items() if s.get("obsolete", 0) == ours[l]["obsolete"]]
same_in_files = [l for l, s in summary.items() if s.get("obsolete", 0) == in_files(ours[l])]
print(f"missing counts equal in {len(same_missing)}/{len(summary)} locales; obsolete counts equal "
      f"in {len(same_obsolete)}/{len(summary)}, and in {len(same_in_files)}/{len(summary)} "
      f"without the entries of obsolete files")
for l, s in sorted(summary.items()):
    o = ours[l]
    if s.get("missing", 0) != o["missing"] or s.get("obsolete", 0) != in_files(o):
        print(f"  {l}: compare-locales missing {s.get('missing', 0)} obsolete {s.get('obsolete', 0)}; "
              f"fluentpress missing {o['missing']} obsolete {o['obsolete']} "
              f"(obsolete files {o['obsolete_files']})")
PY
