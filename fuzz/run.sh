#!/usr/bin/env bash
# Builds the fuzz targets and runs each one for a bounded time. Fails (exit 1) when a target
# crashes (a panic, a stack overflow, an abort), when one input takes longer than
# FUZZ_TIMEOUT seconds, or when the process grows past FUZZ_RSS_MB megabytes; the input that
# did it is kept in the artifacts folder and printed in hexadecimal.
#
# Usage: fuzz/run.sh [TARGET...]          (default: every target)
# Environment:
#   FUZZ_SECONDS     seconds of fuzzing per target (default: 25 for check and render,
#                    15 for lock and import, 10 for config, diff and scaffold)
#   FUZZ_TIMEOUT     seconds one input may take (default 5)
#   FUZZ_RSS_MB      memory limit in MB (default 2048)
#   FUZZ_TARGET_DIR  cargo target folder of the fuzz build (default fuzz/target)
#   FUZZ_WORK        where corpora, artifacts and logs go (default fuzz/runs); the corpus of
#                    each target grows there from run to run, seeds are made again each run
#   FUZZ_NICE        niceness of the fuzzing processes (default 0)
#
# Needs the nightly toolchain and cargo-fuzz (installed from crates.io when absent).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
all_targets=(check render lock config diff import scaffold)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
timeout_s=${FUZZ_TIMEOUT:-5}
rss_mb=${FUZZ_RSS_MB:-2048}
target_dir=${FUZZ_TARGET_DIR:-$here/target}
work=${FUZZ_WORK:-$here/runs}
niceness=${FUZZ_NICE:-0}

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz: the nightly toolchain is not installed (rustup toolchain install nightly)" >&2
    exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz from crates.io"
    cargo install cargo-fuzz --locked
fi

cargo fmt --check --manifest-path "$here/Cargo.toml"
start=$(date +%s)
# Release build with debug assertions and overflow checks; no sanitizer (see docs/fuzzing.md).
cargo +nightly fuzz build -O --debug-assertions --sanitizer none --codegen-units 4 \
    --target-dir "$target_dir"
bin=$target_dir/x86_64-unknown-linux-gnu/release
built=$(date +%s)
echo "fuzz: build took $((built - start)) s"

mkdir -p "$work"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/fluentpress-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
"$here/seeds.sh" "$scratch/seeds" >/dev/null
touch "$scratch/stamp"

failed=()
for target in "${targets[@]}"; do
    case $target in
        check | render) dict=fluent.dict seconds=${FUZZ_SECONDS:-25} ;;
        lock) dict=lock.dict seconds=${FUZZ_SECONDS:-15} ;;
        config) dict=config.dict seconds=${FUZZ_SECONDS:-10} ;;
        diff) dict=fluent.dict seconds=${FUZZ_SECONDS:-10} ;;
        import) dict=handoff.dict seconds=${FUZZ_SECONDS:-15} ;;
        scaffold) dict=fluent.dict seconds=${FUZZ_SECONDS:-10} ;;
        *)
            echo "fuzz: unknown target $target (one of: ${all_targets[*]})" >&2
            exit 2
            ;;
    esac
    corpus=$work/corpus/$target
    artifacts=$work/artifacts/$target
    log=$work/$target.log
    mkdir -p "$corpus" "$artifacts" "$scratch/$target"
    status=0
    FLUENTPRESS_FUZZ_SCRATCH=$scratch/$target nice -n "$niceness" "$bin/$target" \
        -dict="$here/$dict" -max_total_time="$seconds" -timeout="$timeout_s" \
        -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" "$scratch/seeds/$target" >"$log" 2>&1 ||
        status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2 || true)
    printf 'fuzz: %-8s %3d s, %s runs, coverage %s, peak %s MB, corpus %d inputs\n' \
        "$target" "$seconds" "${runs:-?}" "${cov:-?}" "${peak:-?}" \
        "$(find "$corpus" -type f | wc -l)"
    if [ $status -ne 0 ]; then
        echo "fuzz: $target FAILED (exit $status); the end of its log ($log):" >&2
        grep -v '^#[0-9]' "$log" | tail -n 40 >&2
        find "$artifacts" -type f -newer "$scratch/stamp" | while read -r input; do
            echo "fuzz: input $input:" >&2
            head -c 2048 "$input" | od -A d -c | head -n 40 >&2
        done
        failed+=("$target")
    fi
done
echo "fuzz: build and runs took $(($(date +%s) - start)) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]} (reproduce: cargo +nightly fuzz run TARGET INPUT, see docs/fuzzing.md)" >&2
    exit 1
fi
