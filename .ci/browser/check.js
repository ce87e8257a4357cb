#!/usr/bin/env node
// Checks rendered HTML pages in headless Chromium, driven over the DevTools protocol:
//   tofu       every visible code point of every text node is in the character set of one of
//              the platform fonts that drew it (CSS.getPlatformFontsForNode, fontconfig);
//   axe-light, axe-dark
//              axe-core's WCAG 2.2 AA rules report no violation, in each colour scheme;
//   nu         the Nu HTML checker reports no error (one JVM run over every page);
//   headline   the headline's (h1) line height is at most 1.4 times its font size (400, 1000 px);
//   fallback   a passage in another language than the page's has the font family, line height,
//              alignment and font style that its own language gets;
//   switcher   at 400 px the language switcher starts in the first viewport and marks the
//              page's language with aria-current (pages inside a locale folder);
//   overflow   nothing is wider than a 400 px viewport.
// It writes full-page screenshots at 1000 and 400 px, and at 1000 px in the dark scheme. The fixture page goes first and must fail
// every check, or the run fails: a check that cannot fail proves nothing.
//
// Usage: node check.js --chromium PATH --axe axe.min.js --vnu vnu.jar --fixture FILE
//          --shots DIR [--skip CHECK,...] SITE...
// where each SITE is DIR (pages named by their path inside it) or LABEL=DIR (named LABEL/path).
// Exit status: 0 when every enforced check passes, 1 on a failure, 2 when the run cannot start.
"use strict";

const { execFile } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL, fileURLToPath } = require("node:url");
const { Browser } = require("./cdp");
const { FontCoverage, visibleCodePoints } = require("./fonts");
const inPage = require("./in-page");

const CHECKS = [
  "tofu",
  "axe-light",
  "axe-dark",
  "nu",
  "headline",
  "fallback",
  "switcher",
  "overflow",
];
// What the fixture's findings must name, beyond failing each check: the generated text (a
// pseudo-element's glyphs are checked too) and the contrast of Khmer text (which axe-core skips
// unless told that the page uses no icon font).
const FIXTURE_MUST_FIND = {
  tofu: ["U+E000", "::after> U+E001"],
  "axe-light": ["image-alt", "color-contrast"],
  "axe-dark": ["image-alt", "color-contrast"],
};
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDE = 1000;
const NARROW = 400;
const VIEWPORT_HEIGHT = 800;
const MAX_HEADLINE_RATIO = 1.4;
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Scrollbars take no width, as on a phone: a 400 px viewport lays out 400 px.
  "--hide-scrollbars",
];

function parseArguments(argv) {
  const options = { skip: new Set(), sites: [] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = () => {
      if (index + 1 >= argv.length) throw new Error(`${argument} needs a value`);
      return argv[++index];
    };
    if (argument === "--chromium") options.chromium = value();
    else if (argument === "--axe") options.axe = value();
    else if (argument === "--vnu") options.vnu = value();
    else if (argument === "--fixture") options.fixture = value();
    else if (argument === "--shots") options.shots = value();
    else if (argument === "--skip") {
      for (const check of value().split(",").filter(Boolean)) {
        if (!CHECKS.includes(check)) {
          throw new Error(`--skip: unknown check \`${check}\` (known: ${CHECKS.join(", ")})`);
        }
        options.skip.add(check);
      }
    } else if (argument.startsWith("--")) throw new Error(`unknown option ${argument}`);
    else {
      const equals = argument.indexOf("=");
      options.sites.push(
        equals > 0
          ? { label: argument.slice(0, equals), dir: argument.slice(equals + 1) }
          : { label: "", dir: argument },
      );
    }
  }
  for (const required of ["chromium", "axe", "vnu", "fixture", "shots"]) {
    if (!options[required]) throw new Error(`--${required} is required`);
  }
  if (options.sites.length === 0) throw new Error("name at least one folder of pages");
  return options;
}

function htmlFiles(dir) {
  const found = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

function fmt(number) {
  return Number(number.toFixed(2)).toString();
}

// One page's findings, by check.
class PageResult {
  constructor(name, file, isRootPage) {
    this.name = name;
    this.file = file;
    this.isRootPage = isRootPage;
    this.failures = new Map();
  }

  fail(check, message) {
    if (!this.failures.has(check)) this.failures.set(check, []);
    const messages = this.failures.get(check);
    if (!messages.includes(message)) messages.push(message);
  }
}

// The text of the string literals in a computed `content` value (`"/"`, `"\\2014 " attr(x)`).
function cssStrings(content) {
  let text = "";
  for (const [, literal] of content.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    text += literal.replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/g, (_, hex, other) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : other,
    );
  }
  return text;
}

