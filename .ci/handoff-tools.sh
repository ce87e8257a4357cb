#!/usr/bin/env bash
# `fluentpress export` and `import` checked with tools fluentpress did not write, on a copy of
# this repository's project:
#   Translate Toolkit  pocount counts the units check reports missing; xliff2po and po2xliff
#                      accept the exports (and pocount counts as many units after them);
#   gettext            msgfmt --check accepts every PO export; msgmerge updates a translated PO
#                      against a newer export, and importing the result changes nothing;
#   OmegaT             console mode translates an exported XLIFF file from a small TMX, and
#                      importing its output makes check report those entries translated;
#   round trip         export then import without change leaves every FTL file identical.
# Installs what is missing (gettext and OmegaT from Debian, Translate Toolkit from PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
export CARGO_TERM_COLOR=never

# --- installs (idempotent, no stdin) ---------------------------------------------------------
packages=()
command -v msgfmt >/dev/null && command -v msgmerge >/dev/null || packages+=(gettext)
command -v java >/dev/null || packages+=(default-jre-headless)
[ -f /usr/share/omegat/OmegaT.jar ] || packages+=(omegat)
if [ ${#packages[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
scripts=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')
export PATH="$scripts:$PATH"
if ! python3 -c 'import translate' 2>/dev/null || ! command -v pocount >/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check translate-toolkit
fi
for tool in pocount xliff2po po2xliff msgfmt msgmerge java; do
  command -v "$tool" >/dev/null || { echo "handoff-tools: $tool is not installed" >&2; exit 1; }
done

# --- a copy of the project ---------------------------------------------------------------------
cargo build --quiet
bin="$PWD/target/debug/fluentpress"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project="$work/project"
mkdir -p "$project" "$work/out"
cp -r fluentpress.toml fluentpress.lock locales content "$project/"
fp() { "$bin" --project "$project" "$@"; }
# Every locale of the project is translated: a new one (Polish: four plural forms) has work.
fp add-locale pl > /dev/null
cp -r "$project/locales" "$work/pristine"
fail() { echo "handoff-tools: FAILED: $*" >&2; exit 1; }
locales=$(fp check --format json | python3 -c 'import json,sys; print(" ".join(l["locale"] for l in json.load(sys.stdin)["locales"]))')

# Count helpers (Python reads what the tools print).
count_units() { python3 - "$1" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
if sys.argv[1].endswith(".po"):
    print(len(re.findall(r'^msgctxt ', text, re.M)))
else:
    print(len(re.findall(r'<trans-unit ', text)))
EOF
}
pocount_field() { # FILE FIELD: one column of `pocount --csv`
  pocount --csv "$1" 2>/dev/null | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
print(rows[0][sys.argv[1]])' "$2"
}

# --- Translate Toolkit: pocount against check ---------------------------------------------------
for locale in $locales; do
  fp export "$locale" --only missing --out "$work/out/$locale.missing.xlf" 2>/dev/null
  fp export "$locale" --only missing --format po --out "$work/out/$locale.missing.po" 2>/dev/null
  # The entries the export holds are the entries check reports missing.
  fp check --locale "$locale" --format json > "$work/out/$locale.check.json" || true
  python3 - "$work/out/$locale.check.json" "$work/out/$locale.missing.xlf" <<'EOF' || fail "$locale: export and check disagree"
import json, re, sys
report = json.load(open(sys.argv[1]))["locales"][0]
missing = {(e["file"], e["id"]) for e in report["missing_entries"]}
xliff = open(sys.argv[2], encoding="utf-8").read()
exported = set()
for unit in re.findall(r'<trans-unit id="([^"]*)"', xliff):
    file, part = unit.split(":", 1)
    exported.add((file, part.split("#")[0].split(".")[0]))
if missing != exported:
    sys.exit(f"check: {sorted(missing - exported)} not exported; exported, not missing: {sorted(exported - missing)}")
EOF
  missing=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["locales"][0]["missing"])' "$work/out/$locale.check.json")
  for ext in xlf po; do
    file="$work/out/$locale.missing.$ext"
    units=$(count_units "$file")
    untranslated=$(pocount_field "$file" "Untranslated Messages")
    total=$(pocount_field "$file" "Total Message")
    # pocount counts a PO plural entry once, like the export's msgctxt; in XLIFF each form.
    [ "$untranslated" = "$units" ] && [ "$total" = "$units" ] \
      || fail "$locale.$ext: pocount counts $untranslated untranslated of $total, the export has $units units"
  done
  echo "pocount $locale: check reports $missing missing entries; the export holds them as $(count_units "$work/out/$locale.missing.xlf") XLIFF units and $(count_units "$work/out/$locale.missing.po") PO entries, and pocount counts the same"
done

# --- Translate Toolkit: xliff2po and po2xliff accept the exports ----------------------------------
for locale in km bn pl; do
  fp export "$locale" --out "$work/out/$locale.xlf" 2>/dev/null
  fp export "$locale" --format po --out "$work/out/$locale.po" 2>/dev/null
  xliff2po --errorlevel=traceback -i "$work/out/$locale.xlf" -o "$work/out/$locale.x2p.po" >/dev/null 2>&1 \
    || fail "xliff2po $locale"
  po2xliff --errorlevel=traceback -i "$work/out/$locale.po" -o "$work/out/$locale.p2x.xlf" >/dev/null 2>&1 \
    || fail "po2xliff $locale"
  # Translate Toolkit reads every file back with the same source texts (xliff2po merges units
  # with the same text, which gettext needs unique; so the texts are compared as sets).
  python3 - "$work/out/$locale" <<'EOF' || fail "$locale: a conversion lost units"
import sys
from translate.storage import factory
def sources(path):
    store = factory.getobject(path)
    units = [u for u in store.units if not u.isheader() and u.source]
    return {str(u.source) for u in units}, len(units)
base = sys.argv[1]
for original, converted in ((".xlf", ".x2p.po"), (".po", ".p2x.xlf")):
    (a, n), (b, m) = sources(base + original), sources(base + converted)
    assert n > 0 and a == b, (original, n, converted, m, sorted(a ^ b)[:3])
EOF
  echo "xliff2po/po2xliff $locale: converted both ways, $(pocount_field "$work/out/$locale.xlf" "Total Message") and $(pocount_field "$work/out/$locale.po" "Total Message") units kept"
done

# --- gettext: msgfmt --check, msgmerge -------------------------------------------------------------
for locale in $locales; do
  fp export "$locale" --format po --out "$work/out/$locale.all.po" 2>/dev/null
  log=$(msgfmt --check --statistics -o /dev/null "$work/out/$locale.all.po" 2>&1) || fail "msgfmt $locale: $log"
  if grep -q "warning" <<<"$log"; then fail "msgfmt $locale: $log"; fi
  echo "msgfmt --check $locale: $log"
done
# A translator holds bn.po; the English of two strings changes; msgmerge brings the file up to
# date: the changed entries become fuzzy with the old translation, the rest stays translated.
cp "$work/out/bn.all.po" "$work/out/bn.translator.po"
sed -i 's/^nav-home = Home$/nav-home = Home page/' "$project/locales/en/site.ftl"
sed -i 's/^draft-notice = \(.*\)$/draft-notice = \1 (draft)/' "$project/locales/en/site.ftl"
fp export bn --format po --out "$work/out/bn.newer.po" 2>/dev/null
msgmerge --quiet "$work/out/bn.translator.po" "$work/out/bn.newer.po" -o "$work/out/bn.merged.po" \
  || fail "msgmerge"
python3 - "$work/out/bn.merged.po" <<'EOF' || fail "msgmerge did not mark the changed entries fuzzy"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
for id in ("site.ftl:nav-home", "site.ftl:draft-notice"):
    block = text[: text.index(f'msgctxt "{id}"')].rsplit("\n\n", 1)[-1]
    assert "#, fuzzy" in block, (id, block)
assert text.count("#, fuzzy") == 2, text.count("#, fuzzy")
EOF
msgfmt --check -o /dev/null "$work/out/bn.merged.po" || fail "msgfmt on the merged file"
before=$(cd "$project" && find locales -type f -exec sha256sum {} + | sort)
fp import "$work/out/bn.merged.po" > "$work/out/bn.merged.log" || fail "import of the merged file: $(cat "$work/out/bn.merged.log")"
after=$(cd "$project" && find locales -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "importing msgmerge's fuzzy guesses changed the locale"
echo "msgmerge bn: 2 changed entries fuzzy, msgfmt accepts the result, import takes no fuzzy guess: $(tail -3 "$work/out/bn.merged.log" | head -1)"
rm -rf "$project/locales" && cp -r "$work/pristine" "$project/locales"

# --- OmegaT: console-translate an exported XLIFF from a TMX ---------------------------------------
# OmegaT 3.6's XLIFF filter translates the text of <target> elements, so the exported file gets
# each missing unit's source copied into a <target state="needs-translation"> first (import takes
# an unchanged copy for untranslated). The TMX holds a translation of every unit, its placeables
# written as OmegaT shows them (`<u0/>`: the first letter of the tag's text and its index).
omegat_translate() { # LOCALE
  local locale=$1 dir="$work/omegat-$1"
  mkdir -p "$dir"/{source,target,tm,glossary,dictionary,omegat}
  fp export "$locale" --only missing --out "$dir/source/$locale.xlf" 2>/dev/null
  cat > "$dir/omegat.project" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>en</source_lang>
        <target_lang>$locale</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
EOF
  python3 - "$dir/source/$locale.xlf" "$dir/omegat/project_save.tmx" "$locale" <<'EOF'
import html, re, sys
path, tmx, locale = sys.argv[1:]
text = open(path, encoding="utf-8").read()
text = re.sub(
    r'(<source xml:lang="en">(.*?)</source>)',
    lambda m: f'{m.group(1)}<target xml:lang="{locale}" state="needs-translation">{m.group(2)}</target>',
    text,
)
open(path, "w", encoding="utf-8").write(text)
units = []
for source in re.findall(r'<source xml:lang="en">(.*?)</source>', text):
    # OmegaT leaves tags (and spaces) at the ends of a unit out of the segment.
    edge = r'(?:<ph [^>]*>[^<]*</ph>|\s)*'
    source = re.sub(f'^{edge}|{edge}$', '', source)
    index = iter(range(1000))
    def shortcut(m):
        code = html.unescape(m.group(1))
        letter = next(c for c in code if c.isalpha()).lower()
        return html.escape(f"<{letter}{next(index)}/>")
    segment = re.sub(r'<ph [^>]*>(.*?)</ph>', shortcut, source)
    # The "translation": the text with a marker, the placeables moved to the front.
    tags = re.findall(r'&lt;[a-z]\d+/&gt;', segment)
    words = re.sub(r'&lt;[a-z]\d+/&gt;', '', segment)
    translated = f'{locale}: {" ".join(tags)} {words}'
    units.append(
        f'<tu><tuv xml:lang="en"><seg>{segment}</seg></tuv>'
        f'<tuv xml:lang="{locale}"><seg>{translated}</seg></tuv></tu>'
    )
open(tmx, "w", encoding="utf-8").write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="OmegaT" '
    'creationtoolversion="3.6.0" segtype="paragraph" o-tmf="OmegaT TMX" adminlang="en" '
    'srclang="en" datatype="plaintext"/><body>\n' + "\n".join(units) + "\n</body></tmx>\n"
)
EOF
  java -Djava.awt.headless=true -jar /usr/share/omegat/OmegaT.jar "$dir" --mode=console-translate \
    --config-dir="$dir/config" --disable-project-locking --no-team --quiet > "$dir/omegat.log" 2>&1 \
    || fail "OmegaT on $locale: $(tail -5 "$dir/omegat.log")"
  [ -f "$dir/target/$locale.xlf" ] || fail "OmegaT wrote no $locale.xlf"
}
for locale in pl; do
  omegat_translate "$locale"
  dir="$work/omegat-$locale"
  units=$(count_units "$dir/source/$locale.xlf")
  translated=$(grep -c "state=\"needs-translation\">.*$locale: " "$dir/target/$locale.xlf" || true)
  [ "$translated" = "$units" ] || fail "OmegaT translated $translated of $units $locale units"
  fp import "$dir/target/$locale.xlf" > "$dir/import.log" || fail "import of OmegaT's $locale: $(cat "$dir/import.log")"
  fp check --locale "$locale" --format json > "$dir/check.json" || true
  python3 - "$dir/check.json" "$project/locales/$locale" "$locale" <<'EOF' || fail "$locale after OmegaT"
import json, pathlib, re, sys
report = json.load(open(sys.argv[1]))
locale = report["locales"][0]
assert locale["missing"] == 0 and locale["errors"] == 0, (locale["missing"], locale["errors"])
bad = [d for d in report["diagnostics"] if d["code"] in ("unknown-variable", "dropped-variable", "unknown-reference", "syntax-error")]
assert not bad, bad
# The translations are in the files (import exits 1 if any unit's placeables changed).
tag = f"= {sys.argv[3]}: "
assert any(tag in p.read_text() for p in pathlib.Path(sys.argv[2]).glob("*.ftl"))
EOF
  echo "OmegaT $locale: $units units translated from the TMX; $(sed -n 1p "$dir/import.log"); check: 0 missing, 0 errors"
done
rm -rf "$project/locales" && cp -r "$work/pristine" "$project/locales"

# --- round trip identity ---------------------------------------------------------------------------
for locale in $locales; do
  for format in xliff po; do
    fp export "$locale" --format "$format" --out "$work/out/rt.$locale.$format" 2>/dev/null
    fp import "$work/out/rt.$locale.$format" > /dev/null || fail "round trip $locale $format"
  done
done
diff -r "$work/pristine" "$project/locales" > /dev/null || fail "export then import changed the files"
echo "round trip: every locale, XLIFF and PO, every FTL file byte-identical"
echo "handoff-tools: passed in $((SECONDS - started)) s"
