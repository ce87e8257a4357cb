#!/usr/bin/env bash
# How `fluentpress add-locale` scales with the number of entries in one file.
#
#   benches/add-locale-entries.sh [ENTRIES...]
#
# For each ENTRIES (default 12500 25000 50000 100000), builds in a temporary folder a project
# whose source (zh-CN) and pivot (en) each hold one file of that many messages, then times
# `fluentpress add-locale fr` on it and prints the wall time and peak memory. Time that
# doubles with the entries is linear; time that quadruples is quadratic.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
if [ ! -x /usr/bin/time ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
(cd "$ROOT" && cargo build --release --quiet)
FLUENTPRESS=$TARGET/release/fluentpress

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ $# -gt 0 ] || set -- 12500 25000 50000 100000
for entries in "$@"; do
    project=$WORK/p$entries
    mkdir -p "$project/locales/zh-CN" "$project/locales/en" "$project/content"
    cat >"$project/fluentpress.toml" <<TOML
source = "zh-CN"
pivot = "en"

[locales.zh-CN]
name = "中文"
status = "reviewed"

[locales.en]
name = "English"
status = "reviewed"
TOML
    awk -v n="$entries" 'BEGIN { for (i = 0; i < n; i++) printf "message-%d = 消息 %d { $n }\n", i, i }' \
        >"$project/locales/zh-CN/big.ftl"
    awk -v n="$entries" 'BEGIN { for (i = n - 1; i >= 0; i--) printf "message-%d = Message %d { $n }\n", i, i }' \
        >"$project/locales/en/big.ftl"
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$WORK/rss" "$FLUENTPRESS" --project "$project" add-locale fr >/dev/null
    end=$(date +%s%N)
    seconds=$(awk -v d=$((end - start)) 'BEGIN { printf "%.2f", d / 1e9 }')
    printf '%7d entries: %6ss, %s MB peak\n' "$entries" "$seconds" "$(($(tail -n 1 "$WORK/rss") / 1024))"
done