async function checkTofu(page, fonts, result) {
  await page.send("DOM.enable");
  await page.send("CSS.enable");
  const { root } = await page.send("DOM.getDocument", { depth: -1, pierce: true });
  const textNodes = [];
  const skipped = new Set(["HEAD", "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "IFRAME"]);
  const walk = (node, parentName) => {
    if (node.nodeType === 3) {
      textNodes.push({ nodeId: node.nodeId, text: node.nodeValue, parentName });
      return;
    }
    if (skipped.has(node.nodeName)) return;
    for (const pseudo of node.pseudoElements || []) {
      if (pseudo.pseudoType === "before" || pseudo.pseudoType === "after") {
        generated.push({ nodeId: pseudo.nodeId, parentName: `${node.nodeName.toLowerCase()}::${pseudo.pseudoType}` });
      }
    }
    for (const child of node.children || []) walk(child, node.nodeName.toLowerCase());
  };
  const generated = [];
  walk(root, "");
  // Text that a stylesheet adds with `content: "…"` (a breadcrumb's separators, say).
  for (const { nodeId, parentName } of generated) {
    const { computedStyle } = await page.send("CSS.getComputedStyleForNode", { nodeId });
    const content = computedStyle.find((property) => property.name === "content")?.value || "";
    const text = cssStrings(content);
    if (text) textNodes.push({ nodeId, text, parentName });
  }
  let checked = 0;
  for (const { nodeId, text, parentName } of textNodes) {
    const codePoints = visibleCodePoints(text);
    if (codePoints.size === 0) continue;
    const { fonts: used } = await page.send("CSS.getPlatformFontsForNode", { nodeId });
    if (used.length === 0) continue; // not rendered (display: none)
    checked++;
    const faces = [];
    for (const font of used) {
      const face = fonts.face(font);
      if (face) faces.push(face);
      else {
        result.fail("tofu", `<${parentName}> drawn with ${font.familyName}, which fontconfig does not know`);
      }
    }
    const missing = [...codePoints].filter((cp) => !faces.some((face) => fonts.covers(face, cp)));
    if (missing.length > 0) {
      const shown = missing
        .slice(0, 5)
        .map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`)
        .join(" ");
      const names = used.map((font) => font.postScriptName || font.familyName).join(", ");
      result.fail("tofu", `<${parentName}> ${shown} in no font that drew it (${names})`);
    }
  }
  return checked;
}

async function checkAxe(page, axeSource, scheme, result) {
  await page.send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-color-scheme", value: scheme }],
  });
  if (!(await page.evaluate("typeof window.axe === 'object'"))) {
    await page.evaluate(`${axeSource};true`);
  }
  const violations = await page.evaluate(
    `(${inPage.runAxe.toString()})(${JSON.stringify(AXE_TAGS)})`,
  );
  for (const violation of violations) {
    result.fail(
      `axe-${scheme}`,
      `${violation.id} ×${violation.count} (${violation.target}${violation.detail})`,
    );
  }
}

function judgeLayout(layout, result) {
  const width = `${layout.viewportWidth} px`;
  for (const heading of layout.headings) {
    if (heading.ratio > MAX_HEADLINE_RATIO + 0.005) {
      result.fail(
        "headline",
        `${heading.label} line height ${fmt(heading.lineHeight)} px = ${fmt(heading.ratio)}× its ${fmt(heading.fontSize)} px font (max ${MAX_HEADLINE_RATIO}×)`,
      );
    }
  }
  if (layout.viewportWidth === NARROW) {
    const { scrollWidth, clientWidth, overflowing } = layout.overflow;
    if (scrollWidth > clientWidth) {
      result.fail(
        "overflow",
        `${scrollWidth} px wide in a ${clientWidth} px viewport at ${width} (${overflowing.join(", ")})`,
      );
    }
    if (!result.isRootPage) {
      const switcher = layout.switcher;
      if (!switcher) {
        result.fail("switcher", "no language switcher (links with hreflang)");
      } else {
        if (switcher.top >= switcher.viewportHeight) {
          result.fail(
            "switcher",
            `${switcher.label} starts ${Math.round(switcher.top)} px down, below the first ${switcher.viewportHeight} px viewport at ${width}`,
          );
        }
        const current = switcher.current.filter((entry) => entry.lang === layout.pageLang);
        if (current.length === 0) {
          const found = switcher.current.map((entry) => entry.label).join(", ");
          result.fail(
            "switcher",
            `no aria-current on the page's language (${layout.pageLang})${found ? `; marked: ${found}` : ""}`,
          );
        }
      }
    }
  }
}

