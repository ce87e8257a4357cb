#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets, one folder per target, from the project's own
# files and, when it is present, the shared corpora beside the repository (`../shared/corpora`:
# Anki's and Thunderbird's Fluent trees). Nothing here is committed: seeds are made at run time.
#
# Usage: fuzz/seeds.sh [OUT]        (default OUT: fuzz/corpus)
# Environment: FUZZ_SEEDS_PER_TREE  how many files to take from each shared tree (default 40;
#                                   0 takes every file under FUZZ_SEED_MAX_BYTES)
#              FUZZ_SEED_MAX_BYTES  largest FTL file taken from a shared tree (default 6000)
#
# Inputs that hold several files separate them with a NUL byte, in the order the targets read
# them (see fuzz/src/lib.rs): check = zh-CN, en, ar; render = article, zh-CN, en, ar;
# diff = old text, new text; scaffold = a mode byte, then zh-CN, en (each check seed's first
# two files). An import input is one mode byte and an exchange file: the seeds are exports of
# fuzz/project made by the project's own `fluentpress export` (built with cargo at the
# repository root when it is not built yet).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
out=${1:-$here/corpus}
per_tree=${FUZZ_SEEDS_PER_TREE:-40}
max_bytes=${FUZZ_SEED_MAX_BYTES:-6000}
shared=$repo/../shared/corpora

mkdir -p "$out"/{check,render,lock,config,diff,import,scaffold}
n=0
# seed TARGET FILE...: one input made of FILEs joined by NUL bytes (`-` stands for an empty
# part). The render target gets the same files behind an empty article part.
seed() {
    local target=$1 first=1 f
    shift
    n=$((n + 1))
    {
        for f in "$@"; do
            if [ $first = 0 ]; then printf '\0'; fi
            first=0
            if [ "$f" != - ]; then cat "$f"; fi
        done
    } >"$out/$target/seed-$n"
    # Every check input's source and pivot also seed scaffold, behind a mode byte.
    if [ "$target" = check ]; then
        n=$((n + 1))
        {
            printf "\\$(printf '%03o' $((n % 4)))"
            if [ "$1" != - ]; then cat "$1"; fi
            printf '\0'
            if [ "$2" != - ]; then cat "$2"; fi
        } >"$out/scaffold/seed-$n"
    fi
}

# The project's own locales: site.ftl and the article's file make one main.ftl per locale.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in "$repo"/locales/*/; do
    locale=$(basename "$dir")
    cat "$dir"*.ftl >"$tmp/$locale.ftl"
done
for article in "$repo"/content/*.toml; do
    sed 's/^resource = .*/resource = "main.ftl"/' "$article" >"$tmp/article-$(basename "$article")"
done
for f in "$tmp"/*.ftl; do
    seed check "$tmp/zh-CN.ftl" "$tmp/en.ftl" "$f"
    for article in "$tmp"/article-*.toml; do
        seed render "$article" "$tmp/zh-CN.ftl" "$tmp/en.ftl" "$f"
    done
    seed render - "$tmp/zh-CN.ftl" "$tmp/en.ftl" "$f"
done

# Word diffs: the same file in two close locales, and in two scripts, forty lines of each.
for pair in en:en-SB zh-CN:en th:lo km:th; do
    for file in "$repo"/locales/"${pair%%:*}"/*.ftl; do
        other="$repo/locales/${pair##*:}/$(basename "$file")"
        [ -f "$other" ] || continue
        head -n 40 "$file" >"$tmp/old.txt"
        head -n 40 "$other" >"$tmp/new.txt"
        seed diff "$tmp/old.txt" "$tmp/new.txt"
    done
done

# The check fixtures: each case's reference, as pivot too, and its other locale.
for case in "$repo"/tests/fixtures/check/*/; do
    dirs=("$case"*/)
    [ ${#dirs[@]} -ge 2 ] || continue
    for ref in "${dirs[0]}"*.ftl; do
        other=${dirs[1]}$(basename "$ref")
        [ -f "$other" ] || other=-
        seed check "$ref" "$ref" "$other"
        seed render - "$ref" "$ref" "$other"
    done
done

# Configurations and locks of the project and its fixtures.
for f in "$repo"/fluentpress.toml "$repo"/tests/fixtures/*/fluentpress.toml \
    "$repo"/tests/fixtures/*/*/fluentpress.toml; do
    [ -f "$f" ] && seed config "$f"
done
while IFS= read -r f; do
    seed lock "$f"
    head -n 12 "$f" >"$tmp/short.lock"
    seed lock "$tmp/short.lock"
done < <(find "$repo" -name '*.lock' -not -path '*/target/*' -not -path "$out/*")

# Translators' files: XLIFF and PO exports of fuzz/project (the import target's project) for
# two locales, each as a dry run and as a real import (the mode byte, see
# fuzz_targets/import.rs).
cp -R "$here/project" "$tmp/project"
for locale in ar en; do
    for format in xliff po; do
        cargo run --quiet --manifest-path "$repo/Cargo.toml" -- --project "$tmp/project" \
            export "$locale" --format "$format" --out "$tmp/export" 2>"$tmp/export.log" ||
            { cat "$tmp/export.log" >&2 && exit 1; }
        if [ $format = xliff ]; then ext=0; else ext=1; fi
        for dry in 0 2; do
            n=$((n + 1))
            {
                printf "\\$(printf '%03o' $((ext + dry)))"
                cat "$tmp/export"
            } >"$out/import/seed-$n"
        done
    done
done

# The shared trees: one file in three locales per seed (the first locale plays the reference),
# spread evenly over each tree's sorted list of small files.
if [ -d "$shared" ]; then
    tree_seeds() {
        local root=$1 ref=$2 pivot=$3 other=$4
        [ -d "$root/$ref" ] || return 0
        local files
        mapfile -t files < <(cd "$root/$ref" && find . -name '*.ftl' -size -"${max_bytes}"c | sort)
        local count=${#files[@]} step=1 i
        [ "$count" -gt 0 ] || return 0
        if [ "$per_tree" -gt 0 ] && [ "$count" -gt "$per_tree" ]; then step=$((count / per_tree)); fi
        for ((i = 0; i < count; i += step)); do
            local rel=${files[$i]} parts=()
            for locale in "$ref" "$pivot" "$other"; do
                if [ -f "$root/$locale/$rel" ]; then parts+=("$root/$locale/$rel"); else parts+=(-); fi
            done
            seed check "${parts[@]}"
            seed render - "${parts[@]}"
        done
    }
    tree_seeds "$shared/anki-core-i18n/core" templates zh-CN ar
    tree_seeds "$shared/thunderbird-l10n" fr de ar
else
    echo "seeds: no shared corpora beside the repository; seeding from the project only" >&2
fi

for target in check render lock config diff import scaffold; do
    printf 'seeds: %s %d\n' "$target" "$(find "$out/$target" -type f | wc -l)"
done
