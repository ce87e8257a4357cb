#!/usr/bin/env bash
# Renders the project and checks every HTML page in headless Chromium as a reader's browser
# draws it (.ci/browser/check.js says what each check measures): missing glyphs, axe-core's
# WCAG 2.2 AA rules in the light and dark colour schemes, the Nu HTML checker, headline line
# height, the typography of fallback passages, the language switcher and overflow at 400 px.
# Pages come from two renders: the project as it is, and a copy in which the last message of
# each article is missing in every locale but the pivot, so that fallback passages appear.
# A broken fixture page is checked first and must fail every check.
# Screenshots of every page at 1000 and 400 px go to the folder printed at the end.
#
# Usage: .ci/browser-check.sh [--release] [--skip CHECK,...] [--shots DIR]
#   --release   check the pages of a release build (default: the debug build that `cargo
#               test` leaves behind)
#   --skip      report these checks but do not fail on them
#   --shots     the screenshot folder (default: target/browser-shots; emptied first)
#
# Installs what it needs idempotently, with no prompt: the Debian packages
# chromium-headless-shell (chromium where the archive has no such package), fonts-noto-core,
# fonts-noto-cjk, fontconfig and default-jre-headless, and the npm packages in
# .ci/browser/package-lock.json (axe-core, vnu-jar) into a cache folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/fluentpress-ci
profile=debug
skip=""
shots=$TARGET/browser-shots
while [ $# -gt 0 ]; do
    case $1 in
        --release) profile=release ;;
        --skip) skip=$2; shift ;;
        --skip=*) skip=${1#--skip=} ;;
        --shots) shots=$2; shift ;;
        --shots=*) shots=${1#--shots=} ;;
        *) echo "browser-check: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done

missing_packages() {
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' \
            || echo "$package"
    done
}

apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "browser-check: install these Debian packages first: $*" >&2
        exit 2
    fi
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine may have no package lists yet: update them once if the install fails.
    apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "$@" >/dev/null; }
}

in_archive() {
    apt-cache show "$1" 2>/dev/null | grep -q '^Package:'
}

# The browser: Debian's headless shell, or the full chromium where the archive lacks it.
if [ -x /usr/bin/chromium-headless-shell ]; then
    browser_package=chromium-headless-shell
elif in_archive chromium-headless-shell; then
    browser_package=chromium-headless-shell
elif [ "$(id -u)" -eq 0 ] && apt-get update -q >/dev/null && in_archive chromium-headless-shell; then
    browser_package=chromium-headless-shell
else
    browser_package=chromium
    echo "browser-check: the package archive has no chromium-headless-shell: using chromium"
fi
needed=$(missing_packages "$browser_package" fonts-noto-core fonts-noto-cjk fontconfig default-jre-headless)
if [ -n "$needed" ]; then
    # shellcheck disable=SC2086 # one package per word
    apt_install $needed
fi
chromium=/usr/bin/$browser_package

# npm packages, pinned by the lock file, in a cache folder named after its hash. Install
# scripts are not run: vnu-jar's would try to download a Java runtime.
lock_hash=$(sha256sum "$ROOT/.ci/browser/package-lock.json" | cut -c1-16)
modules=$CACHE/browser-$lock_hash
if [ ! -f "$modules/.installed" ]; then
    rm -rf "$modules" && mkdir -p "$modules"
    cp "$ROOT/.ci/browser/package.json" "$ROOT/.ci/browser/package-lock.json" "$modules/"
    npm ci --prefix "$modules" --ignore-scripts --no-audit --no-fund --silent
    touch "$modules/.installed"
fi

if [ "$profile" = release ]; then
    (cd "$ROOT" && cargo build --quiet --release)
else
    (cd "$ROOT" && cargo build --quiet)
fi
fluentpress=$TARGET/$profile/fluentpress

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy_project() {
    mkdir -p "$1"
    cp -r "$ROOT/fluentpress.toml" "$ROOT/locales" "$ROOT/content" "$1/"
    if [ -f "$ROOT/fluentpress.lock" ]; then cp "$ROOT/fluentpress.lock" "$1/"; fi
}
copy_project "$work/project"
"$fluentpress" --project "$work/project" render --out "$work/site" >/dev/null 2>"$work/render.log" \
    || { cat "$work/render.log" >&2; exit 1; }

# The same project with the last message of each article missing outside the pivot.
copy_project "$work/fallback-project"
python3 - "$work/fallback-project" <<'PY'
import pathlib, re, sys, tomllib

project = pathlib.Path(sys.argv[1])
config = tomllib.loads((project / "fluentpress.toml").read_text(encoding="utf-8"))
locales_dir = project / config.get("folders", {}).get("locales", "locales")
content_dir = project / config.get("folders", {}).get("content", "content")
articles = {path.stem for path in content_dir.glob("*.toml")}
dropped = 0
for locale in config["locales"]:
    if locale == config.get("pivot"):
        continue
    for article in sorted(articles):
        path = locales_dir / locale / f"{article}.ftl"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        starts = [m.start() for m in re.finditer(r"(?m)^[a-zA-Z][a-zA-Z0-9_-]*[ \t]*=", text)]
        if len(starts) < 2:
            continue
        # The message runs to the next blank line followed by a comment or an entry.
        end = re.search(r"\n\n(?=[#a-zA-Z-])", text[starts[-1]:])
        stop = starts[-1] + end.start() + 1 if end else len(text)
        path.write_text(text[: starts[-1]] + text[stop:], encoding="utf-8")
        dropped += 1
if dropped == 0:
    sys.exit("browser-check: no article message to leave out for the fallback pages")
PY
"$fluentpress" --project "$work/fallback-project" render --out "$work/fallback" >/dev/null 2>"$work/render.log" \
    || { cat "$work/render.log" >&2; exit 1; }
# Keep only the pages that differ from the first render.
while IFS= read -r -d '' page; do
    relative=${page#"$work/fallback/"}
    if cmp -s "$page" "$work/site/$relative"; then rm "$page"; fi
done < <(find "$work/fallback" -name '*.html' -print0)

node "$ROOT/.ci/browser/check.js" \
    --chromium "$chromium" \
    --axe "$modules/node_modules/axe-core/axe.min.js" \
    --vnu "$modules/node_modules/vnu-jar/build/dist/vnu.jar" \
    --fixture "$ROOT/.ci/browser/fixture/broken.html" \
    --shots "$shots" \
    --skip "$skip" \
    "$work/site" "fallback=$work/fallback"
