#!/usr/bin/env bash
# Runs Mozilla's compare-locales 9.0.5 and `fluentpress check` on the per-entry cases of
# tests/fixtures/compare-locales/cases.toml and prints where they disagree on whether the
# translation is flagged (any warning or error) or clean.
#
#   benches/compare-locales-cases.sh
#
# Each case becomes a small tree (`en/test.ftl`, `<locale>/test.ftl`); compare-locales checks
# them all in one run (one l10n.toml with a path per case), fluentpress one tree at a time.
# compare-locales is installed in a virtual environment under target/ (once); python3-venv is
# installed with apt-get when Python cannot create one.
#
# Exits 1 when a disagreement is not deliberate (a `deliberate` reason in the case, and the
# case named in docs/check.md), or when a deliberate one no longer happens; 0 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
VENV=$TARGET/compare-locales-venv
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=benches/compare-locales-lib.sh
. "$ROOT/benches/compare-locales-lib.sh"
install_compare_locales "$VENV"
(cd "$ROOT" && nice -n 10 cargo build --quiet)
FLUENTPRESS=$TARGET/debug/fluentpress

"$VENV/bin/python" - "$ROOT" "$WORK" "$VENV/bin/compare-locales" "$FLUENTPRESS" <<'PY'
import json, os, subprocess, sys
try:
    import tomllib
    load = lambda path: tomllib.load(open(path, "rb"))
except ImportError:  # Python before 3.11: compare-locales depends on `toml`
    import toml
    load = toml.load

root, work, compare_locales, fluentpress = sys.argv[1:]
cases = load(os.path.join(root, "tests/fixtures/compare-locales/cases.toml"))["case"]
docs = open(os.path.join(root, "docs/check.md"), encoding="utf-8").read()
tree = os.path.join(work, "cases")

for case in cases:
    for folder, text in (("en", case["reference"]), (case["locale"], case["translation"])):
        os.makedirs(os.path.join(tree, case["name"], folder))
        with open(os.path.join(tree, case["name"], folder, "test.ftl"), "w", encoding="utf-8") as f:
            f.write(text)

locales = sorted({c["locale"] for c in cases})
with open(os.path.join(work, "l10n.toml"), "w", encoding="utf-8") as f:
    f.write(f'basepath = "{tree}"\nlocales = {json.dumps(locales)}\n')
    for c in cases:
        f.write(f'[[paths]]\n    reference = "{c["name"]}/en/test.ftl"\n'
                f'    l10n = "{{l10n_base}}/{c["name"]}/{{locale}}/test.ftl"\n'
                f'    locales = ["{c["locale"]}"]\n')
# compare-locales exits 1 when it reports errors.
run = subprocess.run([compare_locales, "--json", "-", os.path.join(work, "l10n.toml"), tree],
                     capture_output=True, text=True)
try:
    results = json.loads(run.stdout)
except ValueError:
    sys.exit(f"compare-locales failed (exit {run.returncode}): {run.stderr}")
details = {}
for result in results:
    details.update(result.get("details", {}))

def cl_findings(case):
    """compare-locales' warnings and errors for the case's translation."""
    items = details.get(f'{case["name"]}/{case["locale"]}/test.ftl', [])
    return [f"{kind}: {text}" for item in items for kind, text in item.items()
            if kind in ("warning", "error")]

def fp_findings(case):
    """fluentpress's warnings and errors for the case's translation."""
    run = subprocess.run([fluentpress, "check", "--locales-dir", os.path.join(tree, case["name"]),
                          "--reference", "en", "--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f'{case["name"]}: fluentpress failed: {run.stderr}')
    return [f'{d["code"]}' for d in json.loads(run.stdout)["diagnostics"]
            if d["locale"] == case["locale"] and d["severity"] in ("error", "warning")]

rows, undocumented, stale = [], [], []
flagged_both = clean_both = 0
for case in cases:
    cl, fp = cl_findings(case), fp_findings(case)
    agree = bool(cl) == bool(fp)
    reason = case.get("deliberate")
    documented = reason is not None and f'`{case["name"]}`' in docs
    if agree:
        flagged_both += bool(cl)
        clean_both += not cl
        if reason is not None:
            stale.append(case["name"])
        continue
    rows.append((case["name"], case["family"], "; ".join(cl) or "clean",
                 ", ".join(fp) or "clean", reason if documented else "UNDOCUMENTED"))
    if not documented:
        undocumented.append(case["name"])

print(f"{len(cases)} cases: {flagged_both} flagged by both, {clean_both} clean in both, "
      f"{len(rows)} disagreements ({len(undocumented)} undocumented)")
if rows:
    print()
    print("| case | family | compare-locales | fluentpress | why |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(r.replace("|", "\\|") for r in row) + " |")
for name in stale:
    print(f"{name}: marked deliberate, but both tools agree now: drop `deliberate` and the docs entry")
sys.exit(1 if undocumented or stale else 0)
PY
