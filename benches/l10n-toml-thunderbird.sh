#!/usr/bin/env bash
# `check --config` on Thunderbird's strings (../shared/corpora/thunderbird-l10n) with an
# l10n.toml written here after the layout of Thunderbird's own (mail, chat and an included
# calendar configuration; `en-GB` stands in for the `en-US` source, which the corpus lacks;
# the beta branding may be missing). Prints both tools' time and peak memory, then where they
# agree and disagree (benches/l10n-toml-cases.sh --tree).
#
#   benches/l10n-toml-thunderbird.sh [CORPUS]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$(cd "${1:-$ROOT/../shared/corpora/thunderbird-l10n}" && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

locales=$(cd "$CORPUS" && for d in */; do d=${d%/}; [ "$d" != en-GB ] && printf '"%s", ' "$d"; done)
cat >"$WORK/l10n.toml" <<EOF
basepath = "."
locales = [${locales%, }]

[env]
l = "{l10n_base}/{locale}/"
source = "{l10n_base}/en-GB/"

[[paths]]
reference = "{source}mail/**"
l10n = "{l}mail/**"

[[paths]]
reference = "{source}chat/**"
l10n = "{l}chat/**"

[[includes]]
path = "calendar/l10n.toml"

# The beta branding may be missing.
[[filters]]
path = "{l}mail/branding/tb_beta/**"
action = "ignore"
EOF
mkdir "$WORK/calendar"
cat >"$WORK/calendar/l10n.toml" <<'EOF'
basepath = "."

[env]
l = "{l10n_base}/{locale}/"

[[paths]]
reference = "{l10n_base}/en-GB/calendar/**"
l10n = "{l}calendar/**"
EOF

# Installs compare-locales and builds fluentpress, then compares.
"$ROOT/benches/l10n-toml-cases.sh" --tree "$WORK/l10n.toml" "$CORPUS" >"$WORK/compared" || true
(cd "$ROOT" && nice -n 10 cargo build --quiet --release)

measure() {
    /usr/bin/time -f '%e s, %M KiB' "$@" >/dev/null 2>"$WORK/time" || true
    tail -n 1 "$WORK/time"
}
echo "compare-locales 9.0.5: $(measure "$TARGET/compare-locales-venv/bin/compare-locales" \
    --json "$WORK/out.json" "$WORK/l10n.toml" "$CORPUS")"
echo "fluentpress check --config (release): $(measure "$TARGET/release/fluentpress" check \
    --config "$WORK/l10n.toml" --l10n-base "$CORPUS" --reference en-GB)"
"$TARGET/release/fluentpress" check --config "$WORK/l10n.toml" --l10n-base "$CORPUS" \
    --reference en-GB --format json >"$WORK/fp.json" || true
python3 - "$WORK/fp.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
locales = report["locales"]
required = sum(l["required"] for l in locales)
missing = sum(l["missing_required"] for l in locales)
whole = sum(l["missing"] for l in locales)
complete = sum(1 for l in locales if l["missing_required"] == 0)
print(f"{len(locales)} locales, {len(report['l10n_toml']['skipped_files'])} reference files "
      f"skipped; required entries {required}, missing {missing} (whole tree: {whole}); "
      f"{complete} locales complete")
PY
echo
cat "$WORK/compared"
