// A DevTools protocol client over Chromium's `--remote-debugging-pipe`: the browser reads
// NUL-terminated JSON messages on file descriptor 3 and writes its own on descriptor 4, so no
// port is opened and nothing else on the machine can talk to it.
"use strict";

const { spawn } = require("node:child_process");
const fs = require("node:fs");

// Longest wait for one protocol answer or event, so a stuck browser fails the run instead of
// hanging it.
const TIMEOUT_MS = 60_000;

class Browser {
  // Starts `executable` with `args` (plus the pipe flag); its own output goes to `logFile`.
  static launch(executable, args, logFile) {
    const log = fs.openSync(logFile, "a");
    const child = spawn(executable, [...args, "--remote-debugging-pipe"], {
      stdio: ["ignore", log, log, "pipe", "pipe"],
    });
    fs.closeSync(log);
    return new Browser(child);
  }

  constructor(child) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.buffered = Buffer.alloc(0);
    this.exited = null;
    child.stdio[4].on("data", (chunk) => this.receive(chunk));
    child.on("exit", (code, signal) => {
      this.exited = `the browser exited (${signal || `code ${code}`})`;
      for (const { reject, timer } of this.pending.values()) {
        clearTimeout(timer);
        reject(new Error(this.exited));
      }
      this.pending.clear();
    });
    child.on("error", (error) => {
      this.exited = `the browser could not start: ${error.message}`;
    });
  }

  receive(chunk) {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    let end;
    while ((end = this.buffered.indexOf(0)) >= 0) {
      const message = JSON.parse(this.buffered.subarray(0, end).toString("utf8"));
      this.buffered = this.buffered.subarray(end + 1);
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        if (!waiting) continue;
        this.pending.delete(message.id);
        clearTimeout(waiting.timer);
        if (message.error) {
          waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        } else {
          waiting.resolve(message.result);
        }
      } else {
        for (const listener of [...this.listeners]) listener(message);
      }
    }
  }

  // Sends one command, to the browser or (with `sessionId`) to an attached page.
  send(method, params = {}, sessionId = undefined) {
    if (this.exited) return Promise.reject(new Error(this.exited));
    const id = this.nextId++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${TIMEOUT_MS / 1000} s`));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer, method });
      this.child.stdio[3].write(JSON.stringify(message) + "\0");
    });
  }

  // Resolves with the params of the next `method` event of `sessionId`. Register it before
  // sending the command that causes the event.
  waitFor(method, sessionId) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${method} event in ${TIMEOUT_MS / 1000} s`));
      }, TIMEOUT_MS);
      const listener = (message) => {
        if (message.method === method && message.sessionId === sessionId) {
          clearTimeout(timer);
          this.listeners.delete(listener);
          resolve(message.params);
        }
      };
      this.listeners.add(listener);
    });
  }

  // Opens a new tab and returns a page handle bound to its session.
  async newPage() {
    const { targetId } = await this.send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await this.send("Target.attachToTarget", { targetId, flatten: true });
    return new Page(this, sessionId);
  }

  async close() {
    if (this.exited) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.send("Browser.close").catch(() => {});
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

class Page {
  constructor(browser, sessionId) {
    this.browser = browser;
    this.sessionId = sessionId;
  }

  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }

  waitFor(method) {
    return this.browser.waitFor(method, this.sessionId);
  }

  // Loads `url` and waits for its load event and for its fonts.
  async navigate(url) {
    const loaded = this.waitFor("Page.loadEventFired");
    const { errorText } = await this.send("Page.navigate", { url });
    if (errorText) throw new Error(`cannot open ${url}: ${errorText}`);
    await loaded;
    await this.evaluate("document.fonts.ready.then(() => true)");
  }

  // Evaluates `expression` in the page (awaiting a promise) and returns its JSON value.
  async evaluate(expression) {
    const { result, exceptionDetails } = await this.send("Runtime.evaluate", {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      const detail = exceptionDetails.exception?.description || exceptionDetails.text;
      throw new Error(`script error in the page: ${detail}`);
    }
    return result.value;
  }
}

module.exports = { Browser };
