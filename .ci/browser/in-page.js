// Functions that run inside the page (serialized with toString, so they use only what a page
// has). Each returns plain data; the judging happens in check.js.
"use strict";

// Headline, language switcher and horizontal overflow at the current viewport width.
function measureLayout() {
  const root = document.documentElement;
  const pageLang = (root.lang || "").toLowerCase();
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const label = (element) => {
    let text = element.tagName.toLowerCase();
    if (element.id) text += `#${element.id}`;
    for (const name of element.classList) text += `.${name}`;
    const lang = element.getAttribute("lang");
    if (lang) text += `[lang=${lang}]`;
    return text;
  };

  // The height of one line of a heading: its computed line-height, or for `normal` the height
  // of a one-line copy of it.
  const lineHeightOf = (element, style) => {
    if (style.lineHeight !== "normal") return parseFloat(style.lineHeight);
    const copy = element.cloneNode(true);
    copy.style.cssText +=
      ";position:absolute;visibility:hidden;white-space:nowrap;padding:0;border:0;margin:0";
    element.after(copy);
    const height = copy.getBoundingClientRect().height;
    copy.remove();
    return height;
  };
  const headings = [];
  for (const heading of document.querySelectorAll("h1")) {
    if (!visible(heading)) continue;
    const style = getComputedStyle(heading);
    const fontSize = parseFloat(style.fontSize);
    const lineHeight = lineHeightOf(heading, style);
    headings.push({ label: label(heading), fontSize, lineHeight, ratio: lineHeight / fontSize });
  }

  // The language switcher: the nearest common container of the links that name a language.
  const languageLinks = [...document.querySelectorAll("a[hreflang]")].filter(visible);
  let switcher = null;
  if (languageLinks.length >= 2) {
    let container = languageLinks[0].parentElement;
    while (container && !languageLinks.every((link) => container.contains(link))) {
      container = container.parentElement;
    }
    const nav = container.closest("nav") || container;
    const box = nav.getBoundingClientRect();
    const current = [...nav.querySelectorAll("[aria-current]")].filter(
      (element) => element.getAttribute("aria-current") !== "false",
    );
    switcher = {
      label: label(nav),
      top: box.top + window.scrollY,
      viewportHeight: window.innerHeight,
      links: languageLinks.length,
      current: current.map((element) => ({
        label: label(element),
        lang: (
          element.getAttribute("hreflang") ||
          element.getAttribute("lang") ||
          element.closest("[lang]")?.getAttribute("lang") ||
          ""
        ).toLowerCase(),
      })),
    };
  }

  // Horizontal overflow: the page is wider than the viewport, and the elements that stick out.
  const clientWidth = root.clientWidth;
  const overflowing = [];
  if (root.scrollWidth > clientWidth) {
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.right > clientWidth + 0.5 && box.width > 0) overflowing.push(label(element));
      if (overflowing.length >= 3) break;
    }
  }

  return {
    pageLang,
    viewportWidth: window.innerWidth,
    headings,
    switcher,
    overflow: { scrollWidth: root.scrollWidth, clientWidth, overflowing },
  };
}

// Each block of text whose `lang` differs from the page's (a fallback passage), with its
// computed typography beside what the same element gets on a page in its own language: an
// iframe with the page's stylesheets, `<html lang>` set to the passage's language, and the
// passage's chain of ancestors (tags and classes, no `lang`) rebuilt inside it.
async function measureFallbacks() {
  const root = document.documentElement;
  const pageLang = (root.lang || "").toLowerCase();
  const passages = [];
  for (const element of document.body.querySelectorAll("[lang]")) {
    const lang = element.getAttribute("lang").toLowerCase();
    if (lang === pageLang || element.closest("nav, a")) continue;
    if (getComputedStyle(element).display === "inline" || !element.textContent.trim()) continue;
    passages.push(element);
  }
  const styles = [...document.querySelectorAll("style, link[rel~=stylesheet]")]
    .map((node) => node.outerHTML)
    .join("");
  const typography = (element) => {
    const style = getComputedStyle(element);
    return {
      fontFamily: style.fontFamily,
      fontSize: parseFloat(style.fontSize),
      lineHeight: style.lineHeight,
      textAlign: style.textAlign,
      fontStyle: style.fontStyle,
    };
  };
  const results = [];
  for (const element of passages) {
    const lang = element.getAttribute("lang");
    const chain = [];
    for (let node = element; node && node !== root; node = node.parentElement) chain.unshift(node);
    const frame = document.createElement("iframe");
    frame.style.cssText = `position:absolute;left:-20000px;top:0;border:0;height:200px;width:${root.clientWidth}px`;
    const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    frame.srcdoc =
      `<!DOCTYPE html><html><head><meta charset="utf-8"><base href="${document.baseURI}">` +
      `${styles}</head></html>`;
    document.body.append(frame);
    await loaded;
    const other = frame.contentDocument;
    other.documentElement.setAttribute("lang", lang);
    if (root.className) other.documentElement.className = root.className;
    let parent = other.documentElement;
    let copy = null;
    for (const original of chain) {
      copy = other.createElement(original.tagName.toLowerCase());
      if (original.className) copy.className = original.className;
      for (const name of original.getAttributeNames()) {
        if (name.startsWith("data-")) copy.setAttribute(name, original.getAttribute(name));
      }
      if (original.tagName === "BODY") other.body.replaceWith(copy);
      else parent.append(copy);
      parent = copy;
    }
    copy.textContent = element.textContent.slice(0, 40);
    const own = frame.contentWindow.getComputedStyle(copy);
    const expected = {
      fontFamily: own.fontFamily,
      fontSize: parseFloat(own.fontSize),
      lineHeight: own.lineHeight,
      textAlign: own.textAlign,
      fontStyle: own.fontStyle,
    };
    frame.remove();
    let text = element.tagName.toLowerCase();
    for (const name of element.classList) text += `.${name}`;
    results.push({ label: `${text}[lang=${lang}]`, lang, actual: typography(element), expected });
  }
  return { pageLang, results };
}

// Runs axe-core (already loaded in the page) with the given rule tags and returns its
// violations, each with the first offending node and, for contrast, the colours measured.
//
// axe-core skips the contrast of text that it takes for an icon font's ligature: text drawn much
// narrower than its characters one by one. Shaped Khmer and Bengali text looks like that, and
// after three such texts axe skips every element in the same font stack, Latin runs included.
// These pages use no icon font, so every font stack is declared ligature-free in axe's cache
// before the run (axe clears the cache when the run ends).
async function runAxe(tags) {
  const fonts = {};
  for (const element of document.querySelectorAll("*")) {
    fonts[getComputedStyle(element).fontFamily] = { occurrences: 3, numLigatures: 0 };
  }
  window.axe._cache.set("fonts", fonts);
  const results = await window.axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations"],
  });
  return results.violations.map((violation) => {
    const node = violation.nodes[0];
    const data = node?.any?.[0]?.data;
    let detail = "";
    if (data && data.contrastRatio !== undefined) {
      detail = ` ${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1, needs ${data.expectedContrastRatio}`;
    }
    return {
      id: violation.id,
      count: violation.nodes.length,
      target: node ? node.target.join(" ") : "",
      detail,
    };
  });
}

module.exports = { measureLayout, measureFallbacks, runAxe };
