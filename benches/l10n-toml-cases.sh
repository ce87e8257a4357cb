#!/usr/bin/env bash
# Runs Mozilla's compare-locales 9.0.5 and `fluentpress check --config` on the l10n.toml trees
# of tests/fixtures/l10n-toml (one per construct of the configuration) and prints, per case
# and locale, where the two agree and disagree on what a locale must have:
#
#   missing   compare-locales' `missing`         fluentpress's `missing_required`
#   report    compare-locales' `report`          fluentpress's `report`
#   files     files compare-locales says to add  fluentpress's `missing_required_files`
#             (`missingFile: error`)
#   obsolete  files compare-locales says to      fluentpress's `obsolete_files` less the
#             remove (`obsoleteFile`)            `unmapped_files` (which compare-locales
#                                                never lists)
#
#   benches/l10n-toml-cases.sh [CASE...]    # default: every case
#   benches/l10n-toml-cases.sh --tree L10N_TOML L10N_BASE   # any tree: prints the table only
#
# compare-locales is installed in a virtual environment under target/ (once, shared with
# benches/compare-locales-cases.sh). Exits 1 when a disagreement is not one of the deliberate
# ones listed below (each named in docs/check.md), or when a listed one no longer happens.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
VENV=$TARGET/compare-locales-venv

# shellcheck source=benches/compare-locales-lib.sh
. "$ROOT/benches/compare-locales-lib.sh"
install_compare_locales "$VENV"
(cd "$ROOT" && nice -n 10 cargo build --quiet)
FLUENTPRESS=$TARGET/debug/fluentpress

"$VENV/bin/python" - "$ROOT" "$VENV/bin/compare-locales" "$FLUENTPRESS" "$@" <<'PY'
import json, os, subprocess, sys

root, compare_locales, fluentpress, *only = sys.argv[1:]
fixtures = os.path.join(root, "tests/fixtures/l10n-toml")
docs = open(os.path.join(root, "docs/check.md"), encoding="utf-8").read()

# (case, locale, figure): why the tools differ there. Each case is named in docs/check.md.
DELIBERATE = {
    ("filters", "de", "missing"): "a missing file under a `warning` filter: compare-locales "
        "counts its entries as missing, fluentpress as report",
    ("filters", "de", "report"): "the same file, counted as report here",
    ("non-ftl", "de", "missing"): "compare-locales also counts `.properties` entries; "
        "fluentpress skips files that are not FTL",
    ("partial-name", "de", "missing"): "`en-US/brand*.ftl`: compare-locales walks the folder "
        "`en-US/brand`, which does not exist, and finds no file",
    ("partial-name", "de", "files"): "the same: `brand-short.ftl` is required here only",
    ("non-ftl", "de", "files"): "`brand.dtd` is missing: compare-locales asks for it, "
        "fluentpress skips it",
}

tree_mode = only[:1] == ["--tree"]

def cases():
    if tree_mode:
        yield "tree", os.path.abspath(only[1]), os.path.abspath(only[2])
        return
    for name in sorted(os.listdir(fixtures)):
        if only and name not in only:
            continue
        config = os.path.join(fixtures, name, "l10n.toml")
        if not os.path.isfile(config):
            config = os.path.join(fixtures, name, "project", "l10n.toml")
        yield name, config, os.path.join(fixtures, name, "l10n")

def compare_locales_figures(config, base):
    run = subprocess.run([compare_locales, "--json", "-", config, base],
                         capture_output=True, text=True)
    try:
        result = json.loads(run.stdout)[0]
    except (ValueError, IndexError):
        sys.exit(f"compare-locales failed on {config} (exit {run.returncode}): {run.stderr}")
    figures = {}
    for locale, summary in result["summary"].items():
        figures[locale] = {"missing": summary.get("missing", 0), "report": summary.get("report", 0),
                           "files": set(), "obsolete": set()}
    def walk(node, path):
        for key, value in node.items():
            if isinstance(value, dict):
                walk(value, path + [key])
                continue
            # Folders with one child are written as one key (`fr/app`): join them back.
            locale, _, rel = "/".join(path + [key]).partition("/")
            entry = figures.setdefault(locale, {"missing": 0, "report": 0, "files": set(),
                                                "obsolete": set()})
            for item in value:
                if item.get("missingFile") == "error":
                    entry["files"].add(rel)
                if "obsoleteFile" in item:
                    entry["obsolete"].add(rel)
    walk(result["details"], [])
    return figures

def fluentpress_figures(config, base):
    run = subprocess.run([fluentpress, "check", "--config", config, "--l10n-base", base,
                          "--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"fluentpress failed on {config}: {run.stderr}")
    figures = {}
    for l in json.loads(run.stdout)["locales"]:
        figures[l["locale"]] = {
            "missing": l["missing_required"], "report": l["report"],
            "files": set(l["missing_required_files"]),
            "obsolete": set(l["obsolete_files"]) - set(l["unmapped_files"]),
            "unmapped": len(l["unmapped_files"]),
        }
    return figures

empty = {"missing": 0, "report": 0, "files": set(), "obsolete": set(), "unmapped": 0}
show = lambda v: ", ".join(sorted(v)) or "none" if isinstance(v, set) else str(v)
agreed, rows, undocumented, seen = 0, [], [], set()
for name, config, base in cases():
    cl, fp = compare_locales_figures(config, base), fluentpress_figures(config, base)
    for locale in sorted(set(cl) | set(fp)):
        a, b = cl.get(locale, empty), fp.get(locale, empty)
        for figure in ("missing", "report", "files", "obsolete"):
            if a[figure] == b[figure]:
                agreed += 1
                continue
            reason = DELIBERATE.get((name, locale, figure))
            documented = tree_mode or (reason is not None and f"`{name}`" in docs)
            seen.add((name, locale, figure))
            rows.append((name, locale, figure, show(a[figure]), show(b[figure]),
                         reason or "" if documented else "UNDOCUMENTED"))
            if not documented:
                undocumented.append((name, locale, figure))
        if b.get("unmapped"):
            print(f"{name} {locale}: {b['unmapped']} file(s) no path maps, obsolete in "
                  "fluentpress only (compare-locales does not look at them)")

stale = [k for k in DELIBERATE
         if not tree_mode and k not in seen and (not only or k[0] in only)]
print(f"{agreed} figures agree, {len(rows)} differ ({len(undocumented)} undocumented)")
if rows:
    print()
    print("| case | locale | figure | compare-locales | fluentpress | why |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(r).replace("|", "\\|") for r in row) + " |")
for key in stale:
    print(f"{key}: listed as deliberate, but both tools agree now: drop it here and in the docs")
sys.exit(1 if undocumented or stale else 0)
PY