function judgeFallbacks(measured, result) {
  for (const { label, actual, expected } of measured.results) {
    const differences = [];
    if (actual.fontFamily !== expected.fontFamily) {
      differences.push(`font-family ${actual.fontFamily} where its language has ${expected.fontFamily}`);
    }
    const ratio = (typography) =>
      typography.lineHeight === "normal" ? "normal" : fmt(parseFloat(typography.lineHeight) / typography.fontSize);
    if (ratio(actual) !== ratio(expected)) {
      differences.push(`line height ${ratio(actual)}× where its language has ${ratio(expected)}×`);
    }
    for (const property of ["textAlign", "fontStyle"]) {
      if (actual[property] !== expected[property]) {
        const name = property.replace(/[A-Z]/, (letter) => `-${letter.toLowerCase()}`);
        differences.push(`${name} ${actual[property]} where its language has ${expected[property]}`);
      }
    }
    if (differences.length > 0) {
      result.fail("fallback", `${label} on a ${measured.pageLang} page: ${differences.join("; ")}`);
    }
  }
  return measured.results.length;
}

async function setWidth(page, width) {
  await page.send("Emulation.setDeviceMetricsOverride", {
    width,
    height: VIEWPORT_HEIGHT,
    deviceScaleFactor: 1,
    mobile: false,
  });
}

async function screenshot(page, width, file) {
  const { cssContentSize } = await page.send("Page.getLayoutMetrics");
  const { data } = await page.send("Page.captureScreenshot", {
    format: "png",
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width, height: Math.ceil(cssContentSize.height), scale: 1 },
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(data, "base64"));
}

async function checkPage(page, context, result, stats) {
  const url = pathToFileURL(result.file).href;
  await page.send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-color-scheme", value: "light" }],
  });
  await setWidth(page, WIDE);
  await page.navigate(url);
  stats.textNodes += await checkTofu(page, context.fonts, result);
  judgeLayout(await page.evaluate(`(${inPage.measureLayout.toString()})()`), result);
  stats.fallbacks += judgeFallbacks(
    await page.evaluate(`(${inPage.measureFallbacks.toString()})()`),
    result,
  );
  const shotName = result.name.replace(/\.html$/, "");
  await screenshot(page, WIDE, path.join(context.shots, `${WIDE}`, `${shotName}.png`));
  await checkAxe(page, context.axeSource, "light", result);
  await checkAxe(page, context.axeSource, "dark", result);
  await screenshot(page, WIDE, path.join(context.shots, `${WIDE}-dark`, `${shotName}.png`));
  await page.send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-color-scheme", value: "light" }],
  });
  await setWidth(page, NARROW);
  judgeLayout(await page.evaluate(`(${inPage.measureLayout.toString()})()`), result);
  await screenshot(page, NARROW, path.join(context.shots, `${NARROW}`, `${shotName}.png`));
}

