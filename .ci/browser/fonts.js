// The character coverage of the platform fonts that Chromium reports, read through fontconfig:
// `fc-list` maps a PostScript or family name to a font file and face index, `fc-query` gives
// that face's charset (the code points its cmap maps to a glyph). Each face is read once.
"use strict";

const { execFileSync } = require("node:child_process");

class FontCoverage {
  constructor() {
    this.byPostScript = new Map();
    this.byFamily = new Map();
    this.charsets = new Map();
    const listing = execFileSync(
      "fc-list",
      ["--format", "%{postscriptname}\t%{family}\t%{style}\t%{file}\t%{index}\n"],
      { encoding: "utf8", maxBuffer: 64 << 20 },
    );
    for (const line of listing.split("\n")) {
      const [postscript, families, style, file, index] = line.split("\t");
      if (!file) continue;
      const face = { file, index: Number(index) || 0, name: postscript || families };
      if (postscript && !this.byPostScript.has(postscript)) this.byPostScript.set(postscript, face);
      const regular = /\b(Regular|Book|Normal)\b/.test(style || "");
      for (const family of (families || "").split(",")) {
        const known = this.byFamily.get(family);
        if (!known || (regular && !known.regular)) this.byFamily.set(family, { ...face, regular });
      }
    }
  }

  // The face for one entry of `CSS.getPlatformFontsForNode`, or null when fontconfig does not
  // know it (a web font, for one).
  face(font) {
    if (font.isCustomFont) return null;
    return (
      (font.postScriptName && this.byPostScript.get(font.postScriptName)) ||
      this.byFamily.get(font.familyName) ||
      null
    );
  }

  // The sorted code point ranges that `face` covers.
  ranges(face) {
    const key = `${face.file}#${face.index}`;
    let ranges = this.charsets.get(key);
    if (!ranges) {
      const charset = execFileSync(
        "fc-query",
        ["--index", String(face.index), "--format", "%{charset}", face.file],
        { encoding: "utf8", maxBuffer: 64 << 20 },
      );
      ranges = charset
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((range) => {
          const [first, last] = range.split("-").map((hex) => parseInt(hex, 16));
          return [first, last === undefined ? first : last];
        });
      this.charsets.set(key, ranges);
    }
    return ranges;
  }

  covers(face, codePoint) {
    const ranges = this.ranges(face);
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [first, last] = ranges[middle];
      if (codePoint < first) high = middle - 1;
      else if (codePoint > last) low = middle + 1;
      else return true;
    }
    return false;
  }
}

// Code points that draw nothing and so need no glyph: white space, controls, and Unicode's
// default-ignorable code points (ZWJ, ZWNJ, isolation marks, variation selectors, soft hyphen).
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

function visibleCodePoints(text) {
  const found = new Set();
  for (const character of text) {
    if (!INVISIBLE.test(character)) found.add(character.codePointAt(0));
  }
  return found;
}

module.exports = { FontCoverage, visibleCodePoints };