// The Nu HTML checker over every page in one JVM; errors are filed under their page.
function runNu(vnu, results) {
  const byUrl = new Map(results.map((result) => [pathToFileURL(result.file).href, result]));
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-jar", vnu, "--errors-only", "--format", "json", ...results.map((result) => result.file)],
      { maxBuffer: 256 << 20 },
      (error, stdout, stderr) => {
        let report;
        try {
          report = JSON.parse(stderr || stdout);
        } catch {
          reject(new Error(`the Nu checker gave no report: ${error ? error.message : ""}\n${stderr}`));
          return;
        }
        for (const message of report.messages || []) {
          if (message.type !== "error" && message.subType !== "fatal") continue;
          let result = byUrl.get(message.url);
          if (!result && message.url) {
            const file = fileURLToPath(message.url);
            result = results.find((candidate) => path.resolve(candidate.file) === path.resolve(file));
          }
          if (!result) {
            reject(new Error(`the Nu checker reported on an unknown file: ${message.url}`));
            return;
          }
          result.fail("nu", `line ${message.lastLine}: ${message.message}`);
        }
        resolve();
      },
    );
  });
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`browser check: ${error.message}`);
    process.exit(2);
  }
  const started = Date.now();
  const fixture = new PageResult("fixture", path.resolve(options.fixture), false);
  const results = [];
  for (const site of options.sites) {
    for (const file of htmlFiles(site.dir)) {
      const relative = path.relative(site.dir, file).split(path.sep).join("/");
      const name = site.label ? `${site.label}/${relative}` : relative;
      results.push(new PageResult(name, file, !relative.includes("/")));
    }
  }
  if (results.length === 0) {
    console.error("browser check: no HTML page found");
    process.exit(2);
  }

  fs.rmSync(options.shots, { recursive: true, force: true });
  fs.mkdirSync(options.shots, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "fluentpress-chromium-"));
  const log = path.join(options.shots, "chromium.log");
  const browser = Browser.launch(
    options.chromium,
    [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, "about:blank"],
    log,
  );
  const context = {
    fonts: new FontCoverage(),
    axeSource: fs.readFileSync(options.axe, "utf8"),
    shots: options.shots,
  };
  const stats = { textNodes: 0, fallbacks: 0 };
  const fallbackStats = new Map();
  let stopped = null;
  try {
    const page = await browser.newPage();
    await page.send("Page.enable");
    for (const result of [fixture, ...results]) {
      const before = stats.fallbacks;
      await checkPage(page, context, result, stats);
      const site = result === fixture ? "fixture" : result.name.split("/")[0];
      fallbackStats.set(site, (fallbackStats.get(site) || 0) + stats.fallbacks - before);
    }
    await runNu(options.vnu, [fixture, ...results]);
  } catch (error) {
    stopped = error;
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (stopped) {
    console.error(`browser check: ${stopped.message} (Chromium's output: ${log})`);
    process.exit(2);
  }

  let failed = 0;
  // The fixture must fail every check.
  const unproven = CHECKS.filter((check) => !fixture.failures.has(check));
  for (const [check, needles] of Object.entries(FIXTURE_MUST_FIND)) {
    const messages = fixture.failures.get(check) || [];
    for (const needle of needles) {
      if (!messages.some((message) => message.includes(needle))) unproven.push(`${check} (${needle})`);
    }
  }
  if (unproven.length > 0) {
    console.log(
      `FAIL fixture: the broken page passed ${unproven.join(", ")}: the checks cannot fail`,
    );
    failed++;
  } else {
    console.log(`ok   fixture fails every check, as it must:`);
  }
  for (const [check, messages] of fixture.failures) {
    for (const message of messages.slice(0, 4)) console.log(`       ${check}: ${message}`);
  }
  // A folder labelled `fallback` holds pages rendered with missing translations: without a
  // fallback passage in it the fallback check would prove nothing.
  for (const site of options.sites.filter((candidate) => candidate.label === "fallback")) {
    if (!fallbackStats.get(site.label)) {
      console.log(`FAIL ${site.label}/: no passage in another language: the fallback check proves nothing`);
      failed++;
    }
  }
  let passed = 0;
  const known = new Map();
  for (const result of results) {
    const enforced = [...result.failures].filter(([check]) => !options.skip.has(check));
    const skipped = [...result.failures].filter(([check]) => options.skip.has(check));
    for (const [check] of skipped) known.set(check, (known.get(check) || 0) + 1);
    const note = skipped.length ? ` (not enforced: ${skipped.map(([check]) => check).join(", ")})` : "";
    if (enforced.length === 0) {
      passed++;
      console.log(`ok   ${result.name}${note}`);
    } else {
      failed++;
      console.log(`FAIL ${result.name}${note}`);
      for (const [check, messages] of enforced) {
        for (const message of messages.slice(0, 6)) console.log(`       ${check}: ${message}`);
        if (messages.length > 6) console.log(`       ${check}: … ${messages.length - 6} more`);
      }
    }
  }
  if (process.env.BROWSER_CHECK_VERBOSE) {
    for (const result of results) {
      for (const [check, messages] of result.failures) {
        if (!options.skip.has(check)) continue;
        for (const message of messages) console.log(`known ${result.name} ${check}: ${message}`);
      }
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `checked ${results.length} pages: ${stats.textNodes} text nodes for glyphs, ${stats.fallbacks} fallback passages, ${seconds} s`,
  );
  if (known.size > 0) {
    const list = [...known].map(([check, count]) => `${check} on ${count} pages`).join(", ");
    console.log(`not enforced (--skip): ${list}`);
  }
  console.log(`screenshots: ${path.resolve(options.shots)}`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
